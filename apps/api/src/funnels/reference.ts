// The funnel semantics written as literally as possible: enumerate every attempt of one person.
// Exponential, so only for tests: the engine (match.ts) must agree with it exactly.
import type { MatchSpec, PersonMatch, SequenceEvent } from "./match.ts";

/** Whether attempt `a` is preferred to `b`: further, then earlier step by step. */
function preferred(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return a.length > b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

export function referenceMatch(events: readonly SequenceEvent[], spec: MatchSpec): PersonMatch {
  let best: number[] = [];
  const consider = (times: number[]) => {
    if (preferred(times, best)) best = times;
  };
  const inRange = (t: number) =>
    (spec.from === undefined || t >= spec.from) && (spec.to === undefined || t < spec.to);
  const matches = (event: SequenceEvent, step: number) => (event.steps & (1 << (step - 1))) !== 0;

  if (spec.order === "any_order") {
    const extend = (chosen: SequenceEvent[]) => {
      const times = chosen.map((event) => event.t);
      const earliest = Math.min(...times);
      // No pruning: an invalid set can become valid with an earlier activity added.
      if (
        chosen.length > 0 &&
        inRange(earliest) &&
        Math.max(...times) <= earliest + spec.windowMs
      ) {
        consider([...times].sort((x, y) => x - y));
      }
      if (chosen.length === spec.stepCount) return;
      for (const event of events) {
        if (matches(event, chosen.length + 1) && !times.includes(event.t))
          extend([...chosen, event]);
      }
    };
    extend([]);
    return { reached: best.length, times: best };
  }

  const valid = (attempt: SequenceEvent[]): boolean => {
    const k = attempt.length;
    const first = attempt[0]!;
    if (!inRange(first.t) || attempt[k - 1]!.t > first.t + spec.windowMs) return false;
    if (k > 1 && !(attempt[k - 1]!.t > attempt[k - 2]!.t)) return false;
    if (spec.order === "strict" && k > 1) {
      const [a, b] = [attempt[k - 2]!.t, attempt[k - 1]!.t];
      if (events.some((event) => event.t > a && event.t < b)) return false;
    }
    return spec.exclusions.every((exclusion, e) => {
      if (exclusion.beforeStep > k) return true;
      const [a, b] = [attempt[exclusion.afterStep - 1]!.t, attempt[exclusion.beforeStep - 1]!.t];
      return !events.some(
        (event) => (event.exclusions & (1 << e)) !== 0 && event.t > a && event.t < b,
      );
    });
  };
  const extend = (attempt: SequenceEvent[]) => {
    if (attempt.length > 0) {
      if (!valid(attempt)) return;
      consider(attempt.map((event) => event.t));
    }
    if (attempt.length === spec.stepCount) return;
    for (const event of events) if (matches(event, attempt.length + 1)) extend([...attempt, event]);
  };
  extend([]);
  return { reached: best.length, times: best };
}
