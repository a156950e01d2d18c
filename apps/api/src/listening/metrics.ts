// Share of voice and what is said: per tracked brand and period, how often it is mentioned, how
// the mentions feel, how far they reach and where they come from.
import type pg from "pg";
import { ValidationError } from "../errors.ts";
import type { Channel } from "../generated/prisma/enums.ts";
import { negativeSentimentThreshold } from "../overview/service.ts";
import { type RisingTerm, risingTerms, type TermMessage, words } from "./terms.ts";

export type MetricInterval = "hour" | "day" | "week";

/** Brands one request may ask for: each is a series on a chart. */
export const maxBrands = 20;
/** Periods one request may span: 41 days of hours, 2.7 years of days, 19 years of weeks. */
export const maxPeriods = 1_000;

const intervalMs: Record<MetricInterval, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

export interface ChannelCount {
  channel: Channel;
  mentions: number;
}

export interface BrandPeriod {
  /** Start of the period (UTC; weeks start on Monday); the totals carry `from`. */
  start: Date;
  mentions: number;
  /** This brand's mentions over every tracked brand's mentions in the period; 0 when none were made. */
  shareOfVoice: number;
  /** Mean sentiment of the scored mentions; null when none is scored. */
  averageSentiment: number | null;
  /** Share of the mentions more negative than the complaint threshold (overview/service.ts). */
  negativeShare: number;
  /** The sum of the mentioning messages' reach: how many people could have read them. */
  reachWeightedMentions: number;
  /** Mentions per channel, most first. */
  channels: ChannelCount[];
}

export interface BrandSeries {
  brandId: number;
  totals: BrandPeriod;
  periods: BrandPeriod[];
}

export interface BrandMetricsInput {
  brandIds: number[];
  from: Date;
  to: Date;
  interval: MetricInterval;
}

export interface BrandMetrics {
  from: Date;
  to: Date;
  interval: MetricInterval;
  /** The start of every period, including those without mentions. */
  periods: Date[];
  brands: BrandSeries[];
}

/** The period starts covering [from, to), as date_trunc computes them (UTC, ISO weeks). */
export function periodStarts(from: Date, to: Date, interval: MetricInterval): Date[] {
  const first = new Date(from);
  if (interval === "hour") first.setUTCMinutes(0, 0, 0);
  else first.setUTCHours(0, 0, 0, 0);
  // ISO weeks start on Monday; getUTCDay() is 0 on Sunday.
  if (interval === "week") first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const starts: Date[] = [];
  for (let at = first.getTime(); at < to.getTime(); at += intervalMs[interval])
    starts.push(new Date(at));
  return starts;
}

/** Refuses what would be unbounded or meaningless, naming the argument. */
export function checkRange(from: Date, to: Date, interval: MetricInterval): Date[] {
  if (Number.isNaN(from.getTime())) throw new ValidationError("from", "must be a date-time");
  if (!(to.getTime() > from.getTime())) throw new ValidationError("to", "must be later than from");
  const periods = (to.getTime() - from.getTime()) / intervalMs[interval];
  if (periods > maxPeriods) {
    throw new ValidationError(
      "to",
      `spans ${Math.ceil(periods)} periods of one ${interval}; at most ${maxPeriods}: choose a longer interval or a shorter range`,
    );
  }
  return periodStarts(from, to, interval);
}

/**
 * A timestamp column (UTC wall time) as epoch milliseconds: pg would read the bare timestamp in
 * the server process's local zone.
 */
export const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

interface CellRow {
  brandId: number;
  start: number;
  channel: Channel;
  mentions: number;
  sentimentSum: number | null;
  scored: number;
  negative: number;
  reach: number;
}

/**
 * The metrics of `brandIds` over [from, to). Share of voice counts every tracked brand's mentions
 * in the period, not only the brands asked for: a competitor left off the chart still takes voice.
 */
