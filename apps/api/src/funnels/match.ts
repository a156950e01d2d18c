// Matches one person's activity sequence against a funnel: pure, no database. The runner hands it
// each person's activities as (time, which steps they match, which exclusions they match) bitmasks,
// so the cost is one pass of small integer work per person, never an enumeration of attempts.
//
// The semantics (README "Funnels and attribution"): a person counts at step k when some activities
// a1..ak match steps 1..k with a1 in [from, to), each a(i+1) strictly later than a(i) (ORDERED),
// and ak no later than a1 + window. STRICT also requires no other activity of the person between
// a(i) and a(i+1). ANY_ORDER: k activities at distinct times match steps 1..k in any order, all
// within the window of the earliest. An exclusion voids an attempt with an activity matching it
// strictly between the activities of steps afterStep and beforeStep. The step times are those of
// the attempt reaching the furthest step; among those the earliest a1, then the earliest a2, ...

export type FunnelOrder = "ordered" | "strict" | "any_order";

export interface SequenceEvent {
  /** Milliseconds since the epoch. */
  t: number;
  /** Bit i set when the activity matches step i + 1. */
  steps: number;
  /** Bit e set when the activity matches exclusion e. */
  exclusions: number;
}

export interface FunnelExclusionSpec {
  /** 1-based: the exclusion applies strictly between the activities of these two steps. */
  afterStep: number;
  beforeStep: number;
}

export interface MatchSpec {
  stepCount: number;
  windowMs: number;
  order: FunnelOrder;
  /** a1 must be at or after `from` and before `to` (milliseconds; open when undefined). */
  from?: number;
  to?: number;
  exclusions: FunnelExclusionSpec[];
}

export interface PersonMatch {
  /** The furthest step reached, 0 when none. */
  reached: number;
  /** Times of steps 1..reached, in milliseconds. */
  times: number[];
}

/** Activities at one instant, their masks OR-ed: the funnel cannot tell them apart in time. */
interface Instant {
  t: number;
  steps: number;
  exclusions: number;
}

const noMatch: PersonMatch = { reached: 0, times: [] };

/** `events` must be sorted by time. */
export function matchPerson(events: readonly SequenceEvent[], spec: MatchSpec): PersonMatch {
  const instants = collapse(events);
  if (spec.order === "any_order") return matchAnyOrder(instants, spec);
  if (spec.exclusions.length > 0) return matchInSequence(instants, spec);
  const times = new Float64Array(instants.length);
  const steps = new Int32Array(instants.length);
  instants.forEach((instant, i) => {
    times[i] = instant.t;
    steps[i] = instant.steps;
  });
  const path = new Float64Array(spec.stepCount);
  const reached = new GreedyMatcher(spec).match(times, steps, 0, instants.length, path, 0);
  return reached === 0 ? noMatch : { reached, times: Array.from(path.subarray(0, reached)) };
}

/**
 * ORDERED and STRICT without exclusions, over instants already collapsed (distinct, increasing
 * times) in typed arrays: with nothing to avoid, the earliest instant that matches the next step
 * dominates every later one, so from each start the greedy path is both the furthest and the
 * earliest. Made once per funnel, and it allocates nothing per person: the sequence index calls it
 * on its columns for every person and the chosen path goes straight into the outcome columns.
 */
export class GreedyMatcher {
  private readonly stepCount: number;
  private readonly windowMs: number;
  private readonly strict: boolean;
  private readonly from: number;
  private readonly to: number;

  constructor(spec: MatchSpec) {
    this.stepCount = spec.stepCount;
    this.windowMs = spec.windowMs;
    this.strict = spec.order === "strict";
    this.from = spec.from ?? -Infinity;
    this.to = spec.to ?? Infinity;
  }

  /** The furthest step reached from instants [begin, end); its times are written to path[at...]. */
  match(
    times: Float64Array,
    steps: Int32Array,
    begin: number,
    end: number,
    path: Float64Array,
    at: number,
  ): number {
    const n = this.stepCount;
    let bestReached = 0;
    let bestStart = -1;
    for (let start = begin; start < end && bestReached < n; start++) {
      if ((steps[start]! & 1) === 0) continue;
      const t = times[start]!;
      if (!(t >= this.from && t < this.to)) continue;
      const reached = this.greedyFrom(times, steps, start, end, null, 0);
      if (reached > bestReached) {
        bestReached = reached;
        bestStart = start;
      }
    }
    if (bestReached > 0) this.greedyFrom(times, steps, bestStart, end, path, at);
    return bestReached;
  }

