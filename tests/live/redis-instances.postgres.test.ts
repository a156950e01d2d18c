import type { FormattedExecutionResult } from "graphql-ws";
import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";
import { writeEvents } from "../support/events.ts";
import { collect, untilLive, wsClient } from "../support/ws.ts";

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
    let seen: FormattedExecutionResult<Record<string, any>, unknown>[] = [];
    const ours = (all: typeof seen) => all.filter((result) => !result.data!.events.payload.probe);
    const onReader = collect(
      readerClient,
      "subscription { events { cursor payload } }",
      {},
      (all) => ours((seen = all)).length === 5,
      20_000,
    );
    const onIsolated = collect(
      isolatedClient,
      "subscription { events { cursor } }",
      {},
      () => false,
      3_000,
    ).catch((error: Error) => error);
    await untilLive(
      () => seen.length,
      () => writeEvents(writer, 1, { payload: () => ({ probe: true }) }),
    );
    await writeEvents(writer, 5);
    const results = ours(await onReader);
    expect(results.map((result) => result.data!.events.payload.i)).toEqual([0, 1, 2, 3, 4]);
    // An instance without Redis hears nothing until its next poll: Redis carried the signal.
    expect(String(await onIsolated)).toMatch(/timed out after 3000 ms with 0 result/);
    await readerClient.dispose();
    await isolatedClient.dispose();
  }, 60_000);
});
