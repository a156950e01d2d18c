import { describeValue, printable } from "./fields.ts";
import { recordSchemas } from "./schema.ts";
import { RECORD_TYPES, type RecordType, type Rejection, type ValidationResult } from "./types.ts";

const isRecordType = (value: unknown): value is RecordType =>
  typeof value === "string" && (RECORD_TYPES as readonly string[]).includes(value);

/**
 * The record's own identity, as far as it can be read, so a rejection can say which record it was.
 * Shortened and made storable: rejections are stored (idempotent results) and shown.
 */
function identify(raw: Record<string, unknown>): Pick<Rejection, "type" | "source" | "id"> {
  const text = (value: unknown) =>
    typeof value === "string"
      ? printable(value)
      : typeof value === "number"
        ? String(value)
        : undefined;
  return { type: text(raw.type), source: text(raw.source), id: text(raw.id) };
}

/**
 * Checks one raw record (a parsed JSON value) against the records format and normalizes it:
 * numeric ids become strings, timestamps become Dates, emails and handles lower-case.
 * `index` is the caller's position for the record and is echoed in the rejection.
 */
export function validateRecord(raw: unknown, index: number): ValidationResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return reject(index, {}, "(record)", `must be a JSON object, got ${describeValue(raw)}`);
  }
  const fields = raw as Record<string, unknown>;
  if (!isRecordType(fields.type)) {
    const reason =
      fields.type === undefined
        ? "is required"
        : `must be one of ${RECORD_TYPES.join(", ")}, got ${describeValue(fields.type)}`;
    return reject(index, identify(fields), "type", reason);
  }
  const result = recordSchemas[fields.type].safeParse(raw);
  if (result.success) return { ok: true, record: result.data };
  // One reason per record keeps the rejects file readable; the first fault is the one to fix first.
  const issue = result.error.issues[0]!;
  const field = issue.path.length === 0 ? "(record)" : issue.path.map(String).join(".");
  return reject(index, identify(fields), field, issue.message);
}

function reject(
  index: number,
  identity: Pick<Rejection, "type" | "source" | "id">,
  field: string,
  reason: string,
): ValidationResult {
  return { ok: false, rejection: { index, ...identity, field: printable(field), reason } };
}
