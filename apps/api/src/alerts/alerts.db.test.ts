import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { brands, COMPLAINT, maya, tweet } from "../../../../tests/support/alerts.ts";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import { createEventSignal, type EventSignal } from "../events/signal.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { AlertEvaluator } from "./evaluator.ts";
import { saveAlertRule } from "./service.ts";

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

let db: TestDatabase;
let signal: EventSignal;
let evaluator: AlertEvaluator;
let signals: number;

beforeEach(async () => {
  db = await freshDatabase();
  // No poll (one an hour): each test says when evaluation runs, as the import's signal would.
  signal = createEventSignal(undefined, { pollIntervalMs: 3_600_000 });
  signals = 0;
  signal.listen(() => signals++);
  evaluator = new AlertEvaluator(db.pool, signal);
  await evaluator.start();
});
afterEach(async () => {
  await evaluator.stop();
  await db.close();
});

async function ingest(records: unknown[]): Promise<void> {
  const services: AppServices = { db, live: { notify: () => undefined } as unknown as Live };
  const result = await ingestBatch(services, records, { actor: "test" });
  expect(result.rejected).toEqual([]);
}

async function importAndEvaluate(records: unknown[]): Promise<void> {
  await ingest(records);
  await evaluator.poke();
}

const alerts = () => db.prisma.alert.findMany({ orderBy: { id: "asc" }, include: { rule: true } });

