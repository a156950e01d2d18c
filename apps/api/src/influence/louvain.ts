import { undirected, type Adjacency, type EdgeList } from "./graph.ts";

export interface LouvainOptions {
  /** Modularity resolution: above 1 favours smaller communities. */
  resolution?: number;
  /** Seed of the node visiting order, so a run is reproducible. */
  seed?: number;
  /** A pass that raises modularity by less than this ends the algorithm. */
  minGain?: number;
}

export interface LouvainResult {
  /** Community per node, numbered 0..count-1 by decreasing size. */
  community: Int32Array;
  count: number;
  modularity: number;
  levels: number;
}

/**
 * Louvain community detection (Blondel et al. 2008) on the undirected view of the interaction
 * graph: nodes move to the neighbouring community that raises modularity most, until none does;
 * then each community becomes one node of a smaller graph and the moves repeat, until a level
 * changes nothing. Typed arrays throughout; each level is O(m) per sweep.
 */
export function louvain(edges: EdgeList, options: LouvainOptions = {}): LouvainResult {
  const resolution = options.resolution ?? 1;
  const minGain = options.minGain ?? 1e-7;
  const random = seededRandom(options.seed ?? 42);
  const n = edges.nodeCount;
  // membership[i]: the node of the current level that original node i belongs to.
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let level: Level = { graph: undirected(edges), selfLoops: new Float64Array(n) };
  const totalWeight = sumDegrees(level) / 2;
  if (totalWeight === 0) return finish(membership, n, 0, 0);

  let levels = 0;
  let modularity = -Infinity;
  for (;;) {
    const moved = moveNodes(level, totalWeight, resolution, random);
    const quality = levelModularity(level, moved.community, totalWeight, resolution);
    levels++;
    for (let i = 0; i < n; i++) membership[i] = moved.community[membership[i]!]!;
    if (!moved.changed || quality - modularity < minGain) {
      modularity = quality;
      break;
    }
    modularity = quality;
    level = aggregate(level, moved.community, moved.count);
  }
  return finish(membership, n, modularity, levels);
}

interface Level {
  graph: Adjacency;
  /** Weight of the edges inside each node (communities of the level below), counted once. */
  selfLoops: Float64Array;
}

function sumDegrees(level: Level): number {
  let total = 0;
  for (let i = 0; i < level.graph.weights.length; i++) total += level.graph.weights[i]!;
  for (let i = 0; i < level.selfLoops.length; i++) total += 2 * level.selfLoops[i]!;
  return total;
}

function degrees(level: Level): Float64Array {
  const { graph, selfLoops } = level;
  const degree = new Float64Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    let sum = 2 * selfLoops[i]!;
    for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) sum += graph.weights[k]!;
    degree[i] = sum;
  }
  return degree;
}

/** Local moving: returns each node's community, renumbered 0..count-1. */
function moveNodes(level: Level, m: number, resolution: number, random: () => number): { community: Int32Array; count: number; changed: boolean } {
  const { graph } = level;
  const n = graph.nodeCount;
  const degree = degrees(level);
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = degree[i]!;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Weight from the current node to each neighbouring community, and which entries are set.
  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  let changed = false;
  const twoM = 2 * m;
  for (let improved = true; improved; ) {
    improved = false;
    for (let o = 0; o < n; o++) {
      const node = order[o]!;
      const own = community[node]!;
      const k = degree[node]!;
      let touchedCount = 0;
      linkWeight[own] = 0;
      touched[touchedCount++] = own;
      for (let e = graph.offsets[node]!; e < graph.offsets[node + 1]!; e++) {
        const neighbour = graph.targets[e]!;
        if (neighbour === node) continue;
        const c = community[neighbour]!;
        if (linkWeight[c] === 0 && c !== own) touched[touchedCount++] = c;
        linkWeight[c]! += graph.weights[e]!;
      }
      total[own]! -= k;
      // Gain of joining community c, up to terms that do not depend on c.
      let best = own;
      let bestGain = linkWeight[own]! - (resolution * total[own]! * k) / twoM;
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t]!;
        const gain = linkWeight[c]! - (resolution * total[c]! * k) / twoM;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      total[best]! += k;
      for (let t = 0; t < touchedCount; t++) linkWeight[touched[t]!] = 0;
      if (best !== own) {
        community[node] = best;
        improved = true;
        changed = true;
      }
    }
  }
  const renumber = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (renumber[c] === -1) renumber[c] = count++;
    community[i] = renumber[c]!;
  }
  return { community, count, changed };
}

function levelModularity(level: Level, community: Int32Array, m: number, resolution: number): number {
  const { graph, selfLoops } = level;
  const inside = new Float64Array(graph.nodeCount);
  const total = new Float64Array(graph.nodeCount);
  const degree = degrees(level);
  for (let i = 0; i < graph.nodeCount; i++) {
    const c = community[i]!;
    total[c]! += degree[i]!;
    inside[c]! += 2 * selfLoops[i]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) if (community[graph.targets[e]!] === c) inside[c]! += graph.weights[e]!;
  }
  let q = 0;
  for (let c = 0; c < graph.nodeCount; c++) if (total[c]! > 0) q += inside[c]! / (2 * m) - resolution * (total[c]! / (2 * m)) ** 2;
  return q;
}

/** One node per community; edges between communities summed, edges inside become its self-loop. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { graph, selfLoops } = level;
  const nextSelf = new Float64Array(count);
  const pairs = new Map<number, number>();
  for (let i = 0; i < graph.nodeCount; i++) {
    const ci = community[i]!;
    nextSelf[ci]! += selfLoops[i]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const cj = community[graph.targets[e]!]!;
      // Each undirected edge is listed from both ends.
      if (ci === cj) nextSelf[ci]! += graph.weights[e]! / 2;
      else pairs.set(ci * count + cj, (pairs.get(ci * count + cj) ?? 0) + graph.weights[e]!);
    }
  }
  const offsets = new Int32Array(count + 1);
  for (const key of pairs.keys()) offsets[Math.floor(key / count) + 1]!++;
  for (let c = 0; c < count; c++) offsets[c + 1]! += offsets[c]!;
  const cursor = offsets.slice(0, count);
  const targets = new Int32Array(pairs.size);
  const weights = new Float64Array(pairs.size);
  for (const [key, weight] of pairs) {
    const from = Math.floor(key / count);
    const at = cursor[from]!++;
    targets[at] = key % count;
    weights[at] = weight;
  }
  return { graph: { nodeCount: count, offsets, targets, weights }, selfLoops: nextSelf };
}

/** Communities renumbered by decreasing size (ties by first member), so community 0 is the largest. */
function finish(membership: Int32Array, n: number, modularity: number, levels: number): LouvainResult {
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) sizes.set(membership[i]!, (sizes.get(membership[i]!) ?? 0) + 1);
  const firstSeen = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!firstSeen.has(membership[i]!)) firstSeen.set(membership[i]!, i);
  const ranked = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rename = new Map(ranked.map((c, i) => [c, i]));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = rename.get(membership[i]!)!;
  return { community, count: ranked.length, modularity, levels };
}

/** A small seeded PRNG (mulberry32): reproducible visiting orders without a dependency. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
