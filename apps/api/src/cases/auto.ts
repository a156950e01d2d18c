// Cases open by themselves: after an import commits, its new messages move the cases of their
// conversations. An inbound problem (on any channel) opens its conversation's case with the
// message's priority; any later inbound message reopens a resolved case or sets the next-response
// clock of an open one; an outbound message is a response. Runs after the commit so an import never
// waits on case rows another import holds; the unique key on Case.conversationId decides between
// two API instances that import into the same conversation at once, and the clocks are derived
// from the messages after the case row is locked, so whichever instance runs last sees them all.
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import type { NewEvent } from "../events/log.ts";
import { iso } from "../ingest/pipeline/sql.ts";
import { logger } from "../log.ts";
import { refreshClocks } from "./clock.ts";
import { recordCaseEvents, type CaseChange } from "./events.ts";

const log = logger("cases");

/** A problem older than this when it is imported is history (a backfill), not work for the queue. */
export const autoOpenWithinMs = 7 * 24 * 3600 * 1000;

/** SQLSTATE of a deadlock and a serialization failure: retried, since nothing was written. */
const retriable = new Set(["40P01", "40001"]);

/**
 * Moves the cases of the conversations of the batch's new messages (its `message_added` events).
 * Never throws into the import, which has committed: a failure is logged.
 */
export async function updateCasesForMessages(services: Pick<AppServices, "db">, events: NewEvent[], now = new Date()): Promise<void> {
  const messageIds = events.flatMap((event) => (event.type === "message_added" && event.messageId ? [event.messageId] : []));
  if (messageIds.length === 0) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await withTransaction(services.db.pool, (client) => applyMessages(client, messageIds, now));
      return;
    } catch (error) {
      if (attempt < 3 && retriable.has((error as { code?: string }).code ?? "")) continue;
      log.error({ err: error, messages: messageIds.length }, "cases could not be updated for imported messages");
      return;
    }
  }
}

async function applyMessages(client: import("pg").PoolClient, messageIds: number[], now: Date): Promise<void> {
  // In conversation order, so two instances inserting cases of the same conversations lock them in one order.
  const opened = await client.query<{ id: number }>(
    `INSERT INTO "Case" ("conversationId", "messageId", channel, status, priority, origin, "openedAt", "resolutionStartedAt",
                         "firstResponseDueAt", "resolutionDueAt", "updatedAt")
     SELECT DISTINCT ON (m."conversationId") m."conversationId", m.id, m.channel, 'new', m.priority, 'problem',
            LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), now()
       FROM "Message" m
      WHERE m.id = ANY($1::int[]) AND m.direction = 'inbound' AND m.intent = 'problem' AND m."postedAt" > $3
      ORDER BY m."conversationId", m."postedAt", m.id
     ON CONFLICT ("conversationId") DO NOTHING
     RETURNING id`,
    [messageIds, iso(now), iso(new Date(now.getTime() - autoOpenWithinMs))],
  );
  const openedIds = new Set(opened.rows.map((row) => row.id));
  const locked = await client.query<{ id: number }>(
    `SELECT c.id FROM "Case" c
      WHERE c."conversationId" IN (SELECT "conversationId" FROM "Message" WHERE id = ANY($1::int[]))
      ORDER BY c.id FOR UPDATE`,
    [messageIds],
  );
  if (locked.rows.length === 0) return;
  // The batch's messages since each case opened: the last one says whose turn it is; any inbound
  // one reopens a resolved case, and the most urgent raises the case's priority.
  const moved = await client.query<{ id: number; reopened: boolean; responded: boolean }>(
    `WITH batch AS (
       SELECT c.id, c.status AS old_status, bool_or(m.direction = 'inbound') AS inbound, max(m.priority) FILTER (WHERE m.direction = 'inbound') AS priority,
              min(m."postedAt") FILTER (WHERE m.direction = 'inbound') AS first_inbound,
              (array_agg(m.direction ORDER BY m."postedAt" DESC, m.id DESC))[1] AS last_direction
         FROM "Message" m JOIN "Case" c ON c."conversationId" = m."conversationId" AND m."postedAt" >= c."openedAt"
        WHERE m.id = ANY($1::int[]) AND c.id = ANY($2::int[])
        GROUP BY c.id
     )
     UPDATE "Case" c SET
       priority = GREATEST(c.priority, COALESCE(b.priority, c.priority)),
       status = CASE
         WHEN b.last_direction = 'outbound' THEN (CASE WHEN c.status = 'resolved' AND NOT b.inbound THEN 'resolved' ELSE 'pending' END)
         WHEN c.status = 'new' THEN 'new'
         ELSE 'open' END::"CaseStatus",
       "resolvedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN NULL ELSE c."resolvedAt" END,
       "reopenedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN b.first_inbound ELSE c."reopenedAt" END,
       "resolutionStartedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN b.first_inbound ELSE c."resolutionStartedAt" END
       FROM batch b
      WHERE c.id = b.id
     RETURNING c.id, (b.old_status = 'resolved' AND b.inbound) AS reopened, b.last_direction = 'outbound' AS responded`,
    [messageIds, locked.rows.map((row) => row.id)],
  );
  const ids = [...new Set([...openedIds, ...moved.rows.map((row) => row.id)])];
  await refreshClocks(client, ids);
  const changes = new Map<number, CaseChange>(moved.rows.map((row) => [row.id, row.reopened ? "reopened" : row.responded ? "responded" : "updated"]));
  const change = (id: number): CaseChange => (openedIds.has(id) ? "opened" : changes.get(id)!);
  await recordCaseEvents(client, ids.map((caseId) => ({ caseId, change: change(caseId) })));
}
