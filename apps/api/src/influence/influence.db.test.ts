import Graph from "graphology";
import graphologyPageRank from "graphology-metrics/centrality/pagerank.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../../../../tests/support/api.ts";
import type { InfluencerFilter } from "../../../../tests/support/graphql/graphql.ts";
import { graphql } from "../../../../tests/support/graphql/index.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";

/*
 * Two circles that talk among themselves (Lumen washer owners on Twitter, a forum of Orbit
 * owners) and one bridge between them, imported through the pipeline, then recomputed.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ influence: { debounceMs: 60_000, intervalMs: 0 } });
});
afterAll(async () => api?.close());

const person = (id: string, name: string, followers: number, stage?: string) => ({
  type: "person",
  source: "twitter",
  id,
  name,
  handles: [{ platform: "twitter", handle: id }],
  followers: { twitter: followers },
  ...(stage ? { stage } : {}),
});
let sequence = 0;
const tweet = (author: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  source: "twitter",
  id: `t${++sequence}`,
  channel: "twitter",
  author: { id: author },
  text,
  at: new Date(Date.UTC(2026, 10, 1, 8) + sequence * 60_000).toISOString(),
  ...extra,
});
const lumenCircle = ["maya", "lee", "kim", "ola", "raj"];
const orbitCircle = ["ivo", "jan", "eva", "tom"];

async function ingest(records: unknown[]) {
  const result = await ingestBatch(api.app.services, records, { actor: "test" });
  expect(result.rejected).toEqual([]);
}

beforeAll(async () => {
  await ingest([
    { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: ["Lumen"] },
    {
      type: "brand",
      source: "setup",
      id: "orbit",
      name: "Orbit",
      kind: "competitor",
      terms: ["Orbit"],
    },
    person("maya", "Maya Okafor", 1_200_000, "customer"),
    person("lee", "Lee Park", 900),
    person("kim", "Kim Berg", 300),
    person("ola", "Ola Nowak", 150),
    person("raj", "Raj Rao", 80),
    person("ivo", "Ivo Horvat", 5000),
    person("jan", "Jan Vos", 700),
    person("eva", "Eva Lind", 60),
    person("tom", "Tom Hale", 20),
    person("nobody", "No Body", 3),
  ]);
  // Everyone in the Lumen circle talks to Maya and to each other; the Orbit circle around Ivo.
  const records: unknown[] = [];
  for (const [circle, brand, forum] of [
    [lumenCircle, "Lumen", undefined],
    [orbitCircle, "Orbit", { platform: "twitter", id: "#orbitowners" }],
  ] as const) {
    for (const a of circle)
      for (const b of circle)
        if (a !== b)
          records.push(tweet(a, `@${b} my ${brand} thing`, forum ? { community: forum } : {}));
    for (const a of circle.slice(1))
      records.push(
        tweet(a, `@${circle[0]} you are right about ${brand}`, forum ? { community: forum } : {}),
      );
  }
  records.push(tweet("raj", "@ivo have you tried Lumen?"));
  await ingest(records);
});

const Recompute = graphql(`
  mutation InfluenceRecompute {
    recomputeInfluence { id trigger people edges communities milliseconds modularity }
  }
`);
const run = () => api.gql(Recompute);

describe("recomputeInfluence", () => {
  test("returns the run, and viewers and integrators may not start one", async () => {
    const { data, errors } = await run();
    expect(errors).toBeUndefined();
    expect(data!.recomputeInfluence).toMatchObject({
      trigger: "request",
      people: 10,
      edges: 33,
      communities: 2,
    });
    expect(data!.recomputeInfluence.milliseconds).toBeGreaterThanOrEqual(0);
    expect(data!.recomputeInfluence.modularity).toBeGreaterThan(0.3);
    for (const role of ["viewer", "integrator"] as const) {
      const refused = await api.gql(Recompute, {}, await api.keyFor(role));
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  test("stores each person's PageRank as graphology-metrics computes it on the same graph", async () => {
    await run();
    const { rows: people } = await api.db.pool.query(
      `SELECT id, "pageRank" FROM "Person" WHERE "mergedIntoId" IS NULL`,
    );
    const { rows: edges } = await api.db.pool.query(
      `SELECT "fromPersonId" AS f, "toPersonId" AS t, count(DISTINCT "messageId")::int AS w FROM "Interaction"
        WHERE "toPersonId" IS NOT NULL AND "fromPersonId" <> "toPersonId" GROUP BY 1, 2`,
    );
    const graph = new Graph({ type: "directed" });
    for (const p of people) graph.addNode(String(p.id));
    for (const e of edges) graph.addEdge(String(e.f), String(e.t), { weight: e.w });
    const reference = graphologyPageRank(graph, {
      getEdgeWeight: "weight",
      tolerance: 1e-14,
      maxIterations: 10_000,
    });
    for (const p of people)
      expect(Math.abs(p.pageRank - reference[String(p.id)]!)).toBeLessThan(1e-6);
    expect(people.reduce((sum, p) => sum + p.pageRank, 0)).toBeCloseTo(1, 9);
  });
});

/** A connection's nodes, in order. */
const nodesOf = <Node>(connection: { edges: ReadonlyArray<{ node: Node }> }) =>
  connection.edges.map((edge) => edge.node);

