// A saved funnel kept current from events alone must equal a full recompute after every change:
// a random stream of imports (people and their stages, touchpoints, messages, deals), merges and
// unmerges, with the incremental state fed only the events each change wrote, over the sequence
// index kept current from the event log, against the SQL engine reading the tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import { type EventCursor, startOfLog } from "../events/cursor.ts";
import type { Live } from "../events/live.ts";
import { type LoggedEvent, readCommittedEvents } from "../events/log.ts";
import { mergePeople, unmergePerson } from "../identity/merge.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { IncrementalFunnel, peopleChangedBy } from "./live.ts";
import { type FunnelQuery, type FunnelRun, runFunnel } from "./service.ts";

let db: TestDatabase;
let services: AppServices;
beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify: () => {} } as unknown as Live };
});
afterAll(async () => db.close());

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 6, 1);

const FUNNELS: FunnelQuery[] = [
  {
    steps: [
      { name: "clicked", where: { touchpointKinds: ["email_click"] } },
      { name: "asked", where: { channels: ["forum"], intents: ["question"] } },
      { name: "sql", where: { lifecycleStages: ["sql", "opportunity"] } },
      { name: "won", where: { dealStatuses: ["won"] } },
    ],
    windowSeconds: 20 * 86_400,
    order: "ordered",
    breakdown: { by: "lifecycle_stage" },
    exclusions: [{ where: { intents: ["problem"] }, afterStep: 2, beforeStep: 4 }],
  },
  {
    steps: [
      { name: "touch", where: { kinds: ["touchpoint"] } },
      { name: "message", where: { kinds: ["message"] } },
    ],
    windowSeconds: 10 * 86_400,
    order: "strict",
    breakdown: { by: "source", attribution: "first_step" },
  },
  {
    steps: [
      { name: "forum", where: { channels: ["forum"] } },
      { name: "form", where: { touchpointKinds: ["form_fill"] } },
      { name: "mql", where: { lifecycleStages: ["mql", "sql"] } },
    ],
    windowSeconds: 15 * 86_400,
    order: "any_order",
    from: new Date(BASE + 2 * DAY),
    to: new Date(BASE + 25 * DAY),
  },
];

/**
 * Every event written so far, after `after`. The log returns an event only once every transaction
 * older than it has finished, on the whole server (other tests share PostgreSQL), so read until
 * the newest row is in.
 */
