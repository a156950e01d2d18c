// A funnel over the sequence index: each step's ActivityFilter becomes passes over the index's
// columns (a lookup table per enum or dictionary column), producing the same step and exclusion
// bitmasks per activity as the SQL compiler (filter.ts), and each person's slice is matched
// (match.ts) from typed arrays. The two must agree: funnel.db.test.ts runs both against the
// brute-force reference.
import type { PersonOutcome } from "./aggregate.ts";
import type { ActivityFilter } from "./filter.ts";
import {
  type MatchSpec,
  matchGreedy,
  matchPerson,
  type PersonMatch,
  type SequenceEvent,
} from "./match.ts";
import { gather, type IndexView, type Segment, type SignatureAttribute } from "./sequence-index.ts";

/** The activity attributes a breakdown can read, as the index holds them. */
export type IndexedAttribute = "source" | "channel" | "campaign" | "community";

/**
 * One test of a filter: a lookup table over the codes of a signature attribute or of an id column
 * (campaign, community), or a comparison of the sentiment, or a brand mentioned.
 */
type Term =
  | { on: "signature"; attribute: SignatureAttribute; table: Uint8Array }
  | { on: "campaign" | "community"; table: Uint8Array }
  | { on: "sentiment"; below?: number; above?: number }
  | { on: "brands"; brands: Set<number> };

function lookup(codes: number[], size: number): Uint8Array {
  const table = new Uint8Array(Math.max(size, 1));
  for (const code of codes) if (code > 0 && code < table.length) table[code] = 1;
  return table;
}

/** The terms of a filter over the index's codes; a value the index has never seen matches nothing. */
export function compileIndexFilter(filter: ActivityFilter, view: IndexView): Term[] {
  const terms: Term[] = [];
  const enumTerm = (attribute: SignatureAttribute, type: string, values: string[]) => {
    const order = view.enums.get(type)!;
    terms.push({
      on: "signature",
      attribute,
      table: lookup(
        values.map((v) => order.indexOf(v) + 1),
        order.length + 1,
      ),
    });
  };
  const textTerm = (attribute: "dealStage" | "source", values: string[]) => {
    const dictionary = view.dictionaries[attribute];
    terms.push({
      on: "signature",
      attribute,
      table: lookup(
        values.map((v) => dictionary.find(v)),
        dictionary.values.length,
      ),
    });
  };
  const idTerm = (on: "campaign" | "community", values: number[]) =>
    terms.push({ on, table: lookup(values, Math.max(0, ...values) + 1) });
  if (filter.kinds) enumTerm("kind", "ActivityKind", filter.kinds);
  if (filter.touchpointKinds) enumTerm("touchpointKind", "TouchpointKind", filter.touchpointKinds);
  if (filter.campaignIds) idTerm("campaign", filter.campaignIds);
  if (filter.channels) enumTerm("channel", "Channel", filter.channels);
  if (filter.directions) enumTerm("direction", "Direction", filter.directions);
  if (filter.intents) enumTerm("intent", "Intent", filter.intents);
  if (filter.sentimentBelow != null || filter.sentimentAbove != null) {
    terms.push({
      on: "sentiment",
      below: filter.sentimentBelow ?? undefined,
      above: filter.sentimentAbove ?? undefined,
    });
  }
  if (filter.brandIds) terms.push({ on: "brands", brands: new Set(filter.brandIds) });
  if (filter.communityIds) idTerm("community", filter.communityIds);
  if (filter.dealStages) textTerm("dealStage", filter.dealStages);
  if (filter.dealStatuses) enumTerm("dealStatus", "DealStatus", filter.dealStatuses);
  if (filter.lifecycleStages) enumTerm("stage", "LifecycleStage", filter.lifecycleStages);
  if (filter.sources) textTerm("source", filter.sources);
  return terms;
}

/**
 * Bit `b` of `masks[i]` set when row i holds every term of filter b. The signature terms are
 * evaluated once per distinct signature and looked up per row in one pass; an id column gets one
 * pass for all the filters that test it (its table maps each code to the filters it satisfies,
 * filters without a term on it included), and the row's mask is the AND of them all.
 */
