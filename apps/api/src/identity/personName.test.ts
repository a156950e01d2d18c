import { describe, expect, it } from "vitest";
import type { PersonCandidate } from "./candidate.ts";
import { personName } from "./personName.ts";

const tokensOf = (candidate: PersonCandidate): readonly string[] => personName(candidate).tokens;

describe("personName completes a one-word name from the record's own user names", () => {
  it("reads the family name a user name joins to the given name, in either order or after a nickname's formal form", () => {
    expect(tokensOf({ name: "Mary", emails: ["marylopez@outlook.com"] })).toEqual([
      "mary",
      "lopez",
    ]);
    expect(
      tokensOf({ name: "Mary", handles: [{ platform: "twitter", handle: "lopezmary" }] }),
    ).toEqual(["mary", "lopez"]);
    expect(tokensOf({ name: "Will", emails: ["williamgarcia@gmail.com"] })).toEqual([
      "will",
      "garcia",
    ]);
    expect(
      tokensOf({ name: "Alexander", handles: [{ platform: "twitter", handle: "alexbutler" }] }),
    ).toEqual(["alexander", "butler"]);
  });

  it("reads an initial joined to a family name, but not a screen name with a number or a typo'd given name", () => {
    expect(
      tokensOf({ name: "Freya", handles: [{ platform: "twitter", handle: "fwesowford" }] }),
    ).toEqual(["freya", "wesowford"]);
    expect(tokensOf({ name: "Richard", emails: ["runnerbook81@icloud.com"] })).toEqual(["richard"]);
    expect(
      tokensOf({ name: "Sanndra", handles: [{ platform: "forum", handle: "sandrarosa" }] }),
    ).toEqual(["sanndra"]);
  });

  it("does not split a given name with its initial into a nickname and a family name", () => {
    expect(tokensOf({ name: "Kenneth", emails: ["kenneths@zenithpath.co.uk"] })).toEqual([
      "kenneth",
    ]);
    expect(tokensOf({ name: "Robert", emails: ["robert@pixelscale.com"] })).toEqual(["robert"]);
    expect(
      tokensOf({ name: "Cathy", handles: [{ platform: "twitter", handle: "catherine581" }] }),
    ).toEqual(["cathy"]);
  });

  it("leaves a handle its platform may have cut alone", () => {
    expect(
      tokensOf({ name: "Michelle", handles: [{ platform: "twitter", handle: "michelledunelwe" }] }),
    ).toEqual(["michelle"]);
  });

  it("reads a last.first address as given name first when the written word is a known given name", () => {
    expect(tokensOf({ name: "Lisa", emails: ["stevens.lisa@yahoo.com"] })).toEqual([
      "lisa",
      "stevens",
    ]);
    expect(tokensOf({ name: "Smith", emails: ["john.smith@acme.com"] })).toEqual(["john", "smith"]);
  });
});

describe("personName completes an initial from the record's own user names", () => {
  it("takes the given name a user name joins to the family name", () => {
    expect(
      tokensOf({
        name: "P. Fenutsen",
        handles: [{ platform: "twitter", handle: "priyafenutsen" }],
      }),
    ).toEqual(["priya", "fenutsen"]);
    expect(
      tokensOf({ name: "S. Weber", handles: [{ platform: "twitter", handle: "webersean" }] }),
    ).toEqual(["sean", "weber"]);
  });

  it("reads a family name cut at the platform's length limit", () => {
    expect(
      tokensOf({
        name: "C. Carlenton",
        handles: [{ platform: "twitter", handle: "catherinecarlen" }],
      }),
    ).toEqual(["catherine", "carlenton"]);
  });

  it("ignores a user name whose given name has another initial", () => {
    expect(tokensOf({ name: "J. Mitchell", emails: ["robertmitchell@gmail.com"] })).toEqual([
      "j",
      "mitchell",
    ]);
  });
});

describe("personName corrects a slip from the record's own address", () => {
  it("takes the spelling of an address that differs from the written name by one letter", () => {
    expect(tokensOf({ name: "Reebecca Young", emails: ["rebecca.young@gmail.com"] })).toEqual([
      "rebecca",
      "young",
    ]);
    expect(tokensOf({ name: "Thomas Huxeick", emails: ["thomashuxerick@gmail.com"] })).toEqual([
      "thomas",
      "huxerick",
    ]);
  });

  it("does not take the spelling of a handle its platform may have cut", () => {
    const name = tokensOf({
      name: "Steven Blackenova",
      handles: [{ platform: "twitter", handle: "stevenblackenov" }],
    });
    expect(name).toEqual(["steven", "blackenova"]);
  });
});
