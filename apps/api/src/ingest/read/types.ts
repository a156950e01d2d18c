import type { TextEncoding } from "./decode.ts";

/** One input item: a parsed value (a record, CSV row or document) or why that line could not be read. */
export type ReadItem = { line: number; raw: unknown } | { line: number; error: string };

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/** A file read as a stream of items, with what a progress bar and an import report need. */
export interface ItemReader extends AsyncIterable<ReadItem> {
  /** Known once reading has started; Windows-1252 may replace UTF-8 when a non-UTF-8 byte shows up. */
  readonly encoding: TextEncoding | undefined;
  progress(): ReadProgress;
}

export type { TextEncoding };
