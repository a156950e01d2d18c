import { encodeGlobalID, resolveOffsetConnection } from "@pothos/plugin-relay";
import { builder, idOf } from "../builder.ts";
import { TouchpointKindEnum } from "../campaigns/schema.ts";
import { ChannelEnum, DirectionEnum, IntentEnum } from "../conversations/schema.ts";
import { DealStatusEnum } from "../deals/schema.ts";
import { ValidationError } from "../errors.ts";
import { LifecycleStageEnum, PersonRef } from "../people/schema.ts";
import { ActivityKindEnum } from "../timeline/schema.ts";
import type { HistogramBin, StepStats, TrendPoint } from "./aggregate.ts";
import type { ActivityFilter } from "./filter.ts";
import {
  deleteFunnel,
  funnelUpdates,
  queryOfDefinition,
  savedFunnelQuery,
  saveFunnel,
} from "./saved.ts";
import {
  type BreakdownRow,
  type Correlation,
  type FunnelQuery,
  type FunnelRun,
  runFunnel,
} from "./service.ts";

/** Values one list of a filter may hold: enough for any hand-built step, small enough to bound the SQL. */
const MAX_FILTER_VALUES = 500;

export const ActivityFilterInput = builder.inputType("ActivityFilter", {
  description:
    "What a funnel step matches on the unified timeline: every field optional, all given fields must hold",
  fields: (t) => ({
    kinds: t.field({ type: [ActivityKindEnum] }),
    touchpointKinds: t.field({ type: [TouchpointKindEnum] }),
    campaignIds: t.globalIDList({ description: "Touchpoints of these campaigns" }),
    channels: t.field({ type: [ChannelEnum], description: "Messages on these channels" }),
    directions: t.field({ type: [DirectionEnum], description: "Messages in these directions" }),
    intents: t.field({ type: [IntentEnum], description: "Messages with these intents" }),
    sentimentBelow: t.float({ description: "Messages with sentiment below this" }),
    sentimentAbove: t.float({ description: "Messages with sentiment above this" }),
    brandIds: t.globalIDList({ description: "Messages that mention one of these brands" }),
    communityIds: t.globalIDList({ description: "Messages in these communities" }),
    dealStages: t.stringList({ description: "A deal entered one of these stages" }),
    dealStatuses: t.field({
      type: [DealStatusEnum],
      description: "A deal became won, lost (or open)",
    }),
    lifecycleStages: t.field({
      type: [LifecycleStageEnum],
      description: "The person reached one of these lifecycle stages",
    }),
    sources: t.stringList({
      description: "The record behind the activity came from one of these sources",
    }),
    properties: t.field({
      type: "JSON",
      description: "Touchpoints whose properties have each of these keys equal to its value",
    }),
  }),
});

type ActivityFilterArgs = typeof ActivityFilterInput.$inferInput;

/** The GraphQL filter as the compiler's: global IDs to database ids, sizes checked. */
export function activityFilterOf(input: ActivityFilterArgs, field: string): ActivityFilter {
  for (const [name, value] of Object.entries(input)) {
    if (Array.isArray(value) && value.length > MAX_FILTER_VALUES) {
      throw new ValidationError(
        `${field}.${name}`,
        `may list at most ${MAX_FILTER_VALUES} values, got ${value.length}`,
        "ActivityFilter",
      );
    }
  }
  const properties = input.properties;
  if (properties != null && (typeof properties !== "object" || Array.isArray(properties))) {
    throw new ValidationError(
      `${field}.properties`,
      "must be a JSON object of property names and values",
      "ActivityFilter",
    );
  }
  const ids = (
    list: Array<{ typename: string; id: string }> | null | undefined,
    typename: string,
    name: string,
  ) => list?.map((id, i) => idOf(id, typename, `${field}.${name}[${i}]`));
  return {
    ...input,
    campaignIds: ids(input.campaignIds, "Campaign", "campaignIds"),
    brandIds: ids(input.brandIds, "Brand", "brandIds"),
    communityIds: ids(input.communityIds, "Community", "communityIds"),
    properties: properties as Record<string, unknown> | null | undefined,
  };
}

const FunnelOrderEnum = builder.enumType("FunnelOrder", {
  values: {
    ORDERED: { value: "ordered", description: "Each step strictly after the one before" },
    STRICT: {
      value: "strict",
      description: "Each step the person's very next activity after the one before",
    },
    ANY_ORDER: {
      value: "any_order",
      description: "The steps in any order, within the window of the earliest",
    },
  } as const,
});

