// Polls subscribed feeds. Every instance runs a poller; a feed is fetched by one of them at a time:
// the instance takes it with a lease row under FOR UPDATE SKIP LOCKED, the way webhook delivery
// does, and a crashed instance's lease runs out. Each entry becomes a message through the import
// pipeline, so feeds are enriched, deduplicated and counted like any other source.
import type { AppServices } from "../context.ts";
import { CoalescedRounds } from "../events/rounds.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { logger, outageLog } from "../log.ts";
import { fetchFeed, maxRedirects } from "./fetch.ts";
import { FeedFormatError, parseFeed } from "./parse.ts";
import { feedRecords } from "./records.ts";

const log = logger("feeds");

/** The records' source: one for every feed, so an entry seen in two feeds is one message. */
export const feedSource = "feed";
/** Entries read from one answer: a feed is a page of recent entries. */
export const maxEntriesPerFetch = 1_000;
/** A failing feed waits intervalMinutes x 2^failures, at most this long. */
export const maxBackoffMinutes = 24 * 60;

export interface FeedPollerOptions {
  /** How often due feeds are looked for; 0 only when poked (after addFeed; tests). */
  pollIntervalMs?: number;
  requestTimeoutMs?: number;
  /** Feeds fetched at once by this instance. */
  concurrency?: number;
}

interface ClaimedFeed {
  id: number;
  url: string;
  intervalMinutes: number;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

/** Minutes until the next attempt after `failures` failures in a row. */
export function backoffMinutes(intervalMinutes: number, failures: number): number {
  return Math.min(maxBackoffMinutes, intervalMinutes * 2 ** Math.min(failures, 20));
}

export class FeedPoller {
  private readonly pollIntervalMs: number;
  private readonly requestTimeoutMs: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly rounds = new CoalescedRounds(
    () => this.pollRound(),
    outageLog(log, "Polling feeds"),
  );
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly services: AppServices,
    readonly allowPrivate: boolean,
    options: FeedPollerOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 30_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.concurrency = options.concurrency ?? 4;
    // Every hop of the redirects may take the whole timeout; writing the entries takes some more.
    this.leaseMs = this.requestTimeoutMs * (maxRedirects + 1) + 60_000;
  }

  start(): void {
    if (this.pollIntervalMs === 0) return;
    this.timer = setInterval(() => void this.poke(), this.pollIntervalMs);
    this.timer.unref();
    void this.poke();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.rounds.stop();
  }

  /** Fetches every due feed; concurrent pokes coalesce into one more round. */
  poke(): Promise<void> {
    return this.rounds.poke();
  }

  /** `concurrency` workers, each taking due feeds until none is left. */
  private async pollRound(): Promise<void> {
    await Promise.all(
      Array.from({ length: this.concurrency }, async () => {
        for (let feed = await this.claim(); feed && !this.rounds.stopped; feed = await this.claim())
          await this.poll(feed);
      }),
    );
  }

  /** Leases one due feed that no instance holds. */
  private async claim(): Promise<ClaimedFeed | null> {
    const { rows } = await this.services.db.pool.query<ClaimedFeed>(
      `UPDATE "Feed" f SET "leasedUntil" = now() + $1 * interval '1 millisecond'
        WHERE f.id = (SELECT id FROM "Feed" WHERE "nextFetchAt" <= now() AND ("leasedUntil" IS NULL OR "leasedUntil" < now())
                       ORDER BY "nextFetchAt", id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, url, "intervalMinutes", etag, "lastModified", failures`,
      [this.leaseMs],
    );
    return rows[0] ?? null;
  }

  /** One fetch of one feed, and what it leaves in the feed's row. */
  private async poll(feed: ClaimedFeed): Promise<void> {
    const pool = this.services.db.pool;
    const result = await fetchFeed(feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      allowPrivate: this.allowPrivate,
      timeoutMs: this.requestTimeoutMs,
    });
    if (result.kind === "not-modified") {
      await pool.query(
        `UPDATE "Feed" SET "lastFetchedAt" = now(), "lastSuccessAt" = now(), "lastStatus" = 304, "lastError" = NULL, failures = 0,
                "nextFetchAt" = now() + "intervalMinutes" * interval '1 minute', "leasedUntil" = NULL WHERE id = $1`,
        [feed.id],
      );
      return;
    }
    if (result.kind === "failed") return this.failed(feed, result.status, result.error);
    let records;
    let title: string | undefined;
    try {
      const document = parseFeed(result.body, {
        contentType: result.contentType,
        maxEntries: maxEntriesPerFetch,
      });
      title = document.title;
      records = feedRecords(document, {
        source: feedSource,
        fallbackAt: new Date(),
        feedUrl: feed.url,
      });
    } catch (error) {
      if (!(error instanceof FeedFormatError)) throw error;
      return this.failed(feed, result.status, `the feed ${error.message}`);
    }
    const outcome = await ingestBatch(this.services, records, { actor: `feed ${feed.id}` });
    const rejected = outcome.rejected.length;
    if (rejected > 0)
      log.warn({ feedId: feed.id, rejected, first: outcome.rejected[0] }, "Feed entries rejected");
    await pool.query(
      `UPDATE "Feed" SET "lastFetchedAt" = now(), "lastSuccessAt" = now(), "lastStatus" = $2, "lastError" = $3, failures = 0,
              etag = $4, "lastModified" = $5, title = COALESCE($6, title), entries = entries + $7,
              "nextFetchAt" = now() + "intervalMinutes" * interval '1 minute', "leasedUntil" = NULL WHERE id = $1`,
      [
        feed.id,
        result.status,
        // Fetched and written; the entries the format refused are said, so the feed's owner can see why some are missing.
        rejected > 0
          ? `${rejected} of ${records.length} entries were rejected; the first: ${outcome.rejected[0]!.field} ${outcome.rejected[0]!.reason}`
          : null,
        result.etag,
        result.lastModified,
        title ?? null,
        outcome.created,
      ],
    );
  }

  private async failed(feed: ClaimedFeed, status: number | null, error: string): Promise<void> {
    const failures = feed.failures + 1;
    const waitMinutes = backoffMinutes(feed.intervalMinutes, failures);
    log.info(
      { feedId: feed.id, status, failures, retryInMinutes: waitMinutes },
      "Feed fetch failed, backing off",
    );
    await this.services.db.pool.query(
      `UPDATE "Feed" SET "lastFetchedAt" = now(), "lastStatus" = $2, "lastError" = $3, failures = $4,
              "nextFetchAt" = now() + $5 * interval '1 minute', "leasedUntil" = NULL WHERE id = $1`,
      [feed.id, status, error.slice(0, 1000), failures, waitMinutes],
    );
  }
}
