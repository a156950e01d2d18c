import { requireSourceRecordAccess, type Viewer } from "../auth/keys.ts";
import { builder, idOf, prismaEnum } from "../builder.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import {
  Channel,
  ConversationStatus,
  Direction,
  Intent,
  Priority,
} from "../generated/prisma/enums.ts";
import { plannedRead } from "../planner/plan.ts";

export const ChannelEnum = prismaEnum("Channel", Channel, "Where a conversation happens");
const ConversationStatusEnum = prismaEnum("ConversationStatus", ConversationStatus);
export const PriorityEnum = prismaEnum("Priority", Priority);
export const DirectionEnum = prismaEnum("Direction", Direction);
export const IntentEnum = prismaEnum(
  "Intent",
  Intent,
  "What a message wants: the four buttons of a support community, or other",
);

/** A thread's messages as it reads: oldest first. */
const threadOrder = {
  orderBy: [{ postedAt: "asc" as const }, { id: "asc" as const }],
};

builder.prismaNode("Conversation", {
  id: { field: "id" },
  // Only the columns a query asks for (each field selects its own): reads parse less than whole rows.
  select: { id: true },
  description:
    "A thread on one channel: a tweet thread, a forum topic, a ticket, an email thread, a call",
  fields: (t) => ({
    source: t.exposeString("source", { authScopes: { pii: true } }),
    sourceId: t.exposeString("sourceId", { authScopes: { pii: true } }),
    channel: t.expose("channel", { type: ChannelEnum }),
    subject: t.exposeString("subject", { nullable: true }),
    status: t.expose("status", { type: ConversationStatusEnum }),
    priority: t.expose("priority", { type: PriorityEnum }),
    community: t.relation("community", { nullable: true }),
    person: t.relation("person", {
      nullable: true,
      description: "Who started it",
      extensions: plannedRead(),
    }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    lastMessageAt: t.expose("lastMessageAt", { type: "DateTime" }),
    messageCount: t.exposeInt("messageCount"),
    messages: t.relatedConnection("messages", {
      cursor: "id",
      description: "Oldest first, as the thread reads",
      query: threadOrder,
      extensions: plannedRead(() => threadOrder),
    }),
  }),
});

/** A message's place as the columns hold it: the GraphQL Place reads them, null when none is set. */
interface PlaceColumns {
  placeName: string | null;
  placeCity: string | null;
  placeCountry: string | null;
  placeLat: number | null;
  placeLng: number | null;
}

const PlaceRef = builder.objectRef<PlaceColumns>("Place").implement({
  description: "Where a message was posted from, as its source said: a venue, a city, coordinates",
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (place) => place.placeName }),
    city: t.string({ nullable: true, resolve: (place) => place.placeCity }),
    country: t.string({ nullable: true, resolve: (place) => place.placeCountry }),
    lat: t.float({ nullable: true, resolve: (place) => place.placeLat }),
    lng: t.float({ nullable: true, resolve: (place) => place.placeLng }),
  }),
});

builder.prismaNode("Message", {
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    source: t.exposeString("source", { authScopes: { pii: true } }),
    sourceId: t.exposeString("sourceId", { authScopes: { pii: true } }),
    channel: t.expose("channel", { type: ChannelEnum }),
    direction: t.expose("direction", { type: DirectionEnum }),
    subject: t.exposeString("subject", { nullable: true }),
    text: t.exposeString("text"),
    url: t.exposeString("url", { nullable: true }),
    postedAt: t.expose("postedAt", { type: "DateTime" }),
    author: t.relation("author", { extensions: plannedRead() }),
    conversation: t.relation("conversation"),
    community: t.relation("community", { nullable: true }),
    replyTo: t.relation("replyTo", { nullable: true }),
    reach: t.exposeInt("reach", {
      description: "The author's follower count when this was posted",
    }),
    likes: t.exposeInt("likes"),
    replies: t.exposeInt("replyCount"),
    shares: t.exposeInt("shares"),
    views: t.exposeInt("views"),
    sentiment: t.exposeFloat("sentiment", {
      nullable: true,
      description: "-1 (negative) to 1 (positive)",
    }),
    intent: t.expose("intent", { type: IntentEnum, nullable: true }),
    priority: t.expose("priority", {
      type: PriorityEnum,
      description:
        "Inbound messages: from the author's influence, negativity, a problem, the thread's last hour and an open deal or customer stage; never the channel",
    }),
    mentions: t.relation("mentions"),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      select: {
        placeName: true,
        placeCity: true,
        placeCountry: true,
        placeLat: true,
        placeLng: true,
      },
      resolve: (message) =>
        [
          message.placeName,
          message.placeCity,
          message.placeCountry,
          message.placeLat,
          message.placeLng,
        ].some((value) => value !== null)
          ? message
          : null,
    }),
  }),
});

