// Merge candidates are refreshed after an import batch commits, not inside it. The batch writes
// the ids of the people it changed into CandidateRefresh in its own transaction; a refresher then
// takes them off that queue on another connection and refreshes their blocking keys and merge
// suggestions (suggest.ts) in a transaction of its own, which deletes the queue rows it served.
// So on PostgreSQL the refresh runs on the second core while the next batch is written, a crash
// between the two transactions leaves the people queued (the next start or import refreshes
// them), and nothing is refreshed twice or lost.
import type pg from "pg";
import type { Database } from "../db/database.ts";
import { isRecordFault } from "../db/refusals.ts";
import { priceForIndexProbes, withTransaction } from "../db/transaction.ts";
import { logger } from "../log.ts";
import { refreshIdentityCandidates } from "./suggest.ts";

const log = logger("identity");

/**
 * Held until COMMIT by every transaction that rewrites blocking keys or merge suggestions: the
 * refresher, every merge or unmerge (merge.ts) and a reviewer's decision (review.ts). A merge moves the absorbed person's keys and
 * suggestions to the survivor; a refresh running beside it could write them again for the
 * absorbed person, or wait on the merge's rows while the merge waits on its own (a deadlock
 * that would fail the import's batch). The refresher takes nothing before it, so it never waits
 * on a batch while holding what the batch needs.
 */
const IDENTITY_CANDIDATES_LOCK = 727004;

export async function lockIdentityCandidates(client: pg.PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1)", [IDENTITY_CANDIDATES_LOCK]);
}

/** Queues people whose merge candidates must be refreshed, in the caller's transaction. */
export async function queueCandidateRefresh(
  client: pg.PoolClient,
  personIds: number[],
): Promise<void> {
  if (personIds.length === 0) return;
  await client.query(`INSERT INTO "CandidateRefresh" ("personId") SELECT unnest($1::int[])`, [
    personIds,
  ]);
}

/**
 * Queue rows taken per transaction. The refresh costs a handful of statements whatever its size,
 * so larger steps cost less per person; but a step holds the candidates lock, which a batch that
 * merges has to wait for, and its memory grows with the people it compares.
 */
const STEP_SIZE = 4_000;

export class CandidateRefresher {
  private running: Promise<void> | null = null;
  /** Set by every refresh() call: rows may have been queued since the current step looked. */
  private again = false;

  constructor(private readonly pool: pg.Pool) {}

  /**
   * Refreshes queued people until the queue is empty, and resolves then: every person queued by
   * a transaction that committed before this call has been refreshed. Calls while a run is in
   * progress join it (and make it look again before it stops).
   */
  refresh(): Promise<void> {
    this.again = true;
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * refresh(), resolving when it is done whether or not it succeeded: a failure is logged and the
   * people stay queued for the next refresh (their batches have committed, so they are not lost).
   */
  refreshOrLog(): Promise<void> {
    return this.refresh().catch((error: unknown) =>
      log.warn(
        { err: (error as Error).message },
        "refreshing merge candidates failed; the people stay queued for the next refresh",
      ),
    );
  }

  /** Starts refreshOrLog() without waiting for it. */
  refreshInBackground(): void {
    void this.refreshOrLog();
  }

  /** Waits for the run in progress, if any, without failing (before the pool closes). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async run(): Promise<void> {
    for (;;) {
      this.again = false;
      const taken = await this.step();
      if (taken === 0 && !this.again) return;
    }
  }

  /** One transaction: takes up to STEP_SIZE queued rows and refreshes their people. */
  private step(): Promise<number> {
    return withTransaction(this.pool, async (client) => {
      await lockIdentityCandidates(client);
      await priceForIndexProbes(client);
      const { rows } = await client.query<{ personId: number }>(
        `DELETE FROM "CandidateRefresh" WHERE id IN (SELECT id FROM "CandidateRefresh" ORDER BY id LIMIT $1)
         RETURNING "personId"`,
        [STEP_SIZE],
      );
      if (rows.length === 0) return 0;
      await refreshIsolatingFaults(client, [...new Set(rows.map((row) => row.personId))]);
      return rows.length;
    });
  }
}

/**
 * Refreshes under a savepoint; when the database refuses a person's keys or suggestions for a
 * reason of the data, the people are refreshed again in halves down to the one at fault, which
 * is logged and left out: one person cannot hold up everyone queued behind it.
 */
async function refreshIsolatingFaults(client: pg.PoolClient, personIds: number[]): Promise<void> {
  await client.query("SAVEPOINT candidate_refresh");
  try {
    await refreshIdentityCandidates(client, personIds);
    await client.query("RELEASE SAVEPOINT candidate_refresh");
  } catch (error) {
    if (!isRecordFault(error)) throw error;
    await client.query(
      "ROLLBACK TO SAVEPOINT candidate_refresh; RELEASE SAVEPOINT candidate_refresh",
    );
    if (personIds.length === 1) {
      log.warn(
        { personId: personIds[0], code: error.code, reason: (error as Error).message },
        "the database refused a person's merge candidates; they were left as they were",
      );
      return;
    }
    const half = Math.ceil(personIds.length / 2);
    await refreshIsolatingFaults(client, personIds.slice(0, half));
    await refreshIsolatingFaults(client, personIds.slice(half));
  }
}

const refreshers = new WeakMap<Database, CandidateRefresher>();

/** The one refresher of a database in this process. */
export function candidateRefresherOf(db: Database): CandidateRefresher {
  let refresher = refreshers.get(db);
  if (!refresher) refreshers.set(db, (refresher = new CandidateRefresher(db.pool)));
  return refresher;
}
