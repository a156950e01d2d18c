// The import pipeline: validates records and writes a batch of them to the graph in one
// transaction with set-based SQL. GraphQL `ingest`, `parley import`, the demo and its trickle all
// come through here.
import type pg from "pg";
import { updateCasesForMessages } from "../../cases/auto.ts";
import type { AppServices } from "../../context.ts";
import { isRecordFault } from "../../db/refusals.ts";
import { priceForIndexProbes, withTransaction } from "../../db/transaction.ts";
import { type MessageScore, scoreMessage, TEXT_KIND_OF_CHANNEL } from "../../enrich/index.ts";
import { nextTurn } from "../../event-loop.ts";
import { coalesceEvents, type NewEvent, recordEvents } from "../../events/log.ts";
import { candidateRefresherOf, queueCandidateRefresh } from "../../identity/refresh-queue.ts";
import { resolveWaitingMentions } from "../../influence/interactions.ts";
import { prioritizeNewMessages } from "../../influence/priority.ts";
import { logger } from "../../log.ts";
import type {
  BrandRecord,
  DealRecord,
  MembershipRecord,
  MessageRecord,
  ParleyRecord,
  Rejection,
  TouchpointRecord,
} from "../records/types.ts";
import { validateRecord } from "../records/validate.ts";
import { rematchMentions } from "./mentions.ts";
import { PeopleResolver } from "./people.ts";
import { oneStatementAtATime } from "./sql.ts";
import { applyPersonActivity } from "./writers/activities.ts";
import { loadBrandMatcher, writeBrands } from "./writers/brands.ts";
import type { Outcome, Row, WriteContext } from "./writers/context.ts";
import { writeDeals } from "./writers/deals.ts";
import { writeMemberships } from "./writers/memberships.ts";
import { writeMessages } from "./writers/messages.ts";
import { writeTouchpoints } from "./writers/touchpoints.ts";

const log = logger("ingest");

export interface IngestResult {
  created: number;
  updated: number;
  merged: number;
  unchanged: number;
  rejected: Rejection[];
}

export interface IngestOptions {
  /** Who is importing, recorded on merges. */
  actor: string;
  /** The source of records that name none. */
  source?: string;
  /** Added to each record's position in rejections, for callers that number records across batches. */
  indexOffset?: number;
  /**
   * Runs inside the batch's transaction after the records are written and before COMMIT, so a
   * caller's own bookkeeping (an import's progress, an idempotency record) commits with the batch.
   */
  beforeCommit?: (client: pg.PoolClient, result: IngestResult) => Promise<void>;
}

export const emptyResult = (): IngestResult => ({
  created: 0,
  updated: 0,
  merged: 0,
  unchanged: 0,
  rejected: [],
});

/**
 * The pure half of a batch: validation, identity keys and text enrichment need no database, so an
 * import prepares the next batch while the previous one is being written.
 */
export interface PreparedBatch {
  records: ParleyRecord[];
  /** Each record's position among the caller's records (with the index offset), for rejections. */
  positions: number[];
  rejected: Rejection[];
  people: PeopleResolver;
  brands: Row<BrandRecord>[];
  messages: Row<MessageRecord>[];
  touchpoints: Row<TouchpointRecord>[];
  deals: Row<DealRecord>[];
  memberships: Row<MembershipRecord>[];
  /** Sentiment and intent of each message row, in the order of `messages`. */
  scores: MessageScore[];
}

/**
 * Records prepared between two turns of the event loop (nextTurn says why). Preparing runs while
 * the previous batch is written; in one piece it held that batch's next statement back for a tenth
 * of a second or more per batch. A slice takes a few milliseconds.
 */
const PREPARE_SLICE = 100;

