// Merge suggestions for people whose profiles changed: their blocking keys are
// recomputed and stored, the people sharing a (not oversized) key with them are
// scored with scorePair, and pairs above the threshold become pending
// MergeSuggestions. A fixed handful of set-based statements per call whatever
// the batch size, so the ingest pipeline can call it once per batch.
//
// A person is compared as its evidence: its current profile and the last few records it was
// built from (PersonSource.record). A merged person keeps one display name and one address, but
// its next duplicate may match the spelling or the address of any record it absorbed; blocking
// on every variant's keys and scoring the best pair of variants finds it, as the in-memory
// evaluation (which compares records) does.
import { hash } from "node:crypto";
import type pg from "pg";
import { arrayLiteral } from "../db/statement.ts";
import { nextTurn } from "../event-loop.ts";
import type { PersonProfile } from "../ingest/records/types.ts";
import type { PostalAddress } from "./address.ts";
import { candidateOfProfile, type PairScore, type PersonCandidate } from "./candidate.ts";
import {
  anchoredElsewhere,
  blockingKeys,
  classifyPair,
  comparisonVector,
  fitComparisonModel,
  isNameOnlyKey,
  MAX_BLOCK_SIZE,
  NAME_ONLY_ANCHORED_BLOCK_SIZE,
  type NameFrequency,
  nameFrequency,
  nameKey,
  nameKeyWords,
  scorePair,
} from "./similarity.ts";

/**
 * Name statistics live beside the blocking keys, one row per person and name key ("stat:name:")
 * or name word ("stat:word:"), so that counting namesakes is an index lookup; they are never
 * used as blocks.
 */
const STAT_PREFIX = "stat:";
const NAME_STAT_PREFIX = "stat:name:";
const EXACT_PEOPLE_UP_TO = 100_000;
/**
 * People keyed, and pairs scored, between two turns of the event loop (nextTurn says why): a
 * refresh after an import's batch runs beside the next batch, on the same thread.
 */
const PEOPLE_PER_TURN = 200;
const PAIRS_PER_TURN = 500;
const WORD_STAT_PREFIX = "stat:word:";
/**
 * Variants compared per person: the profile and up to three of its latest records. Keys and
 * comparisons grow with the variants, so a person seen a hundred times costs what one seen four
 * times does; duplicates beyond the latest records mostly repeat them.
 */
export const EVIDENCE_VARIANTS = 4;

/** What one person is compared as: its profile first, then the differing records it came from. */
export type PersonEvidence = PersonCandidate[];

