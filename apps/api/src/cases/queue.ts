// The case queue and its response-time report, built as SQL apart from running it. The queue is
// ordered by urgency: unresolved cases first, the soonest due time first (a breached one is due in
// the past, so it leads), then priority; resolved cases last. The key is stored columns only, so a
// page after a case is the same page whenever it is read.
import type pg from "pg";
import type { CaseStatus, Channel, Priority } from "../generated/prisma/enums.ts";
import { iso } from "../ingest/pipeline/sql.ts";
import { breachedSql } from "./clock.ts";

export interface CaseFilter {
  status?: CaseStatus[];
  priority?: Priority[];
  channel?: Channel[];
  assigneeId?: number;
  team?: string;
  breached?: boolean;
}

export interface PlannedQuery {
  text: string;
  values: unknown[];
}

/** The queue's order over the case row `c`: resolved last, soonest due, most urgent, oldest. */
const queueKey = (c: string) =>
  [
    `CASE WHEN ${c}.status = 'resolved' THEN 1 ELSE 0 END`,
    `CASE WHEN ${c}.status = 'resolved' THEN 'infinity'::timestamp
        ELSE LEAST(CASE WHEN ${c}."firstResponseAt" IS NULL THEN ${c}."firstResponseDueAt" END, ${c}."nextResponseDueAt", ${c}."resolutionDueAt") END`,
    `CASE ${c}.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`,
    `${c}.id`,
  ].join(", ");

function whereClause(filter: CaseFilter, now: Date, values: unknown[]): string {
  const bind = (value: unknown) => `$${values.push(value)}`;
  const clauses = ["true"];
  if (filter.status?.length) clauses.push(`c.status = ANY(${bind(filter.status)}::"CaseStatus"[])`);
  if (filter.priority?.length)
    clauses.push(`c.priority = ANY(${bind(filter.priority)}::"Priority"[])`);
  if (filter.channel?.length) clauses.push(`c.channel = ANY(${bind(filter.channel)}::"Channel"[])`);
  if (filter.assigneeId !== undefined) clauses.push(`c."assigneeId" = ${bind(filter.assigneeId)}`);
  if (filter.team !== undefined) clauses.push(`c.team = ${bind(filter.team)}`);
  if (filter.breached !== undefined) {
    const breached = breachedSql("c", `${bind(iso(now))}::timestamp`);
    clauses.push(filter.breached ? breached : `NOT ${breached}`);
  }
  return clauses.join("\n   AND ");
}

export function planCasePage(
  filter: CaseFilter,
  page: { take: number; afterId?: number },
  now: Date,
): PlannedQuery {
  const values: unknown[] = [];
  const where = whereClause(filter, now, values);
  const after =
    page.afterId === undefined
      ? ""
      : `\n   AND (${queueKey("c")}) > (SELECT ${queueKey("a")} FROM "Case" a WHERE a.id = $${values.push(page.afterId)})`;
  return {
    text: `SELECT c.id FROM "Case" c\n WHERE ${where}${after}\n ORDER BY ${queueKey("c")}\n LIMIT $${values.push(page.take)}`,
    values,
  };
}

export async function caseIds(
  pool: pg.Pool,
  filter: CaseFilter,
  page: { take: number; afterId?: number },
  now = new Date(),
): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(planCasePage(filter, page, now));
  return rows.map((row) => row.id);
}

export async function countCases(
  pool: pg.Pool,
  filter: CaseFilter,
  now = new Date(),
): Promise<number> {
  const values: unknown[] = [];
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Case" c WHERE ${whereClause(filter, now, values)}`,
    values,
  );
  return rows[0]!.count;
}

export type ResponseTimesGroupBy = "channel" | "assignee" | "priority";

export interface ResponseTimeGroup {
  channel: Channel | null;
  priority: Priority | null;
  assigneeId: number | null;
  cases: number;
  responded: number;
  resolved: number;
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  resolutionMedianSeconds: number | null;
  resolutionP90Seconds: number | null;
  slaMet: number;
}

const groupColumns: Record<ResponseTimesGroupBy, { key: string; order: string }> = {
  channel: { key: `c.channel`, order: `c.channel::text` },
  priority: { key: `c.priority`, order: `c.priority DESC` },
  assignee: { key: `c."assigneeId"`, order: `c."assigneeId" NULLS LAST` },
};

/**
 * Per group, over the cases opened in [from, to): median and 90th percentile (continuous, as
 * percentile_cont interpolates) of the first response (from opening) and of the resolution (from
 * the latest (re)opening), and the share of cases that breached no target as of `now`, a case
 * still within its targets counting as met so far.
 */
export function planResponseTimes(
  groupBy: ResponseTimesGroupBy,
  from: Date,
  to: Date,
  now: Date,
): PlannedQuery {
  const { key, order } = groupColumns[groupBy];
  const first = `extract(epoch FROM c."firstResponseAt" - c."openedAt")::float8`;
  const resolution = `extract(epoch FROM c."resolvedAt" - c."resolutionStartedAt")::float8`;
  return {
    text: `SELECT ${key} AS key, count(*)::int AS cases,
       count(c."firstResponseAt")::int AS responded, count(c."resolvedAt")::int AS resolved,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${first}) AS "firstResponseMedianSeconds",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${first}) AS "firstResponseP90Seconds",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${resolution}) AS "resolutionMedianSeconds",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${resolution}) AS "resolutionP90Seconds",
       avg(CASE WHEN ${breachedSql("c", "$3::timestamp")} THEN 0 ELSE 1 END)::float8 AS "slaMet"
  FROM "Case" c
 WHERE c."openedAt" >= $1 AND c."openedAt" < $2
 GROUP BY ${key}
 ORDER BY ${order}`,
    values: [iso(from), iso(to), iso(now)],
  };
}

export async function responseTimes(
  pool: pg.Pool,
  groupBy: ResponseTimesGroupBy,
  from: Date,
  to: Date,
  now = new Date(),
): Promise<ResponseTimeGroup[]> {
  const { rows } = await pool.query(planResponseTimes(groupBy, from, to, now));
  // Timestamps are kept to the millisecond: interpolation's float noise below that is no figure.
  const ms = (seconds: number | null) =>
    seconds === null ? null : Math.round(seconds * 1000) / 1000;
  return rows.map(({ key, ...row }) => ({
    ...row,
    firstResponseMedianSeconds: ms(row.firstResponseMedianSeconds),
    firstResponseP90Seconds: ms(row.firstResponseP90Seconds),
    resolutionMedianSeconds: ms(row.resolutionMedianSeconds),
    resolutionP90Seconds: ms(row.resolutionP90Seconds),
    channel: groupBy === "channel" ? key : null,
    priority: groupBy === "priority" ? key : null,
    assigneeId: groupBy === "assignee" ? key : null,
  }));
}
