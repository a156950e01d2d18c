import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder, idOf, prismaEnum } from "../builder.ts";
import { PriorityEnum } from "../conversations/schema.ts";
import { ValidationError } from "../errors.ts";
import type { LoggedEvent } from "../events/log.ts";
import { liveOptions } from "../events/schema.ts";
import { AlertRuleKind } from "../generated/prisma/enums.ts";
import {
  type AlertRuleShape,
  type CompetitorUnhappyParams,
  type CrisisRuleParams,
  describeRule,
  type InfluentialUnhappyParams,
  paramsOf,
} from "./rules.ts";
import {
  acknowledgeAlert,
  alertOrder,
  alertsRaised,
  alertWhere,
  deleteAlertRule,
  saveAlertRule,
} from "./service.ts";

const AlertRuleKindEnum = prismaEnum(
  "AlertRuleKind",
  AlertRuleKind,
  "What an alert rule watches for",
);

const InfluentialUnhappyParamsRef = builder
  .objectRef<InfluentialUnhappyParams>("InfluentialUnhappyParams")
  .implement({
    description: "An influential author (by followers or score) who is negative or has a problem",
    fields: (t) => ({
      minFollowers: t.exposeInt("minFollowers"),
      minInfluence: t.exposeFloat("minInfluence", { description: "Influence score, 0 to 100" }),
      sentimentBelow: t.exposeFloat("sentimentBelow", {
        description: "Sentiment at or below this is unhappy",
      }),
      problemIntent: t.exposeBoolean("problemIntent", {
        description: "Whether a problem counts whatever the sentiment",
      }),
    }),
  });

const CompetitorUnhappyParamsRef = builder
  .objectRef<CompetitorUnhappyParams>("CompetitorUnhappyParams")
  .implement({
    description: "An influential author negative about a competitor brand",
    fields: (t) => ({
      minFollowers: t.exposeInt("minFollowers"),
      minInfluence: t.exposeFloat("minInfluence"),
      sentimentBelow: t.exposeFloat("sentimentBelow"),
    }),
  });

const CrisisParamsRef = builder.objectRef<CrisisRuleParams>("CrisisParams").implement({
  description:
    "Negative mentions of an own brand well above its usual count for that hour of the week (robust z-score: median and MAD)",
  fields: (t) => ({
    windowMinutes: t.exposeInt("windowMinutes"),
    threshold: t.exposeFloat("threshold", {
      description: "Robust z-score at or above which the count is a crisis",
    }),
    minCount: t.exposeInt("minCount", {
      description: "Fewest negative mentions in the window for an alert",
    }),
    weeks: t.exposeInt("weeks", {
      description: "Weeks of the same hour the baseline looks back at",
    }),
    minWeeks: t.exposeInt("minWeeks", {
      description:
        "Weeks of history the seasonal baseline needs; with fewer, the recent hours serve",
    }),
    sentimentBelow: t.exposeFloat("sentimentBelow", {
      description: "A mention at or below this sentiment is negative",
    }),
  }),
});

const shapeOf = (rule: {
  id: number;
  name: string;
  kind: AlertRuleKind;
  enabled: boolean;
  params: unknown;
}): AlertRuleShape => ({ ...rule, params: paramsOf(rule.kind, rule.params) }) as AlertRuleShape;

