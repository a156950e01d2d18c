// The hostile-input suite (issue 14): generated GraphQL shapes and fuzzed records, sent over HTTP and
// websockets to a real server in a child process. Whatever arrives: the process never ends, nothing
// answers 5xx or "Unexpected error.", a rejected request carries no data and no internals; the
// server's RSS after a compacting collection ends within 10% of its value after a warm-up. The
// seed is printed; HOSTILE_SEED=<n> replays a run, HOSTILE_SCALE=<x> multiplies the number of inputs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { type HostileRequest, hostileBodies, hostileRequest } from "../support/hostile-graphql.ts";
import { goodRecords, hostileCases, hostileRecord } from "../support/hostile-records.ts";
import { rawRequest } from "../support/http.ts";
import {
  type MemoryMeasurement,
  type ServerProcess,
  startServerProcess,
} from "../support/server-process.ts";

const adminKey = "hostile-suite-admin-key-0123456789";
const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
const scale = Number(process.env.HOSTILE_SCALE ?? 1);
const counts = {
  httpShapes: Math.round(5_600 * scale),
  httpBodies: Math.round(500 * scale),
  wsShapes: Math.round(2_600 * scale),
  wsFrames: Math.round(300 * scale),
  recordBatches: Math.round(500 * scale),
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-hostile-"));
let db: TestDatabase | undefined;
let server: ServerProcess;
const keys: Record<string, string> = {};
let baseline: MemoryMeasurement;
/** HOSTILE_HEAP_SNAPSHOTS=<dir>: heap snapshots of the server after the warm-up and after the run. */
const snapshots = process.env.HOSTILE_HEAP_SNAPSHOTS;
const tried = { http: 0, websocket: 0, records: 0 };
const failures: string[] = [];

beforeAll(async () => {
  if (backend === "postgres") db = await freshDatabase();
  server = await startServerProcess({
    PARLEY_ADMIN_KEY: adminKey,
    // The suite sends thousands of operations with one key; the rate limit has its own tests.
    PARLEY_RATE_LIMIT: "1000000/1000000",
    ...(db ? { DATABASE_URL: db.url! } : { PARLEY_DATA_DIR: path.join(dataDir, "pglite") }),
  });
  keys.admin = adminKey;
  for (const role of ["viewer", "analyst", "integrator"]) {
    const created = await post(
      {
        query: `mutation { createApiKey(name: "hostile ${role}", role: ${role.toUpperCase()}) { secret } }`,
      },
      adminKey,
    );
    keys[role] = (created.body as any).data.createApiKey.secret;
  }
  const seeded = await post(
    {
      query: "mutation($records: [JSON!]!) { ingest(records: $records) { rejected { index } } }",
      variables: { records: goodRecords("hostile") },
    },
    keys.analyst!,
  );
  expect((seeded.body as any).data.ingest.rejected).toEqual([]);
  console.log(`hostile-input suite: seed ${seed} (HOSTILE_SEED=${seed} replays it)`);
}, 120_000);

afterAll(async () => {
  // The server's own account of what went wrong, for the failures above.
  if (failures.length > 0)
    console.log(
      server
        ?.output()
        .split("\n")
        .filter((line) => line.includes('"level":50'))
        .slice(0, 10)
        .join("\n"),
    );
  await server?.stop();
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Mutations go out with the analyst's key (an admin's could revoke the suite's own keys); the rest with any role's. */
function keyFor(request: HostileRequest, i: number): string {
  if (/^\s*mutation|\bmutation\b/i.test(request.query)) return keys.analyst!;
  return Object.values(keys)[i % 4]!;
}

async function post(
  request: { query: unknown; variables?: unknown; operationName?: unknown },
  key: string,
  accept = "application/json",
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept, authorization: `Bearer ${key}` },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

const requestErrorCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "LIMIT_EXCEEDED",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "PERSISTED_QUERY_ONLY",
  "PERSISTED_QUERY_NOT_FOUND",
  "TOO_MANY_OPERATIONS",
]);
const internals =
  /prisma|node_modules|\bat \S+\.(?:ts|js|mjs):\d+|SQLSTATE|"stack"|syntax error at or near|relation "/i;

/** What is wrong with one answer; nothing when it is a sound answer or a clean rejection. */
function faultsOf(
  over: string,
  what: string,
  status: number | undefined,
  text: string,
  body: unknown,
): string[] {
  const faults: string[] = [];
  const label = `${over} ${what}`;
  if (status !== undefined && status >= 500)
    faults.push(`${label}: answered ${status}: ${text.slice(0, 300)}`);
  if (body === undefined || typeof body !== "object" || body === null)
    return [...faults, `${label}: not a JSON object: ${text.slice(0, 200)}`];
  const answer = body as {
    data?: unknown;
    errors?: Array<{ message?: string; path?: unknown; extensions?: { code?: string } }>;
  };
  const errors = Array.isArray(answer.errors) ? answer.errors : [];
  if (
    errors.some(
      (error) =>
        error.extensions?.code === "INTERNAL_SERVER_ERROR" || error.message === "Unexpected error.",
    )
  ) {
    faults.push(`${label}: internal error: ${text.slice(0, 300)}`);
  }
  if (internals.test(text) && errors.length > 0)
    faults.push(`${label}: internals in the answer: ${text.slice(0, 300)}`);
  // A request error (parse, validation, limits, variables, refusals) or a 4xx means nothing ran.
  const rejected =
    (status !== undefined && status >= 400) ||
    errors.some(
      (error) =>
        requestErrorCodes.has(String(error.extensions?.code)) ||
        /^(Syntax Error|Variable "\$)/.test(error.message ?? ""),
    );
  if (rejected && answer.data !== undefined && answer.data !== null)
    faults.push(`${label}: data in a rejected answer: ${text.slice(0, 300)}`);
  return faults;
}

function describeRequest(request: HostileRequest): string {
  return `[${request.shape}] ${JSON.stringify(request.query).slice(0, 160)}`;
}

/** Runs `work` over `items` with `concurrency` at once. */
async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

async function sendOverHttp(requests: HostileRequest[]): Promise<void> {
  await pool(requests, 8, async (request, i) => {
    const key = keyFor(request, i);
    // Both kinds of GraphQL-over-HTTP clients, and GET for a few queries as GraphiQL sends them.
    let status: number;
    let text: string;
    const params = new URLSearchParams({ query: request.query });
    if (request.variables !== undefined) params.set("variables", JSON.stringify(request.variables));
    // Node's own header limit (16 KB) answers a longer URL with 431 before Parley sees it.
    if (i % 10 === 9 && params.toString().length < 8_000) {
      const response = await rawRequest(server.port, `/graphql?${params}`, {
        headers: { authorization: `Bearer ${key}`, accept: "application/graphql-response+json" },
      });
      status = response.status;
      text = response.body;
      // A mutation over GET is refused with 405 before anything runs, in Yoga's own words.
      if (status === 405) return void tried.http++;
    } else {
      const response = await post(
        request,
        key,
        i % 2 ? "application/graphql-response+json" : "application/json",
      );
      status = response.status;
      text = response.text;
    }
    tried.http++;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    failures.push(...faultsOf("http", describeRequest(request), status, text, body));
  });
}

/** A graphql-transport-ws socket that runs operations one answer at a time per id. */
async function openLane(key: string) {
  const socket = new WebSocket(
    server.url.replace("http", "ws") + "/graphql",
    "graphql-transport-ws",
  );
  const waiting = new Map<string, (message: { type: string; payload?: unknown }) => void>();
  let closed: { code: number; reason: string } | undefined;
  socket.on("close", (code, reason) => {
    closed = { code, reason: reason.toString() };
    for (const resolve of waiting.values()) resolve({ type: "closed" });
    waiting.clear();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } }),
      ),
    );
    socket.once("message", () => resolve());
  });
  socket.on("message", (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === "ping") return socket.send(JSON.stringify({ type: "pong" }));
    const resolve = waiting.get(message.id);
    if (!resolve) return;
    waiting.delete(message.id);
    // A live subscription answered its first event: end it, so the socket stays under its limit.
    if (message.type === "next") socket.send(JSON.stringify({ id: message.id, type: "complete" }));
    resolve(message);
  });
  let serial = 0;
  return {
    closed: () => closed,
    run(
      payload: Record<string, unknown>,
      timeoutMs = 15_000,
    ): Promise<{ type: string; payload?: unknown }> {
      const id = `op${serial++}`;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve({ type: "timeout" });
        }, timeoutMs);
        waiting.set(id, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        socket.send(JSON.stringify({ id, type: "subscribe", payload }));
      });
    },
    close: () => socket.close(),
  };
}

