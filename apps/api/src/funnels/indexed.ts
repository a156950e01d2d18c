// A funnel over the sequence index: each step's ActivityFilter becomes passes over the index's
// columns (a lookup table per enum or dictionary column), producing the same step and exclusion
// bitmasks per activity as the SQL compiler (filter.ts), and each person's slice is matched
// (match.ts) from typed arrays. The two must agree: funnel.db.test.ts runs both against the
// brute-force reference.
import type { ActivityFilter } from "./filter.ts";
import {
  GreedyMatcher,
  type MatchSpec,
  matchPerson,
  type PersonMatch,
  type SequenceEvent,
} from "./match.ts";
import { MatchedPeople } from "./outcomes.ts";
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
 * filters without a term on it included), and the row's mask is the AND of them all. Every row of
 * `masks` is written, so a scratch array can be handed in.
 */
export function evaluateMasks(
  segment: Segment,
  filters: Term[][],
  view: IndexView,
  masks: Int32Array = new Int32Array(segment.length),
): Int32Array {
  const all = filters.length >= 31 ? -1 : (1 << filters.length) - 1;
  const signatureMasks = new Int32Array(view.signatures.size).fill(all);
  const byColumn = new Map<"campaign" | "community", Array<[bit: number, table: Uint8Array]>>();
  const later: Array<() => void> = [];
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
  /** Whether the funnel has a breakdown (of a person-level attribute, when `attribute` is not set). */
  hasBreakdown: boolean;
}

/**
 * Matches every person of the index (or of `personIds` only), in person id order, and reads the
 * breakdown attribute of each one's attributed step: the lowest id among the activities at that
 * step's instant that match it. Nothing is allocated per person on the greedy path (ORDERED and
 * STRICT without exclusions): matches go straight into the outcome columns.
 */
export function matchIndexed(
  view: IndexView,
  funnel: IndexedFunnel,
  personIds?: number[],
): MatchedPeople {
  const stepTerms = funnel.steps.map((filter) => compileIndexFilter(filter, view));
  const exclusionTerms = funnel.exclusions.map((filter) => compileIndexFilter(filter, view));
  const greedy =
    funnel.spec.order !== "any_order" && funnel.exclusions.length === 0
      ? new GreedyMatcher(funnel.spec)
      : null;
  const strict = funnel.spec.order === "strict";
  const n = funnel.spec.stepCount;
  const { main, delta } = view;
  // Room for everyone who might match, so the columns are allocated once, not grown by doubling.
  const capacity = personIds ? personIds.length : main.people.length + delta.size;
  const matched = new MatchedPeople(n, funnel.hasBreakdown, Math.max(1, capacity));
  const scratch = new InstantBuffer();
  const values = new BreakdownValues(view, matched);
  const attribute = funnel.attribute;

  const matchSegment = (segment: Segment, people: Int32Array | null) => {
    if (segment.length === 0) return;
    const stepMasks = evaluateMasks(segment, stepTerms, view, maskScratch.steps(segment.length));
    const exclusionMasks =
      exclusionTerms.length > 0
        ? evaluateMasks(segment, exclusionTerms, view, maskScratch.exclusions(segment.length))
        : undefined;
    const { t } = segment.columns;
    const { starts } = segment;
    const count = people ? people.length : segment.people.length;
    for (let k = 0; k < count; k++) {
      const p = people ? people[k]! : k;
      const start = starts[p]!;
      const end = starts[p + 1]!;
      let reached: number;
      const row = matched.reserve();
      if (greedy) {
        reached = matchGreedyRows(stepMasks, t, start, end, strict, greedy, scratch, matched, row);
      } else {
        const match = matchRows(stepMasks, exclusionMasks, t, start, end, strict, funnel.spec);
        reached = match?.reached ?? 0;
        if (reached > 0) matched.times.set(match!.times, row * n);
      }
      if (reached === 0) continue;
      const code = attribute
        ? attributedCode(values, segment, stepMasks, p, matched.times, row * n, reached, attribute)
        : 0;
      matched.commit(segment.people[p]!, reached, code);
    }
  };

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
  return delta.size > 0 ? matched.sortedByPerson() : matched;
}

