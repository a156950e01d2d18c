// Resolves every person a batch mentions (person records and the person references of other
// records) to one row of "Person", with a constant number of queries per batch: identity keys and
// (source, id) keys are looked up together, records sharing a key are grouped into people
// (identity/grouping.ts), people an import proves to be one are merged, and the people are written.
import type pg from "pg";
import { Parameters, runStatement, type Statement } from "../../db/statement.ts";
import type { NewEvent } from "../../events/log.ts";
import type { LifecycleStage } from "../../generated/prisma/enums.ts";
import type { PostalAddress } from "../../identity/address.ts";
import { candidateOfProfile, type IdentityKey } from "../../identity/candidate.ts";
import {
  type GroupingKey,
  groupByKeys,
  groupingKeys,
  sourceRecordKey,
} from "../../identity/grouping.ts";
import { deterministicKeys, givenNameKey, identityKeyString } from "../../identity/identityKeys.ts";
import { memoizeByString } from "../../identity/memo.ts";
import { mergePeople } from "../../identity/merge.ts";
import { normalizeExternalId } from "../../identity/normalize.ts";
import {
  recordStageChanges,
  type StageChange,
  stageChangesOfRecords,
} from "../../timeline/stages.ts";
import type { PersonProfile, PersonRecord, PersonRef } from "../records/types.ts";
import { iso, jsonText, reserveIds, sourceKey } from "./sql.ts";

interface Mention {
  /** Position of the record (in the batch's valid records) that mentions the person. */
  record: number;
  own?: { source: string; id: string };
  identities: IdentityKey[];
  /** Every key string this mention holds, and whether sharing it is subject to the given-name guard. */
  keys: GroupingKey[];
  profile: PersonProfile;
  /** The person record itself, kept on PersonSource for audit and unmerge. */
  personRecord?: PersonRecord;
  givenName: string | null;
}

export interface ResolvedPeople {
  personOf(mention: number): number;
  /** Person records whose person was created, updated, or merged with another by this batch. */
  outcomeOf(record: number): "created" | "updated" | "merged" | "unchanged";
  /** Whether the record is the one that linked two existing people (and so caused a merge). */
  mergedBy(record: number): boolean;
  /** Current reach of each person the batch touched, for message reach. */
  reachOf(personId: number): number;
  /** People created, merged, or whose profile or identities changed: their duplicate candidates need a fresh look. */
  changed: number[];
}

/**
 * The given name a stored person states, read as a record's is: from its display name, completed
 * and corrected by its own addresses ("Frnk Carlelby" writing from frank_carlelby@ is Frank), so
 * a slip in the first record's name does not hold back the merge of the next. A one-word display
 * name states none: it is a placeholder made from an identifier (an address such as
 * "kellevova@northloop.io" would otherwise read as the given name "kellevova"), or a bare given
 * name the records alone could complete. The same people come back batch after batch.
 */
const givenNameOfPerson = memoizeByString((person) => {
  const [name = "", ...emails] = person.split("\u0001");
  return /\s/.test(name.trim()) ? givenNameKey({ name, emails }) : null;
});

/** Advisory lock id of people resolution (the migrator holds 727001). */
const PEOPLE_RESOLUTION_LOCK = 727002;

/** Collects mentions while the writers walk the batch, then resolves them all at once. */
export class PeopleResolver {
  private readonly mentions: Mention[] = [];

  /** A person record; returns its mention number. */
  addRecord(record: PersonRecord, index: number): number {
    return this.add(index, { source: record.source, id: record.id }, record, record);
  }

