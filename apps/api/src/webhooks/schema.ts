import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder, idOf } from "../builder.ts";
import { decodeCursor, encodeCursor } from "../events/cursor.ts";
import { EventTypeEnum } from "../events/schema.ts";
import type { Webhook, WebhookDelivery } from "../generated/prisma/client.ts";
import { createWebhook, deleteWebhook, replayWebhook, rotateWebhookSecret } from "./service.ts";

/** A webhook as a mutation answers it: with its secret when one was just made. */
type WebhookRecord = Webhook & { revealedSecret?: string };

const WebhookDeliveryStatusEnum = builder.enumType("WebhookDeliveryStatus", {
  values: {
    PENDING: { value: "pending", description: "Not yet delivered: retried on the schedule" },
    DELIVERED: { value: "delivered", description: "The endpoint answered 2xx" },
    FAILED: {
      value: "failed",
      description: "Given up (retries exhausted) or the endpoint answered 410",
    },
  } as const,
});

const WebhookDeliveryRef = builder.objectRef<WebhookDelivery>("WebhookDelivery").implement({
  description: "One event's delivery to one endpoint, updated by every attempt",
  fields: (t) => ({
    webhookId: t.exposeString("messageId", {
      description: "The webhook-id header: the same on every attempt and replay",
    }),
    eventCursor: t.string({
      resolve: (row) => encodeCursor({ txid: row.eventTxid, id: row.eventId }),
    }),
    eventType: t.expose("eventType", { type: EventTypeEnum }),
    status: t.field({
      type: WebhookDeliveryStatusEnum,
      resolve: (row) => row.status as "pending" | "delivered" | "failed",
    }),
    attempts: t.exposeInt("attempts"),
    lastStatus: t.exposeInt("lastStatus", {
      nullable: true,
      description: "HTTP status of the last attempt; null when none came",
    }),
    latencyMs: t.exposeInt("lastLatencyMs", {
      nullable: true,
      description: "Duration of the last attempt",
    }),
    lastError: t.exposeString("lastError", { nullable: true }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true }),
  }),
});

const WebhookRef = builder.prismaNode("Webhook", {
  id: { field: "id" },
  // On the type too, so that node(id:) does not show an endpoint to other roles.
  authScopes: { webhooks: true },
  description:
    "An endpoint that receives events by signed HTTP POST, in cursor order, at least once",
  fields: (t) => ({
    url: t.exposeString("url"),
    events: t.field({ type: [EventTypeEnum], resolve: (webhook) => webhook.events }),
    enabled: t.exposeBoolean("enabled"),
    disabledReason: t.exposeString("disabledReason", { nullable: true }),
    cursor: t.string({
      description: "The last event delivered; delivery goes on after it",
      resolve: (webhook) => encodeCursor({ txid: webhook.cursorTxid, id: webhook.cursorId }),
    }),
    secret: t.string({
      nullable: true,
      description:
        "The signing secret (whsec_...): only in the answer of createWebhook and rotateWebhookSecret, never again",
      resolve: (webhook) => (webhook as WebhookRecord).revealedSecret ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveries: t.field({
      type: [WebhookDeliveryRef],
      description: "The delivery log, newest first",
      args: { first: t.arg.int({ defaultValue: 20 }) },
      complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 20, 100) }),
      resolve: (webhook, args, ctx) =>
        ctx.prisma.webhookDelivery.findMany({
          where: { webhookId: webhook.id },
          orderBy: { id: "desc" },
          take: Math.min(Math.max(args.first ?? 20, 1), 100),
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  webhooks: t.prismaField({
    type: ["Webhook"],
    authScopes: { webhooks: true },
    description: "Every webhook endpoint, oldest first (at most 100 exist)",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.webhook.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: WebhookRef,
    authScopes: { admin: true },
    description:
      "Registers an endpoint for events committed from now on; the secret is generated when left out and answered only here",
    args: {
      url: t.arg.string({ required: true }),
      events: t.arg({ type: [EventTypeEnum], required: true }),
      secret: t.arg.string({ description: "whsec_ + base64 of 24 to 64 random bytes" }),
    },
    resolve: async (_root, args, ctx) => {
      const { webhook, secret } = await createWebhook(
        ctx.prisma,
        ctx.db.pool,
        args,
        ctx.webhooks?.allowPrivate ?? false,
      );
      ctx.webhooks?.poke();
      return { ...webhook, revealedSecret: secret };
    },
  }),
  deleteWebhook: t.id({
    authScopes: { admin: true },
    description: "Deletes an endpoint and its delivery log; returns its ID",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deleteWebhook(ctx.prisma, idOf(args.id, "Webhook", "id"));
      return encodeGlobalID("Webhook", args.id.id);
    },
  }),
  replayWebhook: t.field({
    type: WebhookRef,
    authScopes: { admin: true },
    description:
      "Delivers again the endpoint's events from `from` to `to` (cursors, both inclusive), in order; enables a disabled endpoint",
    args: {
      id: t.arg.globalID({ required: true }),
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const webhook = await replayWebhook(
        ctx.prisma,
        idOf(args.id, "Webhook", "id"),
        decodeCursor(args.from, "from"),
        decodeCursor(args.to, "to"),
      );
      ctx.webhooks?.poke();
      return webhook;
    },
  }),
  rotateWebhookSecret: t.field({
    type: WebhookRef,
    authScopes: { admin: true },
    description:
      "A new secret, answered once; deliveries are signed with the old one too for graceHours (default 24)",
    args: { id: t.arg.globalID({ required: true }), graceHours: t.arg.float() },
    resolve: async (_root, args, ctx) => {
      const { webhook, secret } = await rotateWebhookSecret(
        ctx.prisma,
        idOf(args.id, "Webhook", "id"),
        args.graceHours ?? undefined,
      );
      return { ...webhook, revealedSecret: secret };
    },
  }),
}));
