// Small helpers for the set-based statements: every write sends whole columns as arrays and
// unnests them, so a batch costs a handful of round trips whatever its size.
import type pg from "pg";

/**
 * Prisma's DateTime columns are `timestamp(3)` holding UTC; an ISO string with "Z" cast to
 * timestamp keeps the UTC wall time, whereas pg would serialize a Date in the local zone.
 */
export const iso = (date: Date | undefined | null): string | null =>
  date ? date.toISOString() : null;

/**
 * A sum of int4 counts as int4, clamped to its range: likes, replies and shares may each reach the
 * int4 limit the records allow, so their sums can pass it, and a count that large stays as true
 * clamped. The expression must already be bigint (cast its first term).
 */
export const clampedInt4 = (bigintExpression: string): string =>
  `LEAST(2147483647, GREATEST(-2147483648, ${bigintExpression}))::int`;

export const jsonText = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** Reserves `count` ids of a table's sequence, so rows can be inserted with ids known in advance. */
export async function reserveIds(
  client: pg.PoolClient,
  table: string,
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((row) => row.id);
}

/**
 * Rows of a table by their (source, sourceId), one probe of its unique index each. Joining the
 * batch to the table instead lets the planner hash the whole table, a cost that grows with the
 * graph; every lookup of the import path is written this way (LATERAL ... LIMIT 1) for that reason.
 */
export async function rowsBySource<R extends { id: number }>(
  client: pg.PoolClient,
  table: "Campaign" | "Community" | "Conversation",
  keys: { sources: string[]; ids: string[] },
  extraColumns = "",
): Promise<Map<string, R>> {
  const { rows } = await client.query<R & { source: string; sourceId: string }>(
    `SELECT t.*, k.s AS source, k.i AS "sourceId" FROM unnest($1::text[], $2::text[]) AS k(s, i)
     CROSS JOIN LATERAL (SELECT id${extraColumns} FROM "${table}" WHERE source = k.s AND "sourceId" = k.i LIMIT 1) t`,
    [keys.sources, keys.ids],
  );
  return new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row]));
}

/** `source \u0000 id`: the key of a (source, sourceId) row in maps. */
export const sourceKey = (source: string, id: string): string => `${source}\u0000${id}`;

/** Keeps the last row per key: one statement may not upsert the same row twice. */
export function lastPerKey<T>(rows: T[], key: (row: T) => string): { kept: T[]; superseded: T[] } {
  const last = new Map<string, T>();
  for (const row of rows) last.set(key(row), row);
  const keptSet = new Set(last.values());
  return { kept: [...last.values()], superseded: rows.filter((row) => !keptSet.has(row)) };
}

/**
 * The batch's connection for writers that run side by side: each statement is sent once the one
 * before it has finished (pg deprecates queueing on a busy client), while the writers' own work
 * in this process overlaps the database's.
 */
export function oneStatementAtATime(client: pg.PoolClient): pg.PoolClient {
  let previous: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const next = previous.then(() =>
      (client.query as (...a: unknown[]) => Promise<unknown>)(...args),
    );
    previous = next.catch(() => {});
    return next;
  };
  return Object.assign(Object.create(client) as pg.PoolClient, { query });
}
