// From each person's match to what the dashboard shows: counts per step, conversion, drop-off, time
// between steps, the time-to-convert histogram, the weekly trend and odds ratios. Pure.
import type { PersonMatch } from "./match.ts";
import type { MatchedPeople } from "./outcomes.ts";

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

export interface HistogramBin {
  fromSeconds: number;
  toSeconds: number;
  count: number;
}

export interface TrendPoint {
  weekStart: Date;
  entered: number;
  converted: number;
  conversion: number;
}

export const HISTOGRAM_BINS = 10;
const WEEK_MS = 7 * 86_400_000;
/** 1970-01-05 was a Monday: weeks start on Monday, 00:00 UTC. */
const FIRST_MONDAY_MS = 4 * 86_400_000;

/** The week of an instant (epoch milliseconds), numbered from the first Monday. */
const weekOf = (time: number): number => Math.floor((time - FIRST_MONDAY_MS) / WEEK_MS);

/**
 * Numbers kept sorted as they come and go. Changes are queued and merged in on the next read, in
 * one pass for all of them, so a live funnel's update of a hundred people costs a pass over the
 * sorted gaps, not a sort; adding everything at once costs one sort, as sorting would.
 */
class SortedValues {
  private added: number[] = [];
  private removed: number[] = [];

  constructor(private values: Float64Array = new Float64Array(0)) {}

  add(value: number): void {
    this.added.push(value);
  }

  /** `value` must be one added before. */
  remove(value: number): void {
    this.removed.push(value);
  }

  sorted(): Float64Array {
    if (this.added.length === 0 && this.removed.length === 0) return this.values;
    const added = Float64Array.from(this.added).sort();
    const removed = Float64Array.from(this.removed).sort();
    const [values, merged] = [
      this.values,
      new Float64Array(this.values.length + added.length - removed.length),
    ];
    let [i, j, r, out] = [0, 0, 0, 0];
    while (i < values.length || j < added.length) {
      const next =
        j === added.length || (i < values.length && values[i]! <= added[j]!)
          ? values[i++]!
          : added[j++]!;
      if (r < removed.length && removed[r] === next) r++;
      else merged[out++] = next;
    }
    this.values = merged;
    this.added = [];
    this.removed = [];
    return merged;
  }
}

/**
 * What the dashboard shows of a set of outcomes, kept as outcomes come and go: people by furthest
 * step (a person who reached step k counts at every step up to k), each step's seconds from the
 * previous one as sorted values, the time-to-convert bins and the weekly counts. A query adds its
 * outcomes once; a saved funnel removes a rematched person's old outcome and adds the new one.
 */
export class OutcomeAggregates {
  private readonly byReached: Int32Array;
  private readonly gaps: SortedValues[];
  private readonly bins = new Int32Array(HISTOGRAM_BINS);
  private readonly binSeconds: number;
  /** Weeks are keyed by their number since the first Monday, a small integer (a key in milliseconds would be a heap number hashed per person). */
  private readonly weeks = new Map<number, { entered: number; converted: number }>();

  constructor(
    private readonly names: string[],
    windowSeconds: number,
  ) {
    this.byReached = new Int32Array(names.length + 1);
    this.gaps = names.map(() => new SortedValues());
    this.binSeconds = Math.max(1, Math.ceil(windowSeconds / HISTOGRAM_BINS));
  }

  static of(names: string[], windowSeconds: number, outcomes: PersonOutcome[]): OutcomeAggregates {
    const aggregates = new OutcomeAggregates(names, windowSeconds);
    for (const outcome of outcomes) aggregates.add(outcome);
    return aggregates;
  }

