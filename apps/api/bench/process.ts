// `pnpm bench process [--seconds 20] [--backends pglite,postgres]`: the production process as
// `pnpm start` runs it (compiled dist/main.js in plain Node, demo loaded), its memory at idle and
// under a steady read load, per backend; and what the `npx pnpm start` launchers cost beside it.
import { type ChildProcess, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { flag } from "./support/args.ts";
import {
  mb,
  root,
  rssOf,
  startServerProcess,
  stopServerProcess,
} from "./support/server-process.ts";

const adminKey = "bench-admin-key-0123456789";
const postgresAdminUrl =
  process.env.PARLEY_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const concurrency = 10;

/** The dashboard's everyday reads: the overview, a page of people, a page of conversations. */
const queries = [
  "{ overview { people messagesLast24h openConversations } }",
  "{ people(first: 50, orderBy: { field: LAST_SEEN, direction: DESC }) { edges { node { id displayName organization { name } } } } }",
  "{ conversations(first: 20) { edges { node { id subject messages(first: 10) { edges { node { text author { displayName } } } } } } } }",
];

export default async function main(args: string[]): Promise<void> {
  const seconds = Number(flag(args, "--seconds") ?? 20);
  const backends = (flag(args, "--backends") ?? "pglite,postgres").split(",");
  execFileSync(process.execPath, [path.join(root, "apps/api/build.mjs")], { stdio: "inherit" });
  console.log(
    `\nnode apps/api/dist/main.js with the demo; load: ${concurrency} concurrent readers for ${seconds} s\n`,
  );
  console.log("backend    | RSS idle | RSS under load (max) | requests/s | RSS after load");
  for (const backend of backends) {
    const target = await prepare(backend);
    const server = await startServer(
      ["--enable-source-maps", path.join(root, "apps/api/dist/main.js")],
      target.env,
    );
    try {
      await sleep(5000);
      const idle = rssOf(server.child.pid!);
      const load = await readLoad(server.url, seconds, server.child.pid!);
      await sleep(3000);
      const after = rssOf(server.child.pid!);
      console.log(
        `${backend.padEnd(10)} | ${mb(idle).padStart(8)} | ${mb(load.maxRss).padStart(20)} | ${load.rate.toFixed(0).padStart(10)} | ${mb(after).padStart(14)}`,
      );
    } finally {
      await stopServerProcess(server.child);
      await target.cleanup();
    }
  }
  await launchers();
}

/** The `npx -y pnpm@10 start` of the quick start: memory of every process above the server. */
async function launchers(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-bench-process-"));
  const server = await startServer(["-y", "pnpm@10", "start"], { PARLEY_DATA_DIR: dataDir }, "npx");
  try {
    await sleep(3000);
    const tree = processTree(server.child.pid!);
    const node = tree.find((p) => p.command.includes("dist/main.js"));
    const above = tree.filter((p) => p !== node);
    const total = above.reduce((sum, p) => sum + p.rss, 0);
    console.log(
      `\nnpx -y pnpm@10 start: server ${node ? mb(node.rss) : "?"}, launchers above it ${mb(total)} (${above.map((p) => `${p.name} ${mb(p.rss)}`).join(", ")})`,
    );
  } finally {
    await stopServerProcess(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function prepare(
  backend: string,
): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (backend === "pglite") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-bench-process-"));
    return {
      env: { PARLEY_DATA_DIR: dataDir },
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `parley_bench_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    cleanup: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Parley as `pnpm start` runs it (or the launcher `command`), with the demo loaded. Ready can take
 * minutes: the demo world loads first, and `pnpm start` builds a missing or stale dashboard.
 */
async function startServer(
  argv: string[],
  env: Record<string, string>,
  command = process.execPath,
): Promise<{ child: ChildProcess; url: string }> {
  const { child, ready } = await startServerProcess(
    command,
    argv,
    { PORT: "0", PARLEY_ADMIN_KEY: adminKey, PARLEY_DEMO: "on", ...env },
    { timeoutMs: 600_000 },
  );
  return { child, url: ready };
}

async function readLoad(
  url: string,
  seconds: number,
  pid: number,
): Promise<{ rate: number; maxRss: number }> {
  const until = Date.now() + seconds * 1000;
  let requests = 0;
  let maxRss = 0;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(pid))), 500);
  const reader = async (offset: number) => {
    for (let i = offset; Date.now() < until; i++) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
        body: JSON.stringify({ query: queries[i % queries.length] }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`query failed: ${body.errors[0].message}`);
      requests++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => reader(i)));
  clearInterval(sampler);
  return { rate: requests / ((performance.now() - started) / 1000), maxRss };
}

interface ProcessInfo {
  pid: number;
  name: string;
  command: string;
  rss: number;
}

/** The process and all its descendants, read from /proc. */
function processTree(rootPid: number): ProcessInfo[] {
  const all = fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
        const command = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
        return [
          {
            pid: Number(entry),
            ppid: Number(/PPid:\s+(\d+)/.exec(status)![1]),
            name: /Name:\s+(\S+)/.exec(status)![1],
            command,
            rss: rssOf(Number(entry)),
          },
        ];
      } catch {
        return [];
      }
    });
  const tree: ProcessInfo[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const info = all.find((p) => p.pid === pid);
    if (info) tree.push(info);
    queue.push(...all.filter((p) => p.ppid === pid).map((p) => p.pid));
  }
  return tree;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
