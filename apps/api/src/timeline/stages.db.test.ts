import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import type { Live } from "../events/live.ts";
import { mergePeople, unmergePerson } from "../identity/merge.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";

let db: TestDatabase;
let services: AppServices;
beforeEach(async () => {
  db = await freshDatabase();
  services = { db, live: { notify: () => {} } as unknown as Live };
});
afterEach(async () => db.close());

const ingest = async (records: unknown[]) => {
  const result = await ingestBatch(services, records, { actor: "test" });
  expect(result.rejected).toEqual([]);
  return result;
};

async function stageHistory() {
  const { rows } = await db.pool.query(
    `SELECT a."personId", a.stage::text, a."occurredAt", a.summary, a.department::text, a.source
       FROM "Activity" a WHERE a.kind = 'stage_change' ORDER BY a."occurredAt", a.id`,
  );
  return rows.map((row) => ({ ...row, occurredAt: (row.occurredAt as Date).toISOString() }));
}

describe("stage changes on the timeline", () => {
  it("records every stage a person record moves a person to, at the record's time, once", async () => {
    const records = [
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "lead",
        at: "2026-01-01T00:00:00Z",
      },
      {
        type: "person",
        source: "hubspot",
        id: "h1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "mql",
        at: "2026-01-05T00:00:00Z",
      },
    ];
    await ingest(records);
    await ingest([
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "sql",
        at: "2026-02-01T00:00:00Z",
      },
    ]);
    const history = await stageHistory();
    expect(history.map((h) => [h.stage, h.occurredAt, h.source, h.summary])).toEqual([
      ["lead", "2026-01-01T00:00:00.000Z", "crm", "Became lead"],
      ["mql", "2026-01-05T00:00:00.000Z", "hubspot", "Became MQL"],
      ["sql", "2026-02-01T00:00:00.000Z", "crm", "Became SQL"],
    ]);
    // Re-importing everything adds no second copy of any change.
    await ingest(records);
    await ingest([
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "sql",
        at: "2026-02-01T00:00:00Z",
      },
    ]);
    expect(await stageHistory()).toHaveLength(3);
    expect((await db.pool.query(`SELECT stage::text FROM "Person"`)).rows).toEqual([
      { stage: "sql" },
    ]);
  });

  it("a record repeating the current stage is no change", async () => {
    await ingest([
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "lead",
        at: "2026-01-01T00:00:00Z",
      },
    ]);
    await ingest([
      {
        type: "person",
        source: "web",
        id: "w1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "lead",
        at: "2026-01-09T00:00:00Z",
      },
    ]);
    expect((await stageHistory()).map((h) => h.stage)).toEqual(["lead"]);
  });

  it("a deal makes its contact an opportunity, and winning it a customer, at the deal's times", async () => {
    await ingest([
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "sql",
        at: "2026-01-01T00:00:00Z",
      },
    ]);
    const deal = {
      type: "deal",
      source: "crm",
      id: "D1",
      name: "Big",
      contact: { email: "ana@x.example" },
      stage: "proposal",
      amount: 100,
      at: "2026-02-01T00:00:00Z",
    };
    await ingest([deal]);
    await ingest([
      { ...deal, status: "won", stage: "closed won", closedAt: "2026-03-01T00:00:00Z" },
    ]);
    await ingest([
      deal,
      { ...deal, status: "won", stage: "closed won", closedAt: "2026-03-01T00:00:00Z" },
    ]);
    const history = await stageHistory();
    expect(history.map((h) => [h.stage, h.occurredAt, h.department, h.source])).toEqual([
      ["sql", "2026-01-01T00:00:00.000Z", "marketing", "crm"],
      ["opportunity", "2026-02-01T00:00:00.000Z", "sales", "crm"],
      ["customer", "2026-03-01T00:00:00.000Z", "sales", "crm"],
    ]);
    expect((await db.pool.query(`SELECT stage::text FROM "Person"`)).rows).toEqual([
      { stage: "customer" },
    ]);
    // A customer's next deal does not move them back.
    await ingest([{ ...deal, id: "D2", at: "2026-04-01T00:00:00Z" }]);
    expect(await stageHistory()).toHaveLength(3);
  });

  it("a merge that gives the survivor a stage records it, and the unmerge takes it away", async () => {
    await ingest([
      { type: "person", source: "crm", id: "1", name: "Ana Diaz", emails: ["ana@x.example"] },
      {
        type: "person",
        source: "web",
        id: "2",
        name: "Ana Diaz",
        emails: ["ana.diaz@y.example"],
        stage: "lead",
        at: "2026-01-01T00:00:00Z",
      },
    ]);
    const { rows: people } = await db.pool.query(`SELECT id FROM "Person" ORDER BY id`);
    const [survivorId, absorbedId] = people.map((p) => p.id as number);
    const { mergeId } = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivorId!,
        absorbedId: absorbedId!,
        actor: "t",
        reason: "t",
      }),
    );
    const merged = await stageHistory();
    expect(merged.map((h) => [h.personId, h.stage])).toEqual([
      [survivorId, "lead"],
      [survivorId, "lead"],
    ]);
    await withTransaction(db.pool, (client) => unmergePerson(client, { mergeId, actor: "t" }));
    expect((await stageHistory()).map((h) => [h.personId, h.stage])).toEqual([
      [absorbedId, "lead"],
    ]);
  });

  it("shows stage changes on the person's timeline", async () => {
    await ingest([
      {
        type: "person",
        source: "crm",
        id: "1",
        name: "Ana Diaz",
        emails: ["ana@x.example"],
        stage: "mql",
        at: "2026-01-01T00:00:00Z",
      },
    ]);
    const activities = await db.prisma.activity.findMany({ where: { kind: "stage_change" } });
    expect(activities.map((a) => [a.kind, a.stage, a.summary])).toEqual([
      ["stage_change", "mql", "Became MQL"],
    ]);
  });
});
