import { describe, expect, test } from "vitest";
import { seededRandom } from "../random.ts";
import { type CrisisCounts, judgeCrisis, median } from "./crisis.ts";
import { defaultParams } from "./rules.ts";

const params = defaultParams.crisis;
const HOURS_PER_WEEK = 168;

function poisson(rate: number, next: () => number): number {
  // Knuth's method for small rates, a normal approximation for large ones.
  if (rate > 50)
    return Math.max(
      0,
      Math.round(
        rate +
          Math.sqrt(rate) *
            Math.sqrt(-2 * Math.log(next() || 1e-12)) *
            Math.cos(2 * Math.PI * next()),
      ),
    );
  const limit = Math.exp(-rate);
  let k = 0;
  for (let p = next(); p > limit; p *= next()) k++;
  return k;
}

/**
 * Hourly negative mentions of a brand with a daily rhythm (quiet nights, busy evenings) and a
 * weekly one (busier weekends), Poisson noise around it: what a brand's ordinary weeks look like.
 */
function seasonalCounts(weeks: number, peak: number, next: () => number): number[] {
  return Array.from({ length: weeks * HOURS_PER_WEEK }, (_, hour) => {
    const hourOfDay = hour % 24;
    const day = Math.floor(hour / 24) % 7;
    const daily = 0.15 + 0.85 * Math.max(0, Math.sin(((hourOfDay - 6) / 24) * 2 * Math.PI)) ** 2;
    const weekly = day >= 5 ? 1.3 : 1;
    return poisson(peak * daily * weekly, next);
  });
}

/** The counts the evaluator reads for hour `at` of a series, with `historyWeeks` weeks before it kept. */
function countsAt(series: number[], at: number, current = series[at]!): CrisisCounts {
  const sameHourOfWeek: number[] = [];
  for (let k = 1; k <= params.weeks && at - k * HOURS_PER_WEEK >= 0; k++)
    sameHourOfWeek.push(series[at - k * HOURS_PER_WEEK]!);
  const recentHours = series.slice(Math.max(0, at - HOURS_PER_WEEK), at);
  return { current, sameHourOfWeek, recentHours };
}

describe("the crisis method: a robust z-score over the same hour of the week", () => {
  test("median and MAD: a past spike does not move the baseline", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const verdict = judgeCrisis(
      { current: 30, sameHourOfWeek: [5, 6, 4, 5, 90, 6, 5, 4], recentHours: [] },
      params,
    );
    expect(verdict).toMatchObject({ crisis: true, method: "seasonal", baseline: 5, samples: 8 });
    expect(verdict.z).toBeGreaterThan(8);
  });

  test("a generated spike is detected, at quiet and at busy hours, for small and large brands", () => {
    const next = seededRandom(7).next;
    let detected = 0;
    let spikes = 0;
    for (const peak of [4, 15, 60]) {
      const series = seasonalCounts(12, peak, next);
      for (let at = 8 * HOURS_PER_WEEK; at < series.length; at += 7) {
        const usual = series[at]!;
        // A spike: four times the usual count for this hour, and at least the rule's minimum.
        const spike = Math.max(params.minCount, 4 * usual + 5);
        spikes++;
        if (judgeCrisis(countsAt(series, at, spike), params).crisis) detected++;
      }
    }
    expect(spikes).toBeGreaterThan(200);
    expect(detected / spikes).toBeGreaterThan(0.95);
  });

  test("ordinary seasonal noise raises almost no alarm: the false-alarm rate is below 0.5% of hours", () => {
    const next = seededRandom(11).next;
    let alarms = 0;
    let hours = 0;
    for (const peak of [2, 4, 15, 60, 150]) {
      const series = seasonalCounts(20, peak, next);
      for (let at = 8 * HOURS_PER_WEEK; at < series.length; at++) {
        hours++;
        if (judgeCrisis(countsAt(series, at), params).crisis) alarms++;
      }
    }
    expect(hours).toBe(5 * 12 * HOURS_PER_WEEK);
    // The figure the README quotes: measured on these 10,080 brand-hours.
    console.info(
      `crisis false alarms on seasonal noise: ${alarms} of ${hours} hours (${((100 * alarms) / hours).toFixed(2)}%)`,
    );
    expect(alarms / hours).toBeLessThan(0.005);
  });

  test("a short history falls back to the recent hours, and none at all to the minimum count", () => {
    const next = seededRandom(5).next;
    const series = seasonalCounts(2, 15, next);
    const at = series.length - 1;
    const short = countsAt(series, at, 80);
    expect(short.sameHourOfWeek.length).toBeLessThan(params.minWeeks);
    expect(judgeCrisis(short, params)).toMatchObject({ crisis: true, method: "recent" });
    expect(judgeCrisis(countsAt(series, at), params).crisis).toBe(false);
    // No history: a brand-new brand alerts only on the minimum count of negative mentions.
    expect(
      judgeCrisis({ current: params.minCount - 1, sameHourOfWeek: [], recentHours: [] }, params),
    ).toMatchObject({ crisis: false, method: "none" });
    expect(
      judgeCrisis({ current: params.minCount, sameHourOfWeek: [], recentHours: [] }, params),
    ).toMatchObject({ crisis: true, method: "none" });
  });

  test("rare mentions (a MAD of 0) need the minimum count and the Poisson spread, not one mention", () => {
    const verdict = judgeCrisis(
      { current: 3, sameHourOfWeek: [0, 1, 0, 0, 1, 0, 0, 0], recentHours: [] },
      params,
    );
    expect(verdict.scale).toBe(1);
    expect(verdict.crisis).toBe(false);
  });
});
