// Live frames written by the fan-out (apps/api/src/events/fan-out.ts) rather than graphql-ws'
// per-subscription loop: each frame carries its own operation's id, frames keep cursor order across
// the switch from backlog to live, a failed execution is a masked error frame that does not end the
// stream, `complete` stops the frames, and a frame is the same bytes whichever path wrote it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTransaction } from "../../apps/api/src/db/transaction.ts";
import { compareCursors, decodeCursor } from "../../apps/api/src/events/cursor.ts";
import { recordEvents } from "../../apps/api/src/events/log.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { type NextFrame, nextFramesOf, openProtocolSocket, untilLive } from "../support/ws.ts";

const EVENTS = graphql(`
  subscription FanOutEvents($after: String) {
    events(after: $after, types: [PERSON_UPDATED]) { cursor payload }
  }
`);
const MESSAGES = graphql(`
  subscription FanOutMessages {
    messageAdded { text }
  }
`);
const INGEST = graphql(`
  mutation FanOutIngest($records: [JSON!]!) {
    ingest(records: $records) { created }
  }
`);

/** The test's own marks in an event's JSON payload (`writeEvents`' payload option). */
const marks = (frame: NextFrame<typeof EVENTS>) =>
  frame.payload.data!.events.payload as Record<string, number | boolean | undefined>;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ live: { pageSize: 5 } });
});
afterAll(async () => {
  await api?.close();
});

describe("the fan-out writes each subscriber's live frames", () => {
  test("two operations on one socket each get every event under their own id, in cursor order", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("integrator"));
    socket.subscribe("first", EVENTS);
    socket.subscribe('second "quoted"', EVENTS);
    await untilLive(
      () =>
        Math.min(
          nextFramesOf(socket, "first", EVENTS).length,
          nextFramesOf(socket, 'second "quoted"', EVENTS).length,
        ),
      () => writeEvents(api, 1, { payload: () => ({ probe: true }) }),
    );
    await writeEvents(api, 30, { writers: 3, payload: (i) => ({ fanOut: i }) });
    for (const id of ["first", 'second "quoted"']) {
      await expect
        .poll(
          () =>
            nextFramesOf(socket, id, EVENTS).filter((m) => marks(m).fanOut !== undefined).length,
          { timeout: 20_000 },
        )
        .toBe(30);
      const cursors = nextFramesOf(socket, id, EVENTS).map((m) =>
        decodeCursor(m.payload.data!.events.cursor),
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
    socket.subscribe("r", EVENTS, { after: start });
    // Live events while the backlog (pages of 5) is still being read.
    await writeEvents(api, 12, { writers: 2, payload: (i) => ({ resumeLive: i }) });
    await expect
      .poll(
        () =>
          nextFramesOf(socket, "r", EVENTS).filter((m) => marks(m).resumeLive !== undefined).length,
        { timeout: 20_000 },
      )
      .toBe(12);
    const frames = nextFramesOf(socket, "r", EVENTS);
    const cursors = frames.map((m) => m.payload.data!.events.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    for (let i = 1; i < cursors.length; i++)
      expect(compareCursors(decodeCursor(cursors[i - 1]!), decodeCursor(cursors[i]!))).toBeLessThan(
        0,
      );
    expect(
      frames.filter((m) => marks(m).resumeBacklog !== undefined).map((m) => marks(m).resumeBacklog),
    ).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    socket.socket.close();
  }, 60_000);

  test("an event whose execution fails reaches the subscriber as a masked error in its frame, and later events still arrive", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("analyst"));
    socket.subscribe("m", MESSAGES);
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
    await untilLive(() => nextFramesOf(socket, "m", MESSAGES).length, writeMissing);
    const failed = nextFramesOf(socket, "m", MESSAGES)[0]!;
    expect(failed.payload.data).toBeNull();
    expect(failed.payload.errors).toHaveLength(1);
    // What Yoga's masking gives for a fault: no internal message or stack on the wire.
    expect(JSON.stringify(failed.payload.errors)).not.toMatch(/prisma|stack|findUniqueOrThrow/i);
    const response = await api.gql(INGEST, {
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
    });
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
    socket.subscribe("done", EVENTS);
    await untilLive(
      () => nextFramesOf(socket, "done", EVENTS).length,
      () => writeEvents(api, 1),
    );
    socket.send({ id: "done", type: "complete" });
    await expect
      .poll(() => api.app.services.live.subscriberCount, { timeout: 10_000 })
      .toBe(before);
    const seen = nextFramesOf(socket, "done", EVENTS).length;
    await writeEvents(api, 5);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(nextFramesOf(socket, "done", EVENTS).length).toBe(seen);
    socket.socket.close();
  }, 60_000);

  test("an event's frame is the same bytes from the fan-out and from graphql-ws' own loop", async () => {
    const key = await api.keyFor("integrator");
    // `live` is past its backlog when the event is written: the fan-out writes its frame.
    const live = await openProtocolSocket(api.wsUrl, key);
    live.subscribe("same", EVENTS);
    await untilLive(
      () => nextFramesOf(live, "same", EVENTS).length,
      () => writeEvents(api, 1),
    );
    const { rows } = await api.db.pool.query(
      `SELECT txid::text || ':' || id::text AS cursor FROM "Event" ORDER BY txid DESC, id DESC LIMIT 1`,
    );
    const before = rows[0]!.cursor as string;
    await writeEvents(api, 1, { payload: () => ({ sameBytes: 1, text: 'é \u2028 "quoted"' }) });
    const isTheEvent = (m: { id?: string; type: string; payload?: any }) =>
      m.id === "same" && m.payload?.data?.events?.payload?.sameBytes === 1;
    const fanOut = await live.message(isTheEvent, 20_000);
    // `resumed` subscribes after the event is written: it is its backlog, read through graphql-ws.
    const resumed = await openProtocolSocket(api.wsUrl, key);
    resumed.subscribe("same", EVENTS, { after: before });
    const backlog = await resumed.message(isTheEvent, 20_000);
    const bytesOf = (socket: typeof live, message: object) =>
      socket.texts[socket.messages.indexOf(message as (typeof socket.messages)[number])]!;
    expect(bytesOf(resumed, backlog)).toBe(bytesOf(live, fanOut));
    expect(bytesOf(live, fanOut)).toMatch(/^\{"id":"same","type":"next","payload":\{"data":/);
    live.socket.close();
    resumed.socket.close();
  }, 60_000);
});
