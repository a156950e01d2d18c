import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FunnelOrder, type MatchSpec, matchPerson, type SequenceEvent } from "./match.ts";
import { referenceMatch } from "./reference.ts";

const spec = (overrides: Partial<MatchSpec>): MatchSpec => ({
  stepCount: 3,
  windowMs: 100,
  order: "ordered",
  exclusions: [],
  ...overrides,
});
const at = (t: number, steps: number, exclusions = 0): SequenceEvent => ({ t, steps, exclusions });

/** Random streams with many ties and overlapping step matches, where the orders differ most. */
const scenario = (order: FunnelOrder) =>
  fc
    .record({
      stepCount: fc.integer({ min: 2, max: 4 }),
      windowMs: fc.integer({ min: 0, max: 12 }),
      from: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      span: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      events: fc.array(
        fc.record({ t: fc.integer({ min: 0, max: 14 }), steps: fc.nat(15), exclusions: fc.nat(3) }),
        { maxLength: 8 },
      ),
      exclusions: fc.array(fc.tuple(fc.nat(3), fc.nat(3)), {
        maxLength: order === "any_order" ? 0 : 2,
      }),
    })
    .map(({ stepCount, windowMs, from, span, events, exclusions }) => {
      const mask = (1 << stepCount) - 1;
      return {
        events: events.map((e) => ({ ...e, steps: e.steps & mask })).sort((a, b) => a.t - b.t),
        spec: spec({
          stepCount,
          windowMs,
          order,
          from,
          to: from !== undefined && span !== undefined ? from + span : undefined,
          exclusions: exclusions.map(([a, b]) => {
            const afterStep = 1 + (a % (stepCount - 1));
            return { afterStep, beforeStep: afterStep + 1 + (b % (stepCount - afterStep)) };
          }),
        }),
      };
    });

describe("matchPerson agrees exactly with the brute-force reference", () => {
  for (const order of ["ordered", "strict", "any_order"] as const) {
    it(`on random streams, ${order}${order === "any_order" ? "" : " with exclusions"}, windows and date ranges`, () => {
      fc.assert(
        fc.property(scenario(order), ({ events, spec }) => {
          expect(matchPerson(events, spec)).toEqual(referenceMatch(events, spec));
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe("matchPerson by example", () => {
  it("ORDERED needs each step strictly later, within the window of the first", () => {
    const events = [at(0, 0b001), at(5, 0b010), at(5, 0b100), at(50, 0b100), at(200, 0b100)];
    expect(matchPerson(events, spec({}))).toEqual({ reached: 3, times: [0, 5, 50] });
    expect(matchPerson(events, spec({ windowMs: 10 }))).toEqual({ reached: 2, times: [0, 5] });
  });

  it("STRICT lets no other activity in between", () => {
    const events = [at(0, 0b001), at(1, 0), at(2, 0b010), at(3, 0b001), at(4, 0b010), at(5, 0b100)];
    expect(matchPerson(events, spec({ order: "strict" }))).toEqual({
      reached: 3,
      times: [3, 4, 5],
    });
  });

  it("an exclusion voids the attempt it falls in, and a later step 2 can avoid it", () => {
    const events = [at(0, 0b001), at(1, 0b010), at(2, 0, 1), at(4, 0b010), at(5, 0b100)];
    const excluded = spec({ exclusions: [{ afterStep: 2, beforeStep: 3 }] });
    expect(matchPerson(events, excluded)).toEqual({ reached: 3, times: [0, 4, 5] });
    expect(matchPerson(events, spec({ exclusions: [{ afterStep: 1, beforeStep: 3 }] }))).toEqual({
      reached: 2,
      times: [0, 1],
    });
  });

  it("ANY_ORDER takes the steps in any order within the window of the earliest", () => {
    const events = [at(0, 0b100), at(3, 0b001), at(4, 0b010)];
    expect(matchPerson(events, spec({ order: "any_order" }))).toEqual({
      reached: 3,
      times: [0, 3, 4],
    });
    expect(matchPerson(events, spec({ order: "ordered" }))).toEqual({ reached: 2, times: [3, 4] });
  });

  it("the step times are those of the furthest attempt, the earliest among them", () => {
    const events = [at(0, 0b001), at(10, 0b001), at(12, 0b010), at(15, 0b100), at(200, 0b010)];
    expect(matchPerson(events, spec({ windowMs: 6 }))).toEqual({ reached: 3, times: [10, 12, 15] });
  });
});
