// `pnpm bench soak [--minutes 30] [--subscribers 1000] [--database-url postgresql://...]`: a steady
// mixed load against Parley in a child process (the dashboard's queries, imports of 20 records
// twice a second, and N websocket subscribers of the event stream), printing each minute the p50
// and p99 latency of queries and imports, the server's RSS, the events delivered and the machine's
// load average (latency on a shared machine follows it), then verdicts
// on whether memory and the p99s stay flat (their slopes over the minutes after the first).
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

    // The first failure of each minute is printed under its row: a count alone says nothing.
    const minute = {
      queries: [] as number[],
      imports: [] as number[],
      errors: 0,
      firstError: undefined as string | undefined,
    };
    const failed = (reason: string) => {
      minute.errors++;
      minute.firstError ??= reason;
    };
    const until = Date.now() + minutes * 60_000;
    const reader = async (offset: number) => {
      for (let i = offset; Date.now() < until; i++) {
        const started = performance.now();
        const answer = await gql(server.url, queries[i % queries.length]!).catch(
          (error: Error) => ({ errors: [{ message: `request failed: ${error.message}` }] }),
        );
        if (answer.errors) failed(`query: ${answer.errors[0]?.message}`);
        minute.queries.push(performance.now() - started);
      }
    };
    const importer = async () => {
      for (let batch = 0; Date.now() < until; batch++) {
        const records = Array.from({ length: 20 }, (_, i) => record(batch, i));
        const started = performance.now();
        const answer = await gql(server.url, INGEST, { records }).catch((error: Error) => ({
          errors: [{ message: `request failed: ${error.message}` }],
        }));
        if (answer.errors) failed(`import: ${answer.errors[0]?.message}`);
        else if (answer.data.ingest.rejected.length)
          failed(`import: record rejected: ${answer.data.ingest.rejected[0].reason}`);
        minute.imports.push(performance.now() - started);
        await sleep(Math.max(0, 500 - (performance.now() - started)));
      }
    };
    const rows: Array<{ rss: number; queryP99: number; importP99: number }> = [];
    console.log(
      "minute | queries | query p50 / p99 ms | import p50 / p99 ms | errors | events delivered | server RSS | load",
    );
    const reporter = (async () => {
      for (let m = 1; m <= minutes; m++) {
        await sleep(Math.max(0, until - (minutes - m) * 60_000 - Date.now()));
        const rss = rssOf(server.child.pid!);
        const q = percentiles(minute.queries);
        const im = percentiles(minute.imports);
        rows.push({ rss, queryP99: q.p99, importP99: im.p99 });
        console.log(
          `${String(m).padStart(6)} | ${String(minute.queries.length).padStart(7)} | ${fmt(q.p50)} / ${fmt(q.p99)} | ${fmt(im.p50)} / ${fmt(im.p99)} | ${String(minute.errors).padStart(6)} | ${String(delivered).padStart(16)} | ${mb(rss)} | ${os.loadavg()[0].toFixed(1)}`,
        );
        if (minute.firstError) console.log(`       first error: ${minute.firstError}`);
        minute.queries = [];
        minute.imports = [];
        minute.errors = 0;
        minute.firstError = undefined;
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
    // Latency on a shared machine is noisier than memory: a p99 counts as flat under a 25% rise.
    const trends: Array<[string, number[], string, number]> = [
      ["memory (RSS)", rows.map((row) => row.rss / 1024 / 1024), "MB", 0.1],
      ["query p99", rows.map((row) => row.queryP99), "ms", 0.25],
      ["import p99", rows.map((row) => row.importP99), "ms", 0.25],
    ];
    for (const [what, values, unit, tolerance] of trends)
      console.log(verdict(what, values, unit, tolerance));
  } finally {
    for (const socket of sockets) socket.terminate();
    await stopServerProcess(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Flat when the least-squares line through the minutes after the first (the warm-up) rises by less
 * than `tolerance` of their mean over the whole run; the slope is printed per minute.
 */
function verdict(what: string, values: number[], unit: string, tolerance: number): string {
  // A minute without a sample (no import finished) has no p99: it is left out, its minute kept.
  const points = values
    .map((y, minute) => ({ x: minute, y }))
    .slice(1)
    .filter((point) => Number.isFinite(point.y));
  if (points.length < 2) return `${what}: too few minutes for a slope (run 3 or more)`;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const slope =
    points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0) /
    points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const growth = (slope * (points.at(-1)!.x - points[0]!.x)) / meanY;
  const flat = growth < tolerance;
  return `${what}: slope ${slope.toFixed(2)} ${unit}/min over minutes 2-${values.length} (${(growth * 100).toFixed(1)}% of their mean ${meanY.toFixed(0)} ${unit}; flat under ${tolerance * 100}%): ${flat ? "FLAT" : "GROWING"}`;
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