async function eventsSince(after: EventCursor): Promise<LoggedEvent[]> {
  const { rows } = await db.pool.query(`SELECT max(id)::text AS id FROM "Event"`);
  const newest = rows[0].id === null ? 0n : BigInt(rows[0].id);
  const events: LoggedEvent[] = [];
  let cursor = after;
  while (!events.some((event) => event.cursor.id >= newest) && newest > after.id) {
    const page = await readCommittedEvents(db.pool, cursor, { limit: 100_000 });
    events.push(...page);
    cursor = page.at(-1)?.cursor ?? cursor;
    if (page.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return events;
}

const shown = (run: FunnelRun, steps: number) => ({
  steps: run.steps,
  breakdown: run.breakdown,
  timeToConvert: run.timeToConvert,
  trend: run.trend,
  people: Array.from({ length: steps }, (_, k) => [
    run.people(k + 1, "converted"),
    run.people(k + 1, "dropped_off"),
  ]),
});

describe("saved funnels kept current incrementally", () => {
  it("equal a full recompute after every import, merge and unmerge of a random stream", async () => {
    let seed = 777;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const at = () => new Date(BASE + Math.floor(random() * 30 * DAY)).toISOString();
    const names = ["ana", "ben", "cy", "dee", "eli", "fay"];
    const email = (name: string) => ({ email: `${name}@x.example` });

    await ingestBatch(
      services,
      names.map((name) => ({
        type: "person",
        source: "crm",
        id: name,
        name: `${name} Example`,
        emails: [`${name}@x.example`],
      })),
      { actor: "t" },
    );
    const funnels = FUNNELS.map((query) => new IncrementalFunnel(db.pool, query));
    for (const funnel of funnels) await funnel.loadAll();
    let cursor: EventCursor = startOfLog;
    cursor = (await eventsSince(cursor)).at(-1)?.cursor ?? cursor;
    const merges: number[] = [];
    let n = 0;
    const operations: Record<string, () => Promise<unknown>> = {
      stage: () =>
        ingestBatch(
          services,
          [
            {
              type: "person",
              source: "crm",
              id: pick(names),
              emails: [],
              stage: pick(["lead", "mql", "sql"]),
              at: at(),
            },
          ].map((r) => ({ ...r, emails: [`${r.id}@x.example`] })),
          { actor: "t" },
        ),
      touchpoint: () =>
        ingestBatch(
          services,
          [
            {
              type: "touchpoint",
              source: pick(["mailchimp", "ads"]),
              id: `t${n++}`,
              person: email(pick(names)),
              kind: pick(["email_click", "form_fill", "email_open"]),
              campaign: { id: pick(["c1", "c2"]) },
              at: at(),
            },
          ],
          { actor: "t" },
        ),
      message: () =>
        ingestBatch(
          services,
          [
            {
              type: "message",
              source: "forum",
              id: `m${n++}`,
              channel: pick(["forum", "twitter"]),
              author: email(pick(names)),
              text: pick(["How do I reset the filter?", "It broke again, terrible.", "Love it!"]),
              at: at(),
            },
          ],
          { actor: "t" },
        ),
      deal: async () => {
        const name = pick(names);
        const deal = {
          type: "deal",
          source: "crm",
          id: `d${n++}`,
          name: "deal",
          contact: email(name),
          stage: "proposal",
          amount: 10,
          at: at(),
        };
        await ingestBatch(services, [deal], { actor: "t" });
        if (random() < 0.6)
          await ingestBatch(
            services,
            [{ ...deal, status: "won", stage: "closed won", closedAt: at() }],
            { actor: "t" },
          );
      },
      // Above COALESCE_ABOVE records of a kind the import writes one summary event naming no one:
      // the index finds the people from the activity ids written since.
      bulk: () =>
        ingestBatch(
          services,
          Array.from({ length: 60 }, () => ({
            type: "touchpoint",
            source: "ads",
            id: `t${n++}`,
            person: email(pick(names)),
            kind: pick(["email_click", "form_fill"]),
            campaign: { id: "c2" },
            at: at(),
          })),
          { actor: "t" },
        ),
      merge: async () => {
        const { rows } = await db.pool.query(
          `SELECT id FROM "Person" WHERE "mergedIntoId" IS NULL ORDER BY id`,
        );
        if (rows.length < 2) return;
        const [a, b] = [pick(rows).id as number, pick(rows).id as number];
        if (a === b) return;
        const { mergeId } = await withTransaction(db.pool, (client) =>
          mergePeople(client, {
            survivorId: Math.min(a, b),
            absorbedId: Math.max(a, b),
            actor: "t",
            reason: "t",
          }),
        );
        merges.push(mergeId);
      },
      unmerge: async () => {
        const mergeId = merges.pop();
        if (mergeId !== undefined)
          await withTransaction(db.pool, (client) =>
            unmergePerson(client, { mergeId, actor: "t" }),
          );
      },
    };
    const kinds = [
      "stage",
      "touchpoint",
      "touchpoint",
      "message",
      "message",
      "deal",
      "bulk",
      "merge",
      "unmerge",
    ];
    for (let step = 0; step < 40; step++) {
      const kind = pick(kinds);
      await operations[kind]!();
      const events = await eventsSince(cursor);
      cursor = events.at(-1)?.cursor ?? cursor;
      const changed = events.map(peopleChangedBy);
      const named = [...new Set(changed.filter((c) => c !== "all").flat())];
      // A bulk import's summary names no one: the funnel rematches whom the index read again.
      for (const funnel of funnels) await funnel.update(named, changed.includes("all"));
      for (const [i, funnel] of funnels.entries()) {
        const steps = FUNNELS[i]!.steps.length;
        expect(
          shown(await funnel.result(), steps),
          `funnel ${i} after operation ${step} (${kind})`,
        ).toEqual(shown(await runFunnel(db.pool, FUNNELS[i]!, { engine: "sql" }), steps));
      }
    }
    // The stream did reach the ends of the funnels, so the comparison was not of empty results.
    const full = await runFunnel(db.pool, FUNNELS[0]!, { engine: "sql" });
    expect(full.steps[0]!.count).toBeGreaterThan(0);
  });
});
