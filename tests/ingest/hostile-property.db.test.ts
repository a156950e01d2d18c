// Property tests of the records format against hostile input: any value in any field of any record
// type. Whatever arrives, nothing fails with an internal error: every record is either written or
// rejected with the field at fault, and validation foresees everything the database would refuse.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServices } from "../../apps/api/src/context.ts";
import type { Live } from "../../apps/api/src/events/live.ts";
import { ingestBatch } from "../../apps/api/src/ingest/pipeline/index.ts";
import { LIMITS } from "../../apps/api/src/ingest/records/fields.ts";
import { validateRecord } from "../../apps/api/src/ingest/records/validate.ts";
import { freshDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let services: AppServices;
beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
});
afterAll(async () => db?.close());

/** A valid record of each type, and the paths of the fields a hostile value may replace. */
const templates: Record<string, { record: Record<string, unknown>; paths: string[] }> = {
  person: {
    record: { type: "person", source: "prop", name: "Ana Souza", emails: ["ana@probe.example"], handles: [{ platform: "twitter", handle: "ana" }], followers: { twitter: 10 } },
    paths: ["source", "id", "name", "emails.0", "phones.0", "handles.0.platform", "handles.0.handle", "externalIds.0.source", "externalIds.0.id", "organization.name", "organization.domain", "title", "location", "followers.twitter", "followers", "stage", "at"],
  },
  message: {
    record: { type: "message", source: "prop", channel: "forum", author: { email: "ana@probe.example" }, text: "hello", at: "2026-11-01T10:00:00Z" },
    paths: ["channel", "author.email", "author.name", "author.id", "author.handle", "text", "at", "conversation", "inReplyTo", "direction", "url", "metrics.likes", "metrics.views", "community.platform", "community.id", "community.name", "subject"],
  },
  touchpoint: {
    record: { type: "touchpoint", source: "prop", person: { email: "ana@probe.example" }, campaign: { id: "c1" }, kind: "webinar", at: "2026-11-01" },
    paths: ["person.email", "person.phone", "campaign.id", "campaign.name", "campaign.channel", "kind", "at", "properties", "properties.note", "properties.nested.deeper"],
  },
  deal: {
    record: { type: "deal", source: "prop", name: "Pilot", contact: { email: "ana@probe.example" } },
    paths: ["name", "organization.name", "organization.domain", "contact.email", "contact.name", "stage", "amount", "currency", "status", "at", "closedAt", "owner"],
  },
  membership: {
    record: { type: "membership", source: "prop", person: { email: "ana@probe.example" }, community: { platform: "forum", id: "f1" } },
    paths: ["person.email", "community.platform", "community.id", "community.name", "role", "joinedAt", "lastActiveAt"],
  },
  brand: {
    record: { type: "brand", source: "prop", name: "Lumen", kind: "own" },
    paths: ["name", "kind", "terms.0", "terms"],
  },
};

const deep = (depth: number): unknown => (depth === 0 ? "leaf" : { deeper: deep(depth - 1) });
const letters = (length: number) => "abcdefghijklmnopqrstuvwxyz".repeat(Math.ceil(length / 26)).slice(0, length);

/** Strings that break storage: NUL, halves of surrogate pairs, lengths past an index, odd Unicode. */
const hostileString = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\uD800", "\uDFFF", "\uD83D", "\uFFFF", "\u200B", "\u202E"), fc.string({ maxLength: 10 }))
      .map((parts) => parts.join("")),
  },
  { weight: 2, arbitrary: fc.integer({ min: 450, max: 3_000 }).map((length) => letters(length)) },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "\t\n", "ana@probe.example", "https://example.com/x", "+44 20 7946 0958", "2026-02-30", "0000-01-01", "9999-12-31T23:59:59Z", "1e308", "-1") },
);
const hostileNumber = fc.oneof(
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(-1, -0, 0.5, 2 ** 31 - 1, 2 ** 31, 2 ** 40, 2 ** 53 + 1, 1e11, 1e15, 8.64e15, 1e20, 1e308, -1e308, 999999999999.99, 999999999999.995, 1e12) },
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { "\u0000": 1 }, { "\uD800": "x" }) },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 1_000 }).map(deep) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

function withValue(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(record);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((key, i) => {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
  return copy;
}

let serial = 0;
const hostileRecord = fc
  .tuple(fc.constantFrom(...Object.keys(templates)), fc.nat(), hostileValue, fc.nat(9))
  .map(([type, pick, value, hostile]) => {
    const { record, paths } = templates[type]!;
    const base = { ...record, id: `r${serial++}` };
    // Mostly hostile, with a few good records for a bad one to sink.
    return hostile < 8 ? withValue(base, paths[pick % paths.length]!, value) : base;
  });

/** Every string in a validated record can be stored, and every number and date fits its column. */
function assertStorable(value: unknown, path: string): void {
  if (typeof value === "string") {
    expect(value, path).not.toMatch(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
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
      fc.asyncProperty(fc.array(hostileRecord, { minLength: 1, maxLength: 12 }), async (records) => {
        const result = await ingestBatch(services, records, { actor: "property" });
        const written = result.created + result.updated + result.merged + result.unchanged;
        expect(written + result.rejected.length).toBe(records.length);
        for (const rejection of result.rejected) {
          expect(rejection.index).toBeLessThan(records.length);
          expect(rejection.reason, JSON.stringify(rejection)).not.toMatch(/refused by the database/);
          expect(rejection.field).toMatch(/^(?!\(record\)$)./);
        }
      }),
      { numRuns: 60 },
    );
  });
});