  /** A reference to a person from another record. */
  addRef(ref: PersonRef, index: number): number {
    switch (ref.by) {
      case "id":
        return this.add(index, { source: ref.source, id: ref.id }, {});
      case "email":
        return this.add(index, undefined, { emails: [ref.email] }, undefined, {
          kind: "email",
          platform: "",
          value: ref.email,
        });
      case "phone":
        return this.add(index, undefined, { phones: [ref.phone] }, undefined, {
          kind: "phone",
          platform: "",
          value: ref.phone,
        });
      case "handle":
        return this.add(
          index,
          undefined,
          { handles: [{ platform: ref.platform, handle: ref.handle }] },
          undefined,
          {
            kind: "handle",
            platform: ref.platform,
            value: ref.handle,
          },
        );
      case "inline": {
        const { by: _by, source, id, ...profile } = ref;
        const fallback = profile.emails?.[0]
          ? { kind: "email" as const, platform: "", value: profile.emails[0] }
          : profile.handles?.[0]
            ? {
                kind: "handle" as const,
                platform: profile.handles[0].platform,
                value: profile.handles[0].handle,
              }
            : profile.phones?.[0]
              ? { kind: "phone" as const, platform: "", value: profile.phones[0] }
              : undefined;
        return this.add(
          index,
          source !== undefined && id !== undefined ? { source, id } : undefined,
          profile,
          undefined,
          fallback,
        );
      }
    }
  }

  private add(
    record: number,
    own: Mention["own"],
    profile: PersonProfile,
    personRecord?: PersonRecord,
    fallback?: IdentityKey,
  ): number {
    const candidate = candidateOfProfile(profile);
    let identities = deterministicKeys(candidate);
    // A reference whose only identifier normalizes to nothing (a team mailbox, a national phone
    // number) still has to find the same person on every import: its value as given is the key.
    if (identities.length === 0 && !own && fallback) identities = [fallback];
    const keys = groupingKeys(candidate, own, identities);
    this.mentions.push({
      record,
      own,
      identities,
      keys,
      profile,
      personRecord,
      givenName: givenNameKey(candidate),
    });
    return this.mentions.length - 1;
  }

  async resolve(
    client: pg.PoolClient,
    context: { actor: string; events: NewEvent[] },
  ): Promise<ResolvedPeople> {
    const mentions = this.mentions;
    // Two batches introducing the same new email at once would each create a person for it; held
    // until COMMIT, this lock makes concurrent imports resolve people one batch after another.
    await client.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_RESOLUTION_LOCK]);
    const owners = await lookUpOwners(client, mentions);
    const groups = await groupMentions(client, mentions, owners);
    const mergedRecords = await mergeProvenPeople(client, mentions, groups, context);
    const written = await writePeople(client, mentions, groups, context);
    const personOfMention = (mention: number) => written.personOfRoot.get(groups.find(mention))!;
    const { sources: changedSources, identityOwners } = await writeIdentitiesAndSources(
      client,
      mentions,
      personOfMention,
      owners,
    );

    const { rows: reachRows } = await client.query<{ id: number; reach: number }>(
      `SELECT id, reach FROM "Person" WHERE id = ANY($1::int[])`,
      [[...new Set(written.personOfRoot.values())]],
    );
    const reach = new Map(reachRows.map((row) => [row.id, row.reach]));
    const changed = new Set([...written.created, ...written.updated, ...identityOwners]);
    for (const ids of groups.peopleOfRoot.values()) if (ids.length > 1) changed.add(ids[0]!);
    const outcomes = new Map<number, "created" | "updated" | "merged" | "unchanged">();
    mentions.forEach((mention, node) => {
      if (!mention.personRecord) return;
      const personId = personOfMention(node);
      const sourceChange = changedSources.get(sourceKey(mention.own!.source, mention.own!.id));
      outcomes.set(
        mention.record,
        mergedRecords.has(mention.record)
          ? "merged"
          : sourceChange === "inserted" || written.created.has(personId)
            ? "created"
            : sourceChange === "updated" || written.updated.has(personId)
              ? "updated"
              : "unchanged",
      );
    });
    return {
      personOf: personOfMention,
      outcomeOf: (record) => outcomes.get(record) ?? "unchanged",
      mergedBy: (record) => mergedRecords.has(record),
      reachOf: (personId) => reach.get(personId) ?? 0,
      changed: [...changed],
    };
  }
}

/** The batch's mentions grouped into people (identity/grouping.ts), with the stored people each group hit. */
interface MentionGroups {
  find(mention: number): number;
  /** Stored people per group root, oldest first: the first survives the others. */
  peopleOfRoot: Map<number, number[]>;
  /** The first mention of each group, which names the group in merge reasons and placeholders. */
  firstMentionOf: Map<number, number>;
}

