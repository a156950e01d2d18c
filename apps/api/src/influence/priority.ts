// Message.priority: how urgently an inbound message needs someone. Points from who wrote it (their
// influence), what it says (negativity, a problem), how fast its conversation moves and what is at
// stake commercially. The channel is deliberately not a signal: a complaint by phone gets the
// precedence the same complaint gets on Twitter.
import type pg from "pg";
import type { NewEvent } from "../events/log.ts";
import { influenceScore } from "./score.ts";

export type Priority = "low" | "normal" | "high" | "urgent";

export interface PrioritySignals {
  /** The author's influence score, 0 to 100. */
  influence: number;
  /** -1 to 1; null when not scored. */
  sentiment: number | null;
  intent: string | null;
  /** Other messages of the conversation in the hour up to this one. */
  recentReplies: number;
  /** Shares of the conversation's messages in that hour. */
  recentShares: number;
  /** An open deal with the author or the author's organization. */
  openDeal: boolean;
  stage: string | null;
}

interface Rule {
  points(signals: PrioritySignals): number;
}

const RULES: readonly Rule[] = [
  {
    points: ({ influence }) =>
      influence >= 50 ? 3 : influence >= 30 ? 2 : influence >= 15 ? 1 : 0,
  },
  {
    points: ({ sentiment }) =>
      sentiment === null ? 0 : sentiment <= -0.5 ? 2 : sentiment <= -0.05 ? 1 : 0,
  },
  { points: ({ intent }) => (intent === "problem" ? 1 : 0) },
  {
    points: ({ recentReplies, recentShares }) =>
      recentReplies + recentShares >= 20 ? 2 : recentReplies + recentShares >= 5 ? 1 : 0,
  },
  { points: ({ openDeal }) => (openDeal ? 1 : 0) },
  { points: ({ stage }) => (stage === "customer" || stage === "evangelist" ? 1 : 0) },
];

/** 6 points or more is urgent (an influential author's angry complaint), 4 high, 1 normal, none low. */
export function messagePriority(signals: PrioritySignals): Priority {
  const points = RULES.reduce((sum, rule) => sum + rule.points(signals), 0);
  return points >= 6 ? "urgent" : points >= 4 ? "high" : points >= 1 ? "normal" : "low";
}

/**
 * The priority a new inbound message is inserted with, from what is known before the batch's
 * counters and deals are written: its text, and its author's influence from their reach and this
 * message's engagement alone (the stored score can only add to that). prioritizeNewMessages then
 * rewrites only the messages the other signals move: an UPDATE of a row the batch just inserted
 * writes the row and each of Message's eight indexes again, and setting every new message's
 * priority that way was a twentieth of an import's statement time.
 */
export function provisionalPriority(message: {
  sentiment: number;
  intent: string;
  authorReach: number;
  engagement: number;
}): Priority {
  return messagePriority({
    influence: influenceScore({
      pageRank: 0,
      pageRankPercentile: 0,
      reach: message.authorReach,
      engagement: message.engagement,
    }),
    sentiment: message.sentiment,
    intent: message.intent,
    recentReplies: 0,
    recentShares: 0,
    openDeal: false,
    stage: null,
  });
}

/**
 * Sets the priority of the batch's new inbound messages (from its message_added events) once
 * everything else of the batch is written, so the author's new engagement and the batch's deals
 * count; the events carry the priority on to live subscribers.
 */
export async function prioritizeNewMessages(
  client: pg.PoolClient,
  events: NewEvent[],
): Promise<void> {
  const added = new Map(
    events.flatMap((event) =>
      event.type === "message_added" && event.messageId ? [[event.messageId, event] as const] : [],
    ),
  );
  if (added.size === 0) return;
  const { rows } = await client.query<PrioritySignals & { id: number }>(
    `SELECT m.id, p."influenceScore" AS influence, m.sentiment, m.intent::text AS intent, p.stage::text AS stage,
            recent.replies::int AS "recentReplies", recent.shares::int AS "recentShares",
            EXISTS (SELECT 1 FROM "Deal" d WHERE d.status = 'open' AND d."contactId" = p.id)
              OR EXISTS (SELECT 1 FROM "Deal" d WHERE d.status = 'open' AND d."organizationId" = p."organizationId") AS "openDeal"
       FROM "Message" m
       JOIN "Person" p ON p.id = m."authorId"
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE r.id <> m.id) AS replies, COALESCE(sum(r.shares), 0) AS shares
           FROM "Message" r
          WHERE r."conversationId" = m."conversationId" AND r."postedAt" > m."postedAt" - interval '1 hour' AND r."postedAt" <= m."postedAt"
       ) recent
      WHERE m.id = ANY($1::int[]) AND m.direction = 'inbound'`,
    [[...added.keys()]],
  );
  if (rows.length === 0) return;
  const priorities = rows.map((row) => messagePriority(row));
  await client.query(
    `UPDATE "Message" m SET priority = u.priority::"Priority" FROM unnest($1::int[], $2::text[]) AS u(id, priority)
      WHERE m.id = ANY($1::int[]) AND m.id = u.id AND m.priority <> u.priority::"Priority"`,
    [rows.map((row) => row.id), priorities],
  );
  rows.forEach((row, i) => {
    added.get(row.id)!.payload = { ...added.get(row.id)!.payload, priority: priorities[i] };
  });
}