export async function refreshIdentityCandidates(
  client: pg.PoolClient,
  personIds: number[],
): Promise<{ suggestions: number }> {
  const requested = [...new Set(personIds)];
  if (requested.length === 0) return { suggestions: 0 };
  const batch = await loadCandidates(client, requested);
  const ids = [...batch.keys()];
  if (ids.length === 0) return { suggestions: 0 };

  const stored = await loadStoredKeys(client, ids);
  // Only the difference is written, diffed here against what each person holds: a new person's
  // keys go in without conflict checks, and a person whose keys did not move costs no write. Every
  // writer of the table holds the candidates lock (refresh-queue.ts), so what was read is what is
  // there when the difference is written.
  const added = new KeyRows();
  const stale = new KeyRows();
  const mine = new KeyRows();
  // Per row of mine: whether its key is a name-only one (blocking.ts isNameOnlyKey).
  const mineNameOnly: boolean[] = [];
  let keyed = 0;
  for (const [id, evidence] of batch) {
    if (++keyed % PEOPLE_PER_TURN === 0) await nextTurn();
    const held = stored.get(id) ?? new Set<string>();
    const wanted = new Set<string>();
    for (const key of storedKeys(evidence)) {
      const hash = blockingKeyHash(key);
      if (wanted.has(hash)) continue;
      wanted.add(hash);
      if (!key.startsWith(STAT_PREFIX)) {
        mine.add(hash, id);
        mineNameOnly.push(isNameOnlyKey(key));
      }
      if (!held.has(hash)) added.add(hash, id);
    }
    for (const hash of held) if (!wanted.has(hash)) stale.add(hash, id);
  }
  if (stale.size > 0)
    await client.query(
      // Each row through the primary key (OFFSET 0 keeps the planner from joining the whole table), deleted by row address.
      `DELETE FROM "PersonBlockingKey"
        WHERE ctid = ANY(ARRAY(
          SELECT k.ctid FROM unnest($1::bigint[], $2::int[]) AS s(key, "personId")
          CROSS JOIN LATERAL (SELECT ctid FROM "PersonBlockingKey" WHERE key = s.key AND "personId" = s."personId" OFFSET 0) k))`,
      stale.parameters(),
    );
  if (added.size > 0)
    await client.query(
      // In key order, the primary key's pages are visited once each, not once per row (a quarter
      // less time per row, measured inserting 40,000 random keys into 500,000).
      `INSERT INTO "PersonBlockingKey" (key, "personId") SELECT * FROM unnest($1::bigint[], $2::int[]) AS a(key, "personId") ORDER BY key`,
      added.parameters(),
    );

  // Pairs sharing a block of at most MAX_BLOCK_SIZE people. Each key's holders are read with one
  // index probe under a LIMIT, so a huge block costs no more than a small one and nothing here
  // scans a table that grows with the graph. Pairs a reviewer already decided are left out.
  // The batch's own (key, person) rows are exactly the ones just written, so they are taken from
  // the parameters rather than read back. Each pair says whether a block other than a name-only
  // one above NAME_ONLY_ANCHORED_BLOCK_SIZE brings it (see anchoredElsewhere).
  const { rows: pairs } = await client.query(
    `WITH mine AS (
       SELECT m.key, m."personId", m."nameOnly"
         FROM unnest($1::bigint[], $2::int[], $5::bool[]) AS m(key, "personId", "nameOnly")
     ),
     blocks AS (
       SELECT keys.key, keys."nameOnly", holders.ids FROM (SELECT DISTINCT key, "nameOnly" FROM mine) keys
       CROSS JOIN LATERAL (
         SELECT array_agg(capped."personId") AS ids FROM (SELECT "personId" FROM "PersonBlockingKey" k WHERE k.key = keys.key LIMIT $3) capped
       ) holders
       WHERE cardinality(holders.ids) BETWEEN 2 AND $4
     ),
     pairs AS (
       SELECT LEAST(x."personId", y.id) AS a, GREATEST(x."personId", y.id) AS b,
              bool_or(NOT blocks."nameOnly" OR cardinality(blocks.ids) <= $6) AS "beyondNames"
         FROM blocks
         JOIN mine x ON x.key = blocks.key
         CROSS JOIN LATERAL unnest(blocks.ids) AS y(id)
        WHERE y.id <> x."personId"
        GROUP BY 1, 2
     )
     SELECT pairs.a, pairs.b, pairs."beyondNames" FROM pairs
       LEFT JOIN LATERAL (
         SELECT status FROM "MergeSuggestion" s WHERE s."personAId" = pairs.a AND s."personBId" = pairs.b LIMIT 1
       ) decided ON true
      WHERE decided.status IS NULL OR decided.status = 'pending'`,
    [
      ...mine.parameters(),
      MAX_BLOCK_SIZE + 1,
      MAX_BLOCK_SIZE,
      arrayLiteral(mineNameOnly),
      NAME_ONLY_ANCHORED_BLOCK_SIZE,
    ],
  );
  if (pairs.length === 0) return { suggestions: 0 };

  const partnerIds = [
    ...new Set(pairs.flatMap((pair) => [pair.a as number, pair.b as number])),
  ].filter((id) => !batch.has(id));
  const partners = await loadCandidates(client, partnerIds);
  const evidenceOf = (id: number): PersonEvidence | undefined => batch.get(id) ?? partners.get(id);
  const frequencies = await loadNameFrequencies(
    client,
    [...batch.values(), ...partners.values()].flat(),
  );
  // The address and customer-number weights are fitted to this batch's compared pairs (fellegiSunter.ts).
  const scorable = pairs.flatMap((pair) => {
    const a = evidenceOf(pair.a);
    const b = evidenceOf(pair.b);
    return a && b && (pair.beyondNames || !anchoredElsewhere(a, b))
      ? [{ a: pair.a as number, b: pair.b as number, candidates: [a, b] as const }]
      : [];
  });
  const comparisonModel = fitComparisonModel(
    scorable.flatMap(({ candidates: [a, b] }) =>
      a.flatMap((x: PersonCandidate) => b.map((y: PersonCandidate) => comparisonVector(x, y))),
    ),
  );
  const options = { nameFrequency: (key: string) => frequencies.get(key), comparisonModel };

  const suggested: {
    a: number[];
    b: number[];
    score: number[];
    explanation: string[];
    signals: string[];
  } = {
    a: [],
    b: [],
    score: [],
    explanation: [],
    signals: [],
  };
  // A partner merged away since its keys were written is answered for by its survivor (not scorable).
  let scored = 0;
  for (const {
    candidates: [a, b],
    ...pair
  } of scorable) {
    if (++scored % PAIRS_PER_TURN === 0) await nextTurn();
    const result = bestVariantScore(a, b, options);
    if (classifyPair(result.score) === "none") continue;
    suggested.a.push(pair.a);
    suggested.b.push(pair.b);
    suggested.score.push(result.score);
    suggested.explanation.push(result.explanation);
    suggested.signals.push(JSON.stringify(result.signals));
  }
  if (suggested.a.length === 0) return { suggestions: 0 };

  // Pending suggestions take the fresh score; decided ones are left as the reviewer left them.
  const { rowCount } = await client.query(
    `INSERT INTO "MergeSuggestion" ("personAId", "personBId", score, explanation, signals)
     SELECT * FROM unnest($1::int[], $2::int[], $3::float8[], $4::text[], $5::jsonb[])
     ON CONFLICT ("personAId", "personBId") DO UPDATE
       SET score = EXCLUDED.score, explanation = EXCLUDED.explanation, signals = EXCLUDED.signals
       WHERE "MergeSuggestion".status = 'pending'`,
    [suggested.a, suggested.b, suggested.score, suggested.explanation, suggested.signals],
  );
  return { suggestions: rowCount ?? 0 };
}

