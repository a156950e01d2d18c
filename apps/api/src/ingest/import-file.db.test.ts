import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { poolFailingCommits } from "../../../../tests/support/failing-commits.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import { formatReport, importFile, rejectsFileOf } from "./import-file.ts";

let dir: string;
let db: TestDatabase;
let services: AppServices;

beforeAll(() => {
  dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-import-test-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
});
afterEach(async () => db.close());

const count = async (table: string) =>
  Number((await db.pool.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);

function writeJsonl(name: string, records: unknown[]): string {
  const file = nodePath.join(dir, name);
  fs.writeFileSync(
    file,
    records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n",
  );
  return file;
}

const forumRecords = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    {
      type: "person",
      source: "forum",
      id: `u${i}`,
      name: `Member ${i} Tester`,
      emails: [`member${i}@example.com`],
    },
    {
      type: "message",
      source: "forum",
      id: `p${i}`,
      channel: "forum",
      author: { id: `u${i}` },
      text: `Post number ${i}`,
      at: "2026-11-01T10:00:00Z",
      community: { platform: "forum", id: "lumen-owners" },
    },
  ]).flat();

describe("parley import", () => {
  it("re-importing the same file creates no duplicates and reports unchanged", async () => {
    const file = writeJsonl("reimport.jsonl", forumRecords(30));
    const first = await importFile(services, file, { batchSize: 16 });
    expect(first).toMatchObject({ read: 60, created: 60, rejected: 0, interrupted: false });
    const again = await importFile(services, file, { batchSize: 16 });
    expect(again).toMatchObject({ read: 60, created: 0, updated: 0, unchanged: 60 });
    expect(await count("Person")).toBe(30);
    expect(await count("Message")).toBe(30);
    expect(
      (await db.pool.query(`SELECT sum("messageCount")::int AS n FROM "Person"`)).rows[0].n,
    ).toBe(30);
  });

  it("an interrupted import resumes after the committed batches without duplicates", async () => {
    const file = writeJsonl("interrupted.jsonl", forumRecords(25));
    const stop = new AbortController();
    const partial = await importFile(services, file, {
      batchSize: 10,
      signal: stop.signal,
      onProgress: () => stop.abort(),
    });
    expect(partial).toMatchObject({ interrupted: true, read: 10 });
    expect(await count("Message")).toBe(5);
    const resumed = await importFile(services, file, { batchSize: 10 });
    expect(resumed).toMatchObject({ interrupted: false, resumedAfter: 10, read: 40, created: 50 });
    expect(await count("Person")).toBe(25);
    expect(await count("Message")).toBe(25);
    expect((await db.pool.query(`SELECT status, "recordsDone" FROM "Ingestion"`)).rows).toEqual([
      { status: "finished", recordsDone: 50 },
    ]);
  });

  it("a resumed import reports the whole file's totals, in its report, its result and its import_finished event", async () => {
    const lines: unknown[] = forumRecords(25);
    lines.splice(2, 0, {
      type: "message",
      source: "forum",
      id: "early",
      channel: "forum",
      author: { email: "bob" },
      text: "hi",
      at: "2026-01-01",
    });
    lines.splice(5, 0, '{"type": "person", broken');
    lines.splice(44, 0, {
      type: "person",
      source: "forum",
      id: "late",
      followers: { twitter: 1e308 },
    });
    const file = writeJsonl("resumed-totals.jsonl", lines);
    const stop = new AbortController();
    let batches = 0;
    const partial = await importFile(services, file, {
      batchSize: 10,
      signal: stop.signal,
      onProgress: () => ++batches === 2 && stop.abort(),
    });
    expect(partial).toMatchObject({
      interrupted: true,
      read: 20,
      created: 18,
      rejected: 1,
      unreadable: 1,
    });

    const resumed = await importFile(services, file, { batchSize: 10 });
    const whole = { created: 50, updated: 0, merged: 0, unchanged: 0, rejected: 2, unreadable: 1 };
    expect(resumed).toMatchObject({ ...whole, interrupted: false, resumedAfter: 20, read: 33 });
    expect(formatReport(resumed, "test")).toContain(
      "53 records (20 before the interruption, 33 in this run): 50 created, 0 updated, 0 merged, 0 unchanged, 2 rejected, 1 unreadable",
    );
    const summary = { ...whole, records: 53, read: 33, resumedAfter: 20 };
    expect((await db.pool.query(`SELECT result FROM "Ingestion"`)).rows[0].result).toEqual(summary);
    const finished = (
      await db.pool.query(`SELECT payload FROM "Event" WHERE type = 'import_finished'`)
    ).rows;
    expect(finished).toEqual([{ payload: { file: "resumed-totals.jsonl", ...summary } }]);
    const rejects = fs
      .readFileSync(rejectsFileOf(file), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rejects.map((r) => r.line).sort((a, b) => a - b)).toEqual([3, 6, 45]);

    // Importing the finished file again starts over, and counts that run alone.
    const again = await importFile(services, file, { batchSize: 10 });
    expect(again).toMatchObject({
      resumedAfter: 0,
      read: 53,
      created: 0,
      unchanged: 50,
      rejected: 2,
      unreadable: 1,
    });
  });

  it("a crash mid-import keeps the committed batches consistent and a re-run finishes the file", async () => {
    const file = writeJsonl("crash.jsonl", forumRecords(20));
    // The third batch's COMMIT fails as if the process died there: that batch rolls back, the first
    // two stay. Only batch transactions count (the cases hook commits one of its own after each,
    // and the merge-candidate refresher others): they are the ones that take the batch's savepoint.
    let commits = 0;
    const failing = {
      ...services,
      db: {
        ...db,
        pool: poolFailingCommits(
          db.pool,
          (sql) => sql === "SAVEPOINT batch_records",
          () => ++commits === 3,
        ),
      },
    } as AppServices;
    await expect(importFile(failing, file, { batchSize: 8 })).rejects.toThrow("connection lost");
    expect(await count("Message")).toBe(8);
    expect((await db.pool.query(`SELECT "recordsDone" FROM "Ingestion"`)).rows[0].recordsDone).toBe(
      16,
    );
    const resumed = await importFile(services, file, { batchSize: 8 });
    expect(resumed).toMatchObject({ resumedAfter: 16, read: 24, created: 40 });
    expect(await count("Message")).toBe(20);
    expect(await count("Person")).toBe(20);
  });

  it("writes rejected records and unreadable lines to <file>.rejects.jsonl and imports the rest", async () => {
    const file = writeJsonl("rejects.jsonl", [
      {
        type: "person",
        source: "forum",
        id: "ok",
        name: "Good Person",
        emails: ["good@example.com"],
      },
      {
        type: "message",
        source: "forum",
        id: "bad",
        channel: "forum",
        author: { email: "bob" },
        text: "hi",
        at: "2026-01-01",
      },
      '{"type": "person", broken',
    ]);
    const report = await importFile(services, file);
    expect(report).toMatchObject({
      created: 1,
      rejected: 1,
      unreadable: 1,
      rejectsFile: rejectsFileOf(file),
    });
    const lines = fs
      .readFileSync(rejectsFileOf(file), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, error: expect.any(String) }),
        expect.objectContaining({
          line: 2,
          type: "message",
          id: "bad",
          field: "author.email",
          reason: expect.any(String),
          record: expect.objectContaining({ id: "bad" }),
        }),
      ]),
    );
    expect(await count("Person")).toBe(1);
  });

  it("a record the database refuses goes to the rejects file with the database's reason, and the rest of its batch is imported", async () => {
    await db.pool.query(
      `ALTER TABLE "Message" ADD CONSTRAINT no_forbidden_words CHECK (text NOT LIKE '%forbidden%')`,
    );
    const records = forumRecords(10);
    (records[9] as { text: string }).text = "a forbidden word";
    const file = writeJsonl("refused.jsonl", records);
    const report = await importFile(services, file, { batchSize: 8 });
    expect(report).toMatchObject({ created: 19, rejected: 1, interrupted: false });
    const [line] = fs
      .readFileSync(rejectsFileOf(file), "utf8")
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(line).toMatchObject({
      line: 10,
      id: "p4",
      field: "(record)",
      reason: expect.stringMatching(/refused by the database: .*no_forbidden_words/),
      record: { id: "p4" },
    });
    expect(await count("Message")).toBe(9);
  });

  it("imports a Windows-1252 CSV export with its accents intact", async () => {
    const file = nodePath.join(dir, "contacts-1252.csv");
    const text =
      "Contact ID,First Name,Last Name,Email,Account Name,Mailing City\r\n0031,Chloé,Dubois,chloe@atelier-lumiere.fr,Atelier Lumière,Besançon\r\n";
    // Latin-1 bytes are Windows-1252 bytes for these letters: what Excel on Windows writes.
    fs.writeFileSync(file, Buffer.from(text, "latin1"));
    const report = await importFile(services, file);
    expect(report).toMatchObject({
      created: 1,
      rejected: 0,
      preset: "salesforce-contacts",
      encoding: "windows-1252",
    });
    const person = (await db.pool.query(`SELECT "displayName", location FROM "Person"`)).rows[0];
    expect(person).toEqual({ displayName: "Chloé Dubois", location: "Besançon" });
    expect((await db.pool.query(`SELECT name FROM "Organization"`)).rows[0].name).toBe(
      "Atelier Lumière",
    );
  });

  it("imports an RSS feed through the feed preset; importing it again changes nothing, and the same entry from an Atom export is one message", async () => {
    const blog = nodePath.resolve(import.meta.dirname, "../../../../docs/samples/feed-blog.xml");
    const report = await importFile(services, blog);
    expect(report).toMatchObject({ created: 2, rejected: 0, unreadable: 0, preset: "feed" });
    expect(await count("Message")).toBe(2);
    expect(await importFile(services, blog)).toMatchObject({ created: 0, unchanged: 2 });
    const atom = nodePath.join(dir, "same-post.atom");
    fs.writeFileSync(
      atom,
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Mirror</title><entry><id>urn:uuid:1</id><title>Mirrored</title>
      <link href="https://laundrylab.example/2026/11/lumen-w9-six-months?utm_campaign=mirror"/><updated>2026-11-02T09:15:00Z</updated></entry></feed>`,
    );
    expect(await importFile(services, atom)).toMatchObject({ created: 0, updated: 1 });
    expect(await count("Message")).toBe(2);
    const broken = nodePath.join(dir, "broken.xml");
    fs.writeFileSync(broken, "<rss><channel><item></channel></rss>");
    expect(await importFile(services, broken)).toMatchObject({ created: 0, unreadable: 1 });
  });
});
