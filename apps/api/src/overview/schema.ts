import { builder } from "../builder.ts";
import { loadOverview, type Overview } from "./service.ts";
import type { Context } from "../context.ts";

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

builder.subscriptionFields((t) => ({
  overviewUpdated: t.field({
    type: OverviewRef,
    description: "The headline numbers now, then again whenever data changes (at most once a second)",
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
