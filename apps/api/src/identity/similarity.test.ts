import { describe, expect, it } from "vitest";
import type { PersonCandidate } from "./candidate.ts";
import { compareNames } from "./nameMatch.ts";
import {
  canonicalGivenName,
  correctedGivenName,
  givenNamesMatch,
  nicknamePairs,
} from "./nicknames.ts";
import { personName } from "./personName.ts";
import { phoneticCode } from "./phonetic.ts";
import {
  blockingKeys,
  classifyPair,
  deterministicKeys,
  givenNameKey,
  givenNamesAgree,
  jaroWinkler,
  nameFrequency,
  nameKey,
  scorePair,
} from "./similarity.ts";

const sharesBlock = (a: PersonCandidate, b: PersonCandidate): boolean => {
  const keys = new Set(blockingKeys(a));
  return blockingKeys(b).some((key) => keys.has(key));
};

describe("jaroWinkler", () => {
  it("gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
    expect(jaroWinkler("same", "same")).toBe(1);
    expect(jaroWinkler("abc", "")).toBe(0);
  });
});

describe("nicknames and sounds", () => {
  it("knows well over 150 nickname pairs", () => {
    expect(nicknamePairs().length).toBeGreaterThanOrEqual(150);
  });

  it("maps nicknames and spellings to one given name", () => {
    expect(canonicalGivenName("bob")).toBe("robert");
    expect(canonicalGivenName("bill")).toBe("william");
    expect(canonicalGivenName("kathryn")).toBe("katherine");
    expect(givenNamesMatch("liz", "elizabeth")).toBe(true);
    expect(givenNamesMatch("chris", "christine")).toBe(true);
    expect(givenNamesMatch("mary", "mark")).toBe(false);
  });

  it("knows nicknames that standard tables list beyond the commonest ones", () => {
    const pairs = [
      ["cathy", "catherine"],
      ["bess", "elizabeth"],
      ["chip", "charles"],
      ["steph", "stephanie"],
      ["lexi", "alexis"],
      ["sasha", "alexander"],
      ["daisy", "margaret"],
      ["thom", "thomas"],
      ["wills", "william"],
    ];
    for (const [nickname, name] of pairs)
      expect(givenNamesMatch(nickname!, name!), `${nickname} ~ ${name}`).toBe(true);
    // A nickname that is a name in its own right keeps its own name key.
    expect(canonicalGivenName("daisy")).toBe("daisy");
  });

  it("reads a slip in a given name the table knows as that name, but leaves short and unknown names alone", () => {
    expect(correctedGivenName("michaeel")).toBe("michael");
    expect(correctedGivenName("reebecca")).toBe("rebecca");
    expect(correctedGivenName("mark")).toBe("mark");
    expect(correctedGivenName("hiroshi")).toBe("hiroshi");
  });

  it("codes sound-alike family names alike", () => {
    expect(phoneticCode("smith")).toBe(phoneticCode("smyth"));
    expect(phoneticCode("catherine")).toBe(phoneticCode("katherine"));
    expect(phoneticCode("phillips")).toBe(phoneticCode("philips"));
    expect(phoneticCode("smith")).not.toBe(phoneticCode("jones"));
  });
});

