// Small helpers for the set-based statements: every write sends whole columns as arrays and
// unnests them, so a batch costs a handful of round trips whatever its size.
import type pg from "pg";

/**
 * Prisma's DateTime columns are `timestamp(3)` holding UTC; an ISO string with "Z" cast to
 * timestamp keeps the UTC wall time, whereas pg would serialize a Date in the local zone.
 */
export const iso = (date: Date | undefined | null): string | null => (date ? date.toISOString() : null);

export const jsonText = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/** Reserves `count` ids of a table's sequence, so rows can be inserted with ids known in advance. */
export async function reserveIds(client: pg.PoolClient, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((row) => row.id);
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
    const next = previous.then(() => (client.query as (...a: unknown[]) => Promise<unknown>)(...args));
    previous = next.catch(() => {});
    return next;
  };
  return Object.assign(Object.create(client) as pg.PoolClient, { query });
}

