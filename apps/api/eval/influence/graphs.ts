// Graphs with known communities, and the measure that compares a found partition with the known
// one: what `pnpm bench influence` and the Louvain tests judge community detection by.
import { seededRandom } from "../../src/random.ts";

/** Zachary's karate club (1977): 34 members, 78 friendships, 0-based as in networkx. */
export const KARATE_EDGES: ReadonlyArray<readonly [number, number]> = Object.entries({
  0: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31],
  1: [2, 3, 7, 13, 17, 19, 21, 30],
  2: [3, 7, 8, 9, 13, 27, 28, 32],
  3: [7, 12, 13],
  4: [6, 10],
  5: [6, 10, 16],
  6: [16],
  8: [30, 32, 33],
  9: [33],
  13: [33],
  14: [32, 33],
  15: [32, 33],
  18: [32, 33],
  19: [33],
  20: [32, 33],
  22: [32, 33],
  23: [25, 27, 29, 32, 33],
  24: [25, 27, 31],
  25: [31],
  26: [29, 33],
  27: [33],
  28: [31, 33],
  29: [32, 33],
  30: [32, 33],
  31: [32, 33],
  32: [33],
}).flatMap(([from, tos]) => tos.map((to) => [Number(from), to] as const));

/** The club each member joined after the split: 0 for Mr. Hi's, 1 for the officer's (networkx's `club`). */
export const KARATE_CLUBS: readonly number[] = Array.from({ length: 34 }, (_, i) =>
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21].includes(i) ? 0 : 1,
);

export interface PlantedGraph {
  nodeCount: number;
  edges: Array<[number, number]>;
  truth: number[];
}

/**
 * A planted-partition graph: `groups` communities of `size` nodes; each node draws `degree` edge
 * ends, a share `mixing` of them to nodes outside its community. At mixing 0.5 and above the
 * communities stop being communities, so detection quality falls off there.
 */
export function plantedPartition(options: {
  groups: number;
  size: number;
  degree: number;
  mixing: number;
  seed: number;
}): PlantedGraph {
  const { groups, size, degree, mixing } = options;
  const random = seededRandom(options.seed).next;
  const nodeCount = groups * size;
  const truth = Array.from({ length: nodeCount }, (_, i) => Math.floor(i / size));
  const edges: Array<[number, number]> = [];
  const seen = new Set<number>();
  const perNode = degree / 2;
  for (let node = 0; node < nodeCount; node++) {
    for (let k = 0; k < perNode; k++) {
      const outside = random() < mixing;
      let other: number;
      do {
        other = outside
          ? Math.floor(random() * nodeCount)
          : truth[node]! * size + Math.floor(random() * size);
      } while (other === node || (outside && truth[other] === truth[node]));
      const key = Math.min(node, other) * nodeCount + Math.max(node, other);
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([node, other]);
    }
  }
  return { nodeCount, edges, truth };
}

/** Normalized mutual information of two partitions, I(A;B) / ((H(A) + H(B)) / 2): 1 when identical. */
export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
    const key = `${a[i]}:${b[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const entropy = (counts: Map<number, number>) =>
    [...counts.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let mutual = 0;
  for (const [key, c] of joint) {
    const [x, y] = key.split(":").map(Number) as [number, number];
    mutual += (c / n) * Math.log((c * n) / (countA.get(x)! * countB.get(y)!));
  }
  const hA = entropy(countA);
  const hB = entropy(countB);
  return hA + hB === 0 ? 1 : (2 * mutual) / (hA + hB);
}
