// The funnel query runner. One statement loads every person's compact sequence: per activity only
// (person, time, a bitmask of the steps it matches, a bitmask of the exclusions it matches) and,
// with a breakdown by an activity's attribute, that attribute. The steps' filters are compiled to
// SQL predicates evaluated inside the database, so no activity crosses the wire unless some step or
// exclusion matches it (STRICT needs them all: any activity breaks a strict sequence). The matcher
// then runs once per person, and the aggregates are computed from its outcomes.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type pg from "pg";
import { ValidationError } from "../errors.ts";
import {
  type HistogramBin,
  type OddsRatio,
  OutcomeAggregates,
  oddsRatio,
  type PersonOutcome,
  type StepStats,
  type TrendPoint,
} from "./aggregate.ts";
import {
  type ActivityFilter,
  type ActivityJoin,
  compileFilter,
  joinClauses,
  SqlParams,
} from "./filter.ts";
import { type IndexedAttribute, matchIndexed } from "./indexed.ts";
import { type FunnelOrder, type MatchSpec, matchPerson, type SequenceEvent } from "./match.ts";
import { MatchedPeople } from "./outcomes.ts";
import { indexable, type SequenceIndex, sequenceIndexOf } from "./sequence-index.ts";

export type BreakdownBy =
  | "first_touch_channel"
  | "first_touch_campaign"
  | "organization"
  | "lifecycle_stage"
  | "source"
  | "channel"
  | "campaign"
  | "community";
export type BreakdownAttribution = "first_step" | "last_step" | "step";

export interface FunnelQuery {
  steps: Array<{ name: string; where: ActivityFilter }>;
  windowSeconds: number;
  order: FunnelOrder;
  from?: Date | null;
  to?: Date | null;
  exclusions?: Array<{ where: ActivityFilter; afterStep: number; beforeStep: number }> | null;
  breakdown?: {
    by: BreakdownBy;
    attribution?: BreakdownAttribution | null;
    step?: number | null;
  } | null;
}

export const MAX_STEPS = 20;
export const MAX_WINDOW_SECONDS = 366 * 86_400;
/** Breakdown rows returned, largest first; the rest are summed into one "(other)" row. */
export const MAX_BREAKDOWN_ROWS = 50;
export const MAX_CORRELATIONS = 20;
/**
 * Activities one funnel query may read, so that one query cannot take the server's memory (about
 * 100 bytes each in flight). The columnar index of the README is what lifts it.
 */
export const MAX_SEQUENCE_ROWS = 5_000_000;

/** Attributes of a person's person record or history, the same whatever step they are read at. */
const PERSON_LEVEL = new Set<BreakdownBy>([
  "first_touch_channel",
  "first_touch_campaign",
  "organization",
  "lifecycle_stage",
]);

/** SQL for an activity's attribute, with the joins it needs. */
const ACTIVITY_ATTRIBUTES: Record<
  "source" | "channel" | "campaign" | "community",
  { sql: string; joins: ActivityJoin[] }
> = {
  source: {
    sql: `COALESCE(t.source, m.source, d.source, a.source)`,
    joins: ["touchpoint", "message", "deal"],
  },
  channel: { sql: `COALESCE(m.channel::text, cp.channel)`, joins: ["message", "campaign"] },
  campaign: { sql: `t."campaignId"::text`, joins: ["touchpoint"] },
  community: { sql: `m."communityId"::text`, joins: ["message"] },
};

