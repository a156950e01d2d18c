/** One shared ticking clock so relative times ("3 minutes ago") stay true without a reload. */
class Clock {
  now = $state(Date.now());
  constructor(intervalMs: number) {
    setInterval(() => (this.now = Date.now()), intervalMs);
  }
}

export const clock = new Clock(15_000);
/** For countdowns that show seconds: the SLA timers of cases. */
export const secondsClock = new Clock(1_000);
