import { builder, idOf } from "../builder.ts";
import { ChannelEnum } from "../conversations/schema.ts";
import { ValidationError } from "../errors.ts";
import {
  type BrandPeriod,
  type BrandSeries,
  brandMetrics,
  brandRisingTerms,
  type ChannelCount,
  type MetricInterval,
} from "./metrics.ts";
import { type PlaceCount, placeBreakdown } from "./places.ts";
import type { RisingTerm } from "./terms.ts";

export const MetricIntervalEnum = builder.enumType("MetricInterval", {
  values: {
    HOUR: { value: "hour" },
    DAY: { value: "day" },
    WEEK: { value: "week", description: "ISO weeks, from Monday 00:00 UTC" },
  } as const,
});

const ChannelCountRef = builder.objectRef<ChannelCount>("ChannelMentions").implement({
  fields: (t) => ({
    channel: t.expose("channel", { type: ChannelEnum }),
    mentions: t.exposeInt("mentions"),
  }),
});

const BrandPeriodRef = builder.objectRef<BrandPeriod>("BrandPeriod").implement({
  description: "A brand's mentions in one period",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    mentions: t.exposeInt("mentions"),
    shareOfVoice: t.exposeFloat("shareOfVoice", {
      description: "Its mentions over every tracked brand's mentions in the period (0 to 1)",
    }),
    averageSentiment: t.exposeFloat("averageSentiment", {
      nullable: true,
      description: "Mean sentiment of its mentions (-1 to 1); null without any",
    }),
    negativeShare: t.exposeFloat("negativeShare", {
      description: "Share of its mentions below -0.3, the complaint threshold",
    }),
    reachWeightedMentions: t.exposeFloat("reachWeightedMentions", {
      description: "Sum of the mentioning messages' reach",
    }),
    channels: t.field({
      type: [ChannelCountRef],
      description: "Mentions per channel, most first",
      resolve: (period) => period.channels,
    }),
  }),
});

const RisingTermRef = builder.objectRef<RisingTerm>("RisingTerm").implement({
  description:
    "A word or two-word phrase a brand's messages use more than in its own baseline, by log-likelihood ratio (G²)",
  fields: (t) => ({
    term: t.exposeString("term"),
    phrase: t.exposeBoolean("phrase", { description: "Two words rather than one" }),
    count: t.exposeInt("count", { description: "Messages of the period that use it" }),
    baselineCount: t.exposeInt("baselineCount", {
      description: "Messages of the baseline that use it",
    }),
    score: t.exposeFloat("score", {
      description: "G² (3.84 is p < 0.05, 6.63 p < 0.01); 0 when there is no baseline",
    }),
    ratio: t.exposeFloat("ratio", {
      nullable: true,
      description:
        "Times more often per message than in the baseline; null when the baseline never used it",
    }),
    examples: t.prismaField({
      type: ["Message"],
      description: "Up to three messages that use it, widest reach first",
      resolve: async (query, term, _args, ctx) => {
        const rows = await ctx.prisma.message.findMany({
          ...query,
          where: { id: { in: term.exampleIds } },
        });
        return term.exampleIds.flatMap((id) => rows.find((row) => row.id === id) ?? []);
      },
    }),
  }),
});

/** A series keeps its range so that its rising terms are computed for the same period. */
type SeriesShape = BrandSeries & { from: Date; to: Date };