async function groupMentions(
  client: pg.PoolClient,
  mentions: Mention[],
  owners: Map<string, number>,
): Promise<MentionGroups> {
  // Nodes 0..n-1 are the mentions, n.. the stored people their keys hit.
  const existingIds = [...new Set(owners.values())].sort((a, b) => a - b);
  const survivors = await survivorNamesAndEmails(client, existingIds);
  const nodeOfPerson = new Map(existingIds.map((id, i) => [id, mentions.length + i]));
  const { find } = groupByKeys({
    keysOf: mentions.map((mention) => mention.keys),
    givenNames: [
      ...mentions.map((mention) => mention.givenName),
      ...existingIds.map((id) => givenNameOfPerson(survivors.get(id) ?? "")),
    ],
    ownerOf: (key) => {
      const owner = owners.get(key);
      return owner === undefined ? undefined : nodeOfPerson.get(owner);
    },
  });
  const peopleOfRoot = new Map<number, number[]>();
  for (const id of existingIds) {
    const root = find(nodeOfPerson.get(id)!);
    const list = peopleOfRoot.get(root) ?? [];
    list.push(id);
    peopleOfRoot.set(root, list);
  }
  const firstMentionOf = new Map<number, number>();
  mentions.forEach((_, node) => {
    const root = find(node);
    if (!firstMentionOf.has(root)) firstMentionOf.set(root, node);
  });
  return { find, peopleOfRoot, firstMentionOf };
}

/** Merges the stored people a group joined into its oldest; returns the records that caused a merge. */
async function mergeProvenPeople(
  client: pg.PoolClient,
  mentions: Mention[],
  groups: MentionGroups,
  context: { actor: string; events: NewEvent[] },
): Promise<Set<number>> {
  const mergedRecords = new Set<number>();
  for (const [root, [survivorId, ...absorbed]] of groups.peopleOfRoot) {
    if (absorbed.length === 0) continue;
    const trigger = mentions[groups.firstMentionOf.get(root)!]!;
    mergedRecords.add(trigger.record);
    const by = trigger.own ? `${trigger.own.source}/${trigger.own.id}` : `record ${trigger.record}`;
    for (const absorbedId of absorbed) {
      await mergePeople(client, {
        survivorId: survivorId!,
        absorbedId,
        actor: context.actor,
        reason: `import: ${by} shares an identifier with both`,
        events: context.events,
      });
    }
  }
  return mergedRecords;
}

/**
 * One profile per group, folded in record order (later records are newer): new people inserted,
 * stored ones updated where a field changed, and the stage changes recorded.
 */
