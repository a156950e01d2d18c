// Merge review over GraphQL: suggestions to accept or reject, merges with their
// audit trail, and unmerge. Resolvers parse IDs, open the transaction and call
// merge.ts; the live feed is signalled after commit.
import type pg from "pg";
import { seesContactDetails } from "../auth/keys.ts";
import { builder, idOf, prismaEnum } from "../builder.ts";
import type { Context } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import { SuggestionStatus } from "../generated/prisma/enums.ts";
import type { ScoreSignal } from "./candidate.ts";
import { type MergeRecord, mergePeople, unmergePerson } from "./merge.ts";
import { lockPendingSuggestion, rejectSuggestion } from "./review.ts";

const SuggestionStatusEnum = prismaEnum(
  "SuggestionStatus",
  SuggestionStatus,
  "Where a merge suggestion is in review",
);

/**
 * Explanations name the identifiers two profiles share ("same email x@y.com"); roles that may not
 * see contact details get them masked, as they do on Person.identities.
 */
function maskContactDetails(text: string): string {
  return text
    .replace(/[^\s,;()]+@[^\s,;()]+\.[a-z]{2,}/gi, "[email]")
    .replace(/\+\d{6,}(;ext=\d+)?/g, "[phone]");
}

builder.prismaNode("MergeSuggestion", {
  id: { field: "id" },
  description:
    "Two people who are probably one, found by scoring; a reviewer accepts (merges) or rejects it",
  fields: (t) => ({
    personA: t.relation("personA"),
    personB: t.relation("personB"),
    score: t.exposeFloat("score", {
      description: "Probability, 0 to 1, that both profiles are one person",
    }),
    explanation: t.string({
      select: { explanation: true },
      resolve: (suggestion, _args, ctx) =>
        seesContactDetails(ctx.viewer)
          ? suggestion.explanation
          : maskContactDetails(suggestion.explanation),
    }),
    signals: t.field({
      type: "JSON",
      description:
        "The evidence: [{ signal, weight (log odds, positive supports one person), detail }]",
      select: { signals: true },
      resolve: (suggestion, _args, ctx) => {
        const signals = suggestion.signals as unknown as ScoreSignal[];
        return seesContactDetails(ctx.viewer)
          ? signals
          : signals.map((s) => ({ ...s, detail: maskContactDetails(s.detail) }));
      },
    }),
    status: t.expose("status", { type: SuggestionStatusEnum }),
    decidedBy: t.exposeString("decidedBy", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("PersonMerge", {
  id: { field: "id" },
  description: "One merge, with who did it, when and why; undone merges keep their row",
  fields: (t) => ({
    survivor: t.relation("survivor"),
    absorbed: t.relation("absorbed", {
      description: "The profile merged away (mergedInto points at the survivor until undone)",
    }),
    actor: t.exposeString("actor", { description: "The API key (or process) that merged" }),
    reason: t.exposeString("reason"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    undoneAt: t.expose("undoneAt", { type: "DateTime", nullable: true }),
    undoneBy: t.exposeString("undoneBy", { nullable: true }),
    movedRows: t.field({
      type: "JSON",
      description: 'How many rows of each kind moved to the survivor, e.g. {"Message": 12}',
      select: { moved: true },
      resolve: (merge) => {
        const rows = (merge.moved as unknown as MergeRecord).rows ?? {};
        return Object.fromEntries(Object.entries(rows).map(([table, ids]) => [table, ids.length]));
      },
    }),
  }),
});

const UnmergeResult = builder
  .objectRef<{ mergeId: number; survivorId: number; restoredId: number }>("UnmergeResult")
  .implement({
    description: "An undone merge and the two people it separated again",
    fields: (t) => ({
      merge: t.prismaField({
        type: "PersonMerge",
        resolve: (query, result, _args, ctx) =>
          ctx.prisma.personMerge.findUniqueOrThrow({ ...query, where: { id: result.mergeId } }),
      }),
      survivor: t.prismaField({
        type: "Person",
        resolve: (query, result, _args, ctx) =>
          ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: result.survivorId } }),
      }),
      restored: t.prismaField({
        type: "Person",
        description: "The profile that had been merged away, with its own rows back",
        resolve: (query, result, _args, ctx) =>
          ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: result.restoredId } }),
      }),
    }),
  });

