// Cases: the work of answering a conversation. Every change is one transaction that writes the
// case and its `case_updated` event together, so live queues and webhooks see exactly what
// committed. GraphQL, the import hook (auto.ts) and tests share these functions.
import crypto from "node:crypto";
import type pg from "pg";
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { CaseOrigin, CaseStatus, Channel, Priority } from "../generated/prisma/enums.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { iso } from "../ingest/pipeline/sql.ts";
import { lockCaseConversations, refreshClocks } from "./clock.ts";
import { type CaseChange, recordCaseEvents } from "./events.ts";
import { handlePattern, mentionedHandles } from "./mentions.ts";

type Queryable = Pick<pg.PoolClient, "query">;
type Services = Pick<AppServices, "db" | "live" | "influence">;

export const maxNoteLength = 10_000;
export const maxReplyLength = 100_000;

async function inTransaction<T>(
  services: Services,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const result = await withTransaction(services.db.pool, work);
  services.live.notify();
  return result;
}

/** The case row, locked for this transaction; NOT_FOUND naming the id when there is none. */
async function lockCase(
  client: pg.PoolClient,
  caseId: number,
): Promise<{
  id: number;
  status: CaseStatus;
  resolvedAt: string | null;
  assigneeId: number | null;
  conversationId: number;
}> {
  const { rows } = await client.query(
    `SELECT id, status::text AS status, to_char("resolvedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "resolvedAt", "assigneeId", "conversationId"
       FROM "Case" WHERE id = $1 FOR UPDATE`,
    [caseId],
  );
  if (!rows[0]) throw new NotFoundError("Case", String(caseId));
  return rows[0];
}

async function requireTeammate(
  client: Queryable,
  teammateId: number,
  field: string,
): Promise<{ id: number; name: string; team: string | null }> {
  const { rows } = await client.query(`SELECT id, name, team FROM "Teammate" WHERE id = $1`, [
    teammateId,
  ]);
  if (!rows[0]) throw new ValidationError(field, `is not the ID of any Teammate`);
  return rows[0];
}

function cleanTeam(team: string | null | undefined): string | null | undefined {
  if (team === undefined || team === null) return team;
  const trimmed = team.trim();
  if (trimmed.length > 100)
    throw new ValidationError("team", `must be at most 100 characters, got ${trimmed.length}`);
  return trimmed || null;
}

export interface OpenCaseInput {
  conversationId?: number;
  messageId?: number;
  alertId?: number;
  priority?: Priority;
  assigneeId?: number;
  team?: string | null;
}

/**
 * Where a case opens: its conversation, the message behind it (its author is the customer) and
 * why. Another origin (an alert) is one more branch here that names its conversation and message.
 */
async function caseTarget(
  client: Queryable,
  input: OpenCaseInput,
): Promise<{
  conversationId: number;
  messageId: number | null;
  origin: CaseOrigin;
  channel: Channel;
  alertId?: number;
  severity?: Priority;
}> {
  const named = [input.conversationId, input.messageId, input.alertId].filter(
    (id) => id !== undefined,
  ).length;
  if (named !== 1)
    throw new ValidationError(
      "input",
      `must name exactly one of conversationId, messageId and alertId, got ${named}`,
    );
  if (input.alertId !== undefined) {
    // The alert's conversation and the message that raised it (or last grew it): a crisis alert
    // is about a brand's hour, not one conversation, so its case opens from one of its messages.
    const { rows } = await client.query(
      `SELECT a.id, a.severity::text AS severity, m.id AS "messageId", m."conversationId", m.channel::text AS channel
         FROM "Alert" a LEFT JOIN "Message" m ON m.id = a."messageId" WHERE a.id = $1`,
      [input.alertId],
    );
    if (!rows[0]) throw new ValidationError("input.alertId", "is not the ID of any Alert");
    if (rows[0].conversationId === null)
      throw new ValidationError(
        "input.alertId",
        "names an alert without a conversation (a brand crisis): open the case from one of its messages",
      );
    return {
      conversationId: rows[0].conversationId,
      messageId: rows[0].messageId,
      origin: "alert",
      channel: rows[0].channel,
      alertId: rows[0].id,
      severity: rows[0].severity,
    };
  }
  if (input.messageId !== undefined) {
    const { rows } = await client.query(
      `SELECT id, "conversationId", channel::text AS channel FROM "Message" WHERE id = $1`,
      [input.messageId],
    );
    if (!rows[0]) throw new ValidationError("input.messageId", "is not the ID of any Message");
    return {
      conversationId: rows[0].conversationId,
      messageId: rows[0].id,
      origin: "message",
      channel: rows[0].channel,
    };
  }
  const { rows } = await client.query(
    `SELECT v.id, v.channel::text AS channel,
            (SELECT m.id FROM "Message" m WHERE m."conversationId" = v.id AND m.direction = 'inbound' ORDER BY m."postedAt" DESC, m.id DESC LIMIT 1) AS "messageId"
       FROM "Conversation" v WHERE v.id = $1`,
    [input.conversationId],
  );
  if (!rows[0])
    throw new ValidationError("input.conversationId", "is not the ID of any Conversation");
  return {
    conversationId: rows[0].id,
    messageId: rows[0].messageId,
    origin: "conversation",
    channel: rows[0].channel,
  };
}

