// `pnpm bench identity`: quality and cost of identity resolution on generated
// people with known ground truth, using the in-memory reference resolver
// (the same functions, used the same way, as the database pipeline).
//   --sizes=2000,10000,50000   people per generated set
//   --seed=1                   generator seed
//   --db-sizes=2000,10000      people per set for the database-backed run (PGlite); --db-sizes=none skips it
import { evaluate, type EvaluationReport } from "../eval/identity/evaluate";
import { generateEvaluationSet } from "../eval/identity/generate";
import { resolveInMemory } from "../eval/identity/resolve";
import { blockingKeys, scorePair, SUGGEST_THRESHOLD } from "../src/identity/similarity";
import { openDatabase } from "../src/db/database";
import { refreshIdentityCandidates } from "../src/identity/suggest";
import { deterministicKeys } from "../src/identity/identityKeys";
import { UnionFind } from "../eval/identity/resolve";
import type { EvalRecord } from "../eval/identity/generate";

const DEFAULT_SIZES = [2_000, 10_000, 50_000];
const DEFAULT_DB_SIZES = [2_000, 10_000];
const TARGET_AUTO_MERGE_PRECISION = 0.99;
const TARGET_COMBINED_RECALL = 0.95;

interface BenchOptions {
  sizes: number[];
  dbSizes: number[];
  seed: number;
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  console.log(`Identity resolution, in-memory reference resolver (seed ${options.seed}, suggest above ${SUGGEST_THRESHOLD.toFixed(2)})`);
  console.log(
    row(["people", "records", "auto P", "auto R", "sugg P", "auto+sugg R", "blocking R", "cmp/record", "keys/record", "records/s"]),
  );
  let largest: EvaluationReport | null = null;
  for (const people of options.sizes) {
    const { records } = generateEvaluationSet({ people, seed: options.seed });
    const report = evaluate(records);
    largest = report;
    console.log(row([
      count(people), count(report.records), share(report.autoMergePrecision), share(report.autoMergeRecall),
      share(report.suggestionPrecision), share(report.combinedRecall), share(report.blockingRecall),
      report.comparisonsPerRecord.toFixed(2), averageBlockingKeys(records).toFixed(2), count(Math.round(report.recordsPerSecond)),
    ]));
    console.log(
      `  auto-merge precision ${verdict(report.autoMergePrecision >= TARGET_AUTO_MERGE_PRECISION)} (target >= ${TARGET_AUTO_MERGE_PRECISION}),`
      + ` auto+suggestion recall ${verdict(report.combinedRecall >= TARGET_COMBINED_RECALL)} (target >= ${TARGET_COMBINED_RECALL});`
      + ` ${count(report.suggestions)} suggestions, ${report.guardedKeys} shared identifiers held back from automatic merges,`
      + ` ${report.skippedBlocks} oversized blocks skipped`,
    );
  }
  if (largest) printScoreQuality(largest);
  printScoreSpeed(options.seed);
  if (options.dbSizes.length > 0) await benchDatabase(options.dbSizes, options.seed);
}

/** Blocking keys per record: the pipeline writes each of them to the database on import. */
function averageBlockingKeys(records: readonly EvalRecord[]): number {
  return records.reduce((sum, record) => sum + blockingKeys(record).length, 0) / Math.max(1, records.length);
}

function printScoreQuality(report: EvaluationReport): void {
  console.log(`\nAt ${count(report.people)} people:`);
  console.log("  calibration (compared pairs per score band -> share truly one person):");
  for (const band of report.calibration) {
    console.log(`    ${band.from.toFixed(1)}-${band.to.toFixed(1)}: ${count(band.pairs).padStart(9)} pairs, ${share(band.truePairs / Math.max(1, band.pairs))} true`);
  }
  console.log("  suggestion threshold -> auto+suggestion recall / suggestion precision:");
  for (const t of report.thresholds) {
    console.log(`    > ${t.threshold.toFixed(2)}: ${share(t.combinedRecall)} / ${share(t.suggestionPrecision)}`);
  }
}

/** scorePair alone, on pairs the resolver really compares: cached features (steady state) and fresh records. */
function printScoreSpeed(seed: number): void {
  const { records } = generateEvaluationSet({ people: 5_000, seed: seed + 1 });
  const pairs: Array<[number, number]> = [];
  resolveInMemory(records, { onScored: (a, b) => pairs.push([a, b]) });
  const time = (run: () => void): number => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const rounds = Math.max(1, Math.ceil(200_000 / pairs.length));
  const warm = time(() => {
    for (let round = 0; round < rounds; round++) for (const [a, b] of pairs) scorePair(records[a]!, records[b]!);
  });
  const fresh = records.map((record) => structuredClone(record));
  const cold = time(() => {
    for (const [a, b] of pairs) scorePair(fresh[a]!, fresh[b]!);
  });
  console.log(
    `\nscorePair: ${((warm * 1000) / (rounds * pairs.length)).toFixed(2)} µs per pair with cached record features,`
    + ` ${((cold * 1000) / pairs.length).toFixed(2)} µs per pair on first sight of the records`
    + ` (${count(pairs.length)} compared pairs from ${count(records.length)} records)`,
  );
}

