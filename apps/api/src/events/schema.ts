import { builder, idOf, prismaEnum } from "../builder.ts";
import type { Context } from "../context.ts";
import { ChannelEnum } from "../conversations/schema.ts";
import { EventType } from "../generated/prisma/enums.ts";
import { decodeCursor, encodeCursor, startOfLog } from "./cursor.ts";
import type { LiveSubscription, SubscribeOptions } from "./live.ts";
import { type LoggedEvent, readCommittedEvents } from "./log.ts";
import { type MessageAddedFilter, matchesMessageFilter } from "./message-filter.ts";

export const EventTypeEnum = prismaEnum("EventType", EventType, "What changed");

const EventRef = builder.objectRef<LoggedEvent>("Event").implement({
  description:
    "One entry of the event log. Dedupe by `cursor`: delivery is at least once on the wire.",
  fields: (t) => ({
    cursor: t.string({
      description: "Resume after this event with events(after: cursor)",
      resolve: (event) => encodeCursor(event.cursor),
    }),
    type: t.expose("type", { type: EventTypeEnum }),
    occurredAt: t.expose("createdAt", { type: "DateTime" }),
    payload: t.expose("payload", { type: "JSON" }),
    person: t.prismaField({
      type: "Person",
      nullable: true,
      resolve: (query, event, _args, ctx) =>
        event.personId
          ? ctx.prisma.person.findUnique({ ...query, where: { id: event.personId } })
          : null,
    }),
    conversation: t.prismaField({
      type: "Conversation",
      nullable: true,
      resolve: (query, event, _args, ctx) =>
        event.conversationId
          ? ctx.prisma.conversation.findUnique({ ...query, where: { id: event.conversationId } })
          : null,
    }),
    message: t.prismaField({
      type: "Message",
      nullable: true,
      resolve: (query, event, _args, ctx) =>
        event.messageId
          ? ctx.prisma.message.findUnique({ ...query, where: { id: event.messageId } })
          : null,
    }),
    deal: t.prismaField({
      type: "Deal",
      nullable: true,
      resolve: (query, event, _args, ctx) =>
        event.dealId ? ctx.prisma.deal.findUnique({ ...query, where: { id: event.dealId } }) : null,
    }),
  }),
});

const EventPage = builder
  .objectRef<{ events: LoggedEvent[]; endCursor: string | null }>("EventPage")
  .implement({
    fields: (t) => ({
      events: t.field({ type: [EventRef], resolve: (page) => page.events }),
      endCursor: t.exposeString("endCursor", {
        nullable: true,
        description: "Pass as `after` to read on",
      }),
    }),
  });

const MessageAddedFilterInput = builder.inputType("MessageAddedFilter", {
  fields: (t) => ({
    channels: t.field({ type: [ChannelEnum] }),
    communityId: t.globalID(),
    brandId: t.globalID({ description: "Only messages that mention this brand" }),
    sentimentBelow: t.float({ description: "Only messages more negative than this (-1..1)" }),
    minReach: t.int({
      description: "Only messages whose author reaches at least this many people",
    }),
  }),
});

/** A subscriber that falls too far behind is told, on its socket, where to resume. */
export function liveOptions(ctx: Context, options: SubscribeOptions): SubscribeOptions {
  return {
    ...options,
    onOverflow: (last) =>
      ctx.connection?.close(
        4429,
        `Too slow: resubscribe with after=${last ? encodeCursor(last) : "your last cursor"}`,
      ),
  };
}

builder.queryFields((t) => ({
  eventLog: t.field({
    type: EventPage,
    authScopes: { eventStream: true },
    description:
      "The event log read page by page, for integrators that poll instead of subscribing",
    args: {
      after: t.arg.string(),
      types: t.arg({ type: [EventTypeEnum] }),
      first: t.arg.int({ defaultValue: 100 }),
    },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 100, 1000) }),
    resolve: async (_parent, args, ctx) => {
      const after = args.after ? decodeCursor(args.after) : startOfLog;
      const events = await readCommittedEvents(ctx.db.pool, after, {
        types: args.types,
        limit: Math.min(Math.max(args.first ?? 100, 1), 1000),
      });
      return {
        events,
        endCursor: events.length
          ? encodeCursor(events[events.length - 1].cursor)
          : (args.after ?? null),
      };
    },
  }),
}));

builder.subscriptionFields((t) => ({
  events: t.field({
    type: EventRef,
    authScopes: { eventStream: true },
    description:
      "Every event after `after` in commit order, then live. Reconnect with the last cursor you saw to receive what you missed.",
    args: { after: t.arg.string(), types: t.arg({ type: [EventTypeEnum] }) },
    subscribe: (_root, args, ctx) =>
      ctx.live.subscribe(
        liveOptions(ctx, {
          after: args.after ? decodeCursor(args.after) : null,
          types: args.types,
        }),
      ),
    resolve: (event) => event,
  }),
  messageAdded: t.prismaField({
    type: "Message",
    description: "New messages as they arrive, optionally only those matching the filter",
    args: { filter: t.arg({ type: MessageAddedFilterInput }) },
    subscribe: (_root, args, ctx) => filterMessages(ctx, args.filter ?? null),
    resolve: (query, event: LoggedEvent, _args, ctx) =>
      ctx.prisma.message.findUniqueOrThrow({ ...query, where: { id: event.messageId! } }),
  }),
}));

/** The tail applies the filter, so that messageAdded is a plain tail subscription the websocket fan-out can push to. */
function filterMessages(
  ctx: Context,
  input: typeof MessageAddedFilterInput.$inferInput | null,
): LiveSubscription {
  const filter: MessageAddedFilter = {
    channels: input?.channels ?? null,
    communityId: input?.communityId
      ? idOf(input.communityId, "Community", "filter.communityId")
      : null,
    brandId: input?.brandId ? idOf(input.brandId, "Brand", "filter.brandId") : null,
    sentimentBelow: input?.sentimentBelow ?? null,
    minReach: input?.minReach ?? null,
  };
  return ctx.live.subscribe(
    liveOptions(ctx, {
      types: ["message_added"],
      filter: (event) => event.messageId !== null && matchesMessageFilter(event.payload, filter),
    }),
  );
}
