// A reviewer's decisions on merge suggestions: the SQL behind acceptMergeSuggestion and
// rejectMergeSuggestion (accepting one merges through merge.ts).
import type pg from "pg";
import { NotFoundError, ValidationError } from "../errors.ts";
import { lockIdentityCandidates } from "./refresh-queue.ts";

/** Locks a suggestion for the caller's transaction; refuses one already decided. */
export async function lockPendingSuggestion(client: pg.PoolClient, id: number) {
  // Before the row: the refresher rewrites suggestions under this lock, so taking the row first
  // and the lock later (accepting merges) could wait on the refresher while it waits on the row.
  await lockIdentityCandidates(client);
  const {
    rows: [suggestion],
  } = await client.query(
    `SELECT id, "personAId", "personBId", score, explanation, status, "decidedBy" FROM "MergeSuggestion" WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!suggestion) throw new NotFoundError("MergeSuggestion", String(id));
  if (suggestion.status !== "pending") {
    throw new ValidationError(
      "id",
      `suggestion ${id} was already ${suggestion.status} by ${suggestion.decidedBy ?? "an earlier merge"}`,
      "MergeSuggestion",
    );
  }
  return suggestion as {
    id: number;
    personAId: number;
    personBId: number;
    score: number;
    explanation: string;
  };
}

export async function rejectSuggestion(
  client: pg.PoolClient,
  id: number,
  decidedBy: string,
): Promise<void> {
  await client.query(
    `UPDATE "MergeSuggestion" SET status = 'rejected', "decidedBy" = $2, "decidedAt" = now() WHERE id = $1`,
    [id, decidedBy],
  );
}
