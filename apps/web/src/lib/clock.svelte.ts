/** One shared ticking clock so relative times ("3 minutes ago") stay true without a reload. */
class Clock {
  now = $state(Date.now());
  constructor() {
    setInterval(() => (this.now = Date.now()), 15_000);
  }
}

export const clock = new Clock();
