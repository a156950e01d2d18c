// Cases over the real import path and database: opening by themselves for a problem, one per
// conversation, the lifecycle, SLA due times and breaches at controlled timestamps, and the
// response-time report against figures worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { updateCasesForMessages } from "./auto.ts";
import { breachesAt } from "./clock.ts";
import { caseIds, responseTimes } from "./queue.ts";
import {
  addCaseNote,
  assignCase,
  openCase,
  reopenCase,
  resolveCase,
  respondToCase,
  saveSlaPolicy,
  saveTeammate,
} from "./service.ts";

let db: TestDatabase;
let services: AppServices;
beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify: () => {} } as unknown as Live };
});
afterAll(async () => db?.close());

const MIN = 60_000;
/** Recent enough to open cases (older problems are history): two days ago, on the minute. */
const T0 = Math.floor((Date.now() - 2 * 86_400_000) / MIN) * MIN;
const at = (minutes: number) => new Date(T0 + minutes * MIN);

let serial = 0;
function message(
  conversation: string,
  minutes: number,
  text: string,
  options: { channel?: string; direction?: "inbound" | "outbound"; author?: string } = {},
) {
  return {
    type: "message",
    source: "test",
    id: `m${++serial}`,
    channel: options.channel ?? "email",
    conversation,
    author: {
      source: "test",
      id: options.author ?? `customer-${conversation}`,
      name: "Dana Reyes",
    },
    direction: options.direction ?? "inbound",
    text,
    at: at(minutes).toISOString(),
  };
}
const complaint = (conversation: string, minutes: number, channel?: string) =>
  message(
    conversation,
    minutes,
    "My washing machine is broken and the repair never arrived. Awful.",
    { channel },
  );

async function importRecords(records: unknown[]) {
  const result = await ingestBatch(services, records, { actor: "test" });
  expect(result.rejected).toEqual([]);
}

async function caseOf(conversation: string) {
  const found = await db.prisma.case.findFirst({
    where: { conversation: { source: "test", sourceId: conversation } },
    include: { notes: { include: { mentions: true } } },
  });
  if (!found) throw new Error(`no case for ${conversation}`);
  return found;
}

async function caseEvents(caseId: number) {
  const events = await db.prisma.event.findMany({
    where: { type: "case_updated" },
    orderBy: { id: "asc" },
  });
  return events
    .filter((event) => (event.payload as { caseId: number }).caseId === caseId)
    .map((event) => (event.payload as { change: string }).change);
}

let sam: number;
let lee: number;
beforeAll(async () => {
  sam = await saveTeammate(db.pool, { name: "Sam Okafor", handle: "@Sam", team: "Care" });
  lee = await saveTeammate(db.pool, { name: "Lee Kim", handle: "lee.kim", team: "Escalations" });
});

describe("a problem opens a case by itself", () => {
  it("opens one case for the conversation of an inbound problem, with the message's priority, and logs it", async () => {
    await importRecords([message("quiet", 0, "Thanks, lovely service!"), complaint("c1", 0)]);
    expect(await db.prisma.case.count({ where: { conversation: { sourceId: "quiet" } } })).toBe(0);
    const opened = await caseOf("c1");
    const problem = await db.prisma.message.findFirstOrThrow({
      where: { conversation: { sourceId: "c1" } },
    });
    expect(problem.intent).toBe("problem");
    expect(opened).toMatchObject({
      status: "new",
      origin: "problem",
      channel: "email",
      priority: problem.priority,
      messageId: problem.id,
    });
    expect(opened.openedAt).toEqual(at(0));
    expect(await caseEvents(opened.id)).toEqual(["opened"]);
  });

  it("keeps one case per conversation however many problems arrive, also from two writers at once", async () => {
    await importRecords([complaint("c2", 0), complaint("c2", 1)]);
    await Promise.all([
      importRecords([complaint("c2", 2)]),
      importRecords([complaint("c2", 3)]),
      importRecords([complaint("c3", 0)]),
      importRecords([complaint("c3", 1)]),
    ]);
    expect(
      await db.prisma.case.count({ where: { conversation: { sourceId: { in: ["c2", "c3"] } } } }),
    ).toBe(2);
    expect((await caseOf("c2")).openedAt).toEqual(at(0));
  });

  it("leaves a problem older than a week alone: a backfill is history", async () => {
    await importRecords([
      { ...complaint("old", 0), at: new Date(Date.now() - 8 * 86_400_000).toISOString() },
    ]);
    expect(await db.prisma.case.count({ where: { conversation: { sourceId: "old" } } })).toBe(0);
  });

  it("handles a message batch twice without a second case or a changed clock (it is idempotent)", async () => {
    await importRecords([
      complaint("c4", 0),
      message("c4", 20, "We are sending a technician.", { direction: "outbound", author: "agent" }),
    ]);
    const before = await caseOf("c4");
    expect(before).toMatchObject({ status: "pending", firstResponseAt: at(20) });
    const ids = (
      await db.prisma.message.findMany({ where: { conversation: { sourceId: "c4" } } })
    ).map((m) => m.id);
    await updateCasesForMessages(
      services,
      ids.map((messageId) => ({ type: "message_added", messageId })),
    );
    const after = await caseOf("c4");
    expect(after).toMatchObject({
      status: before.status,
      firstResponseAt: before.firstResponseAt,
      firstResponseDueAt: before.firstResponseDueAt,
    });
  });
});

