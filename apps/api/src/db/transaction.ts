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

/**
 * Prices the rest of the transaction for statements that touch a few thousand rows of tables that
 * grow with the graph (an import's batch, the merge-candidate refresh after it). Priced with the
 * defaults (random reads from disk), whole-table scans look cheaper than that many index probes,
 * which made each batch slower the bigger the graph; the graph's indexes are in memory while it
 * imports. And compiling such statements (JIT) costs more than running them.
 */
export async function priceForIndexProbes(client: pg.PoolClient): Promise<void> {
  await client.query("SET LOCAL random_page_cost = 1.1; SET LOCAL jit = off");
}
