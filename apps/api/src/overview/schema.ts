import { builder } from "../builder.ts";
import { loadOverview, type Overview } from "./service.ts";

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
