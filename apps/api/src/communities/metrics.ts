// Who joins a community, who stays, and how quickly newcomers are answered.
//
// A member's activity is each message they posted in the community and their membership's
// `lastActiveAt` (a source may know that someone was active without sending the messages). A
// member joined at `joinedAt`, or at their first activity when the source gave no join date.
import type pg from "pg";
import { ValidationError } from "../errors.ts";
import { quantile } from "../funnels/aggregate.ts";
import { epochMs } from "../listening/metrics.ts";

export type RetentionInterval = "week" | "month";

/** Months one communityMetrics request may span. */
export const maxMonths = 120;
/** Cohorts and periods after joining one communityRetention answer holds. */
export const maxCohorts = 36;
export const maxRetentionPeriods = 24;

/** The members' join times and activity periods, as CTEs over community $1 truncated to $2. */
const membersAndActivity = `
  members AS (
    SELECT ms."personId", COALESCE(ms."joinedAt", LEAST(ms."lastActiveAt",
             (SELECT min(m."postedAt") FROM "Message" m WHERE m."communityId" = $1 AND m."authorId" = ms."personId"))) AS joined
      FROM "Membership" ms WHERE ms."communityId" = $1
  ), activity AS (
    SELECT DISTINCT "personId", date_trunc($2, at) AS period FROM (
      SELECT m."authorId" AS "personId", m."postedAt" AS at FROM "Message" m
       WHERE m."communityId" = $1 AND m."authorId" IN (SELECT "personId" FROM members)
      UNION ALL
      SELECT "personId", "lastActiveAt" FROM "Membership" WHERE "communityId" = $1 AND "lastActiveAt" IS NOT NULL
    ) a
  )`;

export interface CommunityMonth {
  start: Date;
  /** Members who had joined by the end of the month (members without any date count in every month). */
  members: number;
  /** Members who joined in the month. */
  joined: number;
  /** Members with an activity in the month. */
  active: number;
  /** Members active in the month before and not in this one. */
  lapsed: number;
}

