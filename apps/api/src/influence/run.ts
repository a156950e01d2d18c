// One influence run: reads the interaction graph in two queries, computes PageRank and communities
// in this process (the connection is free meanwhile, which matters on PGlite's single one), then
// writes people's measures, the communities and the scoped influence in one transaction.
import type pg from "pg";
import type { Database } from "../db/database.ts";
import { withTransaction } from "../db/transaction.ts";
import {
  carryOverCommunityIds,
  type GraphMeasures,
  type InteractionGraph,
  indexGraph,
  measureGraph,
  percentiles,
} from "./compute.ts";
import { pageRank } from "./pagerank.ts";
import { influenceScore, influenceScoreSql } from "./score.ts";

export type RunTrigger = "request" | "import" | "schedule";

export interface InfluenceRunSummary {
  id: number;
  trigger: RunTrigger;
  startedAt: Date;
  finishedAt: Date;
  people: number;
  edges: number;
  communities: number;
  modularity: number;
  milliseconds: number;
}

/** Advisory lock id of the write phase, so instances sharing a database write one run at a time. */
const INFLUENCE_WRITE_LOCK = 727003;

/** The edges as the graph weighs them: messages from A with a row to B, self-loops left out. */
const EDGES_SQL = `SELECT "fromPersonId" AS f, "toPersonId" AS t, count(DISTINCT "messageId")::int AS w
                     FROM "Interaction" WHERE "toPersonId" IS NOT NULL AND "fromPersonId" <> "toPersonId"`;

export async function runInfluence(
  db: Database,
  trigger: RunTrigger,
): Promise<InfluenceRunSummary> {
  const startedAt = new Date();
  const started = performance.now();
  const { graph, previousCommunity } = await readGraph(db.pool);
  const measures = measureGraph(indexGraph(graph));
  const communityIds = carryOverCommunityIds(
    measures.community,
    measures.communityCount,
    previousCommunity,
  );
  const scoped = await readScopes(db.pool);

  const id = await withTransaction(db.pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [INFLUENCE_WRITE_LOCK]);
    const {
      rows: [run],
    } = await client.query<{ id: number }>(
      `INSERT INTO "InfluenceRun" (trigger, "startedAt") VALUES ($1, $2) RETURNING id`,
      [trigger, startedAt],
    );
    const ids = await writeCommunities(client, run!.id, communityIds);
    await writePeople(client, graph.personIds, measures, ids);
    await describeCommunities(
      client,
      ids.filter((c): c is number => c !== null),
    );
    await writeScopedInfluence(client, scoped);
    const milliseconds = Math.round(performance.now() - started);
    await client.query(
      `UPDATE "InfluenceRun" SET "finishedAt" = now(), people = $2, edges = $3, communities = $4, modularity = $5, milliseconds = $6 WHERE id = $1`,
      [
        run!.id,
        graph.personIds.length,
        measures.edgeCount,
        measures.communityCount,
        measures.modularity,
        milliseconds,
      ],
    );
    return run!.id;
  });
  return {
    id,
    trigger,
    startedAt,
    finishedAt: new Date(),
    people: graph.personIds.length,
    edges: measures.edgeCount,
    communities: measures.communityCount,
    modularity: measures.modularity,
    milliseconds: Math.round(performance.now() - started),
  };
}

async function readGraph(
  pool: pg.Pool,
): Promise<{ graph: InteractionGraph; previousCommunity: Array<number | null> }> {
  // Arrays rather than rows: a million edges as three arrays parse far faster than a million objects.
  const {
    rows: [people],
  } = await pool.query<{ ids: number[] | null; communities: Array<number | null> | null }>(
    `SELECT array_agg(id ORDER BY id) AS ids, array_agg("networkCommunityId" ORDER BY id) AS communities FROM "Person" WHERE "mergedIntoId" IS NULL`,
  );
  const {
    rows: [edges],
  } = await pool.query<{ f: number[] | null; t: number[] | null; w: number[] | null }>(
    `SELECT array_agg(f) AS f, array_agg(t) AS t, array_agg(w) AS w FROM (${EDGES_SQL} GROUP BY 1, 2) e`,
  );
  return {
    graph: {
      personIds: Int32Array.from(people?.ids ?? []),
      from: Int32Array.from(edges?.f ?? []),
      to: Int32Array.from(edges?.t ?? []),
      weight: Float64Array.from(edges?.w ?? []),
    },
    previousCommunity: people?.communities ?? [],
  };
}

