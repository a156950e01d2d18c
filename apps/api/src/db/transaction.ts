import type pg from "pg";

/**
 * Runs `work` on one pooled connection inside BEGIN/COMMIT, rolling back on any error, for the
 * set-based SQL paths (merges, tests) that Prisma's interactive transactions do not serve.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
