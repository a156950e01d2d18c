// Reads any supported file as a stream of Parley records (not yet validated): .jsonl records as they
// are, CSV exports and JSON documents through the preset that knows their shape.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import nodePath from "node:path";
import { maxFeedBytes } from "../../feeds/parse.ts";
import { type CsvMapping, loadCsvMapping } from "../presets/generic-csv-mapping.ts";
import {
  type CsvPreset,
  type DocumentPreset,
  type Preset,
  type PresetContext,
  presetNames,
  presets,
  type XmlPreset,
} from "../presets/index.ts";
import { RECORD_TYPES } from "../records/types.ts";
import { type CsvRow, readCsv } from "./csv.ts";
import { readJsonDocument } from "./json-document.ts";
import { readJsonl } from "./jsonl.ts";
import type { ItemReader, ReadItem } from "./types.ts";

/** The file cannot be read as asked: wrong extension, unknown preset, headers the preset cannot read. */
export class SourceFormatError extends Error {
  override name = "SourceFormatError";
}

export interface ReadSourceOptions {
  /** A preset name; inferred from the file when omitted. */
  format?: string;
  /** The `source` of the records produced; defaults to the mapping's `source`, then the preset's default. */
  source?: string;
  /** generic-csv mapping file; defaults to <name>.mapping.json beside <name>.csv. */
  mapping?: string;
}

export interface SourceReader extends ItemReader {
  /** The preset in use, known once reading has started; undefined when the file holds Parley records. */
  readonly preset: string | undefined;
}

type FileKind = "csv" | "jsonl" | "json" | "xml";

function fileKind(path: string): FileKind {
  const extension = nodePath.extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".tsv" || extension === ".txt") return "csv";
  if (extension === ".jsonl" || extension === ".ndjson") return "jsonl";
  if (extension === ".json") return "json";
  if (extension === ".xml" || extension === ".rss" || extension === ".atom") return "xml";
  throw new SourceFormatError(
    `${path}: cannot tell the format from "${extension}"; use .jsonl, .csv, .json or .xml`,
  );
}

function presetByName(name: string, kind: FileKind): Preset {
  const preset = presets.get(name);
  if (!preset)
    throw new SourceFormatError(
      `unknown format "${name}"; known formats: ${presetNames().join(", ")}`,
    );
  if (!(preset.formats as readonly string[]).includes(kind)) {
    throw new SourceFormatError(
      `format ${name} reads ${preset.formats.join(" or ")} files, not .${kind}`,
    );
  }
  return preset;
}

const csvPresets = () => [...presets.values()].filter((p): p is CsvPreset => p.input === "csv-row");
const documentPresets = () =>
  [...presets.values()].filter((p): p is DocumentPreset => p.input === "document");

/** generic-csv is only ever chosen by its mapping file, never guessed from headers. */
const csvPresetForHeaders = (headers: readonly string[], ctx: PresetContext) =>
  csvPresets().find((p) => p.name !== "generic-csv" && p.checkHeaders(headers, ctx) === undefined);

const documentPresetFor = (document: unknown) =>
  documentPresets().find((p) => p.matchesDocument(document));

const isParleyRecord = (raw: unknown) =>
  typeof raw === "object" &&
  raw !== null &&
  (RECORD_TYPES as readonly unknown[]).includes((raw as { type?: unknown }).type);

function mappingPathFor(csvPath: string, explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  const beside = nodePath.join(
    nodePath.dirname(csvPath),
    `${nodePath.parse(csvPath).name}.mapping.json`,
  );
  return existsSync(beside) ? beside : undefined;
}

/**
 * Reads `path` as Parley records. A CSV needs a preset: given, a mapping file beside it
 * (generic-csv), or recognized from its headers. A .json document is recognized by its shape;
 * a .jsonl file holds Parley records unless a preset is given or its first line is a known document.
 */
export function readSource(path: string, options: ReadSourceOptions = {}): SourceReader {
  return new SourceFile(path, options);
}

class SourceFile implements SourceReader {
  /** What is being read, for the encoding and the progress bar. */
  private inner: Pick<ItemReader, "encoding" | "progress"> | undefined;
  private presetInUse: Preset | undefined;

  constructor(
    private readonly path: string,
    private readonly options: ReadSourceOptions,
  ) {}

  get encoding() {
    return this.inner?.encoding;
  }

  get preset() {
    return this.presetInUse?.name;
  }

