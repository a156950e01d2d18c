import { itemReader, TextFile } from "./text-file.ts";
import type { ItemReader, ReadItem } from "./types.ts";

/** A whole JSON document must fit in one string; V8 strings stop near 512 MiB, so stay well below. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a .json file as a single item on line 1. API responses (Twitter search pages, Zendesk
 * ticket lists) are one document each; larger exports should be split into .jsonl, one document a line.
 */
export function readJsonDocument(path: string): ItemReader {
  return itemReader(new TextFile(path), documentItems);
}

async function* documentItems(file: TextFile): AsyncGenerator<ReadItem> {
  if (file.totalBytes > MAX_DOCUMENT_BYTES) {
    yield {
      line: 1,
      error: `a .json document over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB cannot be read whole; write it as .jsonl, one document per line`,
    };
    return;
  }
  const parts: string[] = [];
  for await (const chunk of file.chunks()) parts.push(chunk);
  try {
    yield { line: 1, raw: JSON.parse(parts.join("")) };
  } catch (error) {
    yield { line: 1, error: `invalid JSON: ${(error as Error).message}` };
  }
}