builder.prismaNode("AlertRule", {
  id: { field: "id" },
  description:
    "A rule that raises alerts as inbound messages arrive; one of the three parameter fields is set, for its kind",
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: AlertRuleKindEnum }),
    enabled: t.exposeBoolean("enabled"),
    description: t.string({
      description: "What the rule watches for, in words",
      resolve: (rule) => describeRule(shapeOf(rule)),
    }),
    influentialUnhappy: t.field({
      type: InfluentialUnhappyParamsRef,
      nullable: true,
      resolve: (rule) =>
        rule.kind === "influential_unhappy" ? paramsOf("influential_unhappy", rule.params) : null,
    }),
    crisis: t.field({
      type: CrisisParamsRef,
      nullable: true,
      resolve: (rule) => (rule.kind === "crisis" ? paramsOf("crisis", rule.params) : null),
    }),
    competitorUnhappy: t.field({
      type: CompetitorUnhappyParamsRef,
      nullable: true,
      resolve: (rule) =>
        rule.kind === "competitor_unhappy" ? paramsOf("competitor_unhappy", rule.params) : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Alert", {
  id: { field: "id" },
  description:
    "Something someone should look at now: one per rule and conversation (or brand and day, for a crisis), updated as it grows",
  fields: (t) => ({
    severity: t.expose("severity", {
      type: PriorityEnum,
      description: "The highest priority it reached",
    }),
    reason: t.exposeString("reason", {
      description:
        'Why, in words and numbers ("1.2M followers, sentiment -0.8, 40 replies in the last hour")',
    }),
    rule: t.relation("rule"),
    person: t.prismaField({
      type: "Person",
      nullable: true,
      description:
        "Who wrote the latest message (the surviving profile when they were merged since)",
      resolve: async (query, alert, _args, ctx) => {
        if (!alert.personId) return null;
        const person = await ctx.prisma.person.findUnique({
          where: { id: alert.personId },
          select: { mergedIntoId: true },
        });
        return person
          ? ctx.prisma.person.findUnique({
              ...query,
              where: { id: person.mergedIntoId ?? alert.personId },
            })
          : null;
      },
    }),
    message: t.prismaField({
      type: "Message",
      nullable: true,
      description: "The latest message that raised or grew it",
      resolve: (query, alert, _args, ctx) =>
        alert.messageId
          ? ctx.prisma.message.findUnique({ ...query, where: { id: alert.messageId } })
          : null,
    }),
    conversation: t.prismaField({
      type: "Conversation",
      nullable: true,
      resolve: (query, alert, _args, ctx) =>
        alert.conversationId
          ? ctx.prisma.conversation.findUnique({ ...query, where: { id: alert.conversationId } })
          : null,
    }),
    case: t.prismaField({
      type: "Case",
      nullable: true,
      description:
        "The case of its conversation, however it was opened (by itself for a problem, or from this alert)",
      resolve: (query, alert, _args, ctx) =>
        alert.conversationId
          ? ctx.prisma.case.findUnique({
              ...query,
              where: { conversationId: alert.conversationId },
            })
          : null,
    }),
    brand: t.prismaField({
      type: "Brand",
      nullable: true,
      description: "The own brand in crisis, or the competitor the person is unhappy about",
      resolve: (query, alert, _args, ctx) =>
        alert.brandId
          ? ctx.prisma.brand.findUnique({ ...query, where: { id: alert.brandId } })
          : null,
    }),
    messageCount: t.exposeInt("messageCount", {
      description: "Messages that matched the rule for it so far",
    }),
    details: t.expose("details", { type: "JSON", description: "The numbers behind the reason" }),
    raisedAt: t.expose("raisedAt", { type: "DateTime", description: "When it was first raised" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last grew" }),
    acknowledgedAt: t.expose("acknowledgedAt", { type: "DateTime", nullable: true }),
    acknowledgedBy: t.exposeString("acknowledgedBy", {
      nullable: true,
      description: "The name of the API key that acknowledged it",
    }),
  }),
});

const AlertFilterInput = builder.inputType("AlertFilter", {
  fields: (t) => ({
    minSeverity: t.field({ type: PriorityEnum, description: "Only alerts at least this severe" }),
    acknowledged: t.boolean({
      description: "Only acknowledged (true) or only open (false) alerts",
    }),
    ruleId: t.globalID({ description: "Only alerts of this AlertRule" }),
    from: t.field({ type: "DateTime", description: "Raised or updated at or after" }),
    to: t.field({ type: "DateTime", description: "Raised or updated before" }),
  }),
});

const InfluentialUnhappyParamsInput = builder.inputType("InfluentialUnhappyParamsInput", {
  description: "Left-out fields take the defaults",
  fields: (t) => ({
    minFollowers: t.int(),
    minInfluence: t.float(),
    sentimentBelow: t.float(),
    problemIntent: t.boolean(),
  }),
});
const CompetitorUnhappyParamsInput = builder.inputType("CompetitorUnhappyParamsInput", {
  description: "Left-out fields take the defaults",
  fields: (t) => ({ minFollowers: t.int(), minInfluence: t.float(), sentimentBelow: t.float() }),
});
const CrisisParamsInput = builder.inputType("CrisisParamsInput", {
  description: "Left-out fields take the defaults",
  fields: (t) => ({
    windowMinutes: t.int(),
    threshold: t.float(),
    minCount: t.int(),
    weeks: t.int(),
    minWeeks: t.int(),
    sentimentBelow: t.float(),
  }),
});

const AlertRuleInput = builder.inputType("AlertRuleInput", {
  description:
    "A new rule (no id) or changes to one; give exactly one of the kinds' parameters, or none to keep the rule's",
  fields: (t) => ({
    id: t.globalID({ description: "The AlertRule to change; left out, a new rule" }),
    name: t.string({ required: true }),
    enabled: t.boolean({ defaultValue: true }),
    influentialUnhappy: t.field({ type: InfluentialUnhappyParamsInput }),
    crisis: t.field({ type: CrisisParamsInput }),
    competitorUnhappy: t.field({ type: CompetitorUnhappyParamsInput }),
  }),
});

const kindFields = {
  influentialUnhappy: "influential_unhappy",
  crisis: "crisis",
  competitorUnhappy: "competitor_unhappy",
} as const;

function kindOf(input: typeof AlertRuleInput.$inferInput) {
  const given = (Object.keys(kindFields) as Array<keyof typeof kindFields>).filter(
    (field) => input[field] != null,
  );
  if (given.length > 1)
    throw new ValidationError(
      "input",
      `must give one kind's parameters, got ${given.join(" and ")}`,
      "AlertRuleInput",
    );
  const field = given[0];
  if (!field) return undefined;
  return {
    kind: kindFields[field],
    params: input[field] as Record<string, unknown>,
    field: `input.${field}`,
  };
}

builder.queryFields((t) => ({
  alerts: t.prismaConnection({
    type: "Alert",
    cursor: "id",
    description: "Alerts, most severe first, then the most recently raised or updated",
    args: { filter: t.arg({ type: AlertFilterInput }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.alert.count({ where: alertWhere(filterOf(args.filter)) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.alert.findMany({
        ...query,
        where: alertWhere(filterOf(args.filter)),
        orderBy: alertOrder,
      }),
  }),
  alertRules: t.prismaField({
    type: ["AlertRule"],
    description: "Every alert rule, the defaults first",
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.alertRule.findMany({ ...query, orderBy: { id: "asc" }, take: 1000 }),
  }),
}));

function filterOf(filter: typeof AlertFilterInput.$inferInput | null | undefined) {
  return {
    minSeverity: filter?.minSeverity,
    acknowledged: filter?.acknowledged,
    ruleId: filter?.ruleId ? idOf(filter.ruleId, "AlertRule", "filter.ruleId") : null,
    from: filter?.from,
    to: filter?.to,
  };
}

builder.mutationFields((t) => ({
  saveAlertRule: t.prismaField({
    type: "AlertRule",
    description: "Creates a rule, or changes the one with input.id (admin, analyst)",
    args: { input: t.arg({ type: AlertRuleInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const saved = await saveAlertRule(ctx.prisma, {
        id: args.input.id ? idOf(args.input.id, "AlertRule", "input.id") : undefined,
        name: args.input.name,
        enabled: args.input.enabled ?? true,
        kind: kindOf(args.input),
      });
      return ctx.prisma.alertRule.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
  deleteAlertRule: t.id({
    description:
      "Deletes a rule and its alerts; returns its ID. To pause a rule, save it with enabled: false",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deleteAlertRule(ctx.prisma, idOf(args.id, "AlertRule", "id"));
      return encodeGlobalID("AlertRule", args.id.id);
    },
  }),
  acknowledgeAlert: t.prismaField({
    type: "Alert",
    description:
      "Marks an alert as seen (admin, analyst); it comes back unacknowledged if its severity rises",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(args.id, "Alert", "id");
      await acknowledgeAlert(ctx.prisma, id, ctx.viewer.name);
      return ctx.prisma.alert.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

builder.subscriptionFields((t) => ({
  alertRaised: t.prismaField({
    type: "Alert",
    description:
      "Alerts as they are raised or grow, at or above a severity; within a second or two of the message's import",
    args: { minSeverity: t.arg({ type: PriorityEnum }) },
    subscribe: (_root, args, ctx) =>
      alertsRaised(ctx.live, args.minSeverity ?? null, liveOptions(ctx, {})),
    resolve: (query, event: LoggedEvent, _args, ctx) =>
      ctx.prisma.alert.findUniqueOrThrow({
        ...query,
        where: { id: event.payload.alertId as number },
      }),
  }),
}));
