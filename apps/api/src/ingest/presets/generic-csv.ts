import type { CsvRow } from "../read/csv.ts";
import { type CsvMapping, type FieldSource, mappedColumns } from "./generic-csv-mapping.ts";
import type { CsvPreset, RawRecord } from "./types.ts";
import { compact, stableId, toIsoDate } from "./values.ts";

/** Fields that hold lists: every mapped non-empty cell becomes one element. */
const LIST_FIELDS = new Set(["emails", "phones", "terms"]);
const DATE_FIELDS = new Set(["at", "closedAt", "stageChangedAt", "joinedAt", "lastActiveAt"]);
/** "handles.twitter" adds {platform: "twitter", handle}; "externalIds.crm" adds {source: "crm", id}. */
const KEYED_LISTS: Record<string, [key: string, value: string]> = {
  handles: ["platform", "handle"],
  externalIds: ["source", "id"],
};

function cellsOf(source: Extract<FieldSource, { columns: string[] }>, row: CsvRow): string[] {
  return source.columns.flatMap((column) => {
    const cell = row[column]?.trim() ?? "";
    if (cell === "") return [];
    return [source.values?.get(cell) ?? source.values?.get(cell.toLowerCase()) ?? cell];
  });
}

/** A field's value: a list for list fields, otherwise the cells joined by a space (e.g. first + last name). */
function readField(path: string, source: FieldSource, row: CsvRow, mapping: CsvMapping): unknown {
  const field = path.slice(path.lastIndexOf(".") + 1);
  if ("value" in source) return LIST_FIELDS.has(field) ? [source.value] : source.value;
  const cells = cellsOf(source, row);
  if (LIST_FIELDS.has(field)) return cells;
  if (cells.length === 0) return undefined;
  const text = cells.join(" ");
  return DATE_FIELDS.has(field) ? toIsoDate(text, mapping.dateOrder) : text;
}

function assign(record: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let target = record;
  for (const [i, segment] of segments.entries()) {
    const keyed = KEYED_LISTS[segment];
    if (keyed && i === segments.length - 2) {
      const [keyField, valueField] = keyed;
      const list = (target[segment] ??= []) as Record<string, unknown>[];
      list.push({ [keyField]: segments[i + 1], [valueField]: value });
      return;
    }
    if (i === segments.length - 1) {
      target[segment] = value;
      return;
    }
    target = (target[segment] ??= {}) as Record<string, unknown>;
  }
}

export const genericCsv: CsvPreset = {
  name: "generic-csv",
  description:
    "Any CSV, with a mapping file (<file>.mapping.json) that maps its columns to record fields",
  input: "csv-row",
  formats: ["csv"],
  defaultSource: "csv",
  checkHeaders(headers, ctx) {
    if (!ctx.mapping)
      return "generic-csv needs a mapping file: put <name>.mapping.json beside <name>.csv";
    const missing = mappedColumns(ctx.mapping).filter((column) => !headers.includes(column));
    if (missing.length === 0) return undefined;
    return `the mapping names columns not in the CSV header: ${missing.map((c) => `"${c}"`).join(", ")} (the header has ${headers.map((h) => `"${h}"`).join(", ")})`;
  },
  toRecords(row, ctx) {
    const mapping = ctx.mapping!;
    return mapping.records.map((recordMapping) => {
      const record: RawRecord = { type: recordMapping.type, source: ctx.source };
      // Without an id column the row's content is its identity, so importing the same row twice changes nothing.
      const id = recordMapping.id
        ? readField("id", recordMapping.id, row, mapping)
        : stableId(recordMapping.type, ...Object.values(row));
      if (id !== undefined) record.id = String(id);
      for (const [path, source] of recordMapping.fields) {
        const value = readField(path, source, row, mapping);
        if (value !== undefined) assign(record, path, value);
      }
      return compact(record);
    });
  },
};
