// The column mapping file of the generic-csv preset: which CSV columns fill which record fields.
import { readFile } from "node:fs/promises";
import * as z from "zod";
import { recordFields } from "../records/schema.ts";
import { RECORD_TYPES } from "../records/types.ts";

/** Where a field's value comes from: columns (optionally translated through `values`) or a constant. */
export type FieldSource =
  | { columns: string[]; values?: ReadonlyMap<string, string> }
  | { value: string | number | boolean };

export interface RecordMapping {
  type: (typeof RECORD_TYPES)[number];
  id?: FieldSource;
  /** Dotted record field path, e.g. "organization.name" or "handles.twitter", to its source. */
  fields: [path: string, source: FieldSource][];
}

export interface CsvMapping {
  source?: string;
  dateOrder: "mdy" | "dmy";
  records: RecordMapping[];
}

export class CsvMappingError extends Error {
  override name = "CsvMappingError";
}

const columnName = z.string().trim().min(1);
const columnList = z.array(columnName).min(1);

// Value maps match exactly first, then ignoring case: "hot" and "Hot" are the same answer in a form export.
const valueMap = z.record(z.string(), z.string()).transform((values) => {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(values)) map.set(from.toLowerCase(), to);
  for (const [from, to] of Object.entries(values)) map.set(from, to);
  return map;
});

const fieldSource = z.union([
  columnName.transform((column): FieldSource => ({ columns: [column] })),
  columnList.transform((columns): FieldSource => ({ columns })),
  z
    .strictObject({ column: z.union([columnName, columnList]), values: valueMap.optional() })
    .transform(({ column, values }): FieldSource => ({ columns: [column].flat(), values })),
  z.strictObject({ value: z.union([z.string(), z.number(), z.boolean()]) }),
]);

const recordMapping = z
  .strictObject({
    type: z.enum(RECORD_TYPES),
    id: fieldSource.optional(),
    fields: z.record(
      z.string().regex(/^[A-Za-z]+(\.[^.\s]+)*$/, "must be a dotted field path"),
      fieldSource,
    ),
  })
  .superRefine((mapping, ctx) => {
    // Unknown fields would be dropped silently by validation, so a typo must fail here instead.
    for (const path of Object.keys(mapping.fields)) {
      const field = path.split(".")[0]!;
      if (!recordFields[mapping.type].includes(field) || ["type", "source", "id"].includes(field)) {
        ctx.addIssue({
          code: "custom",
          path: ["fields", path],
          message: `"${field}" is not a field of ${mapping.type} records`,
        });
      }
    }
  })
  .transform(
    ({ type, id, fields }): RecordMapping => ({ type, id, fields: Object.entries(fields) }),
  );

const csvMappingSchema = z.strictObject({
  source: z.string().trim().min(1).optional(),
  dateOrder: z.enum(["mdy", "dmy"]).default("mdy"),
  records: z.array(recordMapping).min(1),
});

export function parseCsvMapping(json: unknown, origin: string): CsvMapping {
  const result = csvMappingSchema.safeParse(json);
  if (!result.success) throw new CsvMappingError(`${origin}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export async function loadCsvMapping(path: string): Promise<CsvMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new CsvMappingError(`${path}: cannot read the mapping file: ${(error as Error).message}`);
  }
  return parseCsvMapping(json, path);
}

/** Every column the mapping reads, to check them against the CSV header before reading rows. */
export function mappedColumns(mapping: CsvMapping): string[] {
  const sources = mapping.records.flatMap((record) => [
    record.id,
    ...record.fields.map(([, source]) => source),
  ]);
  return [
    ...new Set(sources.flatMap((source) => (source && "columns" in source ? source.columns : []))),
  ];
}