const BrandSeriesRef = builder.objectRef<SeriesShape>("BrandSeries").implement({
  fields: (t) => ({
    brand: t.prismaField({
      type: "Brand",
      resolve: async (query, series, _args, ctx) =>
        ctx.prisma.brand.findUniqueOrThrow({ ...query, where: { id: series.brandId } }),
    }),
    totals: t.field({
      type: BrandPeriodRef,
      description: "The whole range (start is `from`)",
      resolve: (series) => series.totals,
    }),
    periods: t.field({ type: [BrandPeriodRef], resolve: (series) => series.periods }),
    risingTerms: t.field({
      type: [RisingTermRef],
      description:
        "What is being said: terms used more in the range than in the brand's own baseline before it",
      args: {
        first: t.arg.int({ defaultValue: 10, description: "At most 50" }),
        baselineDays: t.arg.int({
          description: "Days before `from` to compare with; default 4x the range, from 7 to 365",
        }),
      },
      complexity: (args) => ({
        field: 20,
        multiplier: Math.min(Math.max(args.first ?? 10, 1), 50),
      }),
      resolve: (series, args, ctx) => {
        const first = args.first ?? 10;
        if (!(first >= 1 && first <= 50))
          throw new ValidationError("first", "must be from 1 to 50");
        return brandRisingTerms(ctx.db.pool, {
          brandId: series.brandId,
          from: series.from,
          to: series.to,
          baselineDays: args.baselineDays,
          first,
        });
      },
    }),
  }),
});

const BrandMetricsRef = builder
  .objectRef<Awaited<ReturnType<typeof brandMetrics>>>("BrandMetrics")
  .implement({
    fields: (t) => ({
      from: t.expose("from", { type: "DateTime" }),
      to: t.expose("to", { type: "DateTime" }),
      interval: t.expose("interval", { type: MetricIntervalEnum }),
      periods: t.field({
        type: ["DateTime"],
        description: "Every period's start, those without mentions too",
        resolve: (metrics) => metrics.periods,
      }),
      brands: t.field({
        type: [BrandSeriesRef],
        description: "In the order of brandIds",
        resolve: (metrics) =>
          metrics.brands.map((series) => ({ ...series, from: metrics.from, to: metrics.to })),
      }),
    }),
  });

const PlaceCountRef = builder.objectRef<PlaceCount>("PlaceCount").implement({
  description: "Messages posted from one city (or one country, when the city is unknown)",
  fields: (t) => ({
    country: t.exposeString("country", { nullable: true }),
    city: t.exposeString("city", { nullable: true }),
    messages: t.exposeInt("messages"),
    averageSentiment: t.exposeFloat("averageSentiment", { nullable: true }),
    negativeShare: t.exposeFloat("negativeShare"),
  }),
});

builder.queryFields((t) => ({
  brandMetrics: t.field({
    type: BrandMetricsRef,
    description:
      "Per brand and period: mentions, share of voice among the tracked brands, sentiment, negative share, reach and channels",
    args: {
      brandIds: t.arg.globalIDList({ required: true, description: "At most 20 brands" }),
      from: t.arg({ type: "DateTime", required: true }),
      to: t.arg({ type: "DateTime", required: true }),
      interval: t.arg({
        type: MetricIntervalEnum,
        required: true,
        description: "At most 1,000 periods from `from` to `to`",
      }),
    },
    complexity: { field: 50 },
    resolve: (_root, args, ctx) =>
      brandMetrics(ctx.db.pool, {
        brandIds: args.brandIds.map((id, i) => idOf(id, "Brand", `brandIds[${i}]`)),
        from: args.from,
        to: args.to,
        interval: args.interval as MetricInterval,
      }),
  }),
  placeBreakdown: t.field({
    type: [PlaceCountRef],
    description: "Messages with a place in [from, to), per country and city, most first",
    args: {
      from: t.arg({ type: "DateTime", required: true }),
      to: t.arg({ type: "DateTime", required: true }),
      brandIds: t.arg.globalIDList({ description: "Only messages mentioning one of these brands" }),
      first: t.arg.int({ defaultValue: 20, description: "At most 100" }),
    },
    complexity: { field: 20 },
    resolve: (_root, args, ctx) =>
      placeBreakdown(ctx.db.pool, {
        from: args.from,
        to: args.to,
        brandIds: (args.brandIds ?? []).map((id, i) => idOf(id, "Brand", `brandIds[${i}]`)),
        first: args.first ?? 20,
      }),
  }),
}));