builder.queryFields((t) => ({
  mergeSuggestions: t.prismaConnection({
    type: "MergeSuggestion",
    cursor: "id",
    description: "Probable duplicates to review, most likely first",
    args: { status: t.arg({ type: SuggestionStatusEnum, defaultValue: "pending" }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.mergeSuggestion.count({ where: { status: args.status ?? "pending" } }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.mergeSuggestion.findMany({
        ...query,
        where: { status: args.status ?? "pending" },
        orderBy: [{ score: "desc" }, { id: "asc" }],
      }),
  }),
}));

/**
 * Runs `work` in its own transaction, then tells live subscribers about the events it wrote; a
 * merge or unmerge changes the interaction graph, so influence is recomputed soon after.
 */
async function inTransaction<T>(
  ctx: Context,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const result = await withTransaction(ctx.db.pool, work);
  ctx.live.notify();
  ctx.influence?.dataChanged();
  return result;
}

builder.mutationFields((t) => ({
  mergePeople: t.prismaField({
    type: "PersonMerge",
    description:
      "Merges `absorbed` into `survivor`: every row moves to the survivor, which keeps its own values and fills its gaps. Undo with unmergePerson.",
    args: {
      survivorId: t.arg.globalID({ required: true }),
      absorbedId: t.arg.globalID({ required: true }),
      reason: t.arg.string(),
    },
    resolve: async (query, _parent, args, ctx) => {
      const survivorId = idOf(args.survivorId, "Person", "survivorId");
      const absorbedId = idOf(args.absorbedId, "Person", "absorbedId");
      const reason = args.reason?.trim() || "merged by hand";
      const { mergeId } = await inTransaction(ctx, (client) =>
        mergePeople(client, { survivorId, absorbedId, actor: ctx.viewer.name, reason }),
      );
      return ctx.prisma.personMerge.findUniqueOrThrow({ ...query, where: { id: mergeId } });
    },
  }),
  unmergePerson: t.field({
    type: UnmergeResult,
    description:
      "Undoes a merge exactly: the moved rows go back and both profiles get their previous values. Later merges of the same people must be undone first.",
    args: { mergeId: t.arg.globalID({ required: true }) },
    resolve: async (_parent, args, ctx) => {
      const mergeId = idOf(args.mergeId, "PersonMerge", "mergeId");
      const result = await inTransaction(ctx, (client) =>
        unmergePerson(client, { mergeId, actor: ctx.viewer.name }),
      );
      return { mergeId, ...result };
    },
  }),
  acceptMergeSuggestion: t.prismaField({
    type: "PersonMerge",
    description:
      "Merges the two people of a pending suggestion; the older profile (person A) survives",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = idOf(args.id, "MergeSuggestion", "id");
      const { mergeId } = await inTransaction(ctx, async (client) => {
        const suggestion = await lockPendingSuggestion(client, id);
        return mergePeople(client, {
          survivorId: suggestion.personAId,
          absorbedId: suggestion.personBId,
          actor: ctx.viewer.name,
          reason: `accepted suggestion (score ${suggestion.score.toFixed(2)}): ${suggestion.explanation}`,
        });
      });
      return ctx.prisma.personMerge.findUniqueOrThrow({ ...query, where: { id: mergeId } });
    },
  }),
  rejectMergeSuggestion: t.prismaField({
    type: "MergeSuggestion",
    description: "Marks a pending suggestion rejected; the pair is not suggested again",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = idOf(args.id, "MergeSuggestion", "id");
      await inTransaction(ctx, async (client) => {
        await lockPendingSuggestion(client, id);
        await rejectSuggestion(client, id, ctx.viewer.name);
      });
      return ctx.prisma.mergeSuggestion.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
