import { builder, idOf, prismaEnum } from "../builder.ts";
import { ValidationError } from "../errors.ts";
import { CommunityKind } from "../generated/prisma/enums.ts";
import {
  activeSuperuserIds,
  type CommunityMetrics,
  type CommunityMonth,
  communityMetrics,
  communityRetention,
  type FirstAnswerTimes,
  type RetentionCohort,
  type RetentionInterval,
} from "./metrics.ts";

const CommunityKindEnum = prismaEnum("CommunityKind", CommunityKind);

builder.prismaNode("Community", {
  id: { field: "id" },
  description: "A forum, group, subreddit, hashtag, mailing list, Slack or Discord space",
  fields: (t) => ({
    source: t.exposeString("source"),
    sourceId: t.exposeString("sourceId"),
    platform: t.exposeString("platform"),
    kind: t.expose("kind", { type: CommunityKindEnum }),
    name: t.exposeString("name"),
    url: t.exposeString("url", { nullable: true }),
    memberships: t.relatedConnection("memberships", {
      cursor: "id",
      query: { orderBy: [{ lastActiveAt: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
      totalCount: true,
    }),
    conversations: t.relatedConnection("conversations", {
      cursor: "id",
      query: { orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

builder.prismaObject("Membership", {
  fields: (t) => ({
    person: t.relation("person"),
    community: t.relation("community"),
    role: t.exposeString("role"),
    joinedAt: t.expose("joinedAt", { type: "DateTime", nullable: true }),
    lastActiveAt: t.expose("lastActiveAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryFields((t) => ({
  communities: t.prismaConnection({
    type: "Community",
    cursor: "id",
    args: { platform: t.arg.string() },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.community.count({ where: args.platform ? { platform: args.platform } : {} }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.community.findMany({
        ...query,
        where: args.platform ? { platform: args.platform } : {},
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
}));

const CommunityMonthRef = builder.objectRef<CommunityMonth>("CommunityMonth").implement({
  description: "A community's members in one calendar month (UTC)",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    members: t.exposeInt("members", {
      description: "Members who had joined by the end of the month",
    }),
    joined: t.exposeInt("joined", { description: "Members who joined in the month" }),
    active: t.exposeInt("active", {
      description: "Members who posted or were active in the month",
    }),
    lapsed: t.exposeInt("lapsed", {
      description: "Members active in the month before and not in this one",
    }),
  }),
});

const FirstAnswerTimesRef = builder.objectRef<FirstAnswerTimes>("FirstAnswerTimes").implement({
  description:
    "How long the first post of each member who joined in the range waited for someone else's answer",
  fields: (t) => ({
    newMembersWhoPosted: t.exposeInt("newMembersWhoPosted"),
    answered: t.exposeInt("answered"),
    medianSeconds: t.exposeFloat("medianSeconds", { nullable: true }),
    p90Seconds: t.exposeFloat("p90Seconds", { nullable: true }),
  }),
});

const CommunityMetricsRef = builder.objectRef<CommunityMetrics>("CommunityMetrics").implement({
  fields: (t) => ({
    community: t.prismaField({
      type: "Community",
      resolve: (query, metrics, _args, ctx) =>
        ctx.prisma.community.findUniqueOrThrow({ ...query, where: { id: metrics.communityId } }),
    }),
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    months: t.field({ type: [CommunityMonthRef], resolve: (metrics) => metrics.months }),
    firstAnswer: t.field({ type: FirstAnswerTimesRef, resolve: (metrics) => metrics.firstAnswer }),
    superusers: t.prismaField({
      type: ["Person"],
      description:
        "The most influential members active in the range, by their influence within the community",
      args: { first: t.arg.int({ defaultValue: 10, description: "At most 100" }) },
      complexity: (args) => ({
        field: 1,
        multiplier: Math.min(Math.max(args.first ?? 10, 1), 100),
      }),
      resolve: async (query, metrics, args, ctx) => {
        const first = args.first ?? 10;
        if (!(first >= 1 && first <= 100))
          throw new ValidationError("first", "must be from 1 to 100");
        const ids = await activeSuperuserIds(
          ctx.db.pool,
          metrics.communityId,
          metrics.from,
          metrics.to,
          first,
        );
        const people = await ctx.prisma.person.findMany({ ...query, where: { id: { in: ids } } });
        return ids.flatMap((id) => people.find((person) => person.id === id) ?? []);
      },
    }),
  }),
});

const RetentionIntervalEnum = builder.enumType("RetentionInterval", {
  values: {
    WEEK: { value: "week", description: "ISO weeks, from Monday" },
    MONTH: { value: "month" },
  } as const,
});

const RetentionPeriodRef = builder
  .objectRef<RetentionCohort["retention"][number]>("RetentionPeriod")
  .implement({
    fields: (t) => ({
      offset: t.exposeInt("offset", { description: "Periods after the join period" }),
      active: t.exposeInt("active", {
        nullable: true,
        description: "Members of the cohort active in that period; null when it has not begun",
      }),
      share: t.exposeFloat("share", { nullable: true, description: "active / cohort size" }),
    }),
  });

const RetentionCohortRef = builder.objectRef<RetentionCohort>("RetentionCohort").implement({
  description:
    "The members who joined in one period, and how many of them were active in each period after",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime" }),
    size: t.exposeInt("size"),
    retention: t.field({ type: [RetentionPeriodRef], resolve: (cohort) => cohort.retention }),
  }),
});

builder.queryFields((t) => ({
  communityMetrics: t.field({
    type: CommunityMetricsRef,
    description:
      "Members over time, active and lapsed members per month, first-answer times of new members and active superusers",
    args: {
      communityId: t.arg.globalID({ required: true }),
      from: t.arg({ type: "DateTime", required: true }),
      to: t.arg({ type: "DateTime", required: true, description: "At most 120 months after from" }),
    },
    complexity: { field: 50 },
    resolve: (_root, args, ctx) =>
      communityMetrics(
        ctx.db.pool,
        idOf(args.communityId, "Community", "communityId"),
        args.from,
        args.to,
      ),
  }),
  communityRetention: t.field({
    type: [RetentionCohortRef],
    description:
      "Cohorts by join period (the latest 36), each with the share still active 1, 2, 3... periods later",
    args: {
      communityId: t.arg.globalID({ required: true }),
      interval: t.arg({ type: RetentionIntervalEnum, required: true }),
      periods: t.arg.int({ defaultValue: 12, description: "Periods after joining, 1 to 24" }),
    },
    complexity: { field: 50 },
    resolve: (_root, args, ctx) =>
      communityRetention(
        ctx.db.pool,
        idOf(args.communityId, "Community", "communityId"),
        args.interval as RetentionInterval,
        args.periods ?? 12,
      ),
  }),
}));
