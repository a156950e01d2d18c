// Child process of `pnpm bench live`: opens N subscribers (graphql-ws or bare ws) and reports,
// for every message, how long after the sender's timestamp it arrived. Clients run in their own
// process so the server's memory is measured alone.

import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [mode, url, countText, keyList] = process.argv.slice(2);
const count = Number(countText);
// Round robin over the keys, so that no key holds more sockets than the server allows one key.
const keys = keyList?.split(",") ?? [];
let opened = 0;
const latencies: number[] = [];
let expected = 0;

function record(sentAt: string) {
  latencies.push(Number(process.hrtime.bigint() - BigInt(sentAt)) / 1e6);
  if (latencies.length === expected) {
    process.send!({ kind: "done", latencies: latencies.splice(0) });
  }
}

async function openGraphqlWs(): Promise<void> {
  const key = keys[opened++ % keys.length];
  await new Promise<void>((resolve, reject) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${key}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => resolve(), error: reject },
    });
    client.subscribe<{ events: { payload: { sentAt: string } } }>(
      { query: "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }" },
      {
        next: (result) => record(result.data!.events.payload.sentAt),
        error: (error) => console.error("subscriber error", error),
        complete: () => {},
      },
    );
  });
}

/**
 * graphql-transport-ws spoken directly: connection_init, subscribe, then each `next` frame parsed
 * with JSON.parse, the same per-message work as the bare client, so that the comparison measures
 * the servers rather than the graphql-ws client library's per-message handling.
 */
async function openProtocol(): Promise<void> {
  const key = keys[opened++ % keys.length];
  const socket = new WebSocket(url, "graphql-transport-ws");
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    // Closed before the acknowledgement (4408 when connection_init came too late on a loaded machine): fail loudly, never hang.
    socket.once("close", (code, reason) =>
      reject(
        new Error(`subscriber closed with ${code} ${String(reason)} before it was acknowledged`),
      ),
    );
    socket.once("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } }),
      ),
    );
    socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      if (message.type === "next") return record(message.payload.data.events.payload.sentAt);
      if (message.type !== "connection_ack") return console.error("subscriber got", message);
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }" },
        }),
      );
      resolve();
    });
  });
}

async function openBare(): Promise<void> {
  const socket = new WebSocket(url);
  socket.on("message", (data) => record(JSON.parse(String(data)).sentAt));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
}

const open = mode === "graphql-ws" ? openGraphqlWs : mode === "protocol" ? openProtocol : openBare;
for (let started = 0; started < count; started += 200) {
  await Promise.all(Array.from({ length: Math.min(200, count - started) }, open));
}
process.on("message", (message: { kind: string; expect: number }) => {
  if (message.kind === "expect") expected = message.expect;
});
// Give every subscription time to be registered on the server before the parent publishes.
setTimeout(() => process.send!({ kind: "ready" }), mode === "bare" ? 200 : 1500);
