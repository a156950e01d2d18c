import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ResultOf, VariablesOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { backend, freshDatabase, type TestDatabase } from "../support/database.ts";
import { graphql } from "../support/graphql/index.ts";
import { graphqlPostHeaders, rawRequest } from "../support/http.ts";

const root = path.resolve(import.meta.dirname, "../..");
const adminKey = "log-test-admin-key-0123456789";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-log-"));
// A dashboard whose shell cannot be read: a real fault, the one kind of line that carries a trace.
const brokenDashboard = path.join(dataDir, "dashboard");
fs.mkdirSync(path.join(brokenDashboard, "index.html"), { recursive: true });

let child: ChildProcess | undefined;
let db: TestDatabase | undefined;
let port = 0;
let stdout = "";
let viewerKey = "";

beforeAll(async () => {
  const env: Record<string, string> = {
    PORT: "0",
    PARLEY_ADMIN_KEY: adminKey,
    PARLEY_LOG_LEVEL: "info",
  };
  if (backend === "postgres") {
    db = await freshDatabase();
    env.DATABASE_URL = db.url!;
  } else {
    env.PARLEY_DATA_DIR = path.join(dataDir, "pglite");
  }
  child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["tests/support/serve.ts", "--dashboard", brokenDashboard],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    child!.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening (\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child!.once("exit", (code) => reject(new Error(`exited with ${code}:\n${stderr}\n${stdout}`)));
  });
  port = Number(new URL(url).port);
  // The embedded database belongs to the child, so keys are made through the API.
  const created = await post(String(CREATE_VIEWER_KEY), adminKey);
  viewerKey = (JSON.parse(created.body) as { data: ResultOf<typeof CREATE_VIEWER_KEY> }).data
    .createApiKey.secret;
}, 120_000);

afterAll(async () => {
  child?.kill("SIGTERM");
  await new Promise((resolve) =>
    child?.exitCode !== null ? resolve(null) : child?.once("exit", resolve),
  );
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Documents the server accepts; the rejected ones below stay text, since they are wrong on purpose.
const CREATE_VIEWER_KEY = graphql(`
  mutation RequestLogCreateKey {
    createApiKey(name: "log viewer", role: VIEWER) { secret }
  }
`);
const VIEWER_ROLE = graphql(`
  query RequestLogViewerRole {
    viewer { role }
  }
`);
const LOOKUP = graphql(`
  query Lookup($id: String!) {
    person(source: "crm", id: $id) { id }
  }
`);

/** A POST sent as written (rawRequest), so that the test sees the status and body the server sent. */
function post(
  query: string,
  key: string | null,
  variables?: Record<string, unknown>,
  operationName?: string,
) {
  return rawRequest(port, "/graphql", {
    method: "POST",
    headers: graphqlPostHeaders(key),
    body: JSON.stringify({ query, variables, operationName }),
  });
}

/** The server's log lines written after `offset` characters of its stdout. */
async function linesAfter(
  offset: number,
  expected: number,
): Promise<Array<Record<string, any> & { raw: string }>> {
  const read = () =>
    stdout
      .slice(offset)
      .split("\n")
      .filter((line) => line.trim())
      .map((raw) => ({ ...JSON.parse(raw), raw }))
      .filter((line) => line.component === "http");
  await expect.poll(() => read().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(expected);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return read();
}

test("a burst of rejected requests writes one short line each, without a trace, a key or a variable", async () => {
  const offset = stdout.length;
  const secretVariable = "rosa.private@example.com";
  const rejected: Array<{ send: () => Promise<{ status: number }>; status: number; code: string }> =
    [
      { send: () => post(String(VIEWER_ROLE), null), status: 401, code: "UNAUTHENTICATED" },
      {
        send: () => post(String(VIEWER_ROLE), "pk_wrong_key_that_is_long_enough"),
        status: 401,
        code: "UNAUTHENTICATED",
      },
      { send: () => post("{ viewer { role ", adminKey), status: 400, code: "GRAPHQL_PARSE_FAILED" },
      {
        send: () => post("query Misspelled { peopl }", adminKey, undefined, "Misspelled"),
        status: 400,
        code: "GRAPHQL_VALIDATION_FAILED",
      },
      {
        send: () =>
          post(
            String(LOOKUP),
            viewerKey,
            { id: secretVariable } satisfies VariablesOf<typeof LOOKUP>,
            "Lookup",
          ),
        status: 200,
        code: "FORBIDDEN",
      },
      {
        send: () => post(`{ viewer { ${"role ".repeat(10_000)}} }`, adminKey),
        status: 400,
        code: "GRAPHQL_PARSE_FAILED",
      },
      {
        send: () => post(`{ viewer { role } } # ${"x".repeat(200_000)}`, adminKey),
        status: 400,
        code: "LIMIT_EXCEEDED",
      },
      {
        send: () =>
          rawRequest(port, "/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
            body: "x".repeat(10_000),
            declaredLength: 5_000_000,
          }),
        status: 413,
        code: "REQUEST_ENTITY_TOO_LARGE",
      },
      { send: () => rawRequest(port, "/%E0%A4%A"), status: 400, code: "BAD_REQUEST" },
    ];
  const rounds = 5;
  for (let round = 0; round < rounds; round++) {
    for (const request of rejected) expect((await request.send()).status).toBe(request.status);
  }
  const lines = await linesAfter(offset, rounds * rejected.length).catch((error) => {
    throw new Error(`${error.message}\n${stdout.slice(offset)}`);
  });
  expect(lines).toHaveLength(rounds * rejected.length);
  const expectedCodes = rejected.map((request) => request.code);
  for (const code of new Set(expectedCodes)) {
    expect(lines.filter((line) => line.code === code).length, code).toBe(
      rounds * expectedCodes.filter((expected) => expected === code).length,
    );
  }
  for (const line of lines) {
    expect(line.raw.length, line.raw).toBeLessThan(400);
    expect(line.raw).not.toMatch(/stack|\n\s+at |Bearer|authorization/i);
    for (const secret of [adminKey, viewerKey, "pk_wrong_key_that_is_long_enough", secretVariable])
      expect(line.raw).not.toContain(secret);
    expect(line).toMatchObject({ status: expect.any(Number), durationMs: expect.any(Number) });
  }
  const forbidden = lines.find((line) => line.code === "FORBIDDEN")!;
  expect(forbidden).toMatchObject({
    operation: "Lookup",
    role: "viewer",
    keyId: expect.any(Number),
  });
  expect(stdout.slice(offset)).not.toContain(secretVariable);
}, 120_000);

test("a server fault is logged once, with its trace", async () => {
  const offset = stdout.length;
  expect((await rawRequest(port, "/people/1")).status).toBe(500);
  const lines = await linesAfter(offset, 1);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 50, status: 500, path: "/people/1" });
  expect(lines[0].err.stack).toMatch(/EISDIR/);
});

test("successful requests are not logged at info", async () => {
  const offset = stdout.length;
  expect((await post(String(VIEWER_ROLE), adminKey)).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(stdout.slice(offset)).toBe("");
});
