import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { graphql } from "../support/graphql/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
let child: ChildProcess | undefined;
let db: TestDatabase | undefined;

afterEach(async () => {
  child?.kill("SIGTERM");
  await new Promise((resolve) =>
    child?.exitCode !== null ? resolve(null) : child?.once("exit", resolve),
  );
  child = undefined;
  await db?.close();
  db = undefined;
});

// What `pnpm start` runs: the compiled server in plain Node, no TypeScript at run time. Each test
// process builds its own copy beside dist/ (same depth, so the same relative paths hold), since
// both backends' projects run this file at once.
const distDir = path.join(root, `apps/api/dist-test-${process.pid}`);
beforeAll(() => {
  execFileSync(process.execPath, ["apps/api/build.mjs", "--outdir", distDir], {
    cwd: root,
    stdio: "pipe",
  });
});
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

/** Starts `dist/main.js` the way `pnpm start` does and waits for it to say it is ready. */
async function start(env: Record<string, string>): Promise<{ output: string; url: string }> {
  child = spawn(process.execPath, ["--enable-source-maps", path.join(distDir, "main.js")], {
    cwd: root,
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Health:\s+(http:\/\/\S+)\/healthz/.exec(output)?.[1];
      if (/Parley is ready/.test(output) && url && /\n\s*$/.test(output)) {
        clearTimeout(timer);
        setTimeout(() => resolve({ output, url }), 200);
      }
    };
    child!.stdout!.on("data", onData);
    child!.stderr!.on("data", onData);
    child!.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

async function startOnBackend(env: Record<string, string>) {
  if (backend === "pglite")
    return start({
      PARLEY_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "parley-start-")),
      ...env,
    });
  db = await freshDatabase();
  return start({ DATABASE_URL: db.url!, ...env });
}

// Sent by fetch: the server runs as its own process, started as `pnpm start` starts it.
const OVERVIEW_AND_CONVERSATIONS = graphql(`
  query StartOverviewAndConversations {
    overview { people }
    conversations(first: 1) { totalCount }
  }
`);
const OVERVIEW = graphql(`
  query StartOverview {
    overview { people messagesLast24h }
  }
`);

test("a first start migrates, loads the demo, prints a generated admin key once, and serves it", async () => {
  // A smaller world than the default: this tests the start, not the import's speed (the README gives that).
  const { output, url } = await startOnBackend({ PARLEY_DEMO: "on", PARLEY_DEMO_PEOPLE: "300" });
  const key = /Admin API key \(shown once[^\n]*\n\s+(\S+)/.exec(output)?.[1];
  expect(key, output).toMatch(/^pk_admin_/);
  expect(output).toMatch(/Demo data loaded/);
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: String(OVERVIEW_AND_CONVERSATIONS) }),
  });
  const body = (await response.json()) as { data: ResultOf<typeof OVERVIEW_AND_CONVERSATIONS> };
  expect(body.data.overview.people).toBeGreaterThan(10);
  expect(body.data.conversations.totalCount).toBeGreaterThan(10);
}, 180_000);

test("PARLEY_DEMO=off starts with an empty database and PARLEY_ADMIN_KEY as the admin key", async () => {
  const adminKey = "my-own-admin-key-0123456789";
  const { output, url } = await startOnBackend({ PARLEY_DEMO: "off", PARLEY_ADMIN_KEY: adminKey });
  expect(output).not.toMatch(/Demo data loaded|pk_admin_/);
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query: String(OVERVIEW) }),
  });
  expect(await response.json()).toEqual({ data: { overview: { people: 0, messagesLast24h: 0 } } });
}, 180_000);

test("a bad setting stops the start with a message naming the variable", async () => {
  await expect(start({ PORT: "not-a-port" })).rejects.toThrow(/Invalid PORT="not-a-port"/);
});
