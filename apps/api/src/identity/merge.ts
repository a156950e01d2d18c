// Merging two people and undoing it. Both run on a client already inside the
// caller's transaction (the GraphQL resolvers and the ingest pipeline each own
// theirs), lock the people involved, and record in PersonMerge.moved exactly
// which rows were re-pointed and what both profiles held before, so that an
// unmerge puts back precisely that and nothing else. The caller signals live
// subscribers (`live.notify()`) after its commit.
import type pg from "pg";
import { NotFoundError, ValidationError } from "../errors.ts";
import { type NewEvent, recordEvents } from "../events/log.ts";
import type { LifecycleStage } from "../generated/prisma/enums.ts";
import { clampedInt4 } from "../ingest/pipeline/sql.ts";
import { recordStageChanges } from "../timeline/stages.ts";
import { lockIdentityCandidates } from "./refresh-queue.ts";

export interface MergeInput {
  survivorId: number;
  absorbedId: number;
  /** Who merged: an API key's name, "ingest", a CLI user. */
  actor: string;
  reason: string;
  /**
   * An import's event list: the merge's event joins the batch's events, which coalesce when an
   * import merges many people, instead of being written on its own.
   */
  events?: NewEvent[];
}

export interface UnmergeInput {
  mergeId: number;
  actor: string;
}

/**
 * Row sets that point at a person through one column, moved wholesale by a merge: a table's name,
 * or for a table with two person columns a name of its own (REFERENCE_TABLES says which table).
 */
const PERSON_REFERENCES = {
  Identity: "personId",
  PersonSource: "personId",
  Message: "authorId",
  Touchpoint: "personId",
  Deal: "contactId",
  Activity: "personId",
  Conversation: "personId",
  Membership: "personId",
  /** Edges of the interaction graph move with the people at both ends. */
  InteractionFrom: "fromPersonId",
  InteractionTo: "toPersonId",
} as const;

type PersonReferenceTable = keyof typeof PERSON_REFERENCES;

const REFERENCE_TABLES: Partial<Record<PersonReferenceTable, string>> = {
  InteractionFrom: "Interaction",
  InteractionTo: "Interaction",
};
const tableOf = (references: PersonReferenceTable) => REFERENCE_TABLES[references] ?? references;

/**
 * The profile columns a merge changes (and marks), snapshotted as JSON by the database itself so
 * timestamps, enums and floats come back bit for bit through jsonb_populate_record.
 */
const PROFILE_COLUMNS = [
  "displayName",
  "title",
  "location",
  "stage",
  "organizationId",
  "firstSeenAt",
  "lastSeenAt",
  "reach",
  "followers",
  "messageCount",
  "sentimentSum",
  "sentimentCount",
  "engagement",
  "influenceScore",
  "pageRank",
  "pageRankPercentile",
  "networkCommunityId",
  "mergedIntoId",
  "mergedAt",
] as const;

/** What PersonMerge.moved holds. */
export interface MergeRecord {
  /** Ids re-pointed from the absorbed person to the survivor, per table. */
  rows: Record<PersonReferenceTable, number[]>;
  /**
   * Memberships of the absorbed person in communities the survivor already belongs to. They stay
   * with the absorbed person (one membership per person and community), so their source record
   * still resolves; listed here with their fields for the audit.
   */
  membershipsKept: Array<Record<string, unknown>>;
  blockingKeys: { absorbed: string[]; addedToSurvivor: string[] };
  suggestions: {
    /** Pending suggestions of the absorbed person re-pointed to the survivor, with their previous pair. */
    moved: Array<{ id: number; personAId: number; personBId: number }>;
    /** Pending suggestions that would have duplicated one the survivor already has: deleted, kept whole here. */
    removed: Array<Record<string, unknown>>;
    /** The suggestion between the two people, accepted by this merge, with its previous decision. */
    accepted: Array<{
      id: number;
      status: string;
      decidedBy: string | null;
      decidedAt: string | null;
    }>;
  };
  survivorBefore: Record<string, unknown>;
  absorbedBefore: Record<string, unknown>;
}

