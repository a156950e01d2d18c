import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../../tests/support/database.ts";
import { runStatement } from "../../db/statement.ts";
import { survivorNamesAndEmailsStatement } from "./people.ts";

// The owner lookup of every batch reads the display name and emails of each stored person the
// batch hit. Reached through (kind, platform, value) ANDed with personId, that read walks every
// stored email's index entry once per person: an import of 200,000 records ran 10x slower. The
// statement casts the kind so the planner cannot use it as an index condition; this guards that
// on a graph of import size, before and after Identity is analysed. (Without the cast, the
// unanalysed table gets the BitmapAnd on both backends.)

const PEOPLE = 30_000;

let db: TestDatabase;

/** People from..to as an import leaves them; see the identities below. */
async function addPeople(from: number, to: number): Promise<void> {
  await db.pool.query(
    `INSERT INTO "Person" (id, "displayName") SELECT g, 'Person ' || g FROM generate_series($1::int, $2::int) g`,
    [from, to],
  );
  // Every person an email, a third a second one, most a handle, some a phone and an external id
  // (at 30,000 people: 70,000 identities, 40,000 of them emails).
  await db.pool.query(
    `INSERT INTO "Identity" ("personId", kind, platform, value)
     SELECT p, k::"IdentityKind", pl, v FROM (
       SELECT g AS p, 1 AS n, 'email' AS k, '' AS pl, 'person' || g || '@example.com' AS v FROM generate_series($1::int, $2::int) g
       UNION ALL SELECT g, 2, 'email', '', 'p' || g || '@work.example' FROM generate_series($1::int, $2::int) g WHERE g % 3 = 0
       UNION ALL SELECT g, 3, 'handle', 'twitter', 'person' || g FROM generate_series($1::int, $2::int) g WHERE g % 5 <> 0
       UNION ALL SELECT g, 4, 'phone', '', '+1555' || lpad(g::text, 7, '0') FROM generate_series($1::int, $2::int) g WHERE g % 4 = 0
       UNION ALL SELECT g, 5, 'external', 'crm', 'C-' || g FROM generate_series($1::int, $2::int) g WHERE g % 6 = 0
     ) i ORDER BY p, n`,
    [from, to],
  );
}

beforeAll(async () => {
  db = await freshDatabase();
}, 120_000);
afterAll(async () => db?.close());

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The node types and index names of the statement's plan, for a batch hitting these people. */
async function planOf(ids: number[]): Promise<string[]> {
  const statement = survivorNamesAndEmailsStatement(ids);
  const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
  const json = rows[0]["QUERY PLAN"];
  const plan = (typeof json === "string" ? JSON.parse(json) : json)[0].Plan as PlanNode;
  return nodesOf(plan).map(
    (n) => `${n["Node Type"]}${n["Index Name"] ? ` ${n["Index Name"]}` : ""}`,
  );
}

/** Reads each identity through the personId index, never ANDed with (kind, platform, value). */
function expectPersonIdProbes(plan: string[]): void {
  expect(plan).not.toContain("BitmapAnd");
  expect(plan.filter((node) => node.includes("Identity_kind_platform_value_key"))).toEqual([]);
  expect(plan.some((node) => node.endsWith("Identity_personId_idx"))).toBe(true);
}

// A batch of 2,000 records hits some hundreds of stored people, spread over the graph.
const batchOfHits = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7919) % PEOPLE));

describe("a batch's survivors' names and emails", () => {
  it("are read through the personId index however old Identity's statistics are", async () => {
    // The first import into a fresh database, before autovacuum has analysed Identity (kept
    // off here so it cannot analyse it under the test): no statistics, so each equality is
    // guessed to match 0.5% of the rows, and ANDing two indexes looks cheapest.
    await db.pool.query(`ALTER TABLE "Identity" SET (autovacuum_enabled = false)`);
    await addPeople(1, PEOPLE);
    expectPersonIdProbes(await planOf(batchOfHits));
    // And once the grown graph is analysed.
    await db.pool.query(`ANALYZE "Person", "Identity"`);
    expectPersonIdProbes(await planOf(batchOfHits));
  }, 120_000);

  it("are each person's emails in the order they were stored", async () => {
    const client = await db.pool.connect();
    try {
      const { rows } = await runStatement<{ id: number; displayName: string; emails: string[] }>(
        client,
        survivorNamesAndEmailsStatement([3, 4]),
      );
      expect(rows.sort((a, b) => a.id - b.id)).toEqual([
        { id: 3, displayName: "Person 3", emails: ["person3@example.com", "p3@work.example"] },
        { id: 4, displayName: "Person 4", emails: ["person4@example.com"] },
      ]);
    } finally {
      client.release();
    }
  });
});
