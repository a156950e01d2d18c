// `pnpm bench soak [--minutes 30] [--subscribers 1000] [--database-url postgresql://...]`: a steady
// mixed load against Parley in a child process (the dashboard's queries, imports of 20 records
// twice a second, and N websocket subscribers of the event stream), printing each minute the p50
// and p99 latency of queries and imports, the server's RSS and the events delivered, then a verdict
// on whether memory stays flat (the slope of RSS over the minutes after the first).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { maxConnectionsPerKey } from "../src/websocket.ts";
import { flag } from "./support/args.ts";
import {
  mb,
  root,
  rssOf,
  startServerProcess,
  stopServerProcess,
} from "./support/server-process.ts";

const adminKey = "soak-admin-key-0123456789";
const readers = 4;

const queries = [
  "{ overview { people messagesLast24h openConversations pipelineValue } }",
  "{ people(first: 50, orderBy: { field: LAST_SEEN, direction: DESC }) { totalCount edges { node { id displayName organization { name } } } } }",
  "{ conversations(first: 20) { edges { node { id subject messages(first: 10) { edges { node { text author { displayName } } } } } } } }",
  "{ messages(first: 50) { edges { node { id text sentiment author { displayName } } } } }",
];
const INGEST = `mutation($records: [JSON!]!) { ingest(records: $records) { created updated rejected { index reason } } }`;

