import { builder, idOf, inIdOrder, maxPageSize, pageInSqlOrder } from "../builder.ts";
import { ChannelEnum } from "../conversations/schema.ts";
import type { NetworkCommunity } from "../generated/prisma/client.ts";
import type { Channel, InfluenceScope, LifecycleStage } from "../generated/prisma/enums.ts";
import { LifecycleStageEnum } from "../people/schema.ts";
import {
  type InfluenceGraphEdge,
  type InfluenceGraphNode,
  type InfluenceGraphView,
  loadInfluenceGraph,
  maxInfluenceGraphEdges,
  maxInfluenceGraphNodes,
} from "./influence-graph.ts";
import { countInfluencers, type InfluencerFilter, influencerIds } from "./influencers.ts";
import { type InfluenceRunSummary, runInfluence } from "./run.ts";
import {
  type InfluenceMeasures,
  influenceScore,
  type ScoreComponent,
  scoreComponents,
} from "./score.ts";

/** What an Influence answers from: the stored measures, and the person's network community. */
interface InfluenceShape {
  measures: InfluenceMeasures;
  networkCommunity: NetworkCommunity | null;
}

const InfluenceComponentRef = builder.objectRef<ScoreComponent>("InfluenceComponent").implement({
  description:
    "One part of an influence score; the contributions of a score's components add up to it",
  fields: (t) => ({
    name: t.exposeString("name", { description: "network, reach or engagement" }),
    value: t.exposeFloat("value", {
      description: "The measure: PageRank, followers, or replies, shares and likes received",
    }),
    weight: t.exposeFloat("weight"),
    contribution: t.exposeFloat("contribution", {
      description: "Points of the score (0 to 100) this component gives",
    }),
    explanation: t.exposeString("explanation"),
  }),
});

const NetworkCommunityRef = builder.prismaNode("NetworkCommunity", {
  id: { field: "id" },
  description:
    "A community found in the interaction graph (Louvain): people who talk with each other more than with the rest",
  fields: (t) => ({
    label: t.exposeString("label", {
      description: "Generated from its main brand, channel and most influential member",
    }),
    size: t.exposeInt("size"),
    topMembers: t.relation("members", {
      description: "Most influential members first",
      args: { first: t.arg.int({ defaultValue: 5 }) },
      complexity: (args) => ({ field: 1, multiplier: pageSize(args.first ?? 5) }),
      query: (args) => ({
        where: { mergedIntoId: null },
        orderBy: [{ influenceScore: "desc" }, { id: "asc" }],
        take: pageSize(args.first ?? 5),
      }),
    }),
    mainChannels: t.field({
      type: [ChannelShareRef],
      description: "Channels its members post on, most messages first",
      resolve: (community) =>
        (community.channels as Array<{ channel: Channel; messages: number }>).slice(0, 5),
    }),
    mainBrands: t.field({
      type: [BrandShareRef],
      description: "Brands its members mention, most mentions first",
      resolve: (community) =>
        (community.brands as Array<{ brandId: number; mentions: number }>).slice(0, 5),
    }),
  }),
});

const ChannelShareRef = builder
  .objectRef<{ channel: Channel; messages: number }>("ChannelShare")
  .implement({
    fields: (t) => ({
      channel: t.expose("channel", { type: ChannelEnum }),
      messages: t.exposeInt("messages"),
    }),
  });

const BrandShareRef = builder
  .objectRef<{ brandId: number; mentions: number }>("BrandShare")
  .implement({
    fields: (t) => ({
      brand: t.prismaField({
        type: "Brand",
        nullable: true,
        // findUnique calls of one tick are batched into one query by Prisma.
        resolve: (query, share, _args, ctx) =>
          ctx.prisma.brand.findUnique({ ...query, where: { id: share.brandId } }),
      }),
      mentions: t.exposeInt("mentions"),
    }),
  });