async function writeCommunities(
  client: pg.PoolClient,
  runId: number,
  carried: Array<number | null>,
): Promise<Array<number | null>> {
  const fresh = carried.filter((id) => id === null).length;
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "NetworkCommunity" (label, size, "runId") SELECT '', 0, $1 FROM generate_series(1, $2::int) RETURNING id`,
    [runId, fresh],
  );
  let next = 0;
  const ids = carried.map((id) => id ?? rows[next++]!.id);
  await client.query(
    `UPDATE "NetworkCommunity" SET "runId" = $1, "updatedAt" = now() WHERE id = ANY($2::int[])`,
    [runId, ids],
  );
  // Communities this run did not find again; their members' column is rewritten just after.
  await client.query(`DELETE FROM "NetworkCommunity" WHERE "runId" <> $1`, [runId]);
  return ids;
}

async function writePeople(
  client: pg.PoolClient,
  personIds: Int32Array,
  measures: GraphMeasures,
  communityIds: Array<number | null>,
): Promise<void> {
  const score = influenceScoreSql({
    pageRankPercentile: "u.pct",
    reach: "p.reach",
    engagement: "p.engagement",
  });
  await client.query(
    `UPDATE "Person" p SET "pageRank" = u.rank, "pageRankPercentile" = u.pct, "networkCommunityId" = u.community, "influenceScore" = ${score}
       FROM unnest($1::int[], $2::float8[], $3::float8[], $4::int[]) AS u(id, rank, pct, community)
      WHERE p.id = u.id
        AND (p."pageRank", p."pageRankPercentile", p."networkCommunityId", p."influenceScore") IS DISTINCT FROM (u.rank, u.pct, u.community, ${score})`,
    [
      Array.from(personIds),
      Array.from(measures.pageRank),
      Array.from(measures.pageRankPercentile),
      Array.from(measures.community, (c) => (c < 0 ? null : communityIds[c]!)),
    ],
  );
}

const CHANNEL_NAMES: Record<string, string> = {
  twitter: "Twitter",
  support_ticket: "support tickets",
  email: "email",
  phone: "phone",
  sms: "SMS",
};

/**
 * Size, main channels and brands of each community, from its members' messages, and a label
 * made of them: "Acme on Twitter, around Jane Doe (120 people)".
 */
async function describeCommunities(client: pg.PoolClient, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    `WITH members AS (
       SELECT "networkCommunityId" AS c, count(*)::int AS size FROM "Person" WHERE "networkCommunityId" = ANY($1::int[]) GROUP BY 1
     ), leader AS (
       SELECT DISTINCT ON ("networkCommunityId") "networkCommunityId" AS c, "displayName" AS name
         FROM "Person" WHERE "networkCommunityId" = ANY($1::int[]) ORDER BY "networkCommunityId", "influenceScore" DESC, id
     ), channels AS (
       SELECT c, jsonb_agg(jsonb_build_object('channel', channel, 'messages', n) ORDER BY n DESC, channel) AS list,
              (array_agg(channel ORDER BY n DESC, channel))[1] AS top
         FROM (SELECT p."networkCommunityId" AS c, m.channel::text AS channel, count(*)::int AS n
                 FROM "Person" p JOIN "Message" m ON m."authorId" = p.id
                WHERE p."networkCommunityId" = ANY($1::int[]) GROUP BY 1, 2) x GROUP BY c
     ), brands AS (
       SELECT c, jsonb_agg(jsonb_build_object('brandId', "brandId", 'mentions', n) ORDER BY n DESC, "brandId") AS list,
              (array_agg(name ORDER BY n DESC, "brandId"))[1] AS top
         FROM (SELECT p."networkCommunityId" AS c, b.id AS "brandId", b.name, count(*)::int AS n
                 FROM "Person" p JOIN "Message" m ON m."authorId" = p.id JOIN "BrandMention" bm ON bm."messageId" = m.id JOIN "Brand" b ON b.id = bm."brandId"
                WHERE p."networkCommunityId" = ANY($1::int[]) GROUP BY 1, 2, 3) x GROUP BY c
     )
     UPDATE "NetworkCommunity" n SET size = members.size, channels = COALESCE(channels.list, '[]'), brands = COALESCE(brands.list, '[]'),
            label = concat_ws(' ', brands.top, CASE WHEN channels.top IS NOT NULL THEN 'on ' || COALESCE($2::jsonb ->> channels.top, initcap(channels.top)) END)
                    || CASE WHEN brands.top IS NULL AND channels.top IS NULL THEN '' ELSE ', ' END
                    || 'around ' || leader.name || ' (' || members.size || ' people)'
       FROM members JOIN leader ON leader.c = members.c LEFT JOIN channels ON channels.c = members.c LEFT JOIN brands ON brands.c = members.c
      WHERE n.id = members.c`,
    [ids, JSON.stringify(CHANNEL_NAMES)],
  );
}

interface ScopeData {
  scope: "community" | "brand";
  /** Per scope id: the edges of the messages in that scope and each author's messages and engagement there. */
  scopes: Map<
    number,
    {
      edges: Array<[number, number, number]>;
      authors: Map<number, { messages: number; engagement: number }>;
    }
  >;
}

/** Interactions and authors per community and per brand: the same graph restricted to those messages. */
async function readScopes(pool: pg.Pool): Promise<ScopeData[]> {
  const scopes: ScopeData[] = [];
  for (const [scope, join, scopeColumn] of [
    ["community", "", `m."communityId"`],
    ["brand", `JOIN "BrandMention" bm ON bm."messageId" = m.id`, `bm."brandId"`],
  ] as const) {
    const data: ScopeData = { scope, scopes: new Map() };
    const entry = (id: number) => {
      let found = data.scopes.get(id);
      if (!found) data.scopes.set(id, (found = { edges: [], authors: new Map() }));
      return found;
    };
    const { rows: authors } = await pool.query<{ s: number; a: number; n: number; e: number }>(
      `SELECT ${scopeColumn} AS s, m."authorId" AS a, count(*)::int AS n, sum(m.likes + m."replyCount" + m.shares)::int AS e
         FROM "Message" m ${join} WHERE ${scopeColumn} IS NOT NULL GROUP BY 1, 2`,
    );
    for (const row of authors)
      entry(row.s).authors.set(row.a, { messages: row.n, engagement: row.e });
    const { rows: edges } = await pool.query<{ s: number; f: number; t: number; w: number }>(
      `SELECT ${scopeColumn} AS s, i."fromPersonId" AS f, i."toPersonId" AS t, count(DISTINCT i."messageId")::int AS w
         FROM "Interaction" i JOIN "Message" m ON m.id = i."messageId" ${join}
        WHERE ${scopeColumn} IS NOT NULL AND i."toPersonId" IS NOT NULL AND i."fromPersonId" <> i."toPersonId" GROUP BY 1, 2, 3`,
    );
    for (const row of edges) entry(row.s).edges.push([row.f, row.t, row.w]);
    scopes.push(data);
  }
  return scopes;
}

/** PageRank within each scope over the people who posted there or were reached there, scored alike. */
async function writeScopedInfluence(client: pg.PoolClient, scopes: ScopeData[]): Promise<void> {
  await client.query(`DELETE FROM "ScopedInfluence"`);
  for (const { scope, scopes: entries } of scopes) {
    const people = new Set<number>();
    for (const { edges, authors } of entries.values()) {
      for (const id of authors.keys()) people.add(id);
      for (const [f, t] of edges) people.add(f).add(t);
    }
    if (people.size === 0) continue;
    const { rows } = await client.query<{ id: number; reach: number; merged: boolean }>(
      `SELECT id, reach, "mergedIntoId" IS NOT NULL AS merged FROM "Person" WHERE id = ANY($1::int[])`,
      [[...people]],
    );
    const reachOf = new Map(rows.filter((row) => !row.merged).map((row) => [row.id, row.reach]));
    const out = {
      scopeId: [] as number[],
      personId: [] as number[],
      score: [] as number[],
      rank: [] as number[],
      pct: [] as number[],
      engagement: [] as number[],
      messages: [] as number[],
    };
    for (const [scopeId, { edges, authors }] of entries) {
      const ids = [...new Set([...authors.keys(), ...edges.flat()])].filter((id) =>
        reachOf.has(id),
      );
      const graph = indexGraph({
        personIds: Int32Array.from(ids),
        from: Int32Array.from(edges, (e) => e[0]),
        to: Int32Array.from(edges, (e) => e[1]),
        weight: Float64Array.from(edges, (e) => e[2]),
      });
      const ranks = pageRank(graph).ranks;
      const pct = percentiles(ranks);
      ids.forEach((personId, i) => {
        const activity = authors.get(personId) ?? { messages: 0, engagement: 0 };
        out.scopeId.push(scopeId);
        out.personId.push(personId);
        out.rank.push(ranks[i]!);
        out.pct.push(pct[i]!);
        out.engagement.push(activity.engagement);
        out.messages.push(activity.messages);
        out.score.push(
          influenceScore({
            pageRank: ranks[i]!,
            pageRankPercentile: pct[i]!,
            reach: reachOf.get(personId)!,
            engagement: activity.engagement,
          }),
        );
      });
    }
    await client.query(
      `INSERT INTO "ScopedInfluence" (scope, "scopeId", "personId", score, "pageRank", "pageRankPercentile", engagement, messages)
       SELECT $1::"InfluenceScope", * FROM unnest($2::int[], $3::int[], $4::float8[], $5::float8[], $6::float8[], $7::int[], $8::int[])`,
      [
        scope,
        out.scopeId,
        out.personId,
        out.score,
        out.rank,
        out.pct,
        out.engagement,
        out.messages,
      ],
    );
  }
}
