import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { postgresAdminUrl, slowPoll } from "../support/backends.ts";
import { followEventPayloads, writeEvents } from "../support/events.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ live: slowPoll });
});
afterAll(async () => {
  await api?.close();
});

test("an event held back by an older transaction still running is delivered as soon as that transaction ends, not at the next poll", async () => {
  const follower = await followEventPayloads(api);

  // An older transaction of the same database takes its id and stays open.
  const older = new pg.Client({ connectionString: api.db.url });
  await older.connect();
  await older.query("BEGIN");
  await older.query("SELECT pg_current_xact_id()");
  await writeEvents(api, 1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(follower.payloads()).toEqual([]);
  // It ends without any signal: only a re-read by the tail can deliver before the minute-long poll.
  await older.query("COMMIT");
  await older.end();
  // Generous: another long transaction of this database (a slow test machine's) holds it back too.
  await expect.poll(() => follower.payloads(), { timeout: 20_000 }).toEqual([{ i: 0 }]);
  await follower.close();
}, 60_000);

test("a transaction running in another database of the server does not hold back this one's events", async () => {
  const follower = await followEventPayloads(api);

  // Another application's long transaction on the shared server: older than the events that follow.
  const elsewhere = new pg.Client({ connectionString: postgresAdminUrl });
  await elsewhere.connect();
  try {
    await elsewhere.query("BEGIN");
    await elsewhere.query("SELECT pg_current_xact_id()");
    await writeEvents(api, 2);
    // Delivered by the signal while that transaction is still open (the poll is a minute away).
    await expect.poll(() => follower.payloads(), { timeout: 20_000 }).toEqual([{ i: 0 }, { i: 1 }]);
    const { rows } = await elsewhere.query(
      "SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS open",
    );
    expect(rows[0].open).toBe(true);
    await elsewhere.query("COMMIT");
  } finally {
    await elsewhere.end();
  }
  await follower.close();
}, 60_000);
