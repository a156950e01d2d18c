// One seeded pseudo-random source for everything that must come out the same on every machine and
// every run: the demo world, the evaluation sets and benches, Louvain's visiting order, property
// tests. The same seed always yields the same sequence, so results compare across changes and a
// failure can be replayed.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  chance(probability: number): boolean;
  int(minInclusive: number, maxInclusive: number): number;
  /** A real number in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** Picks by rank with Zipf-like weights 1/(rank+2)^exponent: a few common values, a long tail. */
  zipf<T>(items: readonly T[], exponent?: number): T;
  /** Waiting times of a process without memory: most short, a few long. */
  exponential(mean: number): number;
  digits(count: number): string;
}

/** mulberry32: tiny, fast and well distributed enough for test data, without a dependency. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  return {
    next,
    chance: (probability) => next() < probability,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items, weight) {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let roll = next() * total;
      for (const item of items) {
        roll -= weight(item);
        if (roll < 0) return item;
      }
      return items[items.length - 1]!;
    },
    zipf(items, exponent = 1) {
      let cumulative = zipfTables.get(items);
      if (!cumulative) {
        cumulative = new Float64Array(items.length);
        let total = 0;
        for (let i = 0; i < items.length; i++) {
          total += 1 / (i + 2) ** exponent;
          cumulative[i] = total;
        }
        zipfTables.set(items, cumulative);
      }
      const target = next() * cumulative[cumulative.length - 1]!;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cumulative[mid]! < target) low = mid + 1;
        else high = mid;
      }
      return items[low]!;
    },
    exponential: (mean) => -Math.log(1 - next()) * mean,
    digits: (count) => Array.from({ length: count }, () => Math.floor(next() * 10)).join(""),
  };
}

/** The weight of a `[value, weight]` row, for `weighted` over such tables. */
export const byWeight = ([, weight]: readonly [unknown, number]): number => weight;
