import { describe, expect, it } from "vitest";
import { addressPartsOf } from "./addressEvidence.ts";
import type { PersonCandidate } from "./candidate.ts";
import {
  type ComparisonVector,
  DEFAULT_MODEL,
  fitComparisonModel,
  levelWeight,
} from "./fellegiSunter.ts";
import { blockingKeys, classifyPair, comparisonVector, scorePair } from "./similarity.ts";

const grace: PersonCandidate = {
  name: "Grace Whitlock",
  location: "12 Smith St, Richmond VIC 3121",
  externalIds: [{ source: "customer", id: "40512867" }],
};
const graceAgain: PersonCandidate = {
  name: "WHITLOCK, Grase",
  location: "12 Smith Street Richmond 3121",
  externalIds: [{ source: "customer", id: "40518267" }],
};
const neighbour: PersonCandidate = {
  name: "Tom Whitlock",
  location: "12 Smith St, Richmond VIC 3121",
  externalIds: [{ source: "customer", id: "77120934" }],
};

describe("address and customer-number evidence", () => {
  it("suggests a duplicate with typos in the name and the customer number, and says why", () => {
    const result = scorePair(grace, graceAgain);
    expect(classifyPair(result.score)).toBe("suggest");
    expect(result.explanation).toContain("same street and postcode");
    expect(result.explanation).toContain("customer id 1 transposition apart");
  });

  it("does not take a relative at the same address for the same person", () => {
    const result = scorePair(grace, neighbour);
    expect(result.score).toBeLessThan(scorePair(grace, graceAgain).score);
    expect(result.explanation).toContain("different customer ids");
  });

  it("blocks the duplicate with keys that survive its typos", () => {
    const shared = blockingKeys(grace).filter((key) => blockingKeys(graceAgain).includes(key));
    expect(shared.some((key) => key.startsWith("pf:"))).toBe(true);
    expect(shared.some((key) => key.startsWith("x"))).toBe(true);
  });

  it("reads a location written without commas, place first, or with a misread postcode as the same address", () => {
    const parts = (location: string) => {
      const found = addressPartsOf({ location });
      return found && [found.number, found.streetName, found.city, found.postcode];
    };
    const expected = ["53", "hill", "south norwood", "6242"];
    expect(parts("53 Hill Court South Norwood QLD 6242")).toEqual(expected);
    expect(parts("SOUTH NORWOOD QLD 6242 53 HILL CT")).toEqual(expected);
    expect(parts("South Norwood QLD 6242, 53 Hill Ct")).toEqual(expected);
    expect(parts("53 Hill Ct, South Norwood QLD 6Z42")).toEqual(expected);
    // An abbreviated direction, or one that ends its part, still belongs to the street.
    expect(
      addressPartsOf({ location: "1600 Pennsylvania Ave NW, Washington DC 20500" }),
    ).toMatchObject({ streetName: "pennsylvania nw", city: "washington" });
  });

  it("keeps a house number and street apart from the same number and street in another town", () => {
    const elsewhere: PersonCandidate = { ...grace, location: "12 Smith St, Ballarat VIC 3350" };
    const shared = blockingKeys(grace).filter((key) => blockingKeys(elsewhere).includes(key));
    expect(shared.filter((key) => /^s[pc]:/.test(key))).toEqual([]);
    expect(blockingKeys(grace).filter((key) => /^s[pc]:/.test(key))).toHaveLength(2);
  });

  it("does not read an address without a suburb as a different city", () => {
    const cut = { name: "Ronald Miller", location: "27 Canterbury Pl, TAS 249" };
    const full = { name: "Ronald Miller", location: "27 Canterbury Pl, Mount Camberwell TAS 2249" };
    const result = scorePair(cut, full);
    expect(result.signals.map((signal) => signal.signal)).not.toContain("location");
    expect(classifyPair(result.score)).not.toBe("none");
  });

  it("reads agreement levels the model is fitted on", () => {
    expect(comparisonVector(grace, graceAgain)).toMatchObject({
      street: "exact",
      postcode: "exact",
      city: "exact",
      customerNumber: "close",
    });
  });
});

describe("fitComparisonModel", () => {
  it("learns from the data how much a shared postcode says", () => {
    // Duplicates agree on name and postcode; different people in a block share the postcode a third of the time.
    const vectors: ComparisonVector[] = [
      ...Array.from(
        { length: 300 },
        (): ComparisonVector => ({ name: "exact", postcode: "exact", street: "exact" }),
      ),
      ...Array.from(
        { length: 200 },
        (_, i): ComparisonVector => ({
          name: "different",
          postcode: i % 3 === 0 ? "exact" : "different",
          street: "different",
        }),
      ),
    ];
    const fitted = fitComparisonModel(vectors);
    expect(fitted.matchShare).toBeGreaterThan(0.5);
    expect(fitted.m.postcode.exact).toBeGreaterThan(0.9);
    expect(fitted.u.postcode.exact).toBeGreaterThan(0.2);
    expect(fitted.u.postcode.exact).toBeLessThan(0.5);
    expect(levelWeight(fitted, "street", "exact")).toBeGreaterThan(
      levelWeight(DEFAULT_MODEL, "street", "exact"),
    );
  });

  it("does not take households for the matching class when blocks bring more of them than duplicates", () => {
    // Households share the whole address and differ in name; duplicates agree on the name and
    // have a slip in the address now and then.
    const vectors: ComparisonVector[] = [
      ...Array.from(
        { length: 600 },
        (): ComparisonVector => ({
          name: "different",
          street: "exact",
          postcode: "exact",
          city: "exact",
        }),
      ),
      ...Array.from(
        { length: 200 },
        (_, i): ComparisonVector => ({
          name: "exact",
          street: i % 5 === 0 ? "close" : "exact",
          postcode: "exact",
          city: "exact",
        }),
      ),
    ];
    const fitted = fitComparisonModel(vectors);
    expect(fitted.matchShare).toBeLessThan(0.5);
    expect(fitted.m.name).toEqual(DEFAULT_MODEL.m.name);
  });
});