/**
 * A key as PersonBlockingKey stores it: blocking_key_hash() of the migrations (the first 64 bits
 * of the text's MD5, as a signed bigint), computed here so that each key is hashed once per
 * refresh, not once per statement that names it.
 */
export function blockingKeyHash(key: string): string {
  return BigInt.asIntN(64, BigInt(`0x${hash("md5", key).slice(0, 16)}`)).toString();
}

/** (key, person) rows gathered for one statement, sent as two array literals. */
class KeyRows {
  private readonly keys: string[] = [];
  private readonly people: number[] = [];

  add(key: string, personId: number): void {
    this.keys.push(key);
    this.people.push(personId);
  }

  get size(): number {
    return this.keys.length;
  }

  parameters(): [string, string] {
    return [`{${this.keys.join(",")}}`, `{${this.people.join(",")}}`];
  }
}

/** The keys each person holds now, read through the personId index one person at a time. */
async function loadStoredKeys(
  client: pg.PoolClient,
  personIds: number[],
): Promise<Map<number, Set<string>>> {
  const { rows } = await client.query<{ personId: number; keys: string[] }>(
    `SELECT p.id AS "personId", k.keys FROM unnest($1::int[]) AS p(id)
     CROSS JOIN LATERAL (SELECT array_agg(key) AS keys FROM "PersonBlockingKey" WHERE "personId" = p.id) k
      WHERE k.keys IS NOT NULL`,
    [`{${personIds.join(",")}}`],
  );
  return new Map(rows.map((row) => [row.personId, new Set(row.keys)]));
}

/** The best-scoring pair of two people's variants: the records that are most alike decide. */
function bestVariantScore(
  a: PersonEvidence,
  b: PersonEvidence,
  options: Parameters<typeof scorePair>[2],
): PairScore {
  let best: PairScore | null = null;
  for (const x of a) {
    for (const y of b) {
      const result = scorePair(x, y, options);
      if (!best || result.score > best.score) best = result;
    }
  }
  return best!;
}

/** Every variant's blocking keys plus the name statistics rows, as stored in PersonBlockingKey. */
function storedKeys(evidence: PersonEvidence): string[] {
  const keys = new Set<string>();
  for (const candidate of evidence) {
    for (const key of blockingKeys(candidate)) keys.add(key);
    const name = nameKey(candidate);
    if (name !== null) {
      keys.add(NAME_STAT_PREFIX + name);
      for (const word of nameKeyWords(name)) keys.add(WORD_STAT_PREFIX + word);
    }
  }
  return [...keys];
}

/**
 * Each surviving person's evidence: its current profile as a candidate, then its latest person
 * records that read differently (another spelling, another address, another customer number),
 * up to EVIDENCE_VARIANTS in all. Merged-away people are left out.
 */
