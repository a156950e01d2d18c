// Child process of `pnpm bench live`: opens its share of the subscribers (graphql-ws or bare ws)
// and reports, for every message, how long after the sender's timestamp it arrived. Clients run in
// processes of their own (several, since one process may hold at most `ulimit -n` sockets) so the
// server's CPU and memory are measured alone.

import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [mode, url, socketsText, perSocketText, keyList, firstKeyText] = process.argv.slice(2);
const sockets = Number(socketsText);
/** Subscriptions on each socket (Parley's only): each gets its own frame per event. */
const perSocket = Number(perSocketText);
// Round robin over the keys, so that no key holds more sockets than the server allows one key.
const keys = keyList?.split(",").filter(Boolean) ?? [];
let opened = Number(firstKeyText ?? 0);
/** Connections opening at once: enough to keep the server busy, few enough that none waits past graphql-ws' 3 s connection_init timeout. */
const connectingAtOnce = 100;
const query = "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }";
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
    for (let i = 0; i < perSocket; i++) {
      client.subscribe<{ events: { payload: { sentAt: string } } }>(
        { query },
        {
          next: (result) => record(result.data!.events.payload.sentAt),
          error: (error) => console.error("subscriber error", error),
          complete: () => {},
        },
      );
    }
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
      for (let id = 1; id <= perSocket; id++)
        socket.send(JSON.stringify({ id: String(id), type: "subscribe", payload: { query } }));
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
// A window of connections in flight rather than batches: the next opens as soon as one is acknowledged.
let started = 0;
await Promise.all(
  Array.from({ length: Math.min(connectingAtOnce, sockets) }, async () => {
    while (started < sockets) {
      started++;
      await open();
    }
  }),
);
process.on("message", (message: { kind: string; expect: number }) => {
  if (message.kind === "expect") expected = message.expect;
});
// Give every subscription time to be registered on the server before the parent publishes.
setTimeout(() => process.send!({ kind: "ready" }), mode === "bare" ? 200 : 1500);
