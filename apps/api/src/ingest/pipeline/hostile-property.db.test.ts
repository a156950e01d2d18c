// Property tests of the records format against hostile input: any value in any field of any record
// type. Whatever arrives, nothing fails with an internal error: every record is either written or
// rejected with the field at fault, and validation foresees everything the database would refuse.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../../tests/support/database.ts";
import { hostileRecord } from "../../../../../tests/support/hostile-records.ts";
import type { AppServices } from "../../context.ts";
import type { Live } from "../../events/live.ts";
import { LIMITS } from "../records/fields.ts";
import { validateRecord } from "../records/validate.ts";
import { ingestBatch } from "./index.ts";

let db: TestDatabase;
let services: AppServices;
beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
});
afterAll(async () => db?.close());

/** Every string in a validated record can be stored, and every number and date fits its column. */
function assertStorable(value: unknown, path: string): void {
  if (typeof value === "string") {
    expect(value, path).not.toMatch(
      /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(value.length, path).toBeLessThanOrEqual(LIMITS.body);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), path).toBe(true);
  } else if (value instanceof Date) {
    expect(value.getTime(), path).toBeGreaterThanOrEqual(LIMITS.earliest);
    expect(value.getTime(), path).toBeLessThanOrEqual(LIMITS.latest);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) assertStorable(item, `${path}.${key}`);
  }
}

describe("hostile records (property)", () => {
  it("validation never throws, names the field of every rejection, and accepts only storable values", () => {
    fc.assert(
      fc.property(hostileRecord, (raw) => {
        const result = validateRecord(raw, 0);
        if (result.ok) assertStorable(result.record, "record");
        else expect(result.rejection.field).toMatch(/^(?!\(record\)$)./);
      }),
      { numRuns: 2_000 },
    );
  });

  it("a batch of hostile records never fails: each record is written or rejected with its field, never refused by the database", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileRecord, { minLength: 1, maxLength: 12 }),
        async (records) => {
          const result = await ingestBatch(services, records, { actor: "property" });
          const written = result.created + result.updated + result.merged + result.unchanged;
          expect(written + result.rejected.length).toBe(records.length);
          for (const rejection of result.rejected) {
            expect(rejection.index).toBeLessThan(records.length);
            expect(rejection.reason, JSON.stringify(rejection)).not.toMatch(
              /refused by the database/,
            );
            expect(rejection.field).toMatch(/^(?!\(record\)$)./);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
