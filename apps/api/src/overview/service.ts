import type pg from "pg";

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
      (SELECT count(*) FROM "MergeSuggestion" WHERE status = 'pending')::int AS "pendingMergeSuggestions"
    FROM
      (SELECT count(*) AS total, count(*) FILTER (WHERE sentiment < $2) AS negative, avg(sentiment)::float8 AS sentiment
         FROM "Message" WHERE "postedAt" >= $1) m,
      (SELECT count(*) FILTER (WHERE status = 'open') AS open,
              coalesce(sum(amount) FILTER (WHERE status = 'open'), 0) AS pipeline,
              coalesce(sum(amount) FILTER (WHERE status = 'won'), 0) AS won
         FROM "Deal") d`,
    [since, negativeSentimentThreshold],
  );
  return { ...rows[0], asOf: now };
}
