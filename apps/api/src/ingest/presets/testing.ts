// Test helper: a docs/samples file read and validated the way an import would.
import { fileURLToPath } from "node:url";
import { type ReadSourceOptions, readSource } from "../read/sources.ts";
import type { ParleyRecord, Rejection } from "../records/types.ts";
import { validateRecord } from "../records/validate.ts";

export const samplePath = (name: string) =>
  fileURLToPath(new URL(`../../../../../docs/samples/${name}`, import.meta.url));

export async function importSample(name: string, options?: ReadSourceOptions) {
  const reader = readSource(samplePath(name), options);
  const records: ParleyRecord[] = [];
  const problems: (Rejection | { line: number; error: string })[] = [];
  let index = 0;
  for await (const item of reader) {
    if ("error" in item) {
      problems.push(item);
      continue;
    }
    const result = validateRecord(item.raw, index++);
    if (result.ok) records.push(result.record);
    else problems.push(result.rejection);
  }
  return { records, problems, preset: reader.preset, encoding: reader.encoding };
}

/** The records of one type, for assertions that read like the sample. */
export const ofType = <T extends ParleyRecord["type"]>(records: ParleyRecord[], type: T) =>
  records.filter((record): record is Extract<ParleyRecord, { type: T }> => record.type === type);
