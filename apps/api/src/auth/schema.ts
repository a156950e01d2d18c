import { builder, prismaEnum } from "../builder.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { ApiKeyRole } from "../generated/prisma/enums.ts";
import { type CreatedKey, createApiKey, revokeApiKey, type Viewer } from "./keys.ts";

const ApiKeyRoleEnum = prismaEnum(
  "ApiKeyRole",
  ApiKeyRole,
  "admin: everything; analyst: read and write; viewer: read without personal data; integrator: read and the event stream",
);

const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "The API key making this request",
  fields: (t) => ({
    name: t.exposeString("name"),
    role: t.expose("role", { type: ApiKeyRoleEnum }),
  }),
});

builder.prismaObject("ApiKey", {
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    role: t.expose("role", { type: ApiKeyRoleEnum }),
    prefix: t.exposeString("prefix", {
      description: "The first characters of the key, to tell keys apart",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const CreatedApiKey = builder.objectRef<CreatedKey>("CreatedApiKey").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    role: t.expose("role", { type: ApiKeyRoleEnum }),
    secret: t.exposeString("secret", {
      description: "The key itself. Shown once: only its hash is stored.",
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({ type: ViewerRef, resolve: (_parent, _args, ctx) => ctx.viewer }),
  apiKeys: t.prismaField({
    type: ["ApiKey"],
    authScopes: { admin: true },
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.apiKey.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    authScopes: { admin: true },
    args: {
      name: t.arg.string({ required: true }),
      role: t.arg({ type: ApiKeyRoleEnum, required: true }),
    },
    resolve: (_parent, args, ctx) => {
      const name = args.name.trim();
      if (!name) throw new ValidationError("name", "must not be empty", "ApiKey");
      return createApiKey(ctx.prisma, { name, role: args.role });
    },
  }),
  revokeApiKey: t.prismaField({
    type: "ApiKey",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const revoked = await revokeApiKey(ctx.prisma, String(args.id), query);
      if (!revoked) throw new NotFoundError("ApiKey", String(args.id));
      return revoked;
    },
  }),
}));
