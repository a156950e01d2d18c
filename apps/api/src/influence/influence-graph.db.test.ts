import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../../../../tests/support/api.ts";
import { graphql } from "../../../../tests/support/graphql/index.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";

/*
 * A triangle that talks a lot (Maya, Lee, Kim), a pair apart (Ivo, Jan) and someone who never
 * interacts (Solo), imported through the pipeline and recomputed: the map's nodes are the people
 * the run placed in a network community, its edges the weighted interactions among them. One
 * message mentions Lumen, which gives Lee and Maya influence about that brand.
 */
const Recompute = graphql(`
  mutation GraphRecompute {
    recomputeInfluence { communities }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ influence: { debounceMs: 60_000, intervalMs: 0 } });
  const person = (id: string, name: string, followers: number) => ({
    type: "person",
    source: "twitter",
    id,
    name,
    handles: [{ platform: "twitter", handle: id }],
    followers: { twitter: followers },
  });
  let sequence = 0;
  const tweet = (author: string, text: string) => ({
    type: "message",
    source: "twitter",
    id: `t${++sequence}`,
    channel: "twitter",
    author: { id: author },
    text,
    at: new Date(Date.UTC(2026, 10, 1, 8) + sequence * 60_000).toISOString(),
  });
  const result = await ingestBatch(
    api.app.services,
    [
      { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: ["Lumen"] },
      person("maya", "Maya Okafor", 1_200_000),
      person("lee", "Lee Park", 900),
      person("kim", "Kim Berg", 300),
      person("ivo", "Ivo Horvat", 5000),
      person("jan", "Jan Vos", 700),
      person("solo", "Solo", 10),
      // lee → maya three times, kim → maya twice, maya → lee once, lee → kim once; jan → ivo twice, ivo → jan once.
      tweet("lee", "@maya agreed about Lumen"),
      tweet("lee", "@maya again"),
      tweet("lee", "@maya and again"),
      tweet("kim", "@maya same here"),
      tweet("kim", "@maya me too"),
      tweet("maya", "@lee thanks"),
      tweet("lee", "@kim hi"),
      tweet("jan", "@ivo hello"),
      tweet("jan", "@ivo hello again"),
      tweet("ivo", "@jan hi"),
      tweet("solo", "talking to nobody"),
    ],
    { actor: "test" },
  );
  expect(result.rejected).toEqual([]);
  const run = await api.gql(Recompute);
  expect(run.data!.recomputeInfluence.communities).toBe(2);
});
afterAll(async () => api?.close());

const GRAPH = graphql(`
  query Graph($first: Int, $community: ID) {
    influenceGraph(first: $first, networkCommunityId: $community) {
      edgeCount
      nodes { id score person { id displayName } networkCommunity { id label } }
      edges { source target weight }
    }
  }
`);
const ScopedInfluence = graphql(`
  query GraphScopedInfluence {
    influencers(first: 10) {
      edges {
        node {
          displayName
          scopedInfluence { brand { name } community { name } influence { score components { contribution } } }
        }
      }
    }
  }
`);

describe("influenceGraph", () => {
  test("the people with interactions by score, their communities, and the weighted edges among them, for every role", async () => {
    const { data, errors } = await api.gql(GRAPH, {}, await api.keyFor("viewer"));
    expect(errors).toBeUndefined();
    const { nodes, edges, edgeCount } = data!.influenceGraph;
    expect(nodes.map((n) => n.person.displayName).sort()).toEqual([
      "Ivo Horvat",
      "Jan Vos",
      "Kim Berg",
      "Lee Park",
      "Maya Okafor",
    ]);
    expect(nodes[0]!.person.displayName).toBe("Maya Okafor");
    expect(nodes.map((n) => n.score)).toEqual([...nodes.map((n) => n.score)].sort((a, b) => b - a));
    for (const node of nodes) expect(node.id).toBe(node.person.id);
    const community = (name: string) =>
      nodes.find((n) => n.person.displayName === name)!.networkCommunity!.id;
    expect(new Set(["Maya Okafor", "Lee Park", "Kim Berg"].map(community)).size).toBe(1);
    expect(community("Ivo Horvat")).toBe(community("Jan Vos"));
    expect(community("Ivo Horvat")).not.toBe(community("Maya Okafor"));

    const name = new Map(nodes.map((n) => [n.id, n.person.displayName.split(" ")[0]]));
    const described = edges.map((e) => `${name.get(e.source)}→${name.get(e.target)}:${e.weight}`);
    expect([...described].sort()).toEqual([
      "Ivo→Jan:1",
      "Jan→Ivo:2",
      "Kim→Maya:2",
      "Lee→Kim:1",
      "Lee→Maya:3",
      "Maya→Lee:1",
    ]);
    // Heaviest first, so a capped map keeps the edges that matter.
    expect(described[0]).toBe("Lee→Maya:3");
    expect(edges.map((e) => e.weight)).toEqual([3, 2, 2, 1, 1, 1]);
    expect(edgeCount).toBe(6);
  });

  test("first keeps the top people and only the edges among them; a network community narrows the map", async () => {
    const top = (await api.gql(GRAPH, { first: 2 })).data!.influenceGraph;
    expect(top.nodes).toHaveLength(2);
    const ids = new Set(top.nodes.map((n) => n.id));
    for (const edge of top.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(top.edgeCount).toBe(top.edges.length);

    const all = (await api.gql(GRAPH, {})).data!.influenceGraph;
    const ivoCommunity = all.nodes.find((n) => n.person.displayName === "Ivo Horvat")!
      .networkCommunity!.id;
    const narrowed = (await api.gql(GRAPH, { community: ivoCommunity })).data!.influenceGraph;
    expect(narrowed.nodes.map((n) => n.person.displayName).sort()).toEqual([
      "Ivo Horvat",
      "Jan Vos",
    ]);
    expect(narrowed.edges.map((e) => e.weight).sort()).toEqual([1, 2]);
  });

  test("refuses first out of 1..1000 and an ID of another type, naming the argument", async () => {
    for (const first of [0, 1001]) {
      const { errors } = await api.gql(GRAPH, { first });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    }
    const maya = (await api.gql(GRAPH, {})).data!.influenceGraph.nodes[0].id;
    const { errors } = await api.gql(GRAPH, { community: maya });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "networkCommunityId",
    });
  });
});

describe("Person.scopedInfluence", () => {
  test("lists the brands and communities where the person has influence, and nothing for the others", async () => {
    const { data, errors } = await api.gql(ScopedInfluence, {}, await api.keyFor("viewer"));
    expect(errors).toBeUndefined();
    const byName = new Map(data!.influencers.edges.map((e) => [e.node.displayName, e.node]));
    const maya = byName.get("Maya Okafor")!;
    expect(maya.scopedInfluence).toHaveLength(1);
    expect(maya.scopedInfluence[0]).toMatchObject({ brand: { name: "Lumen" }, community: null });
    const { score, components } = maya.scopedInfluence[0]!.influence;
    expect(components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(score, 9);
    expect(byName.get("Lee Park")?.scopedInfluence).toHaveLength(1);
    expect(byName.get("Ivo Horvat")?.scopedInfluence).toEqual([]);
  });
});
