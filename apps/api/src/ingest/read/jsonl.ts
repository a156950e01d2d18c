import { itemReader, TextFile } from "./text-file.ts";
import type { ItemReader, ReadItem } from "./types.ts";

/** Longer lines are reported and skipped, so one runaway line cannot exhaust memory. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Reads a JSON Lines file: one item per non-blank line; a line that is not JSON becomes an error item. */
export function readJsonl(path: string): ItemReader {
  return itemReader(new TextFile(path), jsonlItems);
}

async function* jsonlItems(file: TextFile): AsyncGenerator<ReadItem> {
  for await (const { line, text } of lines(file.chunks())) {
    if (text === undefined) {
      yield { line, error: `line is longer than ${MAX_LINE_CHARS} characters` };
    } else if (text.trim() !== "") {
      yield parseLine(line, text);
    }
  }
}

function parseLine(line: number, text: string): ReadItem {
  try {
    return { line, raw: JSON.parse(text) };
  } catch (error) {
    return { line, error: `invalid JSON: ${(error as Error).message}` };
  }
}

/** Splits text chunks into numbered lines; `text` is undefined for a line over MAX_LINE_CHARS. */
export async function* lines(
  chunks: AsyncIterable<string>,
): AsyncGenerator<{ line: number; text?: string }> {
  let pending = "";
  let line = 1;
  let overlong = false;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      yield overlong ? { line } : { line, text: withoutCr(pending.slice(start, end)) };
      overlong = false;
      line++;
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) {
      overlong = true;
      pending = "";
    }
  }
  if (overlong) yield { line };
  else if (pending !== "") yield { line, text: withoutCr(pending) };
}

const withoutCr = (text: string) => (text.endsWith("\r") ? text.slice(0, -1) : text);
