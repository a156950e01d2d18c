import { afterAll, beforeAll, expect, test } from "vitest";
import { followEvents, type ParleyEvent } from "../examples/follow-events.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { allEventIds, writeEvents } from "../support/events.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

test("the README's integrator example survives dropped connections without losing or repeating events", async () => {
  const received: ParleyEvent[] = [];
  const abort = new AbortController();
  const following = followEvents({
    url: api.wsUrl,
    key: await api.keyFor("integrator"),
    after: "0:0",
    onEvent: (event) => void received.push(event),
    signal: abort.signal,
  });
  await writeEvents(api, 20, { writers: 2 });
  for (let drop = 0; drop < 3; drop++) {
    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(drop * 20);
    // The network drops every connection while writers keep going.
    api.app.dropConnections();
    await writeEvents(api, 20, { writers: 2 });
  }
  const expected = await allEventIds(api);
  await expect.poll(() => received.length, { timeout: 20_000 }).toBe(expected.length);
  abort.abort();
  await following;
  expect(received.map((event) => event.cursor.split(":")[1])).toEqual(expected);
}, 120_000);

test("a refused key stops the follower with a clear error instead of retrying forever", async () => {
  await expect(followEvents({ url: api.wsUrl, key: "wrong", onEvent: () => {} })).rejects.toThrow(
    /refused the API key \(4403\)/,
  );
});
