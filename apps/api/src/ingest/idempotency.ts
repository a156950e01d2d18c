// Idempotent `ingest` calls, as Stripe's idempotency keys work: the first call with a key stores its
// result with a hash of its records; a repeat with the same records returns that result and writes
// nothing; a repeat with other records is a mistake (a key reused for a new batch) and is refused,
// instead of silently dropping the new records.
import crypto from "node:crypto";
import type pg from "pg";
import type { AppServices } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { type IngestResult, ingestBatch } from "./pipeline/index.ts";
import { unstorable } from "./records/fields.ts";

/** Keys live in a unique index; a client's keys are UUIDs or short names. */
export const maxIdempotencyKeyLength = 255;

/** Literal text among the values still to write, in canonicalJson's stack. */
class Text {
  constructor(readonly text: string) {}
}

/**
 * JSON with every object's keys sorted: the same records give the same text however they were
 * written. Iterative, since a record may nest deeper than the call stack (unknown fields are kept
 * in the request, if not in the graph).
 */
function canonicalJson(root: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Text) out.push(item.text);
    else if (Array.isArray(item)) {
      stack.push(new Text("]"));
      for (let i = item.length - 1; i >= 0; i--)
        stack.push(item[i], ...(i > 0 ? [new Text(",")] : []));
      out.push("[");
    } else if (typeof item === "object" && item !== null) {
      const keys = Object.keys(item).sort();
      stack.push(new Text("}"));
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(
          (item as Record<string, unknown>)[keys[i]!],
          new Text(`${i > 0 ? "," : ""}${JSON.stringify(keys[i])}:`),
        );
      }
      out.push("{");
    } else out.push(JSON.stringify(item) ?? "null");
  }
  return out.join("");
}

export const recordsHash = (records: unknown[]): string =>
  crypto.createHash("sha256").update(canonicalJson(records)).digest("hex");

interface StoredCall {
  kind: string;
  requestHash: string | null;
  result: IngestResult;
}

async function storedCall(pool: pg.Pool, key: string): Promise<StoredCall | undefined> {
  const { rows } = await pool.query<StoredCall>(
    `SELECT kind, "requestHash", result FROM "Ingestion" WHERE "idempotencyKey" = $1`,
    [key],
  );
  return rows[0];
}

/** The stored result when the call repeats the stored one; refuses a key reused for something else. */
function replay(stored: StoredCall, key: string, hash: string): IngestResult {
  // Keys stored before hashes were kept (requestHash null) can only be trusted.
  if (stored.kind === "api" && (stored.requestHash === null || stored.requestHash === hash))
    return stored.result;
  const reason =
    stored.kind === "api"
      ? `was already used with different records; the same key returns the first call's result only for the same records, so send those again or use a new key for new records`
      : `is already taken by a ${stored.kind} import; use another key`;
  throw new ValidationError("idempotencyKey", `${JSON.stringify(key)} ${reason}`);
}

/** `ingest` with an idempotency key: writes the records once, and stores the result with the batch. */
export async function ingestOnce(
  services: AppServices,
  records: unknown[],
  options: { key: string; actor: string },
): Promise<IngestResult> {
  const { key, actor } = options;
  const unusable = unstorable(key, maxIdempotencyKeyLength);
  if (unusable) throw new ValidationError("idempotencyKey", unusable.reason);
  const hash = recordsHash(records);
  const stored = await storedCall(services.db.pool, key);
  if (stored) return replay(stored, key, hash);
  try {
    return await ingestBatch(services, records, {
      actor,
      // The outcome commits with the records, so a retry after a lost response finds it.
      beforeCommit: async (client, result) => {
        await client.query(
          `INSERT INTO "Ingestion" ("idempotencyKey", kind, name, status, result, "finishedAt", actor, "requestHash")
           VALUES ($1, 'api', $1, 'finished', $2::jsonb, now(), $3, $4)`,
          [key, JSON.stringify(result), actor, hash],
        );
      },
    });
  } catch (error) {
    // Two calls with the same key at once: the one that lost the race answers as a repeat would.
    if ((error as { code?: string }).code === "23505") {
      const winner = await storedCall(services.db.pool, key);
      if (winner) return replay(winner, key, hash);
    }
    throw error;
  }
}
