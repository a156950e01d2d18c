import { builder, prismaEnum } from "../builder.ts";
import { BrandKind } from "../generated/prisma/enums.ts";

const BrandKindEnum = prismaEnum(
  "BrandKind",
  BrandKind,
  "The company's own brand or a competitor's",
);

builder.prismaNode("Brand", {
  id: { field: "id" },
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: BrandKindEnum }),
    terms: t.exposeStringList("terms"),
    mentions: t.relatedConnection("mentions", {
      cursor: "id",
      query: { orderBy: [{ postedAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

builder.prismaObject("BrandMention", {
  fields: (t) => ({
    brand: t.relation("brand"),
    message: t.relation("message"),
    term: t.exposeString("term"),
    sentiment: t.exposeFloat("sentiment", { nullable: true }),
    postedAt: t.expose("postedAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  brands: t.prismaField({
    type: ["Brand"],
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.brand.findMany({ ...query, orderBy: [{ kind: "asc" }, { name: "asc" }] }),
  }),
}));