/**
 * Opens the conversation's case, or answers the one it has (one case per conversation: the unique
 * key decides when two callers race), reopening it when it was resolved. Given priority, assignee
 * and team apply either way.
 */
export async function openCase(
  services: Services,
  input: OpenCaseInput,
  now = new Date(),
): Promise<number> {
  const team = cleanTeam(input.team);
  return inTransaction(services, async (client) => {
    const target = await caseTarget(client, input);
    await lockCaseConversations(client, [target.conversationId]);
    const assignee =
      input.assigneeId === undefined
        ? undefined
        : await requireTeammate(client, input.assigneeId, "input.assigneeId");
    // A case opened from an alert takes the alert's severity unless the teammate sets another.
    const priority = input.priority ?? target.severity ?? null;
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO "Case" ("conversationId", "messageId", channel, status, priority, origin, "assigneeId", team, "openedAt",
                           "resolutionStartedAt", "firstResponseDueAt", "resolutionDueAt", "updatedAt", "alertId")
       VALUES ($1, $2, $3::"Channel", $4::"CaseStatus", COALESCE($5::"Priority", 'normal'), $6::"CaseOrigin", $7, $8, $9, $9, $9, $9, now(), $10)
       ON CONFLICT ("conversationId") DO NOTHING RETURNING id`,
      [
        target.conversationId,
        target.messageId,
        target.channel,
        assignee ? "open" : "new",
        priority,
        target.origin,
        assignee?.id ?? null,
        team ?? assignee?.team ?? null,
        iso(now),
        target.alertId ?? null,
      ],
    );
    let caseId = inserted.rows[0]?.id;
    let change: CaseChange = "opened";
    if (caseId === undefined) {
      const { rows } = await client.query(`SELECT id FROM "Case" WHERE "conversationId" = $1`, [
        target.conversationId,
      ]);
      const existing = await lockCase(client, rows[0].id);
      caseId = existing.id;
      change = existing.status === "resolved" ? "reopened" : "updated";
      await client.query(
        `UPDATE "Case" SET
           priority = COALESCE($2::"Priority", priority),
           "assigneeId" = COALESCE($3, "assigneeId"),
           team = CASE WHEN $4::boolean THEN $5::text ELSE team END,
           status = CASE WHEN status = 'resolved' OR ($3::int IS NOT NULL AND status = 'new') THEN 'open'::"CaseStatus" ELSE status END,
           "reopenedAt" = CASE WHEN status = 'resolved' THEN $6 ELSE "reopenedAt" END,
           "resolutionStartedAt" = CASE WHEN status = 'resolved' THEN $6 ELSE "resolutionStartedAt" END,
           "resolvedAt" = NULL,
           "alertId" = COALESCE("alertId", $7)
         WHERE id = $1`,
        [
          caseId,
          priority,
          assignee?.id ?? null,
          team !== undefined || assignee !== undefined,
          team ?? assignee?.team ?? null,
          iso(now),
          target.alertId ?? null,
        ],
      );
    }
    await refreshClocks(client, [caseId]);
    await recordCaseEvents(client, [{ caseId, change }]);
    return caseId;
  });
}

/** Gives the case to a teammate (null: to nobody); the team follows the teammate's unless given. */
export async function assignCase(
  services: Services,
  input: { caseId: number; assigneeId: number | null; team?: string | null },
): Promise<number> {
  const team = cleanTeam(input.team);
  return inTransaction(services, async (client) => {
    await lockCase(client, input.caseId);
    const assignee =
      input.assigneeId === null
        ? null
        : await requireTeammate(client, input.assigneeId, "assigneeId");
    await client.query(
      `UPDATE "Case" SET "assigneeId" = $2, team = $3,
              status = CASE WHEN status = 'new' AND $2::int IS NOT NULL THEN 'open'::"CaseStatus" ELSE status END, "updatedAt" = now()
        WHERE id = $1`,
      [input.caseId, assignee?.id ?? null, team !== undefined ? team : (assignee?.team ?? null)],
    );
    await recordCaseEvents(client, [{ caseId: input.caseId, change: "assigned" }]);
    return input.caseId;
  });
}

/** An internal note; the teammates it @mentions are stored with it and named in its event. */
export async function addCaseNote(
  services: Services,
  input: { caseId: number; text: string; author: string },
  now = new Date(),
): Promise<number> {
  const text = input.text.trim();
  if (!text) throw new ValidationError("text", "must not be empty");
  if (text.length > maxNoteLength)
    throw new ValidationError(
      "text",
      `must be at most ${maxNoteLength} characters, got ${text.length}`,
    );
  return inTransaction(services, async (client) => {
    await lockCase(client, input.caseId);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "CaseNote" ("caseId", author, text, "createdAt") VALUES ($1, $2, $3, $4) RETURNING id`,
      [input.caseId, input.author, text, iso(now)],
    );
    const noteId = rows[0]!.id;
    const mentioned = await client.query<{ teammateId: number }>(
      `INSERT INTO "CaseNoteMention" ("noteId", "teammateId")
       SELECT $1, t.id FROM "Teammate" t WHERE t.handle = ANY($2::text[]) ORDER BY t.id
       RETURNING "teammateId"`,
      [noteId, mentionedHandles(text)],
    );
    await client.query(`UPDATE "Case" SET "updatedAt" = now() WHERE id = $1`, [input.caseId]);
    await recordCaseEvents(client, [
      {
        caseId: input.caseId,
        change: "noted",
        mentions: mentioned.rows.map((row) => row.teammateId),
      },
    ]);
    return noteId;
  });
}

