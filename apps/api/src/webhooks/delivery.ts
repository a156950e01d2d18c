import type pg from "pg";
import { compareCursors, type EventCursor, encodeCursor } from "../events/cursor.ts";
import { type LoggedEvent, readCommittedEvents } from "../events/log.ts";
import { CoalescedRounds } from "../events/rounds.ts";
import type { EventSignal } from "../events/signal.ts";
import type { EventType } from "../generated/prisma/enums.ts";
import { logger, outageLog } from "../log.ts";
import { sendWebhook } from "./send.ts";
import { signatureHeader } from "./signing.ts";

const log = logger("webhooks");

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/**
 * Delays before each retry after the first attempt: the Standard Webhooks schedule (5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h) with 10 h repeated up to about three days in all (67.6 h).
 */
export const standardRetrySchedule = [
  5 * second,
  5 * minute,
  30 * minute,
  2 * hour,
  5 * hour,
  10 * hour,
  10 * hour,
  10 * hour,
  10 * hour,
  10 * hour,
  10 * hour,
];

export interface WebhookDeliveryOptions {
  /** Delays (ms) before retry 1, 2, ...; the head event is given up after the last. */
  retrySchedule?: number[];
  /** How often endpoints are looked at when no event signal arrives. */
  pollIntervalMs?: number;
  /** Timeout of one request. */
  requestTimeoutMs?: number;
  /** How long an instance holds an endpoint past each attempt's start: another takes over after a crash. */
  leaseMs?: number;
}

interface ClaimedWebhook {
  id: number;
  url: string;
  events: EventType[];
  secrets: string[];
  failedAttempts: number;
  cursor: EventCursor;
  /** Set while replaying: delivery runs from `cursor` (the replay position) up to this, inclusive. */
  replayEnd: EventCursor | null;
}

/** The `webhook-id` of an event: the same for every attempt and replay of it. */
export function messageIdOf(cursor: EventCursor): string {
  return `evt_${cursor.txid}_${cursor.id}`;
}

/** The Standard Webhooks payload: type, timestamp, data. */
function payloadOf(event: LoggedEvent): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: {
      cursor: encodeCursor(event.cursor),
      personId: event.personId,
      conversationId: event.conversationId,
      messageId: event.messageId,
      dealId: event.dealId,
      payload: event.payload,
    },
  });
}

/**
 * Delivers each endpoint's events in cursor order, one at a time: the head event blocks later ones
 * while it is retried. An instance claims an endpoint with a lease taken under
 * `FOR UPDATE SKIP LOCKED`, so instances never deliver to one endpoint at once; the cursor, the
 * attempt count and the next attempt's time are rows, so a restart resumes where delivery stopped.
 */