const FunnelBreakdownByEnum = builder.enumType("FunnelBreakdownBy", {
  values: {
    FIRST_TOUCH_CHANNEL: {
      value: "first_touch_channel",
      description: "Channel of the person's first touchpoint or message ever",
    },
    FIRST_TOUCH_CAMPAIGN: {
      value: "first_touch_campaign",
      description: "Campaign of the person's first touchpoint ever",
    },
    ORGANIZATION: { value: "organization", description: "The person's organization" },
    LIFECYCLE_STAGE: {
      value: "lifecycle_stage",
      description: "The person's current lifecycle stage",
    },
    SOURCE: { value: "source", description: "Source of the activity at the attributed step" },
    CHANNEL: {
      value: "channel",
      description:
        "Channel of the activity at the attributed step (a message's, or its campaign's)",
    },
    CAMPAIGN: { value: "campaign", description: "Campaign of the activity at the attributed step" },
    COMMUNITY: {
      value: "community",
      description: "Community of the activity at the attributed step",
    },
  } as const,
});

const FunnelAttributionEnum = builder.enumType("FunnelBreakdownAttribution", {
  description: "Which step's activity a breakdown by an activity's attribute reads",
  values: {
    FIRST_STEP: { value: "first_step" },
    LAST_STEP: { value: "last_step", description: "The furthest step the person reached" },
    STEP: { value: "step" },
  } as const,
});

const FunnelOutcomeEnum = builder.enumType("FunnelOutcome", {
  values: {
    CONVERTED: { value: "converted", description: "Reached this step" },
    DROPPED_OFF: { value: "dropped_off", description: "Reached the step before and not this one" },
  } as const,
});

const FunnelStepInput = builder.inputType("FunnelStepInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    where: t.field({ type: ActivityFilterInput, required: true }),
  }),
});

const FunnelExclusionInput = builder.inputType("FunnelExclusionInput", {
  description:
    "Voids an attempt with a matching activity strictly between the activities of steps afterStep and beforeStep (1-based)",
  fields: (t) => ({
    where: t.field({ type: ActivityFilterInput, required: true }),
    afterStep: t.int({ required: true }),
    beforeStep: t.int({ required: true }),
  }),
});

const FunnelBreakdownInput = builder.inputType("FunnelBreakdownInput", {
  fields: (t) => ({
    by: t.field({ type: FunnelBreakdownByEnum, required: true }),
    attribution: t.field({ type: FunnelAttributionEnum, defaultValue: "first_step" }),
    step: t.int({ description: "With attribution STEP: the step (1-based)" }),
  }),
});

export const FunnelInput = builder.inputType("FunnelInput", {
  fields: (t) => ({
    steps: t.field({ type: [FunnelStepInput], required: true, description: "2 to 20 steps" }),
    windowSeconds: t.int({
      required: true,
      description: "The last step at most this long after the first",
    }),
    order: t.field({ type: FunnelOrderEnum, defaultValue: "ordered" }),
    from: t.field({ type: "DateTime", description: "First steps at or after this" }),
    to: t.field({ type: "DateTime", description: "First steps before this" }),
    exclusions: t.field({ type: [FunnelExclusionInput] }),
    breakdown: t.field({ type: FunnelBreakdownInput }),
  }),
});

export function funnelQueryOf(input: typeof FunnelInput.$inferInput): FunnelQuery {
  return {
    steps: input.steps.map((step, i) => ({
      name: step.name,
      where: activityFilterOf(step.where, `steps[${i}].where`),
    })),
    windowSeconds: input.windowSeconds,
    order: input.order ?? "ordered",
    from: input.from,
    to: input.to,
    exclusions: input.exclusions?.map((exclusion, i) => ({
      afterStep: exclusion.afterStep,
      beforeStep: exclusion.beforeStep,
      where: activityFilterOf(exclusion.where, `exclusions[${i}].where`),
    })),
    breakdown: input.breakdown && {
      by: input.breakdown.by,
      attribution: input.breakdown.attribution,
      step: input.breakdown.step,
    },
  };
}

interface FunnelStepParent {
  stats: StepStats;
  /** 1-based. */
  step: number;
  run: FunnelRun;
}

