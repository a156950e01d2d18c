// The people a funnel query matched, as columns rather than one object per person: a query over
// 100k people matches about 60k of them, and objects for each (with their times arrays) made the
// garbage collector the largest cost of a query. The aggregates read these columns directly;
// PersonOutcome objects are made only for what needs them (people lists, correlations,
// attribution, a saved funnel's held outcomes).
import type { PersonOutcome } from "./aggregate.ts";
import type { PersonMatch } from "./match.ts";
import { Dictionary } from "./sequence-index.ts";

export class MatchedPeople {
  length = 0;
  personIds: Int32Array;
  /** The furthest step each person reached, 1 to stepCount. */
  reached: Uint8Array;
  /** Step times, stepCount slots a person: times[i * stepCount + k] is person i's step k + 1 (k < reached[i]). */
  times: Float64Array;
  /** Each person's breakdown value, as its code in `values` (0: none). */
  valueCodes: Int32Array;
  /** The distinct breakdown values. */
  readonly values = new Dictionary();

  constructor(
    readonly stepCount: number,
    /** Whether the funnel has a breakdown: its outcomes carry a value, null included. */
    readonly hasBreakdown: boolean,
    capacity = 1024,
  ) {
    this.personIds = new Int32Array(capacity);
    this.reached = new Uint8Array(capacity);
    this.times = new Float64Array(capacity * stepCount);
    this.valueCodes = new Int32Array(capacity);
  }

  /** The code of a breakdown value, the same for equal values. */
  codeOf(value: string | null): number {
    return this.values.code(value);
  }

  /**
   * Room for one more person: the index of their row, whose times the caller writes at
   * times[row * stepCount] (read `times` after this call: it may have grown) before `commit`.
   */
  reserve(): number {
    if (this.length === this.personIds.length) {
      const capacity = 2 * this.personIds.length;
      const grow = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      this.personIds = grow(this.personIds, new Int32Array(capacity));
      this.reached = grow(this.reached, new Uint8Array(capacity));
      this.times = grow(this.times, new Float64Array(capacity * this.stepCount));
      this.valueCodes = grow(this.valueCodes, new Int32Array(capacity));
    }
    return this.length;
  }

  /** Keeps the reserved row: the person, their furthest step (at least 1) and their value's code. */
  commit(personId: number, reached: number, valueCode: number): void {
    const row = this.length++;
    this.personIds[row] = personId;
    this.reached[row] = reached;
    this.valueCodes[row] = valueCode;
  }

  /** A person's match made elsewhere (the memoized search, the SQL engine). */
  push(personId: number, match: PersonMatch, value: string | null): void {
    const row = this.reserve();
    this.times.set(match.times, row * this.stepCount);
    this.commit(personId, match.reached, this.codeOf(value));
  }

  breakdownValue(row: number): string | null {
    return this.values.values[this.valueCodes[row]!]!;
  }

  /** Sets each person's breakdown value (a person-level attribute, read after matching). */
  assignValues(valueOfPerson: (personId: number) => string | null): void {
    for (let row = 0; row < this.length; row++)
      this.valueCodes[row] = this.codeOf(valueOfPerson(this.personIds[row]!));
  }

  /** The same people in person id order (the delta's people are matched after the main columns'). */
  sortedByPerson(): MatchedPeople {
    const ids = this.personIds;
    let sorted = true;
    for (let row = 1; row < this.length && sorted; row++) sorted = ids[row - 1]! < ids[row]!;
    if (sorted) return this;
    const order = Int32Array.from({ length: this.length }, (_, row) => row).sort(
      (a, b) => ids[a]! - ids[b]!,
    );
    const out = new MatchedPeople(this.stepCount, this.hasBreakdown, Math.max(1, this.length));
    for (const value of this.values.values.slice(1)) out.codeOf(value);
    const n = this.stepCount;
    for (const row of order) {
      const to = out.reserve();
      out.times.set(this.times.subarray(row * n, row * n + this.reached[row]!), to * n);
      out.commit(ids[row]!, this.reached[row]!, this.valueCodes[row]!);
    }
    return out;
  }

  outcome(row: number): PersonOutcome {
    const at = row * this.stepCount;
    return {
      personId: this.personIds[row]!,
      reached: this.reached[row]!,
      times: Array.from(this.times.subarray(at, at + this.reached[row]!)),
      breakdownValue: this.hasBreakdown ? this.breakdownValue(row) : undefined,
    };
  }

  toOutcomes(): PersonOutcome[] {
    return Array.from({ length: this.length }, (_, row) => this.outcome(row));
  }
}