const InfluenceRef = builder.objectRef<InfluenceShape>("Influence").implement({
  description: "How much weight a person carries, and why: the score is the sum of its components",
  fields: (t) => ({
    score: t.float({
      description: "0 to 100",
      resolve: (influence) => influenceScore(influence.measures),
    }),
    pageRank: t.float({
      description: "Weighted PageRank in the interaction graph (everyone's add up to 1)",
      resolve: (i) => i.measures.pageRank,
    }),
    pageRankPercentile: t.float({
      description: "Share of people with a lower PageRank, 0 to 1",
      resolve: (i) => i.measures.pageRankPercentile,
    }),
    reach: t.int({ description: "Largest follower count", resolve: (i) => i.measures.reach }),
    engagement: t.int({
      description: "Replies, shares and likes their messages received",
      resolve: (i) => i.measures.engagement,
    }),
    networkCommunity: t.field({
      type: NetworkCommunityRef,
      nullable: true,
      resolve: (i) => i.networkCommunity,
    }),
    components: t.field({
      type: [InfluenceComponentRef],
      resolve: (influence) => scoreComponents(influence.measures),
    }),
  }),
});

const InfluenceRunRef = builder.objectRef<InfluenceRunSummary>("InfluenceRun").implement({
  description: "One recomputation of PageRank, communities and scores",
  fields: (t) => ({
    id: t.exposeInt("id"),
    trigger: t.exposeString("trigger", {
      description: "request, import (also after merges and unmerges) or schedule",
    }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime" }),
    people: t.exposeInt("people"),
    edges: t.exposeInt("edges", { description: "Pairs of people with at least one interaction" }),
    communities: t.exposeInt("communities"),
    modularity: t.exposeFloat("modularity"),
    milliseconds: t.exposeInt("milliseconds"),
  }),
});

const pageSize = (first: number) => Math.min(Math.max(first, 1), maxPageSize);

/** Influence within one community or about one brand, or null when the person has none there. */
function scopedInfluenceField(
  scope: InfluenceScope,
  argument: "communityId" | "brandId",
  typename: "Community" | "Brand",
  description: string,
) {
  return builder.prismaObjectField(
    "Person",
    scope === "community" ? "influenceInCommunity" : "influenceAboutBrand",
    (t) =>
      t.field({
        type: InfluenceRef,
        nullable: true,
        description,
        args: { [argument]: t.arg.globalID({ required: true }) },
        select: { networkCommunity: true, reach: true },
        resolve: async (person, args, ctx) => {
          const scopeId = idOf(
            args[argument] as { typename: string; id: string },
            typename,
            argument,
          );
          const row = await ctx.prisma.scopedInfluence.findUnique({
            where: { scope_scopeId_personId: { scope, scopeId, personId: person.id } },
          });
          if (!row) return null;
          return {
            measures: {
              pageRank: row.pageRank,
              pageRankPercentile: row.pageRankPercentile,
              reach: person.reach,
              engagement: row.engagement,
            },
            networkCommunity: person.networkCommunity,
          };
        },
      }),
  );
}

builder.prismaObjectFields("Person", (t) => ({
  influence: t.field({
    type: InfluenceRef,
    description: "Influence over the whole interaction graph, explained",
    select: {
      networkCommunity: true,
      pageRank: true,
      pageRankPercentile: true,
      reach: true,
      engagement: true,
    },
    resolve: (person) => ({
      measures: {
        pageRank: person.pageRank,
        pageRankPercentile: person.pageRankPercentile,
        reach: person.reach,
        engagement: person.engagement,
      },
      networkCommunity: person.networkCommunity,
    }),
  }),
  networkCommunity: t.relation("networkCommunity", {
    nullable: true,
    description: "The community of the interaction graph this person belongs to",
  }),
}));
scopedInfluenceField(
  "community",
  "communityId",
  "Community",
  "The same measures over the interactions of the messages posted in that community",
);
scopedInfluenceField(
  "brand",
  "brandId",
  "Brand",
  "The same measures over the interactions of the messages that mention that brand",
);

interface ScopedInfluenceShape extends InfluenceShape {
  scope: InfluenceScope;
  scopeId: number;
}

const ScopedInfluenceRef = builder.objectRef<ScopedInfluenceShape>("ScopedInfluence").implement({
  description: "A person's influence within one community or about one brand",
  fields: (t) => ({
    community: t.prismaField({
      type: "Community",
      nullable: true,
      description: "Set when the scope is a community",
      resolve: (query, scoped, _args, ctx) =>
        scoped.scope === "community"
          ? ctx.prisma.community.findUnique({ ...query, where: { id: scoped.scopeId } })
          : null,
    }),
    brand: t.prismaField({
      type: "Brand",
      nullable: true,
      description: "Set when the scope is a brand",
      resolve: (query, scoped, _args, ctx) =>
        scoped.scope === "brand"
          ? ctx.prisma.brand.findUnique({ ...query, where: { id: scoped.scopeId } })
          : null,
    }),
    influence: t.field({ type: InfluenceRef, resolve: (scoped) => scoped }),
  }),
});

builder.prismaObjectField("Person", "scopedInfluence", (t) =>
  t.field({
    type: [ScopedInfluenceRef],
    description:
      "Influence in every community and about every brand where the person takes part, highest score first",
    args: { first: t.arg.int({ defaultValue: 10 }) },
    complexity: (args) => ({ field: 1, multiplier: pageSize(args.first ?? 10) }),
    select: { networkCommunity: true, reach: true },
    resolve: async (person, args, ctx) => {
      const rows = await ctx.prisma.scopedInfluence.findMany({
        where: { personId: person.id },
        orderBy: [{ score: "desc" }, { scope: "asc" }, { scopeId: "asc" }],
        take: pageSize(args.first ?? 10),
      });
      return rows.map((row) => ({
        scope: row.scope,
        scopeId: row.scopeId,
        measures: {
          pageRank: row.pageRank,
          pageRankPercentile: row.pageRankPercentile,
          reach: person.reach,
          engagement: row.engagement,
        },
        networkCommunity: person.networkCommunity,
      }));
    },
  }),
);

builder.prismaObjectField("Community", "superusers", (t) =>
  t.prismaField({
    type: ["Person"],
    description: "The most influential people within this community",
    args: { first: t.arg.int({ defaultValue: 10 }) },
    complexity: (args) => ({ field: 1, multiplier: pageSize(args.first ?? 10) }),
    resolve: async (query, community, args, ctx) => {
      const ranked = await ctx.prisma.scopedInfluence.findMany({
        where: { scope: "community", scopeId: community.id },
        orderBy: [{ score: "desc" }, { personId: "asc" }],
        take: pageSize(args.first ?? 10),
        select: { personId: true },
      });
      const ids = ranked.map((row) => row.personId);
      return inIdOrder(
        await ctx.prisma.person.findMany({
          ...query,
          where: { id: { in: ids }, mergedIntoId: null },
        }),
        ids,
      );
    },
  }),
);

const InfluencerFilterInput = builder.inputType("InfluencerFilter", {
  fields: (t) => ({
    networkCommunityId: t.globalID({ description: "A NetworkCommunity" }),
    communityId: t.globalID({
      description: "Members of this Community, or people who posted or were reached there",
    }),
    brandId: t.globalID({ description: "People whose messages mention this Brand" }),
    minReach: t.int(),
    sentimentBelow: t.float({
      description: "Only people whose messages average below this sentiment",
    }),
    stage: t.field({ type: LifecycleStageEnum }),
  }),
});

type FilterArgument =
  | {
      networkCommunityId?: { typename: string; id: string } | null;
      communityId?: { typename: string; id: string } | null;
      brandId?: { typename: string; id: string } | null;
      minReach?: number | null;
      sentimentBelow?: number | null;
      stage?: LifecycleStage | null;
    }
  | null
  | undefined;

function influencerFilter(filter: FilterArgument): InfluencerFilter {
  return {
    networkCommunityId: filter?.networkCommunityId
      ? idOf(filter.networkCommunityId, "NetworkCommunity", "filter.networkCommunityId")
      : undefined,
    communityId: filter?.communityId
      ? idOf(filter.communityId, "Community", "filter.communityId")
      : undefined,
    brandId: filter?.brandId ? idOf(filter.brandId, "Brand", "filter.brandId") : undefined,
    minReach: filter?.minReach ?? undefined,
    sentimentBelow: filter?.sentimentBelow ?? undefined,
    stage: filter?.stage ?? undefined,
  };
}

builder.queryFields((t) => ({
  influencers: t.prismaConnection({
    type: "Person",
    cursor: "id",
    description: "People by influence score, most influential first",
    args: { filter: t.arg({ type: InfluencerFilterInput }) },
    totalCount: (_parent, args, ctx) =>
      countInfluencers(ctx.db.pool, influencerFilter(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      pageInSqlOrder(
        query,
        "influencers",
        (page) => influencerIds(ctx.db.pool, influencerFilter(args.filter), page),
        (selection, ids) =>
          ctx.prisma.person.findMany({ ...selection, where: { id: { in: ids } } }),
      ),
  }),
  networkCommunities: t.prismaConnection({
    type: "NetworkCommunity",
    cursor: "id",
    description: "Communities of the interaction graph, largest first",
    totalCount: (_parent, _args, ctx) => ctx.prisma.networkCommunity.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.networkCommunity.findMany({
        ...query,
        orderBy: [{ size: "desc" }, { id: "asc" }],
      }),
  }),
}));

const InfluenceGraphNodeRef = builder
  .objectRef<InfluenceGraphNode>("InfluenceGraphNode")
  .implement({
    description: "A person on the map of the interaction graph",
    fields: (t) => ({
      id: t.globalID({
        description: "The Person's ID",
        resolve: (node) => ({ type: "Person", id: node.personId }),
      }),
      person: t.prismaField({
        type: "Person",
        // findUnique calls of one tick are batched into one query by Prisma.
        resolve: (query, node, _args, ctx) =>
          ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: node.personId } }),
      }),
      score: t.exposeFloat("score", { description: "Influence score, 0 to 100" }),
      networkCommunity: t.prismaField({
        type: "NetworkCommunity",
        nullable: true,
        resolve: (query, node, _args, ctx) =>
          node.networkCommunityId === null
            ? null
            : ctx.prisma.networkCommunity.findUnique({
                ...query,
                where: { id: node.networkCommunityId },
              }),
      }),
    }),
  });

