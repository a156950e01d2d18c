import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { postgresAdminUrl } from "../support/backends.ts";
import { followEventPayloads, writeEvents } from "../support/events.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await setConnectable(true);
  await api?.close();
});

/** Takes this test's own database away from Parley (the shared server keeps running for everyone else). */
async function setConnectable(allowed: boolean): Promise<void> {
  const name = new URL(api.db.url!).pathname.slice(1);
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${allowed}`);
    if (!allowed)
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      );
  } finally {
    await admin.end();
  }
}

test("while the database is unreachable the live tail retries without ending the process, and streams again when it returns", async () => {
  const follower = await followEventPayloads(api);

  await setConnectable(false);
  // Several polls of the tail and revocation checks fail meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect((await fetch(`${api.url}/healthz`)).status).toBe(503);
  await setConnectable(true);

  await writeEvents(api, 3);
  await expect
    .poll(() => follower.payloads().map((payload) => payload.i), {
      timeout: 15_000,
    })
    .toEqual([0, 1, 2]);
  expect(follower.errors).toEqual([]);
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  await follower.close();
}, 60_000);