function parseArgs(args: string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, dbSizes: DEFAULT_DB_SIZES, seed: 1 };
  for (const arg of args) {
    const [name, value = ""] = arg.split("=", 2) as [string, string?];
    if (name === "--sizes") {
      options.sizes = value.split(",").map((text) => positiveInteger(text, "--sizes"));
    } else if (name === "--db-sizes") {
      options.dbSizes = value === "none" ? [] : value.split(",").map((text) => positiveInteger(text, "--db-sizes"));
    } else if (name === "--seed") {
      options.seed = positiveInteger(value, "--seed");
    } else {
      throw new Error(`bench identity: unknown argument "${arg}" (expected --sizes=2000,10000, --db-sizes=2000,10000|none or --seed=N)`);
    }
  }
  return options;
}

function positiveInteger(text: string, option: string): number {
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`bench identity: ${option} needs positive integers, got "${text}"`);
  return value;
}

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(8) : cell.padStart(12))).join("");
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function share(value: number): string {
  return value.toFixed(3);
}

function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}

const DB_BATCH = 2_000;

/**
 * The database path end to end on embedded PGlite: records merged in memory by identity keys
 * (with the merge guard, as the pipeline does), stored as people with identities, then
 * refreshIdentityCandidates over everyone in pipeline-sized batches. Quality is measured on record
 * pairs against the generated truth; cost is the refresh time per 1,000 people.
 */
async function benchDatabase(sizes: number[], seed: number): Promise<void> {
  console.log(`\nDatabase-backed run (PGlite, refreshIdentityCandidates in batches of ${count(DB_BATCH)} people)`);
  console.log(row(["people", "records", "profiles", "auto P", "auto R", "sugg P", "auto+sugg R", "suggestions", "keys/person", "ms/1k ppl"]));
  for (const size of sizes) {
    const { records } = generateEvaluationSet({ people: size, seed });
    const personOf = resolveInMemory(records).personOf;
    const db = await openDatabase({ dataDir: "memory://" });
    try {
      const { profileOf, profiles } = await storeProfiles(db.pool, records, personOf);
      const client = await db.pool.connect();
      let suggestions = 0;
      let elapsed = 0;
      try {
        for (let start = 0; start < profiles; start += DB_BATCH) {
          const ids = Array.from({ length: Math.min(DB_BATCH, profiles - start) }, (_, i) => start + i + 1);
          const started = performance.now();
          await client.query("BEGIN");
          suggestions += (await refreshIdentityCandidates(client, ids)).suggestions;
          await client.query("COMMIT");
          elapsed += performance.now() - started;
        }
      } finally {
        client.release();
      }
      const { rows } = await db.pool.query(`SELECT "personAId" AS a, "personBId" AS b FROM "MergeSuggestion"`);
      const quality = measureDatabaseRun(records, profileOf, rows);
      // Every row stored per person: blocking keys and the name statistics beside them.
      const { rows: [keyRows] } = await db.pool.query(`SELECT count(*)::int AS n FROM "PersonBlockingKey"`);
      console.log(row([
        count(size), count(records.length), count(profiles), share(quality.autoPrecision), share(quality.autoRecall),
        share(quality.suggestionPrecision), share(quality.combinedRecall), count(rows.length), (keyRows.n / profiles).toFixed(2),
        ((elapsed / profiles) * 1000).toFixed(0),
      ]));
      if (rows.length !== suggestions) console.log(`  note: ${suggestions} suggestion writes for ${rows.length} distinct suggestions`);
    } finally {
      await db.close();
    }
  }
}

