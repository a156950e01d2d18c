// Alert evaluation follows the event log, after the import's commit, never inside it: an import
// never waits for alerts, and every API instance sharing the database could evaluate. One does at
// a time: the instance that takes the evaluation lock reads the log on from the stored cursor,
// writes the batch's alerts, their `alert_raised` events and the new cursor in one transaction.
// Each message is therefore evaluated once, and again after a crash; the unique (rule, key) of an
// alert keeps it to one row per conversation whatever happens.
import type pg from "pg";
import type { EventCursor } from "../events/cursor.ts";
import { HeldBackRetry } from "../events/held-back.ts";
import {
  eventsAfter,
  headCursor,
  type NewEvent,
  readCommittedEvents,
  recordEvents,
} from "../events/log.ts";
import { CoalescedRounds } from "../events/rounds.ts";
import type { EventSignal } from "../events/signal.ts";
import type { Priority } from "../influence/priority.ts";
import { logger, outageLog } from "../log.ts";
import { judgeCrisis, MIN_RECENT_HOURS } from "./crisis.ts";
import {
  type AlertDraft,
  combineDrafts,
  competitorUnhappy,
  crisisDraft,
  influentialUnhappy,
  type MessageSignals,
} from "./evaluate.ts";
import { type AlertRuleShape, paramsOf } from "./rules.ts";

const log = logger("alerts");

/** Advisory lock of the evaluating instance (the other 7270xx locks are the import's and influence's). */
const ALERT_EVALUATION_LOCK = 727010;
/** A message posted longer ago than this before it is imported is history being backfilled, not news. */
export const ALERT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const WEEK_MINUTES = 7 * 24 * 60;

export interface AlertEvaluatorOptions {
  /** Events read per transaction. */
  pageSize?: number;
}

export class AlertEvaluator {
  private readonly pageSize: number;
  // The next signal or poll after a failed round tries again from the stored cursor.
  private readonly rounds = new CoalescedRounds(
    () => this.evaluateLog(),
    outageLog(log, "Evaluating alerts"),
  );
  private stopSignal: (() => void) | null = null;
  private readonly heldBack = new HeldBackRetry(() => void this.poke());

  constructor(
    private readonly pool: pg.Pool,
    private readonly signal: EventSignal,
    options: AlertEvaluatorOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 500;
  }

  /** Starts from the stored cursor, or from now on a database that never evaluated alerts. */
  async start(): Promise<void> {
    const head = await headCursor(this.pool);
    await this.pool.query(
      `INSERT INTO "AlertEvaluation" (id, "cursorTxid", "cursorId") VALUES (1, $1::bigint, $2::bigint) ON CONFLICT (id) DO NOTHING`,
      [head.txid.toString(), head.id.toString()],
    );
    // Woken by the same signals and the same poll as the live tail.
    this.stopSignal = this.signal.follow(() => void this.poke());
  }

  async stop(): Promise<void> {
    this.stopSignal?.();
    await this.rounds.stop();
    this.heldBack.stop();
  }

  /** Evaluates what the log holds now; concurrent pokes coalesce into one more round. */
  poke(): Promise<void> {
    return this.rounds.poke();
  }

  /** Pages through the log until a page is not full. */
  private async evaluateLog(): Promise<void> {
    while (!this.rounds.stopped && (await this.evaluatePage())) {
      // A full page: more is waiting.
    }
  }