  progress() {
    return this.inner?.progress() ?? { bytesRead: 0, totalBytes: 0 };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ReadItem> {
    const kind = fileKind(this.path);
    const given =
      this.options.format === undefined ? undefined : presetByName(this.options.format, kind);
    if (kind === "csv") yield* this.csvRecords(given);
    else if (kind === "xml") yield* this.xmlRecords((given ?? presets.get("feed")) as XmlPreset);
    else yield* this.documentRecords(kind, given && asDocumentPreset(given));
  }

  private async *csvRecords(given: Preset | undefined): AsyncGenerator<ReadItem> {
    const mappingPath = mappingPathFor(this.path, this.options.mapping);
    const mapping = mappingPath ? await loadCsvMapping(mappingPath) : undefined;
    const reader = readCsv(this.path);
    this.inner = reader;
    let ctx: PresetContext | undefined;
    for await (const item of reader) {
      if (!ctx)
        ctx = this.startCsv(
          reader.headers ?? [],
          given ?? (mapping && presets.get("generic-csv")),
          mapping,
        );
      if ("error" in item) yield item;
      else {
        const preset = this.presetInUse as CsvPreset;
        yield* mapped(item.line, preset, () => preset.toRecords(item.raw as CsvRow, ctx!));
      }
    }
  }

  /** Settles the preset once the header is known, and refuses headers it cannot read. */
  private startCsv(
    headers: readonly string[],
    chosen: Preset | undefined,
    mapping: CsvMapping | undefined,
  ): PresetContext {
    const probe = { source: "", mapping };
    const preset = chosen ?? csvPresetForHeaders(headers, probe);
    if (!preset || preset.input !== "csv-row") {
      throw new SourceFormatError(
        `${this.path}: no preset recognizes these columns; pass --format, or map them with generic-csv (see docs/records.md)`,
      );
    }
    const problem = preset.checkHeaders(headers, probe);
    if (problem) throw new SourceFormatError(`${this.path}: ${preset.name}: ${problem}`);
    this.presetInUse = preset;
    return { source: this.options.source ?? mapping?.source ?? preset.defaultSource, mapping };
  }

  /** .xml: one document, read whole as bytes (XML declares its own encoding); its faults are line 1's. */
  private async *xmlRecords(preset: XmlPreset): AsyncGenerator<ReadItem> {
    this.presetInUse = preset;
    const totalBytes = statSync(this.path).size;
    let bytesRead = 0;
    this.inner = { encoding: undefined, progress: () => ({ bytesRead, totalBytes }) };
    if (totalBytes > maxFeedBytes) {
      yield {
        line: 1,
        error: `${preset.name}: the file is ${totalBytes} bytes; an XML document is read whole and may have at most ${maxFeedBytes}`,
      };
      return;
    }
    const bytes = await readFile(this.path);
    bytesRead = bytes.length;
    const ctx = { source: this.options.source ?? preset.defaultSource };
    yield* mapped(1, preset, () => preset.toRecords(bytes, ctx));
  }

  /** .jsonl: records, or one document per line; .json: one document. */
  private async *documentRecords(
    kind: "jsonl" | "json",
    given: DocumentPreset | undefined,
  ): AsyncGenerator<ReadItem> {
    const reader = kind === "jsonl" ? readJsonl(this.path) : readJsonDocument(this.path);
    this.inner = reader;
    this.presetInUse = given;
    let decided = given !== undefined;
    for await (const item of reader) {
      if ("error" in item) {
        yield item;
        continue;
      }
      if (!decided) {
        decided = true;
        this.presetInUse = isParleyRecord(item.raw) ? undefined : documentPresetFor(item.raw);
        if (!this.presetInUse && kind === "json") {
          throw new SourceFormatError(
            `${this.path}: no preset recognizes this JSON document; Parley records go in a .jsonl file, one per line`,
          );
        }
      }
      const preset = this.presetInUse as DocumentPreset | undefined;
      if (!preset) {
        yield item;
        continue;
      }
      const ctx = { source: this.options.source ?? preset.defaultSource };
      yield* mapped(item.line, preset, () => preset.toRecords(item.raw, ctx));
    }
  }
}

function asDocumentPreset(preset: Preset): DocumentPreset {
  if (preset.input !== "document")
    throw new SourceFormatError(`format ${preset.name} reads CSV files`);
  return preset;
}

/** One row or document in, its records out; a preset failing on one input costs only that input. */
function* mapped(line: number, preset: Preset, toRecords: () => unknown[]): Generator<ReadItem> {
  let records: unknown[];
  try {
    records = toRecords();
  } catch (error) {
    yield { line, error: `${preset.name}: ${(error as Error).message}` };
    return;
  }
  for (const raw of records) yield { line, raw };
}

/**
 * Names the preset `readSource` would use for this file, or undefined for a file of Parley records
 * (or a CSV no preset recognizes).
 */
export async function detectPreset(path: string): Promise<string | undefined> {
  const kind = fileKind(path);
  if (kind === "xml") return "feed";
  if (kind === "csv") {
    if (mappingPathFor(path, undefined)) return "generic-csv";
    const reader = readCsv(path);
    // The header is known once the first row arrives (or the file ends); no more is read.
    for await (const _row of reader) break;
    return csvPresetForHeaders(reader.headers ?? [], { source: "" })?.name;
  }
  const reader = kind === "jsonl" ? readJsonl(path) : readJsonDocument(path);
  for await (const item of reader) {
    if ("error" in item) continue;
    return isParleyRecord(item.raw) ? undefined : documentPresetFor(item.raw)?.name;
  }
  return undefined;
}
