import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile, rejectsFileOf } from "../../apps/api/src/ingest/import-file.ts";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { goodRecords, hostileCases } from "../support/hostile-records.ts";

let api: TestApi;
let dir: string;

beforeAll(async () => {
  api = await startTestApi();
  dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-graph-test-"));
});
afterAll(async () => {
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const INGEST = graphql(`
  mutation IngestOverGraphQL($records: [JSON!]!, $key: String) {
    ingest(records: $records, idempotencyKey: $key) {
      created updated merged unchanged
      rejected { index type source id field reason }
    }
  }
`);
const PERSON = graphql(`
  query IngestPersonBySource($source: String!, $id: String!) {
    person(source: $source, id: $id) { id displayName reach sources { source id } }
  }
`);

describe("ingest over GraphQL", () => {
  it("the same human across CRM CSV, Mailchimp, tweets and Zendesk ends up one person with all sources", async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(nodePath.join(dir, name), text);
      return nodePath.join(dir, name);
    };
    const files = [
      write(
        "crm.csv",
        "Contact ID,First Name,Last Name,Email,Phone,Account Name,Website\r\n0031,Maya,Okafor,MAYA.OKAFOR@laundrylab.example,(415) 555-0100,Laundry Lab,https://www.laundrylab.example\r\n",
      ),
      write(
        "mailchimp.csv",
        "Email Address,First Name,Last Name,Campaign Title,Campaign ID,Action,Timestamp\r\nmaya.okafor@laundrylab.example,Maya,Okafor,Spring energy-saving,cmp-1,open,2026-11-01 09:00:00\r\n",
      ),
      // The forum profile is where the address and the Twitter handle meet.
      write(
        "forum.jsonl",
        JSON.stringify({
          type: "person",
          source: "forum",
          id: "u7",
          name: "Maya Okafor",
          emails: ["maya.okafor@laundrylab.example"],
          handles: [{ platform: "twitter", handle: "MayaLaundryLab" }],
        }) + "\n",
      ),
      write(
        "tweets.json",
        JSON.stringify({
          data: [
            {
              id: "1860000000000000001",
              text: "My Lumen washer died after 3 weeks. Water everywhere!",
              author_id: "42",
              created_at: "2026-11-02T10:00:00Z",
              conversation_id: "1860000000000000001",
            },
          ],
          includes: {
            users: [
              {
                id: "42",
                name: "Maya Okafor",
                username: "mayalaundrylab",
                public_metrics: { followers_count: 1200000 },
              },
            ],
          },
        }),
      ),
      write(
        "zendesk.json",
        JSON.stringify({
          tickets: [
            {
              id: 5001,
              subject: "Leaking washer",
              description: "The drum leaks since yesterday.",
              requester_id: 9001,
              created_at: "2026-11-03T08:00:00Z",
              via: { channel: "email" },
            },
          ],
          users: [
            {
              id: 9001,
              name: "Maya Okafor",
              email: "Maya.Okafor@laundrylab.example",
              phone: "+1 415 555 0100",
            },
          ],
        }),
      ),
    ];
    for (const file of files) await importFile({ db: api.db, live: api.app.services.live }, file);

    const ids = new Set<string>();
    for (const [source, id] of [
      ["salesforce", "0031"],
      ["forum", "u7"],
      ["twitter", "42"],
      ["zendesk", "9001"],
    ]) {
      const response = await api.gql(PERSON, { source, id });
      expect(response.errors).toBeUndefined();
      ids.add(response.data!.person!.id);
      expect(response.data!.person).toMatchObject({ displayName: "Maya Okafor", reach: 1200000 });
    }
    expect(ids.size).toBe(1);
    const person = (await api.gql(PERSON, { source: "twitter", id: "42" })).data!.person;
    expect(person!.sources!.map((s) => s.source).sort()).toEqual([
      "forum",
      "salesforce",
      "twitter",
      "zendesk",
    ]);
    const touchpoints = (await api.db.pool.query(`SELECT DISTINCT "personId" FROM "Touchpoint"`))
      .rows;
    expect(touchpoints).toHaveLength(1);
    expect((await api.gql(PERSON, { source: "twitter", id: "nobody" })).data!.person).toBeNull();
  });

  it("returns the stored result for a repeated idempotencyKey with the same records without writing again", async () => {
    const records = [
      {
        type: "person",
        source: "hubspot",
        id: "52",
        name: "Ana Souza",
        emails: ["ana@brightwave.example"],
      },
      {
        type: "message",
        source: "twitter",
        id: "t1",
        channel: "twitter",
        author: { email: "ana@brightwave.example" },
        text: "Love it",
        at: "2026-11-01",
      },
      {
        type: "message",
        source: "twitter",
        id: "t2",
        channel: "sideways",
        author: { email: "ana@brightwave.example" },
        text: "?",
        at: "2026-11-01",
      },
    ];
    const first = await api.gql(INGEST, { records, key: "batch-77" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingest).toMatchObject({
      created: 2,
      unchanged: 0,
      rejected: [{ index: 2, type: "message", id: "t2", field: "channel" }],
    });
    const events = Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count);
    // The same records written with their keys in another order are the same body.
    const reordered = records.map((record) => Object.fromEntries(Object.entries(record).reverse()));
    const repeat = await api.gql(INGEST, { records: reordered, key: "batch-77" });
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data!.ingest).toEqual(first.data!.ingest);
    expect(Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count)).toBe(
      events,
    );
    const plain = await api.gql(INGEST, { records: records.slice(0, 2) });
    expect(plain.data!.ingest).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("refuses an idempotencyKey reused with different records, naming idempotencyKey, and writes nothing", async () => {
    const ana = {
      type: "person",
      source: "hubspot",
      id: "60",
      name: "Ana Lima",
      emails: ["ana.lima@brightwave.example"],
    };
    const first = await api.gql(INGEST, { records: [ana], key: "batch-78" });
    expect(first.data!.ingest).toMatchObject({ created: 1 });
    const events = Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count);
    const other = {
      type: "person",
      source: "hubspot",
      id: "61",
      name: "New One",
      emails: ["new@x.example"],
    };
    for (const records of [[ana, other], [{ ...ana, name: "Ana Lima Souza" }]]) {
      const reused = await api.gql(INGEST, { records, key: "batch-78" });
      expect(reused.data).toBeNull();
      expect(reused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /^idempotencyKey "batch-78" was already used with different records/,
        ),
        extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" },
      });
    }
    expect((await api.gql(PERSON, { source: "hubspot", id: "61" })).data!.person).toBeNull();
    expect((await api.gql(PERSON, { source: "hubspot", id: "60" })).data!.person).toMatchObject({
      displayName: "Ana Lima",
    });
    expect(Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count)).toBe(
      events,
    );
    // Racing calls with the same key and different records: one writes, the other is refused.
    const racing = await Promise.all([
      api.gql(INGEST, { records: [{ ...other, id: "62" }], key: "batch-79" }),
      api.gql(INGEST, { records: [{ ...other, id: "63" }], key: "batch-79" }),
    ]);
    expect(
      racing
        .map((response) => (response.errors ? response.errors[0]!.extensions!.code : "written"))
        .sort(),
    ).toEqual(["BAD_USER_INPUT", "written"]);
  });

  it("refuses an idempotencyKey that cannot be stored", async () => {
    for (const key of ["k".repeat(256), "a\u0000b"]) {
      const response = await api.gql(INGEST, { records: [], key });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "idempotencyKey",
      });
    }
  });

  it("refuses more records than one call may carry, and viewers", async () => {
    const tooMany = await api.gql(INGEST, { records: Array.from({ length: 5001 }, () => ({})) });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 5000 records/);
    const viewer = await api.gql(INGEST, { records: [] }, await api.keyFor("viewer"));
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

// The values a probe of Parley sent (issue #10, item 5): each one used to fail its whole batch with
// "Unexpected error." and write nothing. Each must now reject only its own record, naming the field
// and the reason, while the rest of the batch is written.
describe("hostile values", () => {
  it("ingest(records:) rejects each hostile record with its field and reason and writes the rest", async () => {
    const cases = hostileCases("gql");
    const good = goodRecords("gql");
    // Good records first and last: a lost batch would lose both ends.
    const records = [good[0], ...cases.map((c) => c.record), good[1], good[2]];
    const response = await api.gql(INGEST, { records });
    expect(response.errors).toBeUndefined();
    const result = response.data!.ingest;
    expect(result.created).toBe(good.length);
    const rejected = new Map(result.rejected.map((r: { index: number }) => [r.index, r]));
    cases.forEach((hostile, i) => {
      expect(rejected.get(i + 1), `case ${i}: ${hostile.field}`).toMatchObject({
        index: i + 1,
        type: hostile.record.type,
        field: hostile.field,
        reason: expect.stringMatching(hostile.reason),
      });
    });
    expect(result.rejected).toHaveLength(cases.length);
    const stored = await api.db.pool.query(
      `SELECT "sourceId" FROM "PersonSource" WHERE "sourceId" LIKE 'gql-%' UNION ALL SELECT "sourceId" FROM "Message" WHERE "sourceId" LIKE 'gql-%' UNION ALL SELECT "sourceId" FROM "Deal" WHERE "sourceId" LIKE 'gql-%'`,
    );
    expect(stored.rows.map((r) => r.sourceId).sort()).toEqual([
      "gql-good-1",
      "gql-good-2",
      "gql-good-3",
    ]);
  });

  it("records nested 100,000 deep in a field Parley ignores fail neither an idempotent call nor an import's rejects file", async () => {
    // Deeper than JSON.stringify can recurse, so written as text, as a client would send it.
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const ok = `{"type":"person","source":"deep","id":"ok","name":"Deep Person","emails":["deep@probe.example"],"extra":${deep}}`;
    const bad = `{"type":"person","source":"deep","id":"bad","emails":["nope"],"extra":${deep}}`;
    const send = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${testAdminKey}` },
        body: `{"query":${JSON.stringify(String(INGEST))},"variables":{"key":"deep-1","records":[${ok},${bad}]}}`,
      });
      return (await response.json()) as { data?: { ingest: unknown }; errors?: unknown };
    };
    const first = await send();
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingest).toMatchObject({
      created: 1,
      rejected: [{ index: 1, field: "emails.0" }],
    });
    expect((await send()).data!.ingest).toEqual(first.data!.ingest);

    const file = nodePath.join(dir, "deep.jsonl");
    fs.writeFileSync(file, `${bad}\n`);
    const report = await importFile({ db: api.db, live: api.app.services.live }, file);
    expect(report).toMatchObject({ rejected: 1, interrupted: false });
    const [line] = fs
      .readFileSync(rejectsFileOf(file), "utf8")
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(line).toMatchObject({
      line: 1,
      id: "bad",
      field: "emails.0",
      record: expect.stringMatching(/too deeply nested/),
    });
  });

  it("parley import writes each hostile record to <file>.rejects.jsonl with line, field and reason and imports the rest", async () => {
    const cases = hostileCases("cli");
    const good = goodRecords("cli");
    const file = nodePath.join(dir, "hostile.jsonl");
    const lines = [good[0], ...cases.map((c) => c.record), good[1], good[2]];
    fs.writeFileSync(file, lines.map((record) => JSON.stringify(record)).join("\n") + "\n");
    const report = await importFile({ db: api.db, live: api.app.services.live }, file, {
      batchSize: 10,
    });
    expect(report).toMatchObject({
      created: good.length,
      rejected: cases.length,
      interrupted: false,
      rejectsFile: rejectsFileOf(file),
    });
    const rejects = fs
      .readFileSync(rejectsFileOf(file), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const byLine = new Map(rejects.map((r) => [r.line, r]));
    cases.forEach((hostile, i) => {
      expect(byLine.get(i + 2), `case ${i}: ${hostile.field}`).toMatchObject({
        line: i + 2,
        field: hostile.field,
        reason: expect.stringMatching(hostile.reason),
        record: { id: hostile.record.id },
      });
    });
  });
});