const INFLUENCERS = graphql(`
  query Influencers($filter: InfluencerFilter, $first: Int, $after: String) {
    influencers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          displayName
          influence {
            score pageRank reach engagement
            networkCommunity { id label }
            components { name value weight contribution explanation }
          }
        }
      }
    }
  }
`);
const CommunitiesAndBrands = graphql(`
  query InfluenceCommunitiesAndBrands {
    communities(first: 5) { edges { node { id name } } }
    brands { id name }
  }
`);
const NetworkCommunities = graphql(`
  query InfluenceNetworkCommunities {
    networkCommunities(first: 10) {
      totalCount
      edges {
        node {
          id label size
          topMembers(first: 2) { displayName }
          mainChannels { channel messages }
          mainBrands { brand { name } mentions }
        }
      }
    }
  }
`);
const Superusers = graphql(`
  query InfluenceSuperusers {
    communities(first: 5) { edges { node { id name superusers(first: 2) { displayName } } } }
  }
`);
const Scoped = graphql(`
  query Scoped($community: ID!, $brand: ID!) {
    influencers(first: 20) {
      edges {
        node {
          displayName
          inForum: influenceInCommunity(communityId: $community) { score engagement components { contribution } }
          aboutLumen: influenceAboutBrand(brandId: $brand) { score }
        }
      }
    }
  }
`);
const MessagePriorities = graphql(`
  query InfluenceMessagePriorities {
    messages(first: 2) { edges { node { text priority author { displayName } } } }
  }
`);

describe("influencers", () => {
  test("ranks the most influential first, with components that add up to each score", async () => {
    await run();
    const { data, errors } = await api.gql(INFLUENCERS, { first: 20 }, await api.keyFor("viewer"));
    expect(errors).toBeUndefined();
    const nodes = nodesOf(data!.influencers);
    expect(nodes[0]!.displayName).toBe("Maya Okafor");
    expect(nodes.at(-1)!.displayName).toBe("No Body");
    const scores = nodes.map((n) => n.influence.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const { influence } of nodes) {
      expect(influence.score).toBeGreaterThanOrEqual(0);
      expect(influence.score).toBeLessThanOrEqual(100);
      expect(influence.components.map((c) => c.name)).toEqual(["network", "reach", "engagement"]);
      expect(influence.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(
        influence.score,
        9,
      );
    }
    expect(nodes[0]!.influence.components[1]!.explanation).toMatch(/^1\.2M followers/);
  });

  test("pages with first and after, and filters by network community, community, brand, reach, sentiment and stage", async () => {
    await run();
    const page = async (filter: InfluencerFilter, first = 20, after?: string | null) => {
      const { influencers } = (await api.gql(INFLUENCERS, { filter, first, after })).data!;
      return { ...influencers, nodes: nodesOf(influencers) };
    };
    const all = await page({});
    const first = await page({}, 4);
    const second = await page({}, 4, first.pageInfo.endCursor);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.nodes, ...second.nodes].map((n) => n.displayName)).toEqual(
      all.nodes.slice(0, 8).map((n) => n.displayName),
    );

    const names = (result: { nodes: Array<{ displayName: string }> }) =>
      result.nodes.map((n) => n.displayName).sort();
    const maya = all.nodes.find((n) => n.displayName === "Maya Okafor");
    expect(names(await page({ networkCommunityId: maya!.influence.networkCommunity!.id }))).toEqual(
      ["Kim Berg", "Lee Park", "Maya Okafor", "Ola Nowak", "Raj Rao"],
    );
    const { data } = await api.gql(CommunitiesAndBrands);
    const orbitForum = nodesOf(data!.communities).find((c) => c.name === "#orbitowners")!;
    const lumen = data!.brands.find((b) => b.name === "Lumen")!;
    expect(names(await page({ communityId: orbitForum.id }))).toEqual([
      "Eva Lind",
      "Ivo Horvat",
      "Jan Vos",
      "Tom Hale",
    ]);
    expect(names(await page({ brandId: lumen.id }))).toEqual([
      "Kim Berg",
      "Lee Park",
      "Maya Okafor",
      "Ola Nowak",
      "Raj Rao",
    ]);
    expect(names(await page({ minReach: 5000 }))).toEqual(["Ivo Horvat", "Maya Okafor"]);
    expect(names(await page({ stage: "CUSTOMER" }))).toEqual(["Maya Okafor"]);
    expect((await page({ sentimentBelow: -0.99 })).nodes).toEqual([]);
    const wrongId = await api.gql(INFLUENCERS, { filter: { brandId: orbitForum.id } });
    expect(wrongId.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "filter.brandId" },
    });
  });

  test("a new message updates its author's engagement and score at once, before any run", async () => {
    await run();
    const score = async () =>
      (
        await api.db.pool.query(
          `SELECT engagement, "influenceScore" FROM "Person" WHERE "displayName" = 'Tom Hale'`,
        )
      ).rows[0];
    const before = await score();
    await ingest([
      tweet("tom", "my Orbit post went viral", {
        metrics: { likes: 4000, replies: 300, shares: 700 },
      }),
    ]);
    const after = await score();
    expect(after.engagement).toBe(before.engagement + 5000);
    expect(after.influenceScore).toBeGreaterThan(before.influenceScore + 10);
  });
});

