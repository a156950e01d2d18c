import { builder, prismaEnum } from "../builder.ts";
import { CommunityKind } from "../generated/prisma/enums.ts";

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
    totalCount: (_parent, args, ctx) => ctx.prisma.community.count({ where: args.platform ? { platform: args.platform } : {} }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.community.findMany({
        ...query,
        where: args.platform ? { platform: args.platform } : {},
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
}));
