// A background worker driven by pokes (a signal, a timer, a request): one round runs at a time,
// and pokes that arrive during a round coalesce into one more round after it.

interface Health {
  failed(error: unknown): void;
  recovered(): void;
}

export class CoalescedRounds {
  private running: Promise<void> | null = null;
  private again = false;
  private halted = false;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly health: Health,
  ) {}

  /** Whether stop() was called: a round checks it between units of work. */
  get stopped(): boolean {
    return this.halted;
  }

  /** Asks for one more round after the current one (a round that left work behind). */
  requestAnother(): void {
    this.again = true;
  }

  /** Runs a round now, or one more after the current; never rejects (a failure is the health log's). */
  poke(): Promise<void> {
    if (this.halted) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.round();
        } while (this.again && !this.halted);
        this.health.recovered();
      } catch (error) {
        // The next poke tries again; whatever a round holds (a lease) runs out by itself.
        this.health.failed(error);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Stops after the round in progress, which it waits for. */
  async stop(): Promise<void> {
    this.halted = true;
    await this.running;
  }
}
