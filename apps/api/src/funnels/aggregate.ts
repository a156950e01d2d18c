// From each person's match to what the dashboard shows: counts per step, conversion, drop-off, time
// between steps, the time-to-convert histogram, the weekly trend and odds ratios. Pure.
import type { PersonMatch } from "./match.ts";

export interface PersonOutcome extends PersonMatch {
  personId: number;
  /**
   * With a breakdown: the value the person is counted under (of their attributed step's activity,
   * or of the person). Held on the outcome rather than in a map beside it: a map of every matched
   * person cost a funnel over 100k people more than its matching.
   */
  breakdownValue?: string | null;
}

export interface StepStats {
  name: string;
  count: number;
  conversionFromFirst: number;
  conversionFromPrevious: number;
  droppedOff: number;
  medianSecondsFromPrevious: number | null;
  p90SecondsFromPrevious: number | null;
}

/** Nearest-rank quantile of sorted values: the smallest value with at least q of them at or below it. */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * A person who reached step k counts at every step up to k. One pass counts people by their
 * furthest step, a second fills each step's gaps into a typed array, sorted numerically.
 */
export function stepStats(names: string[], outcomes: PersonOutcome[]): StepStats[] {
  const n = names.length;
  const byReached = new Int32Array(n + 1);
  for (const outcome of outcomes) byReached[Math.min(outcome.reached, n)]!++;
  // counts[k]: the people past step k (0-based), those whose furthest step is beyond it.
  const counts = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k--) counts[k] = counts[k + 1]! + byReached[k + 1]!;
  const gaps = names.map((_, k) => new Float64Array(k === 0 ? 0 : counts[k]!));
  const filled = new Int32Array(n);
  for (const outcome of outcomes) {
    const times = outcome.times;
    for (let k = 1; k < Math.min(outcome.reached, n); k++)
      gaps[k]![filled[k]!++] = (times[k]! - times[k - 1]!) / 1000;
  }
  return names.map((name, k) => {
    const sorted = gaps[k]!.sort();
    const previous = k === 0 ? counts[0]! : counts[k - 1]!;
    return {
      name,
      count: counts[k]!,
      conversionFromFirst: counts[0] ? counts[k]! / counts[0] : 0,
      conversionFromPrevious: previous ? counts[k]! / previous : 0,
      droppedOff: previous - counts[k]!,
      medianSecondsFromPrevious: k === 0 ? null : quantile(sorted, 0.5),
      p90SecondsFromPrevious: k === 0 ? null : quantile(sorted, 0.9),
    };
  });
}

export interface HistogramBin {
  fromSeconds: number;
  toSeconds: number;
  count: number;
}

export const HISTOGRAM_BINS = 10;

/**
 * Seconds from the first step to the last of the people who converted, in ten equal bins over the
 * window (no conversion takes longer): [from, to), the last bin closed.
 */
export function timeToConvert(
  outcomes: PersonOutcome[],
  stepCount: number,
  windowSeconds: number,
): HistogramBin[] {
  const width = Math.max(1, Math.ceil(windowSeconds / HISTOGRAM_BINS));
  const bins = Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({
    fromSeconds: i * width,
    toSeconds: (i + 1) * width,
    count: 0,
  }));
  for (const outcome of outcomes) {
    if (outcome.reached < stepCount) continue;
    const seconds = (outcome.times[stepCount - 1]! - outcome.times[0]!) / 1000;
    bins[Math.min(HISTOGRAM_BINS - 1, Math.floor(seconds / width))]!.count++;
  }
  return bins;
}

export interface TrendPoint {
  weekStart: Date;
  entered: number;
  converted: number;
  conversion: number;
}

const WEEK_MS = 7 * 86_400_000;
/** 1970-01-05 was a Monday: weeks start on Monday, 00:00 UTC. */
const FIRST_MONDAY_MS = 4 * 86_400_000;

/**
 * Entered and converted people per week of their first step. Weeks are keyed by their number
 * since the first Monday, a small integer, where a key in milliseconds would be a heap number
 * hashed per person.
 */
export function trendByWeek(outcomes: PersonOutcome[], stepCount: number): TrendPoint[] {
  const weeks = new Map<number, { entered: number; converted: number }>();
  for (const outcome of outcomes) {
    if (outcome.reached === 0) continue;
    const week = Math.floor((outcome.times[0]! - FIRST_MONDAY_MS) / WEEK_MS);
    let entry = weeks.get(week);
    if (!entry) {
      entry = { entered: 0, converted: 0 };
      weeks.set(week, entry);
    }
    entry.entered++;
    if (outcome.reached === stepCount) entry.converted++;
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, { entered, converted }]) => ({
      weekStart: new Date(week * WEEK_MS + FIRST_MONDAY_MS),
      entered,
      converted,
      conversion: converted / entered,
    }));
}

export interface OddsRatio {
  /** People with the feature who converted, and who did not; people without it, likewise. */
  withConverted: number;
  withDropped: number;
  withoutConverted: number;
  withoutDropped: number;
  oddsRatio: number;
  lower95: number;
  upper95: number;
  /** ln(odds ratio) over its standard error: how far from "no association" the evidence is. */
  z: number;
}

/** Odds ratio of converting with a feature against without it, with a Haldane-Anscombe half added to each cell. */
export function oddsRatio(
  withConverted: number,
  withDropped: number,
  withoutConverted: number,
  withoutDropped: number,
): OddsRatio {
  const [a, b, c, d] = [
    withConverted + 0.5,
    withDropped + 0.5,
    withoutConverted + 0.5,
    withoutDropped + 0.5,
  ];
  const log = Math.log((a * d) / (b * c));
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return {
    withConverted,
    withDropped,
    withoutConverted,
    withoutDropped,
    oddsRatio: Math.exp(log),
    lower95: Math.exp(log - 1.96 * se),
    upper95: Math.exp(log + 1.96 * se),
    z: log / se,
  };
}
