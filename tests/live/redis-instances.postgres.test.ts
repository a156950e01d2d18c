import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { collect, wsClient } from "../support/ws.ts";
import { writeEvents } from "../support/events.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";

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
    const onReader = collect(readerClient, "subscription { events { cursor payload } }", {}, (all) => all.length === 5, 10_000);
    const onIsolated = collect(isolatedClient, "subscription { events { cursor } }", {}, () => false, 3_000).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await writeEvents(writer, 5);
    const results = await onReader;
    expect(results.map((result) => (result.data as any).events.payload.i)).toEqual([0, 1, 2, 3, 4]);
    // An instance without Redis hears nothing until its next poll: Redis carried the signal.
    expect(String(await onIsolated)).toMatch(/timed out after 3000 ms with 0 result/);
    await readerClient.dispose();
    await isolatedClient.dispose();
  }, 60_000);
});
