// Attribution: conversions (won deals by default, or reaching a funnel step) and their revenue
// credited to the touches before them: touchpoints, messages and sales activities (deal changes),
// so a forum answer or a support ticket earns credit like an email click. Every model side by side.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type pg from "pg";
import { ValidationError } from "../errors.ts";
import { type FunnelQuery, runFunnel } from "../funnels/service.ts";
import {
  ATTRIBUTION_MODELS,
  type AttributionModel,
  creditTouches,
  type Journey,
  markovRemovalEffects,
  type Touch,
} from "./models.ts";

export type AttributionGroupBy = "campaign" | "channel" | "source" | "department";

export interface AttributionQuery {
  /** A funnel and the step (1-based) whose reaching is the conversion; won deals when absent. */
  conversion?: { funnel: FunnelQuery; step?: number | null } | null;
  lookbackDays: number;
  groupBy: AttributionGroupBy;
  models?: AttributionModel[] | null;
  /** Conversions at or after `from` and before `to`. */
  from?: Date | null;
  to?: Date | null;
}

export const MAX_LOOKBACK_DAYS = 365;
const DAY_MS = 86_400_000;

/** A touch's group, as text; NULL is the "(none)" group. */
const GROUP_SQL: Record<AttributionGroupBy, string> = {
  campaign: `t."campaignId"::text`,
  channel: `COALESCE(m.channel::text, cp.channel, a.kind::text)`,
  source: `COALESCE(t.source, m.source, d.source)`,
  department: `a.department::text`,
};

const TOUCH_JOINS = `LEFT JOIN "Touchpoint" t ON t.id = a."touchpointId" LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"
       LEFT JOIN "Message" m ON m.id = a."messageId" LEFT JOIN "Deal" d ON d.id = a."dealId"`;
const TOUCH_KINDS = `a.kind IN ('touchpoint', 'message', 'deal_change')`;

interface Conversion {
  personId: number;
  t: number;
  amount: number | null;
  currency: string | null;
}

interface ConversionTouch extends Touch {
  activityId: number;
}

export interface MoneyAmount {
  currency: string;
  amount: number;
}

export interface AttributionRow {
  /** The group's value (a global ID for campaigns); null for touches without one and conversions without touches. */
  value: string | null;
  label: string;
  credits: Array<{ model: AttributionModel; conversions: number; revenue: MoneyAmount[] }>;
}

export interface AttributionResult {
  conversions: number;
  revenue: MoneyAmount[];
  rows: AttributionRow[];
}

function validate(query: AttributionQuery): void {
  if (
    !Number.isInteger(query.lookbackDays) ||
    query.lookbackDays < 1 ||
    query.lookbackDays > MAX_LOOKBACK_DAYS
  ) {
    throw new ValidationError(
      "lookbackDays",
      `must be a whole number of days from 1 to ${MAX_LOOKBACK_DAYS}, got ${query.lookbackDays}`,
      "AttributionInput",
    );
  }
  const step = query.conversion?.step;
  const steps = query.conversion?.funnel.steps.length ?? 0;
  if (query.conversion && step != null && !(step >= 1 && step <= steps)) {
    throw new ValidationError(
      "conversion.step",
      `must be a step of the funnel, 1 to ${steps}, got ${step}`,
      "AttributionInput",
    );
  }
  if (query.models && query.models.length === 0)
    throw new ValidationError("models", "must name at least one model", "AttributionInput");
}

export async function runAttribution(
  pool: pg.Pool,
  query: AttributionQuery,
): Promise<AttributionResult> {
  validate(query);
  const models = query.models ?? ATTRIBUTION_MODELS;
  const conversions = await loadConversions(pool, query);
  const touches = await loadTouches(pool, conversions, query.lookbackDays, query.groupBy);
  const effects = models.includes("data_driven")
    ? await removalEffects(pool, query, conversions, touches)
    : undefined;

  const rows = new Map<
    string | null,
    Map<AttributionModel, { conversions: number; revenue: Map<string, number> }>
  >();
  const credit = (
    group: string | null,
    model: AttributionModel,
    share: number,
    conversion: Conversion,
  ) => {
    const row = rows.get(group) ?? new Map();
    rows.set(group, row);
    const cell = row.get(model) ?? { conversions: 0, revenue: new Map<string, number>() };
    row.set(model, cell);
    cell.conversions += share;
    if (conversion.amount !== null && conversion.currency) {
      cell.revenue.set(
        conversion.currency,
        (cell.revenue.get(conversion.currency) ?? 0) + share * conversion.amount,
      );
    }
  };
  conversions.forEach((conversion, i) => {
    const own = touches[i]!;
    for (const model of models) {
      // A conversion without touches keeps its whole credit, in the row of no touch.
      if (own.length === 0) credit(null, model, 1, conversion);
      const shares = creditTouches(own, conversion.t, model, effects);
      own.forEach((touch, j) => credit(touch.group, model, shares[j]!, conversion));
    }
  });
  const labels = await groupLabels(
    pool,
    query.groupBy,
    [...rows.keys()].filter((g): g is string => g !== null && g !== ""),
  );
  const money = (map: Map<string, number>) =>
    [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => ({ currency, amount }));
  const revenue = new Map<string, number>();
  for (const conversion of conversions) {
    if (conversion.amount !== null && conversion.currency)
      revenue.set(conversion.currency, (revenue.get(conversion.currency) ?? 0) + conversion.amount);
  }
  return {
    conversions: conversions.length,
    revenue: money(revenue),
    rows: [...rows.entries()]
      .map(([group, cells]) => ({
        value:
          group === null || group === ""
            ? null
            : query.groupBy === "campaign"
              ? encodeGlobalID("Campaign", group)
              : group,
        label:
          group === null ? "(no touch)" : group === "" ? "(none)" : (labels.get(group) ?? group),
        credits: models.map((model) => ({
          model,
          conversions: cells.get(model)?.conversions ?? 0,
          revenue: money(cells.get(model)?.revenue ?? new Map()),
        })),
      }))
      .sort(
        (a, b) =>
          b.credits[0]!.conversions - a.credits[0]!.conversions || a.label.localeCompare(b.label),
      ),
  };
}

