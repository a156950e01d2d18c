// When influence is recomputed: on request, a few seconds after imports stop writing (debounced,
// so a long import triggers one run rather than one per batch), and on a fixed schedule. One run
// at a time per process; a request during a run waits for a run that starts after it.
import type { Database } from "../db/database.ts";
import { logger } from "../log.ts";
import { type InfluenceRunSummary, type RunTrigger, runInfluence } from "./run.ts";

const log = logger("influence");

export interface InfluenceSchedulerOptions {
  /** Whether imports, merges and unmerges trigger a run (default true). */
  afterChanges?: boolean;
  /** Quiet time after the last import batch before the run starts. */
  debounceMs?: number;
  /** Longest an ongoing stream of imports delays the run. */
  maxDelayMs?: number;
  /** Time between scheduled runs; 0 turns the schedule off. */
  intervalMs?: number;
}

export class InfluenceScheduler {
  private readonly afterChanges: boolean;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly intervalMs: number;
  private debounce?: NodeJS.Timeout;
  private firstPendingAt?: number;
  private interval?: NodeJS.Timeout;
  private running?: Promise<InfluenceRunSummary>;
  private queued?: Promise<InfluenceRunSummary>;
  private stopped = false;

  constructor(
    private readonly db: Database,
    options: InfluenceSchedulerOptions = {},
  ) {
    this.afterChanges = options.afterChanges ?? true;
    this.debounceMs = options.debounceMs ?? 5_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.intervalMs = options.intervalMs ?? 15 * 60_000;
  }

  start(): void {
    if (this.intervalMs > 0) {
      this.interval = setInterval(() => void this.runInBackground("schedule"), this.intervalMs);
      this.interval.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.debounce);
    clearInterval(this.interval);
    await Promise.allSettled([this.running, this.queued]);
  }

  /** An import wrote messages or people: run once imports have been quiet for a moment. */
  dataChanged(): void {
    if (this.stopped || !this.afterChanges) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    clearTimeout(this.debounce);
    const wait = Math.max(
      0,
      Math.min(this.debounceMs, this.firstPendingAt + this.maxDelayMs - now),
    );
    this.debounce = setTimeout(() => {
      this.firstPendingAt = undefined;
      void this.runInBackground("import");
    }, wait);
    this.debounce.unref();
  }

  /** Runs now, or right after the run in progress (whose graph may predate the caller's data). */
  run(trigger: RunTrigger): Promise<InfluenceRunSummary> {
    if (!this.running) return this.begin(trigger);
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.begin(trigger);
      });
    return this.queued;
  }

  private begin(trigger: RunTrigger): Promise<InfluenceRunSummary> {
    const run = runInfluence(this.db, trigger).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async runInBackground(trigger: RunTrigger): Promise<void> {
    if (this.stopped) return;
    try {
      const run = await this.run(trigger);
      log.info(
        {
          trigger,
          people: run.people,
          edges: run.edges,
          communities: run.communities,
          ms: run.milliseconds,
        },
        "influence recomputed",
      );
    } catch (error) {
      log.error({ err: error, trigger }, "influence run failed");
    }
  }
}