/** Whether graphql-transport-ws itself refuses the payload's shape (its close 4400 is then the right answer). */
function breaksProtocol(request: HostileRequest): boolean {
  const variables = request.variables;
  const badVariables =
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== "object" || Array.isArray(variables));
  const badName =
    request.operationName !== undefined &&
    request.operationName !== null &&
    typeof request.operationName !== "string";
  return badVariables || badName;
}

async function sendOverWebsockets(requests: HostileRequest[]): Promise<void> {
  const lanes = 4;
  await Promise.all(
    Array.from({ length: lanes }, async (_, laneIndex) => {
      const mine = requests.filter((_, i) => i % lanes === laneIndex);
      const key = laneIndex === 0 ? keys.analyst! : Object.values(keys)[laneIndex]!;
      let lane = await openLane(key);
      await pool(mine, 6, async (request) => {
        const payload: Record<string, unknown> = { query: request.query };
        if (request.variables !== undefined) payload.variables = request.variables;
        if (request.operationName !== undefined) payload.operationName = request.operationName;
        const what = describeRequest(request);
        if (breaksProtocol(request)) {
          // graphql-transport-ws closes the socket on such a payload (4400): on a socket of its own,
          // so the operations in flight on the lane are not cut with it.
          const alone = await openLane(key);
          const answer = await alone.run(payload);
          tried.websocket++;
          if (alone.closed()?.code !== 4400)
            failures.push(
              `websocket ${what}: answered ${answer.type} ${JSON.stringify(alone.closed())}, expected a 4400 close`,
            );
          return alone.close();
        }
        const answer = await lane.run(payload);
        tried.websocket++;
        if (answer.type === "timeout")
          return void failures.push(`websocket ${what}: no answer within 15 s`);
        if (answer.type === "closed") {
          failures.push(
            `websocket ${what} (or another operation in flight on its socket): socket closed ${JSON.stringify(lane.closed())}`,
          );
          lane = await openLane(key);
          return;
        }
        if (answer.type === "error") {
          const errors = answer.payload as Array<{
            message?: string;
            extensions?: { code?: string };
          }>;
          failures.push(
            ...faultsOf("websocket", what, undefined, JSON.stringify({ errors }), { errors }),
          );
        } else if (answer.type === "next" || answer.type === "complete") {
          const result = (answer.payload ?? {}) as object;
          failures.push(...faultsOf("websocket", what, undefined, JSON.stringify(result), result));
        }
      });
      lane.close();
    }),
  );
}