/**
 * The masks' arrays, kept from query to query: a fresh 4 MB array per million activities cost
 * several times the pass that fills it (the pages are mapped and zeroed, and the collector counts
 * it). Safe to share because matching is synchronous and the masks never leave `matchIndexed`.
 */
class MaskScratch {
  private buffers: Record<"steps" | "exclusions", Int32Array> = {
    steps: new Int32Array(0),
    exclusions: new Int32Array(0),
  };

  steps(length: number): Int32Array {
    return this.take("steps", length);
  }

  exclusions(length: number): Int32Array {
    return this.take("exclusions", length);
  }

  private take(which: "steps" | "exclusions", length: number): Int32Array {
    if (this.buffers[which].length < length) this.buffers[which] = new Int32Array(length);
    return this.buffers[which].subarray(0, length);
  }
}

const maskScratch = new MaskScratch();

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

/**
 * The breakdown value's code of a matched person (times at times[at...]): read from the lowest-id
 * activity at the attributed step's instant that matches it.
 */
function attributedCode(
  values: BreakdownValues,
  segment: Segment,
  stepMasks: Int32Array,
  p: number,
  times: Float64Array,
  at: number,
  reached: number,
  attribute: NonNullable<IndexedFunnel["attribute"]>,
): number {
  const step = attribute.step(reached);
  if (step >= reached) return 0;
  const t = segment.columns.t;
  const stepTime = times[at + step]!;
  for (let i = segment.starts[p]!; i < segment.starts[p + 1]!; i++) {
    if (t[i] === stepTime && stepMasks[i]! & (1 << step))
      return values.codeOf(segment, attribute.by, i);
  }
  return 0;
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
 * collapsed with their masks OR-ed, and the greedy matcher runs on the instants, writing the step
 * times into the outcome row. STRICT keeps every activity, since any of them breaks a sequence.
 */
function matchGreedyRows(
  stepMasks: Int32Array,
  t: Float64Array,
  start: number,
  end: number,
  strict: boolean,
  greedy: GreedyMatcher,
  buffer: InstantBuffer,
  matched: MatchedPeople,
  row: number,
): number {
  let first = start;
  while (first < end && (stepMasks[first]! & 1) === 0) first++;
  if (first === end) return 0;
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
  return greedy.match(times, steps, 0, m, matched.times, row * matched.stepCount);
}

/**
 * The code (in the matched people's values) of a row's breakdown value, the value being its text
 * as the API shows it. Each distinct id or dictionary code is made into text and looked up once
 * per query, not once per person.
 */
class BreakdownValues {
  private readonly codes = {
    source: new Map<number, number>(),
    channel: new Map<number, number>(),
    campaign: new Map<number, number>(),
    community: new Map<number, number>(),
  };
  constructor(
    private readonly view: IndexView,
    private readonly matched: MatchedPeople,
  ) {}

  codeOf(segment: Segment, by: IndexedAttribute, row: number): number {
    const { columns } = segment;
    const { attributes } = this.view.signatures;
    const raw =
      by === "source"
        ? attributes.source[columns.signature[row]!]!
        : by === "channel"
          ? attributes.channelLabel[columns.signature[row]!]!
          : columns[by][row]!;
    let code = this.codes[by].get(raw);
    if (code === undefined) {
      code = this.matched.codeOf(this.text(by, raw));
      this.codes[by].set(raw, code);
    }
    return code;
  }

  /** A raw code's text: a dictionary's value, or an id (0: none). */
  private text(by: IndexedAttribute, raw: number): string | null {
    const { dictionaries } = this.view;
    if (by === "source") return dictionaries.source.values[raw]!;
    if (by === "channel") return dictionaries.channelLabel.values[raw]!;
    return raw === 0 ? null : String(raw);
  }
}