export function validateFunnel(query: FunnelQuery): void {
  const n = query.steps.length;
  if (n < 2 || n > MAX_STEPS)
    throw new ValidationError(
      "steps",
      `must list 2 to ${MAX_STEPS} steps, got ${n}`,
      "FunnelInput",
    );
  if (
    !Number.isInteger(query.windowSeconds) ||
    query.windowSeconds < 1 ||
    query.windowSeconds > MAX_WINDOW_SECONDS
  ) {
    throw new ValidationError(
      "windowSeconds",
      `must be a whole number of seconds from 1 to ${MAX_WINDOW_SECONDS} (366 days), got ${query.windowSeconds}`,
      "FunnelInput",
    );
  }
  if (query.from && query.to && !(query.from < query.to))
    throw new ValidationError("to", "must be later than from", "FunnelInput");
  const exclusions = query.exclusions ?? [];
  if (exclusions.length > 0 && query.order === "any_order") {
    throw new ValidationError(
      "exclusions",
      "need an order between steps: use ORDERED or STRICT",
      "FunnelInput",
    );
  }
  if (exclusions.length > 16)
    throw new ValidationError(
      "exclusions",
      `may list at most 16, got ${exclusions.length}`,
      "FunnelInput",
    );
  exclusions.forEach((exclusion, i) => {
    if (
      !(
        Number.isInteger(exclusion.afterStep) &&
        exclusion.afterStep >= 1 &&
        exclusion.beforeStep <= n &&
        exclusion.afterStep < exclusion.beforeStep
      )
    ) {
      throw new ValidationError(
        `exclusions[${i}]`,
        `afterStep and beforeStep must be steps with 1 <= afterStep < beforeStep <= ${n}, got ${exclusion.afterStep} and ${exclusion.beforeStep}`,
        "FunnelInput",
      );
    }
  });
  const breakdown = query.breakdown;
  if (
    breakdown?.attribution === "step" &&
    !(breakdown.step != null && breakdown.step >= 1 && breakdown.step <= n)
  ) {
    throw new ValidationError(
      "breakdown.step",
      `must be a step from 1 to ${n} with attribution STEP, got ${breakdown.step ?? "none"}`,
      "FunnelInput",
    );
  }
}

/**
 * The statement that loads the sequences (of `personIds` only, when given). Pure, so the planner
 * is tested apart from the database.
 */
export function planSequences(
  query: FunnelQuery,
  personIds?: number[],
): { sql: string; values: unknown[] } {
  const params = new SqlParams();
  const joins = new Set<ActivityJoin>();
  const predicate = (filter: ActivityFilter) => {
    const compiled = compileFilter(filter, params);
    for (const join of compiled.joins) joins.add(join);
    return compiled.sql;
  };
  const stepPredicates = query.steps.map((step) => predicate(step.where));
  const exclusionPredicates = (query.exclusions ?? []).map((exclusion) =>
    predicate(exclusion.where),
  );
  const mask = (predicates: string[]) =>
    predicates.length === 0
      ? "0"
      : predicates.map((sql, i) => `(CASE WHEN ${sql} THEN ${2 ** i} ELSE 0 END)`).join(" | ");
  const by = query.breakdown?.by;
  const attribute =
    by && !PERSON_LEVEL.has(by)
      ? ACTIVITY_ATTRIBUTES[by as keyof typeof ACTIVITY_ATTRIBUTES]
      : undefined;
  for (const join of attribute?.joins ?? []) joins.add(join);
  const where: string[] = [];
  if (query.from)
    where.push(`a."occurredAt" >= ${params.add(query.from.toISOString(), "timestamp(3)")}`);
  if (query.to) {
    // The last step may come up to a window after the last possible first step.
    where.push(
      `a."occurredAt" < ${params.add(new Date(query.to.getTime() + query.windowSeconds * 1000).toISOString(), "timestamp(3)")}`,
    );
  }
  if (personIds) where.push(`a."personId" = ANY(${params.add(personIds, "int[]")})`);
  if (query.order !== "strict")
    where.push(`(${[...stepPredicates, ...exclusionPredicates].join(" OR ")})`);
  const sql = `SELECT a."personId" AS p, (extract(epoch FROM a."occurredAt") * 1000)::float8 AS t,
         (${mask(stepPredicates)})::int AS s, (${mask(exclusionPredicates)})::int AS x${attribute ? `, ${attribute.sql} AS v` : ""}
    FROM "Activity" a
    ${joinClauses(joins)}
   ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
   ORDER BY a."personId", a."occurredAt", a.id`;
  return { sql, values: params.values };
}

