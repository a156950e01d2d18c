import { afterAll, describe, expect, test } from "vitest";
import { instancesOnOneDatabase, type TestApi } from "../support/api.ts";
import { redisAvailableForTests, slowPoll } from "../support/backends.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { type SubscriptionResults, subscribeTo, untilLive, wsClient } from "../support/ws.ts";

const redisUp = await redisAvailableForTests();

const INGEST = graphql(`
  mutation RedisOutageIngest($records: [JSON!]!) {
    ingest(records: $records) { created rejected { field reason } }
  }
`);
const EVENTS = graphql(`
  subscription RedisOutageEvents {
    events { type payload }
  }
`);
const VIEWER_ROLE = graphql(`
  query RedisOutageViewerRole {
    viewer { role }
  }
`);
const person = (id: string) => ({
  type: "person",
  source: "outage-test",
  id,
  name: `Outage ${id}`,
});

/** Every person_created event an instance's subscriber receives, by display name. */
function follow(instance: TestApi, key: string) {
  const client = wsClient(instance.wsUrl, key);
  const results: SubscriptionResults<typeof EVENTS> = [];
  const errors: unknown[] = [];
  subscribeTo(
    client,
    EVENTS,
    {},
    {
      next: (result) => void results.push(result),
      error: (error) => void errors.push(error),
      complete: () => {},
    },
  );
  return {
    client,
    errors,
    count: () => results.length,
    created: () =>
      results
        .filter((r) => r.data?.events.type === "PERSON_CREATED")
        .map((r) => (r.data!.events.payload as { displayName: string }).displayName),
  };
}

describe.runIf(redisUp)("a Redis outage under two API instances", () => {
  const instances = instancesOnOneDatabase();
  let redis: PrivateRedis | undefined;
  afterAll(async () => {
    await redis?.stop();
  });

  test("while Redis is down instances keep serving and delivering their own events, and start; the others catch up when Redis returns", async () => {
    redis = await privateRedis();
    // A minute-long poll: within the test only a signal (in process or through Redis) delivers.
    const a = await instances.start({ redisUrl: redis.url, live: slowPoll });
    const b = await instances.start({ redisUrl: redis.url, live: slowPoll });
    const key = await a.keyFor("integrator");
    const onA = follow(a, key);
    const onB = follow(b, key);
    await untilLive(onA.count, () => writeEvents(a, 1, { payload: () => ({ probe: true }) }));
    await untilLive(onB.count, () => writeEvents(a, 1, { payload: () => ({ probe: true }) }));

    await redis.stop();
    const whileDown = await a.gql(INGEST, { records: [person("while-down")] });
    expect(whileDown.errors).toBeUndefined();
    expect(whileDown.data?.ingest).toMatchObject({ created: 1, rejected: [] });
    await expect.poll(onA.created, { timeout: 15_000 }).toEqual(["Outage while-down"]);
    // Give a failed publish time to surface (ioredis rejects after its retries) while A keeps serving.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await a.gql(VIEWER_ROLE)).data?.viewer.role).toBe("ADMIN");
    expect(onB.created()).toEqual([]);
    // An instance can start while Redis is down.
    const c = await instances.start({ redisUrl: redis.url, live: slowPoll });
    const onC = follow(c, key);
    await untilLive(onC.count, () => writeEvents(c, 1, { payload: () => ({ probe: true }) }));

    await redis.start();
    // B reads the log as soon as it listens again, without a restart and long before its poll.
    await expect.poll(onB.created, { timeout: 15_000 }).toEqual(["Outage while-down"]);
    const afterReturn = await a.gql(INGEST, { records: [person("after-return")] });
    expect(afterReturn.errors).toBeUndefined();
    await expect
      .poll(onB.created, { timeout: 15_000 })
      .toEqual(["Outage while-down", "Outage after-return"]);
    expect(onA.created()).toEqual(["Outage while-down", "Outage after-return"]);
    await expect.poll(onC.created, { timeout: 15_000 }).toEqual(["Outage after-return"]);
    expect([...onA.errors, ...onB.errors, ...onC.errors]).toEqual([]);
    for (const { client } of [onA, onB, onC]) await client.dispose();
  }, 90_000);
});