export async function prepareBatch(
  records: unknown[],
  options: Pick<IngestOptions, "source" | "indexOffset">,
): Promise<PreparedBatch> {
  const offset = options.indexOffset ?? 0;
  const valid: ParleyRecord[] = [];
  const positions: number[] = [];
  const rejected: Rejection[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % PREPARE_SLICE === 0) await nextTurn();
    const raw = records[i];
    const withSource =
      options.source &&
      typeof raw === "object" &&
      raw !== null &&
      !Array.isArray(raw) &&
      (raw as { source?: unknown }).source == null
        ? { ...raw, source: options.source }
        : raw;
    const validation = validateRecord(withSource, offset + i);
    if (!validation.ok) {
      rejected.push(validation.rejection);
      continue;
    }
    valid.push(validation.record);
    positions.push(offset + i);
  }
  const prepared = { ...emptyBatch(valid, positions), rejected };
  for (let index = 0; index < valid.length; index++) {
    if (index > 0 && index % PREPARE_SLICE === 0) await nextTurn();
    addToBatch(prepared, valid[index]!, index);
  }
  return prepared;
}

/** Prepares records already validated (the halves of a batch the database refused), in one piece. */
function prepareRecords(records: ParleyRecord[], positions: number[]): PreparedBatch {
  const prepared = emptyBatch(records, positions);
  records.forEach((record, index) => addToBatch(prepared, record, index));
  return prepared;
}

function emptyBatch(records: ParleyRecord[], positions: number[]): PreparedBatch {
  return {
    records,
    positions,
    rejected: [],
    people: new PeopleResolver(),
    brands: [],
    messages: [],
    touchpoints: [],
    deals: [],
    memberships: [],
    scores: [],
  };
}

/** Adds the record at `index` of `prepared.records` to its writer's rows. */
function addToBatch(prepared: PreparedBatch, record: ParleyRecord, index: number): void {
  const { people } = prepared;
  switch (record.type) {
    case "person":
      people.addRecord(record, index);
      break;
    case "message":
      prepared.messages.push({ record, index, mention: people.addRef(record.author, index) });
      prepared.scores.push(scoreMessage(record.text, TEXT_KIND_OF_CHANNEL[record.channel]));
      break;
    case "touchpoint":
      prepared.touchpoints.push({ record, index, mention: people.addRef(record.person, index) });
      break;
    case "deal":
      prepared.deals.push({
        record,
        index,
        mention: record.contact && people.addRef(record.contact, index),
      });
      break;
    case "membership":
      prepared.memberships.push({ record, index, mention: people.addRef(record.person, index) });
      break;
    case "brand":
      prepared.brands.push({ record, index });
      break;
  }
}

/**
 * Validates `records` and writes the valid ones in one transaction: all of them or, on any error,
 * none. Rejections are reported with the record's index, never dropped silently.
 */
export async function ingestBatch(
  services: AppServices,
  records: unknown[],
  options: IngestOptions,
): Promise<IngestResult> {
  const result = await writeBatch(services, await prepareBatch(records, options), options);
  // The caller sees the batch's merge suggestions when it returns. The batch has committed: a
  // refresh that fails is logged and its people stay queued for the next one.
  await candidateRefresherOf(services.db).refreshOrLog();
  return result;
}

/**
 * Writes a prepared batch in one transaction: all of it or, on any error, none. A record the
 * database refuses is rejected on its own (see writeIsolatingFaults); the others are written.
 */
export async function writeBatch(
  services: AppServices,
  batch: PreparedBatch,
  options: IngestOptions,
): Promise<IngestResult> {
  const result: IngestResult = { ...emptyResult(), rejected: [...batch.rejected] };
  if (batch.records.length === 0 && !options.beforeCommit) return result;

  const events = await withTransaction(services.db.pool, async (client) => {
    await priceForIndexProbes(client);
    const refused: Rejection[] = [];
    const written = await writeIsolatingFaults(client, batch, options.actor, refused);
    for (const outcome of written.outcomes) result[outcome]++;
    if (refused.length > 0)
      result.rejected = [...result.rejected, ...refused].sort((a, b) => a.index - b.index);
    await options.beforeCommit?.(client, result);
    return written.events;
  });
  // Merge candidates of the people the batch changed, on another connection while the caller
  // goes on (the next batch of an import is written meanwhile).
  candidateRefresherOf(services.db).refreshInBackground();
  if (events.length > 0) {
    await updateCasesForMessages(services, events);
    services.live.notify();
    services.influence?.dataChanged();
  }
  return result;
}

/**
 * Writes the batch under a savepoint. When the database refuses it for a reason validation did
 * not foresee, the batch is rolled back to the savepoint and written again in halves, down to the
 * record at fault, which is rejected with the database's reason: one bad record costs about
 * 2·log2(n) extra attempts and never sinks its batch. Everything stays in the caller's
 * transaction, so the batch still commits (with its bookkeeping) all at once.
 */