async function loadConversions(
  pool: pg.Pool,
  query: AttributionQuery,
  dealId?: number,
): Promise<Conversion[]> {
  if (query.conversion) {
    const funnel = query.conversion.funnel;
    const step = query.conversion.step ?? funnel.steps.length;
    const run = await runFunnel(pool, funnel);
    const reached = new Set(run.people(step, "converted"));
    return run.outcomes
      .filter((o) => reached.has(o.personId))
      .map((o) => ({ personId: o.personId, t: o.times[step - 1]!, amount: null, currency: null }))
      .filter(
        (c) =>
          (!query.from || c.t >= query.from.getTime()) && (!query.to || c.t < query.to.getTime()),
      );
  }
  const params: unknown[] = [];
  const where = [`c."toStatus" = 'won'`, `c."fromStatus" IS DISTINCT FROM 'won'`];
  if (query.from)
    where.push(`a."occurredAt" >= $${params.push(query.from.toISOString())}::timestamp(3)`);
  if (query.to)
    where.push(`a."occurredAt" < $${params.push(query.to.toISOString())}::timestamp(3)`);
  if (dealId !== undefined) where.push(`d.id = $${params.push(dealId)}::int`);
  const { rows } = await pool.query<{
    p: number;
    t: number;
    amount: string | null;
    currency: string;
  }>(
    `SELECT a."personId" AS p, (extract(epoch FROM a."occurredAt") * 1000)::float8 AS t, d.amount::text AS amount, d.currency
       FROM "Activity" a JOIN "DealStageChange" c ON c.id = a."dealStageChangeId" JOIN "Deal" d ON d.id = c."dealId"
      WHERE ${where.join(" AND ")}
      ORDER BY a."occurredAt", a.id`,
    params,
  );
  return rows.map((row) => ({
    personId: row.p,
    t: row.t,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
  }));
}

/** The touches strictly before each conversion within the lookback, oldest first; null groups as "". */
async function loadTouches(
  pool: pg.Pool,
  conversions: Conversion[],
  lookbackDays: number,
  groupBy: AttributionGroupBy,
): Promise<ConversionTouch[][]> {
  const touches: ConversionTouch[][] = conversions.map(() => []);
  if (conversions.length === 0) return touches;
  const { rows } = await pool.query<{ i: number; id: number; t: number; g: string | null }>(
    `SELECT w.i, x.id, x.t, x.g
       FROM unnest($1::int[], $2::float8[]) WITH ORDINALITY AS w(p, t, i)
       CROSS JOIN LATERAL (
         SELECT a.id, (extract(epoch FROM a."occurredAt") * 1000)::float8 AS t, ${GROUP_SQL[groupBy]} AS g
           FROM "Activity" a ${TOUCH_JOINS}
          WHERE a."personId" = w.p AND ${TOUCH_KINDS}
            AND a."occurredAt" >= timestamp 'epoch' + (w.t - $3::float8) * interval '1 millisecond'
            AND a."occurredAt" < timestamp 'epoch' + w.t * interval '1 millisecond'
          ORDER BY a."occurredAt", a.id
       ) x
      ORDER BY w.i, x.t, x.id`,
    [conversions.map((c) => c.personId), conversions.map((c) => c.t), lookbackDays * DAY_MS],
  );
  for (const row of rows)
    touches[Number(row.i) - 1]!.push({ activityId: row.id, t: row.t, group: row.g ?? "" });
  return touches;
}

/**
 * The data-driven model's weights: journeys are the converting ones (touches before each
 * conversion) and, for the people who did not convert, their touches in the same span of time.
 */
