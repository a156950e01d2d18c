import type { CsvRow } from "../read/csv.ts";
import type { RecordType } from "../records/types.ts";
import type { CsvMapping } from "./generic-csv-mapping.ts";

/** A record in the wire format, before validation: what a preset produces from one row or document. */
export type RawRecord = { type: RecordType; source: string; id?: string; [field: string]: unknown };

export interface PresetContext {
  /** The `source` of every record produced, e.g. "salesforce" or a name the user chose. */
  source: string;
  /** The column mapping; only the generic-csv preset reads one. */
  mapping?: CsvMapping;
}

interface PresetInfo {
  name: string;
  description: string;
  /** Source name used when the user gives none. */
  defaultSource: string;
}

/** Maps the rows of a CSV export, one row at a time. */
export interface CsvPreset extends PresetInfo {
  input: "csv-row";
  formats: readonly ["csv"];
  /** Why a CSV with these headers cannot be read by this preset, or undefined when it can. */
  checkHeaders(headers: readonly string[], ctx: PresetContext): string | undefined;
  toRecords(row: CsvRow, ctx: PresetContext): RawRecord[];
}

/** Maps whole JSON documents: a .json file, or each line of a .jsonl file. */
export interface DocumentPreset extends PresetInfo {
  input: "document";
  formats: readonly ["json", "jsonl"];
  matchesDocument(document: unknown): boolean;
  toRecords(document: unknown, ctx: PresetContext): RawRecord[];
}

/** Maps a whole XML document (a feed) read as bytes: XML declares its own encoding. */
export interface XmlPreset extends PresetInfo {
  input: "xml";
  formats: readonly ["xml"];
  toRecords(bytes: Buffer, ctx: PresetContext): RawRecord[];
}

export type Preset = CsvPreset | DocumentPreset | XmlPreset;