  private greedyFrom(
    times: Float64Array,
    steps: Int32Array,
    start: number,
    end: number,
    path: Float64Array | null,
    at: number,
  ): number {
    const n = this.stepCount;
    const deadline = times[start]! + this.windowMs;
    if (path) path[at] = times[start]!;
    let reached = 1;
    for (let i = start + 1; i < end && reached < n; i++) {
      if (times[i]! > deadline) break;
      if (steps[i]! & (1 << reached)) {
        if (path) path[at + reached] = times[i]!;
        reached++;
      } else if (this.strict) break;
    }
    return reached;
  }
}

function collapse(events: readonly SequenceEvent[]): Instant[] {
  const instants: Instant[] = [];
  for (const event of events) {
    const last = instants[instants.length - 1];
    if (last && last.t === event.t) {
      last.steps |= event.steps;
      last.exclusions |= event.exclusions;
    } else {
      instants.push({ t: event.t, steps: event.steps, exclusions: event.exclusions });
    }
  }
  return instants;
}

const startsInRange = (t: number, spec: MatchSpec) =>
  (spec.from === undefined || t >= spec.from) && (spec.to === undefined || t < spec.to);

/**
 * ORDERED and STRICT. For each possible a1 (earliest first), a search over (step, instant, open
 * exclusion bounds) memoized per start finds the furthest step; an open exclusion (x, y) bounds
 * a(y) by the first instant after a(x) that matches it. A later candidate for a step is only worth
 * trying when an exclusion event lies between it and the earlier one (otherwise the earlier one
 * dominates: same bounds, more room), which keeps the search to a handful of states.
 */
function matchInSequence(instants: Instant[], spec: MatchSpec): PersonMatch {
  const n = spec.stepCount;
  const strict = spec.order === "strict";
  const startingAt: number[][] = Array.from({ length: n + 1 }, () => []);
  spec.exclusions.forEach((exclusion, e) => startingAt[exclusion.afterStep]!.push(e));
  let best: { reached: number; start: number } = { reached: 0, start: -1 };
  for (let start = 0; start < instants.length; start++) {
    const first = instants[start]!;
    if ((first.steps & 1) === 0 || !startsInRange(first.t, spec)) continue;
    const search = new SequenceSearch(instants, spec, startingAt, start, strict);
    const reached = search.furthest();
    if (reached > best.reached) best = { reached, start };
    if (reached === n) break;
  }
  if (best.reached === 0) return noMatch;
  const search = new SequenceSearch(instants, spec, startingAt, best.start, strict);
  return {
    reached: best.reached,
    times: search.earliestPath(best.reached).map((i) => instants[i]!.t),
  };
}

/** Open exclusion bounds: exclusion index -> the last instant a(beforeStep) may be at. */
type Bounds = ReadonlyArray<readonly [exclusion: number, lastInstant: number]>;

class SequenceSearch {
  private readonly memo = new Map<string, number>();
  private readonly deadline: number;

  constructor(
    private readonly instants: Instant[],
    private readonly spec: MatchSpec,
    private readonly startingAt: number[][],
    private readonly start: number,
    private readonly strict: boolean,
  ) {
    this.deadline = instants[start]!.t + spec.windowMs;
  }

  furthest(): number {
    return this.reachable(1, this.start, this.open(1, this.start, []));
  }

  /** The lexicographically earliest instants of an attempt from this start reaching `target`. */
  earliestPath(target: number): number[] {
    const path = [this.start];
    let bounds = this.open(1, this.start, []);
    for (let step = 1; step < target; step++) {
      const at = path[path.length - 1]!;
      const next = this.candidates(step, at, bounds).find(
        (c) => this.reachable(step + 1, c, this.advance(step + 1, c, bounds)) >= target,
      )!;
      bounds = this.advance(step + 1, next, bounds);
      path.push(next);
    }
    return path;
  }

