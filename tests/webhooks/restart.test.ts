import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { verifyWebhook } from "../examples/webhook-receiver.ts";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { graphql } from "../support/graphql/index.ts";
import { postGraphQL } from "../support/http.ts";

const root = path.resolve(import.meta.dirname, "../..");
const adminKey = "webhook-restart-admin-key-0123456789";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-webhooks-"));
const eventCount = 12;

let child: ChildProcess | undefined;
let db: TestDatabase | undefined;
let receiver: http.Server | undefined;
let secret = "";
/** Set while the first server runs: the request that arrives 4th is never answered, and the server is killed then. */
let hangAtFourth = true;
const received: Array<{ id: string; cursor: string; verified: boolean }> = [];

/** Starts Parley as its own process (node with tsx's loader: one process, so kill -9 leaves nothing behind). */
async function startParley(): Promise<string> {
  const env: Record<string, string> = {
    PORT: "0",
    PARLEY_ADMIN_KEY: adminKey,
    PARLEY_LOG_LEVEL: "warn",
    PARLEY_DEMO: "off",
    PARLEY_WEBHOOKS_ALLOW_PRIVATE: "1",
  };
  if (db) env.DATABASE_URL = db.url!;
  else env.PARLEY_DATA_DIR = path.join(dataDir, "pglite");
  child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/support/serve.ts",
      "--webhook-retry-ms",
      "100,100,100,100,100",
      "--webhook-lease-ms",
      "1000",
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  const started = child;
  return new Promise<string>((resolve, reject) => {
    started.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening (\S+)/.exec(stderr);
      if (match) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    started.once("exit", (code, signal) =>
      reject(new Error(`exited with ${code ?? signal}:\n${stderr}`)),
    );
  });
}

const CreateWebhook = graphql(`
  mutation WebhookRestartCreate($url: String!) {
    createWebhook(url: $url, events: [TOUCHPOINT_RECORDED]) { secret }
  }
`);
const Ingest = graphql(`
  mutation WebhookRestartIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { index reason } }
  }
`);

beforeAll(async () => {
  if (backend === "postgres") db = await freshDatabase();
  let requests = 0;
  // Slow answers, every third fails; the kill lands while the 4th request waits for its answer.
  receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      const event = JSON.parse(body);
      received.push({
        id,
        cursor: event.data.cursor,
        verified: verifyWebhook(secret, request.headers, body),
      });
      requests += 1;
      if (hangAtFourth && requests === 4) return;
      setTimeout(() => {
        response.statusCode = requests % 3 === 0 ? 500 : 200;
        response.end();
      }, 50);
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
}, 120_000);

afterAll(async () => {
  child?.kill("SIGKILL");
  await new Promise<void>((resolve) => receiver?.close(() => resolve()) ?? resolve());
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("after kill -9 mid-delivery, a restarted server delivers every event at least once, in order", async () => {
  let url = await startParley();
  const hookUrl = `http://127.0.0.1:${(receiver!.address() as AddressInfo).port}/hook`;
  const created = await postGraphQL(url, CreateWebhook, { url: hookUrl }, { key: adminKey });
  expect(created.errors).toBeUndefined();
  secret = created.data!.createWebhook.secret!;
  for (let i = 0; i < eventCount; i++) {
    const record = {
      type: "touchpoint",
      source: "mailchimp",
      id: `click-${i}`,
      person: { email: `p${i}@x.example` },
      kind: "email_click",
      campaign: { id: "c1", name: "Invite" },
      at: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(),
    };
    const ingested = await postGraphQL(url, Ingest, { records: [record] }, { key: adminKey });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingest.rejected).toEqual([]);
  }
  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(4);
  child!.kill("SIGKILL");
  await new Promise((resolve) => child!.once("exit", resolve));
  hangAtFourth = false;
  const beforeRestart = received.length;
  // The kill came while the last request waited for its answer.
  const inFlight = received[beforeRestart - 1].cursor;
  expect(new Set(received.map((request) => request.cursor)).size).toBeLessThan(eventCount);

  url = await startParley();
  await expect
    .poll(() => new Set(received.map((request) => request.cursor)).size, { timeout: 60_000 })
    .toBe(eventCount);

  expect(received.every((request) => request.verified)).toBe(true);
  expect(received.slice(beforeRestart).map((request) => request.cursor)).toContain(inFlight);
  // Retries and the delivery cut by the kill repeat an event right after itself, never later.
  const firstOccurrences = received
    .map((request) => request.cursor)
    .filter((cursor, i, all) => i === 0 || all[i - 1] !== cursor);
  expect(new Set(firstOccurrences).size).toBe(firstOccurrences.length);
  const cursorKey = (cursor: string) =>
    cursor
      .split(":")
      .map((part) => part.padStart(20, "0"))
      .join(":");
  expect([...firstOccurrences].sort((a, b) => (cursorKey(a) < cursorKey(b) ? -1 : 1))).toEqual(
    firstOccurrences,
  );
  const ids = new Map(received.map((request) => [request.cursor, request.id]));
  for (const request of received) expect(request.id).toBe(ids.get(request.cursor));
}, 180_000);
