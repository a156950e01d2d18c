import Graph from "graphology";
import graphologyLouvain from "graphology-communities-louvain";
import graphologyPageRank from "graphology-metrics/centrality/pagerank.js";
import {
  KARATE_CLUBS,
  KARATE_EDGES,
  normalizedMutualInformation,
  plantedPartition,
} from "../eval/influence/graphs.ts";
import { measureGraph } from "../src/influence/compute.ts";
import { type EdgeList, edgeList } from "../src/influence/graph.ts";
import { louvain } from "../src/influence/louvain.ts";
import { pageRank } from "../src/influence/pagerank.ts";
import { seededRandom } from "../src/random.ts";
import { alertLatency } from "./alert-latency.ts";

/*
 * `pnpm bench influence [--people=100000] [--interactions=1000000] [--only compute|alerts]
 * [--rate=1000] [--seconds=10] [--database-url=postgresql://...]`: PageRank and Louvain of the
 * influence run over a generated social graph, next to graphology (graphology-metrics' PageRank
 * and graphology-communities-louvain) on the same edges in the same run; then community quality
 * as NMI against Zachary's karate club and planted partitions at several mixing levels; then alert
 * latency while importing `--rate` records a second (alert-latency.ts), on PGlite unless a
 * database URL is given.
 */

const TARGET_SECONDS = 5;

