// A case's SLA clock. Response times are facts of the conversation's messages (an outbound message
// is a response, whether a teammate sent it through respondToCase or the source system recorded
// it), so they are derived from the messages each time the conversation changes, in any order the
// messages arrive. Due times follow from them and the targets of the case's priority, and are
// stored so the queue can be filtered and ordered by an index; breaches compare them with now.
import type pg from "pg";

type Queryable = Pick<pg.PoolClient, "query">;

/** The namespace of the advisory locks that serialize case updates per conversation (imports never take them). */
const caseLockSpace = 7413;

/**
 * Holds these conversations' case lock until the transaction ends. Whoever creates a case or moves
 * it for new messages takes it first: otherwise a hook that finds no case yet could miss the case
 * being created beside it, whose clock could miss the hook's messages. Taken in id order, so two
 * holders never wait on each other in a cycle.
 */
export async function lockCaseConversations(
  client: Queryable,
  conversationIds: number[],
): Promise<void> {
  const ids = [...new Set(conversationIds)].sort((a, b) => a - b);
  if (ids.length > 0)
    await client.query(
      `SELECT pg_advisory_xact_lock(${caseLockSpace}, c) FROM unnest($1::int[]) AS c`,
      [ids],
    );
}

/**
 * Derives the response times of these cases from their conversations' messages since each case
 * opened, and their due times from the SLA policy of their priority. A "turn" is the first message
 * of a run in one direction: an inbound turn starts a wait, the outbound turn after it ends it.
 */
export async function refreshClocks(client: Queryable, caseIds: number[]): Promise<void> {
  if (caseIds.length === 0) return;
  await client.query(
    `WITH target AS (
       SELECT c.id, c."conversationId", c."openedAt", p."firstResponseMinutes" AS first_minutes,
              p."nextResponseMinutes" AS next_minutes, p."resolutionMinutes" AS resolution_minutes
         FROM "Case" c JOIN "SlaPolicy" p ON p.priority = c.priority
        WHERE c.id = ANY($1::int[])
     ), seq AS (
       SELECT t.id, t.next_minutes, m.id AS message_id, m."postedAt" AS at, m.direction,
              lag(m.direction) OVER (PARTITION BY t.id ORDER BY m."postedAt", m.id) AS previous
         FROM target t JOIN "Message" m ON m."conversationId" = t."conversationId" AND m."postedAt" >= t."openedAt"
     ), turns AS (
       SELECT id, next_minutes, at, direction, lead(at) OVER (PARTITION BY id ORDER BY at, message_id) AS answered_at
         FROM seq WHERE previous IS DISTINCT FROM direction
     ), firsts AS (
       SELECT id, min(at) FILTER (WHERE direction = 'outbound') AS first_out FROM turns GROUP BY id
     ), summary AS (
       SELECT t.id, f.first_out,
              max(t.at) FILTER (WHERE t.direction = 'outbound') AS last_out,
              max(t.at) FILTER (WHERE t.direction = 'inbound' AND t.answered_at IS NULL) AS waiting,
              bool_or(t.direction = 'inbound' AND t.at > f.first_out AND t.answered_at > t.at + make_interval(mins => t.next_minutes)) AS late_next
         FROM turns t JOIN firsts f ON f.id = t.id
        GROUP BY t.id, f.first_out
     )
     UPDATE "Case" c SET
       "firstResponseAt" = s.first_out,
       "lastResponseAt" = s.last_out,
       "awaitingSince" = s.waiting,
       "nextResponseBreached" = COALESCE(s.late_next, false),
       "firstResponseDueAt" = c."openedAt" + make_interval(mins => t.first_minutes),
       "nextResponseDueAt" = CASE WHEN s.first_out IS NOT NULL AND s.waiting IS NOT NULL
                                  THEN s.waiting + make_interval(mins => t.next_minutes) END,
       "resolutionDueAt" = c."resolutionStartedAt" + make_interval(mins => t.resolution_minutes),
       "updatedAt" = now()
       FROM target t LEFT JOIN summary s ON s.id = t.id
      WHERE c.id = t.id`,
    [caseIds],
  );
}

export interface ClockFields {
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  nextResponseBreached: boolean;
  firstResponseDueAt: Date;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date;
}

export interface Breaches {
  firstResponse: boolean;
  nextResponse: boolean;
  resolution: boolean;
}

/**
 * Which targets a case missed or is missing at `now`: a target is breached once its due time passed
 * without the response (or resolution) it waits for. BREACHED_SQL says the same in SQL for the
 * queue's filter; the cases tests hold the two to each other.
 */
export function breachesAt(c: ClockFields, now: Date): Breaches {
  const end = (at: Date | null) => (at ?? c.resolvedAt ?? now).getTime();
  return {
    firstResponse: end(c.firstResponseAt) > c.firstResponseDueAt.getTime(),
    nextResponse:
      c.nextResponseBreached ||
      (c.nextResponseDueAt !== null && end(null) > c.nextResponseDueAt.getTime()),
    resolution: end(c.resolvedAt) > c.resolutionDueAt.getTime(),
  };
}

/** `breachesAt` over the row `c` at the timestamp bound as `now`: any of the three. */
export function breachedSql(c: string, now: string): string {
  return `(COALESCE(${c}."firstResponseAt", ${c}."resolvedAt", ${now}) > ${c}."firstResponseDueAt"
        OR ${c}."nextResponseBreached"
        OR (${c}."nextResponseDueAt" IS NOT NULL AND COALESCE(${c}."resolvedAt", ${now}) > ${c}."nextResponseDueAt")
        OR COALESCE(${c}."resolvedAt", ${now}) > ${c}."resolutionDueAt")`;
}
