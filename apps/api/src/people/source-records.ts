import type pg from "pg";
import { currentSurvivor } from "../identity/merge.ts";

/**
 * The person a source record resolved to: the surviving profile when it was merged since (merges
 * can chain, A into B and later B into C). Null when no record of that source and id was imported.
 */
export async function personOfSourceRecord(
  pool: pg.Pool,
  source: string,
  sourceId: string,
): Promise<number | null> {
  const { rows } = await pool.query<{ personId: number }>(
    `SELECT "personId" FROM "PersonSource" WHERE source = $1 AND "sourceId" = $2`,
    [source, sourceId],
  );
  return rows[0] ? currentSurvivor(pool, rows[0].personId) : null;
}
