/** A small seeded PRNG (mulberry32) so the demo is the same on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /** A real number in [min, max). */
    between: (min: number, max: number) => min + next() * (max - min),
    pick,
    chance: (p: number) => next() < p,
    /** One of `items`, each as likely as its weight. */
    weighted: <T>(items: readonly T[], weight: (item: T) => number): T => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let roll = next() * total;
      for (const item of items) {
        roll -= weight(item);
        if (roll < 0) return item;
      }
      return items[items.length - 1]!;
    },
    /** Waiting times of a process without memory: most short, a few long. */
    exponential: (mean: number) => -Math.log(1 - next()) * mean,
  };
}

export type Random = ReturnType<typeof seededRandom>;
