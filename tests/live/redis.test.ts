import { describe, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { collect, wsClient } from "../support/ws.ts";
import { writeEvents } from "../support/events.ts";
import { redisAvailableForTests, redisTestUrl, slowPoll } from "../support/backends.ts";

const redisUp = await redisAvailableForTests();

describe.runIf(redisUp)("fan-out through Redis, one instance", () => {
  const instances = instancesOnOneDatabase();

  test("one instance with REDIS_URL delivers its own events through Redis", async () => {
    const single = await instances.start({ redisUrl: redisTestUrl, live: slowPoll });
    const client = wsClient(single.wsUrl, await single.keyFor("integrator"));
    const received = collect(client, "subscription { events(types: [PERSON_UPDATED]) { cursor } }", {}, (all) => all.length === 3, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await writeEvents(single, 3);
    expect(await received).toHaveLength(3);
    await client.dispose();
  }, 60_000);
});
