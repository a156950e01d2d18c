import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../apps/api/src/ingest/import-file.ts";
import { startTestApi, type TestApi } from "../support/api.ts";

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

const INGEST = `mutation ($records: [JSON!]!, $key: String) {
  ingest(records: $records, idempotencyKey: $key) { created updated merged unchanged rejected { index type source id field reason } }
}`;
const PERSON = `query ($source: String!, $id: String!) { person(source: $source, id: $id) { id displayName reach sources { source id } } }`;

describe("ingest over GraphQL", () => {
  it("the same human across CRM CSV, Mailchimp, tweets and Zendesk ends up one person with all sources", async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(nodePath.join(dir, name), text);
      return nodePath.join(dir, name);
    };
    const files = [
      write("crm.csv", "Contact ID,First Name,Last Name,Email,Phone,Account Name,Website\r\n0031,Maya,Okafor,MAYA.OKAFOR@laundrylab.example,(415) 555-0100,Laundry Lab,https://www.laundrylab.example\r\n"),
      write("mailchimp.csv", "Email Address,First Name,Last Name,Campaign Title,Campaign ID,Action,Timestamp\r\nmaya.okafor@laundrylab.example,Maya,Okafor,Spring energy-saving,cmp-1,open,2026-11-01 09:00:00\r\n"),
      // The forum profile is where the address and the Twitter handle meet.
      write("forum.jsonl", JSON.stringify({ type: "person", source: "forum", id: "u7", name: "Maya Okafor", emails: ["maya.okafor@laundrylab.example"], handles: [{ platform: "twitter", handle: "MayaLaundryLab" }] }) + "\n"),
      write("tweets.json", JSON.stringify({
        data: [{ id: "1860000000000000001", text: "My Lumen washer died after 3 weeks. Water everywhere!", author_id: "42", created_at: "2026-11-02T10:00:00Z", conversation_id: "1860000000000000001" }],
        includes: { users: [{ id: "42", name: "Maya Okafor", username: "mayalaundrylab", public_metrics: { followers_count: 1200000 } }] },
      })),
      write("zendesk.json", JSON.stringify({
        tickets: [{ id: 5001, subject: "Leaking washer", description: "The drum leaks since yesterday.", requester_id: 9001, created_at: "2026-11-03T08:00:00Z", via: { channel: "email" } }],
        users: [{ id: 9001, name: "Maya Okafor", email: "Maya.Okafor@laundrylab.example", phone: "+1 415 555 0100" }],
      })),
    ];
    for (const file of files) await importFile({ db: api.db, live: api.app.services.live }, file);

    const ids = new Set<string>();
    for (const [source, id] of [["salesforce", "0031"], ["forum", "u7"], ["twitter", "42"], ["zendesk", "9001"]]) {
      const response = await api.gql(PERSON, { source, id });
      expect(response.errors).toBeUndefined();
      ids.add(response.data!.person.id);
      expect(response.data!.person).toMatchObject({ displayName: "Maya Okafor", reach: 1200000 });
    }
    expect(ids.size).toBe(1);
    const person = (await api.gql(PERSON, { source: "twitter", id: "42" })).data!.person;
    expect(person.sources.map((s: { source: string }) => s.source).sort()).toEqual(["forum", "salesforce", "twitter", "zendesk"]);
    const touchpoints = (await api.db.pool.query(`SELECT DISTINCT "personId" FROM "Touchpoint"`)).rows;
    expect(touchpoints).toHaveLength(1);
    expect((await api.gql(PERSON, { source: "twitter", id: "nobody" })).data!.person).toBeNull();
  });

  it("returns the stored result for a repeated idempotencyKey without writing again", async () => {
    const records = [
      { type: "person", source: "hubspot", id: "52", name: "Ana Souza", emails: ["ana@brightwave.example"] },
      { type: "message", source: "twitter", id: "t1", channel: "twitter", author: { email: "ana@brightwave.example" }, text: "Love it", at: "2026-11-01" },
      { type: "message", source: "twitter", id: "t2", channel: "sideways", author: { email: "ana@brightwave.example" }, text: "?", at: "2026-11-01" },
    ];
    const first = await api.gql(INGEST, { records, key: "batch-77" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingest).toMatchObject({ created: 2, unchanged: 0, rejected: [{ index: 2, type: "message", id: "t2", field: "channel" }] });
    const events = Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count);
    const repeat = await api.gql(INGEST, { records: [...records, { type: "person", source: "hubspot", id: "53", name: "New One", emails: ["new@x.example"] }], key: "batch-77" });
    expect(repeat.data!.ingest).toEqual(first.data!.ingest);
    expect(Number((await api.db.pool.query(`SELECT count(*) FROM "Event"`)).rows[0].count)).toBe(events);
    expect((await api.gql(PERSON, { source: "hubspot", id: "53" })).data!.person).toBeNull();
    const plain = await api.gql(INGEST, { records: records.slice(0, 2) });
    expect(plain.data!.ingest).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("refuses more records than one call may carry, and viewers", async () => {
    const tooMany = await api.gql(INGEST, { records: Array.from({ length: 5001 }, () => ({})) });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 5000 records/);
    const viewer = await api.gql(INGEST, { records: [] }, await api.keyFor("viewer"));
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
