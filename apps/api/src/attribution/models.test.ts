import { describe, expect, it } from "vitest";
import { ATTRIBUTION_MODELS, creditTouches, markovRemovalEffects } from "./models.ts";

const DAY = 86_400_000;
/** Touches 14, 7 and 0 days before a conversion at day 20, then a fourth at day 19. */
const touches = [
  { t: 6 * DAY, group: "email" },
  { t: 13 * DAY, group: "forum" },
  { t: 19 * DAY, group: "ads" },
  { t: 20 * DAY, group: "email" },
];
const conversionT = 20 * DAY;

describe("attribution models, credits worked out by hand", () => {
  it("first touch and last touch give everything to one touch", () => {
    expect(creditTouches(touches, conversionT, "first_touch")).toEqual([1, 0, 0, 0]);
    expect(creditTouches(touches, conversionT, "last_touch")).toEqual([0, 0, 0, 1]);
  });

  it("linear shares equally", () => {
    expect(creditTouches(touches, conversionT, "linear")).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it("time decay halves a touch's weight every 7 days before the conversion", () => {
    // Weights 2^-2, 2^-1, 2^(-1/7), 1.
    const w = [0.25, 0.5, 2 ** (-1 / 7), 1];
    const total = w.reduce((a, b) => a + b);
    const credits = creditTouches(touches, conversionT, "time_decay");
    credits.forEach((credit, i) => expect(credit).toBeCloseTo(w[i]! / total, 12));
  });

  it("position-based gives 40% to the first and the last, 20% to those between", () => {
    expect(creditTouches(touches, conversionT, "position_based")).toEqual([0.4, 0.1, 0.1, 0.4]);
    expect(creditTouches(touches.slice(0, 2), conversionT, "position_based")).toEqual([0.5, 0.5]);
    expect(creditTouches(touches.slice(0, 1), conversionT, "position_based")).toEqual([1]);
  });

  it("data-driven: the Markov removal effect of each channel, then shares in proportion", () => {
    // START->A:2, START->B:1; A->CONV:1, A->B:1; B->CONV:1, B->NULL:1.
    // P(conv) = 2/3*(1/2 + 1/2*1/2) + 1/3*1/2 = 2/3. Without A: 1/3*1/2 = 1/6, effect 3/4.
    // Without B: 2/3*1/2 = 1/3, effect 1/2.
    const effects = markovRemovalEffects([
      { groups: ["A"], converted: true },
      { groups: ["A", "B"], converted: true },
      { groups: ["B"], converted: false },
    ]);
    expect(effects.get("A")).toBeCloseTo(3 / 4, 12);
    expect(effects.get("B")).toBeCloseTo(1 / 2, 12);
    const credits = creditTouches(
      [
        { t: 0, group: "A" },
        { t: 1, group: "B" },
      ],
      2,
      "data_driven",
      effects,
    );
    expect(credits[0]).toBeCloseTo(0.6, 12);
    expect(credits[1]).toBeCloseTo(0.4, 12);
  });

  it("every model's credits of one conversion sum to one", () => {
    const effects = markovRemovalEffects([
      { groups: touches.map((t) => t.group), converted: true },
      { groups: ["ads"], converted: false },
    ]);
    for (const model of ATTRIBUTION_MODELS) {
      for (let n = 1; n <= touches.length; n++) {
        const sum = creditTouches(touches.slice(0, n), conversionT, model, effects).reduce(
          (a, b) => a + b,
          0,
        );
        expect(sum, `${model} with ${n} touches`).toBeCloseTo(1, 12);
      }
    }
  });
});