describe("the lifecycle", () => {
  it("assign, note with @mentions, respond (an outbound message on the same channel), resolve, reopen by a customer's message", async () => {
    await importRecords([complaint("life", 0, "phone")]);
    const { id } = await caseOf("life");

    await assignCase(services, { caseId: id, assigneeId: sam });
    expect(await caseOf("life")).toMatchObject({ status: "open", assigneeId: sam, team: "Care" });

    await addCaseNote(
      services,
      { caseId: id, text: "@lee.kim can you check the parts order? @nobody @Sam", author: "ops" },
      at(2),
    );
    const noted = await caseOf("life");
    expect(
      noted.notes.map((note) => [note.author, note.mentions.map((m) => m.teammateId).sort()]),
    ).toEqual([["ops", [sam, lee].sort()]]);

    await respondToCase(
      services,
      { caseId: id, text: "So sorry, a technician comes tomorrow.", actor: "test" },
      at(10),
    );
    const reply = await db.prisma.message.findFirstOrThrow({
      where: { conversation: { sourceId: "life" }, direction: "outbound" },
      include: { author: true },
    });
    expect(reply).toMatchObject({
      channel: "phone",
      text: "So sorry, a technician comes tomorrow.",
      postedAt: at(10),
    });
    expect(reply.author.displayName).toBe("Sam Okafor");
    expect(await caseOf("life")).toMatchObject({
      status: "pending",
      firstResponseAt: at(10),
      lastResponseAt: at(10),
      awaitingSince: null,
    });

    await importRecords([message("life", 30, "It still is not fixed.", { channel: "phone" })]);
    expect(await caseOf("life")).toMatchObject({ status: "open", awaitingSince: at(30) });

    await resolveCase(services, id, at(40));
    expect(await caseOf("life")).toMatchObject({ status: "resolved", resolvedAt: at(40) });
    await expect(resolveCase(services, id, at(41))).rejects.toThrow(
      /id is the ID of a case already resolved at/,
    );
    await expect(
      respondToCase(services, { caseId: id, text: "hello", actor: "test" }),
    ).rejects.toThrow(/reopen it before responding/);

    await importRecords([message("life", 60, "The machine broke again!", { channel: "phone" })]);
    const reopened = await caseOf("life");
    expect(reopened).toMatchObject({
      status: "open",
      resolvedAt: null,
      reopenedAt: at(60),
      resolutionStartedAt: at(60),
    });

    await resolveCase(services, id, at(70));
    await reopenCase(services, id, at(80));
    expect(await caseOf("life")).toMatchObject({ status: "open", resolutionStartedAt: at(80) });
    await expect(reopenCase(services, id, at(81))).rejects.toThrow(/not resolved \(it is open\)/);

    expect(await caseEvents(id)).toEqual([
      "opened",
      "assigned",
      "noted",
      "responded",
      "updated",
      "resolved",
      "reopened",
      "resolved",
      "reopened",
    ]);
  });

  it("opens a case from a conversation or a message, once, and says which field is wrong", async () => {
    await importRecords([message("manual", 0, "Where is my invoice?")]);
    const msg = await db.prisma.message.findFirstOrThrow({
      where: { conversation: { sourceId: "manual" } },
    });
    const id = await openCase(
      services,
      { messageId: msg.id, priority: "high", assigneeId: lee },
      at(5),
    );
    expect(await openCase(services, { conversationId: msg.conversationId }, at(6))).toBe(id);
    expect(await caseOf("manual")).toMatchObject({
      origin: "message",
      priority: "high",
      status: "open",
      assigneeId: lee,
      team: "Escalations",
      openedAt: at(5),
    });
    await expect(openCase(services, {})).rejects.toThrow(
      /input must name exactly one of conversationId, messageId and alertId, got 0/,
    );
    await expect(openCase(services, { conversationId: 999_999 })).rejects.toThrow(
      /input.conversationId is not the ID of any Conversation/,
    );
    await expect(
      openCase(services, { conversationId: msg.conversationId, assigneeId: 999_999 }),
    ).rejects.toThrow(/input.assigneeId is not the ID of any Teammate/);
    await expect(assignCase(services, { caseId: 999_999, assigneeId: sam })).rejects.toThrow(
      /Case 999999 not found/,
    );
    await expect(addCaseNote(services, { caseId: id, text: "   ", author: "x" })).rejects.toThrow(
      /text must not be empty/,
    );
    await expect(saveTeammate(db.pool, { name: "Other Sam", handle: "sam" })).rejects.toThrow(
      /input.handle @sam is already another teammate's handle/,
    );
  });
});