async function writeIsolatingFaults(
  client: pg.PoolClient,
  batch: PreparedBatch,
  actor: string,
  refused: Rejection[],
): Promise<{ outcomes: Outcome[]; events: NewEvent[] }> {
  await client.query("SAVEPOINT batch_records");
  try {
    const written = await writeRecords(client, batch, actor);
    await client.query("RELEASE SAVEPOINT batch_records");
    return written;
  } catch (error) {
    if (!isRecordFault(error)) throw error;
    await client.query("ROLLBACK TO SAVEPOINT batch_records; RELEASE SAVEPOINT batch_records");
    const { records, positions } = batch;
    if (records.length === 1) {
      const record = records[0]!;
      // The error's detail quotes the row, personal data included: the log keeps only what identifies the fault.
      const { code, constraint, table } = error;
      log.warn(
        {
          code,
          constraint,
          table,
          reason: error.message,
          type: record.type,
          source: record.source,
          id: record.id,
        },
        "the database refused a record",
      );
      refused.push({
        index: positions[0]!,
        type: record.type,
        source: record.source,
        id: record.id,
        field: "(record)",
        reason: `was refused by the database: ${error.message}`,
      });
      return { outcomes: [], events: [] };
    }
    const half = Math.ceil(records.length / 2);
    const first = await writeIsolatingFaults(
      client,
      prepareRecords(records.slice(0, half), positions.slice(0, half)),
      actor,
      refused,
    );
    const second = await writeIsolatingFaults(
      client,
      prepareRecords(records.slice(half), positions.slice(half)),
      actor,
      refused,
    );
    return {
      outcomes: [...first.outcomes, ...second.outcomes],
      events: [...first.events, ...second.events],
    };
  }
}

async function writeRecords(
  client: pg.PoolClient,
  batch: PreparedBatch,
  actor: string,
): Promise<{ outcomes: Outcome[]; events: NewEvent[] }> {
  const { records } = batch;
  const events: NewEvent[] = [];
  const outcomes: Outcome[] = new Array(records.length).fill("unchanged");
  const resolved = await batch.people.resolve(client, { actor, events });
  records.forEach((record, index) => {
    if (record.type === "person") outcomes[index] = resolved.outcomeOf(index);
  });
  const shared = oneStatementAtATime(client);
  const ctx: WriteContext = {
    client: shared,
    events,
    outcomes,
    personOf: resolved.personOf,
    reachOf: resolved.reachOf,
    activity: new Map(),
  };
  const changedBrands = await writeBrands(ctx, batch.brands);
  const matcher = await loadBrandMatcher(client);
  await rematchMentions(client, matcher, changedBrands);
  // Independent writers share the connection: while the database runs one's statement, this
  // process builds the next one's. Merge candidates are refreshed after COMMIT, from the queue
  // this batch writes (identity/refresh-queue.ts).
  await allSettledOrThrow([
    writeMessages(ctx, batch.messages, batch.scores, matcher),
    writeTouchpoints(ctx, batch.touchpoints),
    writeDeals(ctx, batch.deals),
    writeMemberships(ctx, batch.memberships),
    queueCandidateRefresh(shared, resolved.changed),
  ]);
  await applyPersonActivity(client, ctx.activity);
  await resolveWaitingMentions(client, records);
  await prioritizeNewMessages(client, events);
  // A record that linked two people is reported as the merge it caused.
  records.forEach((record, index) => {
    if (record.type !== "person" && resolved.mergedBy(index)) outcomes[index] = "merged";
  });
  await recordEvents(client, coalesceEvents(events));
  return { outcomes, events };
}

/**
 * Waits for every task before reporting the failure that came first (the others then fail with
 * "current transaction is aborted"): a task still running would otherwise send its next
 * statement after the caller's ROLLBACK, outside the transaction.
 */
async function allSettledOrThrow(tasks: Array<Promise<unknown> | undefined>): Promise<void> {
  let first: { error: unknown } | undefined;
  await Promise.all(
    tasks.map((task) => task?.catch((error: unknown) => void (first ??= { error }))),
  );
  if (first) throw first.error;
}
