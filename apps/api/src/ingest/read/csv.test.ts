import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "./csv.ts";
import type { ReadItem } from "./types.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function itemsOf(name: string, content: string): Promise<ReadItem[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const items: ReadItem[] = [];
  for await (const item of readCsv(path)) items.push(item);
  return items;
}

describe("readCsv", () => {
  it("numbers rows by the line they start on, across quoted line breaks", async () => {
    const items = await itemsOf(
      "multiline.csv",
      'id,note\r\n1,"first\r\nsecond"\r\n\r\n2,plain\r\n3,"a\nb"\r\n4,last',
    );
    expect(items).toEqual([
      { line: 2, raw: { id: "1", note: "first\r\nsecond" } },
      { line: 5, raw: { id: "2", note: "plain" } },
      { line: 6, raw: { id: "3", note: "a\nb" } },
      { line: 8, raw: { id: "4", note: "last" } },
    ]);
  });

  it("reports a row with the wrong number of fields and reads on", async () => {
    const items = await itemsOf("columns.csv", "id,name\n1,Ana\n2,Sam,extra\n3,Lee\n");
    expect(items).toEqual([
      { line: 2, raw: { id: "1", name: "Ana" } },
      { line: 3, error: "has 3 fields, the header has 2" },
      { line: 4, raw: { id: "3", name: "Lee" } },
    ]);
  });

  it("skips a report footer after a blank line, but not single-cell rows followed by data", async () => {
    const footer =
      '\r\n"Confidential Information - Do Not Distribute"\r\n"Copyright (c) 2000-2024 salesforce.com, inc."\r\n';
    expect(await itemsOf("footer.csv", `id,name\r\n1,Ana\r\n${footer}`)).toEqual([
      { line: 2, raw: { id: "1", name: "Ana" } },
    ]);
    expect(await itemsOf("not-footer.csv", "id,name\n1,Ana\n\nstray\n2,Sam\n")).toEqual([
      { line: 2, raw: { id: "1", name: "Ana" } },
      { line: 4, error: "has 1 fields, the header has 2" },
      { line: 5, raw: { id: "2", name: "Sam" } },
    ]);
  });

  it("detects semicolon and tab delimiters from the header", async () => {
    expect(await itemsOf("semicolon.csv", "Name;Amount\nAna;1,5\n")).toEqual([
      { line: 2, raw: { Name: "Ana", Amount: "1,5" } },
    ]);
    expect(await itemsOf("tabs.tsv", "Name\tCity\nAna\tLisbon, PT\n")).toEqual([
      { line: 2, raw: { Name: "Ana", City: "Lisbon, PT" } },
    ]);
  });

  it("reports a quote that is never closed on the line it opens", async () => {
    const items = await itemsOf("unclosed.csv", 'id,note\n1,ok\n2,"never closed\n3,lost\n');
    expect(items).toEqual([
      { line: 2, raw: { id: "1", note: "ok" } },
      { line: 3, error: expect.stringContaining("never closed") },
    ]);
  });
});