export class WebhookDeliverer {
  private readonly retrySchedule: number[];
  private readonly pollIntervalMs: number;
  private readonly requestTimeoutMs: number;
  private readonly leaseMs: number;
  private readonly rounds = new CoalescedRounds(
    () => this.deliverRound(),
    outageLog(log, "Delivering webhooks"),
  );
  private timer: NodeJS.Timeout | null = null;
  private stopSignal: (() => void) | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly signal: EventSignal,
    readonly allowPrivate: boolean,
    options: WebhookDeliveryOptions = {},
  ) {
    this.retrySchedule = options.retrySchedule ?? standardRetrySchedule;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10 * second;
    this.leaseMs = options.leaseMs ?? this.requestTimeoutMs + 20 * second;
  }

  start(): void {
    this.stopSignal = this.signal.listen(() => void this.poke());
    this.timer = setInterval(() => void this.poke(), this.pollIntervalMs);
    this.timer.unref();
    void this.poke();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.stopSignal?.();
    await this.rounds.stop();
  }

  /** Delivers what is due now; concurrent pokes coalesce into one more round. */
  poke(): Promise<void> {
    return this.rounds.poke();
  }

  private async deliverRound(): Promise<void> {
    // Each endpoint once per round: one with nothing to deliver is due again at once.
    const visited: number[] = [];
    for (
      let claimed = await this.claim(visited);
      claimed && !this.rounds.stopped;
      claimed = await this.claim(visited)
    ) {
      visited.push(claimed.id);
      await this.deliverDue(claimed);
    }
  }

  /** Leases one enabled endpoint whose next attempt is due and that no instance holds. */
  private async claim(visited: number[]): Promise<ClaimedWebhook | null> {
    const { rows } = await this.pool.query(
      `UPDATE "Webhook" w SET "leasedUntil" = now() + $1 * interval '1 millisecond'
        WHERE w.id = (SELECT id FROM "Webhook"
                       WHERE enabled AND "nextAttemptAt" <= now() AND ("leasedUntil" IS NULL OR "leasedUntil" < now())
                         AND id <> ALL($2::int[])
                       ORDER BY "nextAttemptAt", id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, url, events::text[] AS events, secret, "previousSecret", "previousSecretExpiresAt" > now() AS "previousValid",
                 "failedAttempts", "cursorTxid"::text, "cursorId"::text, "replayTxid"::text, "replayId"::text,
                 "replayEndTxid"::text, "replayEndId"::text`,
      [this.leaseMs, visited],
    );
    const row = rows[0];
    if (!row) return null;
    const replaying = row.replayEndTxid != null;
    return {
      id: row.id,
      url: row.url,
      events: row.events,
      secrets:
        row.previousValid && row.previousSecret ? [row.secret, row.previousSecret] : [row.secret],
      failedAttempts: row.failedAttempts,
      cursor: replaying
        ? { txid: BigInt(row.replayTxid), id: BigInt(row.replayId) }
        : { txid: BigInt(row.cursorTxid), id: BigInt(row.cursorId) },
      replayEnd: replaying
        ? { txid: BigInt(row.replayEndTxid), id: BigInt(row.replayEndId) }
        : null,
    };
  }

  /** Delivers the endpoint's events in order until one fails (then schedules its retry) or none is left. */
  private async deliverDue(webhook: ClaimedWebhook): Promise<void> {
    for (;;) {
      if (this.rounds.stopped) return this.release(webhook.id);
      const [event] = await readCommittedEvents(this.pool, webhook.cursor, {
        types: webhook.events,
        limit: 1,
      });
      if (webhook.replayEnd && (!event || compareCursors(event.cursor, webhook.replayEnd) > 0)) {
        await this.pool.query(
          `UPDATE "Webhook" SET "replayTxid" = NULL, "replayId" = NULL, "replayEndTxid" = NULL, "replayEndId" = NULL WHERE id = $1`,
          [webhook.id],
        );
        // The events after the endpoint's own cursor are delivered in the next round.
        this.rounds.requestAnother();
        return this.release(webhook.id);
      }
      if (!event) return this.release(webhook.id);
      const delivered = await this.attempt(webhook, event);
      if (!delivered) return;
      webhook.cursor = event.cursor;
      webhook.failedAttempts = 0;
    }
  }

  /** One attempt at one event; true when it was delivered and the cursor moved past it. */
  private async attempt(webhook: ClaimedWebhook, event: LoggedEvent): Promise<boolean> {
    await this.pool.query(
      `UPDATE "Webhook" SET "leasedUntil" = now() + $2 * interval '1 millisecond' WHERE id = $1`,
      [webhook.id, this.leaseMs],
    );
    const messageId = messageIdOf(event.cursor);
    const body = payloadOf(event);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "webhook-id": messageId,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signatureHeader(webhook.secrets, messageId, timestamp, body),
    };
    const result = await sendWebhook(new URL(webhook.url), headers, body, {
      timeoutMs: this.requestTimeoutMs,
      allowPrivate: this.allowPrivate,
    });
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const gone = result.status === 410;
    const attempts = webhook.failedAttempts + 1;
    const givenUp = !ok && !gone && attempts > this.retrySchedule.length;
    const status = ok ? "delivered" : gone || givenUp ? "failed" : "pending";
    await this.pool.query(
      `INSERT INTO "WebhookDelivery" ("webhookId", "messageId", "eventType", "eventTxid", "eventId", status, attempts, "lastStatus", "lastLatencyMs", "lastError", "lastAttemptAt")
       -- Nothing when the endpoint was deleted while this attempt was in flight.
       SELECT $1, $2, $3::"EventType", $4::bigint, $5::bigint, $6, 1, $7, $8, $9, now() WHERE EXISTS (SELECT 1 FROM "Webhook" WHERE id = $1)
       ON CONFLICT ("webhookId", "messageId") DO UPDATE SET status = EXCLUDED.status, attempts = "WebhookDelivery".attempts + 1,
         "lastStatus" = EXCLUDED."lastStatus", "lastLatencyMs" = EXCLUDED."lastLatencyMs", "lastError" = EXCLUDED."lastError", "lastAttemptAt" = now()`,
      [
        webhook.id,
        messageId,
        event.type,
        event.cursor.txid.toString(),
        event.cursor.id.toString(),
        status,
        result.status,
        result.latencyMs,
        result.error,
      ],
    );
    if (ok) {
      const position = webhook.replayEnd ? ["replayTxid", "replayId"] : ["cursorTxid", "cursorId"];
      await this.pool.query(
        `UPDATE "Webhook" SET "${position[0]}" = $2::bigint, "${position[1]}" = $3::bigint, "failedAttempts" = 0 WHERE id = $1`,
        [webhook.id, event.cursor.txid.toString(), event.cursor.id.toString()],
      );
      return true;
    }
    if (gone || givenUp) {
      // The cursor stays on the head event: a replay (which enables the endpoint again) resumes from it.
      const reason = gone
        ? "the endpoint answered 410 Gone"
        : `event ${encodeCursor(event.cursor)} failed ${attempts} times: ${result.error}`;
      log.warn({ webhookId: webhook.id, reason }, "Webhook endpoint disabled");
      await this.pool.query(
        `UPDATE "Webhook" SET enabled = false, "disabledReason" = $2, "leasedUntil" = NULL WHERE id = $1`,
        [webhook.id, reason],
      );
      return false;
    }
    const delayMs = this.retrySchedule[attempts - 1];
    log.info(
      { webhookId: webhook.id, messageId, attempts, status: result.status, retryInMs: delayMs },
      "Webhook delivery failed, will retry",
    );
    await this.pool.query(
      `UPDATE "Webhook" SET "failedAttempts" = $2, "nextAttemptAt" = now() + $3 * interval '1 millisecond', "leasedUntil" = NULL WHERE id = $1`,
      [webhook.id, attempts, delayMs],
    );
    if (delayMs < this.pollIntervalMs) setTimeout(() => void this.poke(), delayMs).unref();
    return false;
  }

  private async release(id: number): Promise<void> {
    await this.pool.query(`UPDATE "Webhook" SET "leasedUntil" = NULL WHERE id = $1`, [id]);
  }
}
