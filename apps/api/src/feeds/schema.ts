import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder, idOf } from "../builder.ts";
import { addFeed, removeFeed } from "./service.ts";

const FeedRef = builder.prismaNode("Feed", {
  id: { field: "id" },
  // On the type too, so that node(id:) shows a subscription (its URL may carry a token) only to those who manage them.
  authScopes: { write: true },
  description:
    "An RSS or Atom feed Parley polls: each entry becomes a message on a blog, review or other channel",
  fields: (t) => ({
    url: t.exposeString("url"),
    title: t.exposeString("title", {
      nullable: true,
      description: "The feed's own title, from its last successful fetch",
    }),
    brands: t.prismaField({
      type: ["Brand"],
      description: "The tracked brands it listens for",
      resolve: (query, feed, _args, ctx) =>
        ctx.prisma.brand.findMany({
          ...query,
          where: { id: { in: feed.brandIds } },
          orderBy: { name: "asc" },
        }),
    }),
    intervalMinutes: t.exposeInt("intervalMinutes"),
    entries: t.exposeInt("entries", { description: "Messages its entries created so far" }),
    failures: t.exposeInt("failures", {
      description:
        "Failed fetches in a row; the next waits intervalMinutes x 2^failures, at most a day",
    }),
    lastStatus: t.exposeInt("lastStatus", {
      nullable: true,
      description: "HTTP status of the last fetch; null when none came",
    }),
    lastError: t.exposeString("lastError", { nullable: true }),
    lastFetchedAt: t.expose("lastFetchedAt", { type: "DateTime", nullable: true }),
    lastSuccessAt: t.expose("lastSuccessAt", { type: "DateTime", nullable: true }),
    nextFetchAt: t.expose("nextFetchAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  feeds: t.prismaField({
    type: ["Feed"],
    authScopes: { write: true },
    description: "Every feed subscription, oldest first (at most 500 exist)",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.feed.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
}));

builder.mutationFields((t) => ({
  addFeed: t.field({
    type: FeedRef,
    authScopes: { write: true },
    description:
      "Subscribes to an RSS or Atom feed, fetched at once and then every intervalMinutes (1 to 10080)",
    args: {
      url: t.arg.string({ required: true }),
      brandIds: t.arg.globalIDList({
        required: true,
        description: "The tracked brands it listens for (may be empty)",
      }),
      intervalMinutes: t.arg.int({ defaultValue: 30 }),
    },
    resolve: async (_root, args, ctx) => {
      const feed = await addFeed(
        ctx.prisma,
        {
          url: args.url,
          brandIds: args.brandIds.map((id, i) => idOf(id, "Brand", `brandIds[${i}]`)),
          intervalMinutes: args.intervalMinutes ?? 30,
        },
        ctx.feeds?.allowPrivate ?? false,
      );
      void ctx.feeds?.poke();
      return feed;
    },
  }),
  removeFeed: t.id({
    authScopes: { write: true },
    description: "Ends a subscription; the messages it brought stay. Returns its ID",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await removeFeed(ctx.prisma, idOf(args.id, "Feed", "id"));
      return encodeGlobalID("Feed", args.id.id);
    },
  }),
}));
