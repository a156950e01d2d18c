import type { FormattedExecutionResult } from "graphql-ws";
import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";
import { writeEvents } from "../support/events.ts";
import { collect, untilLive, wsClient } from "../support/ws.ts";

const redisUp = await redisAvailableForTests();

describe.runIf(redisUp)("fan-out through Redis, one instance", () => {
  const instances = instancesOnOneDatabase();

  test("one instance with REDIS_URL delivers its own events", async () => {
    const single = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
    const client = wsClient(single.wsUrl, await single.keyFor("integrator"));
    let seen: FormattedExecutionResult<Record<string, any>, unknown>[] = [];
    const ours = (all: typeof seen) => all.filter((result) => !result.data!.events.payload.probe);
    const received = collect(
      client,
      "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }",
      {},
      (all) => ours((seen = all)).length === 3,
      20_000,
    );
    await untilLive(
      () => seen.length,
      () => writeEvents(single, 1, { payload: () => ({ probe: true }) }),
    );
    await writeEvents(single, 3);
    expect(ours(await received)).toHaveLength(3);
    await client.dispose();
  }, 60_000);
});
