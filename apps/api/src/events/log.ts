import type pg from "pg";
import { Parameters, runStatement } from "../db/statement.ts";
import type { EventType } from "../generated/prisma/enums.ts";
import { type EventCursor, startOfLog } from "./cursor.ts";

export interface NewEvent {
  type: EventType;
  personId?: number | null;
  conversationId?: number | null;
  messageId?: number | null;
  dealId?: number | null;
  payload?: Record<string, unknown>;
}

export interface LoggedEvent {
  cursor: EventCursor;
  type: EventType;
  personId: number | null;
  conversationId: number | null;
  messageId: number | null;
  dealId: number | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * SQL for the transaction id below which every transaction that can still write this database's
 * log has ended: the oldest transaction still running in the statement's snapshot, leaving out the
 * ones pg_stat_activity shows running in another database of the server (a session writes only the
 * database it is connected to, so their events can never appear here), or the snapshot's xmax when
 * none is left. Only a transaction known to belong to another database is left out; one that ended
 * meanwhile, a prepared one, or one whose backend is not visible still counts, which can only hold
 * events back longer. This is pg_snapshot_xmin without other databases' transactions: on a shared
 * server another application's long transaction no longer delays Parley's deliveries. Both sides of
 * the match are a transaction id's low 32 bits: running transactions span far less than 2^31.
 */
export const settledTxidHorizon = `(SELECT COALESCE(
    (SELECT min(x::text::bigint) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
      WHERE NOT EXISTS (
        SELECT 1 FROM pg_stat_activity a
         WHERE a.backend_xid::text::bigint = x::text::bigint % 4294967296
           AND a.datid <> (SELECT oid FROM pg_database WHERE datname = current_database()))),
    pg_snapshot_xmax(pg_current_snapshot())::text::bigint))`;

/**
 * Writes events inside the caller's transaction, so they commit (or roll back) with the change.
 * The one writer of the Event table: imports, merges, cases and alerts all come through here.
 */
export async function recordEvents(client: pg.PoolClient, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const params = new Parameters();
  const input = params.unnest("e", events, [
    { name: "t", type: "text", value: (event) => event.type },
    { name: "p", type: "int", value: (event) => event.personId ?? null },
    { name: "c", type: "int", value: (event) => event.conversationId ?? null },
    { name: "m", type: "int", value: (event) => event.messageId ?? null },
    { name: "d", type: "int", value: (event) => event.dealId ?? null },
    { name: "j", type: "jsonb", value: (event) => JSON.stringify(event.payload ?? {}) },
  ]);
  await runStatement(
    client,
    params.statement(
      `INSERT INTO "Event" (type, "personId", "conversationId", "messageId", "dealId", payload)
       SELECT t::"EventType", p, c, m, d, j FROM ${input.sql}`,
    ),
  );
}

/** Above this many events of one type in a batch, subscribers get one summary event instead of a flood. */
export const COALESCE_ABOVE = 50;
const COALESCED_TYPES = new Set<EventType>([
  "person_created",
  "touchpoint_recorded",
  "deal_stage_changed",
  "person_merged",
]);

/**
 * A big batch's events as subscribers should get them. `message_added` is always one event per
 * message, since integrators filter those one by one; the other kinds coalesce above COALESCE_ABOVE.
 */
export function coalesceEvents(events: NewEvent[]): NewEvent[] {
  const counts = new Map<EventType, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const written: NewEvent[] = [];
  const summarized = new Set<EventType>();
  for (const event of events) {
    const count = counts.get(event.type)!;
    if (!COALESCED_TYPES.has(event.type) || count <= COALESCE_ABOVE) written.push(event);
    else if (!summarized.has(event.type)) {
      summarized.add(event.type);
      written.push({ type: event.type, payload: { coalesced: true, count } });
    }
  }
  return written;
}

/**
 * Events after `after`, in cursor order, from transactions that are all finished: those older than
 * the oldest transaction of this database still running. A later read can therefore never return an event that
 * sorts before one already returned.
 */
export async function readCommittedEvents(
  pool: pg.Pool | pg.PoolClient,
  after: EventCursor,
  options: { types?: EventType[] | null; limit: number },
): Promise<LoggedEvent[]> {
  const params: unknown[] = [after.txid.toString(), after.id.toString(), options.limit];
  let typeFilter = "";
  if (options.types && options.types.length > 0) {
    params.push(options.types);
    typeFilter = `AND type = ANY($4::"EventType"[])`;
  }
  const { rows } = await pool.query(
    // Ordered by the table's bigint columns: the text copies selected for BigInt would sort 1000 before 997.
    `SELECT e.id::text AS id, e.txid::text AS txid, type, "personId", "conversationId", "messageId", "dealId", payload, "createdAt"
       FROM "Event" e
      WHERE (e.txid, e.id) > ($1::bigint, $2::bigint)
        AND e.txid < ${settledTxidHorizon}
        ${typeFilter}
      ORDER BY e.txid, e.id
      LIMIT $3`,
    params,
  );
  return rows.map((row) => ({
    cursor: { txid: BigInt(row.txid), id: BigInt(row.id) },
    type: row.type,
    personId: row.personId,
    conversationId: row.conversationId,
    messageId: row.messageId,
    dealId: row.dealId,
    payload: row.payload ?? {},
    createdAt: row.createdAt,
  }));
}

/**
 * Whether committed events follow `after`. Right after a read reached the end of what was readable,
 * these are events held back because an older transaction of this database is still
 * running, or events that committed since: either way the log must be read again soon.
 */
export async function eventsAfter(
  pool: pg.Pool | pg.PoolClient,
  after: EventCursor,
): Promise<boolean> {
  const { rows } = await pool.query(
    `SELECT EXISTS (SELECT 1 FROM "Event" e WHERE (e.txid, e.id) > ($1::bigint, $2::bigint)) AS pending`,
    [after.txid.toString(), after.id.toString()],
  );
  return rows[0].pending;
}

/** The cursor of the newest committed event, where a live tail starts. */
export async function headCursor(pool: pg.Pool): Promise<EventCursor> {
  const { rows } = await pool.query(
    `SELECT e.txid::text AS txid, e.id::text AS id FROM "Event" e
      WHERE e.txid < ${settledTxidHorizon}
      ORDER BY e.txid DESC, e.id DESC LIMIT 1`,
  );
  return rows[0] ? { txid: BigInt(rows[0].txid), id: BigInt(rows[0].id) } : startOfLog;
}
