import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ChannelEnum } from "../conversations/schema.ts";
import type { Channel } from "../generated/prisma/enums.ts";
import {
  loadMessageVolume,
  loadOverview,
  type MessageVolume,
  maxVolumeBuckets,
  type Overview,
  type VolumePoint,
} from "./service.ts";

const OverviewRef = builder.objectRef<Overview>("Overview").implement({
  description: "The dashboard's headline numbers",
  fields: (t) => ({
    people: t.exposeInt("people"),
    organizations: t.exposeInt("organizations"),
    communities: t.exposeInt("communities"),
    openConversations: t.exposeInt("openConversations"),
    messagesLast24h: t.exposeInt("messagesLast24h"),
    negativeMessagesLast24h: t.exposeInt("negativeMessagesLast24h"),
    averageSentimentLast24h: t.exposeFloat("averageSentimentLast24h", { nullable: true }),
    touchpointsLast24h: t.exposeInt("touchpointsLast24h"),
    openDeals: t.exposeInt("openDeals"),
    pipelineValue: t.expose("pipelineValue", { type: "Decimal" }),
    wonValue: t.expose("wonValue", { type: "Decimal" }),
    pendingMergeSuggestions: t.exposeInt("pendingMergeSuggestions"),
    openAlerts: t.exposeInt("openAlerts", { description: "Alerts not acknowledged yet" }),
    openCases: t.exposeInt("openCases", { description: "Cases not resolved" }),
    breachedCases: t.exposeInt("breachedCases", {
      description: "Unresolved cases that missed an SLA target",
    }),
    asOf: t.expose("asOf", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  overview: t.field({
    type: OverviewRef,
    complexity: 20,
    resolve: (_parent, _args, ctx) => loadOverview(ctx.db.pool),
  }),
}));

const MessageVolumeIntervalEnum = builder.enumType("MessageVolumeInterval", {
  values: { HOUR: { value: "hour" }, DAY: { value: "day" } } as const,
});

const VolumePointRef = builder.objectRef<VolumePoint>("VolumePoint").implement({
  description: "Inbound messages of one hour or day",
  fields: (t) => ({
    start: t.expose("start", { type: "DateTime", description: "The bucket's start, UTC" }),
    messages: t.exposeInt("messages"),
    negative: t.exposeInt("negative", { description: "Messages with a sentiment below -0.3" }),
    averageSentiment: t.exposeFloat("averageSentiment", { nullable: true }),
    negativeShare: t.exposeFloat("negativeShare", {
      nullable: true,
      description: "negative / messages; null when there are none",
    }),
  }),
});

const ChannelVolumeRef = builder
  .objectRef<MessageVolume["channels"][number]>("ChannelVolume")
  .implement({
    fields: (t) => ({
      channel: t.field({ type: ChannelEnum, resolve: (series) => series.channel as Channel }),
      messages: t.exposeInt("messages", {
        description: "All of this channel's messages in the range",
      }),
      points: t.field({ type: [VolumePointRef], resolve: (series) => series.points }),
    }),
  });

const MessageVolumeRef = builder.objectRef<MessageVolume>("MessageVolume").implement({
  description: "Inbound message volume and sentiment over time, per channel and in total",
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    interval: t.expose("interval", { type: MessageVolumeIntervalEnum }),
    total: t.field({
      type: [VolumePointRef],
      description: "Every bucket of the range, empty ones included",
      resolve: (volume) => volume.total,
    }),
    channels: t.field({
      type: [ChannelVolumeRef],
      description: "Channels with messages in the range, most first",
      resolve: (volume) => volume.channels,
    }),
  }),
});

builder.queryFields((t) => ({
  messageVolume: t.field({
    type: MessageVolumeRef,
    description: `Inbound messages per channel and hour or day in [from, to): at most ${maxVolumeBuckets.hour} hours or ${maxVolumeBuckets.day} days`,
    args: {
      from: t.arg({ type: "DateTime", required: true }),
      to: t.arg({ type: "DateTime", required: true }),
      interval: t.arg({ type: MessageVolumeIntervalEnum, required: true }),
    },
    complexity: 20,
    resolve: (_parent, args, ctx) =>
      loadMessageVolume(ctx.db.pool, args.from, args.to, args.interval),
  }),
}));

builder.subscriptionFields((t) => ({
  overviewUpdated: t.field({
    type: OverviewRef,
    description:
      "The headline numbers now, then again whenever data changes (at most once a second)",
    subscribe: (_root, _args, ctx) => overviewUpdates(ctx),
    resolve: (overview) => overview,
  }),
}));

/** Emits the overview immediately and after each burst of events, coalesced to one per second. */
async function* overviewUpdates(ctx: Context): AsyncGenerator<Overview> {
  yield await loadOverview(ctx.db.pool);
  const events = ctx.live.subscribe({});
  let lastSent = Date.now();
  try {
    for await (const _event of events) {
      const wait = lastSent + 1000 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastSent = Date.now();
      yield await loadOverview(ctx.db.pool);
    }
  } finally {
    await events.return?.();
  }
}
