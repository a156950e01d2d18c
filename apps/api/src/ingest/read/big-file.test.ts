import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "./csv.ts";
import { readJsonl } from "./jsonl.ts";
import { CHUNK_BYTES } from "./text-file.ts";
import type { ItemReader } from "./types.ts";

const LINES = 200_000;

// A full collection before each heap sample, so the sample counts what the reader keeps, not garbage.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
const dir = mkdtempSync(join(tmpdir(), "parley-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `LINES` lines of equal byte length, so the bytes behind line n are known exactly. */
async function writeLines(
  name: string,
  header: string | undefined,
  line: (i: number) => string,
): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  if (header) out.write(`${header}\n`);
  for (let i = 0; i < LINES; i++) {
    if (!out.write(`${line(i)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return path;
}

const padded = (i: number) => String(i).padStart(6, "0");
const note = "x".repeat(200);

/** Reads every item, checking that the reader never runs far ahead of what it has handed out. */
async function readAll(reader: ItemReader, bytesBefore: (item: number) => number) {
  const heapBefore = retainedHeap();
  let peakHeapGrowth = 0;
  let items = 0;
  for await (const item of reader) {
    expect("raw" in item).toBe(true);
    items++;
    if (items % 5_000 === 0) {
      const readAhead = reader.progress().bytesRead - bytesBefore(items);
      expect(readAhead).toBeLessThanOrEqual(2 * CHUNK_BYTES);
    }
    if (items % 50_000 === 0)
      peakHeapGrowth = Math.max(peakHeapGrowth, retainedHeap() - heapBefore);
  }
  return { items, peakHeapGrowth };
}

describe("big files", () => {
  it(`streams ${LINES} JSON lines in bounded memory`, async () => {
    const line = (i: number) =>
      JSON.stringify({ type: "person", source: "crm", id: padded(i), note });
    const path = await writeLines("big.jsonl", undefined, line);
    const lineBytes = line(0).length + 1;
    const { items, peakHeapGrowth } = await readAll(readJsonl(path), (n) => n * lineBytes);
    expect(items).toBe(LINES);
    // The file is ~47 MB; holding a fraction of it, or of its parsed lines, would show here.
    expect(peakHeapGrowth).toBeLessThan(8 * 1024 * 1024);
  });

  it(`streams ${LINES} CSV rows in bounded memory`, async () => {
    const header = "id,email,note";
    const line = (i: number) => `${padded(i)},p${padded(i)}@example.com,${note}`;
    const path = await writeLines("big.csv", header, line);
    const lineBytes = line(0).length + 1;
    const { items, peakHeapGrowth } = await readAll(
      readCsv(path),
      (n) => header.length + 1 + n * lineBytes,
    );
    expect(items).toBe(LINES);
    expect(peakHeapGrowth).toBeLessThan(8 * 1024 * 1024);
  });
});
