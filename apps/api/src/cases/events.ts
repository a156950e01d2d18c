// The `case_updated` events: written in the transaction of the change they report.
import type pg from "pg";
import { recordEvents } from "../events/log.ts";
import type { CaseStatus, Priority } from "../generated/prisma/enums.ts";

/** What a `case_updated` event says happened. */
export type CaseChange =
  | "opened"
  | "reopened"
  | "assigned"
  | "noted"
  | "responded"
  | "resolved"
  | "updated";

/**
 * Writes one `case_updated` event per case, in the caller's transaction. The payload carries what a
 * queue needs to place the case without a query; `person` is the customer.
 */
export async function recordCaseEvents(
  client: pg.PoolClient,
  changes: Array<{ caseId: number; change: CaseChange; mentions?: number[] }>,
): Promise<void> {
  if (changes.length === 0) return;
  const { rows } = await client.query<{
    id: number;
    conversationId: number;
    messageId: number | null;
    personId: number | null;
    status: CaseStatus;
    priority: Priority;
    assigneeId: number | null;
  }>(
    `SELECT c.id, c."conversationId", c."messageId", COALESCE(m."authorId", v."personId") AS "personId", c.status::text AS status,
            c.priority::text AS priority, c."assigneeId"
       FROM "Case" c JOIN "Conversation" v ON v.id = c."conversationId" LEFT JOIN "Message" m ON m.id = c."messageId"
      WHERE c.id = ANY($1::int[])`,
    [changes.map((change) => change.caseId)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  await recordEvents(
    client,
    changes.flatMap(({ caseId, change, mentions }) => {
      const row = byId.get(caseId);
      if (!row) return [];
      return [
        {
          type: "case_updated" as const,
          personId: row.personId,
          conversationId: row.conversationId,
          messageId: row.messageId,
          payload: {
            caseId,
            change,
            status: row.status,
            priority: row.priority,
            assigneeId: row.assigneeId,
            ...(mentions ? { mentions } : {}),
          },
        },
      ];
    }),
  );
}
