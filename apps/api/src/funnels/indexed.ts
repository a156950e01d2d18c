// A funnel over the sequence index: each step's ActivityFilter becomes passes over the index's
// columns (a lookup table per enum or dictionary column), producing the same step and exclusion
// bitmasks per activity as the SQL compiler (filter.ts), and each person's slice is matched
// (match.ts) from typed arrays. The two must agree: funnel.db.test.ts runs both against the
// brute-force reference.
import type { PersonOutcome } from "./aggregate.ts";
import type { ActivityFilter } from "./filter.ts";
import { matchGreedy, matchPerson, type MatchSpec, type SequenceEvent } from "./match.ts";
import { gather, type IndexView, type Segment } from "./sequence-index.ts";

/** The activity attributes a breakdown can read, as the index holds them. */
export type IndexedAttribute = "source" | "channel" | "campaign" | "community";

/** One column test: whether row `i` holds, as a lookup table over the column's codes. */
type Term = { column: "kind" | "touchpointKind" | "channel" | "direction" | "intent" | "stage" | "dealStatus" | "dealStage" | "source" | "campaign" | "community"; table: Uint8Array }
  | { column: "sentiment"; below?: number; above?: number }
  | { column: "brands"; brands: Set<number> };

function lookup(codes: number[], size: number): Uint8Array {
  const table = new Uint8Array(Math.max(size, 1));
  for (const code of codes) if (code > 0 && code < table.length) table[code] = 1;
  return table;
}

/** The terms of a filter over the index's codes; a value the index has never seen matches nothing. */
export function compileIndexFilter(filter: ActivityFilter, view: IndexView): Term[] {
  const terms: Term[] = [];
  const enumCodes = (type: string, values: string[]) => {
    const order = view.enums.get(type)!;
    return { table: lookup(values.map((v) => order.indexOf(v) + 1), order.length + 1) };
  };
  const textCodes = (column: "dealStage" | "source", values: string[]) => {
    const dictionary = view.dictionaries[column]!;
    return { table: lookup(values.map((v) => dictionary.find(v)), dictionary.values.length) };
  };
  const idCodes = (values: number[]) => lookup(values, Math.max(0, ...values) + 1);
  if (filter.kinds) terms.push({ column: "kind", ...enumCodes("ActivityKind", filter.kinds) });
  if (filter.touchpointKinds) terms.push({ column: "touchpointKind", ...enumCodes("TouchpointKind", filter.touchpointKinds) });
  if (filter.campaignIds) terms.push({ column: "campaign", table: idCodes(filter.campaignIds) });
  if (filter.channels) terms.push({ column: "channel", ...enumCodes("Channel", filter.channels) });
  if (filter.directions) terms.push({ column: "direction", ...enumCodes("Direction", filter.directions) });
  if (filter.intents) terms.push({ column: "intent", ...enumCodes("Intent", filter.intents) });
  if (filter.sentimentBelow != null || filter.sentimentAbove != null) {
    terms.push({ column: "sentiment", below: filter.sentimentBelow ?? undefined, above: filter.sentimentAbove ?? undefined });
  }
  if (filter.brandIds) terms.push({ column: "brands", brands: new Set(filter.brandIds) });
  if (filter.communityIds) terms.push({ column: "community", table: idCodes(filter.communityIds) });
  if (filter.dealStages) terms.push({ column: "dealStage", ...textCodes("dealStage", filter.dealStages) });
  if (filter.dealStatuses) terms.push({ column: "dealStatus", ...enumCodes("DealStatus", filter.dealStatuses) });
  if (filter.lifecycleStages) terms.push({ column: "stage", ...enumCodes("LifecycleStage", filter.lifecycleStages) });
  if (filter.sources) terms.push({ column: "source", ...textCodes("source", filter.sources) });
  return terms;
}

/** Bit `b` of `masks[i]` set when row i holds every term of filter b: one pass per term. */
export function evaluateMasks(segment: Segment, filters: Term[][], view: IndexView): Int32Array {
  const masks = new Int32Array(segment.length);
  const holds = new Uint8Array(segment.length);
  filters.forEach((terms, b) => {
    holds.fill(1);
    for (const term of terms) {
      if (term.column === "sentiment") {
        const values = segment.columns.sentiment;
        for (let i = 0; i < segment.length; i++) {
          const v = values[i]!;
          // NaN (no sentiment) fails both comparisons, as NULL does in SQL.
          if (!((term.below === undefined || v < term.below) && (term.above === undefined || v > term.above))) holds[i] = 0;
        }
      } else if (term.column === "brands") {
        const ids = segment.columns.id;
        for (let i = 0; i < segment.length; i++) {
          if (holds[i] === 0) continue;
          const mentioned = view.brands.get(ids[i]!);
          if (!mentioned?.some((brand) => term.brands.has(brand))) holds[i] = 0;
        }
      } else {
        const values = segment.columns[term.column];
        const table = term.table;
        const size = table.length;
        for (let i = 0; i < segment.length; i++) {
          const code = values[i]!;
          if (code >= size || table[code] === 0) holds[i] = 0;
        }
      }
    }
    const bit = 1 << b;
    for (let i = 0; i < segment.length; i++) if (holds[i]) masks[i]! |= bit;
  });
  return masks;
}

