import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, type SubscriptionResults, untilLive, wsClient } from "../support/ws.ts";

const EVENTS = graphql(`
  subscription RedisInstancesEvents {
    events { cursor payload }
  }
`);
const EVENT_CURSORS = graphql(`
  subscription RedisInstancesCursors {
    events { cursor }
  }
`);
/** The test's own marks in an event's JSON payload (`writeEvents`' payload option). */
const marks = (result: SubscriptionResults<typeof EVENTS>[number]) =>
  result.data!.events.payload as { i?: number; probe?: boolean };

const redisUp = await redisAvailableForTests();

describe.runIf(redisUp)("several API instances on one PostgreSQL database", () => {
  const instances = instancesOnOneDatabase();

  test("a subscriber on one instance sees events written through another, through Redis", async () => {
    const writer = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
    const reader = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
    const isolated = await instances.start({ live: slowPoll });
    const key = await writer.keyFor("integrator");
    const readerClient = wsClient(reader.wsUrl, key);
    const isolatedClient = wsClient(isolated.wsUrl, key);
    let seen: SubscriptionResults<typeof EVENTS> = [];
    const ours = (all: typeof seen) => all.filter((result) => !marks(result).probe);
    const onReader = collect(
      readerClient,
      EVENTS,
      {},
      (all) => ours((seen = all)).length === 5,
      20_000,
    );
    const onIsolated = collect(isolatedClient, EVENT_CURSORS, {}, () => false, 3_000).catch(
      (error: Error) => error,
    );
    await untilLive(
      () => seen.length,
      () => writeEvents(writer, 1, { payload: () => ({ probe: true }) }),
    );
    await writeEvents(writer, 5);
    const results = ours(await onReader);
    expect(results.map((result) => marks(result).i)).toEqual([0, 1, 2, 3, 4]);
    // An instance without Redis hears nothing until its next poll: Redis carried the signal.
    expect(String(await onIsolated)).toMatch(/timed out after 3000 ms with 0 result/);
    await readerClient.dispose();
    await isolatedClient.dispose();
  }, 60_000);
});
