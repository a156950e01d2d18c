import { ValidationError } from "../errors.ts";

/**
 * Position in the event log: the writing transaction's id, then the row id. Readers only pass
 * transactions older than every one of the database still in flight, so ordering by (txid, id) never skips an
 * event that commits late.
 */
export interface EventCursor {
  txid: bigint;
  id: bigint;
}

export const startOfLog: EventCursor = { txid: 0n, id: 0n };

export function encodeCursor(cursor: EventCursor): string {
  return `${cursor.txid}:${cursor.id}`;
}

export function decodeCursor(value: string, field = "after"): EventCursor {
  const match = /^(\d{1,19}):(\d{1,19})$/.exec(value.trim());
  if (!match)
    throw new ValidationError(
      field,
      `is not an event cursor (expected the cursor of an event, got ${JSON.stringify(value)})`,
    );
  return { txid: BigInt(match[1]), id: BigInt(match[2]) };
}

export function compareCursors(a: EventCursor, b: EventCursor): number {
  if (a.txid !== b.txid) return a.txid < b.txid ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