export interface BreakdownRow {
  value: string | null;
  label: string;
  steps: StepStats[];
}

export interface Correlation {
  /** What the people had in the window after their first step: "channel", "campaign", "intent", "source", "community", "organization". */
  kind: string;
  value: string;
  label: string;
  stats: OddsRatio;
}

export interface FunnelRun {
  /** Each person who reached step 1, with their furthest step and its times (by person id from a query, in no order from a saved funnel's live state); made when first read. */
  readonly outcomes: PersonOutcome[];
  steps: StepStats[];
  timeToConvert: HistogramBin[];
  trend: TrendPoint[];
  breakdown: BreakdownRow[];
  /** Person ids per step (1-based) and outcome, in id order. */
  people(step: number, outcome: "converted" | "dropped_off"): number[];
  correlations(): Promise<Correlation[]>;
}

/**
 * `index`: the sequence index (sequence-index.ts), when the funnel's filters are all ones it holds
 * and the caller is not inside a transaction; `sql`: the statement of `planSequences`, also the
 * way for filters on touchpoint properties.
 */
export type FunnelEngine = "index" | "sql";

export interface MatchOptions {
  /** Match these people only (a live update). */
  personIds?: number[];
  /** The most activities the SQL engine may read. */
  maxRows?: number;
  engine?: FunnelEngine;
  /** The sequence index, when the caller has just caught it up (a live update): not caught up again. */
  index?: SequenceIndex;
}

export async function runFunnel(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  options: MatchOptions = {},
): Promise<FunnelRun> {
  const matched = await matchPeople(client, query, options);
  return summarizeFunnel(
    client,
    query,
    () => matched.toOutcomes(),
    FunnelAggregates.of(query, matched),
  );
}

/**
 * Reads the sequences (of `options.personIds` only, when given) and matches each person: everyone
 * who reached step 1, in person id order, each with their breakdown value when the funnel has one.
 */
export async function matchPeople(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  options: MatchOptions = {},
): Promise<MatchedPeople> {
  validateFunnel(query);
  const spec: MatchSpec = {
    stepCount: query.steps.length,
    windowMs: query.windowSeconds * 1000,
    order: query.order,
    from: query.from?.getTime(),
    to: query.to?.getTime(),
    exclusions: (query.exclusions ?? []).map(({ afterStep, beforeStep }) => ({
      afterStep,
      beforeStep,
    })),
  };
  const breakdown = query.breakdown;
  const attributedStep = (reached: number) => attributedStepOf(breakdown, reached);
  const outcomes = runsOnIndex(client, query, options.engine)
    ? matchIndexed(
        options.index ?? (await sequenceIndexOf(client)),
        {
          steps: query.steps.map((step) => step.where),
          exclusions: (query.exclusions ?? []).map((exclusion) => exclusion.where),
          spec,
          attribute:
            breakdown && !PERSON_LEVEL.has(breakdown.by)
              ? { by: breakdown.by as IndexedAttribute, step: attributedStep }
              : undefined,
          hasBreakdown: Boolean(breakdown),
        },
        options.personIds,
      )
    : await matchFromSql(client, query, spec, options);
  if (breakdown && PERSON_LEVEL.has(breakdown.by) && outcomes.length > 0) {
    const values = await personAttribute(
      client,
      breakdown.by,
      Array.from(outcomes.personIds.subarray(0, outcomes.length)),
    );
    outcomes.assignValues((personId) => values.get(personId) ?? null);
  }
  return outcomes;
}

