/** Re-reads of events held back by an older transaction start at this delay and double up to a second. */
const firstRetryMs = 20;
const lastRetryMs = 1000;

/**
 * A signal says an event committed, but a reader of the log cannot see it while any older
 * transaction of the same database still runs; without a re-read it would wait for the
 * next poll. Schedules that re-read soon, backing off while the older transaction lasts.
 */
export class HeldBackRetry {
  private timer: NodeJS.Timeout | null = null;
  private delayMs = firstRetryMs;

  constructor(private readonly readAgain: () => void) {}

  /** After a read that reached the end of what was readable: whether committed events remain. */
  update(heldBack: boolean): void {
    if (!heldBack) {
      this.delayMs = firstRetryMs;
      return;
    }
    if (this.timer) return;
    const delay = this.delayMs;
    this.delayMs = Math.min(delay * 2, lastRetryMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.readAgain();
    }, delay);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