/**
 * Answers the customer: the reply is an outbound message on the case's channel and conversation,
 * written by the import pipeline like any other message (so it is in the thread, the event log and
 * the webhooks), and the case's clocks take it as a response from there (auto.ts). Its author is
 * the teammate, as a person of source `parley`. An unassigned case goes to whoever answers it.
 */
export async function respondToCase(
  services: Services,
  input: { caseId: number; text: string; teammateId?: number; actor: string },
  now = new Date(),
): Promise<number> {
  if (!input.text.trim()) throw new ValidationError("text", "must not be empty");
  if (input.text.length > maxReplyLength)
    throw new ValidationError(
      "text",
      `must be at most ${maxReplyLength} characters, got ${input.text.length}`,
    );
  const { conversation, teammate } = await inTransaction(services, async (client) => {
    const current = await lockCase(client, input.caseId);
    if (current.status === "resolved")
      throw new ValidationError(
        "caseId",
        `is the ID of a resolved case: reopen it before responding`,
      );
    const teammateId = input.teammateId ?? current.assigneeId;
    if (teammateId === null)
      throw new ValidationError("teammateId", "is required: the case has no assignee to answer as");
    const teammate = await requireTeammate(client, teammateId, "teammateId");
    if (current.assigneeId === null) {
      await client.query(
        `UPDATE "Case" SET "assigneeId" = $2, team = COALESCE(team, $3), status = CASE WHEN status = 'new' THEN 'open'::"CaseStatus" ELSE status END WHERE id = $1`,
        [input.caseId, teammate.id, teammate.team],
      );
      await recordCaseEvents(client, [{ caseId: input.caseId, change: "assigned" }]);
    }
    const { rows } = await client.query(
      `SELECT source, "sourceId", channel::text AS channel FROM "Conversation" WHERE id = $1`,
      [current.conversationId],
    );
    return {
      conversation: rows[0] as { source: string; sourceId: string; channel: Channel },
      teammate,
    };
  });
  const result = await ingestBatch(
    services,
    [
      {
        type: "message",
        source: conversation.source,
        id: `parley-reply-${input.caseId}-${crypto.randomUUID()}`,
        channel: conversation.channel,
        conversation: conversation.sourceId,
        direction: "outbound",
        author: { source: "parley", id: `teammate-${teammate.id}`, name: teammate.name },
        text: input.text,
        at: now.toISOString(),
      },
    ],
    { actor: input.actor },
  );
  if (result.rejected.length > 0) {
    const [rejection] = result.rejected;
    throw new ValidationError(rejection!.field === "text" ? "text" : "input", rejection!.reason);
  }
  return input.caseId;
}

export async function resolveCase(
  services: Services,
  caseId: number,
  now = new Date(),
): Promise<number> {
  return inTransaction(services, async (client) => {
    const current = await lockCase(client, caseId);
    if (current.status === "resolved") {
      throw new ValidationError(
        "id",
        `is the ID of a case already resolved at ${current.resolvedAt}`,
      );
    }
    await client.query(
      `UPDATE "Case" SET status = 'resolved', "resolvedAt" = $2, "updatedAt" = now() WHERE id = $1`,
      [caseId, iso(now)],
    );
    await recordCaseEvents(client, [{ caseId, change: "resolved" }]);
    return caseId;
  });
}