async function sendBodies(bodies: Array<{ shape: string; body: Buffer }>): Promise<void> {
  await pool(bodies, 8, async ({ shape, body }, i) => {
    const response = await rawRequest(server.port, "/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${Object.values(keys)[i % 4]}`,
        accept: i % 2 ? "application/graphql-response+json" : "application/json",
      },
      body,
    });
    tried.http++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
    failures.push(
      ...faultsOf(
        "http",
        `[${shape}] ${JSON.stringify(body.toString("latin1").slice(0, 120))}`,
        response.status,
        response.body,
        parsed,
      ),
    );
  });
}

type Frames = { shape: string; frames: Array<string | Buffer>; binary?: boolean };

/** Frames that break graphql-transport-ws, each on a socket of its own. */
function sampleFrames(count: number, frameSeed: number): Frames[] {
  const init = JSON.stringify({
    type: "connection_init",
    payload: { authorization: `Bearer ${keys.integrator}` },
  });
  return fc.sample<Frames>(
    fc.oneof(
      fc.constantFrom<Frames>(
        { shape: "invalid-utf8", frames: [init, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])] },
        {
          shape: "invalid-utf8-in-json",
          frames: [
            init,
            Buffer.concat([
              Buffer.from('{"id":"1","type":"subscribe","payload":{"query":"'),
              Buffer.from([0xed, 0xa0, 0x80]),
              Buffer.from('"}}'),
            ]),
          ],
        },
        {
          shape: "binary",
          frames: [
            init,
            Buffer.from(
              JSON.stringify({
                id: "1",
                type: "subscribe",
                payload: { query: "{ viewer { role } }" },
              }),
            ),
          ],
          binary: true,
        },
        {
          shape: "before-init",
          frames: [
            JSON.stringify({
              id: "1",
              type: "subscribe",
              payload: { query: "{ viewer { role } }" },
            }),
          ],
        },
        { shape: "init-twice", frames: [init, init] },
        {
          shape: "server-only",
          frames: [init, JSON.stringify({ id: "1", type: "next", payload: {} })],
        },
        {
          shape: "duplicate-id",
          frames: [
            init,
            JSON.stringify({
              id: "1",
              type: "subscribe",
              payload: { query: "subscription { overviewUpdated { people } }" },
            }),
            JSON.stringify({
              id: "1",
              type: "subscribe",
              payload: { query: "subscription { overviewUpdated { people } }" },
            }),
          ],
        },
        {
          shape: "huge-id",
          frames: [
            init,
            JSON.stringify({
              id: "i".repeat(200_000),
              type: "subscribe",
              payload: { query: "{ viewer { role } }" },
            }),
          ],
        },
        { shape: "too-big", frames: [init, "x".repeat(1_100_000)] },
        {
          shape: "init-payload",
          frames: [JSON.stringify({ type: "connection_init", payload: [1, 2] })],
        },
        {
          shape: "init-payload",
          frames: [
            JSON.stringify({
              type: "connection_init",
              payload: { authorization: { nested: true } },
            }),
          ],
        },
        {
          shape: "init-payload",
          frames: [
            JSON.stringify({
              type: "connection_init",
              payload: { authorization: `Bearer ${"k".repeat(100_000)}` },
            }),
          ],
        },
        { shape: "deep-json", frames: [init, `${"[".repeat(50_000)}${"]".repeat(50_000)}`] },
      ),
      fc
        .jsonValue({ maxDepth: 4 })
        .map((value): Frames => ({ shape: "random-json", frames: [init, JSON.stringify(value)] })),
      fc
        .record({
          id: fc.oneof(fc.string(), fc.integer()),
          type: fc.constantFrom("subscribe", "complete", "ping", "pong", "error", "connection_ack"),
          payload: fc.jsonValue({ maxDepth: 3 }),
        })
        .map(
          (message): Frames => ({
            shape: "random-message",
            frames: [init, JSON.stringify(message)],
          }),
        ),
      fc
        .string({ unit: "binary", maxLength: 200 })
        .map((text): Frames => ({ shape: "random-text", frames: [init, text] })),
    ),
    { numRuns: count, seed: frameSeed },
  );
}