/** Whether the funnel is matched on the sequence index (the default) rather than by `planSequences`' statement. */
export function runsOnIndex(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  engine: FunnelEngine = "index",
): client is pg.Pool {
  const filters = [
    ...query.steps.map((step) => step.where),
    ...(query.exclusions ?? []).map((exclusion) => exclusion.where),
  ];
  return engine === "index" && isPool(client) && filters.every(indexable);
}

/** The step (0-based) whose activity a breakdown by an activity's attribute reads, for a person who reached `reached`. */
function attributedStepOf(breakdown: FunnelQuery["breakdown"], reached: number): number {
  return breakdown?.attribution === "last_step"
    ? reached - 1
    : breakdown?.attribution === "step"
      ? breakdown.step! - 1
      : 0;
}

/** A pool rather than one checked-out client: a client may be inside a transaction whose writes the index cannot see. */
const isPool = (client: pg.Pool | pg.PoolClient): client is pg.Pool => !("release" in client);

async function matchFromSql(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  spec: MatchSpec,
  options: MatchOptions,
): Promise<MatchedPeople> {
  const maxRows = options.maxRows ?? MAX_SEQUENCE_ROWS;
  const plan = planSequences(query, options.personIds);
  const { rows } = await client.query<{
    p: number;
    t: number;
    s: number;
    x: number;
    v?: string | null;
  }>(`${plan.sql} LIMIT ${maxRows + 1}`, plan.values);
  if (rows.length > maxRows) {
    throw new ValidationError(
      "from",
      `the funnel would read more than ${maxRows} activities: narrow from and to, or the steps`,
      "FunnelInput",
    );
  }

  const breakdown = query.breakdown;
  const outcomes = new MatchedPeople(spec.stepCount, Boolean(breakdown));
  const attributedStep = (reached: number) => attributedStepOf(breakdown, reached);
  for (let start = 0; start < rows.length; ) {
    let end = start;
    while (end < rows.length && rows[end]!.p === rows[start]!.p) end++;
    const events: SequenceEvent[] = [];
    for (let i = start; i < end; i++)
      events.push({ t: rows[i]!.t, steps: rows[i]!.s, exclusions: rows[i]!.x });
    const match = matchPerson(events, spec);
    if (match.reached > 0) {
      let value: string | null = null;
      if (breakdown && !PERSON_LEVEL.has(breakdown.by)) {
        const step = attributedStep(match.reached);
        // Among the activities at the step's instant that match it, the first by id.
        const row =
          step < match.reached
            ? rows.slice(start, end).find((r) => r.t === match.times[step] && r.s & (1 << step))
            : undefined;
        value = row?.v ?? null;
      }
      outcomes.push(rows[start]!.p, match, value);
    }
    start = end;
  }
  return outcomes;
}

/**
 * The aggregates of a funnel's outcomes, overall and per breakdown value, kept as outcomes come and
 * go: a query builds them once from its outcomes, a saved funnel keeps them current (live.ts).
 */
export class FunnelAggregates {
  readonly total: OutcomeAggregates;
  /** With a breakdown: the aggregates of the people counted under each value. */
  readonly groups = new Map<string | null, OutcomeAggregates>();
  private readonly names: string[];

  constructor(
    private readonly query: FunnelQuery,
    total?: OutcomeAggregates,
  ) {
    this.names = query.steps.map((step) => step.name);
    this.total = total ?? new OutcomeAggregates(this.names, query.windowSeconds);
  }