export interface IndexedFunnel {
  steps: ActivityFilter[];
  exclusions: ActivityFilter[];
  spec: MatchSpec;
  /** With a breakdown by an activity's attribute: which step's activity it is read from (0-based, from the person's furthest step). */
  attribute?: { by: IndexedAttribute; step: (reached: number) => number };
}

/**
 * Matches every person of the index (or of `personIds` only), in person id order, and reads the
 * breakdown attribute of each one's attributed step: the lowest id among the activities at that
 * step's instant that match it.
 */
export function matchIndexed(view: IndexView, funnel: IndexedFunnel, personIds?: number[]): { outcomes: PersonOutcome[]; attributed: Map<number, string | null> } {
  const stepTerms = funnel.steps.map((filter) => compileIndexFilter(filter, view));
  const exclusionTerms = funnel.exclusions.map((filter) => compileIndexFilter(filter, view));
  const greedy = funnel.spec.order !== "any_order" && funnel.exclusions.length === 0;
  const strict = funnel.spec.order === "strict";
  const outcomes: PersonOutcome[] = [];
  const attributed = new Map<number, string | null>();
  let times = new Float64Array(256);
  let steps = new Int32Array(256);

  const matchSegment = (segment: Segment, people: Iterable<number>) => {
    if (segment.length === 0) return;
    const stepMasks = evaluateMasks(segment, stepTerms, view);
    const exclusionMasks = exclusionTerms.length > 0 ? evaluateMasks(segment, exclusionTerms, view) : undefined;
    const t = segment.columns.t;
    for (const p of people) {
      const [start, end] = [segment.starts[p]!, segment.starts[p + 1]!];
      let match;
      if (greedy) {
        if (end - start > times.length) {
          times = new Float64Array(2 * (end - start));
          steps = new Int32Array(2 * (end - start));
        }
        // Activities at one instant are collapsed, their masks OR-ed; STRICT keeps every activity.
        let m = 0;
        for (let i = start; i < end; i++) {
          const mask = stepMasks[i]!;
          if (mask === 0 && !strict) continue;
          if (m > 0 && times[m - 1] === t[i]) steps[m - 1]! |= mask;
          else {
            times[m] = t[i]!;
            steps[m++] = mask;
          }
        }
        match = m === 0 ? undefined : matchGreedy(times, steps, 0, m, funnel.spec);
      } else {
        const events: SequenceEvent[] = [];
        for (let i = start; i < end; i++) {
          const x = exclusionMasks?.[i] ?? 0;
          if (stepMasks[i] !== 0 || x !== 0 || strict) events.push({ t: t[i]!, steps: stepMasks[i]!, exclusions: x });
        }
        match = events.length === 0 ? undefined : matchPerson(events, funnel.spec);
      }
      if (!match || match.reached === 0) continue;
      const personId = segment.people[p]!;
      outcomes.push({ personId, ...match });
      if (funnel.attribute) {
        const step = funnel.attribute.step(match.reached);
        let value: string | null = null;
        if (step < match.reached) {
          for (let i = start; i < end; i++) {
            if (t[i] === match.times[step] && stepMasks[i]! & (1 << step)) {
              value = attributeValue(view, segment, funnel.attribute.by, i);
              break;
            }
          }
        }
        attributed.set(personId, value);
      }
    }
  };

  const { main, delta } = view;
  const wanted = personIds ? new Set(personIds) : undefined;
  if (wanted) {
    // A few people (a live update): their rows are copied out rather than the whole index scanned.
    const mainPeople = [...wanted].filter((id) => !delta.has(id)).map((id) => main.personIndex(id)).filter((p) => p >= 0).sort((a, b) => a - b);
    const few = gather(mainPeople.map((p) => [main, p] as const));
    matchSegment(few, few.people.keys());
  } else {
    const mainPeople: number[] = [];
    for (let p = 0; p < main.people.length; p++) if (!delta.has(main.people[p]!)) mainPeople.push(p);
    matchSegment(main, mainPeople);
  }
  for (const [personId, segment] of delta) {
    if (!wanted || wanted.has(personId)) matchSegment(segment, segment.people.keys());
  }
  if (delta.size > 0) outcomes.sort((a, b) => a.personId - b.personId);
  return { outcomes, attributed };
}

function attributeValue(view: IndexView, segment: Segment, by: IndexedAttribute, row: number): string | null {
  const columns = segment.columns;
  switch (by) {
    case "source":
      return view.dictionaries.source!.values[columns.source[row]!]!;
    case "channel":
      return view.dictionaries.channelLabel!.values[columns.channelLabel[row]!]!;
    case "campaign":
      return columns.campaign[row] === 0 ? null : String(columns.campaign[row]);
    case "community":
      return columns.community[row] === 0 ? null : String(columns.community[row]);
  }
}
