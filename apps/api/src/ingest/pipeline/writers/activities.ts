// The timeline's Activity rows and the person counters a batch moves.
import type pg from "pg";
import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import { influenceScoreSql } from "../../../influence/score.ts";
import { clampedInt4, iso } from "../sql.ts";
import type { PersonActivity } from "./context.ts";

export interface ActivityRow {
  personId: number;
  at: Date;
  summary: string;
  /** The id of the message, touchpoint or stage change the activity shows. */
  refColumn: number;
  dealId?: number;
}

type ActivityKind =
  | { kind: "message"; department: "communications"; column: "messageId" }
  | { kind: "touchpoint"; department: "marketing"; column: "touchpointId" }
  | { kind: "deal_change"; department: "sales"; column: "dealStageChangeId" };

export const activityKinds = {
  message: { kind: "message", department: "communications", column: "messageId" },
  touchpoint: { kind: "touchpoint", department: "marketing", column: "touchpointId" },
  dealChange: { kind: "deal_change", department: "sales", column: "dealStageChangeId" },
} as const satisfies Record<string, ActivityKind>;

/**
 * The timeline rows of messages, touchpoints and stage changes this batch inserted. Each points at
 * a row this transaction has just created with a fresh id, so no other Activity can hold its
 * reference and the insert needs no conflict clause (a caller with any other reference must not
 * use it). ON CONFLICT DO NOTHING made each row a speculative insertion, a probe of the unique
 * index before the heap insert and a confirmation after: one WAL record a row in nine, though
 * the statement time moved by less than its noise (3%).
 */
export function activityInsert(of: ActivityKind, rows: ActivityRow[]): Statement {
  const params = new Parameters();
  const input = params.unnest("a", rows, [
    { name: "p", type: "int", value: (r) => r.personId },
    { name: "o", type: "timestamp(3)", value: (r) => iso(r.at) },
    { name: "s", type: "text", value: (r) => r.summary },
    { name: "r", type: "int", value: (r) => r.refColumn },
    { name: "d", type: "int", value: (r) => r.dealId ?? null },
  ]);
  return params.statement(
    `INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, "${of.column}", "dealId")
     SELECT p, ${params.add(of.kind, `"ActivityKind"`)}, ${params.add(of.department, `"Department"`)}, o, s, r, d FROM ${input.sql}`,
  );
}

export async function insertActivities(
  client: pg.PoolClient,
  of: ActivityKind,
  rows: ActivityRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await runStatement(client, activityInsert(of, rows));
}

export function personActivityUpdate(activity: Map<number, PersonActivity>): Statement {
  // In id order, so two batches touching the same people lock them in the same order.
  const entries = [...activity.entries()].sort(([a], [b]) => a - b);
  const params = new Parameters();
  const input = params.unnest("a", entries, [
    { name: "id", type: "int", value: ([id]) => id },
    { name: "n", type: "int", value: ([, a]) => a.messages },
    { name: "s", type: "float8", value: ([, a]) => a.sentimentSum },
    { name: "c", type: "int", value: ([, a]) => a.sentimentCount },
    { name: "first", type: "timestamp(3)", value: ([, a]) => iso(a.first) },
    { name: "last", type: "timestamp(3)", value: ([, a]) => iso(a.last) },
    { name: "e", type: "int8", value: ([, a]) => a.engagement },
  ]);
  const engagement = clampedInt4("p.engagement::bigint + a.e");
  return params.statement(
    `UPDATE "Person" p SET "messageCount" = p."messageCount" + a.n, "sentimentSum" = p."sentimentSum" + a.s,
            "sentimentCount" = p."sentimentCount" + a.c, "firstSeenAt" = LEAST(p."firstSeenAt", a.first),
            "lastSeenAt" = GREATEST(p."lastSeenAt", a.last), engagement = ${engagement},
            "influenceScore" = ${influenceScoreSql({ pageRankPercentile: `p."pageRankPercentile"`, reach: "p.reach", engagement })},
            "updatedAt" = now()
       FROM ${input.sql}
      WHERE p.id = ANY(${input.array("id")}) AND p.id = a.id
        AND (a.n <> 0 OR a.s <> 0 OR a.c <> 0 OR a.e <> 0 OR p."firstSeenAt" IS DISTINCT FROM LEAST(p."firstSeenAt", a.first)
             OR p."lastSeenAt" IS DISTINCT FROM GREATEST(p."lastSeenAt", a.last))`,
  );
}

/**
 * Message counts, sentiment sums, engagement and first/last seen, moved by exactly what this batch
 * added; the influence score follows the new engagement at once.
 */
export async function applyPersonActivity(
  client: pg.PoolClient,
  activity: Map<number, PersonActivity>,
): Promise<void> {
  if (activity.size === 0) return;
  await runStatement(client, personActivityUpdate(activity));
}