async function sendFrames(frames: Frames[]): Promise<void> {
  const wsUrl = server.url.replace("http", "ws") + "/graphql";
  await pool(frames, 4, async ({ shape, frames: toSend, binary }) => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    const outcome = await new Promise<{ code?: number; reason?: string; error?: string }>(
      (resolve) => {
        const timer = setTimeout(() => resolve({}), 1_500);
        socket.on("error", (error) => {
          clearTimeout(timer);
          resolve({ error: error.message });
        });
        socket.on("close", (code, reason) => {
          clearTimeout(timer);
          resolve({ code, reason: reason.toString() });
        });
        socket.on("open", async () => {
          for (const frame of toSend) {
            socket.send(frame, { binary: binary ?? false });
            await new Promise((next) => setTimeout(next, 20));
          }
        });
        socket.on("message", (data) => {
          const text = data.toString();
          if (/Unexpected error|INTERNAL_SERVER_ERROR/.test(text))
            failures.push(`websocket frame [${shape}]: internal error ${text.slice(0, 200)}`);
        });
      },
    );
    tried.websocket++;
    socket.terminate();
    if (outcome.code === 4500 || outcome.code === 1011 || outcome.code === 1006)
      failures.push(`websocket frame [${shape}]: closed ${outcome.code} ${outcome.reason ?? ""}`);
  });
}

