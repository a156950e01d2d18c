// Lifecycle history. A person keeps only the current stage, so every change of it is also written
// to the timeline as a `stage_change` activity: from person records, from deals (a deal makes its
// contact an opportunity, a won deal makes them a customer) and from merges. Funnels match these
// activities (ActivityFilter.lifecycleStages). Each one carries a key naming the record behind it
// and the stage, unique, so importing the same records again adds nothing.
import type pg from "pg";
import type { Department, LifecycleStage } from "../generated/prisma/enums.ts";
import { iso } from "../ingest/pipeline/sql.ts";

export interface StageChange {
  personId: number;
  stage: LifecycleStage;
  at: Date;
  /** The record behind the change and the stage: see Activity.stageKey. */
  key: string;
  department: Department;
  source: string | null;
  dealId?: number;
}

const stageLabel = (stage: string) =>
  stage === "mql" || stage === "sql" ? stage.toUpperCase() : stage;

export const personRecordStageKey = (recordKey: string, stage: string) =>
  `person ${recordKey} ${stage}`;

/** Writes stage changes to the timeline; a change already recorded (same key) is skipped. */
export async function recordStageChanges(
  client: pg.PoolClient,
  changes: StageChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await client.query(
    `INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, stage, "stageKey", source, "dealId")
     SELECT p, 'stage_change', d::"Department", o, s, st::"LifecycleStage", k, src, deal
       FROM unnest($1::int[], $2::text[], $3::timestamp(3)[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
         AS c(p, d, o, s, st, k, src, deal)
     ON CONFLICT ("stageKey") DO NOTHING`,
    [
      changes.map((c) => c.personId),
      changes.map((c) => c.department),
      changes.map((c) => iso(c.at)),
      changes.map((c) => `Became ${stageLabel(c.stage)}`),
      changes.map((c) => c.stage),
      changes.map((c) => c.key),
      changes.map((c) => c.source),
      changes.map((c) => c.dealId ?? null),
    ],
  );
}

/** One record's claim of a person's lifecycle stage, in the order the batch holds the records. */
export interface StageRecord {
  stage?: string;
  at?: Date;
  recordKey: string;
  source: string | null;
}

/**
 * Walks one person's records in order from the stage stored before the batch and returns a change
 * for every record that names a stage other than the one before it.
 */
export function stageChangesOfRecords(
  personId: number,
  before: LifecycleStage | null,
  records: StageRecord[],
  now: Date,
): StageChange[] {
  const changes: StageChange[] = [];
  let current: string | null = before;
  for (const record of records) {
    if (!record.stage || record.stage === current) continue;
    current = record.stage;
    changes.push({
      personId,
      stage: record.stage as LifecycleStage,
      at: record.at ?? now,
      key: personRecordStageKey(record.recordKey, record.stage),
      department: "marketing",
      source: record.source,
    });
  }
  return changes;
}

export interface DealStageStep {
  personId: number;
  dealId: number;
  source: string;
  at: Date;
  /** `opportunity` when the deal opens, `customer` when it is won. */
  stage: "opportunity" | "customer";
}

/**
 * Moves deal contacts forward in the lifecycle (never back: a customer with a new deal stays a
 * customer; `other` is no position) and records each move. Opportunities go first, so a deal
 * opened and won in one batch records both.
 */
export async function advanceStagesForDeals(
  client: pg.PoolClient,
  steps: DealStageStep[],
): Promise<void> {
  for (const stage of ["opportunity", "customer"] as const) {
    // One row per person: an UPDATE applies only one joined row to each target.
    const byPerson = new Map<number, DealStageStep>();
    for (const step of steps) {
      if (step.stage !== stage) continue;
      const seen = byPerson.get(step.personId);
      if (!seen || step.at < seen.at) byPerson.set(step.personId, step);
    }
    if (byPerson.size === 0) continue;
    const rows = [...byPerson.values()].sort((a, b) => a.personId - b.personId);
    await client.query(
      `WITH input AS (
         SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::timestamp(3)[]) AS i(person, deal, source, at)
       ), moved AS (
         UPDATE "Person" p SET stage = $5::"LifecycleStage", "updatedAt" = now()
           FROM input i
          WHERE p.id = ANY($1::int[]) AND p.id = i.person
            AND (p.stage IS NULL OR p.stage = 'other' OR p.stage < $5::"LifecycleStage")
         RETURNING p.id, i.deal, i.source, i.at
       )
       INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, stage, "stageKey", source, "dealId")
       SELECT id, 'stage_change', 'sales', at, $6, $5::"LifecycleStage", 'deal ' || deal || ' ' || $5, source, deal FROM moved
       ON CONFLICT ("stageKey") DO NOTHING`,
      [
        rows.map((r) => r.personId),
        rows.map((r) => r.dealId),
        rows.map((r) => r.source),
        rows.map((r) => iso(r.at)),
        stage,
        `Became ${stage}`,
      ],
    );
  }
}
