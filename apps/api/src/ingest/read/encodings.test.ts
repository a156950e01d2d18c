import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "./csv.ts";
import { readJsonl } from "./jsonl.ts";
import type { ReadItem } from "./types.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-encodings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = "Name,City,Note\r\nJonas Müller,München,€ 12\r\nChloé Dubois,Paris,“quoted”\r\n";
const ROWS = [
  { Name: "Jonas Müller", City: "München", Note: "€ 12" },
  { Name: "Chloé Dubois", City: "Paris", Note: "“quoted”" },
];

function fixture(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function rowsOf(reader: AsyncIterable<ReadItem>) {
  const rows: unknown[] = [];
  for await (const item of reader) rows.push("raw" in item ? item.raw : item);
  return rows;
}

describe("encodings", () => {
  it.each([
    ["utf-8", Buffer.from(CSV)],
    ["utf-8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, "utf-16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CSV, "utf-16be")])],
    ["windows-1252", iconv.encode(CSV, "windows-1252")],
  ])("reads a %s CSV and reports the encoding", async (encoding, bytes) => {
    const reader = readCsv(fixture(`people.${encoding}.csv`, bytes));
    expect(await rowsOf(reader)).toEqual(ROWS);
    expect(reader.encoding).toBe(encoding);
    expect(reader.headers).toEqual(["Name", "City", "Note"]);
  });

  it("reads a UTF-16 JSON Lines file", async () => {
    const jsonl = '{"type":"person","source":"crm","id":"1","name":"Zoë"}\n';
    const reader = readJsonl(
      fixture(
        "people.utf16.jsonl",
        Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(jsonl, "utf-16le")]),
      ),
    );
    expect(await rowsOf(reader)).toEqual([{ type: "person", source: "crm", id: "1", name: "Zoë" }]);
    expect(reader.encoding).toBe("utf-16le");
  });
});
