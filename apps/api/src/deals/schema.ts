import { requireSourceRecordAccess, type Viewer } from "../auth/keys.ts";
import { builder, idOf, prismaEnum } from "../builder.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { DealStatus } from "../generated/prisma/enums.ts";

export const DealStatusEnum = prismaEnum("DealStatus", DealStatus);

builder.prismaNode("Deal", {
  id: { field: "id" },
  fields: (t) => ({
    source: t.exposeString("source", { authScopes: { pii: true } }),
    sourceId: t.exposeString("sourceId", { authScopes: { pii: true } }),
    name: t.exposeString("name"),
    stage: t.exposeString("stage"),
    status: t.expose("status", { type: DealStatusEnum }),
    amount: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (deal) => deal.amount?.toString() ?? null,
    }),
    currency: t.exposeString("currency"),
    owner: t.exposeString("owner", { nullable: true }),
    openedAt: t.expose("openedAt", { type: "DateTime" }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    organization: t.relation("organization", { nullable: true }),
    contact: t.relation("contact", { nullable: true }),
    stageHistory: t.relation("stageChanges", {
      query: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("DealStageChange", {
  fields: (t) => ({
    fromStage: t.exposeString("fromStage", { nullable: true }),
    toStage: t.exposeString("toStage"),
    fromStatus: t.expose("fromStatus", { type: DealStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: DealStatusEnum }),
    amount: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (change) => change.amount?.toString() ?? null,
    }),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
    deal: t.relation("deal"),
  }),
});

const DealFilter = builder.inputType("DealFilter", {
  fields: (t) => ({
    status: t.field({ type: DealStatusEnum }),
    stage: t.string(),
    source: t.string(),
    organizationId: t.globalID(),
  }),
});

builder.queryFields((t) => ({
  deals: t.prismaConnection({
    type: "Deal",
    cursor: "id",
    args: { filter: t.arg({ type: DealFilter }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.deal.count({ where: dealWhere(args.filter, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.deal.findMany({
        ...query,
        where: dealWhere(args.filter, ctx.viewer),
        orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

function dealWhere(
  filter: typeof DealFilter.$inferInput | null | undefined,
  viewer: Viewer,
): Prisma.DealWhereInput {
  if (filter?.source) requireSourceRecordAccess(viewer, "DealFilter.source");
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.stage ? { stage: filter.stage } : {}),
    ...(filter?.source ? { source: filter.source } : {}),
    ...(filter?.organizationId
      ? { organizationId: idOf(filter.organizationId, "Organization", "filter.organizationId") }
      : {}),
  };
}
