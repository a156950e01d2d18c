// Cases open by themselves: after an import commits, its new messages move the cases of their
// conversations. An inbound problem (on any channel) opens its conversation's case with the
// message's priority; any later inbound message reopens a resolved case or sets the next-response
// clock of an open one; an outbound message is a response. Runs after the commit so an import never
// waits on case rows another import holds; the unique key on Case.conversationId decides between
// two API instances that import into the same conversation at once, and the clocks are derived
// from the messages under a per-conversation lock, so whichever instance runs last sees them all.
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import type { NewEvent } from "../events/log.ts";
import { iso } from "../ingest/pipeline/sql.ts";
import { logger } from "../log.ts";
import { lockCaseConversations, refreshClocks } from "./clock.ts";
import { type CaseChange, recordCaseEvents } from "./events.ts";

const log = logger("cases");

/** A problem older than this when it is imported is history (a backfill), not work for the queue. */
export const autoOpenWithinMs = 7 * 24 * 3600 * 1000;

/** SQLSTATE of a deadlock and a serialization failure: retried, since nothing was written. */
const retriable = new Set(["40P01", "40001"]);

/**
 * Moves the cases of the conversations of the batch's new messages (its `message_added` events).
 * Never throws into the import, which has committed: a failure is logged.
 */
export async function updateCasesForMessages(
  services: Pick<AppServices, "db">,
  events: NewEvent[],
  now = new Date(),
): Promise<void> {
  const messageIds = events.flatMap((event) =>
    event.type === "message_added" && event.messageId ? [event.messageId] : [],
  );
  if (messageIds.length === 0) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await withTransaction(services.db.pool, (client) => applyMessages(client, messageIds, now));
      return;
    } catch (error) {
      if (attempt < 3 && retriable.has((error as { code?: string }).code ?? "")) continue;
      log.error(
        { err: error, messages: messageIds.length },
        "cases could not be updated for imported messages",
      );
      return;
    }
  }
}

async function applyMessages(
  client: import("pg").PoolClient,
  messageIds: number[],
  now: Date,
): Promise<void> {
  const { rows: conversations } = await client.query<{ id: number }>(
    `SELECT DISTINCT "conversationId" AS id FROM "Message" WHERE id = ANY($1::int[])`,
    [messageIds],
  );
  await lockCaseConversations(
    client,
    conversations.map((row) => row.id),
  );
  // In conversation order, so two instances inserting cases of the same conversations lock them in
  // one order. A problem imported after a later one of its thread moves the opening back to it.
  const opened = await client.query<{ id: number; inserted: boolean }>(
    `INSERT INTO "Case" AS c ("conversationId", "messageId", channel, status, priority, origin, "openedAt", "resolutionStartedAt",
                              "firstResponseDueAt", "resolutionDueAt", "updatedAt")
     SELECT DISTINCT ON (m."conversationId") m."conversationId", m.id, m.channel, 'new', m.priority, 'problem',
            LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), LEAST(m."postedAt", $2), now()
       FROM "Message" m
      WHERE m.id = ANY($1::int[]) AND m.direction = 'inbound' AND m.intent = 'problem' AND m."postedAt" > $3
      ORDER BY m."conversationId", m."postedAt", m.id
     ON CONFLICT ("conversationId") DO UPDATE SET "openedAt" = EXCLUDED."openedAt", "resolutionStartedAt" = EXCLUDED."openedAt", "messageId" = EXCLUDED."messageId"
      WHERE c.origin = 'problem' AND c."reopenedAt" IS NULL AND EXCLUDED."openedAt" < c."openedAt"
     RETURNING c.id, (c.xmax = 0) AS inserted`,
    [messageIds, iso(now), iso(new Date(now.getTime() - autoOpenWithinMs))],
  );
  const openedIds = new Set(opened.rows.filter((row) => row.inserted).map((row) => row.id));
  const locked = await client.query<{ id: number }>(
    `SELECT c.id FROM "Case" c
      WHERE c."conversationId" IN (SELECT "conversationId" FROM "Message" WHERE id = ANY($1::int[]))
      ORDER BY c.id FOR UPDATE`,
    [messageIds],
  );
  const ids = locked.rows.map((row) => row.id);
  if (ids.length === 0) return;
  // Any inbound message of the batch since a resolved case opened reopens it; the most urgent
  // raises the case's priority.
  const reopened = await client.query<{ id: number }>(
    `WITH batch AS (
       SELECT c.id, bool_or(m.direction = 'inbound') AS inbound, max(m.priority) FILTER (WHERE m.direction = 'inbound') AS priority,
              min(m."postedAt") FILTER (WHERE m.direction = 'inbound') AS first_inbound
         FROM "Message" m JOIN "Case" c ON c."conversationId" = m."conversationId" AND m."postedAt" >= c."openedAt"
        WHERE m.id = ANY($1::int[]) AND c.id = ANY($2::int[])
        GROUP BY c.id
     ), reopening AS (
       UPDATE "Case" c SET
         priority = GREATEST(c.priority, COALESCE(b.priority, c.priority)),
         status = CASE WHEN c.status = 'resolved' AND b.inbound THEN 'open' ELSE c.status END::"CaseStatus",
         "resolvedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN NULL ELSE c."resolvedAt" END,
         "reopenedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN b.first_inbound ELSE c."reopenedAt" END,
         "resolutionStartedAt" = CASE WHEN c.status = 'resolved' AND b.inbound THEN b.first_inbound ELSE c."resolutionStartedAt" END
         FROM batch b
        WHERE c.id = b.id
       RETURNING c.id
     )
     SELECT b.id FROM batch b JOIN "Case" c ON c.id = b.id WHERE c.status = 'resolved' AND b.inbound`,
    [messageIds, ids],
  );
  await refreshClocks(client, ids);
  // Whose turn it is follows from the messages, whatever order they were imported in: answered
  // last, the customer's (PENDING); written to last, ours (a NEW case stays NEW until someone acts).
  const turned = await client.query<{ id: number; status: string }>(
    `UPDATE "Case" SET status = CASE WHEN "awaitingSince" IS NULL THEN 'pending' ELSE 'open' END::"CaseStatus"
      WHERE id = ANY($1::int[]) AND status <> 'resolved'
        AND (("awaitingSince" IS NULL AND "lastResponseAt" IS NOT NULL AND status <> 'pending') OR ("awaitingSince" IS NOT NULL AND status = 'pending'))
     RETURNING id, status::text AS status`,
    [ids],
  );
  const reopenedIds = new Set(reopened.rows.map((row) => row.id));
  const pendingIds = new Set(
    turned.rows.filter((row) => row.status === "pending").map((row) => row.id),
  );
  const change = (id: number): CaseChange =>
    openedIds.has(id)
      ? "opened"
      : reopenedIds.has(id)
        ? "reopened"
        : pendingIds.has(id)
          ? "responded"
          : "updated";
  await recordCaseEvents(
    client,
    ids.map((caseId) => ({ caseId, change: change(caseId) })),
  );
}
