// `parley import <file>`: streams a file through readSource into the pipeline in batches, one
// transaction each. The file's progress (records committed) commits with every batch in an
// Ingestion row, so an interrupted import resumes after the last committed batch.
import fs from "node:fs";
import nodePath from "node:path";
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import { recordEvents } from "../events/log.ts";
import { candidateRefresherOf } from "../identity/refresh-queue.ts";
import { type IngestResult, prepareBatch, writeBatch } from "./pipeline/index.ts";
import { readSource } from "./read/sources.ts";

export interface ImportFileOptions {
  format?: string;
  source?: string;
  mapping?: string;
  actor?: string;
  batchSize?: number;
  /** Stops after the batch in flight commits; the import can then be resumed. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  /** Records and unreadable lines handled, including those skipped on resume. */
  done: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
  /** Handled in this run (not skipped), for the rate. */
  doneThisRun: number;
}

/** Counts over the whole file, including what an interrupted run committed before a resume. */
interface FileTotals extends Omit<IngestResult, "rejected"> {
  rejected: number;
  unreadable: number;
}

const noTotals: FileTotals = {
  created: 0,
  updated: 0,
  merged: 0,
  unchanged: 0,
  rejected: 0,
  unreadable: 0,
};

export interface ImportReport extends FileTotals {
  file: string;
  preset: string | undefined;
  encoding: string | undefined;
  /** Records and unreadable lines read in this run. */
  read: number;
  /** Committed by an earlier, interrupted run and skipped now. */
  resumedAfter: number;
  rejectsFile: string | null;
  seconds: number;
  recordsPerSecond: number;
  interrupted: boolean;
}

export const rejectsFileOf = (file: string) => `${file}.rejects.jsonl`;

/** A rejects-file line with the record as read, or without it when it nests deeper than JSON.stringify can go. */
function rejectsLine(rejection: Record<string, unknown>, record: unknown): string {
  try {
    return JSON.stringify({ ...rejection, record });
  } catch {
    return JSON.stringify({
      ...rejection,
      record: "(too deeply nested to write back; see the line in the file)",
    });
  }
}

/** One file version: a changed file (size or mtime) is a new import, an unchanged one resumes. */
function importKey(file: string): string {
  const stat = fs.statSync(file);
  return `file:${file}:${stat.size}:${Math.trunc(stat.mtimeMs)}`;
}

export async function importFile(
  services: AppServices,
  path: string,
  options: ImportFileOptions = {},
): Promise<ImportReport> {
  const file = nodePath.resolve(path);
  if (!fs.existsSync(file)) throw new Error(`${path}: no such file`);
  const key = importKey(file);
  const batchSize = options.batchSize ?? 2_000;
  const actor = options.actor ?? "cli";

  const { rows } = await services.db.pool.query<{
    id: number;
    recordsDone: number;
    result: Partial<FileTotals>;
  }>(
    `INSERT INTO "Ingestion" ("idempotencyKey", kind, name, source, actor) VALUES ($1, 'file', $2, $3, $4)
     ON CONFLICT ("idempotencyKey") DO UPDATE SET status = CASE WHEN "Ingestion".status = 'finished' THEN 'running' ELSE "Ingestion".status END,
       "recordsDone" = CASE WHEN "Ingestion".status = 'finished' THEN 0 ELSE "Ingestion"."recordsDone" END,
       result = CASE WHEN "Ingestion".status = 'finished' THEN '{}'::jsonb ELSE "Ingestion".result END, "finishedAt" = NULL
     RETURNING id, "recordsDone", result`,
    [key, file, options.source ?? null, actor],
  );
  const ingestion = rows[0]!;
  // A finished import of the same file runs again from the start (a no-op for unchanged records);
  // an interrupted one skips what it committed, and counts on from the totals committed with it.
  const skip = ingestion.recordsDone;
  const rejectsFile = rejectsFileOf(file);
  if (skip === 0 && fs.existsSync(rejectsFile)) fs.rmSync(rejectsFile);

  const reader = readSource(file, {
    format: options.format,
    source: options.source,
    mapping: options.mapping,
  });
  let totals: FileTotals = { ...noTotals, ...(skip > 0 ? ingestion.result : {}) };
  const started = performance.now();
  let position = 0;
  let read = 0;
  let interrupted = false;
  let batch: Array<{ line: number; raw: unknown }> = [];
  let unreadable: Array<{ line: number; error: string }> = [];

  const progress = () =>
    options.onProgress?.({
      done: position,
      doneThisRun: read,
      elapsedMs: performance.now() - started,
      ...reader.progress(),
    });

  // One batch is written while the next is read and prepared: preparing is CPU work in this
  // process, writing mostly waits on the database, so the two overlap. Batches still commit one
  // after another, in file order.
  let writing: Promise<void> | null = null;
  let failure: unknown = null;
  const settled = async () => {
    await writing;
    writing = null;
    if (failure) throw failure;
  };

  const flush = async () => {
    const items = batch;
    const errors = unreadable;
    const committed = position;
    batch = [];
    unreadable = [];
    const prepared = await prepareBatch(
      items.map((item) => item.raw),
      {},
    );
    await settled();
    // Stopping: the batch just read is dropped uncommitted, so a resume reads it again.
    if (options.signal?.aborted) {
      read -= items.length + errors.length;
      interrupted = true;
      return;
    }
    const write = async () => {
      let next = totals;
      const result = await writeBatch(services, prepared, {
        actor,
        // The totals commit with the batch, so a resumed import reports the whole file.
        beforeCommit: async (client, batchResult) => {
          next = {
            created: totals.created + batchResult.created,
            updated: totals.updated + batchResult.updated,
            merged: totals.merged + batchResult.merged,
            unchanged: totals.unchanged + batchResult.unchanged,
            rejected: totals.rejected + batchResult.rejected.length,
            unreadable: totals.unreadable + errors.length,
          };
          await client.query(
            `UPDATE "Ingestion" SET "recordsDone" = $2, result = $3::jsonb WHERE id = $1`,
            [ingestion.id, committed, JSON.stringify(next)],
          );
        },
      });
      totals = next;
      // Written after COMMIT: a crash in between loses report lines, never duplicates them on resume.
      const lines = [
        ...errors.map((error) => JSON.stringify(error)),
        ...result.rejected.map(({ index, ...rejection }) =>
          rejectsLine({ line: items[index]!.line, ...rejection }, items[index]!.raw),
        ),
      ];
      if (lines.length > 0) fs.appendFileSync(rejectsFile, lines.join("\n") + "\n");
      progress();
    };
    // Held, not awaited: a failure is rethrown by the next settled() instead of going unhandled.
    writing = write().catch((error) => {
      failure = error;
    });
  };

  try {
    for await (const item of reader) {
      position++;
      if (position <= skip) continue;
      read++;
      if ("error" in item) unreadable.push(item);
      else batch.push(item);
      if (batch.length + unreadable.length >= batchSize) {
        await flush();
        if (interrupted) break;
      }
    }
    if (!interrupted && (batch.length > 0 || unreadable.length > 0)) await flush();
    await settled();
  } finally {
    // A reader error must not leave a batch writing on a connection the caller is about to close.
    await writing;
  }

  // The last batches' merge candidates are still being refreshed: the import is finished when they
  // are (a failure leaves them queued, and a re-run, which skips every committed batch, refreshes them).
  if (!interrupted) await candidateRefresherOf(services.db).refresh();
  const seconds = (performance.now() - started) / 1000;
  if (!interrupted) {
    const summary = { ...totals, records: skip + read, read, resumedAfter: skip };
    await withTransaction(services.db.pool, async (client) => {
      await client.query(
        `UPDATE "Ingestion" SET status = 'finished', "finishedAt" = now(), result = $2::jsonb WHERE id = $1`,
        [ingestion.id, JSON.stringify(summary)],
      );
      await recordEvents(client, [
        { type: "import_finished", payload: { file: nodePath.basename(file), ...summary } },
      ]);
    });
    services.live.notify();
  }
  return {
    file,
    preset: reader.preset,
    encoding: reader.encoding,
    ...totals,
    read,
    resumedAfter: skip,
    rejectsFile: totals.rejected + totals.unreadable > 0 ? rejectsFile : null,
    seconds,
    recordsPerSecond: read / Math.max(seconds, 1e-9),
    interrupted,
  };
}

