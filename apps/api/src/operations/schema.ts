import { builder } from "../builder.ts";
import { registerPersistedOperation } from "./service.ts";

builder.prismaObject("PersistedOperation", {
  description:
    "A document that runs by its hash; with PARLEY_PERSISTED_OPERATIONS=1 only these and the dashboard's own run",
  fields: (t) => ({
    hash: t.exposeString("hash", {
      description: 'Send it as extensions.persistedQuery.sha256Hash ("sha256:" optional)',
    }),
    name: t.exposeString("name", { nullable: true, description: "The operation's name" }),
    document: t.exposeString("document"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  persistedOperations: t.prismaField({
    type: ["PersistedOperation"],
    authScopes: { admin: true },
    description:
      "Registered documents, newest first (the dashboard's own are not listed: they ship with it)",
    args: { first: t.arg.int({ defaultValue: 100 }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.persistedOperation.findMany({
        ...query,
        orderBy: { createdAt: "desc" },
        take: Math.min(Math.max(args.first ?? 100, 1), 100),
      }),
  }),
}));

builder.mutationFields((t) => ({
  registerPersistedOperation: t.prismaField({
    type: "PersistedOperation",
    authScopes: { admin: true },
    description:
      "Registers a document (one operation that fits the schema) to run by its SHA-256; the same text again answers the same hash",
    args: { document: t.arg.string({ required: true }) },
    resolve: (query, _parent, args, ctx, info) =>
      registerPersistedOperation(ctx.prisma, info.schema, args.document, query),
  }),
}));
