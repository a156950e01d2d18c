// The overview's charts as echarts options, built from `messageVolume` apart from drawing them.
import type { EChartsOption } from "echarts";
import { humanize } from "$lib/format.ts";
import type { MessageVolumeQuery } from "$lib/graphql/graphql.ts";

export type MessageVolume = MessageVolumeQuery["messageVolume"];

/** The ranges the overview offers: the last two days by the hour, or the last two weeks by the day. */
export const volumeRanges = {
  hours: { label: "Last 48 hours", interval: "HOUR", buckets: 48, step: 3_600_000 },
  days: { label: "Last 14 days", interval: "DAY", buckets: 14, step: 86_400_000 },
} as const;
export type VolumeRange = keyof typeof volumeRanges;

/**
 * The range ending with the bucket that holds `now` (its end rounded up to the interval), so the
 * variables stay the same within an hour or a day and a refresh keeps the chart on screen.
 */
export function volumeVariables(range: VolumeRange, now: number) {
  const { interval, buckets, step } = volumeRanges[range];
  const to = (Math.floor(now / step) + 1) * step;
  return {
    interval,
    from: new Date(to - buckets * step).toISOString(),
    to: new Date(to).toISOString(),
  };
}

const hourLabel = new Intl.DateTimeFormat("en", {
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});
const dayLabel = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });

/** Axis labels in UTC, as the buckets are. */
export function bucketLabels(volume: MessageVolume): string[] {
  const format = volume.interval === "HOUR" ? hourLabel : dayLabel;
  return volume.total.map((point) => format.format(new Date(point.start)));
}

const round = (value: number | null | undefined, digits: number) =>
  value == null ? null : Number(value.toFixed(digits));

/** Messages per bucket, one stacked bar series per channel (most messages first). */
export function volumeOption(volume: MessageVolume): EChartsOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { bottom: 0, type: "scroll" },
    grid: { left: 48, right: 16, top: 36, bottom: 64 },
    xAxis: { type: "category", data: bucketLabels(volume) },
    yAxis: { type: "value", name: "Messages", minInterval: 1 },
    series: volume.channels.map((channel) => ({
      name: humanize(channel.channel),
      type: "bar",
      stack: "messages",
      data: channel.points.map((point) => point.messages),
    })),
  };
}

/** Average sentiment (-1 to 1) and the share of negative messages (0 to 100 %), gaps where no messages came. */
export function sentimentOption(volume: MessageVolume): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 48, right: 56, top: 36, bottom: 64 },
    xAxis: { type: "category", data: bucketLabels(volume) },
    yAxis: [
      { type: "value", name: "Sentiment", min: -1, max: 1 },
      { type: "value", name: "Negative", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
    ],
    series: [
      {
        name: "Average sentiment",
        type: "line",
        connectNulls: false,
        data: volume.total.map((point) => round(point.averageSentiment, 3)),
        itemStyle: { color: "#3b4cca" },
      },
      {
        name: "Negative share",
        type: "line",
        yAxisIndex: 1,
        areaStyle: { opacity: 0.15 },
        data: volume.total.map((point) =>
          round(point.negativeShare == null ? null : point.negativeShare * 100, 1),
        ),
        itemStyle: { color: "#c62828" },
      },
    ],
  };
}