async function sendRecords(batches: unknown[][]): Promise<void> {
  const ingest = `mutation Ingest($records: [JSON!]!) { ingest(records: $records) { created updated merged unchanged rejected { index field reason } } }`;
  const check = (over: string, records: unknown[], text: string, body: any) => {
    tried.records += records.length;
    const faults = faultsOf(over, `[records] ${text.slice(0, 80)}`, undefined, text, body);
    const result = body?.data?.ingest;
    if (!result) faults.push(`${over} [records]: no ingest result: ${text.slice(0, 300)}`);
    else {
      const written = result.created + result.updated + result.merged + result.unchanged;
      if (written + result.rejected.length !== records.length)
        faults.push(
          `${over} [records]: ${written} written + ${result.rejected.length} rejected of ${records.length}`,
        );
      for (const rejection of result.rejected) {
        if (/refused by the database/.test(rejection.reason) || rejection.field === "(record)")
          faults.push(`${over} [records]: ${JSON.stringify(rejection)}`);
      }
    }
    failures.push(...faults);
  };
  const half = Math.ceil(batches.length / 2);
  await pool(batches.slice(0, half), 4, async (records) => {
    const response = await post({ query: ingest, variables: { records } }, keys.analyst!);
    tried.http++;
    if (response.status >= 500) failures.push(`http [records]: ${response.status}`);
    check("http", records, response.text, response.body);
  });
  const lane = await openLane(keys.analyst!);
  await pool(batches.slice(half), 4, async (records) => {
    const answer = await lane.run({ query: ingest, variables: { records } });
    tried.websocket++;
    if (answer.type !== "next")
      return void failures.push(
        `websocket [records]: answered ${answer.type} ${JSON.stringify(answer.payload).slice(0, 200)}`,
      );
    check("websocket", records, JSON.stringify(answer.payload), answer.payload);
  });
  lane.close();
}

