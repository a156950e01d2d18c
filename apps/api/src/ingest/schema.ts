import { builder } from "../builder.ts";
import { ValidationError } from "../errors.ts";
import type { Context } from "../context.ts";
import { ingestBatch, type IngestResult } from "./pipeline/index.ts";
import type { Rejection } from "./records/types.ts";

/** Records per `ingest` call; bigger loads belong in `parley import`, which streams and resumes. */
export const maxRecordsPerCall = 5_000;

const IngestRejectionRef = builder.objectRef<Rejection>("IngestRejection").implement({
  description: "A record that was not accepted, with the first thing wrong with it",
  fields: (t) => ({
    index: t.exposeInt("index", { nullable: false, description: "Position of the record in `records`" }),
    type: t.exposeString("type", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    id: t.exposeString("id", { nullable: true }),
    field: t.exposeString("field", { nullable: false, description: 'Dotted path of the offending field; "(record)" for the whole record' }),
    reason: t.exposeString("reason", { nullable: false }),
  }),
});

const IngestResultRef = builder.objectRef<IngestResult>("IngestResult").implement({
  description: "What an ingest did, counted per record",
  fields: (t) => ({
    created: t.exposeInt("created", { nullable: false }),
    updated: t.exposeInt("updated", { nullable: false }),
    merged: t.exposeInt("merged", { nullable: false, description: "Records that linked two known people, who were merged" }),
    unchanged: t.exposeInt("unchanged", { nullable: false }),
    rejected: t.field({ type: [IngestRejectionRef], nullable: false, resolve: (result) => result.rejected }),
  }),
});

async function storedResult(ctx: Context, idempotencyKey: string): Promise<IngestResult | null> {
  const stored = await ctx.prisma.ingestion.findUnique({ where: { idempotencyKey } });
  return stored ? (stored.result as unknown as IngestResult) : null;
}

builder.mutationField("ingest", (t) =>
  t.field({
    type: IngestResultRef,
    nullable: false,
    description: `Writes Parley records (docs/records.md), at most ${maxRecordsPerCall} per call, in one transaction. With an idempotencyKey, a repeated call returns the first call's result and writes nothing.`,
    args: {
      records: t.arg({ type: ["JSON"], required: true }),
      idempotencyKey: t.arg.string(),
    },
    resolve: async (_parent, args, ctx) => {
      if (args.records.length > maxRecordsPerCall) {
        throw new ValidationError("records", `must hold at most ${maxRecordsPerCall} records per call, got ${args.records.length}; import bigger loads with \`pnpm parley import\``);
      }
      const key = args.idempotencyKey?.trim() || null;
      if (key) {
        const stored = await storedResult(ctx, key);
        if (stored) return stored;
      }
      const actor = `api-key:${ctx.viewer.name}`;
      try {
        return await ingestBatch({ db: ctx.db, live: ctx.live }, args.records, {
          actor,
          // The outcome commits with the records, so a retry after a lost response finds it.
          beforeCommit: key
            ? async (client, result) => {
                await client.query(
                  `INSERT INTO "Ingestion" ("idempotencyKey", kind, name, status, result, "finishedAt", actor)
                   VALUES ($1, 'api', $1, 'finished', $2::jsonb, now(), $3)`,
                  [key, JSON.stringify(result), actor],
                );
              }
            : undefined,
        });
      } catch (error) {
        // Two calls with the same key at once: the one that lost the race returns the winner's result.
        if (key && (error as { code?: string }).code === "23505") {
          const stored = await storedResult(ctx, key);
          if (stored) return stored;
        }
        throw error;
      }
    },
  }),
);

builder.queryField("person", (t) =>
  t.prismaField({
    type: "Person",
    nullable: true,
    description: "The person a source record resolved to (the surviving profile when it was merged since); not for viewers",
    authScopes: { pii: true },
    args: { source: t.arg.string({ required: true }), id: t.arg.string({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const link = await ctx.prisma.personSource.findUnique({
        where: { source_sourceId: { source: args.source, sourceId: args.id } },
        select: { personId: true },
      });
      let personId = link?.personId;
      // Merges can chain (A into B, later B into C); a bounded walk guards against a cycle.
      for (let hops = 0; personId !== undefined && hops < 50; hops++) {
        const person = await ctx.prisma.person.findUnique({ where: { id: personId }, select: { mergedIntoId: true } });
        if (!person || person.mergedIntoId === null) break;
        personId = person.mergedIntoId;
      }
      return personId === undefined ? null : ctx.prisma.person.findUnique({ ...query, where: { id: personId } });
    },
  }),
);
