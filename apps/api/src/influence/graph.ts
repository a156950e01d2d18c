// The interaction graph in memory: people numbered 0..n-1 and weighted edges in compressed sparse
// row form (typed arrays, no object per edge), so 100,000 people and a million interactions fit in
// a few tens of megabytes and the algorithms walk contiguous memory.

/** Weighted edges between nodes 0..nodeCount-1, as parallel arrays. */
export interface EdgeList {
  nodeCount: number;
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** Adjacency in compressed sparse row form: the neighbours of node i are targets[offsets[i]..offsets[i+1]). */
export interface Adjacency {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function edgeList(
  nodeCount: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
): EdgeList {
  const list: EdgeList = {
    nodeCount,
    from: new Int32Array(edges.length),
    to: new Int32Array(edges.length),
    weight: new Float64Array(edges.length),
  };
  edges.forEach(([from, to, weight], i) => {
    list.from[i] = from;
    list.to[i] = to;
    list.weight[i] = weight;
  });
  return list;
}

/**
 * Rows keyed by `key` (the source, or the target for incoming edges), built with a counting sort
 * in O(n + m). Parallel edges stay separate entries; every algorithm here sums them.
 */
function compress(
  nodeCount: number,
  key: Int32Array,
  other: Int32Array,
  weight: Float64Array,
  count: number,
  extra?: { key: Int32Array; other: Int32Array },
): Adjacency {
  const offsets = new Int32Array(nodeCount + 1);
  const total = extra ? count * 2 : count;
  for (let e = 0; e < count; e++) {
    offsets[key[e]! + 1]!++;
    if (extra) offsets[extra.key[e]! + 1]!++;
  }
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, nodeCount);
  const targets = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let e = 0; e < count; e++) {
    const at = cursor[key[e]!]!++;
    targets[at] = other[e]!;
    weights[at] = weight[e]!;
    if (extra) {
      const back = cursor[extra.key[e]!]!++;
      targets[back] = extra.other[e]!;
      weights[back] = weight[e]!;
    }
  }
  return { nodeCount, offsets, targets, weights };
}

/** Incoming edges per node: PageRank pulls each node's rank from its in-neighbours. */
export function incoming(edges: EdgeList): Adjacency {
  return compress(edges.nodeCount, edges.to, edges.from, edges.weight, edges.from.length);
}

/**
 * The undirected graph Louvain works on: each directed edge A → B becomes an undirected edge of
 * the same weight, so A ↔ B weighs w(A → B) + w(B → A). A self-loop is listed once.
 */
export function undirected(edges: EdgeList): Adjacency {
  const keep: number[] = [];
  for (let e = 0; e < edges.from.length; e++) if (edges.from[e] !== edges.to[e]) keep.push(e);
  const pick = <T extends Int32Array | Float64Array>(source: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((e, i) => (out[i] = source[e]!));
    return out;
  };
  const from = pick(edges.from, (n) => new Int32Array(n));
  const to = pick(edges.to, (n) => new Int32Array(n));
  const weight = pick(edges.weight, (n) => new Float64Array(n));
  return compress(edges.nodeCount, from, to, weight, keep.length, { key: to, other: from });
}