describe("hostile input", () => {
  test("warm-up: the server answers a quarter of every kind of input; its memory after it is the baseline", async () => {
    // Every phase below at a quarter, with seeds of its own: the code each input reaches is compiled,
    // the bounded caches fill, and what a process loads once (Prisma's source map, read when a
    // stack first passes through it) is loaded before the baseline, not counted as growth.
    const quarter = (count: number) => Math.round(count / 4);
    await sendOverHttp(fc.sample(hostileRequest, { numRuns: quarter(counts.httpShapes), seed }));
    await sendBodies(
      fc.sample(hostileBodies, { numRuns: quarter(counts.httpBodies), seed: seed + 7 }),
    );
    await sendOverWebsockets(
      fc.sample(hostileRequest, { numRuns: quarter(counts.wsShapes), seed: seed + 1 }),
    );
    await sendFrames(sampleFrames(quarter(counts.wsFrames), seed + 8));
    await sendRecords(
      fc.sample(fc.array(hostileRecord, { minLength: 1, maxLength: 12 }), {
        numRuns: quarter(counts.recordBatches),
        seed: seed + 9,
      }),
    );
    // The largest records there are: the embedded database's heap grows to its working size once
    // (WebAssembly memory never shrinks), so the baseline is taken after it.
    const largest = hostileCases("warm-up").map((item) => item.record);
    for (let round = 0; round < 3; round++) {
      const response = await post(
        {
          query:
            "mutation($records: [JSON!]!) { ingest(records: $records) { rejected { index } } }",
          variables: { records: largest },
        },
        keys.analyst!,
      );
      tried.http++;
      failures.push(
        ...faultsOf("http", "[warm-up records]", response.status, response.text, response.body),
      );
    }
    baseline = await server.memoryAfterGc();
    if (snapshots)
      await server.writeHeapSnapshot(path.join(snapshots, "after-warm-up.heapsnapshot"));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(server.exited()).toBe(false);
  }, 300_000);

  test("generated GraphQL shapes over HTTP: no 5xx, no internal error, no data in a rejection", async () => {
    await sendOverHttp(fc.sample(hostileRequest, { numRuns: counts.httpShapes, seed: seed + 2 }));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(server.exited()).toBe(false);
  }, 300_000);

  test("bodies that are no GraphQL request (invalid UTF-8, broken JSON, wrong shapes) are refused cleanly", async () => {
    await sendBodies(fc.sample(hostileBodies, { numRuns: counts.httpBodies, seed: seed + 3 }));
    expect(failures.slice(0, 5)).toEqual([]);
  }, 300_000);

  test("generated GraphQL shapes over websockets: every operation answered, none with an internal error", async () => {
    await sendOverWebsockets(
      fc.sample(hostileRequest, { numRuns: counts.wsShapes, seed: seed + 4 }),
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(server.exited()).toBe(false);
  }, 300_000);

  test("hostile websocket frames close the socket with a client code, never an internal one", async () => {
    await sendFrames(sampleFrames(counts.wsFrames, seed + 5));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(server.exited()).toBe(false);
  }, 300_000);

  test("fuzzed records over HTTP and websockets: each written or rejected naming its field, never a failed batch", async () => {
    await sendRecords(
      fc.sample(fc.array(hostileRecord, { minLength: 1, maxLength: 12 }), {
        numRuns: counts.recordBatches,
        seed: seed + 6,
      }),
    );
    expect(failures.slice(0, 5)).toEqual([]);
  }, 300_000);

  test("after the run: the process is alive and serving, at least 10,000 inputs were tried, and its RSS is back within 10% of the warm-up's", async () => {
    expect(server.exited()).toBe(false);
    const alive = await post(
      { query: "{ viewer { role } people(first: 3) { totalCount } }" },
      adminKey,
    );
    expect(alive.status).toBe(200);
    expect((alive.body as any).data.viewer.role).toBe("ADMIN");
    // Sockets closed by the suite are released asynchronously; give the server a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const final = await server.memoryAfterGc();
    if (snapshots) await server.writeHeapSnapshot(path.join(snapshots, "after-run.heapsnapshot"));
    const inputs = tried.http + tried.websocket;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const figure = (name: string, before: number, after: number) =>
      `${name} ${mb(before)} -> ${mb(after)} (${(((after - before) / before) * 100).toFixed(1)}%)`;
    console.log(
      `hostile-input suite (${backend}): ${inputs} inputs tried (${tried.http} over HTTP, ${tried.websocket} over websockets; ${tried.records} fuzzed records inside them), ` +
        `${failures.length} faults, 0 crashes. The server after the warm-up -> after the run, after full collections: ` +
        [
          figure("heap used", baseline.heapUsed, final.heapUsed),
          figure("external", baseline.external, final.external),
          figure("array buffers", baseline.arrayBuffers, final.arrayBuffers),
          figure("RSS", baseline.rss, final.rss),
          `and before the compacting collection ${figure("heap committed", baseline.uncompactedHeapTotal, final.uncompactedHeapTotal)}, ${figure("RSS", baseline.uncompactedRss, final.uncompactedRss)}`,
        ].join(", "),
    );
    expect(failures).toEqual([]);
    expect(inputs).toBeGreaterThanOrEqual(10_000 * Math.min(scale, 1));
    // The issue's bound: RSS back within 10% of the warm-up's. Both are measured after a compacting
    // collection (tests/support/serve.ts): without it V8 keeps the old-space pages of the run's peak
    // committed a third full (178 MB for 56 MB live after one run), which is fragmentation, not
    // something held. Heap snapshots after the warm-up and after the run (HOSTILE_HEAP_SNAPSHOTS)
    // traced what the heap still gains: source maps Node parses once per module when a stack first
    // passes through it (--enable-source-maps; Prisma's alone is 5 MB), and code compiled for paths
    // the warm-up did not reach; the parse cache and Prisma's plan cache are bounded by heap
    // (http/limits.ts, db/plan-cache.ts), which an unbounded one (3.2x, or 9 MB of plans for 55 long
    // searches) fails.
    expect(final.rss).toBeLessThanOrEqual(baseline.rss * 1.1);
    expect(final.heapUsed).toBeLessThanOrEqual(baseline.heapUsed * 1.25);
  }, 60_000);
});