const FunnelStepRef = builder.objectRef<FunnelStepParent>("FunnelStep").implement({
  fields: (t) => ({
    name: t.string({ resolve: (s) => s.stats.name }),
    count: t.int({ description: "People who reached this step", resolve: (s) => s.stats.count }),
    conversionFromFirst: t.float({ resolve: (s) => s.stats.conversionFromFirst }),
    conversionFromPrevious: t.float({ resolve: (s) => s.stats.conversionFromPrevious }),
    droppedOff: t.int({
      description: "People who reached the step before and not this one",
      resolve: (s) => s.stats.droppedOff,
    }),
    medianSecondsFromPrevious: t.float({
      nullable: true,
      resolve: (s) => s.stats.medianSecondsFromPrevious,
    }),
    p90SecondsFromPrevious: t.float({
      nullable: true,
      resolve: (s) => s.stats.p90SecondsFromPrevious,
    }),
    people: t.connection({
      type: PersonRef,
      authScopes: { pii: true },
      description:
        "Who converted at this step or dropped off before it, by id; personal data, so not for viewers",
      args: { outcome: t.arg({ type: FunnelOutcomeEnum, defaultValue: "converted" }) },
      resolve: (s, args, ctx) =>
        resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const ids = s.run
            .people(s.step, args.outcome ?? "converted")
            .slice(offset, offset + limit);
          const people = await ctx.prisma.person.findMany({ where: { id: { in: ids } } });
          const byId = new Map(people.map((person) => [person.id, person]));
          return ids.map((id) => byId.get(id)!).filter(Boolean);
        }),
    }),
  }),
});

const stepsOf = (run: FunnelRun, stats: StepStats[]): FunnelStepParent[] =>
  stats.map((s, i) => ({ stats: s, step: i + 1, run }));

const FunnelBreakdownRowRef = builder.objectRef<BreakdownRow>("FunnelBreakdownRow").implement({
  fields: (t) => ({
    value: t.string({
      nullable: true,
      description:
        "The attribute's value (the database id of a campaign, community or organization); null for none",
      resolve: (row) => row.value,
    }),
    label: t.exposeString("label"),
    steps: t.field({
      type: [
        builder.objectRef<StepStats>("FunnelBreakdownStep").implement({
          fields: (s) => ({
            name: s.exposeString("name"),
            count: s.exposeInt("count"),
            conversionFromFirst: s.exposeFloat("conversionFromFirst"),
            conversionFromPrevious: s.exposeFloat("conversionFromPrevious"),
            droppedOff: s.exposeInt("droppedOff"),
            medianSecondsFromPrevious: s.exposeFloat("medianSecondsFromPrevious", {
              nullable: true,
            }),
            p90SecondsFromPrevious: s.exposeFloat("p90SecondsFromPrevious", { nullable: true }),
          }),
        }),
      ],
      resolve: (row) => row.steps,
    }),
  }),
});

const HistogramBinRef = builder.objectRef<HistogramBin>("FunnelHistogramBin").implement({
  fields: (t) => ({
    fromSeconds: t.exposeInt("fromSeconds"),
    toSeconds: t.exposeInt("toSeconds"),
    count: t.exposeInt("count"),
  }),
});

const TrendPointRef = builder.objectRef<TrendPoint>("FunnelTrendPoint").implement({
  fields: (t) => ({
    weekStart: t.expose("weekStart", {
      type: "DateTime",
      description: "Monday 00:00 UTC of the week people entered",
    }),
    entered: t.exposeInt("entered"),
    converted: t.exposeInt("converted"),
    conversion: t.exposeFloat("conversion"),
  }),
});

const CorrelationRef = builder.objectRef<Correlation>("FunnelCorrelation").implement({
  description:
    "A channel, campaign, intent, source, community or organization and how it goes with converting",
  fields: (t) => ({
    kind: t.exposeString("kind", {
      description: "channel, campaign, intent, source, community or organization",
    }),
    value: t.exposeString("value"),
    label: t.exposeString("label"),
    oddsRatio: t.float({
      description:
        "Odds of converting with it over the odds without it (a half added to each count)",
      resolve: (c) => c.stats.oddsRatio,
    }),
    lower95: t.float({ resolve: (c) => c.stats.lower95 }),
    upper95: t.float({ resolve: (c) => c.stats.upper95 }),
    convertedWith: t.int({ resolve: (c) => c.stats.withConverted }),
    droppedWith: t.int({ resolve: (c) => c.stats.withDropped }),
    convertedWithout: t.int({ resolve: (c) => c.stats.withoutConverted }),
    droppedWithout: t.int({ resolve: (c) => c.stats.withoutDropped }),
  }),
});

