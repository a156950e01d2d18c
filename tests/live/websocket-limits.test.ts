import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  maxConnectionsPerKey,
  maxFrameBytes,
  maxOperationsPerSocket,
} from "../../apps/api/src/websocket.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { nextFramesOf, openProtocolSocket, type ProtocolSocket } from "../support/ws.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const EVENT_CURSORS = graphql(`
  subscription WebsocketLimitsEvents {
    events { cursor }
  }
`);
const VIEWER_ROLE = graphql(`
  query WebsocketLimitsViewerRole {
    viewer { role }
  }
`);

const subscribe = (id: string) => ({
  id,
  type: "subscribe",
  payload: { query: String(EVENT_CURSORS) },
});

/** The server still accepts a connection and runs an operation on it, and /healthz answers 200. */
async function serverStillHealthy(key: string): Promise<void> {
  const fresh = await openProtocolSocket(api.wsUrl, key);
  expect(fresh.acknowledged).toBe(true);
  fresh.subscribe("q", VIEWER_ROLE);
  await fresh.message((m) => m.id === "q" && m.type === "next");
  expect(nextFramesOf(fresh, "q", VIEWER_ROLE)[0]!.payload.data!.viewer.role).toBe("INTEGRATOR");
  fresh.socket.close();
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
}

describe("limits per websocket", () => {
  test(`a socket runs at most ${maxOperationsPerSocket} operations at once: the next one is refused with TOO_MANY_OPERATIONS while the others keep streaming`, async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("integrator"));
    const baseline = api.app.services.live.subscriberCount;
    for (let i = 1; i <= maxOperationsPerSocket; i++) socket.send(subscribe(String(i)));
    socket.send(subscribe("one-too-many"));
    const refused = await socket.message((m) => m.id === "one-too-many");
    expect(refused.type).toBe("error");
    expect(refused.payload[0].extensions.code).toBe("TOO_MANY_OPERATIONS");
    expect(refused.payload[0].message).toMatch(
      new RegExp(`at most ${maxOperationsPerSocket} operations at once`),
    );
    // Registering 100 operations takes seconds on a loaded machine (the default poll waits one).
    await expect
      .poll(() => api.app.services.live.subscriberCount - baseline, { timeout: 20_000 })
      .toBe(maxOperationsPerSocket);

    await writeEvents(api, 1);
    // Delivery waits for every older transaction on the server to end: generous timeouts on a shared server.
    await expect
      .poll(() => new Set(socket.messages.filter((m) => m.type === "next").map((m) => m.id)).size, {
        timeout: 20_000,
      })
      .toBe(maxOperationsPerSocket);
    // Completing one frees its place.
    socket.send({ id: "1", type: "complete" });
    await expect
      .poll(() => api.app.services.live.subscriberCount - baseline, { timeout: 20_000 })
      .toBe(maxOperationsPerSocket - 1);
    socket.send(subscribe("replacement"));
    await writeEvents(api, 1);
    expect((await socket.message((m) => m.id === "replacement", 20_000)).type).toBe("next");
    socket.socket.close();
    await expect
      .poll(() => api.app.services.live.subscriberCount, { timeout: 20_000 })
      .toBe(baseline);
  }, 60_000);

  test(`one API key holds at most ${maxConnectionsPerKey} connections per instance: the next is closed with 4429, other keys still connect`, async () => {
    const key = await api.keyFor("analyst");
    const open: ProtocolSocket[] = [];
    for (let i = 0; i < maxConnectionsPerKey; i++)
      open.push(await openProtocolSocket(api.wsUrl, key));
    expect(open.every((socket) => socket.acknowledged)).toBe(true);
    const refused = await openProtocolSocket(api.wsUrl, key);
    expect(refused.acknowledged).toBe(false);
    expect(await refused.closed).toEqual({
      code: 4429,
      reason: `Too many connections: an API key may hold ${maxConnectionsPerKey} at once on each instance`,
    });
    const otherKey = await openProtocolSocket(api.wsUrl, await api.keyFor("viewer"));
    expect(otherKey.acknowledged).toBe(true);
    otherKey.socket.close();
    // A closed connection frees its place.
    open.pop()!.socket.close();
    await expect
      .poll(async () => {
        const retry = await openProtocolSocket(api.wsUrl, key);
        if (retry.acknowledged) open.push(retry);
        return retry.acknowledged;
      })
      .toBe(true);
    for (const socket of open) socket.socket.close();
  }, 60_000);

  test("a frame larger than 1 MiB closes the socket with 1009 and the server keeps serving", async () => {
    expect(maxFrameBytes).toBe(1024 * 1024);
    const key = await api.keyFor("integrator");
    const socket = await openProtocolSocket(api.wsUrl, key);
    const query = `${String(VIEWER_ROLE)} # ${"x".repeat(maxFrameBytes)}`;
    socket.send({ id: "big", type: "subscribe", payload: { query } });
    expect((await socket.closed).code).toBe(1009);
    await serverStillHealthy(key);
  });

  test("a frame just under the limit is still served", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("integrator"));
    // The bulk rides in variables: the document itself has a smaller limit of its own (http/limits.ts).
    socket.send({
      id: "q",
      type: "subscribe",
      payload: {
        query: String(VIEWER_ROLE),
        variables: { padding: "x".repeat(maxFrameBytes - 200) },
      },
    });
    expect((await socket.message((m) => m.id === "q")).type).toBe("next");
    socket.socket.close();
  });
});

describe("protocol violations by the client close with 4400", () => {
  const violations: Array<[string, object | string]> = [
    [
      "a next message (only the server sends it)",
      { id: "1", type: "next", payload: { data: { hello: "world" } } },
    ],
    [
      "an error message (only the server sends it)",
      { id: "1", type: "error", payload: [{ message: "boom" }] },
    ],
    ["a connection_ack (only the server sends it)", { type: "connection_ack" }],
    ["malformed JSON", "{ this is not json"],
    ["an unknown message type", { id: "1", type: "launch_missiles" }],
    ["a subscribe without a query", { id: "1", type: "subscribe", payload: {} }],
  ];
  for (const [what, frame] of violations) {
    test(`${what} closes the socket with 4400 Bad request and the server keeps serving`, async () => {
      const key = await api.keyFor("integrator");
      const socket = await openProtocolSocket(api.wsUrl, key);
      socket.send(frame);
      const { code, reason } = await socket.closed;
      expect(code).toBe(4400);
      expect(reason).toMatch(/^Bad request: /);
      await serverStillHealthy(key);
    });
  }
});
