// Live frames written by the fan-out (apps/api/src/events/fan-out.ts) rather than graphql-ws'
// per-subscription loop: each frame carries its own operation's id, frames keep cursor order across
// the switch from backlog to live, a failed execution is a masked error frame that does not end the
// stream, and `complete` stops the frames.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTransaction } from "../../apps/api/src/db/transaction.ts";
import { compareCursors, decodeCursor } from "../../apps/api/src/events/cursor.ts";
import { recordEvents } from "../../apps/api/src/events/log.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import { openProtocolSocket, untilLive } from "../support/ws.ts";

const EVENTS = "subscription { events(types: [PERSON_UPDATED]) { cursor payload } }";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ live: { pageSize: 5 } });
});
afterAll(async () => {
  await api?.close();
});

const nextFrames = (messages: Array<{ id?: string; type: string; payload?: any }>, id: string) =>
  messages.filter((message) => message.id === id && message.type === "next");

describe("the fan-out writes each subscriber's live frames", () => {
  test("two operations on one socket each get every event under their own id, in cursor order", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("integrator"));
    socket.send({ id: "first", type: "subscribe", payload: { query: EVENTS } });
    socket.send({ id: 'second "quoted"', type: "subscribe", payload: { query: EVENTS } });
    await untilLive(
      () =>
        Math.min(
          nextFrames(socket.messages, "first").length,
          nextFrames(socket.messages, 'second "quoted"').length,
        ),
      () => writeEvents(api, 1, { payload: () => ({ probe: true }) }),
    );
    await writeEvents(api, 30, { writers: 3, payload: (i) => ({ fanOut: i }) });
    for (const id of ["first", 'second "quoted"']) {
      await expect
        .poll(
          () =>
            nextFrames(socket.messages, id).filter(
              (m) => m.payload.data.events.payload.fanOut !== undefined,
            ).length,
          { timeout: 20_000 },
        )
        .toBe(30);
      const cursors = nextFrames(socket.messages, id).map((m) =>
        decodeCursor(m.payload.data.events.cursor),
      );
      for (let i = 1; i < cursors.length; i++)
        expect(compareCursors(cursors[i - 1]!, cursors[i]!)).toBeLessThan(0);
    }
    socket.socket.close();
  }, 60_000);

  test("a subscriber resuming from a cursor gets its backlog, then live events, each once and in order", async () => {
    const key = await api.keyFor("integrator");
    await writeEvents(api, 12, { payload: (i) => ({ resumeBacklog: i }) });
    const { rows } = await api.db.pool.query(
      `SELECT txid::text || ':' || id::text AS cursor FROM "Event" ORDER BY txid, id`,
    );
    const start = rows[rows.length - 12]!.cursor as string;
    const socket = await openProtocolSocket(api.wsUrl, key);
    socket.send({
      id: "r",
      type: "subscribe",
      payload: {
        query: `subscription { events(after: "${start}", types: [PERSON_UPDATED]) { cursor payload } }`,
      },
    });
    // Live events while the backlog (pages of 5) is still being read.
    await writeEvents(api, 12, { writers: 2, payload: (i) => ({ resumeLive: i }) });
    await expect
      .poll(
        () =>
          nextFrames(socket.messages, "r").filter(
            (m) => m.payload.data.events.payload.resumeLive !== undefined,
          ).length,
        { timeout: 20_000 },
      )
      .toBe(12);
    const frames = nextFrames(socket.messages, "r");
    const cursors = frames.map((m) => m.payload.data.events.cursor as string);
    expect(new Set(cursors).size).toBe(cursors.length);
    for (let i = 1; i < cursors.length; i++)
      expect(compareCursors(decodeCursor(cursors[i - 1]!), decodeCursor(cursors[i]!))).toBeLessThan(
        0,
      );
    expect(
      frames
        .filter((m) => m.payload.data.events.payload.resumeBacklog !== undefined)
        .map((m) => m.payload.data.events.payload.resumeBacklog),
    ).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    socket.socket.close();
  }, 60_000);

  test("an event whose execution fails reaches the subscriber as a masked error in its frame, and later events still arrive", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("analyst"));
    socket.send({
      id: "m",
      type: "subscribe",
      payload: { query: "subscription { messageAdded { text } }" },
    });
    const writeMissing = () =>
      withTransaction(api.db.pool, (client) =>
        // A message_added event for a message that does not exist: the selection set fails to load it.
        recordEvents(client, [
          {
            type: "message_added",
            messageId: 2_000_000_000,
            payload: { channel: "twitter", brandIds: [], reach: 0, sentiment: 0 },
          },
        ]),
      ).then(() => api.app.services.live.notify());
    await untilLive(() => nextFrames(socket.messages, "m").length, writeMissing);
    const failed = nextFrames(socket.messages, "m")[0]!;
    expect(failed.payload.data).toBeNull();
    expect(failed.payload.errors).toHaveLength(1);
    // What Yoga's masking gives for a fault: no internal message or stack on the wire.
    expect(JSON.stringify(failed.payload.errors)).not.toMatch(/prisma|stack|findUniqueOrThrow/i);
    const response = await api.gql(
      `mutation ($records: [JSON!]!) { ingest(records: $records) { created } }`,
      {
        records: [
          {
            type: "person",
            source: "crm",
            id: "fan-out-author",
            name: "Fan Out",
            emails: ["fan.out@example.com"],
          },
          {
            type: "message",
            source: "email",
            id: "fan-out-1",
            channel: "email",
            author: { email: "fan.out@example.com" },
            text: "After the failure",
            at: new Date().toISOString(),
          },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    await socket.message(
      (m) =>
        m.id === "m" &&
        m.type === "next" &&
        m.payload.data?.messageAdded?.text === "After the failure",
      20_000,
    );
    socket.socket.close();
  }, 60_000);

  test("after complete, an operation receives no more frames and leaves the tail", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("integrator"));
    const before = api.app.services.live.subscriberCount;
    socket.send({ id: "done", type: "subscribe", payload: { query: EVENTS } });
    await untilLive(
      () => nextFrames(socket.messages, "done").length,
      () => writeEvents(api, 1),
    );
    socket.send({ id: "done", type: "complete" });
    await expect
      .poll(() => api.app.services.live.subscriberCount, { timeout: 10_000 })
      .toBe(before);
    const seen = nextFrames(socket.messages, "done").length;
    await writeEvents(api, 5);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(nextFrames(socket.messages, "done").length).toBe(seen);
    socket.socket.close();
  }, 60_000);
});
