import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { allEventIds, writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { subscribeTo, wsClient } from "../support/ws.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const EVENTS = graphql(`
  subscription ResumeEvents($after: String, $types: [EventType!]) {
    events(after: $after, types: $types) { cursor type payload }
  }
`);
type Received = ResultOf<typeof EVENTS>["events"];

/** Subscribes from `after`, takes up to `take` events, then disconnects (as a flaky network would). */
async function session(
  key: string,
  after: string,
  take: number,
  timeoutMs = 3000,
): Promise<Received[]> {
  const client = wsClient(api.wsUrl, key);
  const received: Received[] = [];
  await new Promise<void>((resolve, reject) => {
    let timer = setTimeout(finish, timeoutMs);
    function finish() {
      clearTimeout(timer);
      dispose();
      resolve();
    }
    const dispose = subscribeTo(
      client,
      EVENTS,
      { after, types: ["PERSON_UPDATED"] },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          received.push(result.data!.events);
          clearTimeout(timer);
          timer = setTimeout(finish, timeoutMs);
          if (received.length >= take) finish();
        },
        error: reject,
        complete: finish,
      },
    );
  });
  await client.dispose();
  return received;
}

const cursorId = (cursor: string) => cursor.split(":")[1];
const compareCursors = (a: string, b: string) => {
  const [at, ai] = a.split(":").map(BigInt);
  const [bt, bi] = b.split(":").map(BigInt);
  return at === bt ? (ai < bi ? -1 : ai > bi ? 1 : 0) : at < bt ? -1 : 1;
};

test("a subscriber that keeps reconnecting with its last cursor gets every event once, in commit order, while many writers commit out of order", async () => {
  const key = await api.keyFor("integrator");
  const total = 300;
  // Transactions stay open for a random while after taking their id, so ids commit out of order.
  const writing = writeEvents(api, total, { writers: 8, holdMs: () => Math.random() * 30 });
  const delivered: Received[] = [];
  // "0:0" is the start of the log: this integrator wants everything, including what was written
  // before it first connected.
  let cursor = "0:0";
  let sessions = 0;
  let writersDone = false;
  void writing.then(() => (writersDone = true));
  while (delivered.length < total && sessions < 200) {
    sessions++;
    const batch = await session(
      key,
      cursor,
      5 + Math.floor(Math.random() * 40),
      writersDone ? 2000 : 1500,
    );
    for (const event of batch) {
      // Within a subscription the stream is strictly increasing: no duplicates, no going back.
      expect(compareCursors(event.cursor, cursor)).toBe(1);
      cursor = event.cursor;
      delivered.push(event);
    }
  }
  await writing;
  const ids = delivered.map((event) => cursorId(event.cursor));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(await allEventIds(api));
  expect(delivered).toHaveLength(total);
  expect(sessions).toBeGreaterThan(5);
}, 240_000);

test("resuming from an old cursor replays the backlog, then continues live without a gap", async () => {
  const key = await api.keyFor("integrator");
  const before = await allEventIds(api);
  const { rows } = await api.db.pool.query(
    `SELECT txid::text || ':' || id::text AS cursor FROM "Event" ORDER BY txid, id LIMIT 1 OFFSET 9`,
  );
  const client = wsClient(api.wsUrl, key);
  const received: Received[] = [];
  const expected = before.length - 10 + 20;
  const done = new Promise<void>((resolve, reject) => {
    subscribeTo(
      client,
      EVENTS,
      { after: rows[0].cursor },
      {
        next: (result) => {
          received.push(result.data!.events);
          if (received.length === expected) resolve();
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  await writeEvents(api, 20, { writers: 3 });
  await done;
  await client.dispose();
  expect(received.map((event) => cursorId(event.cursor))).toEqual(
    (await allEventIds(api)).slice(10),
  );
}, 120_000);

test("an unknown cursor is refused with a message naming the argument", async () => {
  const client = wsClient(api.wsUrl, await api.keyFor("integrator"));
  const result = await new Promise<any>((resolve) => {
    subscribeTo(
      client,
      EVENTS,
      { after: "yesterday" },
      { next: resolve, error: resolve, complete: () => {} },
    );
  });
  await client.dispose();
  expect(JSON.stringify(result)).toMatch(/after is not an event cursor/);
});