/** One Person per merged group, with every identity key of its records; returns the profile id of each record. */
async function storeProfiles(
  pool: import("pg").Pool, records: readonly EvalRecord[], personOf: Int32Array,
): Promise<{ profileOf: Int32Array; profiles: number }> {
  const profileByGroup = new Map<number, number>();
  const profileOf = new Int32Array(records.length);
  const people: Array<{ name: string; location: string | null; organization: string | null; domain: string | null }> = [];
  records.forEach((record, i) => {
    let profile = profileByGroup.get(personOf[i]!);
    if (profile === undefined) {
      profile = people.length + 1;
      profileByGroup.set(personOf[i]!, profile);
      people.push({ name: "", location: null, organization: null, domain: null });
    }
    profileOf[i] = profile;
    // Like the pipeline, the profile keeps the first value each field was seen with.
    const person = people[profile - 1]!;
    person.name ||= record.name?.trim() ?? "";
    person.location ??= record.location ?? null;
    person.organization ??= record.organization ?? null;
    person.domain ??= record.domain?.replace(/^https?:\/\/(www\.)?/, "").replace(/\/.*$/, "").toLowerCase() ?? null;
  });

  const organizations = new Map<string, number>();
  const orgNames: string[] = [];
  const orgDomains: Array<string | null> = [];
  const usedDomains = new Set<string>();
  const organizationOf = people.map((person) => {
    if (!person.organization && !person.domain) return null;
    const name = person.organization ?? person.domain!;
    const domain = person.domain && !usedDomains.has(person.domain) ? person.domain : null;
    const key = `${name.toLowerCase()}|${domain ?? ""}`;
    let id = organizations.get(key);
    if (id === undefined) {
      id = orgNames.length + 1;
      organizations.set(key, id);
      orgNames.push(name);
      orgDomains.push(domain);
      if (domain) usedDomains.add(domain);
    }
    return id;
  });
  await pool.query(
    `INSERT INTO "Organization" (id, name, domain) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`,
    [orgNames.map((_, i) => i + 1), orgNames, orgDomains],
  );
  await pool.query(
    `INSERT INTO "Person" (id, "displayName", location, "organizationId")
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[])`,
    [people.map((_, i) => i + 1), people.map((p) => p.name), people.map((p) => p.location), organizationOf],
  );
  const identities = { person: [] as number[], kind: [] as string[], platform: [] as string[], value: [] as string[] };
  records.forEach((record, i) => {
    for (const key of deterministicKeys(record)) {
      identities.person.push(profileOf[i]!);
      identities.kind.push(key.kind);
      identities.platform.push(key.platform);
      identities.value.push(key.value);
    }
  });
  // An identifier shared by profiles the guard kept apart belongs to the first; the rest meet through blocking.
  await pool.query(
    `INSERT INTO "Identity" ("personId", kind, platform, value)
     SELECT * FROM unnest($1::int[], $2::"IdentityKind"[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    [identities.person, identities.kind, identities.platform, identities.value],
  );
  return { profileOf, profiles: people.length };
}

function measureDatabaseRun(
  records: readonly EvalRecord[], profileOf: Int32Array, suggestions: ReadonlyArray<{ a: number; b: number }>,
): { autoPrecision: number; autoRecall: number; suggestionPrecision: number; combinedRecall: number } {
  const truth = records.map((record) => record.truthId);
  const pairsWithin = (groupOf: (i: number) => number): { total: number; matching: number } => {
    const groups = new Map<number, Map<string, number>>();
    truth.forEach((t, i) => {
      const group = groups.get(groupOf(i)) ?? new Map<string, number>();
      group.set(t, (group.get(t) ?? 0) + 1);
      groups.set(groupOf(i), group);
    });
    const pairs = (n: number): number => (n * (n - 1)) / 2;
    let total = 0;
    let matching = 0;
    for (const group of groups.values()) {
      let size = 0;
      for (const n of group.values()) {
        size += n;
        matching += pairs(n);
      }
      total += pairs(size);
    }
    return { total, matching };
  };
  const truthIndex = new Map<string, number>();
  const truePairs = pairsWithin((i) => {
    const t = truth[i]!;
    if (!truthIndex.has(t)) truthIndex.set(t, truthIndex.size);
    return truthIndex.get(t)!;
  }).total;
  const auto = pairsWithin((i) => profileOf[i]!);
  const truthsOf = new Map<number, Set<string>>();
  truth.forEach((t, i) => {
    const set = truthsOf.get(profileOf[i]!) ?? new Set<string>();
    set.add(t);
    truthsOf.set(profileOf[i]!, set);
  });
  const correct = suggestions.filter(({ a, b }) => [...truthsOf.get(a)!].some((t) => truthsOf.get(b)!.has(t))).length;
  const joined = new UnionFind(truthsOf.size + 1);
  for (const { a, b } of suggestions) joined.union(a, b);
  const combined = pairsWithin((i) => joined.find(profileOf[i]!));
  const ratio = (x: number, y: number): number => (y === 0 ? 1 : x / y);
  return {
    autoPrecision: ratio(auto.matching, auto.total),
    autoRecall: ratio(auto.matching, truePairs),
    suggestionPrecision: ratio(correct, suggestions.length),
    combinedRecall: ratio(combined.matching, truePairs),
  };
}
