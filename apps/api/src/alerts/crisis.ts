// Crisis detection: is this hour's count of negative mentions of a brand well above what is usual
// for the same hour of the week? A robust z-score over a seasonal baseline: the median and the
// median absolute deviation (MAD) of the counts in the same window 1, 2, ... weeks earlier. Median
// and MAD ignore a past spike or two, which a mean and standard deviation would chase.

export interface CrisisParams {
  /** Robust z-score at or above which a count is a crisis (3.5: Iglewicz and Hoaglin's cut-off). */
  threshold: number;
  /** Fewest negative mentions in the window for an alert, whatever the baseline. */
  minCount: number;
  /** Same-hour-of-week samples needed for the seasonal baseline; with fewer the recent hours serve. */
  minWeeks: number;
}

export interface CrisisCounts {
  /** Negative mentions in the window that just ended. */
  current: number;
  /** The same window 1, 2, ... weeks earlier, only weeks inside the brand's history. */
  sameHourOfWeek: number[];
  /** The windows just before this one (the last week of hours), only inside the brand's history. */
  recentHours: number[];
}

export type BaselineMethod = "seasonal" | "recent" | "none";

export interface CrisisVerdict {
  crisis: boolean;
  method: BaselineMethod;
  /** The usual count: the median of the baseline samples (0 without history). */
  baseline: number;
  /** The spread the z-score divides by: 1.4826 × MAD, never below the Poisson √baseline (nor 1). */
  scale: number;
  z: number;
  samples: number;
}

/** Hourly samples the non-seasonal fallback needs: a day of history. */
export const MIN_RECENT_HOURS = 24;

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The verdict on one window. The baseline is seasonal when there are `minWeeks` same-hour-of-week
 * samples; with a shorter history, the last day or more of hours (no seasonality, a wider spread);
 * with less than a day, none (baseline 0), so only `minCount` guards. The MAD is floored at the
 * Poisson spread √baseline: counts of rare events often have a MAD of 0 (eight weeks of 0, 1, 0,
 * ...), and dividing by it would call any mention a crisis.
 */
export function judgeCrisis(counts: CrisisCounts, params: CrisisParams): CrisisVerdict {
  const method: BaselineMethod =
    counts.sameHourOfWeek.length >= params.minWeeks
      ? "seasonal"
      : counts.recentHours.length >= MIN_RECENT_HOURS
        ? "recent"
        : "none";
  const samples =
    method === "seasonal" ? counts.sameHourOfWeek : method === "recent" ? counts.recentHours : [];
  const baseline = median(samples);
  const mad = median(samples.map((value) => Math.abs(value - baseline)));
  const scale = Math.max(1.4826 * mad, Math.sqrt(Math.max(baseline, 1)));
  const z = (counts.current - baseline) / scale;
  return {
    crisis: counts.current >= params.minCount && z >= params.threshold,
    method,
    baseline,
    scale,
    z,
    samples: samples.length,
  };
}
