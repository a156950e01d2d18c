// `pnpm bench live [--counts 1000,10000]`: one event delivered to N graphql-ws subscribers of one
// Parley instance, next to a bare `ws` broadcast of the same payload to N sockets in the same run.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { WebSocketServer } from "ws";
import type { AddressInfo } from "node:net";
import { startApp } from "../app.ts";
import { createApiKey } from "../auth/keys.ts";
import { withTransaction } from "../db/transaction.ts";
import { recordEvents } from "../events/log.ts";
import { maxConnectionsPerKey } from "../websocket.ts";

interface Result {
  p50: number;
  p99: number;
  max: number;
  bytesPerSubscriber: number;
}

const rounds = 5;

export default async function main(args: string[]): Promise<void> {
  const countsArg = args.indexOf("--counts");
  const counts = countsArg >= 0 ? args[countsArg + 1].split(",").map(Number) : [1000, 10000];
  console.log(`Delivery of one event (${rounds} rounds each) to N subscribers on one instance; clients run in a separate process.\n`);
  console.log("subscribers | graphql-ws p50 / p99 ms | bare ws p50 / p99 ms | ratio p50 / p99 | memory per subscriber graphql-ws / bare ws");
  for (const count of counts) {
    const graphql = await measureParley(count);
    const bare = await measureBare(count);
    console.log(
      `${String(count).padStart(11)} | ${fmt(graphql.p50)} / ${fmt(graphql.p99)} | ${fmt(bare.p50)} / ${fmt(bare.p99)} | ` +
        `${(graphql.p50 / bare.p50).toFixed(1)}x / ${(graphql.p99 / bare.p99).toFixed(1)}x | ` +
        `${kb(graphql.bytesPerSubscriber)} / ${kb(bare.bytesPerSubscriber)} (${(graphql.bytesPerSubscriber / bare.bytesPerSubscriber).toFixed(1)}x)`,
    );
  }
}

async function measureParley(count: number): Promise<Result> {
  const app = await startApp({ port: 0, dataDir: "memory://", demo: "off", adminKey: "bench-admin-key-0123456789" }, { live: { subscriberBuffer: 1000 } });
  try {
    // One key holds at most maxConnectionsPerKey sockets per instance: enough keys for every client.
    const keys: string[] = [];
    for (let i = 0; i < Math.ceil(count / maxConnectionsPerKey); i++) {
      keys.push((await createApiKey(app.services.db.prisma, { name: `bench ${i}`, role: "integrator" })).secret);
    }
    const before = settledMemory();
    const clients = await startClients(["graphql-ws", `ws://127.0.0.1:${app.port}/graphql`, String(count), keys.join(",")]);
    const bytesPerSubscriber = (settledMemory() - before) / count;
    const latencies: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const received = waitFor(clients, count);
      await withTransaction(app.services.db.pool, (client) =>
        recordEvents(client, [{ type: "person_updated", payload: { sentAt: process.hrtime.bigint().toString(), note: "bench" } }]),
      );
      app.services.live.notify();
      latencies.push(...(await received));
    }
    clients.kill();
    return { ...percentiles(latencies), bytesPerSubscriber };
  } finally {
    await app.close();
  }
}

async function measureBare(count: number): Promise<Result> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const before = settledMemory();
    const clients = await startClients(["bare", `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, String(count)]);
    const bytesPerSubscriber = (settledMemory() - before) / count;
    const latencies: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const received = waitFor(clients, count);
      // The same event as graphql-ws delivers it, serialized once and written to every socket.
      const message = JSON.stringify({ payload: { data: { events: { cursor: "1:1", payload: { note: "bench" } } } } }).slice(0, -1) + `,"sentAt":"${process.hrtime.bigint()}"}`;
      for (const socket of server.clients) socket.send(message);
      latencies.push(...(await received));
    }
    clients.kill();
    return { ...percentiles(latencies), bytesPerSubscriber };
  } finally {
    for (const socket of server.clients) socket.terminate();
    server.close();
  }
}

function startClients(args: string[]): Promise<ChildProcess> {
  const child = fork(path.join(import.meta.dirname, "live/clients.ts"), args, { execArgv: ["--import", "tsx"], stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`subscriber process exited with ${code}`)));
  });
}

function waitFor(child: ChildProcess, count: number): Promise<number[]> {
  child.send({ kind: "expect", expect: count });
  return new Promise((resolve) => child.once("message", (message: { latencies: number[] }) => resolve(message.latencies)));
}

function settledMemory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss;
}

function percentiles(values: number[]): Omit<Result, "bytesPerSubscriber"> {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