describe("alert rules on imported messages", () => {
  test("the three default rules exist from the migration", async () => {
    const rules = await db.prisma.alertRule.findMany({ orderBy: { id: "asc" } });
    expect(rules.map((rule) => [rule.kind, rule.enabled])).toEqual([
      ["influential_unhappy", true],
      ["crisis", true],
      ["competitor_unhappy", true],
    ]);
  });

  test("an influential unhappy author raises one alert per conversation, updated as it grows", async () => {
    await importAndEvaluate([maya, tweet("t1", COMPLAINT, { conversation: "thread-1" })]);
    let [alert, ...others] = await alerts();
    expect(others).toEqual([]);
    expect(alert!.rule.kind).toBe("influential_unhappy");
    expect(alert!.reason).toMatch(
      /^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+, a problem, 0 replies in the last hour$/,
    );
    const message = await db.prisma.message.findFirstOrThrow({ where: { sourceId: "t1" } });
    expect(alert!).toMatchObject({
      severity: message.priority,
      messageId: message.id,
      conversationId: message.conversationId,
      messageCount: 1,
    });
    const raisedAt = alert!.raisedAt;

    // Two more in the same thread, one in another: the thread's alert grows, the other is new.
    await importAndEvaluate([
      tweet("t2", "Still broken. Awful, nobody answers.", { conversation: "thread-1" }),
      tweet("t3", "Still waiting, this is a disaster", { conversation: "thread-1" }),
    ]);
    await importAndEvaluate([tweet("t4", COMPLAINT, { conversation: "thread-2" })]);
    [alert, ...others] = await alerts();
    expect(others).toHaveLength(1);
    expect(alert!).toMatchObject({ messageCount: 3, raisedAt });
    expect(alert!.reason).toMatch(/2 replies in the last hour$/);
    expect(alert!.updatedAt.getTime()).toBeGreaterThan(raisedAt.getTime());
    const events = await db.prisma.event.findMany({
      where: { type: "alert_raised" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => (event.payload as { alertId: number }).alertId)).toEqual([
      alert!.id,
      alert!.id,
      others[0]!.id,
    ]);
    expect((events[0]!.payload as { new: boolean }).new).toBe(true);
    expect((events[1]!.payload as { new: boolean }).new).toBe(false);
    expect(signals).toBeGreaterThanOrEqual(3);
  });

  test("no alert for a happy or an unknown author, for outbound replies, or for history imported days late", async () => {
    await importAndEvaluate([
      maya,
      tweet("happy", "Loving my new Lumen washer, thank you!"),
      {
        type: "message",
        source: "mail",
        id: "nobody",
        channel: "email",
        author: { email: "sam@example.com", name: "Sam" },
        text: COMPLAINT,
        at: new Date().toISOString(),
      },
      {
        type: "message",
        source: "mail",
        id: "ours",
        channel: "email",
        direction: "outbound",
        author: { email: "maya@blog.example" },
        text: COMPLAINT,
        at: new Date().toISOString(),
      },
      tweet("old", COMPLAINT, { at: new Date(Date.now() - 3 * 24 * HOUR).toISOString() }),
    ]);
    expect(await alerts()).toEqual([]);
  });

  test("a competitor's unhappy customer: an influential author negative about a competitor", async () => {
    await importAndEvaluate([
      ...brands,
      maya,
      tweet("c1", "Rival's support is terrible, my Rival dryer broke after a week. Awful."),
    ]);
    const found = await alerts();
    const competitor = found.find((alert) => alert.rule.kind === "competitor_unhappy");
    expect(competitor?.reason).toMatch(
      /^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+ about Rival \(a competitor\), 0 replies in the last hour$/,
    );
    expect(competitor?.brandId).toBe(
      (await db.prisma.brand.findFirstOrThrow({ where: { name: "Rival" } })).id,
    );
  });

  test("a crisis: negative mentions of an own brand far above the same hour in earlier weeks", async () => {
    const at = Date.now();
    const complaint = (id: string, when: number, brand = "Lumen") => ({
      type: "message",
      source: "forum",
      id,
      channel: "forum",
      author: { email: `${id}@example.com`, name: `Fan ${id}` },
      text: `My ${brand} washer broke, terrible service`,
      at: new Date(when).toISOString(),
    });
    const quiet = {
      type: "brand",
      source: "crm",
      id: "quiet",
      name: "Quietco",
      kind: "own",
      terms: ["quietco"],
    };
    // Eight earlier weeks: three negative mentions of each brand in this hour of the week.
    const history = Array.from({ length: 8 }, (_, k) =>
      [0, 1, 2].flatMap((i) => [
        complaint(`h${k}-${i}`, at - (k + 1) * WEEK - (10 + i) * 60_000),
        complaint(`q${k}-${i}`, at - (k + 1) * WEEK - (10 + i) * 60_000, "Quietco"),
      ]),
    ).flat();
    // The brands' history starts before the eighth week's window: a window only counts inside it.
    const start = ["Lumen", "Quietco"].map((brand) => ({
      ...complaint(`start-${brand}`, at - 9 * WEEK, brand),
      text: `${brand} is fine`,
    }));
    await importAndEvaluate([...brands, quiet, ...start, ...history]);
    expect(await alerts()).toEqual([]);
    // Now: 15 in the last hour for Lumen (a spike), 4 for Quietco (ordinary).
    await importAndEvaluate([
      ...Array.from({ length: 15 }, (_, i) => complaint(`now-${i}`, at - i * 60_000)),
      ...Array.from({ length: 4 }, (_, i) => complaint(`qnow-${i}`, at - i * 60_000, "Quietco")),
    ]);
    const found = await alerts();
    expect(found).toHaveLength(1);
    const [crisis] = found;
    expect(crisis!.rule.kind).toBe("crisis");
    expect(crisis!.reason).toMatch(
      /^Lumen: 15 negative mentions in the last hour, usually 3 at this hour of the week \(median of 8 weeks\), robust z 6\.9$/,
    );
    expect(crisis!).toMatchObject({
      severity: "high",
      messageCount: 15,
      key: `brand:${crisis!.brandId}:${new Date(at).toISOString().slice(0, 10)}`,
    });
    expect(crisis!.details).toMatchObject({
      count: 15,
      baseline: 3,
      method: "seasonal",
      samples: 8,
    });
  });

  test("a disabled rule raises nothing; changed parameters apply to the next message", async () => {
    const rule = await db.prisma.alertRule.findFirstOrThrow({
      where: { kind: "influential_unhappy" },
    });
    await saveAlertRule(db.prisma, { id: rule.id, name: rule.name, enabled: false });
    await importAndEvaluate([maya, tweet("t1", COMPLAINT)]);
    expect(await alerts()).toEqual([]);
    await saveAlertRule(db.prisma, {
      id: rule.id,
      name: rule.name,
      enabled: true,
      kind: {
        kind: "influential_unhappy",
        params: { minFollowers: 5_000_000, minInfluence: 100 },
        field: "input.influentialUnhappy",
      },
    });
    await importAndEvaluate([tweet("t2", COMPLAINT, { conversation: "other" })]);
    expect(await alerts()).toEqual([]);
    const stored = await db.prisma.alertRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(stored.params).toEqual({ minFollowers: 5_000_000, minInfluence: 100 });
  });

  test("evaluators racing on one database evaluate each message once: one alert, one event", async () => {
    const second = new AlertEvaluator(db.pool, signal);
    await second.start();
    try {
      await ingest([maya, tweet("t1", COMPLAINT, { conversation: "thread-1" })]);
      await Promise.all([evaluator.poke(), second.poke(), evaluator.poke(), second.poke()]);
      await Promise.all([evaluator.poke(), second.poke()]);
      const found = await alerts();
      expect(found).toHaveLength(1);
      expect(found[0]!.messageCount).toBe(1);
      expect(await db.prisma.event.count({ where: { type: "alert_raised" } })).toBe(1);
    } finally {
      await second.stop();
    }
  });
});
