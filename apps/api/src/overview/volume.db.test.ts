import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../../../../tests/support/api.ts";
import type { MessageVolumeInterval } from "../../../../tests/support/graphql/graphql.ts";
import { graphql } from "../../../../tests/support/graphql/index.ts";

/*
 * Seven messages over two days, written with their sentiment so every figure below is computed by
 * hand: negative means a sentiment below -0.3.
 *   Dec 1 09:xx  twitter  -0.8, -0.4        (2 negative of 2)
 *   Dec 1 09:xx  email     0.6              (0 of 1)
 *   Dec 1 11:xx  twitter   0.2, no sentiment (0 of 2)
 *   Dec 2 10:xx  phone    -0.9              (1 of 1)
 *   Dec 1 09:30  email     outbound -1.0    (left out: our own reply)
 *   Nov 30 23:59 twitter  -1.0              (before the range)
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const author = await api.db.prisma.person.create({ data: { displayName: "Ana" } });
  const conversation = await api.db.prisma.conversation.create({
    data: {
      source: "fixture",
      sourceId: "c1",
      channel: "twitter",
      startedAt: new Date("2026-11-30T00:00:00Z"),
      lastMessageAt: new Date("2026-12-02T10:00:00Z"),
    },
  });
  const message = (
    id: string,
    channel: "twitter" | "email" | "phone",
    at: string,
    sentiment: number | null,
    direction: "inbound" | "outbound" = "inbound",
  ) => ({
    source: "fixture",
    sourceId: id,
    conversationId: conversation.id,
    authorId: author.id,
    channel,
    direction,
    text: id,
    postedAt: new Date(at),
    sentiment,
  });
  await api.db.prisma.message.createMany({
    data: [
      message("t1", "twitter", "2026-12-01T09:05:00Z", -0.8),
      message("t2", "twitter", "2026-12-01T09:55:00Z", -0.4),
      message("e1", "email", "2026-12-01T09:20:00Z", 0.6),
      message("t3", "twitter", "2026-12-01T11:00:00Z", 0.2),
      message("t4", "twitter", "2026-12-01T11:59:59Z", null),
      message("p1", "phone", "2026-12-02T10:00:00Z", -0.9),
      message("o1", "email", "2026-12-01T09:30:00Z", -1, "outbound"),
      message("t0", "twitter", "2026-11-30T23:59:00Z", -1),
    ],
  });
});
afterAll(async () => api?.close());

const VOLUME = graphql(`
  query Volume($from: DateTime!, $to: DateTime!, $interval: MessageVolumeInterval!) {
    messageVolume(from: $from, to: $to, interval: $interval) {
      from to interval
      total { start messages negative averageSentiment negativeShare }
      channels { channel messages points { start messages negative averageSentiment negativeShare } }
    }
  }
`);

describe("messageVolume", () => {
  test("counts inbound messages per day and channel, with average sentiment and negative share", async () => {
    const { data, errors } = await api.gql(
      VOLUME,
      { from: "2026-12-01T00:00:00Z", to: "2026-12-03T00:00:00Z", interval: "DAY" },
      await api.keyFor("viewer"),
    );
    expect(errors).toBeUndefined();
    const volume = data!.messageVolume;
    expect(volume.interval).toBe("DAY");
    // Dec 1: five inbound messages, sentiments -0.8 -0.4 0.6 0.2 (one without): average -0.1, 2 of 5 negative.
    expect(volume.total).toEqual([
      {
        start: "2026-12-01T00:00:00.000Z",
        messages: 5,
        negative: 2,
        averageSentiment: expect.closeTo(-0.1, 9),
        negativeShare: 0.4,
      },
      {
        start: "2026-12-02T00:00:00.000Z",
        messages: 1,
        negative: 1,
        averageSentiment: expect.closeTo(-0.9, 9),
        negativeShare: 1,
      },
    ]);
    expect(
      volume.channels.map((c: { channel: string; messages: number }) => [c.channel, c.messages]),
    ).toEqual([
      ["TWITTER", 4],
      ["EMAIL", 1],
      ["PHONE", 1],
    ]);
    const twitter = volume.channels[0];
    expect(twitter.points).toEqual([
      {
        start: "2026-12-01T00:00:00.000Z",
        messages: 4,
        negative: 2,
        averageSentiment: expect.closeTo(-1 / 3, 9),
        negativeShare: 0.5,
      },
      {
        start: "2026-12-02T00:00:00.000Z",
        messages: 0,
        negative: 0,
        averageSentiment: null,
        negativeShare: null,
      },
    ]);
  });

  test("by the hour, every hour of the range is there, the empty ones as zero", async () => {
    const { data, errors } = await api.gql(VOLUME, {
      from: "2026-12-01T09:00:00Z",
      to: "2026-12-01T12:00:00Z",
      interval: "HOUR",
    });
    expect(errors).toBeUndefined();
    expect(
      data!.messageVolume.total.map((p) => [p.start.slice(11, 13), p.messages, p.negativeShare]),
    ).toEqual([
      ["09", 3, 2 / 3],
      ["10", 0, null],
      ["11", 2, 0],
    ]);
    const email = data!.messageVolume.channels.find((c) => c.channel === "EMAIL");
    expect(email?.points.map((p) => p.averageSentiment)).toEqual([0.6, null, null]);
  });

  test("refuses a range that is empty, reversed or too long, naming the argument", async () => {
    for (const variables of <Array<{ from: string; to: string; interval: MessageVolumeInterval }>>[
      { from: "2026-12-01T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: "DAY" },
      { from: "2026-12-02T00:00:00Z", to: "2026-12-01T00:00:00Z", interval: "HOUR" },
      { from: "2026-01-01T00:00:00Z", to: "2026-03-01T00:00:00Z", interval: "HOUR" },
      { from: "2024-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z", interval: "DAY" },
    ]) {
      const { errors } = await api.gql(VOLUME, variables);
      expect(errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "to",
      });
    }
  });
});
