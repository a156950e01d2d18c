import { withTransaction } from "../../apps/api/src/db/transaction.ts";
import { recordEvents } from "../../apps/api/src/events/log.ts";
import type { TestApi } from "./api.ts";

/**
 * Commits `count` person_updated events, each in its own transaction on its own connection, the
 * way concurrent API requests and imports do; `holdMs` keeps a transaction open after its insert so
 * that transactions commit in a different order than their ids were taken.
 */
export async function writeEvents(
  api: TestApi,
  count: number,
  options: {
    writers?: number;
    holdMs?: () => number;
    payload?: (i: number) => Record<string, unknown>;
  } = {},
): Promise<void> {
  const writers = options.writers ?? 1;
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      await withTransaction(api.db.pool, async (client) => {
        await recordEvents(client, [
          { type: "person_updated", payload: options.payload?.(i) ?? { i } },
        ]);
        const hold = options.holdMs?.() ?? 0;
        if (hold > 0) await client.query(`SELECT pg_sleep($1)`, [hold / 1000]);
      });
      api.app.services.live.notify();
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
}

/** Every event in the log in cursor order, as integrators would see them. */
export async function allEventIds(api: TestApi): Promise<string[]> {
  const { rows } = await api.db.pool.query(
    `SELECT e.id::text AS id FROM "Event" e ORDER BY e.txid, e.id`,
  );
  return rows.map((row) => row.id);
}
