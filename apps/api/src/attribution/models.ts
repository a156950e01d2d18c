// Attribution models: how one conversion's credit (always summing to one) is shared among the
// touches before it. Pure; the service loads conversions and touches and sums the credits.

export type AttributionModel =
  | "first_touch"
  | "last_touch"
  | "linear"
  | "time_decay"
  | "position_based"
  | "data_driven";

export const ATTRIBUTION_MODELS: AttributionModel[] = [
  "first_touch",
  "last_touch",
  "linear",
  "time_decay",
  "position_based",
  "data_driven",
];

export const HALF_LIFE_MS = 7 * 86_400_000;

export interface Touch {
  /** Milliseconds since the epoch. */
  t: number;
  /** The state the data-driven model knows the touch by: its group (campaign, channel, source or department). */
  group: string;
}

/**
 * Credits of the touches of one conversion at `conversionT`, in the touches' order (oldest first),
 * summing to one. `removalEffect` is the data-driven model's weight of each group.
 */
export function creditTouches(
  touches: Touch[],
  conversionT: number,
  model: AttributionModel,
  removalEffect?: Map<string, number>,
): number[] {
  const n = touches.length;
  if (n === 0) return [];
  const only = (index: number) => touches.map((_, i) => (i === index ? 1 : 0));
  switch (model) {
    case "first_touch":
      return only(0);
    case "last_touch":
      return only(n - 1);
    case "linear":
      return touches.map(() => 1 / n);
    case "time_decay":
      return normalize(touches.map((touch) => 2 ** (-(conversionT - touch.t) / HALF_LIFE_MS)));
    case "position_based":
      // 40% to the first touch, 40% to the last, 20% shared by those between.
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      return touches.map((_, i) => (i === 0 || i === n - 1 ? 0.4 : 0.2 / (n - 2)));
    case "data_driven": {
      const weights = touches.map((touch) => removalEffect?.get(touch.group) ?? 0);
      // A path whose every group has no effect shares like the linear model.
      return weights.some((w) => w > 0) ? normalize(weights) : touches.map(() => 1 / n);
    }
  }
}

function normalize(weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

export interface Journey {
  /** Groups of the touches, oldest first. */
  groups: string[];
  converted: boolean;
}

/**
 * The Markov removal effect of each group: a first-order chain over START, the groups, CONVERSION
 * and NULL built from the journeys; the effect of a group is the share of the probability of
 * reaching CONVERSION from START that is lost when the group is removed (its visits lead to NULL).
 */
export function markovRemovalEffects(journeys: Journey[]): Map<string, number> {
  const groups = [...new Set(journeys.flatMap((j) => j.groups))].sort();
  const index = new Map(groups.map((group, i) => [group, i + 1]));
  // States: 0 = START, 1..g = groups; outcomes CONVERSION and NULL are absorbing, kept apart.
  const size = groups.length + 1;
  const transitions = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const toConversion = new Array<number>(size).fill(0);
  const outgoing = new Array<number>(size).fill(0);
  for (const journey of journeys) {
    let from = 0;
    for (const group of journey.groups) {
      const to = index.get(group)!;
      transitions[from]![to]!++;
      outgoing[from]!++;
      from = to;
    }
    if (journey.converted) toConversion[from]!++;
    outgoing[from]!++;
  }
  const conversion = (removed?: number) => absorption(transitions, toConversion, outgoing, removed);
  const base = conversion();
  return new Map(groups.map((group, i) => [group, base > 0 ? 1 - conversion(i + 1) / base : 0]));
}

/**
 * Probability of ending in CONVERSION from START, by solving p = P p + c (Gaussian elimination with
 * partial pivoting); a removed state converts with probability 0.
 */
function absorption(
  transitions: number[][],
  toConversion: number[],
  outgoing: number[],
  removed?: number,
): number {
  const size = transitions.length;
  const a = Array.from({ length: size }, (_, i) => {
    const row = new Array<number>(size + 1).fill(0);
    row[i] = 1;
    if (i === removed || outgoing[i] === 0) return row;
    for (let j = 0; j < size; j++) if (j !== removed) row[j]! -= transitions[i]![j]! / outgoing[i]!;
    row[size] = toConversion[i]! / outgoing[i]!;
    return row;
  });
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    if (Math.abs(p) < 1e-15) continue;
    for (let r = 0; r < size; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / p;
      if (factor === 0) continue;
      for (let c = col; c <= size; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a[0]![size]! / a[0]![0]!;
}