  /** Of a query's matched people: read from their columns, each breakdown value's people grouped by a counting sort of their codes. */
  static of(query: FunnelQuery, matched: MatchedPeople): FunnelAggregates {
    const names = query.steps.map((step) => step.name);
    const aggregates = new FunnelAggregates(
      query,
      OutcomeAggregates.ofColumns(names, query.windowSeconds, matched),
    );
    if (!query.breakdown) return aggregates;
    const codes = matched.valueCodes;
    const values = matched.values.values;
    const starts = new Int32Array(values.length + 1);
    for (let row = 0; row < matched.length; row++) starts[codes[row]! + 1]!++;
    for (let code = 1; code < starts.length; code++) starts[code]! += starts[code - 1]!;
    const next = starts.slice();
    const rows = new Int32Array(matched.length);
    for (let row = 0; row < matched.length; row++) rows[next[codes[row]!]!++] = row;
    values.forEach((value, code) => {
      if (starts[code + 1]! === starts[code]!) return;
      const own = rows.subarray(starts[code]!, starts[code + 1]!);
      aggregates.groups.set(
        value,
        OutcomeAggregates.ofColumns(names, query.windowSeconds, matched, own),
      );
    });
    return aggregates;
  }

  add(outcome: PersonOutcome): void {
    this.total.add(outcome);
    if (!this.query.breakdown) return;
    const value = outcome.breakdownValue ?? null;
    let group = this.groups.get(value);
    if (!group) {
      group = new OutcomeAggregates(this.names, this.query.windowSeconds);
      this.groups.set(value, group);
    }
    group.add(outcome);
  }

  /** `outcome` must be one added before. */
  remove(outcome: PersonOutcome): void {
    this.total.remove(outcome);
    if (!this.query.breakdown) return;
    const value = outcome.breakdownValue ?? null;
    const group = this.groups.get(value)!;
    group.remove(outcome);
    if (group.size === 0) this.groups.delete(value);
  }
}

/**
 * The result shown for matched people: their aggregates (built here, or kept current by the
 * caller), names of breakdown values.
 */
export async function summarizeFunnel(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  outcomesOf: () => PersonOutcome[],
  aggregates: FunnelAggregates,
): Promise<FunnelRun> {
  const names = query.steps.map((step) => step.name);
  const breakdown = query.breakdown;
  let made: PersonOutcome[] | undefined;
  // Made on first read: the counts, breakdown and trend come from the aggregates, and most
  // results are never asked for their people.
  const outcomes = () => (made ??= outcomesOf());
  return {
    get outcomes() {
      return outcomes();
    },
    steps: aggregates.total.steps(),
    timeToConvert: aggregates.total.timeToConvert(),
    trend: aggregates.total.trend(),
    breakdown: breakdown
      ? await breakdownRows(client, query, breakdown.by, aggregates.groups, outcomes)
      : [],
    people(step, outcome) {
      return outcomes()
        .filter((o) => (outcome === "converted" ? o.reached >= step : o.reached === step - 1))
        .map((o) => o.personId)
        .sort((a, b) => a - b);
    },
    correlations: () =>
      correlations(client, outcomes(), names.length, query.windowSeconds, selectedByFilters(query)),
  };
}

async function breakdownRows(
  client: pg.Pool | pg.PoolClient,
  query: FunnelQuery,
  by: BreakdownBy,
  groups: ReadonlyMap<string | null, OutcomeAggregates>,
  outcomes: () => PersonOutcome[],
): Promise<BreakdownRow[]> {
  const ranked = [...groups.entries()]
    .map(([value, group]) => ({ value, group, size: group.size }))
    .sort((a, b) => b.size - a.size || String(a.value).localeCompare(String(b.value)));
  const kept = ranked.slice(0, MAX_BREAKDOWN_ROWS);
  const labels = await labelsOf(
    client,
    by,
    kept.map(({ value }) => value).filter((v): v is string => v !== null),
  );
  const rows = kept.map(({ value, group }) => ({
    value: value === null ? null : publicValue(by, value),
    label: value === null ? "(none)" : (labels.get(value) ?? value),
    steps: group.steps(),
  }));
  if (ranked.length > MAX_BREAKDOWN_ROWS) {
    const keptValues = new Set(kept.map(({ value }) => value));
    const rest = outcomes().filter((o) => !keptValues.has(o.breakdownValue ?? null));
    const names = query.steps.map((step) => step.name);
    rows.push({
      value: null,
      label: "(other)",
      steps: OutcomeAggregates.of(names, query.windowSeconds, rest).steps(),
    });
  }
  return rows;
}