async function removalEffects(
  pool: pg.Pool,
  query: AttributionQuery,
  conversions: Conversion[],
  touches: ConversionTouch[][],
): Promise<Map<string, number>> {
  const params: unknown[] = [conversions.map((c) => c.personId)];
  const where = [TOUCH_KINDS, `NOT (a."personId" = ANY($1::int[]))`];
  if (query.from)
    where.push(
      `a."occurredAt" >= $${params.push(new Date(query.from.getTime() - query.lookbackDays * DAY_MS).toISOString())}::timestamp(3)`,
    );
  if (query.to)
    where.push(`a."occurredAt" < $${params.push(query.to.toISOString())}::timestamp(3)`);
  const { rows } = await pool.query<{ p: number; t: number; g: string | null }>(
    `SELECT a."personId" AS p, (extract(epoch FROM a."occurredAt") * 1000)::float8 AS t, ${GROUP_SQL[query.groupBy]} AS g
       FROM "Activity" a ${TOUCH_JOINS}
      WHERE ${where.join(" AND ")}
      ORDER BY a."personId", a."occurredAt", a.id`,
    params,
  );
  const journeys: Journey[] = touches
    .filter((own) => own.length > 0)
    .map((own) => ({ groups: own.map((t) => t.group), converted: true }));
  const lookback = query.lookbackDays * DAY_MS;
  for (let start = 0; start < rows.length; ) {
    let end = start;
    while (end < rows.length && rows[end]!.p === rows[start]!.p) end++;
    // The lookback before the person's last touch, as a conversion would have counted it.
    const last = rows[end - 1]!.t;
    journeys.push({
      groups: rows
        .slice(start, end)
        .filter((r) => r.t >= last - lookback)
        .map((r) => r.g ?? ""),
      converted: false,
    });
    start = end;
  }
  return markovRemovalEffects(journeys);
}

async function groupLabels(
  pool: pg.Pool,
  groupBy: AttributionGroupBy,
  groups: string[],
): Promise<Map<string, string>> {
  if (groupBy !== "campaign" || groups.length === 0) return new Map();
  const { rows } = await pool.query<{ id: number; name: string }>(
    `SELECT id, name FROM "Campaign" WHERE id = ANY($1::int[])`,
    [groups.map(Number)],
  );
  return new Map(rows.map((row) => [String(row.id), row.name]));
}

/** The data-driven weights of every conversion of a query: what one deal's credits need, and the same for all deals. */
export async function computeRemovalEffects(
  pool: pg.Pool,
  query: AttributionQuery,
): Promise<Map<string, number>> {
  const conversions = await loadConversions(pool, query);
  return removalEffects(
    pool,
    query,
    conversions,
    await loadTouches(pool, conversions, query.lookbackDays, query.groupBy),
  );
}

/**
 * Removal effects kept per database and query (lookback, grouping, conversion, dates) until the
 * timeline changes: a list of deals asks for the same weights once per deal, and computing them
 * reads every touch of everyone. The version is the newest event and activity ids: every write
 * to the timeline (imports, merges, unmerges, deal changes) logs an event in its transaction.
 */
const effectsCache = new WeakMap<
  pg.Pool,
  Map<string, { version: string; effects: Promise<Map<string, number>> }>
>();

export async function removalEffectsFor(
  pool: pg.Pool,
  query: AttributionQuery,
): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ version: string }>(
    `SELECT concat_ws(':', (SELECT max(id) FROM "Event"), (SELECT max(id) FROM "Activity")) AS version`,
  );
  const version = rows[0]!.version;
  const key = JSON.stringify([
    query.lookbackDays,
    query.groupBy,
    query.conversion ?? null,
    query.from ?? null,
    query.to ?? null,
  ]);
  let cache = effectsCache.get(pool);
  if (!cache) effectsCache.set(pool, (cache = new Map()));
  const cached = cache.get(key);
  if (cached?.version === version) return cached.effects;
  const effects = computeRemovalEffects(pool, query);
  cache.set(key, { version, effects });
  // A failed computation is not kept: the next call tries again.
  effects.catch(() => {
    if (cache.get(key)?.effects === effects) cache.delete(key);
  });
  return effects;
}

export interface DealTouchCredit {
  activityId: number;
  group: string;
  credits: Array<{ model: AttributionModel; credit: number }>;
}

/**
 * The touches behind one deal: its contact's touches in the 90 days before the deal was won (or
 * before now, for a deal not won yet) with each model's credit, by channel.
 */
export async function dealAttribution(pool: pg.Pool, dealId: number): Promise<DealTouchCredit[]> {
  const query: AttributionQuery = { lookbackDays: 90, groupBy: "channel" };
  let [conversion] = await loadConversions(pool, query, dealId);
  if (!conversion) {
    const { rows } = await pool.query<{ contactId: number | null }>(
      `SELECT "contactId" FROM "Deal" WHERE id = $1`,
      [dealId],
    );
    if (rows[0]?.contactId == null) return [];
    conversion = { personId: rows[0].contactId, t: Date.now(), amount: null, currency: null };
  }
  const [touches] = await loadTouches(pool, [conversion], query.lookbackDays, query.groupBy);
  if (!touches || touches.length === 0) return [];
  const effects = await removalEffectsFor(pool, query);
  const shares = ATTRIBUTION_MODELS.map((model) => ({
    model,
    shares: creditTouches(touches, conversion.t, model, effects),
  }));
  return touches.map((touch, i) => ({
    activityId: touch.activityId,
    group: touch.group,
    credits: shares.map(({ model, shares: s }) => ({ model, credit: s[i]! })),
  }));
}
