// For the influence tests that drive the import pipeline directly: a fresh database per test and
// services whose live signal goes nowhere.
import { afterEach, beforeEach, expect } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";

export function useImportDatabase(): {
  db(): TestDatabase;
  ingest(records: unknown[]): Promise<void>;
} {
  let db: TestDatabase;
  let services: AppServices;
  beforeEach(async () => {
    db = await freshDatabase();
    services = { db, live: { notify: () => undefined } as unknown as Live };
  });
  afterEach(async () => db.close());
  return {
    db: () => db,
    async ingest(records) {
      const result = await ingestBatch(services, records, { actor: "test" });
      expect(result.rejected).toEqual([]);
    },
  };
}