async function writePeople(
  client: pg.PoolClient,
  mentions: Mention[],
  groups: MentionGroups,
  context: { events: NewEvent[] },
): Promise<{ personOfRoot: Map<number, number>; created: Set<number>; updated: Set<number> }> {
  const personOfRoot = new Map<number, number>();
  for (const [root, [survivorId]] of groups.peopleOfRoot) personOfRoot.set(root, survivorId!);
  const roots = [...new Set(mentions.map((_, node) => groups.find(node)))];
  const profiles = new Map<number, ComponentProfile>();
  mentions.forEach((mention, node) => {
    const root = groups.find(node);
    profiles.set(root, foldProfile(profiles.get(root), mention.profile));
  });
  const newRoots = roots.filter((root) => !personOfRoot.has(root));
  const newIds = await reserveIds(client, "Person", newRoots.length);
  newRoots.forEach((root, i) => personOfRoot.set(root, newIds[i]!));

  const organizationOf = await upsertOrganizations(
    client,
    [...profiles.values()].map((p) => p.organization),
  );
  const orgId = (profile: ComponentProfile) =>
    profile.organization ? organizationOf(profile.organization) : null;
  const address = (profile: ComponentProfile) =>
    profile.address ? JSON.stringify(profile.address) : null;

  /** People whose stage this batch changed, with the stage they had before it. */
  const stagesBefore: Array<{ personId: number; before: LifecycleStage | null }> = [];
  const inserted = newRoots.map((root) => ({
    id: personOfRoot.get(root)!,
    profile: profiles.get(root)!,
    root,
  }));
  if (inserted.length > 0) {
    await client.query(
      `INSERT INTO "Person" (id, "displayName", title, location, stage, "organizationId", followers, reach, "firstSeenAt", "lastSeenAt", address)
       SELECT i.id, i.name, i.title, i.location, i.stage::"LifecycleStage", i.org, i.followers, i.reach, i.first, i.last, i.address
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[], $8::int[], $9::timestamp(3)[], $10::timestamp(3)[], $11::jsonb[])
           AS i(id, name, title, location, stage, org, followers, reach, first, last, address)`,
      [
        inserted.map((p) => p.id),
        inserted.map(
          (p) => p.profile.name ?? placeholderName(mentions[groups.firstMentionOf.get(p.root)!]!),
        ),
        inserted.map((p) => p.profile.title ?? null),
        inserted.map((p) => p.profile.location ?? null),
        inserted.map((p) => p.profile.stage ?? null),
        inserted.map((p) => orgId(p.profile)),
        inserted.map((p) => JSON.stringify(p.profile.followers)),
        inserted.map((p) => p.profile.reach),
        inserted.map((p) => iso(p.profile.first)),
        inserted.map((p) => iso(p.profile.last)),
        inserted.map((p) => address(p.profile)),
      ],
    );
    stagesBefore.push(
      ...inserted.filter((p) => p.profile.stage).map((p) => ({ personId: p.id, before: null })),
    );
    for (const person of inserted) {
      context.events.push({
        type: "person_created",
        personId: person.id,
        payload: { displayName: person.profile.name ?? null },
      });
    }
  }

  const newRootSet = new Set(newRoots);
  const existing = roots.filter((root) => !newRootSet.has(root) && profiles.get(root)!.hasFields);
  const updated = new Set<number>();
  if (existing.length > 0) {
    const rows = existing
      .map((root) => ({ id: personOfRoot.get(root)!, profile: profiles.get(root)! }))
      .sort((a, b) => a.id - b.id);
    const { rows: changed } = await client.query<{
      id: number;
      stage: LifecycleStage | null;
      oldStage: LifecycleStage | null;
    }>(
      `UPDATE "Person" p
          SET "displayName" = n."displayName", title = n.title, location = n.location, stage = n.stage,
              "organizationId" = n."organizationId", followers = n.followers, reach = n.reach,
              "firstSeenAt" = n."firstSeenAt", "lastSeenAt" = n."lastSeenAt", address = n.address, "updatedAt" = now()
         FROM (
           SELECT q.id,
                  -- A one-word name is a placeholder (an address, a handle): a full name replaces it.
                  CASE WHEN i.name IS NOT NULL AND strpos(q."displayName", ' ') = 0 AND strpos(i.name, ' ') > 0
                       THEN i.name ELSE q."displayName" END AS "displayName",
                  COALESCE(i.title, q.title) AS title,
                  COALESCE(i.location, q.location) AS location,
                  COALESCE(i.stage::"LifecycleStage", q.stage) AS stage,
                  COALESCE(i.org, q."organizationId") AS "organizationId",
                  f.followers,
                  GREATEST(q.reach, i.reach) AS reach,
                  LEAST(q."firstSeenAt", i.first) AS "firstSeenAt",
                  GREATEST(q."lastSeenAt", i.last) AS "lastSeenAt",
                  -- An address is replaced whole: fields of two addresses mixed would describe neither.
                  COALESCE(i.address, q.address) AS address,
                  q.stage AS "oldStage"
             FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[], $8::int[], $9::timestamp(3)[], $10::timestamp(3)[], $11::jsonb[])
                    AS i(id, name, title, location, stage, org, followers, reach, first, last, address)
             JOIN "Person" q ON q.id = i.id AND q.id = ANY($1::int[])
             CROSS JOIN LATERAL (
               SELECT COALESCE(jsonb_object_agg(key, most), '{}'::jsonb) AS followers
                 FROM (SELECT key, max(value::numeric)::bigint AS most
                         FROM (SELECT * FROM jsonb_each_text(q.followers) UNION ALL SELECT * FROM jsonb_each_text(i.followers)) AS counts
                        GROUP BY key) AS per_platform
             ) f
         ) n
        WHERE p.id = ANY($1::int[]) AND p.id = n.id
          AND (p."displayName", p.title, p.location, p.stage, p."organizationId", p.followers, p.reach, p."firstSeenAt", p."lastSeenAt", p.address)
              IS DISTINCT FROM
              (n."displayName", n.title, n.location, n.stage, n."organizationId", n.followers, n.reach, n."firstSeenAt", n."lastSeenAt", n.address)
      RETURNING p.id, p.stage, n."oldStage"`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.profile.name ?? null),
        rows.map((r) => r.profile.title ?? null),
        rows.map((r) => r.profile.location ?? null),
        rows.map((r) => r.profile.stage ?? null),
        rows.map((r) => orgId(r.profile)),
        rows.map((r) => JSON.stringify(r.profile.followers)),
        rows.map((r) => r.profile.reach),
        rows.map((r) => iso(r.profile.first)),
        rows.map((r) => iso(r.profile.last)),
        rows.map((r) => address(r.profile)),
      ],
    );
    for (const row of changed) updated.add(row.id);
    stagesBefore.push(
      ...changed
        .filter((row) => row.stage !== row.oldStage)
        .map((row) => ({ personId: row.id, before: row.oldStage })),
    );
  }

  const personOf = (mention: number) => personOfRoot.get(groups.find(mention))!;
  await recordStageChanges(client, stageChangesOfMentions(mentions, personOf, stagesBefore));
  // A new stage changes funnels live; a new person is announced by person_created already.
  for (const { personId, before } of stagesBefore) {
    if (!newIds.includes(personId))
      context.events.push({ type: "person_updated", personId, payload: { previousStage: before } });
  }
  return { personOfRoot, created: new Set(newIds), updated };
}

