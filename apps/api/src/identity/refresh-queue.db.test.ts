import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { poolFailingCommits } from "../../../../tests/support/failing-commits.ts";
import type { AppServices } from "../context.ts";
import type { Database } from "../db/database.ts";
import type { Live } from "../events/live.ts";
import { importFile } from "../ingest/import-file.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { candidateRefresherOf } from "./refresh-queue.ts";
import { candidateCounts, taraTwice } from "./testing.ts";

let db: TestDatabase;
let services: AppServices;
beforeEach(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
});
afterEach(async () => db.close());

const { count, queued, suggestions } = candidateCounts(() => db);

/**
 * The database as a process that dies right after an import batch commits would leave it: every
 * refresher transaction fails at COMMIT (the connection is lost there), so the batch is written
 * and its people stay queued.
 */
const dyingAfterBatchCommit = (database: Database): Database => ({
  ...database,
  pool: poolFailingCommits(database.pool, (sql) => sql.includes(`DELETE FROM "CandidateRefresh"`)),
});

describe("merge candidates refreshed after the batch commits", () => {
  it("a crash between a batch's commit and its refresh leaves the people queued, and the next start refreshes them", async () => {
    const dying = { ...services, db: dyingAfterBatchCommit(db) };
    const result = await ingestBatch(dying, taraTwice, { actor: "test" });

    expect(result).toMatchObject({ created: 2, rejected: [] });
    expect(await count(`SELECT count(*)::int AS n FROM "Person"`)).toBe(2);
    expect(await queued()).toBe(2);
    expect(await suggestions()).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "PersonBlockingKey"`)).toBe(0);

    // What startApp runs for the queue a previous process left.
    await candidateRefresherOf(db).refresh();
    expect(await queued()).toBe(0);
    expect(await suggestions()).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "PersonBlockingKey"`)).toBeGreaterThan(0);

    // Refreshing again finds nothing queued and changes nothing.
    await candidateRefresherOf(db).refresh();
    expect(await suggestions()).toBe(1);
  });

  it("an import is finished only when the candidates of its last batch are refreshed", async () => {
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-refresh-queue-"));
    try {
      const file = nodePath.join(dir, "people.jsonl");
      fs.writeFileSync(file, taraTwice.map((record) => JSON.stringify(record)).join("\n"));
      const report = await importFile(services, file, { batchSize: 1 });
      expect(report).toMatchObject({ created: 2, interrupted: false });
      expect(await queued()).toBe(0);
      expect(await suggestions()).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a merge while the earlier batch's refresh runs leaves no keys or suggestions with the absorbed person", async () => {
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-refresh-queue-"));
    try {
      const file = nodePath.join(dir, "people.jsonl");
      // The third record links the first two: its batch merges them while the refresher works
      // on the first two batches' people, on its own connection.
      const linking = {
        type: "person",
        source: "forum",
        id: "u1",
        name: "Tara Novak",
        emails: ["tara@northwind-laundry.com"],
        handles: [{ platform: "twitter", handle: "taranovak" }],
      };
      fs.writeFileSync(
        file,
        [...taraTwice, linking].map((record) => JSON.stringify(record)).join("\n"),
      );
      const report = await importFile(services, file, { batchSize: 1 });
      expect(report).toMatchObject({ created: 2, merged: 1 });
      expect(await queued()).toBe(0);
      expect(
        await count(`SELECT count(*)::int AS n FROM "Person" WHERE "mergedIntoId" IS NULL`),
      ).toBe(1);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM "PersonBlockingKey" k JOIN "Person" p ON p.id = k."personId" WHERE p."mergedIntoId" IS NOT NULL`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM "MergeSuggestion" s JOIN "Person" p ON p.id IN (s."personAId", s."personBId")
            WHERE p."mergedIntoId" IS NOT NULL AND s.status = 'pending'`,
        ),
      ).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
