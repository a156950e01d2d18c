import { requireSourceRecordAccess } from "../auth/keys.ts";
import { builder, prismaEnum } from "../builder.ts";
import { TouchpointKind } from "../generated/prisma/enums.ts";

export const TouchpointKindEnum = prismaEnum("TouchpointKind", TouchpointKind);

builder.prismaNode("Campaign", {
  id: { field: "id" },
  fields: (t) => ({
    source: t.exposeString("source"),
    sourceId: t.exposeString("sourceId"),
    name: t.exposeString("name"),
    channel: t.exposeString("channel", { nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    touchpoints: t.relatedConnection("touchpoints", {
      cursor: "id",
      args: { kind: t.arg({ type: TouchpointKindEnum }) },
      query: (args) => ({
        where: args.kind ? { kind: args.kind } : {},
        orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      }),
      totalCount: true,
    }),
  }),
});

builder.prismaNode("Touchpoint", {
  id: { field: "id" },
  description:
    "A marketing interaction: an email sent, opened or clicked, an ad click, a form fill, a visit",
  fields: (t) => ({
    source: t.exposeString("source", { authScopes: { pii: true } }),
    sourceId: t.exposeString("sourceId", { authScopes: { pii: true } }),
    kind: t.expose("kind", { type: TouchpointKindEnum }),
    occurredAt: t.expose("occurredAt", { type: "DateTime" }),
    properties: t.expose("properties", { type: "JSON" }),
    person: t.relation("person"),
    campaign: t.relation("campaign", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  campaigns: t.prismaConnection({
    type: "Campaign",
    cursor: "id",
    args: { source: t.arg.string() },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.campaign.count({ where: args.source ? { source: args.source } : {} }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.campaign.findMany({
        ...query,
        where: args.source ? { source: args.source } : {},
        orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      }),
  }),
  touchpoints: t.prismaConnection({
    type: "Touchpoint",
    cursor: "id",
    args: { source: t.arg.string(), kind: t.arg({ type: TouchpointKindEnum }) },
    resolve: (query, _parent, args, ctx) => {
      if (args.source) requireSourceRecordAccess(ctx.viewer, "Query.touchpoints(source:)");
      return ctx.prisma.touchpoint.findMany({
        ...query,
        where: {
          ...(args.source ? { source: args.source } : {}),
          ...(args.kind ? { kind: args.kind } : {}),
        },
        orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      });
    },
  }),
}));