  /** The furthest step reachable having matched `step` at instant `at`. */
  private reachable(step: number, at: number, bounds: Bounds): number {
    if (step === this.spec.stepCount) return step;
    const key = `${step}:${at}:${bounds.map(([e, last]) => `${e}=${last}`).join(",")}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let furthest = step;
    for (const next of this.candidates(step, at, bounds)) {
      furthest = Math.max(
        furthest,
        this.reachable(step + 1, next, this.advance(step + 1, next, bounds)),
      );
      if (furthest === this.spec.stepCount) break;
    }
    this.memo.set(key, furthest);
    return furthest;
  }

  /** Instants that may hold step + 1 after `at`, earliest first, dominated ones left out. */
  private candidates(step: number, at: number, bounds: Bounds): number[] {
    const bit = 1 << step;
    const closing = bounds.filter(([e]) => this.spec.exclusions[e]!.beforeStep === step + 1);
    const limit = Math.min(this.instants.length - 1, ...closing.map(([, last]) => last));
    const opening = this.startingAt[step + 1]!.reduce((mask, e) => mask | (1 << e), 0);
    const found: number[] = [];
    let exclusionSince = false;
    const last = this.strict ? Math.min(at + 1, limit) : limit;
    for (let i = at + 1; i <= last; i++) {
      const instant = this.instants[i]!;
      if (instant.t > this.deadline) break;
      // An exclusion event after the previous candidate (at this instant too) moves the bound
      // this candidate would open past the previous candidate's.
      if (instant.exclusions & opening && found.length > 0) exclusionSince = true;
      if (instant.steps & bit && (found.length === 0 || exclusionSince)) {
        found.push(i);
        exclusionSince = false;
      }
    }
    return found;
  }

  /** Bounds after matching `step` at `at`: exclusions closing at it are done, those opening at it start. */
  private advance(step: number, at: number, bounds: Bounds): Bounds {
    return this.open(
      step,
      at,
      bounds.filter(([e]) => this.spec.exclusions[e]!.beforeStep !== step),
    );
  }

  private open(step: number, at: number, bounds: Bounds): Bounds {
    const opening = this.startingAt[step]!;
    if (opening.length === 0) return bounds;
    const added = opening.map((e): readonly [number, number] => {
      const bit = 1 << e;
      let next = at + 1;
      while (next < this.instants.length && (this.instants[next]!.exclusions & bit) === 0) next++;
      return [e, next];
    });
    return [...bounds, ...added];
  }
}

/**
 * ANY_ORDER. From a start instant s, the instants of [s, s + window] that can take distinct steps
 * form a transversal matroid: the furthest prefix of steps they can all cover is found by
 * augmenting a bipartite matching one step at a time, and the earliest instants covering it by the
 * matroid greedy (add instants in time order while they stay matchable), which includes s whenever
 * s matches one of those steps.
 */
function matchAnyOrder(instants: Instant[], spec: MatchSpec): PersonMatch {
  const n = spec.stepCount;
  let best: { reached: number; start: number; end: number } = { reached: 0, start: -1, end: -1 };
  for (let start = 0; start < instants.length; start++) {
    const first = instants[start]!;
    if (first.steps === 0 || !startsInRange(first.t, spec)) continue;
    let end = start;
    while (end + 1 < instants.length && instants[end + 1]!.t <= first.t + spec.windowMs) end++;
    const matching = new StepMatching(instants, start, end);
    let covered = 0;
    while (covered < n && matching.coverStep(covered)) covered++;
    const lowestStep = 32 - Math.clz32(first.steps & -first.steps);
    const reached = lowestStep <= covered ? covered : 0;
    if (reached > best.reached) best = { reached, start, end };
    if (reached === n) break;
  }
  if (best.reached === 0) return noMatch;
  const stepMask = best.reached >= 31 ? -1 : (1 << best.reached) - 1;
  const matching = new StepMatching(instants, best.start, best.end, stepMask);
  const times: number[] = [];
  for (let i = best.start; i <= best.end && times.length < best.reached; i++) {
    if (matching.coverInstant(i)) times.push(instants[i]!.t);
  }
  return { reached: best.reached, times };
}

/** Kuhn's augmenting paths between steps and the instants of [start, end]. */
class StepMatching {
  private readonly instantOfStep = new Map<number, number>();
  private readonly stepOfInstant = new Map<number, number>();

  constructor(
    private readonly instants: Instant[],
    private readonly start: number,
    private readonly end: number,
    private readonly allowedSteps = -1,
  ) {}

  /** Adds step `step` (0-based) to the matching if some augmenting path exists. */
  coverStep(step: number): boolean {
    return this.augmentFromStep(step, new Set());
  }

  /** Adds instant `instant` to the matching if it can take one of the allowed steps. */
  coverInstant(instant: number): boolean {
    return this.augmentFromInstant(instant, new Set());
  }

  private augmentFromStep(step: number, seen: Set<number>): boolean {
    const bit = 1 << step;
    for (let i = this.start; i <= this.end; i++) {
      if ((this.instants[i]!.steps & bit) === 0 || seen.has(i)) continue;
      seen.add(i);
      const holder = this.stepOfInstant.get(i);
      if (holder === undefined || this.augmentFromStep(holder, seen)) {
        this.stepOfInstant.set(i, step);
        this.instantOfStep.set(step, i);
        return true;
      }
    }
    return false;
  }

  private augmentFromInstant(instant: number, seenSteps: Set<number>): boolean {
    let mask = this.instants[instant]!.steps & this.allowedSteps;
    while (mask !== 0) {
      const step = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      if (seenSteps.has(step)) continue;
      seenSteps.add(step);
      const holder = this.instantOfStep.get(step);
      if (holder === undefined || this.augmentFromInstant(holder, seenSteps)) {
        this.instantOfStep.set(step, instant);
        this.stepOfInstant.set(instant, step);
        return true;
      }
    }
    return false;
  }
}
