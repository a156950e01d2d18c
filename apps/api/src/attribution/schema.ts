import { builder } from "../builder.ts";
import { FunnelInput, funnelQueryOf } from "../funnels/schema.ts";
import { ATTRIBUTION_MODELS, type AttributionModel } from "./models.ts";
import {
  type AttributionRow,
  type DealTouchCredit,
  dealAttribution,
  type MoneyAmount,
  runAttribution,
} from "./service.ts";

const AttributionModelEnum = builder.enumType("AttributionModel", {
  values: {
    FIRST_TOUCH: { value: "first_touch" },
    LAST_TOUCH: { value: "last_touch" },
    LINEAR: { value: "linear", description: "Equal shares" },
    TIME_DECAY: { value: "time_decay", description: "Halves every 7 days before the conversion" },
    POSITION_BASED: {
      value: "position_based",
      description: "40% first, 40% last, 20% shared by those between",
    },
    DATA_DRIVEN: {
      value: "data_driven",
      description: "In proportion to the Markov removal effect of each touch's group",
    },
  } as const,
});

const AttributionGroupByEnum = builder.enumType("AttributionGroupBy", {
  values: {
    CAMPAIGN: { value: "campaign" },
    CHANNEL: { value: "channel" },
    SOURCE: { value: "source" },
    DEPARTMENT: { value: "department" },
  } as const,
});

const AttributionConversionInput = builder.inputType("AttributionConversionInput", {
  description:
    "Reaching a funnel step is the conversion (without it: a won deal, its amount the revenue)",
  fields: (t) => ({
    funnel: t.field({ type: FunnelInput, required: true }),
    step: t.int({ description: "1-based; the last step when absent" }),
  }),
});

const AttributionInput = builder.inputType("AttributionInput", {
  fields: (t) => ({
    conversion: t.field({ type: AttributionConversionInput }),
    lookbackDays: t.int({
      defaultValue: 90,
      description: "Touches up to this many days before a conversion",
    }),
    groupBy: t.field({ type: AttributionGroupByEnum, required: true }),
    models: t.field({ type: [AttributionModelEnum], description: "All six when absent" }),
    from: t.field({ type: "DateTime", description: "Conversions at or after this" }),
    to: t.field({ type: "DateTime", description: "Conversions before this" }),
  }),
});

const MoneyAmountRef = builder.objectRef<MoneyAmount>("MoneyAmount").implement({
  fields: (t) => ({ currency: t.exposeString("currency"), amount: t.exposeFloat("amount") }),
});

const AttributionCreditRef = builder
  .objectRef<AttributionRow["credits"][number]>("AttributionCredit")
  .implement({
    fields: (t) => ({
      model: t.field({ type: AttributionModelEnum, resolve: (c) => c.model }),
      conversions: t.exposeFloat("conversions", {
        description: "Conversions credited (fractions of conversions)",
      }),
      revenue: t.field({
        type: [MoneyAmountRef],
        description: "Revenue credited, per currency",
        resolve: (c) => c.revenue,
      }),
    }),
  });

const AttributionRowRef = builder.objectRef<AttributionRow>("AttributionRow").implement({
  fields: (t) => ({
    value: t.string({
      nullable: true,
      description: "Campaign ID, channel, source or department; null for none",
      resolve: (r) => r.value,
    }),
    label: t.exposeString("label"),
    credits: t.field({
      type: [AttributionCreditRef],
      description: "One per model asked for, in that order",
      resolve: (r) => r.credits,
    }),
  }),
});

const AttributionResultRef = builder
  .objectRef<Awaited<ReturnType<typeof runAttribution>>>("AttributionResult")
  .implement({
    fields: (t) => ({
      conversions: t.exposeInt("conversions"),
      revenue: t.field({ type: [MoneyAmountRef], resolve: (r) => r.revenue }),
      rows: t.field({
        type: [AttributionRowRef],
        description: "Most credit under the first model first",
        resolve: (r) => r.rows,
      }),
    }),
  });

const ModelCreditRef = builder
  .objectRef<{ model: AttributionModel; credit: number }>("AttributionModelCredit")
  .implement({
    fields: (t) => ({
      model: t.field({ type: AttributionModelEnum, resolve: (c) => c.model }),
      credit: t.exposeFloat("credit", { description: "This touch's share of the deal, 0 to 1" }),
    }),
  });

const DealTouchRef = builder.objectRef<DealTouchCredit>("DealTouch").implement({
  fields: (t) => ({
    activity: t.prismaField({
      type: "Activity",
      resolve: (query, touch, _args, ctx) =>
        ctx.prisma.activity.findUniqueOrThrow({ ...query, where: { id: touch.activityId } }),
    }),
    channel: t.exposeString("group"),
    credits: t.field({ type: [ModelCreditRef], resolve: (touch) => touch.credits }),
  }),
});

builder.queryFields((t) => ({
  attribution: t.field({
    type: AttributionResultRef,
    description:
      "Conversions and revenue credited to the touches before them, under every model side by side",
    args: { input: t.arg({ type: AttributionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runAttribution(ctx.db.pool, {
        conversion: input.conversion && {
          funnel: funnelQueryOf(input.conversion.funnel),
          step: input.conversion.step,
        },
        lookbackDays: input.lookbackDays ?? 90,
        groupBy: input.groupBy,
        models: input.models ?? ATTRIBUTION_MODELS,
        from: input.from,
        to: input.to,
      }),
  }),
}));

builder.prismaObjectField("Deal", "attribution", (t) =>
  t.field({
    type: [DealTouchRef],
    description:
      "The contact's touches in the 90 days before the deal was won (or before now), oldest first, with each model's credit",
    select: { id: true },
    resolve: (deal, _args, ctx) => dealAttribution(ctx.db.pool, deal.id),
  }),
);