/** Which existing person holds each key: identities and (source, id) of earlier records, after merges. */
async function lookUpOwners(
  client: pg.PoolClient,
  mentions: Mention[],
): Promise<Map<string, number>> {
  const identities = new Map<string, IdentityKey>();
  const sources = new Map<string, { source: string; id: string }>();
  for (const mention of mentions) {
    for (const key of mention.identities) identities.set(identityKeyString(key), key);
    if (mention.own) sources.set(sourceRecordKey(mention.own.source, mention.own.id), mention.own);
    for (const external of mention.profile.externalIds ?? [])
      sources.set(sourceRecordKey(external.source, external.id), external);
  }
  const identityList = [...identities.values()];
  const sourceList = [...sources.values()];
  const externalForms = sourceList.map((s) => ({
    ...s,
    external: normalizeExternalId(s.source, s.id),
  }));
  const params = new Parameters();
  const keys = params.unnest("k", identityList, [
    { name: "kind", type: "text", value: (k) => k.kind },
    { name: "platform", type: "text", value: (k) => k.platform },
    { name: "value", type: "text", value: (k) => k.value },
  ]);
  const records = params.unnest("k", externalForms, [
    { name: "source", type: "text", value: (s) => s.source },
    { name: "id", type: "text", value: (s) => s.id },
    { name: '"externalSource"', type: "text", value: (s) => s.external?.source ?? null },
    { name: '"externalId"', type: "text", value: (s) => s.external?.id ?? null },
  ]);
  const { rows } = await runStatement<{ key: string; personId: number }>(
    client,
    params.statement(`WITH RECURSIVE hits AS (
       -- One index probe per key (sql.ts rowsBySource says why).
       SELECT k.kind || ':' || k.platform || ':' || k.value AS key, i."personId"
         FROM ${keys.sql}
         CROSS JOIN LATERAL (
           SELECT "personId" FROM "Identity" WHERE kind = k.kind::"IdentityKind" AND platform = k.platform AND value = k.value LIMIT 1
         ) i
       UNION ALL
       -- A record is also found through the external id an earlier record of another system
       -- carried for it (a helpdesk user naming the CRM contact imported after it); its own
       -- PersonSource row, where there is one, comes first.
       -- COALESCE asks Identity only when PersonSource has no row.
       SELECT key, "personId" FROM (
         SELECT 'source:' || k.source || chr(1) || k.id AS key, COALESCE(
             (SELECT "personId" FROM "PersonSource" WHERE source = k.source AND "sourceId" = k.id LIMIT 1),
             (SELECT "personId" FROM "Identity" WHERE kind = 'external' AND platform = k."externalSource" AND value = k."externalId" LIMIT 1)
           ) AS "personId"
           FROM ${records.sql}
         OFFSET 0 -- kept a subquery, so the filter below does not evaluate the COALESCE again
       ) s WHERE "personId" IS NOT NULL
     ), chain AS (
       -- Each person hit once (a person is most often hit by several keys), followed to the person
       -- it was merged into.
       SELECT h.start, p.id, p."mergedIntoId", 0 AS depth
         FROM (SELECT DISTINCT "personId" AS start FROM hits) h
         CROSS JOIN LATERAL (SELECT id, "mergedIntoId" FROM "Person" WHERE id = h.start LIMIT 1) p
       UNION ALL
       SELECT c.start, p.id, p."mergedIntoId", c.depth + 1
         FROM chain c CROSS JOIN LATERAL (SELECT id, "mergedIntoId" FROM "Person" WHERE id = c."mergedIntoId" LIMIT 1) p
        WHERE c.depth < 20
     )
     SELECT h.key, c.id AS "personId" FROM hits h JOIN chain c ON c.start = h."personId" WHERE c."mergedIntoId" IS NULL`),
  );
  return new Map(rows.map((row) => [row.key, row.personId]));
}