export async function brandMetrics(pool: pg.Pool, input: BrandMetricsInput): Promise<BrandMetrics> {
  const brandIds = [...new Set(input.brandIds)];
  if (brandIds.length === 0) throw new ValidationError("brandIds", "must name at least one brand");
  if (brandIds.length > maxBrands)
    throw new ValidationError(
      "brandIds",
      `may name at most ${maxBrands} brands, got ${brandIds.length}`,
    );
  const periods = checkRange(input.from, input.to, input.interval);
  const { rows: known } = await pool.query<{ id: number }>(
    `SELECT id FROM "Brand" WHERE id = ANY($1::int[])`,
    [brandIds],
  );
  const missing = brandIds.find((id) => !known.some((row) => row.id === id));
  if (missing !== undefined)
    throw new ValidationError("brandIds", `names no tracked brand (id ${missing})`);

  const range = [input.from.toISOString(), input.to.toISOString(), input.interval];
  // The requested brands' cells by period and channel, and every brand's mentions per period for the share.
  const [cells, totals] = await Promise.all([
    pool.query<CellRow>(
      `SELECT b."brandId", ${epochMs('date_trunc($3, b."postedAt")')} AS start, m.channel::text AS channel, count(*)::int AS mentions,
              sum(b.sentiment)::float8 AS "sentimentSum", count(b.sentiment)::int AS scored,
              count(*) FILTER (WHERE b.sentiment < $5)::int AS negative, sum(m.reach)::float8 AS reach
         FROM "BrandMention" b JOIN "Message" m ON m.id = b."messageId"
        WHERE b."brandId" = ANY($4::int[]) AND b."postedAt" >= $1::timestamp AND b."postedAt" < $2::timestamp
        GROUP BY 1, 2, 3`,
      [...range, brandIds, negativeSentimentThreshold],
    ),
    pool.query<{ start: number; mentions: number }>(
      `SELECT ${epochMs('date_trunc($3, "postedAt")')} AS start, count(*)::int AS mentions FROM "BrandMention"
        WHERE "postedAt" >= $1::timestamp AND "postedAt" < $2::timestamp GROUP BY 1`,
      range,
    ),
  ]);
  const voiceOf = new Map(totals.rows.map((row) => [row.start, row.mentions]));
  const allVoice = totals.rows.reduce((sum, row) => sum + row.mentions, 0);
  return {
    from: input.from,
    to: input.to,
    interval: input.interval,
    periods,
    brands: brandIds.map((brandId) => {
      const own = cells.rows.filter((row) => row.brandId === brandId);
      return {
        brandId,
        totals: summarize(input.from, own, allVoice),
        periods: periods.map((start) =>
          summarize(
            start,
            own.filter((row) => row.start === start.getTime()),
            voiceOf.get(start.getTime()) ?? 0,
          ),
        ),
      };
    }),
  };
}

/** One period's figures from its cells (one per channel). */
function summarize(start: Date, cells: CellRow[], voice: number): BrandPeriod {
  let mentions = 0,
    sentimentSum = 0,
    scored = 0,
    negative = 0,
    reach = 0;
  const channels = new Map<Channel, number>();
  for (const cell of cells) {
    mentions += cell.mentions;
    sentimentSum += cell.sentimentSum ?? 0;
    scored += cell.scored;
    negative += cell.negative;
    reach += cell.reach;
    channels.set(cell.channel, (channels.get(cell.channel) ?? 0) + cell.mentions);
  }
  return {
    start,
    mentions,
    shareOfVoice: voice === 0 ? 0 : mentions / voice,
    averageSentiment: scored === 0 ? null : sentimentSum / scored,
    negativeShare: mentions === 0 ? 0 : negative / mentions,
    reachWeightedMentions: reach,
    channels: [...channels]
      .map(([channel, count]) => ({ channel, mentions: count }))
      .sort((a, b) => b.mentions - a.mentions || a.channel.localeCompare(b.channel)),
  };
}

/** Messages read per side of a rising-terms comparison: the newest, so the cost stays bounded. */
export const maxTermMessages = { period: 5_000, baseline: 20_000 };

/** The baseline when none is given: four times the period's length before it, from 7 to 365 days. */
export function defaultBaselineDays(from: Date, to: Date): number {
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  return Math.min(365, Math.max(7, Math.ceil(4 * days)));
}

/**
 * The terms rising for one brand in [from, to) against its own messages in the `baselineDays`
 * before `from` (see terms.ts), each with example messages.
 */
export async function brandRisingTerms(
  pool: pg.Pool,
  input: { brandId: number; from: Date; to: Date; baselineDays?: number | null; first: number },
): Promise<RisingTerm[]> {
  const baselineDays = input.baselineDays ?? defaultBaselineDays(input.from, input.to);
  if (!(Number.isInteger(baselineDays) && baselineDays >= 1 && baselineDays <= 3650))
    throw new ValidationError("baselineDays", "must be a whole number of days from 1 to 3650");
  const baselineFrom = new Date(input.from.getTime() - baselineDays * 86_400_000);
  const read = (from: Date, to: Date, limit: number) =>
    pool.query<TermMessage>(
      `SELECT m.id, m.text, m.reach, ${epochMs(`m."postedAt"`)} AS "postedAt"
         FROM "BrandMention" b JOIN "Message" m ON m.id = b."messageId"
        WHERE b."brandId" = $1 AND b."postedAt" >= $2::timestamp AND b."postedAt" < $3::timestamp
        ORDER BY b."postedAt" DESC LIMIT $4`,
      [input.brandId, from.toISOString(), to.toISOString(), limit],
    );
  const [period, baseline, brand] = await Promise.all([
    read(input.from, input.to, maxTermMessages.period),
    read(baselineFrom, input.from, maxTermMessages.baseline),
    pool.query<{ name: string; terms: string[] }>(`SELECT name, terms FROM "Brand" WHERE id = $1`, [
      input.brandId,
    ]),
  ]);
  const own = brand.rows[0] ? [brand.rows[0].name, ...brand.rows[0].terms].flatMap(words) : [];
  return risingTerms(period.rows, baseline.rows, own, input.first);
}