const formatCount = (n: number) => Math.round(n).toLocaleString("en-US");

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A progress line on stderr: redrawn in place at most 5 times a second on a terminal, printed as
 * plain lines every few seconds otherwise (CI logs, redirected output).
 */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): {
  update(progress: ImportProgress): void;
  end(): void;
} {
  const tty = stream.isTTY === true;
  const interval = tty ? 200 : 5_000;
  let last = 0;
  let drawn = false;
  let latest: ImportProgress | null = null;
  const line = (p: ImportProgress) => {
    const rate = p.doneThisRun / Math.max(p.elapsedMs / 1000, 1e-3);
    const fraction = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0;
    const eta = fraction > 0 ? ((p.elapsedMs / 1000) * (1 - fraction)) / fraction : Number.NaN;
    return `${formatCount(p.done)} records  ${formatCount(rate)} rec/s  ${(fraction * 100).toFixed(1)}% of ${(p.totalBytes / 1e6).toFixed(1)} MB  ETA ${formatDuration(eta)}`;
  };
  return {
    update(progress) {
      latest = progress;
      const now = performance.now();
      if (now - last < interval) return;
      last = now;
      if (tty) stream.write(`\r\x1b[2K${line(progress)}`);
      else stream.write(`${line(progress)}\n`);
      drawn = true;
    },
    end() {
      if (tty && drawn && latest) stream.write(`\r\x1b[2K${line(latest)}\n`);
    },
  };
}

export function formatReport(report: ImportReport, storage: string): string {
  const lines = [
    `${report.interrupted ? "Interrupted" : "Imported"} ${report.file}${report.preset ? ` (${report.preset}` : " (Parley records"}, ${report.encoding ?? "utf-8"}) into ${storage}`,
    `  ${formatCount(report.resumedAfter + report.read)} records` +
      `${report.resumedAfter ? ` (${formatCount(report.resumedAfter)} before the interruption, ${formatCount(report.read)} in this run)` : ""}: ` +
      `${formatCount(report.created)} created, ${formatCount(report.updated)} updated, ${formatCount(report.merged)} merged, ` +
      `${formatCount(report.unchanged)} unchanged, ${formatCount(report.rejected)} rejected, ${formatCount(report.unreadable)} unreadable`,
    `  ${report.seconds.toFixed(1)} s, ${formatCount(report.recordsPerSecond)} records/s`,
  ];
  if (report.rejectsFile) lines.push(`  Rejected records and reasons: ${report.rejectsFile}`);
  if (report.interrupted)
    lines.push(
      `  Committed batches are kept. Run the same command again to resume where it stopped.`,
    );
  return lines.join("\n");
}