const InfluenceGraphEdgeRef = builder
  .objectRef<InfluenceGraphEdge>("InfluenceGraphEdge")
  .implement({
    description: "Interactions from one person to another: replies, shares and mentions",
    fields: (t) => ({
      source: t.globalID({
        description: "The Person who interacted",
        resolve: (edge) => ({ type: "Person", id: edge.fromPersonId }),
      }),
      target: t.globalID({
        description: "The Person replied to, shared or mentioned",
        resolve: (edge) => ({ type: "Person", id: edge.toPersonId }),
      }),
      weight: t.exposeInt("weight", { description: "Messages from source to target" }),
    }),
  });

const InfluenceGraphRef = builder.objectRef<InfluenceGraphView>("InfluenceGraph").implement({
  description:
    "The most influential people of the interaction graph and the edges among them, for a map",
  fields: (t) => ({
    nodes: t.field({
      type: [InfluenceGraphNodeRef],
      description: "Most influential first",
      resolve: (graph) => graph.nodes,
    }),
    edges: t.field({
      type: [InfluenceGraphEdgeRef],
      description: `The heaviest edges among the nodes, at most ${maxInfluenceGraphEdges}`,
      resolve: (graph) => graph.edges,
    }),
    edgeCount: t.exposeInt("edgeCount", {
      description: "All edges among the nodes, of which edges holds the heaviest",
    }),
  }),
});

builder.queryField("influenceGraph", (t) =>
  t.field({
    type: InfluenceGraphRef,
    description: `The top people by influence score (those in a network community) and the weighted edges among them; first at most ${maxInfluenceGraphNodes}`,
    args: {
      first: t.arg.int({ defaultValue: 200 }),
      networkCommunityId: t.arg.globalID({ description: "Only this NetworkCommunity" }),
    },
    // Bounded by its own limits (first, the edge cap) rather than charged per node like a connection.
    complexity: { field: 50, multiplier: 1 },
    resolve: (_parent, args, ctx) =>
      loadInfluenceGraph(ctx.db.pool, {
        first: args.first ?? 200,
        networkCommunityId: args.networkCommunityId
          ? idOf(args.networkCommunityId, "NetworkCommunity", "networkCommunityId")
          : undefined,
      }),
  }),
);

builder.mutationFields((t) => ({
  recomputeInfluence: t.field({
    type: InfluenceRunRef,
    description:
      "Recompute PageRank, communities and scores now (it also runs after imports and on a schedule)",
    resolve: (_parent, _args, ctx) =>
      ctx.influence ? ctx.influence.run("request") : runInfluence(ctx.db, "request"),
  }),
}));