describe("SLA due times and breaches", () => {
  it("take the targets of the case's priority, whatever the channel", async () => {
    await importRecords([complaint("sla-phone", 0, "phone"), complaint("sla-tweet", 0, "twitter")]);
    const phone = await caseOf("sla-phone");
    const tweet = await caseOf("sla-tweet");
    expect(phone.priority).toBe(tweet.priority);
    expect(phone.firstResponseDueAt).toEqual(tweet.firstResponseDueAt);
    expect(phone.resolutionDueAt).toEqual(tweet.resolutionDueAt);
  });

  it("due times follow the default targets (urgent: 15 min, 1 h, 4 h) and breaches compare them with now", async () => {
    await importRecords([complaint("urgent", 0)]);
    const { id } = await caseOf("urgent");
    await openCase(services, {
      conversationId: (await caseOf("urgent")).conversationId,
      priority: "urgent",
    });
    const c = await caseOf("urgent");
    expect(c.firstResponseDueAt).toEqual(at(15));
    expect(c.resolutionDueAt).toEqual(at(240));
    expect(c.nextResponseDueAt).toBeNull();
    expect(breachesAt(c, at(14))).toEqual({
      firstResponse: false,
      nextResponse: false,
      resolution: false,
    });
    expect(breachesAt(c, at(16))).toEqual({
      firstResponse: true,
      nextResponse: false,
      resolution: false,
    });

    await respondToCase(
      services,
      { caseId: id, teammateId: sam, text: "On it.", actor: "test" },
      at(12),
    );
    await importRecords([message("urgent", 20, "Still broken.")]);
    const waiting = await caseOf("urgent");
    expect(waiting.nextResponseDueAt).toEqual(at(80));
    expect(breachesAt(waiting, at(70))).toEqual({
      firstResponse: false,
      nextResponse: false,
      resolution: false,
    });
    expect(breachesAt(waiting, at(81))).toEqual({
      firstResponse: false,
      nextResponse: true,
      resolution: false,
    });

    // Answered late: the next-response breach stays after the wait is over.
    await respondToCase(
      services,
      { caseId: id, text: "Technician booked.", actor: "test" },
      at(90),
    );
    const late = await caseOf("urgent");
    expect(late).toMatchObject({ nextResponseDueAt: null, nextResponseBreached: true });
    expect(breachesAt(late, at(100))).toEqual({
      firstResponse: false,
      nextResponse: true,
      resolution: false,
    });
    expect(breachesAt(late, at(241))).toEqual({
      firstResponse: false,
      nextResponse: true,
      resolution: true,
    });
    await resolveCase(services, id, at(200));
    expect(breachesAt(await caseOf("urgent"), at(10_000)).resolution).toBe(false);
  });

  it("a changed policy moves the due times of unresolved cases, and the breached filter agrees with breachesAt", async () => {
    await importRecords([complaint("policy", 0)]);
    const before = await caseOf("policy");
    await saveSlaPolicy(services, {
      priority: before.priority,
      firstResponseMinutes: 7,
      nextResponseMinutes: 30,
      resolutionMinutes: 600,
    });
    const after = await caseOf("policy");
    expect(after.firstResponseDueAt).toEqual(at(7));
    expect(after.resolutionDueAt).toEqual(at(600));
    await expect(
      saveSlaPolicy(services, {
        priority: "low",
        firstResponseMinutes: 0,
        nextResponseMinutes: 1,
        resolutionMinutes: 1,
      }),
    ).rejects.toThrow(/input.firstResponseMinutes must be a whole number of minutes from 1/);

    const now = new Date();
    const all = await db.prisma.case.findMany();
    const breached = new Set(await caseIds(db.pool, { breached: true }, { take: 100 }, now));
    const kept = new Set(await caseIds(db.pool, { breached: false }, { take: 100 }, now));
    for (const c of all) {
      const b = breachesAt(c, now);
      expect(breached.has(c.id), `case ${c.id}`).toBe(
        b.firstResponse || b.nextResponse || b.resolution,
      );
      expect(kept.has(c.id)).toBe(!breached.has(c.id));
    }
  });

  it("orders the queue by the soonest due time, resolved last, and pages after a case", async () => {
    const ids = await caseIds(db.pool, {}, { take: 100 });
    const cases = await db.prisma.case.findMany({ where: { id: { in: ids } } });
    const byId = new Map(cases.map((c) => [c.id, c]));
    const due = (id: number) => {
      const c = byId.get(id)!;
      if (c.status === "resolved") return Infinity;
      return Math.min(
        ...[
          c.firstResponseAt ? Infinity : c.firstResponseDueAt.getTime(),
          c.nextResponseDueAt?.getTime() ?? Infinity,
          c.resolutionDueAt.getTime(),
        ],
      );
    };
    const order = ids.map(due);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const firstPage = await caseIds(db.pool, {}, { take: 3 });
    const secondPage = await caseIds(db.pool, {}, { take: 3, afterId: firstPage[2] });
    expect([...firstPage, ...secondPage]).toEqual(ids.slice(0, 6));
  });
});