const FunnelResultRef = builder.objectRef<FunnelRun>("FunnelResult").implement({
  fields: (t) => ({
    steps: t.field({ type: [FunnelStepRef], resolve: (run) => stepsOf(run, run.steps) }),
    breakdown: t.field({
      type: [FunnelBreakdownRowRef],
      description: "One row per value, most people first",
      resolve: (run) => run.breakdown,
    }),
    timeToConvert: t.field({
      type: [HistogramBinRef],
      description: "First step to last, of the people who converted",
      resolve: (run) => run.timeToConvert,
    }),
    trend: t.field({
      type: [TrendPointRef],
      description: "By week of the first step",
      resolve: (run) => run.trend,
    }),
    correlations: t.field({
      type: [CorrelationRef],
      description: "Strongest evidence first",
      resolve: (run) => run.correlations(),
    }),
  }),
});

builder.queryFields((t) => ({
  funnel: t.field({
    type: FunnelResultRef,
    description:
      "Who goes through these steps, how fast, and what goes with converting: `funnel(input:)` for a funnel given here, `funnel(id:)` for a saved one (exactly one of the two)",
    args: {
      input: t.arg({ type: FunnelInput }),
      id: t.arg.globalID({ description: "A saved funnel's ID" }),
    },
    resolve: async (_root, args, ctx) => {
      if (Boolean(args.input) === Boolean(args.id))
        throw new ValidationError("input", "give exactly one of input and id");
      const query = args.input
        ? funnelQueryOf(args.input)
        : await savedFunnelQuery(ctx.prisma, idOf(args.id!, "SavedFunnel", "id"));
      return runFunnel(ctx.db.pool, query);
    },
  }),
}));

builder.prismaNode("SavedFunnel", {
  id: { field: "id" },
  description: "A funnel saved on the dashboard, shared by everyone who reads it",
  fields: (t) => ({
    name: t.exposeString("name"),
    savedBy: t.exposeString("savedBy", {
      description: "The name of the API key that saved it last",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    definition: t.expose("definition", {
      type: "JSON",
      description: "The funnel, with database ids and ISO dates",
    }),
    result: t.field({
      type: FunnelResultRef,
      select: { definition: true },
      resolve: (saved, _args, ctx) => runFunnel(ctx.db.pool, queryOfDefinition(saved.definition)),
    }),
  }),
});

builder.queryFields((t) => ({
  funnels: t.prismaConnection({
    type: "SavedFunnel",
    cursor: "id",
    description: "Saved funnels, newest first",
    totalCount: (_parent, _args, ctx) => ctx.prisma.savedFunnel.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.savedFunnel.findMany({ ...query, orderBy: { id: "desc" } }),
  }),
  savedFunnel: t.prismaField({
    type: "SavedFunnel",
    nullable: true,
    description:
      "One saved funnel with its name and definition; `funnel(id:)` answers its result directly",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.savedFunnel.findUnique({
        ...query,
        where: { id: idOf(args.id, "SavedFunnel", "id") },
      }),
  }),
}));

builder.mutationFields((t) => ({
  saveFunnel: t.prismaField({
    type: "SavedFunnel",
    description: "Saves a new funnel, or replaces the one with this id",
    args: {
      name: t.arg.string({ required: true }),
      input: t.arg({ type: FunnelInput, required: true }),
      id: t.arg.globalID(),
    },
    resolve: async (query, _root, args, ctx) => {
      const saved = await saveFunnel(ctx.prisma, {
        id: args.id ? idOf(args.id, "SavedFunnel", "id") : undefined,
        name: args.name,
        query: funnelQueryOf(args.input),
        savedBy: ctx.viewer.name,
      });
      return ctx.prisma.savedFunnel.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
  deleteFunnel: t.id({
    description: "Deletes a saved funnel; returns its ID",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deleteFunnel(ctx.prisma, idOf(args.id, "SavedFunnel", "id"));
      return encodeGlobalID("SavedFunnel", args.id.id);
    },
  }),
}));

builder.subscriptionFields((t) => ({
  funnelUpdated: t.field({
    type: FunnelResultRef,
    description:
      "The saved funnel's result now, then whenever new activities change it (at most once a second)",
    args: { id: t.arg.globalID({ required: true }) },
    subscribe: (_root, args, ctx) =>
      funnelUpdates(
        { pool: ctx.db.pool, prisma: ctx.prisma, live: ctx.live },
        idOf(args.id, "SavedFunnel", "id"),
      ),
    resolve: (run: FunnelRun) => run,
  }),
}));
