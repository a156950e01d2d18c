// Child process of `pnpm bench live`: the server side of one measurement, alone in its process so
// that its CPU and memory are its own. `parley` runs Parley (embedded database, keys for every
// client); `bare` runs a plain ws server that broadcasts one serialized message to every socket.
// Commands come over IPC: publish an event stamped with a send time, report memory after GC.

import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { startApp } from "../../src/app.ts";
import { createApiKey } from "../../src/auth/keys.ts";
import { withTransaction } from "../../src/db/transaction.ts";
import { recordEvents } from "../../src/events/log.ts";
import { maxConnectionsPerKey } from "../../src/websocket.ts";

const [mode, countText] = process.argv.slice(2);
const count = Number(countText);

/** Heap and buffers after full collections: what the process holds, not what it has yet to free. */
function settledBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  for (let i = 0; i < 3; i++) gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

interface Server {
  url: string;
  keys: string[];
  publish(sentAt: string): Promise<void>;
}

async function parley(): Promise<Server> {
  const app = await startApp(
    { port: 0, dataDir: "memory://", demo: "off", adminKey: "bench-admin-key-0123456789" },
    { live: { subscriberBuffer: 1000 } },
  );
  // One key holds at most maxConnectionsPerKey sockets per instance: enough keys for every client.
  const keys: string[] = [];
  for (let i = 0; i < Math.ceil(count / maxConnectionsPerKey); i++) {
    keys.push(
      (await createApiKey(app.services.db.prisma, { name: `bench ${i}`, role: "integrator" }))
        .secret,
    );
  }
  return {
    url: `ws://127.0.0.1:${app.port}/graphql`,
    keys,
    async publish(sentAt) {
      await withTransaction(app.services.db.pool, (client) =>
        recordEvents(client, [{ type: "person_updated", payload: { sentAt, note: "bench" } }]),
      );
      app.services.live.notify();
    },
  };
}

async function bare(): Promise<Server> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    keys: [],
    async publish(sentAt) {
      // The same event as graphql-ws delivers it, serialized once and written to every socket.
      const message = JSON.stringify({
        payload: { data: { events: { cursor: "1:1", payload: { note: "bench" } } } },
        sentAt,
      });
      for (const socket of server.clients) socket.send(message);
    },
  };
}

const server = mode === "parley" ? await parley() : await bare();
process.on("message", async (message: { kind: "publish" | "memory" }) => {
  if (message.kind === "publish") {
    await server.publish(process.hrtime.bigint().toString());
    process.send!({ kind: "published" });
  } else {
    process.send!({ kind: "memory", bytes: settledBytes() });
  }
});
// The bench stops this process with SIGINT: exiting normally is what makes node write a --cpu-prof profile.
process.on("SIGINT", () => process.exit(0));
process.send!({ kind: "ready", url: server.url, keys: server.keys });
