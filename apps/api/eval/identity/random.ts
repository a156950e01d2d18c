// A seeded pseudo-random source, so the same seed always yields the same
// evaluation set and results can be compared across changes.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  chance(probability: number): boolean;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by rank with Zipf-like weights 1/(rank+offset)^exponent: a few common values, a long tail. */
  zipf<T>(items: readonly T[], exponent?: number): T;
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  digits(count: number): string;
}

/** mulberry32: tiny, fast and well distributed enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  const random: Random = {
    next,
    chance: (probability) => next() < probability,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
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
    weighted(choices) {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let target = next() * total;
      for (const [value, weight] of choices) {
        target -= weight;
        if (target < 0) return value;
      }
      return choices[choices.length - 1]![0];
    },
    digits: (count) => Array.from({ length: count }, () => Math.floor(next() * 10)).join(""),
  };
  return random;
}