/** A resolved case back to OPEN; its resolution clock starts again now. */
export async function reopenCase(
  services: Services,
  caseId: number,
  now = new Date(),
): Promise<number> {
  return inTransaction(services, async (client) => {
    const current = await lockCase(client, caseId);
    if (current.status !== "resolved")
      throw new ValidationError(
        "id",
        `is the ID of a case that is not resolved (it is ${current.status})`,
      );
    await client.query(
      `UPDATE "Case" SET status = 'open', "resolvedAt" = NULL, "reopenedAt" = $2, "resolutionStartedAt" = $2 WHERE id = $1`,
      [caseId, iso(now)],
    );
    await refreshClocks(client, [caseId]);
    await recordCaseEvents(client, [{ caseId, change: "reopened" }]);
    return caseId;
  });
}

export interface TeammateInput {
  id?: number;
  name: string;
  handle: string;
  team?: string | null;
}

/** Creates a teammate, or changes the one `id` names; handles are unique, without case. */
export async function saveTeammate(pool: pg.Pool, input: TeammateInput): Promise<number> {
  const name = input.name.trim();
  if (!name || name.length > 200)
    throw new ValidationError("input.name", `must be 1 to 200 characters, got ${name.length}`);
  const handle = input.handle.trim().replace(/^@/, "").toLowerCase();
  if (!handlePattern.test(handle)) {
    throw new ValidationError(
      "input.handle",
      `must be 1 to 50 letters, digits, _, . or - (not starting with . or -), got ${JSON.stringify(input.handle.slice(0, 60))}`,
    );
  }
  const team = cleanTeam(input.team) ?? null;
  try {
    // In a transaction: the embedded database's socket drops a connection whose statement failed outside one.
    return await withTransaction(pool, async (client) => {
      if (input.id === undefined) {
        const { rows } = await client.query(
          `INSERT INTO "Teammate" (name, handle, team) VALUES ($1, $2, $3) RETURNING id`,
          [name, handle, team],
        );
        return rows[0].id as number;
      }
      const { rows } = await client.query(
        `UPDATE "Teammate" SET name = $2, handle = $3, team = $4 WHERE id = $1 RETURNING id`,
        [input.id, name, handle, team],
      );
      if (!rows[0]) throw new ValidationError("input.id", "is not the ID of any Teammate");
      return rows[0].id as number;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505")
      throw new ValidationError("input.handle", `@${handle} is already another teammate's handle`);
    throw error;
  }
}

export interface SlaPolicyInput {
  priority: Priority;
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number;
}

const maxTargetMinutes = 366 * 24 * 60;

/** Sets the targets of one priority; unresolved cases of that priority take the new due times at once. */
export async function saveSlaPolicy(services: Services, input: SlaPolicyInput): Promise<void> {
  for (const field of [
    "firstResponseMinutes",
    "nextResponseMinutes",
    "resolutionMinutes",
  ] as const) {
    const value = input[field];
    if (!Number.isInteger(value) || value < 1 || value > maxTargetMinutes) {
      throw new ValidationError(
        `input.${field}`,
        `must be a whole number of minutes from 1 to ${maxTargetMinutes}, got ${value}`,
      );
    }
  }
  if (input.firstResponseMinutes > input.resolutionMinutes) {
    throw new ValidationError(
      "input.firstResponseMinutes",
      `must not exceed resolutionMinutes (${input.resolutionMinutes}), got ${input.firstResponseMinutes}`,
    );
  }
  await withTransaction(services.db.pool, async (client) => {
    await client.query(
      `INSERT INTO "SlaPolicy" (priority, "firstResponseMinutes", "nextResponseMinutes", "resolutionMinutes", "updatedAt")
       VALUES ($1::"Priority", $2, $3, $4, now())
       ON CONFLICT (priority) DO UPDATE SET "firstResponseMinutes" = $2, "nextResponseMinutes" = $3, "resolutionMinutes" = $4, "updatedAt" = now()`,
      [
        input.priority,
        input.firstResponseMinutes,
        input.nextResponseMinutes,
        input.resolutionMinutes,
      ],
    );
    // Resolved cases keep the due times they were judged by.
    const { rows } = await client.query<{ id: number }>(
      `SELECT id FROM "Case" WHERE priority = $1::"Priority" AND status <> 'resolved'`,
      [input.priority],
    );
    await refreshClocks(
      client,
      rows.map((row) => row.id),
    );
  });
}
