import type pg from "pg";
import { breachedSql } from "../cases/clock.ts";
import { ValidationError } from "../errors.ts";

export interface Overview {
  people: number;
  organizations: number;
  communities: number;
  openConversations: number;
  messagesLast24h: number;
  negativeMessagesLast24h: number;
  averageSentimentLast24h: number | null;
  touchpointsLast24h: number;
  openDeals: number;
  pipelineValue: string;
  wonValue: string;
  pendingMergeSuggestions: number;
  openAlerts: number;
  openCases: number;
  breachedCases: number;
  asOf: Date;
}

/** Negative enough that a person would call the message a complaint. */
export const negativeSentimentThreshold = -0.3;

/** The dashboard's headline numbers in one round trip, so the live page can refresh them cheaply. */
export async function loadOverview(pool: pg.Pool, now = new Date()): Promise<Overview> {
  const since = new Date(now.getTime() - 24 * 3600_000);
  const { rows } = await pool.query(
    `SELECT
      (SELECT count(*) FROM "Person" WHERE "mergedIntoId" IS NULL)::int AS people,
      (SELECT count(*) FROM "Organization")::int AS organizations,
      (SELECT count(*) FROM "Community")::int AS communities,
      (SELECT count(*) FROM "Conversation" WHERE status <> 'resolved')::int AS "openConversations",
      m.total::int AS "messagesLast24h",
      m.negative::int AS "negativeMessagesLast24h",
      m.sentiment AS "averageSentimentLast24h",
      (SELECT count(*) FROM "Touchpoint" WHERE "occurredAt" >= $1)::int AS "touchpointsLast24h",
      d.open::int AS "openDeals",
      d.pipeline::text AS "pipelineValue",
      d.won::text AS "wonValue",
      (SELECT count(*) FROM "MergeSuggestion" WHERE status = 'pending')::int AS "pendingMergeSuggestions",
      (SELECT count(*) FROM "Alert" WHERE "acknowledgedAt" IS NULL)::int AS "openAlerts",
      c.open::int AS "openCases",
      c.breached::int AS "breachedCases"
    FROM
      (SELECT count(*) AS total, count(*) FILTER (WHERE sentiment < $2) AS negative, avg(sentiment)::float8 AS sentiment
         FROM "Message" WHERE "postedAt" >= $1) m,
      (SELECT count(*) FILTER (WHERE status = 'open') AS open,
              coalesce(sum(amount) FILTER (WHERE status = 'open'), 0) AS pipeline,
              coalesce(sum(amount) FILTER (WHERE status = 'won'), 0) AS won
         FROM "Deal") d,
      (SELECT count(*) AS open, count(*) FILTER (WHERE ${breachedSql("k", "$3::timestamptz")}) AS breached
         FROM "Case" k WHERE k.status <> 'resolved') c`,
    [since, negativeSentimentThreshold, now],
  );
  return { ...rows[0], asOf: now };
}

export type VolumeInterval = "hour" | "day";

/** At most this many buckets per series: 31 days of hours, a year of days. */
export const maxVolumeBuckets = { hour: 31 * 24, day: 366 } as const satisfies Record<
  VolumeInterval,
  number
>;

export interface VolumePoint {
  /** The bucket's start (UTC, aligned to the hour or day). */
  start: Date;
  messages: number;
  negative: number;
  /** Null when no message of the bucket has a sentiment. */
  averageSentiment: number | null;
  /** negative / messages; null for an empty bucket. */
  negativeShare: number | null;
}

export interface MessageVolume {
  from: Date;
  to: Date;
  interval: VolumeInterval;
  /** All channels together, one point per bucket from `from` to `to`, empty buckets included. */
  total: VolumePoint[];
  /** Per channel that has messages in the range, most messages first; the same buckets. */
  channels: Array<{ channel: string; messages: number; points: VolumePoint[] }>;
}

/**
 * Inbound messages per channel and per hour or day in [from, to): count, average sentiment and
 * the share below the negative threshold. Inbound only, so the brand's own replies do not soften
 * the sentiment of the day. Buckets are UTC and every bucket is present, so a chart's axis is even.
 */
export async function loadMessageVolume(
  pool: pg.Pool,
  from: Date,
  to: Date,
  interval: VolumeInterval,
): Promise<MessageVolume> {
  if (!(to.getTime() > from.getTime()))
    throw new ValidationError(
      "to",
      `must be after from (${from.toISOString()}), got ${to.toISOString()}`,
    );
  const step = interval === "hour" ? 3_600_000 : 86_400_000;
  const buckets = Math.ceil((to.getTime() - Math.floor(from.getTime() / step) * step) / step);
  if (buckets > maxVolumeBuckets[interval]) {
    throw new ValidationError(
      "to",
      `is ${buckets} ${interval}s after from; at most ${maxVolumeBuckets[interval]} ${interval}s are allowed`,
    );
  }
  const { rows } = await pool.query<{
    start: Date;
    channel: string | null;
    messages: number;
    negative: number;
    averageSentiment: number | null;
  }>(
    `SELECT date_trunc($3, "postedAt") AS start, channel::text AS channel, count(*)::int AS messages,
            count(*) FILTER (WHERE sentiment < $4)::int AS negative, avg(sentiment)::float8 AS "averageSentiment"
       FROM "Message"
      WHERE "postedAt" >= $1 AND "postedAt" < $2 AND direction = 'inbound'
      GROUP BY GROUPING SETS ((1, 2), (1))`,
    [from, to, interval, negativeSentimentThreshold],
  );
  const starts = Array.from(
    { length: buckets },
    (_, i) => new Date((Math.floor(from.getTime() / step) + i) * step),
  );
  const series = (channel: string | null) => {
    const byStart = new Map(
      rows.filter((row) => row.channel === channel).map((row) => [row.start.getTime(), row]),
    );
    return starts.map((start): VolumePoint => {
      const row = byStart.get(start.getTime());
      if (!row)
        return { start, messages: 0, negative: 0, averageSentiment: null, negativeShare: null };
      return {
        start,
        messages: row.messages,
        negative: row.negative,
        averageSentiment: row.averageSentiment,
        negativeShare: row.negative / row.messages,
      };
    });
  };
  const channels = [...new Set(rows.flatMap((row) => (row.channel === null ? [] : [row.channel])))]
    .map((channel) => {
      const points = series(channel);
      return { channel, messages: points.reduce((sum, point) => sum + point.messages, 0), points };
    })
    .sort((a, b) => b.messages - a.messages || a.channel.localeCompare(b.channel));
  return { from, to, interval, total: series(null), channels };
}
