import { describe, expect, it } from "vitest";
import { type BrandDefinition, compileBrandMatcher } from "./brands.ts";

const acme: BrandDefinition = { id: "acme", name: "Acme", kind: "own", terms: ["Acme Cloud"] };
const zephyr: BrandDefinition = {
  id: "zephyr",
  name: "Zephyr Air",
  kind: "competitor",
  terms: ["Zephyr"],
};

describe("compileBrandMatcher", () => {
  it("matches a brand name case-insensitively, with possessives, hashtags and handles", () => {
    const match = compileBrandMatcher([acme]);
    for (const text of [
      "I love ACME",
      "acme's support is great",
      "#Acme rocks",
      "thanks @acme!",
      "(acme)",
      "acme-branded mug",
    ]) {
      expect(match(text), text).toEqual([
        { brandId: "acme", term: "Acme", index: expect.any(Number) },
      ]);
    }
  });

  it("matches whole words only", () => {
    const match = compileBrandMatcher([acme]);
    expect(match("moving to Acmeville")).toEqual([]);
    expect(match("the pacme library")).toEqual([]);
    expect(match("acme2 is different")).toEqual([]);
    expect(match("@acme_support replied")).toEqual([]);
  });

  it("reports the offset of the match", () => {
    expect(compileBrandMatcher([acme])("I love acme")).toEqual([
      { brandId: "acme", term: "Acme", index: 7 },
    ]);
  });

  it("reports each brand once, at its first mention, in order of position", () => {
    const match = compileBrandMatcher([acme, zephyr]);
    expect(match("flew Zephyr Air, then Acme, then acme again and zephyr again")).toEqual([
      { brandId: "zephyr", term: "Zephyr Air", index: 5 },
      { brandId: "acme", term: "Acme", index: 22 },
    ]);
  });

  it("prefers the longest term at a position and reports the term as configured", () => {
    const match = compileBrandMatcher([acme, zephyr]);
    expect(match("Acme Cloud is down")).toEqual([
      { brandId: "acme", term: "Acme Cloud", index: 0 },
    ]);
    expect(match("acme cloudy skies")).toEqual([{ brandId: "acme", term: "Acme", index: 0 }]);
  });

  it("matches multi-word terms however the words are joined", () => {
    const match = compileBrandMatcher([
      { id: "zephyr", name: "Zephyr Air", kind: "competitor", terms: [] },
    ]);
    for (const text of ["zephyr  air", "#ZephyrAir", "@zephyr_air", "zephyr-air", "Zephyr\nAir"]) {
      expect(
        match(text).map((mention) => mention.brandId),
        text,
      ).toEqual(["zephyr"]);
    }
    expect(match("zephyr airlines")).toEqual([]);
  });

  it("matches terms with apostrophes and regex characters literally", () => {
    const match = compileBrandMatcher([
      { id: "mcd", name: "McDonald's", kind: "competitor", terms: [] },
      { id: "cpp", name: "C++", kind: "competitor", terms: ["acme.io"] },
      { id: "att", name: "AT&T", kind: "competitor", terms: [] },
    ]);
    expect(match("mcdonalds and McDonald’s").map((mention) => mention.brandId)).toEqual(["mcd"]);
    expect(match("I write c++ at at&t").map((mention) => mention.brandId)).toEqual(["cpp", "att"]);
    expect(match("acmexio")).toEqual([]);
    expect(match("see acme.io")).toEqual([{ brandId: "cpp", term: "acme.io", index: 4 }]);
  });

  it("matches names outside ASCII", () => {
    const match = compileBrandMatcher([
      { id: "cafe", name: "Café Noir", kind: "own", terms: ["Кофейня"] },
    ]);
    expect(match("CAFÉ NOIR was lovely").map((mention) => mention.brandId)).toEqual(["cafe"]);
    expect(match("кофейня рядом").map((mention) => mention.brandId)).toEqual(["cafe"]);
  });

  it("gives a term shared by two brands to the brand listed first", () => {
    const match = compileBrandMatcher([
      { id: "first", name: "Orbit", kind: "own", terms: ["X2"] },
      { id: "second", name: "Nova", kind: "competitor", terms: ["x2"] },
    ]);
    expect(match("the x2 is out")).toEqual([{ brandId: "first", term: "X2", index: 4 }]);
  });

  it("keeps the brand id type, so database ids need no conversion", () => {
    const match = compileBrandMatcher([{ id: 42, name: "Acme", kind: "own", terms: [] }]);
    expect(match("acme")).toEqual([{ brandId: 42, term: "Acme", index: 0 }]);
  });

  it("matches nothing without brands or text, and ignores blank terms", () => {
    expect(compileBrandMatcher([])("acme")).toEqual([]);
    expect(
      compileBrandMatcher([{ id: "blank", name: " ", kind: "own", terms: ["", "-", "'"] }])(
        "a - ' b",
      ),
    ).toEqual([]);
    expect(compileBrandMatcher([acme])("")).toEqual([]);
  });

  it("gives the same answer when called again, since the compiled regex is reused", () => {
    const match = compileBrandMatcher([acme, zephyr]);
    const text = "zephyr then acme";
    expect(match(text)).toEqual(match(text));
    expect(match(text)).toHaveLength(2);
  });
});
