import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { type EvalRecord, generateEvaluationSet } from "./generate.ts";
import { generateRegistrySet } from "./registry.ts";
import { resolveInMemory } from "./resolve.ts";

describe("generateEvaluationSet", () => {
  it("is deterministic for a seed and different across seeds", () => {
    const first = generateEvaluationSet({ people: 300, seed: 7 });
    expect(generateEvaluationSet({ people: 300, seed: 7 })).toEqual(first);
    expect(generateEvaluationSet({ people: 300, seed: 8 })).not.toEqual(first);
  });

  it("labels every record and writes people 1 to 4 times across the five sources", () => {
    const { records } = generateEvaluationSet({ people: 1_000, seed: 1 });
    const perPerson = new Map<string, number>();
    for (const record of records)
      perPerson.set(record.truthId, (perPerson.get(record.truthId) ?? 0) + 1);
    expect(perPerson.size).toBe(1_000);
    expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(4);
    expect(new Set(records.map((r) => r.source))).toEqual(
      new Set(["crm", "mailchimp", "twitter", "zendesk", "forum"]),
    );
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it("contains hard negatives: different people with the same name", () => {
    const { records } = generateEvaluationSet({ people: 2_000, seed: 1 });
    const peopleByName = new Map<string, Set<string>>();
    for (const record of records) {
      if (!record.name || record.name.includes(",")) continue;
      const people = peopleByName.get(record.name) ?? new Set<string>();
      people.add(record.truthId);
      peopleByName.set(record.name, people);
    }
    expect([...peopleByName.values()].filter((people) => people.size > 1).length).toBeGreaterThan(
      10,
    );
  });
});

/** A hand-written record of the person `truthId`. */
const record = (id: string, truthId: string, fields: Partial<EvalRecord>): EvalRecord => ({
  source: "crm",
  id,
  truthId,
  ...fields,
});

describe("resolveInMemory", () => {
  it("merges records sharing a normalized address automatically", () => {
    const records = [
      record("a", "p1", { name: "John Smith", emails: ["John.Smith+news@gmail.com"] }),
      record("b", "p1", { name: "Smith, Johnny", emails: ["johnsmith@googlemail.com"] }),
    ];
    const { personOf } = resolveInMemory(records);
    expect(personOf[0]).toBe(personOf[1]);
  });

  it("does not merge relatives sharing a landline, and does not suggest them either", () => {
    const records = [
      record("a", "p1", { name: "John Smith", phones: ["(415) 555-0132"], location: "Austin" }),
      record("b", "p2", { name: "Mary Smith", phones: ["+1 415 555 0132"], location: "Austin" }),
    ];
    const resolution = resolveInMemory(records);
    expect(resolution.personOf[0]).not.toBe(resolution.personOf[1]);
    expect(resolution.guardedKeys).toBe(1);
    expect(resolution.suggestions).toEqual([]);
  });

  it("suggests, rather than merges, a nickname duplicate at the same company", () => {
    const records = [
      record("a", "p1", { name: "Bob Okafor", emails: ["bob@acme.com"], location: "Berlin" }),
      record("b", "p1", {
        name: "Robert Okafor",
        organization: "Acme Inc.",
        location: "Berlin, Germany",
      }),
    ];
    const resolution = resolveInMemory(records);
    expect(resolution.personOf[0]).not.toBe(resolution.personOf[1]);
    expect(resolution.suggestions).toHaveLength(1);
    expect(resolution.suggestions[0]!.explanation).toContain("nickname");
  });
});

describe("resolveInMemory's name-only blocks", () => {
  /** Namesakes, each at its own address with its own customer number, or without one. */
  const namesakes = (count: number, withNumbers: boolean) =>
    Array.from({ length: count }, (_, i) =>
      record(`n${i}`, `p${i}`, {
        name: "Kathleen Berelworth",
        location: `${10 + i} ${["Kent", "Hill", "Park", "Bay", "Lake", "Mill"][i]} St, Richmond VIC 3${i}21`,
        ...(withNumbers
          ? { externalIds: [{ source: "customer", id: String(i + 1).repeat(8) }] }
          : {}),
      }),
    );

  it("compares namesakes with addresses and customer numbers of their own only while few share the name", () => {
    // Four are compared with each other; a fifth leaves the name alone to people who share nothing else.
    expect(resolveInMemory(namesakes(4, true)).comparedPairs).toBe(6);
    expect(resolveInMemory(namesakes(5, true)).comparedPairs).toBe(0);
    // Without customer numbers, a person who moved is found only through the name: all are compared.
    expect(resolveInMemory(namesakes(5, false)).comparedPairs).toBe(10);
  });

  it("still finds the duplicate among them through its address", () => {
    const records = [
      ...namesakes(5, true),
      record("again", "p0", {
        name: "BERELWORTH, Kathlen",
        location: "10 Kent Street Richmond 3021",
        externalIds: [{ source: "customer", id: "11111121" }],
      }),
    ];
    const { suggestions } = resolveInMemory(records);
    expect(suggestions.map((s) => [s.a, s.b].sort())).toEqual([[0, 5]]);
  });
});

describe("resolveInMemory's user-name blocks", () => {
  it("finds a long user name's owner among more near-namesakes than a block holds", () => {
    // Everyone here shares the first letters "stephaniegal", more than MAX_BLOCK_SIZE of them.
    const families = ["andsen", "enmore", "ivorth", "orwood", "ington", "ardine", "ewater"];
    const nearNamesakes = families.flatMap((ending, i) => [
      record(`n${i}`, `p${i}`, { name: `Stephanie Gal${ending}`, location: "Austin" }),
      record(`m${i}`, `p${i}`, {
        source: "mailchimp",
        emails: [`stephaniegal${ending}@gmail.com`],
      }),
    ]);
    const records = [
      ...nearNamesakes,
      record("crm", "me", {
        name: "Stephanie Galevford",
        emails: ["stephanie.galevford@oakpeak.com"],
        organization: "Oakpeak Partners",
      }),
      record("forum", "me", {
        source: "forum",
        handles: [{ platform: "forum", handle: "stephaniegalevford55" }],
      }),
    ];
    const { suggestions } = resolveInMemory(records);
    const [crm, forum] = [records.length - 2, records.length - 1];
    expect(suggestions.map((s) => [s.a, s.b].sort((x, y) => x - y))).toContainEqual([crm, forum]);
  });
});

describe("evaluate", () => {
  it("keeps automatic merges precise and finds most duplicates with a flat comparison cost", () => {
    const small = evaluate(generateEvaluationSet({ people: 1_000, seed: 3 }).records);
    const large = evaluate(generateEvaluationSet({ people: 4_000, seed: 3 }).records);
    for (const report of [small, large]) {
      expect(report.autoMergePrecision).toBeGreaterThanOrEqual(0.99);
      expect(report.combinedRecall).toBeGreaterThanOrEqual(0.95);
      expect(report.suggestionPrecision).toBeGreaterThanOrEqual(0.8);
      expect(report.combinedRecall).toBeLessThanOrEqual(report.blockingRecall);
    }
    // Blocking, not all pairs: four times the people must not mean four times the comparisons per record.
    expect(large.comparisonsPerRecord).toBeLessThan(small.comparisonsPerRecord * 2);
    expect(large.comparisonsPerRecord).toBeLessThan(5);
  });
});

describe("evaluate's account of missed pairs", () => {
  it("tells a pair with nothing in common from one compared and scored too low", () => {
    const report = evaluate([
      // One person: a full record and a made-up handle with a city, which no key can join.
      record("a", "p1", { name: "Mary Rosingez", emails: ["maryr@signalvale.co"] }),
      record("b", "p1", { handles: [{ platform: "twitter", handle: "night_guru28" }] }),
      // Another, entered under two given names in two cities: compared (family name and
      // initial), and rightly not suggested.
      record("c", "p2", { name: "John Smith", location: "Austin" }),
      record("d", "p2", { name: "James Smith", location: "Berlin" }),
    ]);
    expect(report.missed).toEqual({
      pairs: 2,
      noSharedKey: 1,
      onlyOversizedBlocks: 0,
      oversizedButSuggestible: 0,
      scoredBelowThreshold: 1,
    });
  });
});

describe("evaluate on registry-style records", () => {
  it("keeps automatic merges precise and finds the duplicates that typos, OCR slips and missing fields hide", () => {
    const report = evaluate(generateRegistrySet({ people: 1_500, seed: 2 }).records);
    expect(report.autoMergePrecision).toBeGreaterThanOrEqual(0.99);
    expect(report.combinedRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.suggestionPrecision).toBeGreaterThanOrEqual(0.9);
    expect(report.resolution.suggestions.some((s) => s.explanation.includes("customer id 1"))).toBe(
      true,
    );
  });
});