const ConversationFilter = builder.inputType("ConversationFilter", {
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum }),
    status: t.field({ type: ConversationStatusEnum }),
    priority: t.field({ type: PriorityEnum }),
    communityId: t.globalID(),
    source: t.string(),
  }),
});

const MessageFilter = builder.inputType("MessageFilter", {
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum }),
    source: t.string(),
    intent: t.field({ type: IntentEnum }),
    sentimentBelow: t.float({ description: "Only messages more negative than this" }),
    minReach: t.int({
      description: "Only messages whose author reaches at least this many people",
    }),
    since: t.field({ type: "DateTime" }),
    city: t.string({
      description: "Only messages posted from this city (Message.place.city, ignoring case)",
    }),
    country: t.string({
      description: "Only messages posted from this country (Message.place.country, ignoring case)",
    }),
    brandId: t.globalID({ description: "Only messages that mention this Brand" }),
  }),
});

builder.queryFields((t) => ({
  conversations: t.prismaConnection({
    type: "Conversation",
    cursor: "id",
    description: "Most recently active first",
    args: { filter: t.arg({ type: ConversationFilter }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.conversation.count({ where: conversationWhere(args.filter, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.conversation.findMany({
        ...query,
        ...conversationsQuery(args.filter, ctx.viewer),
      }),
    extensions: plannedRead((args, ctx) =>
      conversationsQuery(args.filter as ConversationFilterInput | null, ctx.viewer),
    ),
  }),
  messages: t.prismaConnection({
    type: "Message",
    cursor: "id",
    description: "Newest first: the live conversation feed",
    args: { filter: t.arg({ type: MessageFilter }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.message.count({ where: messageWhere(args.filter, ctx.viewer) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.message.findMany({
        ...query,
        where: messageWhere(args.filter, ctx.viewer),
        orderBy: [{ postedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

type ConversationFilterInput = typeof ConversationFilter.$inferInput;
type MessageFilterInput = typeof MessageFilter.$inferInput;

/** The conversation list's rows and order (most recently active first), for its resolver and the read planner. */
function conversationsQuery(filter: ConversationFilterInput | null | undefined, viewer: Viewer) {
  return {
    where: conversationWhere(filter, viewer),
    orderBy: [{ lastMessageAt: "desc" as const }, { id: "desc" as const }],
  };
}

function conversationWhere(
  filter: ConversationFilterInput | null | undefined,
  viewer: Viewer,
): Prisma.ConversationWhereInput {
  if (filter?.source) requireSourceRecordAccess(viewer, "ConversationFilter.source");
  return {
    ...(filter?.channel ? { channel: filter.channel } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.priority ? { priority: filter.priority } : {}),
    ...(filter?.communityId
      ? { communityId: idOf(filter.communityId, "Community", "filter.communityId") }
      : {}),
    ...(filter?.source ? { source: filter.source } : {}),
  };
}

function messageWhere(
  filter: MessageFilterInput | null | undefined,
  viewer: Viewer,
): Prisma.MessageWhereInput {
  if (filter?.source) requireSourceRecordAccess(viewer, "MessageFilter.source");
  return {
    ...(filter?.channel ? { channel: filter.channel } : {}),
    ...(filter?.source ? { source: filter.source } : {}),
    ...(filter?.intent ? { intent: filter.intent } : {}),
    ...(filter?.sentimentBelow != null ? { sentiment: { lt: filter.sentimentBelow } } : {}),
    ...(filter?.minReach != null ? { reach: { gte: filter.minReach } } : {}),
    ...(filter?.since ? { postedAt: { gte: filter.since } } : {}),
    ...(filter?.city
      ? { placeCity: { equals: filter.city.trim(), mode: "insensitive" as const } }
      : {}),
    ...(filter?.country
      ? { placeCountry: { equals: filter.country.trim(), mode: "insensitive" as const } }
      : {}),
    ...(filter?.brandId
      ? { mentions: { some: { brandId: idOf(filter.brandId, "Brand", "filter.brandId") } } }
      : {}),
  };
}