export default async function main(args: string[]): Promise<void> {
  const minutes = Number(flag(args, "--minutes") ?? 30);
  const subscribers = Number(flag(args, "--subscribers") ?? 1000);
  const databaseUrl = flag(args, "--database-url");
  if (!(minutes > 0) || !(subscribers >= 0))
    throw new Error("--minutes must be > 0 and --subscribers >= 0");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-soak-"));
  const server = await startServer(
    databaseUrl ? { DATABASE_URL: databaseUrl } : { PARLEY_DATA_DIR: dataDir },
  );
  const sockets: WebSocket[] = [];
  try {
    console.log(
      `soak: ${minutes} min against ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; ${readers} readers of the dashboard's queries, an import of 20 records every 500 ms, ${subscribers} websocket subscribers\n`,
    );
    const keys: string[] = [];
    for (let i = 0; i < Math.ceil(subscribers / maxConnectionsPerKey); i++) {
      const created = await gql(
        server.url,
        `mutation { createApiKey(name: "soak ${i}", role: INTEGRATOR) { secret } }`,
      );
      keys.push(created.data.createApiKey.secret);
    }
    let delivered = 0;
    for (let i = 0; i < subscribers; i++)
      sockets.push(
        await subscribe(server.url, keys[Math.floor(i / maxConnectionsPerKey)]!, () => delivered++),
      );

    const minute = { queries: [] as number[], imports: [] as number[], errors: 0 };
    const until = Date.now() + minutes * 60_000;
    const reader = async (offset: number) => {
      for (let i = offset; Date.now() < until; i++) {
        const started = performance.now();
        const answer = await gql(server.url, queries[i % queries.length]!).catch(() => undefined);
        if (!answer || answer.errors) minute.errors++;
        minute.queries.push(performance.now() - started);
      }
    };
    const importer = async () => {
      for (let batch = 0; Date.now() < until; batch++) {
        const records = Array.from({ length: 20 }, (_, i) => record(batch, i));
        const started = performance.now();
        const answer = await gql(server.url, INGEST, { records }).catch(() => undefined);
        if (!answer || answer.errors || answer.data.ingest.rejected.length) minute.errors++;
        minute.imports.push(performance.now() - started);
        await sleep(Math.max(0, 500 - (performance.now() - started)));
      }
    };
    const rows: Array<{ rss: number }> = [];
    console.log(
      "minute | queries | query p50 / p99 ms | import p50 / p99 ms | errors | events delivered | server RSS",
    );
    const reporter = (async () => {
      for (let m = 1; m <= minutes; m++) {
        await sleep(Math.max(0, until - (minutes - m) * 60_000 - Date.now()));
        const rss = rssOf(server.child.pid!);
        rows.push({ rss });
        const q = percentiles(minute.queries);
        const im = percentiles(minute.imports);
        console.log(
          `${String(m).padStart(6)} | ${String(minute.queries.length).padStart(7)} | ${fmt(q.p50)} / ${fmt(q.p99)} | ${fmt(im.p50)} / ${fmt(im.p99)} | ${String(minute.errors).padStart(6)} | ${String(delivered).padStart(16)} | ${mb(rss)}`,
        );
        minute.queries = [];
        minute.imports = [];
        minute.errors = 0;
        delivered = 0;
      }
    })();
    await Promise.all([
      ...Array.from({ length: readers }, (_, i) => reader(i)),
      importer(),
      reporter,
    ]);
    const open = sockets.filter((socket) => socket.readyState === WebSocket.OPEN).length;
    console.log(`\n${open} of ${subscribers} subscribers still connected at the end`);
    console.log(verdict(rows.map((row) => row.rss)));
  } finally {
    for (const socket of sockets) socket.terminate();
    await stopServerProcess(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Flat when the least-squares slope of RSS, after the first minute's warm-up, adds under 10% over the whole run. */
function verdict(rss: number[]): string {
  const points = rss.slice(1);
  if (points.length < 2) return "memory: too few minutes for a slope (run 3 or more)";
  const n = points.length;
  const meanX = (n - 1) / 2;
  const meanY = points.reduce((sum, y) => sum + y, 0) / n;
  const slope =
    points.reduce((sum, y, x) => sum + (x - meanX) * (y - meanY), 0) /
    points.reduce((sum, _y, x) => sum + (x - meanX) ** 2, 0);
  const growth = (slope * (n - 1)) / meanY;
  const flat = growth < 0.1;
  return `memory: slope ${(slope / 1e6).toFixed(2)} MB/min over minutes 2-${rss.length} (${(growth * 100).toFixed(1)}% of the mean across them): ${flat ? "FLAT" : "GROWING"}`;
}

const record = (batch: number, i: number) =>
  i % 2 === 0
    ? {
        type: "person",
        source: "soak",
        id: `p${batch % 500}-${i}`,
        name: `Soak ${batch % 500}-${i}`,
        emails: [`soak${batch % 500}-${i}@soak.example`],
      }
    : {
        type: "message",
        source: "soak",
        id: `m${batch}-${i}`,
        channel: "forum",
        author: { email: `soak${batch % 500}-${i - 1}@soak.example` },
        text: `soak message ${batch}`,
        at: new Date().toISOString(),
      };

async function subscribe(url: string, key: string, onEvent: () => void): Promise<WebSocket> {
  const socket = new WebSocket(url.replace("http", "ws") + "/graphql", "graphql-transport-ws");
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } }),
      ),
    );
    socket.once("message", () => {
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: {
            query:
              "subscription { events(types: [PERSON_CREATED, MESSAGE_ADDED]) { cursor type } }",
          },
        }),
      );
      resolve();
    });
  });
  socket.on("message", (data) => {
    if (String(data).includes('"next"')) onEvent();
  });
  socket.on("error", () => {});
  return socket;
}

/** Parley from its sources, quiet and with a rate limit no soak reaches. */
async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const { child, ready } = await startServerProcess(
    process.execPath,
    ["--import", "tsx", path.join(root, "apps/api/src/main.ts")],
    {
      PORT: "0",
      PARLEY_ADMIN_KEY: adminKey,
      PARLEY_DEMO: "off",
      PARLEY_LOG_LEVEL: "warn",
      PARLEY_RATE_LIMIT: "100000/100000",
      ...env,
    },
  );
  return { child, url: ready };
}

async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (ms: number) => ms.toFixed(0).padStart(5);