describe("names a scanned form misread", () => {
  const level = (a: string, b: string) =>
    compareNames(personName({ name: a }), personName({ name: b })).level;

  it("reads cl for d and rn for m as a slip, not as another name", () => {
    expect(level("Lincla Harris", "Linda Harris")).toBe("typo");
    expect(level("Adarn Berutman", "Adam Berutman")).toBe("typo");
    // Folded, a further slip is still one slip: Veclescu is Vedescu, one letter from Vedezcu.
    expect(level("Charles Veclescu", "Charles Vedezcu")).toBe("typo");
  });

  it("reads a digit inside or at the start of a name as the letter it looks like", () => {
    expect(personName({ name: "Margaret Kingsor1and" }).tokens).toEqual([
      "margaret",
      "kingsorland",
    ]);
    expect(personName({ name: "Deborah 8erelgard" }).tokens).toEqual(["deborah", "berelgard"]);
    expect(level("Th0mas Walker", "Thomas Walker")).toBe("exact");
    // A user name's trailing number and an ordinal are not letters.
    expect(personName({ name: "Emily915" }).tokens).toEqual(["emily"]);
  });

  it("reads i and y as one sound in a name", () => {
    expect(level("Lysa Miller", "Lisa Miller")).toBe("typo");
    expect(level("Lynda Harris", "Linda Harris")).toBe("typo");
  });

  it("still tells different given names apart", () => {
    expect(level("Linda Harris", "Lisa Harris")).toBe("given-conflict");
    expect(level("Adam Berutman", "Alan Berutman")).toBe("given-conflict");
  });
});

describe("deterministicKeys", () => {
  it("yields the normalized identifiers that merge people automatically", () => {
    const keys = deterministicKeys({
      emails: ["J.Smith+news@gmail.com", "info@acme.com"],
      phones: ["(415) 555-0132", "+1 212 555 0100 ext. 201"],
      handles: [{ platform: "X", handle: "@JSmith" }],
      externalIds: [{ source: "CRM", id: "c-17" }],
    });
    expect(keys).toEqual([
      { kind: "email", platform: "", value: "jsmith@gmail.com" },
      { kind: "phone", platform: "", value: "+14155550132" },
      { kind: "phone", platform: "", value: "+12125550100;ext=201" },
      { kind: "handle", platform: "twitter", value: "jsmith" },
      { kind: "external", platform: "crm", value: "c-17" },
    ]);
  });

  it("never uses a team mailbox as a person's identity", () => {
    expect(deterministicKeys({ emails: ["Sales@acme.com", "support@acme.com"] })).toEqual([]);
  });
});

describe("given name guard on automatic merges", () => {
  it("holds back an identifier that records with different given names share", () => {
    const john = { name: "John Smith", phones: ["415 555 0132"] };
    const mary = { name: "Mary Smith", phones: ["+14155550132"] };
    const bob = { name: "Smith, Bob", phones: ["+14155550132"] };
    expect(givenNamesAgree([john, mary].map(givenNameKey))).toBe(false);
    expect(
      givenNamesAgree([{ name: "Robert Smith" }, bob, { emails: ["x@y.com"] }].map(givenNameKey)),
    ).toBe(true);
  });

  it("does not hold back one person's records over a slip or a name written family name first", () => {
    expect(
      givenNamesAgree(
        [{ name: "Michaeel Herrera" }, { name: "Michael Herrera" }].map(givenNameKey),
      ),
    ).toBe(true);
    expect(
      givenNamesAgree([{ name: "Walker Thomas" }, { name: "Thomas Walker" }].map(givenNameKey)),
    ).toBe(true);
    expect(
      givenNamesAgree([{ name: "Mary Smith" }, { name: "Mark Smith" }].map(givenNameKey)),
    ).toBe(false);
  });

  it("reads the same name key for reordered and nicknamed names", () => {
    expect(nameKey({ name: "Smith, Bob" })).toBe(nameKey({ name: "Robert Smith" }));
  });
});