export async function mergePeople(
  client: pg.PoolClient,
  input: MergeInput,
): Promise<{ mergeId: number }> {
  const { survivorId, absorbedId, actor, reason } = input;
  if (survivorId === absorbedId) {
    throw new ValidationError(
      "absorbedId",
      `must differ from survivorId: person ${survivorId} cannot be merged into itself`,
      "PersonMerge",
    );
  }
  const people = await lockPeople(client, [survivorId, absorbedId]);
  for (const [field, id] of [
    ["survivorId", survivorId],
    ["absorbedId", absorbedId],
  ] as const) {
    const person = people.get(id);
    if (!person) throw new NotFoundError("Person", String(id));
    if (person.mergedIntoId !== null) {
      const target = await currentSurvivor(client, id);
      throw new ValidationError(
        field,
        `person ${id} was already merged into person ${person.mergedIntoId}${target !== person.mergedIntoId ? ` (now part of person ${target})` : ""}; use person ${target} instead`,
        "PersonMerge",
      );
    }
  }

  const survivorBefore = await profileSnapshot(client, survivorId);
  const absorbedBefore = await profileSnapshot(client, absorbedId);

  const membershipsKept = (
    await client.query(
      `SELECT to_jsonb(m) AS membership FROM "Membership" m
      WHERE m."personId" = $1 AND m."communityId" IN (SELECT "communityId" FROM "Membership" WHERE "personId" = $2)
      ORDER BY m.id`,
      [absorbedId, survivorId],
    )
  ).rows.map((row) => row.membership as Record<string, unknown>);
  const keptIds = membershipsKept.map((membership) => Number(membership.id));

  const rows = {} as Record<PersonReferenceTable, number[]>;
  for (const [table, column] of Object.entries(PERSON_REFERENCES) as Array<
    [PersonReferenceTable, string]
  >) {
    const { rows: moved } = await client.query(
      `UPDATE "${tableOf(table)}" SET "${column}" = $1 WHERE "${column}" = $2 AND NOT (id = ANY($3::int[])) RETURNING id`,
      [survivorId, absorbedId, table === "Membership" ? keptIds : []],
    );
    rows[table] = moved.map((row) => row.id as number).sort((x, y) => x - y);
  }

  const blockingKeys = await moveBlockingKeys(client, survivorId, absorbedId);
  const suggestions = await moveSuggestions(client, survivorId, absorbedId, actor);
  await combineProfiles(client, survivorId, absorbedId);

  const moved: MergeRecord = {
    rows,
    membershipsKept,
    blockingKeys,
    suggestions,
    survivorBefore,
    absorbedBefore,
  };
  const {
    rows: [merge],
  } = await client.query(
    `INSERT INTO "PersonMerge" ("survivorId", "absorbedId", actor, reason, moved) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [survivorId, absorbedId, actor, reason, JSON.stringify(moved)],
  );
  const mergeId = merge.id as number;
  // The survivor takes the absorbed person's stage when it had none: that is a stage change too.
  if (survivorBefore.stage === null && absorbedBefore.stage !== null) {
    await recordStageChanges(client, [
      {
        personId: survivorId,
        stage: absorbedBefore.stage as LifecycleStage,
        at: new Date(),
        key: mergeStageKey(mergeId),
        department: "marketing",
        source: null,
      },
    ]);
  }
  const event: NewEvent = {
    type: "person_merged",
    personId: survivorId,
    payload: { survivorId, absorbedId, mergeId, reason },
  };
  if (input.events) input.events.push(event);
  else await recordEvents(client, [event]);
  return { mergeId };
}

export async function unmergePerson(
  client: pg.PoolClient,
  input: UnmergeInput,
): Promise<{ survivorId: number; restoredId: number }> {
  const {
    rows: [merge],
  } = await client.query(
    `SELECT id, "survivorId", "absorbedId", moved, "undoneAt", "undoneBy" FROM "PersonMerge" WHERE id = $1 FOR UPDATE`,
    [input.mergeId],
  );
  if (!merge) throw new NotFoundError("PersonMerge", String(input.mergeId));
  if (merge.undoneAt !== null) {
    throw new ValidationError(
      "mergeId",
      `merge ${merge.id} was already undone by ${merge.undoneBy}`,
      "PersonMerge",
    );
  }
  const survivorId = merge.survivorId as number;
  const restoredId = merge.absorbedId as number;
  // Undoing an earlier merge under a later one would restore profiles that no longer hold the
  // later merge's contributions, so merges come apart in reverse order.
  const { rows: later } = await client.query(
    `SELECT id, "survivorId", "absorbedId" FROM "PersonMerge"
      WHERE id > $1 AND "undoneAt" IS NULL AND ("survivorId" = ANY($2::int[]) OR "absorbedId" = ANY($2::int[]))
      ORDER BY id DESC`,
    [merge.id, [survivorId, restoredId]],
  );
  if (later.length > 0) {
    const list = later
      .map((m) => `merge ${m.id} (person ${m.absorbedId} into person ${m.survivorId})`)
      .join(", ");
    throw new ValidationError(
      "mergeId",
      `cannot undo merge ${merge.id} while later ${list} ${later.length > 1 ? "are" : "is"} still active; undo ${later.length > 1 ? "them" : "it"} first`,
      "PersonMerge",
    );
  }
  await lockPeople(client, [survivorId, restoredId]);
  const moved = merge.moved as MergeRecord;

  for (const [table, column] of Object.entries(PERSON_REFERENCES) as Array<
    [PersonReferenceTable, string]
  >) {
    const ids = moved.rows[table] ?? [];
    if (ids.length === 0) continue;
    await client.query(
      `UPDATE "${tableOf(table)}" SET "${column}" = $1 WHERE id = ANY($2::int[]) AND "${column}" = $3`,
      [restoredId, ids, survivorId],
    );
  }

  await client.query(
    `DELETE FROM "PersonBlockingKey" WHERE "personId" = $1 AND key = ANY(${STORED_KEYS("$2")})`,
    [survivorId, moved.blockingKeys.addedToSurvivor],
  );
  await client.query(
    `INSERT INTO "PersonBlockingKey" (key, "personId") SELECT unnest(${STORED_KEYS("$1")}), $2 ON CONFLICT DO NOTHING`,
    [moved.blockingKeys.absorbed, restoredId],
  );

  for (const suggestion of moved.suggestions.moved) {
    await client.query(
      `UPDATE "MergeSuggestion" SET "personAId" = $2, "personBId" = $3 WHERE id = $1`,
      [suggestion.id, suggestion.personAId, suggestion.personBId],
    );
  }
  if (moved.suggestions.removed.length > 0) {
    await client.query(
      `INSERT INTO "MergeSuggestion" SELECT * FROM jsonb_populate_recordset(NULL::"MergeSuggestion", $1::jsonb) ON CONFLICT DO NOTHING`,
      [JSON.stringify(moved.suggestions.removed)],
    );
  }
  for (const suggestion of moved.suggestions.accepted) {
    await client.query(
      `UPDATE "MergeSuggestion" SET status = $2::"SuggestionStatus", "decidedBy" = $3, "decidedAt" = $4::timestamp(3) WHERE id = $1`,
      [suggestion.id, suggestion.status, suggestion.decidedBy, suggestion.decidedAt],
    );
  }

  await client.query(`DELETE FROM "Activity" WHERE "stageKey" = $1`, [mergeStageKey(merge.id)]);
  await restoreProfile(client, survivorId, moved.survivorBefore);
  await restoreProfile(client, restoredId, moved.absorbedBefore);
  await client.query(`UPDATE "PersonMerge" SET "undoneAt" = now(), "undoneBy" = $2 WHERE id = $1`, [
    merge.id,
    input.actor,
  ]);
  await recordEvents(client, [
    {
      type: "person_unmerged",
      personId: survivorId,
      payload: { survivorId, restoredId, mergeId: merge.id },
    },
  ]);
  return { survivorId, restoredId };
}

const mergeStageKey = (mergeId: number) => `merge ${mergeId}`;

/**
 * The person a merged-away profile ended up in, following merges of merges in one statement: the
 * one walk of a merge chain (GraphQL's `person(source, id)` and the merge checks both use it).
 */
export async function currentSurvivor(
  client: pg.Pool | pg.PoolClient,
  personId: number,
): Promise<number> {
  const { rows } = await client.query(
    `WITH RECURSIVE chain(id, next, depth) AS (
       SELECT id, "mergedIntoId", 0 FROM "Person" WHERE id = $1
       UNION ALL
       SELECT p.id, p."mergedIntoId", chain.depth + 1 FROM "Person" p JOIN chain ON p.id = chain.next WHERE chain.depth < 100
     )
     SELECT id FROM chain WHERE next IS NULL LIMIT 1`,
    [personId],
  );
  return rows[0]?.id ?? personId;
}

async function lockPeople(
  client: pg.PoolClient,
  ids: number[],
): Promise<Map<number, { mergedIntoId: number | null }>> {
  // Merges move blocking keys and suggestions, which the candidate refresher also writes.
  await lockIdentityCandidates(client);
  // Locked in id order so two merges of overlapping people cannot deadlock.
  const { rows } = await client.query(
    `SELECT id, "mergedIntoId" FROM "Person" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  return new Map(
    rows.map((row) => [row.id as number, { mergedIntoId: row.mergedIntoId as number | null }]),
  );
}

async function profileSnapshot(
  client: pg.PoolClient,
  personId: number,
): Promise<Record<string, unknown>> {
  const columns = PROFILE_COLUMNS.map((column) => `"${column}"`).join(", ");
  const { rows } = await client.query(
    `SELECT to_jsonb(p) AS profile FROM (SELECT ${columns} FROM "Person" WHERE id = $1) p`,
    [personId],
  );
  return rows[0].profile;
}

async function restoreProfile(
  client: pg.PoolClient,
  personId: number,
  profile: Record<string, unknown>,
): Promise<void> {
  const columns = PROFILE_COLUMNS.map((column) => `"${column}"`).join(", ");
  await client.query(
    `UPDATE "Person" SET (${columns}, "updatedAt") = (SELECT ${columns}, now() FROM jsonb_populate_record(NULL::"Person", $2::jsonb))
      WHERE id = $1`,
    [personId, JSON.stringify(profile)],
  );
}

/**
 * The survivor keeps what it states and takes from the absorbed person what it lacks; counters add
 * up because the rows behind them (messages) moved too; reach and followers are the larger.
 */
async function combineProfiles(
  client: pg.PoolClient,
  survivorId: number,
  absorbedId: number,
): Promise<void> {
  await client.query(
    `UPDATE "Person" s SET
        title = COALESCE(s.title, a.title),
        location = COALESCE(s.location, a.location),
        stage = COALESCE(s.stage, a.stage),
        "organizationId" = COALESCE(s."organizationId", a."organizationId"),
        "firstSeenAt" = LEAST(s."firstSeenAt", a."firstSeenAt"),
        "lastSeenAt" = GREATEST(s."lastSeenAt", a."lastSeenAt"),
        reach = GREATEST(s.reach, a.reach),
        followers = (
          SELECT COALESCE(jsonb_object_agg(platform, count), '{}'::jsonb) FROM (
            SELECT platform, max(count) AS count FROM (
              SELECT key AS platform, (value #>> '{}')::numeric AS count FROM jsonb_each(s.followers) WHERE jsonb_typeof(value) = 'number'
              UNION ALL
              SELECT key, (value #>> '{}')::numeric FROM jsonb_each(a.followers) WHERE jsonb_typeof(value) = 'number'
            ) counts GROUP BY platform
          ) maxima
        ),
        "messageCount" = s."messageCount" + a."messageCount",
        "sentimentSum" = s."sentimentSum" + a."sentimentSum",
        "sentimentCount" = s."sentimentCount" + a."sentimentCount",
        engagement = ${clampedInt4("s.engagement::bigint + a.engagement")},
        -- Until the next influence run: the merged person is in the graph what both were.
        "pageRank" = s."pageRank" + a."pageRank",
        "pageRankPercentile" = GREATEST(s."pageRankPercentile", a."pageRankPercentile"),
        "influenceScore" = GREATEST(s."influenceScore", a."influenceScore"),
        "networkCommunityId" = COALESCE(s."networkCommunityId", a."networkCommunityId"),
        "updatedAt" = now()
      FROM "Person" a
      WHERE s.id = $1 AND a.id = $2`,
    [survivorId, absorbedId],
  );
  await client.query(
    `UPDATE "Person" SET "mergedIntoId" = $1, "mergedAt" = now(), "updatedAt" = now() WHERE id = $2`,
    [survivorId, absorbedId],
  );
}

/**
 * Keys recorded by a merge, as stored: bigint hashes as decimal strings (JSON cannot hold 64-bit
 * numbers). Merges recorded before keys were hashed hold the key text, hashed here the same way.
 */
const STORED_KEYS = (param: string) =>
  `ARRAY(SELECT CASE WHEN k ~ '^-?[0-9]+$' THEN k::bigint ELSE blocking_key_hash(k) END FROM unnest(${param}::text[]) AS k)`;

/** Candidate keys follow the person: the survivor now answers for both profiles. */
async function moveBlockingKeys(
  client: pg.PoolClient,
  survivorId: number,
  absorbedId: number,
): Promise<MergeRecord["blockingKeys"]> {
  const { rows: absorbed } = await client.query(
    `DELETE FROM "PersonBlockingKey" WHERE "personId" = $1 RETURNING key`,
    [absorbedId],
  );
  const keys = absorbed.map((row) => row.key as string).sort();
  const { rows: added } = await client.query(
    `INSERT INTO "PersonBlockingKey" (key, "personId") SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING RETURNING key`,
    [keys, survivorId],
  );
  return { absorbed: keys, addedToSurvivor: added.map((row) => row.key as string).sort() };
}

async function moveSuggestions(
  client: pg.PoolClient,
  survivorId: number,
  absorbedId: number,
  actor: string,
): Promise<MergeRecord["suggestions"]> {
  const [low, high] = survivorId < absorbedId ? [survivorId, absorbedId] : [absorbedId, survivorId];
  const { rows: accepted } = await client.query(
    `WITH previous AS (
       SELECT id, status, "decidedBy", "decidedAt" FROM "MergeSuggestion"
        WHERE "personAId" = $1 AND "personBId" = $2 AND status = 'pending' FOR UPDATE
     )
     UPDATE "MergeSuggestion" m SET status = 'accepted', "decidedBy" = $3, "decidedAt" = now()
       FROM previous WHERE m.id = previous.id
     RETURNING m.id, previous.status::text AS status, previous."decidedBy", to_jsonb(previous."decidedAt") #>> '{}' AS "decidedAt"`,
    [low, high, actor],
  );
  // The other person of each pending suggestion of the absorbed one; a pair the survivor already
  // has (in any status) keeps the survivor's row and its decision.
  const pending = `SELECT id, CASE WHEN "personAId" = $1 THEN "personBId" ELSE "personAId" END AS other
                     FROM "MergeSuggestion" WHERE ("personAId" = $1 OR "personBId" = $1) AND status = 'pending'`;
  const { rows: removed } = await client.query(
    `DELETE FROM "MergeSuggestion" m USING (${pending}) p
      WHERE m.id = p.id AND EXISTS (
        SELECT 1 FROM "MergeSuggestion" s
         WHERE s."personAId" = LEAST($2::int, p.other) AND s."personBId" = GREATEST($2::int, p.other))
      RETURNING to_jsonb(m) AS suggestion`,
    [absorbedId, survivorId],
  );
  const { rows: moved } = await client.query(
    `WITH p AS (${pending} FOR UPDATE)
     UPDATE "MergeSuggestion" m SET "personAId" = LEAST($2::int, p.other), "personBId" = GREATEST($2::int, p.other)
       FROM p, "MergeSuggestion" old
      WHERE m.id = p.id AND old.id = p.id
      RETURNING m.id, old."personAId", old."personBId"`,
    [absorbedId, survivorId],
  );
  return {
    moved: moved
      .map((row) => ({ id: row.id, personAId: row.personAId, personBId: row.personBId }))
      .sort((x, y) => x.id - y.id),
    removed: removed.map((row) => row.suggestion),
    accepted: accepted.map((row) => ({
      id: row.id,
      status: row.status,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
    })),
  };
}
