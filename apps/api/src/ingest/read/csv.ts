import { Readable } from "node:stream";
import { type CsvError, type Info, parse } from "csv-parse";
import { TextFile } from "./text-file.ts";
import type { ItemReader, ReadItem } from "./types.ts";

export type CsvRow = Record<string, string>;

export interface CsvReader extends ItemReader {
  /** The header row, trimmed; known once the first row is read. */
  readonly headers: readonly string[] | undefined;
}

/** A quoted field larger than this is taken for an unclosed quote rather than read into memory. */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** Single-cell rows after a blank line, up to this many, may be a report footer (Salesforce adds one). */
const MAX_FOOTER_ROWS = 20;

/**
 * Reads a CSV file with a header row: one item per data row, keyed by header.
 * The delimiter (comma, semicolon, tab or pipe) is taken from the header line; rows whose
 * field count differs from the header's are error items, except a trailing report footer.
 */
export function readCsv(path: string): CsvReader {
  const file = new TextFile(path);
  let headers: string[] | undefined;
  return {
    get encoding() {
      return file.encoding;
    },
    get headers() {
      return headers;
    },
    progress: () => file.progress(),
    [Symbol.asyncIterator]: () =>
      csvItems(file, (found) => {
        headers = found;
      }),
  };
}

type ParsedRecord = { record: string[]; raw: string; info: Info };
/** A row the parser gave up on, placed by how many rows it had read before it. */
type SkippedRow = { recordsBefore: number; error: string };

async function* csvItems(
  file: TextFile,
  onHeaders: (headers: string[]) => void,
): AsyncGenerator<ReadItem> {
  const chunks = file.chunks();
  const first = await chunks.next();
  if (first.done) return;

  const skipped: SkippedRow[] = [];
  const parser = parse({
    delimiter: sniffDelimiter(first.value),
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: (error: CsvError | undefined) => {
      if (error) skipped.push({ recordsBefore: error.records, error: describeCsvError(error) });
      return undefined;
    },
  });
  const source = Readable.from(withFirst(first.value, chunks));
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);

  try {
    yield* rowItems(parser as AsyncIterable<ParsedRecord>, skipped, onHeaders);
  } finally {
    // Stops the file stream too when the caller leaves early, e.g. after reading the headers.
    source.destroy();
    parser.destroy();
  }
}

async function* rowItems(
  records: AsyncIterable<ParsedRecord>,
  skipped: SkippedRow[],
  onHeaders: (headers: string[]) => void,
): AsyncGenerator<ReadItem> {
  let headers: string[] | undefined;
  let afterBlankLine = false;
  let maybeFooter: ReadItem[] = [];

  // Counted from each row's raw text: csv-parse's own count is one too high after a quoted CRLF.
  let nextLine = 1;
  for await (const { record, raw, info } of records) {
    // The parser reports a skipped row as soon as it meets it, possibly before rows it has buffered.
    while (skipped.length > 0 && skipped[0]!.recordsBefore < info.records) {
      yield { line: nextLine, error: skipped.shift()!.error };
    }
    const line = nextLine;
    nextLine += lineBreaks(raw);

    if (record.length === 1 && record[0]!.trim() === "") {
      afterBlankLine = true;
      continue;
    }
    if (!headers) {
      headers = record.map((name) => name.trim());
      onHeaders(headers);
      continue;
    }
    if (record.length !== headers.length) {
      const error = {
        line,
        error: `has ${record.length} fields, the header has ${headers.length}`,
      };
      if (afterBlankLine && record.length === 1 && maybeFooter.length < MAX_FOOTER_ROWS) {
        maybeFooter.push(error);
        continue;
      }
      yield* maybeFooter;
      maybeFooter = [];
      yield error;
      continue;
    }
    yield* maybeFooter;
    maybeFooter = [];
    afterBlankLine = false;
    yield { line, raw: toRow(headers, record) };
  }
  // Rows still held in maybeFooter ended the file: a footer, not data.
  for (const row of skipped) yield { line: nextLine, error: row.error };
}

function toRow(headers: readonly string[], record: readonly string[]): CsvRow {
  // defineProperty-like semantics of fromEntries keep a "__proto__" header an ordinary key.
  return Object.fromEntries(headers.map((header, i) => [header, record[i]!]));
}

/** csv-parse's line numbers drift after quoted CRLFs, so its messages are reworded without them. */
function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field opened on this line is never closed; the rest of the file was not read";
    case "CSV_MAX_RECORD_SIZE":
      return `a row is longer than ${MAX_RECORD_CHARS} characters (an unclosed quote?); the rest of the file was not read`;
    default:
      return error.message;
  }
}

async function* withFirst(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  try {
    yield first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

/** Line breaks in a row's raw text, its own included: csv-parse leaves the "\n" of a closing CRLF out. */
function lineBreaks(raw: string): number {
  let count = raw.endsWith("\r") ? 1 : 0;
  for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) count++;
  return count;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/** European Excel writes ";" and many tools write tabs; the header line shows which one is in use. */
export function sniffDelimiter(text: string): string {
  const newline = text.indexOf("\n");
  const headerLine = newline === -1 ? text : text.slice(0, newline);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