export function evaluateMasks(segment: Segment, filters: Term[][], view: IndexView): Int32Array {
  const all = filters.length >= 31 ? -1 : (1 << filters.length) - 1;
  const signatureMasks = new Int32Array(view.signatures.size).fill(all);
  const byColumn = new Map<"campaign" | "community", Array<[bit: number, table: Uint8Array]>>();
  const later: Array<() => void> = [];
  const masks = new Int32Array(segment.length);
  filters.forEach((terms, b) => {
    const bit = 1 << b;
    for (const term of terms) {
      if (term.on === "signature") {
        const codes = view.signatures.attributes[term.attribute];
        for (let s = 0; s < signatureMasks.length; s++) {
          const code = codes[s]!;
          if (!(code < term.table.length && term.table[code])) signatureMasks[s]! &= ~bit;
        }
      } else if (term.on === "sentiment")
        later.push(() =>
          sentimentPass(masks, segment.columns.sentiment, bit, term.below, term.above),
        );
      else if (term.on === "brands")
        later.push(() => brandPass(masks, segment.columns.id, view.brands, bit, term.brands));
      else byColumn.set(term.on, [...(byColumn.get(term.on) ?? []), [bit, term.table]]);
    }
  });
  const signature = segment.columns.signature;
  for (let i = 0; i < masks.length; i++) masks[i] = signatureMasks[signature[i]!]!;
  for (const [column, terms] of byColumn) {
    const size = Math.max(...terms.map(([, table]) => table.length));
    // Codes past every table hold for no term on this column: only filters without one keep them.
    const rest = terms.reduce((mask, [bit]) => mask & ~bit, all);
    const table = new Int32Array(size).fill(rest);
    for (let code = 0; code < size; code++)
      for (const [bit, own] of terms) if (code < own.length && own[code]) table[code]! |= bit;
    andPass(masks, segment.columns[column], table, rest);
  }
  for (const pass of later) pass();
  return masks;
}

function andPass(masks: Int32Array, values: Int32Array, table: Int32Array, rest: number): void {
  const size = table.length;
  for (let i = 0; i < masks.length; i++) {
    const code = values[i]!;
    masks[i]! &= code < size ? table[code]! : rest;
  }
}

function sentimentPass(
  masks: Int32Array,
  values: Float64Array,
  bit: number,
  below: number | undefined,
  above: number | undefined,
): void {
  for (let i = 0; i < masks.length; i++) {
    const v = values[i]!;
    // NaN (no sentiment) fails both comparisons, as NULL does in SQL.
    if (!((below === undefined || v < below) && (above === undefined || v > above)))
      masks[i]! &= ~bit;
  }
}

