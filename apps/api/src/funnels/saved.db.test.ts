// When a saved funnel's pushes go out: the first change after a quiet interval at once, changes
// during the interval after a push together when it ends. The interval's sleep is the test's, so
// what waits for it is seen without measuring time.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import { Live } from "../events/live.ts";
import { createEventSignal } from "../events/signal.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { funnelUpdates, saveFunnel } from "./saved.ts";
import type { FunnelRun } from "./service.ts";

let db: TestDatabase;
let live: Live;
let services: AppServices;
beforeAll(async () => {
  db = await freshDatabase();
  live = new Live(db.pool, createEventSignal(), { pollIntervalMs: 50 });
  await live.start();
  services = { db, live };
});
afterAll(async () => {
  await live.stop();
  await db.close();
});

const click = (name: string) => [
  { type: "person", source: "crm", id: name, name, emails: [`${name}@x.example`] },
  {
    type: "touchpoint",
    source: "mailchimp",
    id: `click-${name}`,
    person: { email: `${name}@x.example` },
    kind: "email_click",
    campaign: { id: "c1", name: "Invite" },
    at: "2026-10-01T00:00:00Z",
  },
];
const ingest = async (records: unknown[]) =>
  expect((await ingestBatch(services, records, { actor: "test" })).rejected).toEqual([]);
const counts = (run: FunnelRun) => run.steps.map((step) => step.count);

/** A sleep the test ends: each call is recorded with what it was asked to wait. */
function heldSleep() {
  const calls: number[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return { calls, release, sleep: (ms: number) => (calls.push(ms), released) };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("saved funnel pushes", () => {
  test("the first change is pushed at once; a change during the interval after a push is computed at once and waits for its end", async () => {
    const saved = await saveFunnel(db.prisma, {
      name: "timing",
      savedBy: "test",
      query: {
        steps: [
          { name: "clicked", where: { touchpointKinds: ["email_click"] } },
          { name: "asked", where: { channels: ["forum"] } },
        ],
        windowSeconds: 86_400,
        order: "ordered",
      },
    });
    const held = heldSleep();
    const computed: number[][] = [];
    const updates = funnelUpdates({ pool: db.pool, prisma: db.prisma, live }, saved.id, {
      intervalMs: 60_000,
      sleep: held.sleep,
      onComputed: (run) => computed.push(counts(run)),
    });
    try {
      expect(counts((await updates.next()).value!)).toEqual([0, 0]);

      // Nothing was pushed in the last interval (the initial result is no push): no wait at all.
      await ingest(click("ana"));
      expect(counts((await updates.next()).value!)).toEqual([1, 0]);
      expect(held.calls).toEqual([]);

      // Right after that push: the change is folded in, and waits for the interval's end.
      let pushed: FunnelRun | undefined;
      const third = updates.next().then((result) => (pushed = result.value!));
      await ingest(click("ben"));
      await until(() => held.calls.length > 0);
      expect(held.calls[0]).toBeGreaterThan(0);
      expect(held.calls[0]).toBeLessThanOrEqual(60_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pushed).toBeUndefined();
      // Already computed while it waits, so the interval's end only hands it over.
      expect(computed.at(-1)).toEqual([2, 0]);

      held.release();
      await third;
      expect(counts(pushed!)).toEqual([2, 0]);
    } finally {
      await updates.return(undefined);
    }
  });
});