describe("responseTimes", () => {
  it("gives median and p90 first response and resolution and the share of SLA met per channel, by hand", async () => {
    // A period of its own: four chat cases and two sms cases, with first responses and
    // resolutions set directly so the figures can be worked out by hand.
    const from = new Date(T0 - 30 * 86_400_000);
    const base = from.getTime() + 86_400_000;
    const rows = [
      // channel, first response after (min), resolved after (min), normal policy: first 240 min, resolution 4320 min
      ["chat", 10, 100],
      ["chat", 20, 200],
      ["chat", 30, 300],
      ["chat", 300, 5000],
      ["sms", 60, null],
      ["sms", null, null],
    ] as const;
    for (const [i, [channel, first, resolved]] of rows.entries()) {
      const conversation = await db.prisma.conversation.create({
        data: {
          source: "rt",
          sourceId: `rt${i}`,
          channel,
          startedAt: new Date(base),
          lastMessageAt: new Date(base),
        },
      });
      const opened = new Date(base + i * 1000);
      await db.prisma.case.create({
        data: {
          conversationId: conversation.id,
          channel,
          origin: "conversation",
          priority: "normal",
          status: resolved === null ? "open" : "resolved",
          openedAt: opened,
          resolutionStartedAt: opened,
          firstResponseAt: first === null ? null : new Date(opened.getTime() + first * MIN),
          resolvedAt: resolved === null ? null : new Date(opened.getTime() + resolved * MIN),
          firstResponseDueAt: new Date(opened.getTime() + 240 * MIN),
          resolutionDueAt: new Date(opened.getTime() + 4320 * MIN),
        },
      });
    }
    const groups = await responseTimes(
      db.pool,
      "channel",
      from,
      new Date(base + 86_400_000),
      new Date(base + 10 * 86_400_000),
    );
    // chat first responses 10, 20, 30, 300 min: median (20+30)/2 = 25 min = 1500 s; p90 at rank 0.9*3 = 2.7:
    // 30 + 0.7*(300-30) = 219 min = 13140 s. Resolutions 100, 200, 300, 5000 min: median 250 min = 15000 s,
    // p90 300 + 0.7*4700 = 3590 min = 215400 s. SLA met: the fourth missed both targets: 3/4.
    // sms: one response of 60 min (3600 s), none resolved; ten days later both are past the 72 h
    // resolution target, and the second past its first-response target: 0/2 met.
    expect(groups).toEqual([
      {
        channel: "chat",
        priority: null,
        assigneeId: null,
        cases: 4,
        responded: 4,
        resolved: 4,
        firstResponseMedianSeconds: 1500,
        firstResponseP90Seconds: 13140,
        resolutionMedianSeconds: 15000,
        resolutionP90Seconds: 215400,
        slaMet: 0.75,
      },
      {
        channel: "sms",
        priority: null,
        assigneeId: null,
        cases: 2,
        responded: 1,
        resolved: 0,
        firstResponseMedianSeconds: 3600,
        firstResponseP90Seconds: 3600,
        resolutionMedianSeconds: null,
        resolutionP90Seconds: null,
        slaMet: 0,
      },
    ]);
    const byPriority = await responseTimes(
      db.pool,
      "priority",
      from,
      new Date(base + 86_400_000),
      new Date(base + 10 * 86_400_000),
    );
    expect(byPriority.map((g) => [g.priority, g.cases])).toEqual([["normal", 6]]);
  });
});