describe("scorePair", () => {
  it("suggests a nickname match at the same company and city, and says why", () => {
    const result = scorePair(
      { name: "Bob Smith", emails: ["bob@acme.com"], location: "Berlin" },
      { name: "Robert Smith", organization: "Acme Inc.", location: "Berlin, Germany" },
    );
    expect(classifyPair(result.score)).toBe("suggest");
    expect(result.explanation).toContain("names match after nickname (Bob Smith ≈ Robert Smith)");
    expect(result.explanation).toContain("same city Berlin");
    expect(result.signals.map((s) => s.signal)).toEqual([
      "baseline",
      "name",
      "organization",
      "location",
    ]);
    const logOdds = result.signals.reduce((sum, s) => sum + s.weight, 0);
    expect(result.score).toBeCloseTo(1 / (1 + Math.exp(-logOdds)), 10);
  });

  it("matches names written in swapped order", () => {
    const result = scorePair(
      { name: "Smith John", location: "Austin" },
      { name: "John Smith", location: "Austin, TX" },
    );
    expect(result.explanation).toContain("swapped order");
    expect(classifyPair(result.score)).toBe("suggest");
  });

  it("matches names with a typo or an initial, but trusts them less than exact names", () => {
    const exact = scorePair(
      { name: "Katherine Oduya", location: "Boston" },
      { name: "Katherine Oduya", location: "Boston" },
    );
    const typo = scorePair(
      { name: "Katherine Oduya", location: "Boston" },
      { name: "Katherine Odyua", location: "Boston" },
    );
    const initial = scorePair(
      { name: "K. Oduya", location: "Boston" },
      { name: "Katherine Oduya", location: "Boston" },
    );
    expect(typo.explanation).toContain("typo");
    expect(initial.explanation).toContain("initials");
    expect(exact.score).toBeGreaterThan(typo.score);
    expect(typo.score).toBeGreaterThan(initial.score);
  });

  it("does not suggest a common name shared by people at different companies", () => {
    const result = scorePair(
      {
        name: "John Smith",
        organization: "Acme",
        emails: ["john.smith@acme.com"],
        location: "Chicago",
      },
      {
        name: "John Smith",
        organization: "Globex",
        emails: ["jsmith@globex.com"],
        location: "Denver",
      },
      {
        nameFrequency: () =>
          nameFrequency({ holders: 40, wordHolders: [900, 600], people: 50_000 }),
      },
    );
    expect(classifyPair(result.score)).toBe("none");
    expect(result.explanation).toContain("different organizations");
  });

  it("weighs a shared rare name far above a shared common one", () => {
    const a = { name: "Oluwaseun Abernathy-Quist" };
    const b = { name: "Oluwaseun Abernathy-Quist" };
    const rare = scorePair(a, b, {
      nameFrequency: () => nameFrequency({ holders: 2, wordHolders: [2, 2], people: 50_000 }),
    });
    const common = scorePair(a, b, {
      nameFrequency: () =>
        nameFrequency({ holders: 30, wordHolders: [1_500, 700], people: 50_000 }),
    });
    expect(rare.score).toBeGreaterThan(0.9);
    expect(common.score).toBeLessThan(0.1);
  });

  it("does not take a gmail.com address as evidence of a shared employer", () => {
    const result = scorePair(
      { name: "Ann Lee", emails: ["ann.lee@gmail.com"] },
      { name: "Tom Berg", emails: ["tberg@gmail.com"] },
    );
    expect(result.signals.some((s) => s.signal === "organization")).toBe(false);
  });

  it("does not suggest relatives who share a household's phone and city", () => {
    const result = scorePair(
      { name: "John Smith", phones: ["(415) 555-0132"], location: "Austin" },
      { name: "Mary Smith", phones: ["+1 415 555 0132"], location: "Austin" },
    );
    expect(classifyPair(result.score)).toBe("none");
    expect(result.explanation).toContain("household");
  });

  it("suggests records sharing a personal address even when one uses an unknown nickname", () => {
    const result = scorePair(
      { name: "Wills Smith", emails: ["william.smith@gmail.com"] },
      { name: "William Smith", emails: ["williamsmith@gmail.com"], organization: "Northpoint" },
    );
    expect(classifyPair(result.score)).toBe("suggest");
  });

  it("places a nameless handle with the name it is built from", () => {
    const result = scorePair(
      { handles: [{ platform: "twitter", handle: "jsmith84" }] },
      { name: "John Smith", emails: ["jsmith84@gmail.com"] },
    );
    expect(result.explanation).toContain("same user name jsmith84");
    expect(classifyPair(result.score)).toBe("suggest");
  });

  it("weighs an initial by how common the family name is", () => {
    const frequency = (holders: number, wordHolders: [number, number]) => ({
      nameFrequency: () => nameFrequency({ holders, wordHolders, people: 50_000 }),
    });
    const rare = scorePair({ name: "K. Oduya" }, { name: "Katherine Oduya" }, frequency(2, [2, 2]));
    const common = scorePair(
      { name: "J. Smith" },
      { name: "John Smith" },
      frequency(40, [900, 600]),
    );
    expect(classifyPair(rare.score)).toBe("suggest");
    expect(rare.explanation).toContain("initials match");
    expect(classifyPair(common.score)).toBe("none");
  });

  it("takes a family name nobody else spells that way for a slip, but not two established names one letter apart", () => {
    const slip = scorePair(
      { name: "Sharon Stromowby" },
      { name: "Sharon Stromowyb" },
      {
        nameFrequency: (key) =>
          nameFrequency({
            holders: 1,
            wordHolders: key.includes("stromowyb") ? [800, 1] : [800, 3],
            people: 50_000,
          }),
      },
    );
    const neighbours = scorePair(
      { name: "Sharon Hansen" },
      { name: "Sharon Hanson" },
      {
        nameFrequency: () => nameFrequency({ holders: 1, wordHolders: [800, 40], people: 50_000 }),
      },
    );
    expect(slip.score).toBeGreaterThan(0.8);
    expect(neighbours.score).toBeLessThan(0.3);
  });

  it("takes two addresses at one company for two colleagues", () => {
    const colleagues = scorePair(
      { name: "John Smith", emails: ["john.smith@acme.com"], organization: "Acme" },
      { name: "John Smith", emails: ["jsmith@acme.com"], organization: "Acme" },
    );
    const sameCompany = scorePair(
      { name: "John Smith", organization: "Acme" },
      { name: "John Smith", emails: ["jsmith@acme.com"] },
    );
    expect(colleagues.explanation).toContain("different addresses at acme.com");
    expect(colleagues.score).toBeLessThan(sameCompany.score);
  });

  it("suggests a nameless company address spelling the given name of someone at that company", () => {
    const result = scorePair(
      { emails: ["karen@acme.com"] },
      { name: "Karen Holenski", organization: "Acme Inc.", location: "Berlin" },
    );
    expect(classifyPair(result.score)).toBe("suggest");
    expect(result.explanation).toContain("address karen@ fits the given name of Karen Holenski");
  });

  it("reads the organization a display name's tagline names, but never against another organization", () => {
    const named = scorePair(
      { name: "Rose Huxard | Pixelfield Group" },
      { emails: ["rose@pixelfield.com"] },
    );
    expect(named.explanation).toContain("same organization");
    const motto = scorePair(
      { name: "Jane Doe | Coffee lover" },
      { name: "Jane Doe", organization: "Acme" },
    );
    expect(motto.explanation).not.toContain("different organizations");
  });

  it("reads an organization named by its web site as that domain", () => {
    const result = scorePair(
      { name: "Jeffrey Smith", organization: "frostshift.com" },
      { name: "Jeffrey", emails: ["jeffrey@frostshift.com"] },
    );
    expect(result.explanation).toContain("same organization domain frostshift.com");
  });

  it("tells relatives apart when a nameless record's address spells another given name", () => {
    const result = scorePair(
      { emails: ["mary.jones@gmail.com"], phones: ["+1 617 555 0188"] },
      { name: "Edward Jones", phones: ["617-555-0188"] },
    );
    expect(classifyPair(result.score)).toBe("none");
  });
});