export async function loadCandidates(
  client: pg.PoolClient,
  personIds: number[],
): Promise<Map<number, PersonEvidence>> {
  if (personIds.length === 0) return new Map();
  const { rows } = await client.query(
    `SELECT p.id, p."displayName", p.location, p.address, o.name AS organization, o.domain,
            COALESCE(i.identities, '[]'::json) AS identities, COALESCE(r.records, '[]'::json) AS records
       FROM "Person" p
       LEFT JOIN "Organization" o ON o.id = p."organizationId"
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('kind', kind, 'platform', platform, 'value', value) ORDER BY id) AS identities
           FROM "Identity" WHERE "personId" = p.id
       ) i ON true
       LEFT JOIN LATERAL (
         SELECT json_agg(latest.record ORDER BY latest."updatedAt" DESC, latest.id DESC) AS records
           FROM (SELECT record, "updatedAt", id FROM "PersonSource"
                  WHERE "personId" = p.id AND record IS NOT NULL
                  ORDER BY "updatedAt" DESC, id DESC LIMIT $2) latest
       ) r ON true
      WHERE p.id = ANY($1::int[]) AND p."mergedIntoId" IS NULL`,
    [personIds, EVIDENCE_VARIANTS * 2],
  );
  const evidence = new Map<number, PersonEvidence>();
  for (const row of rows) {
    const candidate: PersonCandidate = { name: row.displayName };
    if (row.location) candidate.location = row.location;
    if (row.address) candidate.address = row.address as PostalAddress;
    if (row.organization) candidate.organization = row.organization;
    if (row.domain) candidate.domain = row.domain;
    for (const identity of row.identities as Array<{
      kind: string;
      platform: string;
      value: string;
    }>) {
      switch (identity.kind) {
        case "email":
          (candidate.emails ??= []).push(identity.value);
          break;
        case "phone":
          // Stored as E.164 with ";ext=" (see deterministicKeys); the parser reads " ext. ".
          (candidate.phones ??= []).push(identity.value.replace(";ext=", " ext. "));
          break;
        case "handle":
          (candidate.handles ??= []).push({ platform: identity.platform, handle: identity.value });
          break;
        case "external":
          (candidate.externalIds ??= []).push({ source: identity.platform, id: identity.value });
          break;
      }
    }
    evidence.set(row.id, withRecordVariants(candidate, row.records as PersonProfile[]));
  }
  return evidence;
}

/** The profile, then each record whose name, place or ids differ from every variant before it. */
function withRecordVariants(profile: PersonCandidate, records: PersonProfile[]): PersonEvidence {
  const variants = [profile];
  const seen = new Set([variantSignature(profile)]);
  for (const record of records) {
    if (variants.length >= EVIDENCE_VARIANTS) break;
    const candidate = candidateOfProfile(record);
    const signature = variantSignature(candidate);
    if (seen.has(signature)) continue;
    seen.add(signature);
    variants.push(candidate);
  }
  return variants;
}

/** What a variant adds for blocking and scoring: its name, its place and its external ids. */
const variantSignature = (candidate: PersonCandidate): string =>
  JSON.stringify([
    candidate.name ?? null,
    candidate.location ?? null,
    candidate.address ?? null,
    (candidate.externalIds ?? []).map(({ source, id }) => `${source}\u0001${id}`).sort(),
  ]);

/** Namesake counts for the name keys of the compared people, from the stored statistics rows. */
async function loadNameFrequencies(
  client: pg.PoolClient,
  candidates: PersonCandidate[],
): Promise<Map<string, NameFrequency>> {
  const names = new Set<string>();
  for (const candidate of candidates) {
    const key = nameKey(candidate);
    if (key !== null) names.add(key);
  }
  if (names.size === 0) return new Map();
  const words = new Set([...names].flatMap((name) => nameKeyWords(name)));
  const statKeys = [
    ...[...names].map((name) => NAME_STAT_PREFIX + name),
    ...[...words].map((word) => WORD_STAT_PREFIX + word),
  ];
  const hashes = statKeys.map(blockingKeyHash);
  const { rows } = await client.query<{ key: string; holders: number }>(
    // = ANY of an array keeps this one scan of the primary key (a per-key subquery costs five times more).
    `SELECT key, count(*)::int AS holders FROM "PersonBlockingKey" WHERE key = ANY($1::bigint[]) GROUP BY key`,
    [`{${hashes.join(",")}}`],
  );
  // Counting every person on every batch would grow with the graph; past EXACT_PEOPLE_UP_TO people
  // the planner's row estimate is close enough for name statistics.
  const {
    rows: [total],
  } = await client.query(
    `SELECT CASE WHEN c.reltuples >= $1 THEN c.reltuples::int
                 ELSE (SELECT count(*)::int FROM "Person" WHERE "mergedIntoId" IS NULL) END AS people
       FROM pg_class c WHERE c.oid = '"Person"'::regclass`,
    [EXACT_PEOPLE_UP_TO],
  );
  const holdersOfHash = new Map(rows.map((row) => [row.key, row.holders]));
  const holders = new Map(statKeys.map((key, i) => [key, holdersOfHash.get(hashes[i]!) ?? 0]));
  const count = (key: string): number => holders.get(key) ?? 0;
  return new Map(
    [...names].map((name) => {
      const [first, second] = nameKeyWords(name);
      return [
        name,
        nameFrequency({
          holders: Math.max(1, count(NAME_STAT_PREFIX + name)),
          wordHolders: [
            Math.max(1, count(WORD_STAT_PREFIX + first)),
            Math.max(1, count(WORD_STAT_PREFIX + second)),
          ],
          people: total.people,
        }),
      ];
    }),
  );
}
