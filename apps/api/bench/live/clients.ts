// Child process of `pnpm bench live`: opens N subscribers (graphql-ws or bare ws) and reports,
// for every message, how long after the sender's timestamp it arrived. Clients run in their own
// process so the server's memory is measured alone.
import WebSocket from "ws";
import { createClient } from "graphql-ws";

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
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: false,
      on: { connected: () => resolve(), error: reject } });
    client.subscribe<{ events: { payload: { sentAt: string } } }>(
      { query: "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }" },
      { next: (result) => record(result.data!.events.payload.sentAt), error: (error) => console.error("subscriber error", error), complete: () => {} },
    );
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

const open = mode === "graphql-ws" ? openGraphqlWs : openBare;
for (let started = 0; started < count; started += 200) {
  await Promise.all(Array.from({ length: Math.min(200, count - started) }, open));
}
process.on("message", (message: { kind: string; expect: number }) => {
  if (message.kind === "expect") expected = message.expect;
});
// Give every subscription time to be registered on the server before the parent publishes.
setTimeout(() => process.send!({ kind: "ready" }), mode === "graphql-ws" ? 1500 : 200);
