import { seededRandom } from "../random.ts";
import { type Adjacency, type EdgeList, undirected } from "./graph.ts";

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
  const random = seededRandom(options.seed ?? 42).next;
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
/**
 * Local moving with a queue (the "fast local move" of Leiden, which graphology uses too): every
 * node is visited once in a random order, and a node's neighbours are visited again only when it
 * moved away from their community, instead of sweeping all nodes until none moves.
 */
function moveNodes(
  level: Level,
  m: number,
  resolution: number,
  random: () => number,
): { community: Int32Array; count: number; changed: boolean } {
  const { graph } = level;
  const n = graph.nodeCount;
  const degree = degrees(level);
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = degree[i]!;
  }
  // A ring buffer of nodes to visit; each node is in it at most once.
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queue[i], queue[j]] = [queue[j]!, queue[i]!];
  }
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let pending = n;
  // Weight from the current node to each neighbouring community, and which entries are set.
  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  let changed = false;
  const twoM = 2 * m;
  while (pending > 0) {
    const node = queue[head]!;
    head = (head + 1) % n;
    pending--;
    queued[node] = 0;
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
      changed = true;
      for (let e = graph.offsets[node]!; e < graph.offsets[node + 1]!; e++) {
        const neighbour = graph.targets[e]!;
        if (queued[neighbour] === 0 && community[neighbour] !== best) {
          queue[(head + pending) % n] = neighbour;
          pending++;
          queued[neighbour] = 1;
        }
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

function levelModularity(
  level: Level,
  community: Int32Array,
  m: number,
  resolution: number,
): number {
  const { graph, selfLoops } = level;
  const inside = new Float64Array(graph.nodeCount);
  const total = new Float64Array(graph.nodeCount);
  const degree = degrees(level);
  for (let i = 0; i < graph.nodeCount; i++) {
    const c = community[i]!;
    total[c]! += degree[i]!;
    inside[c]! += 2 * selfLoops[i]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++)
      if (community[graph.targets[e]!] === c) inside[c]! += graph.weights[e]!;
  }
  let q = 0;
  for (let c = 0; c < graph.nodeCount; c++)
    if (total[c]! > 0) q += inside[c]! / (2 * m) - resolution * (total[c]! / (2 * m)) ** 2;
  return q;
}

/**
 * One node per community; edges between communities summed, edges inside become its self-loop.
 * Communities are walked one by one over their members (a counting sort), summing weights per
 * neighbouring community in a dense array, so no hash map of pairs is needed.
 */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { graph, selfLoops } = level;
  const n = graph.nodeCount;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const cursor = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[cursor[community[i]!]!++] = i;

  const nextSelf = new Float64Array(count);
  const weightTo = new Float64Array(count);
  const touched = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(graph.targets.length);
  const weights = new Float64Array(graph.targets.length);
  let size = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = members[k]!;
      nextSelf[c]! += selfLoops[i]!;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const other = community[graph.targets[e]!]!;
        // Each undirected edge is listed from both ends.
        if (other === c) nextSelf[c]! += graph.weights[e]! / 2;
        else {
          if (weightTo[other] === 0) touched[touchedCount++] = other;
          weightTo[other]! += graph.weights[e]!;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      targets[size] = other;
      weights[size++] = weightTo[other]!;
      weightTo[other] = 0;
    }
    offsets[c + 1] = size;
  }
  return {
    graph: {
      nodeCount: count,
      offsets,
      targets: targets.slice(0, size),
      weights: weights.slice(0, size),
    },
    selfLoops: nextSelf,
  };
}

/** Communities renumbered by decreasing size (ties by first member), so community 0 is the largest. */
function finish(
  membership: Int32Array,
  n: number,
  modularity: number,
  levels: number,
): LouvainResult {
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) sizes.set(membership[i]!, (sizes.get(membership[i]!) ?? 0) + 1);
  const firstSeen = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!firstSeen.has(membership[i]!)) firstSeen.set(membership[i]!, i);
  const ranked = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
  const rename = new Map(ranked.map((c, i) => [c, i]));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = rename.get(membership[i]!)!;
  return { community, count: ranked.length, modularity, levels };
}