  /** One page of the log in one transaction; true when the page was full. */
  private async evaluatePage(): Promise<boolean> {
    const client = await this.pool.connect();
    let raised = 0;
    let full = false;
    try {
      await client.query("BEGIN");
      const { rows: lock } = await client.query("SELECT pg_try_advisory_xact_lock($1) AS locked", [
        ALERT_EVALUATION_LOCK,
      ]);
      // Another instance is evaluating; it hears the same signals and reads on after its page.
      if (!lock[0].locked) {
        await client.query("ROLLBACK");
        return false;
      }
      const { rows } = await client.query(
        `SELECT "cursorTxid"::text AS txid, "cursorId"::text AS id FROM "AlertEvaluation" WHERE id = 1`,
      );
      const cursor: EventCursor = { txid: BigInt(rows[0].txid), id: BigInt(rows[0].id) };
      const events = await readCommittedEvents(client, cursor, { limit: this.pageSize });
      full = events.length === this.pageSize;
      // A signalled event stays unreadable while an older transaction of this database runs: read
      // again soon rather than at the next poll.
      if (!full) this.heldBack.update(await eventsAfter(client, events.at(-1)?.cursor ?? cursor));
      if (events.length === 0) {
        await client.query("ROLLBACK");
        return false;
      }
      const messageIds = events.flatMap((event) =>
        event.type === "message_added" && event.messageId ? [event.messageId] : [],
      );
      const drafts = messageIds.length > 0 ? await draftAlerts(client, messageIds) : [];
      raised = await writeAlerts(client, drafts);
      const last = events[events.length - 1]!.cursor;
      await client.query(
        `UPDATE "AlertEvaluation" SET "cursorTxid" = $1::bigint, "cursorId" = $2::bigint, "updatedAt" = now() WHERE id = 1`,
        [last.txid.toString(), last.id.toString()],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    if (raised > 0) this.signal.notify();
    return full;
  }
}

export async function enabledRules(client: pg.PoolClient | pg.Pool): Promise<AlertRuleShape[]> {
  const { rows } = await client.query(
    `SELECT id, name, kind::text AS kind, enabled, params FROM "AlertRule" WHERE enabled ORDER BY id`,
  );
  return rows.map((row) => ({ ...row, params: paramsOf(row.kind, row.params) }));
}

/** The alerts the rules raise for these new messages (inbound, and recent enough to be news). */
export async function draftAlerts(
  client: pg.PoolClient,
  messageIds: number[],
): Promise<AlertDraft[]> {
  const rules = await enabledRules(client);
  if (rules.length === 0) return [];
  const messages = await messageSignals(
    client,
    messageIds,
    new Date(Date.now() - ALERT_MAX_AGE_MS),
  );
  const drafts: AlertDraft[] = [];
  for (const rule of rules) {
    if (rule.kind === "influential_unhappy") {
      for (const message of messages)
        drafts.push(
          ...nonNull(influentialUnhappy(rule as AlertRuleShape<"influential_unhappy">, message)),
        );
    } else if (rule.kind === "competitor_unhappy") {
      for (const message of messages)
        drafts.push(
          ...nonNull(competitorUnhappy(rule as AlertRuleShape<"competitor_unhappy">, message)),
        );
    } else {
      drafts.push(...(await crisisDrafts(client, rule as AlertRuleShape<"crisis">, messages)));
    }
  }
  return combineDrafts(drafts);
}

const nonNull = <T>(value: T | null): T[] => (value === null ? [] : [value]);

async function messageSignals(
  client: pg.PoolClient,
  messageIds: number[],
  notBefore: Date,
): Promise<MessageSignals[]> {
  const { rows } = await client.query(
    `SELECT m.id AS "messageId", m."conversationId", p.id AS "personId", p."displayName", p.reach AS followers,
            p."influenceScore" AS influence, m.sentiment, m.intent::text AS intent, m.priority::text AS priority,
            (extract(epoch FROM m."postedAt") * 1000)::float8 AS "postedAtMs",
            (SELECT count(*)::int FROM "Message" r
              WHERE r."conversationId" = m."conversationId" AND r.id <> m.id
                AND r."postedAt" > m."postedAt" - interval '1 hour' AND r."postedAt" <= m."postedAt") AS "recentReplies",
            COALESCE((SELECT json_agg(json_build_object('brandId', b.id, 'name', b.name, 'kind', b.kind, 'sentiment', bm.sentiment))
                        FROM "BrandMention" bm JOIN "Brand" b ON b.id = bm."brandId" WHERE bm."messageId" = m.id), '[]'::json) AS brands
       FROM "Message" m JOIN "Person" p ON p.id = m."authorId"
      WHERE m.id = ANY($1::int[]) AND m.direction = 'inbound' AND m."postedAt" > $2::timestamp`,
    [messageIds, notBefore.toISOString()],
  );
  return rows.map(({ postedAtMs, ...row }) => ({
    ...row,
    priority: row.priority as Priority,
    postedAt: new Date(postedAtMs),
  }));
}

/**
 * For each own brand a batch's messages mention negatively: the count of negative mentions in the
 * window ending at the newest of them, judged against the same window in earlier weeks.
 */
async function crisisDrafts(
  client: pg.PoolClient,
  rule: AlertRuleShape<"crisis">,
  messages: MessageSignals[],
): Promise<AlertDraft[]> {
  const p = rule.params;
  const brands = new Map<number, { name: string; latest: MessageSignals; newMentions: number }>();
  for (const message of messages) {
    for (const brand of message.brands) {
      const sentiment = brand.sentiment ?? message.sentiment;
      if (brand.kind !== "own" || sentiment === null || sentiment > p.sentimentBelow) continue;
      const held = brands.get(brand.brandId);
      if (!held) brands.set(brand.brandId, { name: brand.name, latest: message, newMentions: 1 });
      else {
        held.newMentions++;
        if (message.postedAt > held.latest.postedAt) held.latest = message;
      }
    }
  }
  const drafts: AlertDraft[] = [];
  for (const [brandId, { name, latest, newMentions }] of brands) {
    const at = latest.postedAt.toISOString();
    const windows = (stepMinutes: number, first: number, last: number) =>
      client.query<{ n: number }>(
        `WITH history AS (SELECT min("postedAt") AS start FROM "BrandMention" WHERE "brandId" = $1)
         SELECT (SELECT count(*)::int FROM "BrandMention" bm
                  WHERE bm."brandId" = $1 AND bm.sentiment <= $2
                    AND bm."postedAt" > $3::timestamp - (k * $4 + $5) * interval '1 minute'
                    AND bm."postedAt" <= $3::timestamp - k * $4 * interval '1 minute') AS n
           FROM generate_series($6::int, $7::int) k, history
          WHERE k = 0 OR $3::timestamp - (k * $4 + $5) * interval '1 minute' >= history.start
          ORDER BY k`,
        [brandId, p.sentimentBelow, at, stepMinutes, p.windowMinutes, first, last],
      );
    // k = 0 is the window that just ended; k = 1..weeks the same window 1..weeks earlier.
    const weekly = (await windows(WEEK_MINUTES, 0, p.weeks)).rows.map((row) => row.n);
    const current = weekly[0] ?? 0;
    if (current < p.minCount) continue;
    const sameHourOfWeek = weekly.slice(1);
    const recentHours =
      sameHourOfWeek.length >= p.minWeeks
        ? []
        : (
            await windows(
              p.windowMinutes,
              1,
              Math.max(MIN_RECENT_HOURS, Math.floor(WEEK_MINUTES / p.windowMinutes)),
            )
          ).rows.map((row) => row.n);
    const verdict = judgeCrisis({ current, sameHourOfWeek, recentHours }, p);
    if (verdict.crisis)
      drafts.push(crisisDraft(rule, { brandId, name }, latest, newMentions, current, verdict));
  }
  return drafts;
}

/**
 * Upserts the drafts on (rule, key) and records an `alert_raised` event for each, in the caller's
 * transaction. An alert that grows keeps its highest severity; when the severity rises it leaves
 * the acknowledged pile again, since someone has to look at it anew.
 */
async function writeAlerts(client: pg.PoolClient, drafts: AlertDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const { rows } = await client.query(
    `INSERT INTO "Alert" ("ruleId", key, severity, reason, "personId", "messageId", "conversationId", "brandId", "messageCount", details)
     SELECT r, k, s::"Priority", why, p, m, c, b, n, d
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::jsonb[])
         AS d(r, k, s, why, p, m, c, b, n, d)
     ON CONFLICT ("ruleId", key) DO UPDATE SET
       severity = GREATEST("Alert".severity, EXCLUDED.severity),
       reason = EXCLUDED.reason,
       "personId" = EXCLUDED."personId",
       "messageId" = EXCLUDED."messageId",
       "conversationId" = EXCLUDED."conversationId",
       "brandId" = EXCLUDED."brandId",
       "messageCount" = "Alert"."messageCount" + EXCLUDED."messageCount",
       details = EXCLUDED.details,
       "updatedAt" = now(),
       "acknowledgedAt" = CASE WHEN EXCLUDED.severity > "Alert".severity THEN NULL ELSE "Alert"."acknowledgedAt" END,
       "acknowledgedBy" = CASE WHEN EXCLUDED.severity > "Alert".severity THEN NULL ELSE "Alert"."acknowledgedBy" END
     RETURNING id, "ruleId", severity::text AS severity, reason, "personId", "messageId", "conversationId", "brandId", "messageCount",
               (xmax = 0) AS new`,
    [
      drafts.map((d) => d.ruleId),
      drafts.map((d) => d.key),
      drafts.map((d) => d.severity),
      drafts.map((d) => d.reason),
      drafts.map((d) => d.personId),
      drafts.map((d) => d.messageId),
      drafts.map((d) => d.conversationId),
      drafts.map((d) => d.brandId),
      drafts.map((d) => d.messageCount),
      drafts.map((d) => JSON.stringify(d.details)),
    ],
  );
  const events: NewEvent[] = rows.map((row) => ({
    type: "alert_raised",
    personId: row.personId,
    conversationId: row.conversationId,
    messageId: row.messageId,
    payload: {
      alertId: row.id,
      ruleId: row.ruleId,
      severity: row.severity,
      reason: row.reason,
      brandId: row.brandId,
      messageCount: row.messageCount,
      new: row.new,
    },
  }));
  await recordEvents(client, events);
  return rows.length;
}
