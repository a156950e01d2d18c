// Needs two connections at once, which PGlite does not serve: the refresher and a reviewer.
import { afterEach, beforeEach, expect, it } from "vitest";
import type { AppServices } from "../../apps/api/src/context.ts";
import type { Live } from "../../apps/api/src/events/live.ts";
import { mergePeople } from "../../apps/api/src/identity/merge.ts";
import { candidateRefresherOf } from "../../apps/api/src/identity/refresh-queue.ts";
import { lockPendingSuggestion } from "../../apps/api/src/identity/review.ts";
import { candidateCounts, taraTwice } from "../../apps/api/src/identity/testing.ts";
import { ingestBatch } from "../../apps/api/src/ingest/pipeline/index.ts";
import { freshDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let services: AppServices;
beforeEach(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
});
afterEach(async () => db.close());

const { queued, suggestions } = candidateCounts(() => db);

it("accepting a suggestion while the refresher rewrites it merges the pair, and the refresh then finds nothing left to suggest", async () => {
  await ingestBatch(services, taraTwice, { actor: "test" });
  const {
    rows: [suggestion],
  } = await db.pool.query(`SELECT id, "personAId", "personBId" FROM "MergeSuggestion"`);
  // The pair is queued again (its people changed), and the refresher starts while a reviewer
  // holds the suggestion: it must wait for the decision, not take the suggestion's row first.
  await db.pool.query(`INSERT INTO "CandidateRefresh" ("personId") VALUES ($1), ($2)`, [
    suggestion.personAId,
    suggestion.personBId,
  ]);
  const reviewer = await db.pool.connect();
  try {
    await reviewer.query("BEGIN");
    await lockPendingSuggestion(reviewer, suggestion.id);
    const refreshed = candidateRefresherOf(db).refresh();
    await refresherWaitingForTheLock();
    await mergePeople(reviewer, {
      survivorId: suggestion.personAId,
      absorbedId: suggestion.personBId,
      actor: "reviewer",
      reason: "accepted",
    });
    await reviewer.query("COMMIT");
    await refreshed;
  } finally {
    reviewer.release();
  }
  expect(await queued()).toBe(0);
  expect(
    (await db.pool.query(`SELECT status FROM "MergeSuggestion" WHERE id = $1`, [suggestion.id]))
      .rows[0].status,
  ).toBe("accepted");
  expect(await suggestions()).toBe(0);
});

/** Until the refresher's transaction waits for the candidates lock (PostgreSQL serves many connections). */
async function refresherWaitingForTheLock(): Promise<void> {
  for (;;) {
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