/** A person-level attribute of each person, as text. */
async function personAttribute(
  client: pg.Pool | pg.PoolClient,
  by: BreakdownBy,
  personIds: number[],
): Promise<Map<number, string | null>> {
  const touchJoins = `LEFT JOIN "Touchpoint" t ON t.id = a."touchpointId" LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"
                      LEFT JOIN "Message" m ON m.id = a."messageId"`;
  const sql: Record<string, string> = {
    organization: `SELECT p.id, p."organizationId"::text AS v FROM "Person" p WHERE p.id = ANY($1::int[])`,
    lifecycle_stage: `SELECT p.id, p.stage::text AS v FROM "Person" p WHERE p.id = ANY($1::int[])`,
    // The first touch: the person's earliest touchpoint or message, whatever the funnel.
    first_touch_channel: `SELECT x.id, f.v FROM unnest($1::int[]) AS x(id) CROSS JOIN LATERAL (
        SELECT COALESCE(m.channel::text, cp.channel) AS v FROM "Activity" a ${touchJoins}
         WHERE a."personId" = x.id AND a.kind IN ('touchpoint', 'message') ORDER BY a."occurredAt", a.id LIMIT 1) f`,
    first_touch_campaign: `SELECT x.id, f.v FROM unnest($1::int[]) AS x(id) CROSS JOIN LATERAL (
        SELECT t."campaignId"::text AS v FROM "Touchpoint" t WHERE t."personId" = x.id ORDER BY t."occurredAt", t.id LIMIT 1) f`,
  };
  const { rows } = await client.query<{ id: number; v: string | null }>(sql[by]!, [personIds]);
  return new Map(rows.map((row) => [row.id, row.v]));
}

const LABEL_TABLES: Partial<Record<string, string>> = {
  campaign: "Campaign",
  first_touch_campaign: "Campaign",
  community: "Community",
  organization: "Organization",
};

/** Id-valued attributes are shown as the global IDs the API takes everywhere else. */
const publicValue = (kind: string, value: string) => {
  const table = LABEL_TABLES[kind];
  return table ? encodeGlobalID(table, value) : value;
};

/** Names of the rows behind id-valued attributes; other values are their own label. */
async function labelsOf(
  client: pg.Pool | pg.PoolClient,
  kind: string,
  values: string[],
): Promise<Map<string, string>> {
  const table = LABEL_TABLES[kind];
  if (!table || values.length === 0) return new Map();
  const { rows } = await client.query<{ id: number; name: string }>(
    `SELECT id, name FROM "${table}" WHERE id = ANY($1::int[])`,
    [values.map(Number)],
  );
  return new Map(rows.map((row) => [String(row.id), row.name]));
}

/** A correlation feature's key: its kind and value. */
const featureKey = (kind: string, value: string) => `${kind}\u0000${value}`;

/**
 * The features the funnel's own filters select (a step's channels, campaigns, intents, sources and
 * communities, and an exclusion's): everyone who reached that step has them, or no one who got
 * past the exclusion does, by construction, so their odds ratios would only restate the funnel.
 */
export function selectedByFilters(query: FunnelQuery): Set<string> {
  const selected = new Set<string>();
  for (const filter of [
    ...query.steps.map((step) => step.where),
    ...(query.exclusions ?? []).map((exclusion) => exclusion.where),
  ]) {
    for (const value of filter.channels ?? []) selected.add(featureKey("channel", value));
    for (const value of filter.campaignIds ?? [])
      selected.add(featureKey("campaign", String(value)));
    for (const value of filter.intents ?? []) selected.add(featureKey("intent", value));
    for (const value of filter.sources ?? []) selected.add(featureKey("source", value));
    for (const value of filter.communityIds ?? [])
      selected.add(featureKey("community", String(value)));
  }
  return selected;
}

