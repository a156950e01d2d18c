import { describe, expect, test } from "vitest";
import {
  bucketLabels,
  type MessageVolume,
  sentimentOption,
  volumeOption,
  volumeVariables,
} from "./volume-charts.ts";

const point = (
  start: string,
  messages: number,
  averageSentiment: number | null,
  negativeShare: number | null,
) => ({
  start,
  messages,
  negative: Math.round((negativeShare ?? 0) * messages),
  averageSentiment,
  negativeShare,
});

const volume: MessageVolume = {
  interval: "HOUR",
  total: [
    point("2026-12-01T09:00:00.000Z", 3, -0.2, 2 / 3),
    point("2026-12-01T10:00:00.000Z", 0, null, null),
  ],
  channels: [
    {
      channel: "SUPPORT_TICKET",
      messages: 2,
      points: [
        { start: "2026-12-01T09:00:00.000Z", messages: 2 },
        { start: "2026-12-01T10:00:00.000Z", messages: 0 },
      ],
    },
    {
      channel: "EMAIL",
      messages: 1,
      points: [
        { start: "2026-12-01T09:00:00.000Z", messages: 1 },
        { start: "2026-12-01T10:00:00.000Z", messages: 0 },
      ],
    },
  ],
};

describe("the overview's volume charts", () => {
  test("the range ends with the current hour or day, so it stays the same until the next one begins", () => {
    const at = (iso: string) => new Date(iso).getTime();
    expect(volumeVariables("hours", at("2026-12-01T10:15:00Z"))).toEqual({
      interval: "HOUR",
      from: "2026-11-29T11:00:00.000Z",
      to: "2026-12-01T11:00:00.000Z",
    });
    expect(volumeVariables("hours", at("2026-12-01T10:59:59Z"))).toEqual(
      volumeVariables("hours", at("2026-12-01T10:00:00Z")),
    );
    expect(volumeVariables("days", at("2026-12-01T10:15:00Z"))).toEqual({
      interval: "DAY",
      from: "2026-11-18T00:00:00.000Z",
      to: "2026-12-02T00:00:00.000Z",
    });
  });

  test("one stacked bar series per channel, and sentiment with the negative share in percent, gaps left empty", () => {
    expect(bucketLabels(volume)).toEqual(["Tue 09:00", "Tue 10:00"]);
    const bars = volumeOption(volume).series as Array<{
      name: string;
      stack: string;
      data: number[];
    }>;
    expect(bars.map((s) => [s.name, s.stack, s.data])).toEqual([
      ["support ticket", "messages", [2, 0]],
      ["email", "messages", [1, 0]],
    ]);
    const lines = sentimentOption(volume).series as Array<{
      name: string;
      data: Array<number | null>;
    }>;
    expect(lines.map((s) => [s.name, s.data])).toEqual([
      ["Average sentiment", [-0.2, null]],
      ["Negative share", [66.7, null]],
    ]);
  });
});