function expectSharedBlocks(pairs: Array<[PersonCandidate, PersonCandidate]>, shared: boolean) {
  for (const [a, b] of pairs)
    expect(sharesBlock(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(shared);
}

describe("blockingKeys", () => {
  it("puts likely duplicates in a shared block", () => {
    const pairs: Array<[PersonCandidate, PersonCandidate]> = [
      [{ name: "Bob Smith" }, { name: "Robert Smith" }],
      [{ name: "Smith John" }, { name: "John Smith" }],
      [{ name: "Jonh Smtih" }, { name: "John Smith" }],
      [
        { name: "J. Smith", organization: "Acme" },
        { name: "John Smith", organization: "Acme" },
      ],
      [{ handles: [{ platform: "twitter", handle: "johnsmith84" }] }, { name: "John Smith" }],
      [
        { handles: [{ platform: "twitter", handle: "barbaraellandri" }] },
        { name: "Barbara Ellandridge" },
      ],
      [{ emails: ["mary.jones@gmail.com"] }, { name: "Mary Jones" }],
      [{ emails: ["jsmith@gmail.com"] }, { emails: ["j.smith+news@gmail.com"] }],
      [{ emails: ["karen@acme.com"] }, { name: "Karen Holenski", organization: "Acme" }],
      [
        { emails: ["ashleya@pinelight.com"] },
        { name: "Ashley Allen", organization: "Pinelight Health" },
      ],
      [{ emails: ["jimvedamley@yahoo.com"] }, { name: "James Vedamley" }],
      [
        { name: "Patricia", handles: [{ platform: "twitter", handle: "trishvedowez" }] },
        { name: "Patricia Vedowez" },
      ],
      [{ name: "Rose Huxard | Pixelfield Group" }, { emails: ["rose@pixelfield.com"] }],
      // Postcode digits transposed, suburb misread: the house and street within the postcode's digits.
      [
        { name: "H. Rcyes", location: "272 Kent Cres Mount Elwoocl QLD 3409" },
        { name: "Helen Reyes", location: "272 KENT CRESCENT, MOUNT ELWOOD QLD 4309" },
      ],
      // Customer number one insertion apart, name written family name first without a comma.
      [
        { name: "Bradamman Stephne", externalIds: [{ source: "customer", id: "9407324" }] },
        { name: "BRADAMMAN, Stephen", externalIds: [{ source: "customer", id: "94907324" }] },
      ],
    ];
    expectSharedBlocks(pairs, true);
  });

  it("keeps unrelated people apart, and colleagues whose own addresses are known", () => {
    const pairs: Array<[PersonCandidate, PersonCandidate]> = [
      [
        { name: "John Smith", location: "Berlin" },
        { name: "Mary Jones", location: "Berlin" },
      ],
      [
        { name: "John Smith", emails: ["john.smith@acme.com"] },
        { name: "John Doe", emails: ["john.doe@acme.com"] },
      ],
      // A postcode and a family name are shared by a household; the given initial tells it apart.
      [
        { name: "John Smith", location: "5 Kent St, Richmond VIC 3121" },
        { name: "Mary Smith", location: "80 Hill Rd, Richmond VIC 3121" },
      ],
      // Customer numbers alike in their first five digits, names alike only in their first letter.
      [
        { name: "John Smith", externalIds: [{ source: "customer", id: "12345678" }] },
        { name: "Jane Watson", externalIds: [{ source: "customer", id: "12345999" }] },
      ],
    ];
    expectSharedBlocks(pairs, false);
  });

  it("stays a small set of keys per record", () => {
    const keys = blockingKeys({
      name: "Robert Smith",
      emails: ["bob.smith@acme.com", "rsmith@gmail.com"],
      phones: ["+14155550132"],
      handles: [{ platform: "twitter", handle: "bobsmith" }],
      organization: "Acme",
      location: "Berlin",
    });
    expect(keys.length).toBeLessThanOrEqual(60);
    // A typical CRM record: every key is a row written on import.
    expect(
      blockingKeys({
        name: "Robert Smith",
        emails: ["bob.smith@acme.com"],
        organization: "Acme",
        location: "Berlin",
      }).length,
    ).toBeLessThanOrEqual(16);
  });
});
