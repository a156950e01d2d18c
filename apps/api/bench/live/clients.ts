// Child process of `pnpm bench live`: opens its share of the subscribers (graphql-ws or bare ws),
// counts the frames they receive and reports, for a sample of them, how long after the sender's
// timestamp they arrived. Clients run in processes of their own (several, since one process may
// hold at most `ulimit -n` sockets) so the server's CPU and memory are measured alone.

import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [mode, url, socketsText, perSocketText, keyList, firstKeyText] = process.argv.slice(2);
const sockets = Number(socketsText);
/** Subscriptions on each socket (Parley's only): each gets its own frame per event. */
const perSocket = Number(perSocketText);
// Round robin over the keys, so that no key holds more sockets than the server allows one key.
const keys = keyList?.split(",").filter(Boolean) ?? [];
let opened = Number(firstKeyText ?? 0);
/** Sockets opened by this process so far: which of them are sampled. */
let openedHere = 0;
/** Connections opening at once: enough to keep the server busy, few enough that none waits past graphql-ws' 3 s connection_init timeout. */
const connectingAtOnce = 100;
const query = "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }";
/**
 * The sockets whose frames are parsed for their latency: every socket up to 500 in this process,
 * then an even spread of 500. Parsing all of them made the clients, not the server, the limit of
 * the sustained load (20,000 frames a second on the two cores the server also runs on); the others
 * only count their frames. Parley's and bare ws' clients sample alike.
 */
const sampleEvery = Math.max(1, Math.floor(sockets / 500));
const latencies: number[] = [];
let received = 0;
let expected = 0;

function latencyOf(sentAt: string): number {
  return Number(process.hrtime.bigint() - BigInt(sentAt)) / 1e6;
}

/** One frame received; `latency` for a sampled socket's. */
function count(latency?: number) {
  if (latency !== undefined) latencies.push(latency);
  if (++received === expected) {
    process.send!({ kind: "done", received, latencies: latencies.splice(0) });
    received = 0;
  }
}

/** What every `next` frame of graphql-transport-ws holds, checked without parsing the frame. */
const nextMarker = Buffer.from('"type":"next"');

async function openGraphqlWs(): Promise<void> {
  const key = keys[opened++ % keys.length];
  const sampled = openedHere++ % sampleEvery === 0;
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
          // The library parses every frame itself; only the sample's latency is kept.
          next: (result) =>
            count(sampled ? latencyOf(result.data!.events.payload.sentAt) : undefined),
          error: (error) => console.error("subscriber error", error),
          complete: () => {},
        },
      );
    }
  });
}

/**
 * graphql-transport-ws spoken directly: connection_init, subscribe, then each `next` frame counted
 * (a sampled socket's parsed), the same per-message work as the bare client, so that the
 * comparison measures the servers rather than the graphql-ws client library's per-message handling.
 */
async function openProtocol(): Promise<void> {
  const key = keys[opened++ % keys.length];
  const sampled = openedHere++ % sampleEvery === 0;
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
    let acknowledged = false;
    socket.on("message", (data: Buffer) => {
      if (acknowledged && !sampled && data.includes(nextMarker)) return count();
      const message = JSON.parse(String(data));
      if (message.type === "next")
        return count(latencyOf(message.payload.data.events.payload.sentAt));
      if (message.type !== "connection_ack") return console.error("subscriber got", message);
      acknowledged = true;
      for (let id = 1; id <= perSocket; id++)
        socket.send(JSON.stringify({ id: String(id), type: "subscribe", payload: { query } }));
      resolve();
    });
  });
}

async function openBare(): Promise<void> {
  const socket = new WebSocket(url);
  const sampled = openedHere++ % sampleEvery === 0;
  socket.on("message", (data) =>
    count(sampled ? latencyOf(JSON.parse(String(data)).sentAt) : undefined),
  );
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
  // What arrived so far, when the parent stops waiting for the rest.
  if (message.kind === "report")
    process.send!({ kind: "done", received, latencies: latencies.splice(0) });
});
// Give every subscription time to be registered on the server before the parent publishes.
setTimeout(() => process.send!({ kind: "ready" }), mode === "bare" ? 200 : 1500);