/**
 * Each stored person's display name and email addresses, joined by \u0001, for givenNameOfPerson.
 * A person's identities are read through the personId index alone and their kind filtered after:
 * with `kind = 'email'` as an index condition, statistics from a young table led the planner to
 * AND it with the (kind, platform, value) index, reading every stored email's entry once per person
 * (0.35 ms a person at 10,000 people, half of a 40,000-record import's statement time, and growing
 * with the graph). survivor-plan.db.test.ts guards the plan.
 */
async function survivorNamesAndEmails(
  client: pg.PoolClient,
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await runStatement<{ id: number; displayName: string; emails: string[] }>(
    client,
    survivorNamesAndEmailsStatement(ids),
  );
  return new Map(rows.map((row) => [row.id, [row.displayName, ...row.emails].join("\u0001")]));
}

/** survivorNamesAndEmails's statement, apart so a test can EXPLAIN it. */
export function survivorNamesAndEmailsStatement(ids: number[]): Statement {
  const params = new Parameters();
  return params.statement(
    `SELECT p.id, p."displayName",
            ARRAY(SELECT i.value FROM "Identity" i WHERE i."personId" = p.id AND i.kind::text = 'email' ORDER BY i.id) AS emails
       FROM unnest(${params.add(ids, "int[]")}) AS w(id)
       CROSS JOIN LATERAL (SELECT id, "displayName" FROM "Person" WHERE id = w.id LIMIT 1) p`,
  );
}

interface ComponentProfile {
  name?: string;
  title?: string;
  location?: string;
  address?: PostalAddress;
  stage?: string;
  organization?: { name?: string; domain?: string };
  followers: Record<string, number>;
  reach: number;
  first?: Date;
  last?: Date;
  /** Whether any mention carried profile fields (a bare reference changes nothing). */
  hasFields: boolean;
}

const isFullName = (name: string | undefined) => name !== undefined && /\S\s+\S/.test(name);

