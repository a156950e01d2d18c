import { type EdgeList, incoming } from "./graph.ts";

export interface PageRankOptions {
  /** Probability of following an edge rather than jumping to a random person. */
  damping?: number;
  /** Stop when the ranks move by less than this in total (L1) between two iterations. */
  tolerance?: number;
  maxIterations?: number;
}

export interface PageRankResult {
  /** Rank per node; the ranks sum to 1. */
  ranks: Float64Array;
  iterations: number;
}

/**
 * Weighted PageRank by power iteration, the standard formulation that graphology-metrics and
 * networkx compute: a walker follows an out-edge with probability `damping`, chosen in proportion
 * to its weight, and otherwise jumps to anyone; a node without out-edges (dangling) spreads its
 * whole rank evenly over every node. Each iteration pulls from incoming edges, O(n + m).
 */
export function pageRank(edges: EdgeList, options: PageRankOptions = {}): PageRankResult {
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const n = edges.nodeCount;
  if (n === 0) return { ranks: new Float64Array(0), iterations: 0 };

  const outWeight = new Float64Array(n);
  for (let e = 0; e < edges.from.length; e++) outWeight[edges.from[e]!]! += edges.weight[e]!;
  const into = incoming(edges);
  let ranks = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // A node's rank divided by its out-weight: what one unit of edge weight carries from it.
  const share = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (outWeight[i] === 0) dangling += ranks[i]!;
      else share[i] = ranks[i]! / outWeight[i]!;
    }
    const base = (1 - damping) / n + (damping * dangling) / n;
    let change = 0;
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = into.offsets[j]!, end = into.offsets[j + 1]!; k < end; k++)
        sum += share[into.targets[k]!]! * into.weights[k]!;
      const rank = base + damping * sum;
      next[j] = rank;
      change += Math.abs(rank - ranks[j]!);
    }
    [ranks, next] = [next, ranks];
    if (change < tolerance) break;
  }
  return { ranks, iterations };
}
