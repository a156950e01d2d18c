import Graph from "graphology";
import graphologyLouvain from "graphology-communities-louvain";
import graphologyPageRank from "graphology-metrics/centrality/pagerank.js";
import { describe, expect, test } from "vitest";
import {
  KARATE_CLUBS,
  KARATE_EDGES,
  normalizedMutualInformation,
  plantedPartition,
} from "../../eval/influence/graphs.ts";
import { seededRandom } from "../random.ts";
import { type EdgeList, edgeList } from "./graph.ts";
import { louvain } from "./louvain.ts";
import { pageRank } from "./pagerank.ts";

/** A random directed multigraph-free graph with weights 1..5, some nodes without out-edges. */
function randomDirected(
  nodeCount: number,
  edgeCount: number,
  seed: number,
): Array<[number, number, number]> {
  const random = seededRandom(seed).next;
  const edges = new Map<string, [number, number, number]>();
  while (edges.size < edgeCount) {
    // A tenth of the nodes never interact outwards: they are the dangling ones.
    const from = Math.floor(random() * nodeCount * 0.9);
    const to = Math.floor(random() * nodeCount);
    if (from !== to) edges.set(`${from}>${to}`, [from, to, 1 + Math.floor(random() * 5)]);
  }
  return [...edges.values()];
}

function graphologyGraph(
  nodeCount: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
  type: "directed" | "undirected",
) {
  const graph = new Graph({ type });
  for (let i = 0; i < nodeCount; i++) graph.addNode(String(i));
  for (const [from, to, weight] of edges) graph.mergeEdge(String(from), String(to), { weight });
  return graph;
}

describe("pageRank", () => {
  test.each([
    ["a small graph", 12, 30, 1],
    ["a sparse graph with many dangling people", 500, 900, 2],
    ["a dense graph", 300, 6000, 3],
  ])(
    "equals graphology-metrics' weighted PageRank within 1e-6 on %s",
    (_name, nodes, edgeCount, seed) => {
      const edges = randomDirected(nodes, edgeCount, seed);
      const ours = pageRank(edgeList(nodes, edges)).ranks;
      const reference = graphologyPageRank(graphologyGraph(nodes, edges, "directed"), {
        alpha: 0.85,
        tolerance: 1e-14,
        maxIterations: 10_000,
        getEdgeWeight: "weight",
      });
      for (let i = 0; i < nodes; i++)
        expect(Math.abs(ours[i]! - reference[String(i)]!)).toBeLessThan(1e-6);
      expect(ours.reduce((sum, rank) => sum + rank, 0)).toBeCloseTo(1, 9);
    },
  );

  test("solves a graph small enough to solve by hand: A → B, and B interacts with no one", () => {
    // x_A = 0.15/2 + 0.85 x_B/2 (B's rank spreads evenly), x_A + x_B = 1, so x_A = 0.5 / 1.425.
    const { ranks } = pageRank(edgeList(2, [[0, 1, 1]]));
    expect(ranks[0]).toBeCloseTo(0.5 / 1.425, 9);
    expect(ranks[1]).toBeCloseTo(1 - 0.5 / 1.425, 9);
  });

  test("weights count: the heavier edge carries proportionally more rank", () => {
    const { ranks } = pageRank(
      edgeList(3, [
        [0, 1, 3],
        [0, 2, 1],
      ]),
    );
    expect(ranks[1]! - ranks[2]!).toBeGreaterThan(0);
    expect(ranks[1]).toBeGreaterThan(ranks[2]!);
  });

  test("people who interact with no one spread their rank over everyone: no edges gives 1/n each", () => {
    const { ranks } = pageRank(edgeList(5, []));
    for (const rank of ranks) expect(rank).toBeCloseTo(0.2, 12);
  });
});

function undirectedEdges(
  edges: ReadonlyArray<readonly [number, number]>,
): Array<[number, number, number]> {
  return edges.map(([a, b]) => [a, b, 1]);
}