describe("networkCommunities", () => {
  test("lists the communities found with size, top members, main channels and brands and a label, under stable ids", async () => {
    await run();
    const { data, errors } = await api.gql(NetworkCommunities, {}, await api.keyFor("viewer"));
    expect(errors).toBeUndefined();
    const [lumen, orbit] = nodesOf(data!.networkCommunities);
    expect(data!.networkCommunities.totalCount).toBe(2);
    expect(lumen).toMatchObject({
      size: 5,
      topMembers: [{ displayName: "Maya Okafor" }, expect.anything()],
      mainChannels: [{ channel: "TWITTER" }],
    });
    expect(lumen!.mainBrands[0]).toMatchObject({ brand: { name: "Lumen" } });
    expect(lumen!.label).toBe("Lumen on Twitter, around Maya Okafor (5 people)");
    expect(orbit).toMatchObject({
      size: 4,
      label: "Orbit on Twitter, around Ivo Horvat (4 people)",
    });
    await run();
    expect(
      nodesOf((await api.gql(NetworkCommunities)).data!.networkCommunities).map((c) => c.id),
    ).toEqual([lumen!.id, orbit!.id]);
  });

  test("influence within a community and superusers per community", async () => {
    await run();
    const { data, errors } = await api.gql(Superusers);
    expect(errors).toBeUndefined();
    const orbitForum = nodesOf(data!.communities).find((c) => c.name === "#orbitowners")!;
    expect(orbitForum.superusers[0].displayName).toBe("Ivo Horvat");

    const { data: scoped, errors: scopedErrors } = await api.gql(Scoped, {
      community: orbitForum.id,
      brand: (await api.gql(CommunitiesAndBrands)).data!.brands.find((b) => b.name === "Lumen")!.id,
    });
    expect(scopedErrors).toBeUndefined();
    const byName = new Map(nodesOf(scoped!.influencers).map((n) => [n.displayName, n]));
    // Ivo leads the Orbit forum; Maya took no part in it. Raj's one tweet to Ivo mentions Lumen, so
    // both take part in the Lumen part of the graph, and Eva, who only talks Orbit, does not.
    expect(byName.get("Ivo Horvat")?.inForum?.score).toBeGreaterThan(
      byName.get("Tom Hale")?.inForum?.score ?? Infinity,
    );
    const forumScore = byName.get("Ivo Horvat")!.inForum!;
    expect(forumScore.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(
      forumScore.score,
      9,
    );
    expect(byName.get("Maya Okafor")?.inForum).toBeNull();
    expect(byName.get("Raj Rao")?.aboutLumen?.score).toBeGreaterThan(0);
    expect(byName.get("Ivo Horvat")?.aboutLumen?.score).toBeGreaterThan(0);
    expect(byName.get("Eva Lind")?.aboutLumen).toBeNull();
  });
});

describe("Message.priority", () => {
  test("an influential customer's complaint arrives urgent; a stranger's neutral question low", async () => {
    await run();
    await ingest([
      tweet("nobody", "What are your opening hours?", { at: "2026-11-30T09:00:00Z" }),
      tweet(
        "maya",
        "My Lumen washer broke again and flooded the kitchen. Terrible, I want a refund!",
        { at: "2026-11-30T10:00:00Z" },
      ),
    ]);
    const { data, errors } = await api.gql(MessagePriorities, {}, await api.keyFor("viewer"));
    expect(errors).toBeUndefined();
    expect(nodesOf(data!.messages).map((m) => [m.author.displayName, m.priority])).toEqual([
      ["Maya Okafor", "URGENT"],
      ["No Body", "LOW"],
    ]);
  });
});

describe("after imports and on a schedule", () => {
  test("an import is followed by a run of its own once imports are quiet", async () => {
    const quick = await startTestApi({ influence: { debounceMs: 50, intervalMs: 0 } });
    try {
      await ingestBatch(quick.app.services, [person("solo", "Solo", 10)], { actor: "test" });
      await expect
        .poll(
          async () =>
            (await quick.db.pool.query(`SELECT trigger, people FROM "InfluenceRun"`)).rows,
          { timeout: 10_000 },
        )
        .toEqual([{ trigger: "import", people: 1 }]);
    } finally {
      await quick.close();
    }
  });
});
