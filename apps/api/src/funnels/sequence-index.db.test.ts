// The sequence index answers every ActivityFilter field as the SQL compiler does (filter.ts), on
// records imported through the import path, and stays equal to the tables when it folds its delta
// back into the main columns after reloads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import type { ActivityFilter } from "./filter.ts";
import { matchIndexed } from "./indexed.ts";
import { SequenceIndex } from "./sequence-index.ts";
import { type FunnelQuery, runFunnel } from "./service.ts";

let db: TestDatabase;
let services: AppServices;
const day = (d: number) => new Date(Date.UTC(2026, 9, d)).toISOString();
const names = ["ana", "ben", "cy", "dee", "eli"];

beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify: () => {} } as unknown as Live };
  await ingestBatch(
    services,
    [
      { type: "brand", source: "crm", id: "b1", name: "Washly", kind: "own", terms: ["washly"] },
      ...names.map((name) => ({
        type: "person",
        source: "crm",
        id: name,
        name,
        emails: [`${name}@x.example`],
        stage: "lead",
        at: day(1),
      })),
    ],
    { actor: "t" },
  );
  const records: unknown[] = [];
  names.forEach((name, i) => {
    const email = { email: `${name}@x.example` };
    records.push(
      {
        type: "touchpoint",
        source: i % 2 ? "ads" : "mailchimp",
        id: `t-${name}`,
        person: email,
        kind: i % 2 ? "ad_click" : "email_click",
        campaign: { id: `c${i % 2}`, name: `C${i % 2}` },
        at: day(2 + i),
      },
      {
        type: "message",
        source: "forum",
        id: `m-${name}`,
        channel: i % 3 ? "forum" : "twitter",
        author: email,
        direction: i === 4 ? "outbound" : "inbound",
        text: i % 2 ? "I love Washly, it is great!" : "Washly broke again, terrible and awful.",
        at: day(3 + i),
        community: i < 3 ? { platform: "forum", id: "owners", name: "Owners" } : undefined,
      },
      {
        type: "person",
        source: "crm",
        id: name,
        emails: [`${name}@x.example`],
        stage: i < 3 ? "mql" : "sql",
        at: day(4 + i),
      },
      {
        type: "deal",
        source: "crm",
        id: `d-${name}`,
        name: "deal",
        contact: email,
        stage: "proposal",
        amount: 10,
        at: day(5 + i),
      },
    );
  });
  await ingestBatch(services, records, { actor: "t" });
  await ingestBatch(
    services,
    names.slice(0, 3).map((name, i) => ({
      type: "deal",
      source: "crm",
      id: `d-${name}`,
      name: "deal",
      contact: { email: `${name}@x.example` },
      stage: i === 2 ? "closed lost" : "closed won",
      status: i === 2 ? "lost" : "won",
      amount: 10,
      closedAt: day(12 + i),
    })),
    { actor: "t" },
  );
});
afterAll(async () => db.close());

/** One filter per field, and some combinations; the second step is any later activity. */
async function filters(): Promise<ActivityFilter[]> {
  const id = async (table: string) =>
    (await db.pool.query<{ id: number }>(`SELECT min(id) AS id FROM "${table}"`)).rows[0]!.id;
  const [campaign, community, brand] = [
    await id("Campaign"),
    await id("Community"),
    await id("Brand"),
  ];
  return [
    { kinds: ["message", "deal_change"] },
    { touchpointKinds: ["email_click"] },
    { campaignIds: [campaign] },
    { channels: ["forum"] },
    { directions: ["outbound"] },
    { intents: ["praise", "problem"] },
    { sentimentBelow: 0 },
    { sentimentAbove: 0.1 },
    { brandIds: [brand] },
    { communityIds: [community] },
    { dealStages: ["closed won", "proposal"] },
    { dealStatuses: ["won"] },
    { lifecycleStages: ["sql"] },
    { sources: ["ads", "crm"] },
    { channels: ["forum"], sentimentAbove: 0, communityIds: [community] },
    { kinds: ["touchpoint"], sources: ["nowhere"] },
    { properties: {} },
  ];
}

const funnelOf = (where: ActivityFilter): FunnelQuery => ({
  steps: [
    { name: "a", where },
    { name: "b", where: {} },
  ],
  windowSeconds: 30 * 86_400,
  order: "ordered",
  breakdown: { by: "source", attribution: "first_step" },
});

const shown = async (query: FunnelQuery, engine: "index" | "sql") => {
  const run = await runFunnel(db.pool, query, { engine });
  return {
    steps: run.steps.map((s) => s.count),
    people: [run.people(1, "converted"), run.people(2, "converted")],
    breakdown: run.breakdown,
  };
};

describe("the sequence index", () => {
  it("matches every ActivityFilter field as the SQL engine does", async () => {
    let nonEmpty = 0;
    for (const where of await filters()) {
      const want = await shown(funnelOf(where), "sql");
      expect(await shown(funnelOf(where), "index"), JSON.stringify(where)).toEqual(want);
      if (want.steps[0]! > 0) nonEmpty++;
    }
    // The world is rich enough that most filters select someone.
    expect(nonEmpty).toBeGreaterThanOrEqual(14);
  });

  it("stays equal to the tables when reloads fold the delta back into the main columns", async () => {
    const index = await SequenceIndex.build(db.pool, { compactAbove: 1 });
    const { rows } = await db.pool.query<{ id: number }>(`SELECT id FROM "Person" ORDER BY id`);
    await ingestBatch(
      services,
      [
        {
          type: "touchpoint",
          source: "ads",
          id: "late",
          person: { email: "dee@x.example" },
          kind: "email_click",
          at: day(20),
        },
      ],
      { actor: "t" },
    );
    await index.reload([rows[3]!.id, rows[1]!.id]);
    expect(index.stats().deltaPeople).toBe(0);
    for (const where of (await filters()).slice(0, 14)) {
      const query = funnelOf(where);
      const spec = {
        stepCount: 2,
        windowMs: query.windowSeconds * 1000,
        order: "ordered" as const,
        exclusions: [],
      };
      const indexed = matchIndexed(index, {
        steps: query.steps.map((s) => s.where),
        exclusions: [],
        spec,
        // funnelOf's breakdown: by source, read at the first step.
        attribute: { by: "source", step: () => 0 },
        hasBreakdown: true,
      });
      const sql = await runFunnel(db.pool, query, { engine: "sql" });
      expect(indexed.toOutcomes(), JSON.stringify(where)).toEqual(sql.outcomes);
    }
  });
});