function modularityOf(graph: EdgeList, community: ArrayLike<number>): number {
  let m = 0;
  const degree = new Float64Array(graph.nodeCount);
  let inside = 0;
  for (let e = 0; e < graph.from.length; e++) {
    const w = graph.weight[e]!;
    m += w;
    degree[graph.from[e]!]! += w;
    degree[graph.to[e]!]! += w;
    if (community[graph.from[e]!] === community[graph.to[e]!]) inside += w;
  }
  const total = new Map<number, number>();
  for (let i = 0; i < graph.nodeCount; i++)
    total.set(community[i]!, (total.get(community[i]!) ?? 0) + degree[i]!);
  return inside / m - [...total.values()].reduce((sum, t) => sum + (t / (2 * m)) ** 2, 0);
}

describe("the evaluation graphs", () => {
  test("the karate club has its 34 members, 78 ties and two clubs of 17; NMI is 1 for the same partition and 0 for an unrelated one", () => {
    expect(KARATE_EDGES).toHaveLength(78);
    expect(new Set(KARATE_EDGES.flat()).size).toBe(34);
    expect(KARATE_CLUBS.filter((club) => club === 0)).toHaveLength(17);
    expect(normalizedMutualInformation([0, 0, 1, 1], [5, 5, 9, 9])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });
});

describe("louvain", () => {
  test("finds the karate club's split about as well as graphology's Louvain, with the modularity it reports", () => {
    const edges = edgeList(34, undirectedEdges(KARATE_EDGES));
    const ours = louvain(edges);
    expect(ours.modularity).toBeCloseTo(modularityOf(edges, ours.community), 9);
    // The best known partition of the karate club has modularity 0.4198; Louvain reaches 0.41-0.42.
    expect(ours.modularity).toBeGreaterThan(0.4);
    const reference = graphologyLouvain.detailed(
      graphologyGraph(34, undirectedEdges(KARATE_EDGES), "undirected"),
      { rng: seededRandom(7).next },
    );
    expect(ours.modularity).toBeGreaterThan(reference.modularity - 0.01);
    expect(normalizedMutualInformation(ours.community, KARATE_CLUBS)).toBeGreaterThan(0.5);
  });

  test.each([0.1, 0.3])(
    "recovers planted communities at mixing %s (NMI above 0.9, next to graphology's)",
    (mixing) => {
      const planted = plantedPartition({ groups: 10, size: 100, degree: 16, mixing, seed: 11 });
      const weighted = planted.edges.map(([a, b]) => [a, b, 1] as [number, number, number]);
      const ours = louvain(edgeList(planted.nodeCount, weighted));
      const reference = graphologyLouvain(
        graphologyGraph(planted.nodeCount, weighted, "undirected"),
        { rng: seededRandom(7).next },
      );
      const ourNmi = normalizedMutualInformation(ours.community, planted.truth);
      const referenceNmi = normalizedMutualInformation(
        planted.truth.map((_, i) => reference[String(i)]!),
        planted.truth,
      );
      expect(ourNmi).toBeGreaterThan(0.9);
      expect(ourNmi).toBeGreaterThan(referenceNmi - 0.05);
    },
  );

  test("numbers communities by size and leaves isolated people alone in their own", () => {
    const { community, count } = louvain(
      edgeList(7, [
        [0, 1, 1],
        [1, 2, 1],
        [2, 0, 1],
        [3, 4, 1],
      ]),
    );
    expect(count).toBe(4);
    expect([...community]).toEqual([0, 0, 0, 1, 1, 2, 3]);
  });

  test("a direction does not matter: A → B and B → A add up to one undirected tie", () => {
    const oneWay = louvain(
      edgeList(4, [
        [0, 1, 2],
        [2, 3, 2],
        [1, 2, 1],
      ]),
    );
    const bothWays = louvain(
      edgeList(4, [
        [0, 1, 1],
        [1, 0, 1],
        [2, 3, 1],
        [3, 2, 1],
        [2, 1, 1],
      ]),
    );
    expect([...oneWay.community]).toEqual([...bothWays.community]);
    expect(oneWay.modularity).toBeCloseTo(bothWays.modularity, 12);
  });
});