export interface FirstAnswerTimes {
  /** Members who joined in the range and posted in the community. */
  newMembersWhoPosted: number;
  answered: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface CommunityMetrics {
  communityId: number;
  from: Date;
  to: Date;
  months: CommunityMonth[];
  firstAnswer: FirstAnswerTimes;
}

function checkRange(from: Date, to: Date): void {
  if (!(to.getTime() > from.getTime())) throw new ValidationError("to", "must be later than from");
  const months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  if (months > maxMonths)
    throw new ValidationError("to", `spans ${months} months; at most ${maxMonths}`);
}

async function assertCommunity(pool: pg.Pool, communityId: number): Promise<void> {
  const { rowCount } = await pool.query(`SELECT 1 FROM "Community" WHERE id = $1`, [communityId]);
  if (!rowCount)
    throw new ValidationError("communityId", `is not the ID of any Community (${communityId})`);
}

/**
 * Members over time and active and lapsed members per calendar month (UTC) from `from` to `to`,
 * and how long the first post of each member who joined in [from, to) waited for its first answer.
 */
export async function communityMetrics(
  pool: pg.Pool,
  communityId: number,
  from: Date,
  to: Date,
): Promise<CommunityMetrics> {
  checkRange(from, to);
  await assertCommunity(pool, communityId);
  const range = [communityId, "month", from.toISOString(), to.toISOString()];
  const months = await pool.query<Omit<CommunityMonth, "start"> & { start: number }>(
    `WITH ${membersAndActivity}, months AS (
       SELECT generate_series(date_trunc('month', $3::timestamp), $4::timestamp - interval '1 millisecond', interval '1 month') AS month
     )
     SELECT ${epochMs("month")} AS start,
            (SELECT count(*) FROM members WHERE joined IS NULL OR joined < month + interval '1 month')::int AS members,
            (SELECT count(*) FROM members WHERE joined >= month AND joined < month + interval '1 month')::int AS joined,
            (SELECT count(*) FROM activity a WHERE a.period = month)::int AS active,
            (SELECT count(*) FROM activity a WHERE a.period = month - interval '1 month'
                AND NOT EXISTS (SELECT 1 FROM activity b WHERE b."personId" = a."personId" AND b.period = month))::int AS lapsed
       FROM months ORDER BY month`,
    range,
  );
  // A first post is answered by someone else's reply to it or, when it opened its thread, by the
  // first later message of someone else in that thread.
  const waits = await pool.query<{ seconds: number | null }>(
    `WITH ${membersAndActivity}, first_posts AS (
       SELECT DISTINCT ON (m."authorId") m.id, m."authorId", m."conversationId", m."postedAt"
         FROM "Message" m JOIN members n ON n."personId" = m."authorId"
        WHERE m."communityId" = $1 AND n.joined >= $3::timestamp AND n.joined < $4::timestamp
        ORDER BY m."authorId", m."postedAt", m.id
     )
     SELECT extract(epoch FROM (
              SELECT min(r."postedAt") FROM "Message" r
               WHERE r."authorId" <> f."authorId" AND r."postedAt" >= f."postedAt"
                 AND (r."replyToId" = f.id OR (r."conversationId" = f."conversationId" AND f.id = (
                       SELECT o.id FROM "Message" o WHERE o."conversationId" = f."conversationId" ORDER BY o."postedAt", o.id LIMIT 1)))
            ) - f."postedAt")::float8 AS seconds
       FROM first_posts f`,
    range,
  );
  const answered = waits.rows
    .flatMap((row) => (row.seconds === null ? [] : [row.seconds]))
    .sort((a, b) => a - b);
  return {
    communityId,
    from,
    to,
    months: months.rows.map((row) => ({ ...row, start: new Date(row.start) })),
    firstAnswer: {
      newMembersWhoPosted: waits.rows.length,
      answered: answered.length,
      medianSeconds: quantile(answered, 0.5),
      p90Seconds: quantile(answered, 0.9),
    },
  };
}

export interface RetentionCohort {
  /** Start of the join period. */
  start: Date;
  size: number;
  /** Share of the cohort active 1, 2, ... periods after joining; null for periods that have not begun. */
  retention: Array<{ offset: number; active: number | null; share: number | null }>;
}

/**
 * Cohorts of members by join week or month (the latest `maxCohorts`), each with the share of its
 * members active in each of the `periods` periods after the one they joined in.
 */
export async function communityRetention(
  pool: pg.Pool,
  communityId: number,
  interval: RetentionInterval,
  periods: number,
  now = new Date(),
): Promise<RetentionCohort[]> {
  if (!(Number.isInteger(periods) && periods >= 1 && periods <= maxRetentionPeriods)) {
    throw new ValidationError("periods", `must be a whole number from 1 to ${maxRetentionPeriods}`);
  }
  await assertCommunity(pool, communityId);
  const offset =
    interval === "month"
      ? `((extract(year FROM a.period) - extract(year FROM c.cohort)) * 12 + extract(month FROM a.period) - extract(month FROM c.cohort))::int`
      : `round(extract(epoch FROM a.period - c.cohort) / 604800)::int`;
  const { rows } = await pool.query<{
    cohort: number;
    size: number;
    step: number | null;
    active: number;
    current: number;
  }>(
    `WITH ${membersAndActivity}, cohorts AS (
       SELECT "personId", date_trunc($2, joined) AS cohort FROM members WHERE joined IS NOT NULL
     ), chosen AS (
       SELECT cohort, count(*)::int AS size FROM cohorts GROUP BY cohort ORDER BY cohort DESC LIMIT $3
     )
     SELECT ${epochMs("k.cohort")} AS cohort, k.size, ${epochMs(`date_trunc($2, $5::timestamp)`)} AS current, x.step, coalesce(x.active, 0)::int AS active
       FROM chosen k
       LEFT JOIN LATERAL (
         SELECT o.step, count(DISTINCT o."personId")::int AS active FROM (
           SELECT c."personId", ${offset} AS step
             FROM cohorts c JOIN activity a ON a."personId" = c."personId" AND a.period > c.cohort
            WHERE c.cohort = k.cohort
         ) o WHERE o.step <= $4 GROUP BY o.step
       ) x ON true
      ORDER BY k.cohort`,
    [communityId, interval, maxCohorts, periods, now.toISOString()],
  );
  const cohorts = new Map<number, { size: number; active: Map<number, number>; current: number }>();
  for (const row of rows) {
    const cohort = cohorts.get(row.cohort) ?? {
      size: row.size,
      active: new Map(),
      current: row.current,
    };
    if (row.step !== null) cohort.active.set(row.step, row.active);
    cohorts.set(row.cohort, cohort);
  }
  return [...cohorts].map(([start, cohort]) => ({
    start: new Date(start),
    size: cohort.size,
    retention: Array.from({ length: periods }, (_, i) => {
      const k = i + 1;
      const begun = periodStart(start, interval, k) <= cohort.current;
      const active = begun ? (cohort.active.get(k) ?? 0) : null;
      return { offset: k, active, share: active === null ? null : active / cohort.size };
    }),
  }));
}

/** The start of the period `k` periods after the one starting at `start` (ms, UTC). */
function periodStart(start: number, interval: RetentionInterval, k: number): number {
  if (interval === "week") return start + k * 7 * 86_400_000;
  const date = new Date(start);
  date.setUTCMonth(date.getUTCMonth() + k);
  return date.getTime();
}

/**
 * The most influential members active in [from, to): by their influence within the community
 * (ScopedInfluence, as Community.superusers ranks), the best first.
 */
export async function activeSuperuserIds(
  pool: pg.Pool,
  communityId: number,
  from: Date,
  to: Date,
  first: number,
): Promise<number[]> {
  const { rows } = await pool.query<{ personId: number }>(
    `SELECT s."personId" FROM "ScopedInfluence" s
       JOIN "Membership" ms ON ms."communityId" = s."scopeId" AND ms."personId" = s."personId"
      WHERE s.scope = 'community' AND s."scopeId" = $1
        AND ((ms."lastActiveAt" >= $2::timestamp AND ms."lastActiveAt" < $3::timestamp)
             OR EXISTS (SELECT 1 FROM "Message" m WHERE m."communityId" = $1 AND m."authorId" = s."personId"
                          AND m."postedAt" >= $2::timestamp AND m."postedAt" < $3::timestamp))
      ORDER BY s.score DESC, s."personId" LIMIT $4`,
    [communityId, from.toISOString(), to.toISOString(), first],
  );
  return rows.map((row) => row.personId);
}
