import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { collect, wsClient } from "../support/ws.ts";
import { writeEvents } from "../support/events.ts";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { loudWarning, redisReachable, redisTestUrl } from "../support/backends.ts";

const redisUp = await redisReachable();
if (!redisUp) {
  if (process.env.CI === "true") throw new Error(`Redis is required in CI and is not reachable at ${redisTestUrl}`);
  loudWarning([`Redis is not reachable at ${redisTestUrl} (PARLEY_TEST_REDIS_URL): the Redis fan-out tests are NOT running.`]);
}

// With a one-minute poll, only the Redis signal can deliver an event within the test's few seconds.
const slowPoll = { pollIntervalMs: 60_000 };

describe.runIf(redisUp)("fan-out through Redis", () => {
  let db: TestDatabase;
  const instances: TestApi[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await db?.close();
  });

  test.runIf(backend === "postgres")("a subscriber on one instance sees events written through another", async () => {
    const writer = await startTestApi({ db, redisUrl: redisTestUrl, live: slowPoll });
    const reader = await startTestApi({ db, redisUrl: redisTestUrl, live: slowPoll });
    const isolated = await startTestApi({ db, live: slowPoll });
    instances.push(writer, reader, isolated);
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

  test("one instance with REDIS_URL delivers its own events through Redis", async () => {
    const single = await startTestApi({ db, redisUrl: redisTestUrl, live: slowPoll });
    instances.push(single);
    const client = wsClient(single.wsUrl, await single.keyFor("integrator"));
    const received = collect(client, "subscription { events(types: [PERSON_UPDATED]) { cursor } }", {}, (all) => all.length === 3, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await writeEvents(single, 3);
    expect(await received).toHaveLength(3);
    await client.dispose();
  }, 60_000);
});
