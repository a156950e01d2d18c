// What every writer shares: the batch's connection, its events and outcomes, and the activity it
// adds to people, applied once at the end of the batch.
import type pg from "pg";
import type { NewEvent } from "../../../events/log.ts";

export type Outcome = "created" | "updated" | "merged" | "unchanged";

export interface WriteContext {
  client: pg.PoolClient;
  events: NewEvent[];
  outcomes: Outcome[];
  personOf(mention: number): number;
  reachOf(personId: number): number;
  /** Activity per person, applied to the person's counters once at the end of the batch. */
  activity: Map<number, PersonActivity>;
}

export interface PersonActivity {
  messages: number;
  sentimentSum: number;
  sentimentCount: number;
  /** Replies, shares and likes the person's messages gained. */
  engagement: number;
  first?: Date;
  last?: Date;
}

export interface Row<R> {
  record: R;
  /** Position among the batch's valid records. */
  index: number;
  /** The person mention of the record's person reference. */
  mention?: number;
}

export function noteActivity(
  ctx: WriteContext,
  personId: number,
  at: Date | undefined,
  change: Partial<PersonActivity> = {},
): void {
  const entry = ctx.activity.get(personId) ?? {
    messages: 0,
    sentimentSum: 0,
    sentimentCount: 0,
    engagement: 0,
  };
  entry.messages += change.messages ?? 0;
  entry.engagement += change.engagement ?? 0;
  entry.sentimentSum += change.sentimentSum ?? 0;
  entry.sentimentCount += change.sentimentCount ?? 0;
  if (at && (!entry.first || at < entry.first)) entry.first = at;
  if (at && (!entry.last || at > entry.last)) entry.last = at;
  ctx.activity.set(personId, entry);
}

/** Each record's outcome from the rows its upsert returned (inserted or changed; absent: unchanged). */
export function settle<R>(
  ctx: WriteContext,
  rows: Row<R>[],
  superseded: Row<R>[],
  changed: Map<string, boolean>,
  key: (row: Row<R>) => string,
): void {
  for (const row of rows) {
    const inserted = changed.get(key(row));
    ctx.outcomes[row.index] =
      inserted === undefined ? "unchanged" : inserted ? "created" : "updated";
  }
  // An earlier copy of a record sent twice in one batch: the last copy is the one written.
  for (const row of superseded) ctx.outcomes[row.index] = "unchanged";
}
