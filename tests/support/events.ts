import { withTransaction } from "../../apps/api/src/db/transaction.ts";
import { recordEvents } from "../../apps/api/src/events/log.ts";
import type { TestApi } from "./api.ts";
import { graphql } from "./graphql/index.ts";
import { subscribeTo, untilLive, wsClient } from "./ws.ts";

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

const EVENT_PAYLOADS = graphql(`
  subscription FollowedEventPayloads {
    events { payload }
  }
`);

/** What a test marks its events' JSON payloads with (writeEvents' `payload` option). */
export interface EventMarks {
  i?: number;
  probe?: boolean;
}

/**
 * A subscriber of every event's payload as `role` on `api`, live when this resolves (probe
 * events are written until it has seen one). `payloads()` are what it received since, probes left
 * out; `errors` what its subscription failed with.
 */
export async function followEventPayloads(api: TestApi, role: "integrator" = "integrator") {
  const client = wsClient(api.wsUrl, await api.keyFor(role));
  const received: EventMarks[] = [];
  const errors: unknown[] = [];
  subscribeTo(
    client,
    EVENT_PAYLOADS,
    {},
    {
      next: (result) => void received.push(result.data!.events.payload as EventMarks),
      error: (error) => void errors.push(error),
      complete: () => {},
    },
  );
  await untilLive(
    () => received.length,
    () => writeEvents(api, 1, { payload: () => ({ probe: true }) }),
  );
  return {
    payloads: () => received.filter((payload) => !payload.probe),
    errors,
    close: () => client.dispose(),
  };
}