function readFlag(args: readonly string[], name: string, fallback: number): number {
  const flag = args.find((arg) => arg.startsWith(`--${name}=`));
  const value = flag === undefined ? fallback : Number(flag.slice(name.length + 3));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer, got ${flag}`);
  return value;
}

/**
 * Interactions as social platforms have them: people in communities of 20 to 400 who mostly talk
 * among themselves (a fifth of the time to anyone), to popular people more (a heavy-tailed
 * popularity), and many of them more than once to the same person. Aggregated into weighted edges.
 */
function socialGraph(people: number, interactions: number, seed: number): EdgeList {
  const random = seededRandom(seed).next;
  const communityOf = new Int32Array(people);
  const starts: number[] = [];
  for (let start = 0; start < people; ) {
    const size = Math.min(people - start, 20 + Math.floor(random() ** 2 * 380));
    starts.push(start);
    communityOf.fill(starts.length - 1, start, start + size);
    start += size;
  }
  starts.push(people);
  // Pareto-distributed popularity, sampled by inverse transform within a community's range.
  const popular = (from: number, to: number) =>
    from + Math.min(to - from - 1, Math.floor((to - from) * random() ** 3));
  const weights = new Map<number, number>();
  for (let k = 0; k < interactions; k++) {
    const a = Math.floor(random() * people);
    const c = communityOf[a]!;
    const b = random() < 0.2 ? popular(0, people) : popular(starts[c]!, starts[c + 1]!);
    if (a === b) continue;
    const key = a * people + b;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const edges: Array<[number, number, number]> = [];
  for (const [key, weight] of weights) edges.push([Math.floor(key / people), key % people, weight]);
  return edgeList(people, edges);
}

interface Measured<T> {
  value: T;
  seconds: number;
  /** The process's resident memory when the work ended (the work is synchronous: nothing else ran). */
  rssMb: number;
}

function measure<T>(work: () => T): Measured<T> {
  const started = performance.now();
  const value = work();
  return {
    value,
    seconds: (performance.now() - started) / 1000,
    rssMb: process.memoryUsage.rss() / 2 ** 20,
  };
}

function toGraphology(edges: EdgeList, type: "directed" | "undirected"): Graph {
  const graph = new Graph({ type });
  for (let i = 0; i < edges.nodeCount; i++) graph.addNode(i);
  for (let e = 0; e < edges.from.length; e++) {
    const [a, b, w] = [edges.from[e]!, edges.to[e]!, edges.weight[e]!];
    if (type === "directed") graph.addEdge(a, b, { weight: w });
    else
      graph.updateEdge(a, b, (attributes) => ({
        weight: ((attributes.weight as number | undefined) ?? 0) + w,
      }));
  }
  return graph;
}

const seconds = (s: number) => `${s.toFixed(2)} s`;
const mb = (m: number) => `${Math.round(m)} MB`;

/** `--only alerts`, `--only=alerts`: which parts run (both by default). */
function readOnly(args: readonly string[]): "compute" | "alerts" | null {
  const at = args.indexOf("--only");
  const value =
    at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (value === undefined) return null;
  if (value !== "compute" && value !== "alerts")
    throw new Error(`--only must be compute or alerts, got ${value}`);
  return value;
}

export default async function main(args: string[]): Promise<void> {
  const only = readOnly(args);
  if (only !== "alerts") await computeBench(args);
  if (only !== "compute") {
    const databaseUrl = args
      .find((arg) => arg.startsWith("--database-url="))
      ?.slice("--database-url=".length);
    await alertLatency({
      recordsPerSecond: readFlag(args, "rate", 1000),
      seconds: readFlag(args, "seconds", 10),
      complaintShare: 0.02,
      databaseUrl,
    });
  }
}

async function computeBench(args: string[]): Promise<void> {
  const people = readFlag(args, "people", 100_000);
  const interactions = readFlag(args, "interactions", 1_000_000);
  console.log(
    `Influence bench: ${people.toLocaleString("en-US")} people, ${interactions.toLocaleString("en-US")} interactions (node ${process.version})`,
  );
  const generated = measure(() => socialGraph(people, interactions, 1));
  const edges = generated.value;
  console.log(
    `  graph: ${edges.from.length.toLocaleString("en-US")} weighted edges, generated in ${seconds(generated.seconds)}`,
  );

  // Parley's run: PageRank, percentiles and Louvain together, as runInfluence calls them.
  const ours = measure(() => measureGraph(edges));
  const oursPageRank = measure(() => pageRank(edges, { tolerance: 1e-10 }));
  const oursLouvain = measure(() => louvain(edges));
  console.log("\nParley (apps/api/src/influence)");
  console.log(
    `  PageRank + percentiles + Louvain   ${seconds(ours.seconds)}  (target under ${TARGET_SECONDS} s: ${ours.seconds < TARGET_SECONDS ? "ok" : "MISSED"}), RSS ${mb(generated.rssMb)} before, ${mb(ours.rssMb)} after`,
  );
  console.log(
    `  PageRank alone                     ${seconds(oursPageRank.seconds)}  ${oursPageRank.value.iterations} iterations`,
  );
  console.log(
    `  Louvain alone                      ${seconds(oursLouvain.seconds)}  ${oursLouvain.value.count.toLocaleString("en-US")} communities, modularity ${oursLouvain.value.modularity.toFixed(4)}, ${oursLouvain.value.levels} levels`,
  );

  const directed = measure(() => toGraphology(edges, "directed"));
  // The same stopping rule as ours: graphology stops when the L1 change is below n × tolerance.
  const theirPageRank = measure(() =>
    graphologyPageRank(directed.value, {
      getEdgeWeight: "weight",
      tolerance: 1e-10 / people,
      maxIterations: 10_000,
    }),
  );
  let largestDifference = 0;
  for (let i = 0; i < people; i++)
    largestDifference = Math.max(
      largestDifference,
      Math.abs(oursPageRank.value.ranks[i]! - theirPageRank.value[String(i)]!),
    );
  const undirected = measure(() => toGraphology(edges, "undirected"));
  const theirLouvain = measure(() =>
    graphologyLouvain.detailed(undirected.value, {
      getEdgeWeight: "weight",
      rng: seededRandom(7).next,
    }),
  );
  console.log("\ngraphology on the same edges");
  console.log(
    `  building the graphs                ${seconds(directed.seconds + undirected.seconds)}, RSS ${mb(undirected.rssMb)} after`,
  );
  console.log(
    `  PageRank (graphology-metrics)      ${seconds(theirPageRank.seconds)}  largest difference from ours ${largestDifference.toExponential(2)}`,
  );
  console.log(
    `  Louvain (communities-louvain)      ${seconds(theirLouvain.seconds)}  ${theirLouvain.value.count.toLocaleString("en-US")} communities, modularity ${theirLouvain.value.modularity.toFixed(4)}`,
  );

  console.log("\nCommunity quality: NMI against the known communities (1 = found exactly)");
  console.log(`  ${"graph".padEnd(44)}${"Parley".padStart(10)}${"graphology".padStart(12)}`);
  const row = (
    name: string,
    nodeCount: number,
    graphEdges: Array<[number, number, number]>,
    truth: ArrayLike<number>,
  ) => {
    const list = edgeList(nodeCount, graphEdges);
    const ourNmi = normalizedMutualInformation(louvain(list).community, truth);
    const theirs = graphologyLouvain(toGraphology(list, "undirected"), {
      getEdgeWeight: "weight",
      rng: seededRandom(7).next,
    });
    const theirNmi = normalizedMutualInformation(
      Array.from({ length: nodeCount }, (_, i) => theirs[String(i)]!),
      truth,
    );
    console.log(
      `  ${name.padEnd(44)}${ourNmi.toFixed(3).padStart(10)}${theirNmi.toFixed(3).padStart(12)}`,
    );
  };
  row(
    "Zachary's karate club (34, 78 ties, 2 clubs)",
    34,
    KARATE_EDGES.map(([a, b]) => [a, b, 1]),
    KARATE_CLUBS,
  );
  for (const mixing of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) {
    const planted = plantedPartition({ groups: 20, size: 100, degree: 16, mixing, seed: 3 });
    row(
      `planted partition, 20 x 100, mixing ${mixing.toFixed(1)}`,
      planted.nodeCount,
      planted.edges.map(([a, b]) => [a, b, 1]),
      planted.truth,
    );
  }
}
