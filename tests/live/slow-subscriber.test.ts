import { afterAll, beforeAll, expect, test } from "vitest";
import WebSocket from "ws";
import { startTestApi, type TestApi } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { subscribeTo, wsClient } from "../support/ws.ts";

const EVENTS_WITH_PAYLOAD = graphql(`
  subscription SlowSubscriberEvents {
    events { cursor payload }
  }
`);
const EVENT_CURSORS = graphql(`
  subscription SlowSubscriberCursors {
    events { cursor }
  }
`);

const buffer = 100;
let api: TestApi;
beforeAll(async () => {
  // Pages well below the buffer, as in production (500 and 1,000): one page read at once must not
  // overflow a healthy subscriber on a busy machine, only a stalled one that stops reading.
  api = await startTestApi({ live: { subscriberBuffer: buffer, pageSize: 20 } });
});
afterAll(async () => {
  await api?.close();
});

/** A client that subscribes and then stops reading its socket, like a stalled consumer. */
async function stalledSubscriber(
  key: string,
): Promise<{ resume(): Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(api.wsUrl, "graphql-transport-ws");
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(
    JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } }),
  );
  await new Promise((resolve) => socket.once("message", resolve));
  socket.send(
    JSON.stringify({
      id: "1",
      type: "subscribe",
      payload: { query: String(EVENTS_WITH_PAYLOAD) },
    }),
  );
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  (socket as unknown as { _socket: { pause(): void } })._socket.pause();
  return {
    async resume() {
      (socket as unknown as { _socket: { resume(): void } })._socket.resume();
      return closed;
    },
  };
}

test("a stalled subscriber is closed with a resume hint once it falls behind, while others get every event", async () => {
  const key = await api.keyFor("integrator");
  const stalled = await stalledSubscriber(key);
  const healthy = wsClient(api.wsUrl, key);
  const total = 400;
  let received = 0;
  const allReceived = new Promise<void>((resolve, reject) => {
    subscribeTo(
      healthy,
      EVENT_CURSORS,
      {},
      {
        next: () => void (++received === total && resolve()),
        error: reject,
        complete: () => {},
      },
    );
  });
  // Both subscribed before the writes start (a fixed 300 ms wait was too short on a loaded machine).
  await expect.poll(() => api.app.services.live.subscriberCount, { timeout: 15_000 }).toBe(2);
  // 40 MB of payloads: more than the kernel buffers of a loopback socket can absorb.
  const padding = "x".repeat(100_000);
  const writing = writeEvents(api, total, { writers: 2, payload: (i) => ({ i, padding }) });
  await expect.poll(() => api.app.services.live.subscriberCount, { timeout: 60_000 }).toBe(1);
  const { code, reason } = await stalled.resume();
  await writing;
  await allReceived;
  expect(code).toBe(4429);
  expect(reason).toMatch(/Too slow: resubscribe with after=\d+:\d+/);
  expect(received).toBe(total);
  await healthy.dispose();
}, 120_000);