/**
 * Which channels, campaigns, intents, sources, communities and organizations go with converting:
 * for each, the people who entered the funnel with it in their window (first step to first step
 * plus the window) against those without it, as an odds ratio, strongest evidence first.
 */
async function correlations(
  client: pg.Pool | pg.PoolClient,
  outcomes: PersonOutcome[],
  stepCount: number,
  windowSeconds: number,
  selected: Set<string>,
): Promise<Correlation[]> {
  if (outcomes.length === 0) return [];
  const { rows } = await client.query<{ p: number; kind: string; value: string }>(
    `WITH w AS (SELECT * FROM unnest($1::int[], $2::float8[]) AS w(p, s))
     SELECT DISTINCT w.p, f.kind, f.value
       FROM w
       CROSS JOIN LATERAL (
         SELECT a.id, m.channel::text AS channel, cp.channel AS campaign_channel, t."campaignId", m.intent::text AS intent,
                COALESCE(t.source, m.source, d.source, a.source) AS source, m."communityId"
           FROM "Activity" a
           LEFT JOIN "Touchpoint" t ON t.id = a."touchpointId" LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"
           LEFT JOIN "Message" m ON m.id = a."messageId" LEFT JOIN "Deal" d ON d.id = a."dealId"
          WHERE a."personId" = w.p AND a."occurredAt" >= timestamp 'epoch' + w.s * interval '1 millisecond'
            AND a."occurredAt" <= timestamp 'epoch' + (w.s + $3::float8) * interval '1 millisecond'
       ) x
       CROSS JOIN LATERAL (VALUES ('channel', COALESCE(x.channel, x.campaign_channel)), ('campaign', x."campaignId"::text),
                                  ('intent', x.intent), ('source', x.source), ('community', x."communityId"::text)) AS f(kind, value)
      WHERE f.value IS NOT NULL
     UNION
     SELECT p.id, 'organization', p."organizationId"::text FROM "Person" p WHERE p.id = ANY($1::int[]) AND p."organizationId" IS NOT NULL`,
    [outcomes.map((o) => o.personId), outcomes.map((o) => o.times[0]!), windowSeconds * 1000],
  );
  const converted = new Set(outcomes.filter((o) => o.reached === stepCount).map((o) => o.personId));
  const total = { converted: converted.size, dropped: outcomes.length - converted.size };
  const features = new Map<
    string,
    { kind: string; value: string; converted: number; dropped: number }
  >();
  for (const row of rows) {
    const key = featureKey(row.kind, row.value);
    if (selected.has(key)) continue;
    const feature = features.get(key) ?? {
      kind: row.kind,
      value: row.value,
      converted: 0,
      dropped: 0,
    };
    if (converted.has(row.p)) feature.converted++;
    else feature.dropped++;
    features.set(key, feature);
  }
  const ranked = [...features.values()]
    .map((f) => ({
      ...f,
      stats: oddsRatio(
        f.converted,
        f.dropped,
        total.converted - f.converted,
        total.dropped - f.dropped,
      ),
    }))
    .sort(
      (a, b) =>
        Math.abs(b.stats.z) - Math.abs(a.stats.z) ||
        a.kind.localeCompare(b.kind) ||
        a.value.localeCompare(b.value),
    )
    .slice(0, MAX_CORRELATIONS);
  const labels = new Map<string, Map<string, string>>();
  for (const kind of ["campaign", "community", "organization"]) {
    labels.set(
      kind,
      await labelsOf(
        client,
        kind,
        ranked.filter((f) => f.kind === kind).map((f) => f.value),
      ),
    );
  }
  return ranked.map((f) => ({
    kind: f.kind,
    value: publicValue(f.kind, f.value),
    label: labels.get(f.kind)?.get(f.value) ?? f.value,
    stats: f.stats,
  }));
}
