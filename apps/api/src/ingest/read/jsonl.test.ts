import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readJsonl } from "./jsonl.ts";
import type { ReadItem } from "./types.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-jsonl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function itemsOf(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readJsonl(path)) items.push(item);
  return items;
}

describe("readJsonl", () => {
  it("reports a broken line with its number and still reads the rest", async () => {
    const path = join(dir, "broken.jsonl");
    writeFileSync(path, ['{"id":1}', '{"id":2,', "", '{"id":3}', "[1,2]"].join("\n"));
    const items = await itemsOf(path);
    expect(items).toEqual([
      { line: 1, raw: { id: 1 } },
      { line: 2, error: expect.stringMatching(/^invalid JSON: /) },
      { line: 4, raw: { id: 3 } },
      { line: 5, raw: [1, 2] },
    ]);
  });

  it("reads CRLF line endings and a last line without a newline", async () => {
    const path = join(dir, "crlf.jsonl");
    writeFileSync(path, '{"id":1}\r\n{"id":2}');
    expect(await itemsOf(path)).toEqual([
      { line: 1, raw: { id: 1 } },
      { line: 2, raw: { id: 2 } },
    ]);
  });

  it("reports byte progress against the file size", async () => {
    const path = join(dir, "progress.jsonl");
    writeFileSync(path, '{"id":1}\n'.repeat(100));
    const reader = readJsonl(path);
    expect(reader.progress()).toEqual({ bytesRead: 0, totalBytes: 900 });
    for await (const _item of reader);
    expect(reader.progress()).toEqual({ bytesRead: 900, totalBytes: 900 });
  });

  it("fails where the reader is created when the file does not exist", () => {
    expect(() => readJsonl(join(dir, "missing.jsonl"))).toThrow(/ENOENT/);
  });
});