  /**
   * The aggregates of matched people's columns (of the rows `rows` only, when given), in passes
   * over typed arrays: each step's gaps are written into one array and sorted once, and the weeks
   * counted in arrays over the weeks' range, with no object or map entry per person.
   */
  static ofColumns(
    names: string[],
    windowSeconds: number,
    matched: MatchedPeople,
    rows: Int32Array | null = null,
  ): OutcomeAggregates {
    const aggregates = new OutcomeAggregates(names, windowSeconds);
    const n = names.length;
    const count = rows ? rows.length : matched.length;
    const { reached, times } = matched;
    const stride = matched.stepCount;
    const byReached = aggregates.byReached;
    let [firstWeek, lastWeek] = [Infinity, -Infinity];
    for (let j = 0; j < count; j++) {
      const row = rows ? rows[j]! : j;
      byReached[Math.min(reached[row]!, n)]!++;
      const week = weekOf(times[row * stride]!);
      if (week < firstWeek) firstWeek = week;
      if (week > lastWeek) lastWeek = week;
    }
    if (count === 0) return aggregates;
    // gaps[k] holds the people past step k (0-based): those whose furthest step is beyond it.
    const gaps: Float64Array[] = [new Float64Array(0)];
    let past = byReached[n]!;
    const filled = new Int32Array(n);
    for (let k = n - 1; k >= 1; k--) {
      gaps[k] = new Float64Array(past);
      past += byReached[k]!;
    }
    const entered = new Int32Array(lastWeek - firstWeek + 1);
    const converted = new Int32Array(entered.length);
    const bins = aggregates.bins;
    for (let j = 0; j < count; j++) {
      const row = rows ? rows[j]! : j;
      const r = Math.min(reached[row]!, n);
      const at = row * stride;
      for (let k = 1; k < r; k++)
        gaps[k]![filled[k]!++] = (times[at + k]! - times[at + k - 1]!) / 1000;
      const week = weekOf(times[at]!) - firstWeek;
      entered[week]!++;
      if (r >= n) {
        const seconds = (times[at + n - 1]! - times[at]!) / 1000;
        bins[aggregates.binOf(seconds)]!++;
        converted[week]!++;
      }
    }
    for (let k = 1; k < n; k++) aggregates.gaps[k] = new SortedValues(gaps[k]!.sort());
    for (let w = 0; w < entered.length; w++)
      if (entered[w]! > 0)
        aggregates.weeks.set(w + firstWeek, { entered: entered[w]!, converted: converted[w]! });
    return aggregates;
  }

  /** People counted: those who reached step 1. */
  get size(): number {
    return this.byReached.reduce((sum, count, reached) => (reached > 0 ? sum + count : sum), 0);
  }

  add(outcome: PersonOutcome): void {
    this.change(outcome, 1);
  }

  /** The time-to-convert bin of a conversion that took `seconds` (the last bin is closed). */
  private binOf(seconds: number): number {
    return Math.min(HISTOGRAM_BINS - 1, Math.floor(seconds / this.binSeconds));
  }

  /** `outcome` must be one added before. */
  remove(outcome: PersonOutcome): void {
    this.change(outcome, -1);
  }

  private change(outcome: PersonOutcome, by: 1 | -1): void {
    const n = this.names.length;
    const { reached, times } = outcome;
    if (reached === 0) return;
    this.byReached[Math.min(reached, n)]! += by;
    for (let k = 1; k < Math.min(reached, n); k++) {
      const gap = (times[k]! - times[k - 1]!) / 1000;
      if (by > 0) this.gaps[k]!.add(gap);
      else this.gaps[k]!.remove(gap);
    }
    const converted = reached >= n;
    if (converted) {
      const seconds = (times[n - 1]! - times[0]!) / 1000;
      this.bins[this.binOf(seconds)]! += by;
    }
    const week = weekOf(times[0]!);
    let entry = this.weeks.get(week);
    if (!entry) {
      entry = { entered: 0, converted: 0 };
      this.weeks.set(week, entry);
    }
    entry.entered += by;
    if (converted) entry.converted += by;
    if (entry.entered === 0) this.weeks.delete(week);
  }

  steps(): StepStats[] {
    const n = this.names.length;
    // counts[k]: the people past step k (0-based), those whose furthest step is beyond it.
    const counts = new Int32Array(n + 1);
    for (let k = n - 1; k >= 0; k--) counts[k] = counts[k + 1]! + this.byReached[k + 1]!;
    return this.names.map((name, k) => {
      const previous = k === 0 ? counts[0]! : counts[k - 1]!;
      const sorted = k === 0 ? null : this.gaps[k]!.sorted();
      return {
        name,
        count: counts[k]!,
        conversionFromFirst: counts[0] ? counts[k]! / counts[0] : 0,
        conversionFromPrevious: previous ? counts[k]! / previous : 0,
        droppedOff: previous - counts[k]!,
        medianSecondsFromPrevious: sorted && quantile(sorted, 0.5),
        p90SecondsFromPrevious: sorted && quantile(sorted, 0.9),
      };
    });
  }

  /**
   * Seconds from the first step to the last of the people who converted, in ten equal bins over
   * the window (no conversion takes longer): [from, to), the last bin closed.
   */
  timeToConvert(): HistogramBin[] {
    return Array.from(this.bins, (count, i) => ({
      fromSeconds: i * this.binSeconds,
      toSeconds: (i + 1) * this.binSeconds,
      count,
    }));
  }

  /** Entered and converted people per week of their first step. */
  trend(): TrendPoint[] {
    return [...this.weeks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([week, { entered, converted }]) => ({
        weekStart: new Date(week * WEEK_MS + FIRST_MONDAY_MS),
        entered,
        converted,
        conversion: converted / entered,
      }));
  }
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