function foldProfile(into: ComponentProfile | undefined, profile: PersonProfile): ComponentProfile {
  const folded: ComponentProfile = into ?? { followers: {}, reach: 0, hasFields: false };
  // The first full name wins over later ones, so the display name does not flip between sources.
  if (profile.name && (!folded.name || (!isFullName(folded.name) && isFullName(profile.name))))
    folded.name = profile.name;
  folded.title = profile.title ?? folded.title;
  folded.location = profile.location ?? folded.location;
  folded.address = profile.address ?? folded.address;
  folded.stage = profile.stage ?? folded.stage;
  folded.organization = profile.organization ?? folded.organization;
  for (const [platform, count] of Object.entries(profile.followers ?? {})) {
    folded.followers[platform] = Math.max(folded.followers[platform] ?? 0, Math.round(count));
    folded.reach = Math.max(folded.reach, Math.round(count));
  }
  if (profile.at) {
    if (!folded.first || profile.at < folded.first) folded.first = profile.at;
    if (!folded.last || profile.at > folded.last) folded.last = profile.at;
  }
  folded.hasFields ||=
    profile.name !== undefined ||
    profile.title !== undefined ||
    profile.location !== undefined ||
    profile.address !== undefined ||
    profile.stage !== undefined ||
    profile.organization !== undefined ||
    profile.followers !== undefined ||
    profile.at !== undefined;
  return folded;
}

/** The stage changes of the people whose stage a batch changed, one per record that moved it. */
function stageChangesOfMentions(
  mentions: Mention[],
  personOf: (mention: number) => number,
  stagesBefore: Array<{ personId: number; before: LifecycleStage | null }>,
): StageChange[] {
  if (stagesBefore.length === 0) return [];
  const recordsOf = new Map(
    stagesBefore.map(({ personId }) => [
      personId,
      [] as globalThis.Parameters<typeof stageChangesOfRecords>[2],
    ]),
  );
  mentions.forEach((mention, node) => {
    const records = recordsOf.get(personOf(node));
    const recordKey = mention.own
      ? `${mention.own.source}\u0001${mention.own.id}`
      : mention.keys[0]?.key;
    if (!records || !mention.profile.stage || recordKey === undefined) return;
    records.push({
      stage: mention.profile.stage,
      at: mention.profile.at,
      recordKey,
      source: mention.own?.source ?? null,
    });
  });
  const now = new Date();
  return stagesBefore.flatMap(({ personId, before }) =>
    stageChangesOfRecords(personId, before, recordsOf.get(personId)!, now),
  );
}

/** A display name for a person known only by an identifier until a record names them. */
function placeholderName(mention: Mention): string {
  const first = mention.identities[0];
  if (first?.kind === "handle") return `@${first.value}`;
  if (first) return first.value;
  return mention.own ? `${mention.own.source}:${mention.own.id}` : "unknown";
}

/**
 * Organizations by domain (the natural key), else by name; returns a lookup for the profiles.
 * Names without a domain are matched on the existing name, since there is no unique key to upsert on.
 */
export async function upsertOrganizations(
  client: pg.PoolClient,
  organizations: Array<{ name?: string; domain?: string } | undefined>,
): Promise<(org: { name?: string; domain?: string }) => number | null> {
  const byDomain = new Map<string, string>();
  const byName = new Set<string>();
  for (const org of organizations) {
    if (!org) continue;
    if (org.domain) byDomain.set(org.domain, org.name ?? byDomain.get(org.domain) ?? org.domain);
    else if (org.name) byName.add(org.name);
  }
  const ids = new Map<string, number>();
  if (byDomain.size > 0) {
    const domains = [...byDomain.keys()];
    await client.query(
      `INSERT INTO "Organization" (name, domain) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (domain) DO NOTHING`,
      [domains.map((d) => byDomain.get(d)!), domains],
    );
    const { rows } = await client.query<{ id: number; domain: string }>(
      `SELECT id, domain FROM "Organization" WHERE domain = ANY($1::text[])`,
      [domains],
    );
    for (const row of rows) ids.set(`d:${row.domain}`, row.id);
  }
  if (byName.size > 0) {
    const names = [...byName];
    const { rows } = await client.query<{ id: number; name: string }>(
      `WITH wanted AS (SELECT DISTINCT unnest($1::text[]) AS name),
            found AS (SELECT DISTINCT ON (o.name) o.id, o.name FROM "Organization" o JOIN wanted w ON w.name = o.name ORDER BY o.name, o.id),
            added AS (INSERT INTO "Organization" (name) SELECT w.name FROM wanted w WHERE w.name NOT IN (SELECT name FROM found) RETURNING id, name)
       SELECT id, name FROM found UNION ALL SELECT id, name FROM added`,
      [names],
    );
    for (const row of rows) ids.set(`n:${row.name}`, row.id);
  }
  return (org) =>
    (org.domain ? ids.get(`d:${org.domain}`) : org.name ? ids.get(`n:${org.name}`) : undefined) ??
    null;
}

