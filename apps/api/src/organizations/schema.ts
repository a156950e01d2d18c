import { builder } from "../builder.ts";

builder.prismaNode("Organization", {
  id: { field: "id" },
  select: { id: true },
  description: "An account: the company people work for and deals are with",
  fields: (t) => ({
    name: t.exposeString("name"),
    domain: t.exposeString("domain", { nullable: true }),
    industry: t.exposeString("industry", { nullable: true }),
    people: t.relatedConnection("people", {
      cursor: "id",
      query: { where: { mergedIntoId: null }, orderBy: [{ reach: "desc" }, { id: "asc" }] },
      totalCount: true,
    }),
    deals: t.relatedConnection("deals", {
      cursor: "id",
      query: { orderBy: [{ openedAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

const OrganizationFilter = builder.inputType("OrganizationFilter", {
  fields: (t) => ({
    search: t.string({ description: "Matches name or domain" }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: "Organization",
    cursor: "id",
    args: { filter: t.arg({ type: OrganizationFilter }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.organization.count({ where: organizationWhere(args.filter?.search) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.organization.findMany({
        ...query,
        where: organizationWhere(args.filter?.search),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
}));

function organizationWhere(search: string | null | undefined) {
  return search
    ? {
        OR: [
          { name: { contains: search, mode: "insensitive" as const } },
          { domain: { contains: search.toLowerCase() } },
        ],
      }
    : {};
}
