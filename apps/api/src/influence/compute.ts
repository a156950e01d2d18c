// The pure half of an influence run: from people and weighted edges to PageRank, percentiles and
// communities, with no database, so the run's arithmetic is tested (and benchmarked) on its own.
import type { EdgeList } from "./graph.ts";
import { louvain } from "./louvain.ts";
import { pageRank } from "./pagerank.ts";

/** People (database ids) and the interaction counts between them. */
export interface InteractionGraph {
  personIds: Int32Array;
  /** Database ids at both ends and the number of messages from → to. */
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

export interface GraphMeasures {
  /** Per position in personIds. */
  pageRank: Float64Array;
  pageRankPercentile: Float64Array;
  /** Louvain community per position, -1 for people with no interactions at all. */
  community: Int32Array;
  communityCount: number;
  modularity: number;
  /** Edges kept: both ends among the people, not a self-loop. */
  edgeCount: number;
}

/** Numbers people 0..n-1 and keeps the edges whose ends are both known people. */
export function indexGraph(graph: InteractionGraph): EdgeList {
  const position = new Map<number, number>();
  graph.personIds.forEach((id, i) => position.set(id, i));
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (let e = 0; e < graph.from.length; e++) {
    const a = position.get(graph.from[e]!);
    const b = position.get(graph.to[e]!);
    if (a === undefined || b === undefined || a === b) continue;
    from.push(a);
    to.push(b);
    weight.push(graph.weight[e]!);
  }
  return {
    nodeCount: graph.personIds.length,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    weight: Float64Array.from(weight),
  };
}

/** Share of the others whose value is strictly lower: 1 for the single top, 0 for the bottom and its ties. */
export function percentiles(values: Float64Array): Float64Array {
  const n = values.length;
  const result = new Float64Array(n);
  if (n < 2) return result;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let lower = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && values[order[k]!]! > values[order[k - 1]!]!) lower = k;
    result[order[k]!] = lower / (n - 1);
  }
  return result;
}

export function measureGraph(edges: EdgeList): GraphMeasures {
  const ranks = pageRank(edges).ranks;
  const found = louvain(edges);
  const degree = new Int32Array(edges.nodeCount);
  for (let e = 0; e < edges.from.length; e++) {
    degree[edges.from[e]!]!++;
    degree[edges.to[e]!]!++;
  }
  // Louvain leaves each isolated person alone in a community of one: that is no community.
  const community = new Int32Array(edges.nodeCount);
  const renumber = new Map<number, number>();
  for (let i = 0; i < edges.nodeCount; i++) {
    if (degree[i] === 0) community[i] = -1;
    else {
      const c = found.community[i]!;
      if (!renumber.has(c)) renumber.set(c, renumber.size);
      community[i] = renumber.get(c)!;
    }
  }
  return {
    pageRank: ranks,
    pageRankPercentile: percentiles(ranks),
    community,
    communityCount: renumber.size,
    modularity: found.modularity,
    edgeCount: edges.from.length,
  };
}

/**
 * Gives each found community the id it had in the previous run when more than half of its members
 * were in that one (the largest communities choose first), so `networkCommunityId` filters and
 * links survive a recomputation; the others get `null`, to be created.
 */
export function carryOverCommunityIds(
  community: Int32Array,
  count: number,
  previous: ArrayLike<number | null>,
): Array<number | null> {
  const members = Array.from({ length: count }, () => [] as number[]);
  for (let i = 0; i < community.length; i++)
    if (community[i]! >= 0) members[community[i]!]!.push(i);
  const ids: Array<number | null> = new Array(count).fill(null);
  const claimed = new Set<number>();
  const bySize = members
    .map((list, c) => [c, list] as const)
    .sort((a, b) => b[1].length - a[1].length);
  for (const [c, list] of bySize) {
    const overlap = new Map<number, number>();
    for (const i of list) {
      const before = previous[i];
      if (before != null) overlap.set(before, (overlap.get(before) ?? 0) + 1);
    }
    const [best, shared] = [...overlap]
      .filter(([id]) => !claimed.has(id))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [null, 0];
    if (best !== null && shared * 2 > list.length) {
      ids[c] = best;
      claimed.add(best);
    }
  }
  return ids;
}
