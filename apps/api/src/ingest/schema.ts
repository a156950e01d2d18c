import { builder } from "../builder.ts";
import { ValidationError } from "../errors.ts";
import { ingestOnce } from "./idempotency.ts";
import { type IngestResult, ingestBatch } from "./pipeline/index.ts";
import type { Rejection } from "./records/types.ts";

/** Records per `ingest` call; bigger loads belong in `parley import`, which streams and resumes. */
export const maxRecordsPerCall = 5_000;

const IngestRejectionRef = builder.objectRef<Rejection>("IngestRejection").implement({
  description: "A record that was not accepted, with the first thing wrong with it",
  fields: (t) => ({
    index: t.exposeInt("index", {
      nullable: false,
      description: "Position of the record in `records`",
    }),
    type: t.exposeString("type", { nullable: true }),
    source: t.exposeString("source", { nullable: true }),
    id: t.exposeString("id", { nullable: true }),
    field: t.exposeString("field", {
      nullable: false,
      description: 'Dotted path of the offending field; "(record)" for the whole record',
    }),
    reason: t.exposeString("reason", { nullable: false }),
  }),
});

const IngestResultRef = builder.objectRef<IngestResult>("IngestResult").implement({
  description: "What an ingest did, counted per record",
  fields: (t) => ({
    created: t.exposeInt("created", { nullable: false }),
    updated: t.exposeInt("updated", { nullable: false }),
    merged: t.exposeInt("merged", {
      nullable: false,
      description: "Records that linked two known people, who were merged",
    }),
    unchanged: t.exposeInt("unchanged", { nullable: false }),
    rejected: t.field({
      type: [IngestRejectionRef],
      nullable: false,
      resolve: (result) => result.rejected,
    }),
  }),
});

builder.mutationField("ingest", (t) =>
  t.field({
    type: IngestResultRef,
    nullable: false,
    description: `Writes Parley records (docs/records.md), at most ${maxRecordsPerCall} per call, in one transaction. With an idempotencyKey, a repeated call with the same records returns the first call's result and writes nothing; the same key with different records is refused (BAD_USER_INPUT).`,
    args: {
      records: t.arg({ type: ["JSON"], required: true }),
      idempotencyKey: t.arg.string(),
    },
    resolve: async (_parent, args, ctx) => {
      if (args.records.length > maxRecordsPerCall) {
        throw new ValidationError(
          "records",
          `must hold at most ${maxRecordsPerCall} records per call, got ${args.records.length}; import bigger loads with \`pnpm parley import\``,
        );
      }
      const services = { db: ctx.db, live: ctx.live };
      const actor = `api-key:${ctx.viewer.name}`;
      const key = args.idempotencyKey?.trim() || null;
      return key
        ? ingestOnce(services, args.records, { key, actor })
        : ingestBatch(services, args.records, { actor });
    },
  }),
);