function brandPass(
  masks: Int32Array,
  ids: Int32Array,
  brands: ReadonlyMap<number, Int32Array>,
  bit: number,
  wanted: Set<number>,
): void {
  for (let i = 0; i < masks.length; i++) {
    if ((masks[i]! & bit) === 0) continue;
    if (!brands.get(ids[i]!)?.some((brand) => wanted.has(brand))) masks[i]! &= ~bit;
  }
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
export function matchIndexed(
  view: IndexView,
  funnel: IndexedFunnel,
  personIds?: number[],
): PersonOutcome[] {
  const stepTerms = funnel.steps.map((filter) => compileIndexFilter(filter, view));
  const exclusionTerms = funnel.exclusions.map((filter) => compileIndexFilter(filter, view));
  const greedy = funnel.spec.order !== "any_order" && funnel.exclusions.length === 0;
  const strict = funnel.spec.order === "strict";
  const outcomes: PersonOutcome[] = [];
  const scratch = new InstantBuffer();
  const values = new BreakdownValues(view);

  const matchSegment = (segment: Segment, people: Int32Array | null) => {
    if (segment.length === 0) return;
    const stepMasks = evaluateMasks(segment, stepTerms, view);
    const exclusionMasks =
      exclusionTerms.length > 0 ? evaluateMasks(segment, exclusionTerms, view) : undefined;
    const count = people ? people.length : segment.people.length;
    for (let k = 0; k < count; k++) {
      const p = people ? people[k]! : k;
      const match = greedy
        ? matchGreedyRows(
            stepMasks,
            segment.columns.t,
            segment.starts[p]!,
            segment.starts[p + 1]!,
            strict,
            funnel.spec,
            scratch,
          )
        : matchRows(
            stepMasks,
            exclusionMasks,
            segment.columns.t,
            segment.starts[p]!,
            segment.starts[p + 1]!,
            strict,
            funnel.spec,
          );
      if (match === undefined || match.reached === 0) continue;
      outcomes.push({
        personId: segment.people[p]!,
        reached: match.reached,
        times: match.times,
        // Set in the literal, so that every outcome has one shape.
        breakdownValue: funnel.attribute
          ? attributedValue(values, segment, stepMasks, p, match, funnel.attribute)
          : undefined,
      });
    }
  };

  const { main, delta } = view;
  const wanted = personIds ? new Set(personIds) : undefined;
  if (wanted) {
    // A few people (a live update): their rows are copied out rather than the whole index scanned.
    const mainPeople = [...wanted]
      .filter((id) => !delta.has(id))
      .map((id) => main.personIndex(id))
      .filter((p) => p >= 0)
      .sort((a, b) => a - b);
    matchSegment(gather(mainPeople.map((p) => [main, p] as const)), null);
  } else if (delta.size === 0) matchSegment(main, null);
  else {
    const mainPeople: number[] = [];
    for (let p = 0; p < main.people.length; p++)
      if (!delta.has(main.people[p]!)) mainPeople.push(p);
    matchSegment(main, Int32Array.from(mainPeople));
  }
  // The delta's people as one segment: their filters evaluated in one pass, not one per person.
  const deltaPieces: Array<readonly [Segment, number]> = [];
  for (const [personId, segment] of delta)
    if (segment.length > 0 && (!wanted || wanted.has(personId))) deltaPieces.push([segment, 0]);
  matchSegment(gather(deltaPieces), null);
  if (delta.size > 0) outcomes.sort((a, b) => a.personId - b.personId);
  return outcomes;
}

/** With exclusions or ANY_ORDER: the person's activities that matter as events, matched by the memoized search. */
function matchRows(
  stepMasks: Int32Array,
  exclusionMasks: Int32Array | undefined,
  t: Float64Array,
  start: number,
  end: number,
  strict: boolean,
  spec: MatchSpec,
): PersonMatch | undefined {
  const events: SequenceEvent[] = [];
  for (let i = start; i < end; i++) {
    const x = exclusionMasks?.[i] ?? 0;
    if (stepMasks[i] !== 0 || x !== 0 || strict)
      events.push({ t: t[i]!, steps: stepMasks[i]!, exclusions: x });
  }
  return events.length === 0 ? undefined : matchPerson(events, spec);
}

/** The breakdown value of a matched person: read from the lowest-id activity at the attributed step's instant that matches it. */
function attributedValue(
  values: BreakdownValues,
  segment: Segment,
  stepMasks: Int32Array,
  p: number,
  match: PersonMatch,
  attribute: NonNullable<IndexedFunnel["attribute"]>,
): string | null {
  const step = attribute.step(match.reached);
  if (step >= match.reached) return null;
  const t = segment.columns.t;
  for (let i = segment.starts[p]!; i < segment.starts[p + 1]!; i++) {
    if (t[i] === match.times[step] && stepMasks[i]! & (1 << step))
      return values.of(segment, attribute.by, i);
  }
  return null;
}

/** The instants of one person, reused from person to person. */
class InstantBuffer {
  times = new Float64Array(256);
  steps = new Int32Array(256);
  fit(rows: number): void {
    if (rows <= this.times.length) return;
    this.times = new Float64Array(2 * rows);
    this.steps = new Int32Array(2 * rows);
  }
}

/**
 * ORDERED and STRICT without exclusions over one person's rows [start, end): from their first
 * activity of step 1 on (nothing earlier can be part of an attempt), activities at one instant are
 * collapsed with their masks OR-ed, and the greedy matcher runs on the instants. STRICT keeps
 * every activity, since any of them breaks a sequence.
 */
function matchGreedyRows(
  stepMasks: Int32Array,
  t: Float64Array,
  start: number,
  end: number,
  strict: boolean,
  spec: MatchSpec,
  buffer: InstantBuffer,
): PersonMatch | undefined {
  let first = start;
  while (first < end && (stepMasks[first]! & 1) === 0) first++;
  if (first === end) return undefined;
  buffer.fit(end - first);
  const { times, steps } = buffer;
  let m = 0;
  for (let i = first; i < end; i++) {
    const mask = stepMasks[i]!;
    if (mask === 0 && !strict) continue;
    if (m > 0 && times[m - 1] === t[i]) steps[m - 1]! |= mask;
    else {
      times[m] = t[i]!;
      steps[m++] = mask;
    }
  }
  return matchGreedy(times, steps, 0, m, spec);
}

/**
 * The breakdown value of a row as the API shows it, as text. An id's text is made once per id,
 * not once per person.
 */
class BreakdownValues {
  private readonly ids = {
    campaign: new Map<number, string>(),
    community: new Map<number, string>(),
  };
  constructor(private readonly view: IndexView) {}

  of(segment: Segment, by: IndexedAttribute, row: number): string | null {
    const { columns } = segment;
    const { dictionaries, signatures } = this.view;
    switch (by) {
      case "source":
        return dictionaries.source.values[signatures.attributes.source[columns.signature[row]!]!]!;
      case "channel":
        return dictionaries.channelLabel.values[
          signatures.attributes.channelLabel[columns.signature[row]!]!
        ]!;
      case "campaign":
      case "community": {
        const id = columns[by][row]!;
        if (id === 0) return null;
        let text = this.ids[by].get(id);
        if (text === undefined) {
          text = String(id);
          this.ids[by].set(id, text);
        }
        return text;
      }
    }
  }
}