/**
 * Identities (first holder wins) and PersonSource rows; returns which source rows were inserted or
 * changed. Keys the owner lookup found are stored already, so only a person record's own source
 * row (whose record may have changed) is sent again: most references name known people.
 */
async function writeIdentitiesAndSources(
  client: pg.PoolClient,
  mentions: Mention[],
  personOf: (mention: number) => number,
  stored: Map<string, number>,
): Promise<{ sources: Map<string, "inserted" | "updated">; identityOwners: Set<number> }> {
  const identities = new Map<string, { personId: number; key: IdentityKey }>();
  const sources = new Map<
    string,
    { personId: number; source: string; id: string; record: string | null }
  >();
  mentions.forEach((mention, node) => {
    const personId = personOf(node);
    for (const key of mention.identities) {
      const text = identityKeyString(key);
      if (!identities.has(text) && !stored.has(text)) identities.set(text, { personId, key });
    }
    if (mention.own) {
      const key = sourceKey(mention.own.source, mention.own.id);
      const record = mention.personRecord
        ? jsonText(mention.personRecord)
        : (sources.get(key)?.record ?? null);
      sources.set(key, { personId, ...mention.own, record });
    }
  });
  const identityOwners = new Set<number>();
  if (identities.size > 0) {
    const params = new Parameters();
    const input = params.unnest(
      "i",
      [...identities.values()],
      [
        { name: "p", type: "int", value: (i) => i.personId },
        { name: "k", type: "text", value: (i) => i.key.kind },
        { name: "pl", type: "text", value: (i) => i.key.platform },
        { name: "v", type: "text", value: (i) => i.key.value },
        {
          name: "r",
          type: "text",
          value: (i) => (i.key.kind === "handle" ? `@${i.key.value}` : i.key.value),
        },
      ],
    );
    const { rows } = await runStatement<{ personId: number }>(
      client,
      params.statement(`INSERT INTO "Identity" ("personId", kind, platform, value, raw)
       SELECT p, k::"IdentityKind", pl, v, r FROM ${input.sql}
       ON CONFLICT (kind, platform, value) DO NOTHING
       RETURNING "personId"`),
    );
    for (const row of rows) identityOwners.add(row.personId);
  }
  const changes = new Map<string, "inserted" | "updated">();
  const sourceRows = [...sources.values()].filter(
    (s) => s.record !== null || !stored.has(sourceRecordKey(s.source, s.id)),
  );
  if (sourceRows.length > 0) {
    const params = new Parameters();
    const input = params.unnest("s", sourceRows, [
      { name: "p", type: "int", value: (s) => s.personId },
      { name: "src", type: "text", value: (s) => s.source },
      { name: "sid", type: "text", value: (s) => s.id },
      { name: "rec", type: "jsonb", value: (s) => s.record },
    ]);
    const { rows } = await runStatement<{ source: string; sourceId: string; inserted: boolean }>(
      client,
      params.statement(`INSERT INTO "PersonSource" ("personId", source, "sourceId", record)
       SELECT p, src, sid, rec FROM ${input.sql}
       ON CONFLICT (source, "sourceId") DO UPDATE SET record = EXCLUDED.record, "updatedAt" = now()
        WHERE EXCLUDED.record IS NOT NULL AND "PersonSource".record IS DISTINCT FROM EXCLUDED.record
       RETURNING source, "sourceId", (xmax = 0) AS inserted`),
    );
    for (const row of rows)
      changes.set(sourceKey(row.source, row.sourceId), row.inserted ? "inserted" : "updated");
  }
  return { sources: changes, identityOwners };
}
