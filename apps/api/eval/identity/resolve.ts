// An in-memory reference resolver that uses the identity functions exactly as
// the set-based database pipeline does:
//   1. identity keys -> automatic merges through grouping.ts, the pipeline's own rule;
//   2. blocking keys -> candidate pairs (blocks above MAX_BLOCK_SIZE skipped, name-only blocks
//      above NAME_ONLY_ANCHORED_BLOCK_SIZE skipped for pairs anchoredElsewhere);
//   3. scorePair -> classifyPair -> merge suggestions between merged people.
// Each step is a GROUP BY or a join on an indexed key in SQL; nothing here
// compares all pairs.
import type { PersonCandidate } from "../../src/identity/candidate.ts";
import type { ComparisonModel } from "../../src/identity/fellegiSunter.ts";
import { groupByKeys, groupingKeys } from "../../src/identity/grouping.ts";
import {
  anchoredElsewhere,
  blockingKeys,
  classifyPair,
  comparisonVector,
  fitComparisonModel,
  givenNameKey,
  isNameOnlyKey,
  MAX_BLOCK_SIZE,
  NAME_ONLY_ANCHORED_BLOCK_SIZE,
  type NameFrequency,
  nameFrequency,
  nameKey,
  nameKeyWords,
  type ScoreOptions,
  scorePair,
} from "../../src/identity/similarity.ts";

export interface Suggestion {
  /** Record indexes of the best-scoring pair between the two merged people. */
  a: number;
  b: number;
  score: number;
  explanation: string;
}

export interface Resolution {
  /** Merged-person id per record index (the index of a representative record). */
  personOf: Int32Array;
  suggestions: Suggestion[];
  /** Record pairs scored by scorePair. */
  comparedPairs: number;
  /** Blocks skipped because they exceeded MAX_BLOCK_SIZE. */
  skippedBlocks: number;
  /** Identity keys not used for automatic merges because the records sharing them name different people. */
  guardedKeys: number;
  /** The address and customer-number weights fitted to this data set's compared pairs. */
  comparisonModel: ComparisonModel;
  /** How often each block key occurs (blocks above MAX_BLOCK_SIZE were skipped). */
  blockSizes: ReadonlyMap<string, number>;
  /** The name statistics and comparison model every pair was scored with. */
  scoreOptions: ScoreOptions;
}

export interface ResolveOptions {
  /** Called for every compared pair, for evaluation; the database pipeline has no counterpart. */
  onScored?: (a: number, b: number, score: number) => void;
}

/** A record as the evaluation holds it: a candidate, with its own source and id where it has them. */
export type EvaluatedRecord = PersonCandidate & { source?: string; id?: string };

export function resolveInMemory(
  records: readonly EvaluatedRecord[],
  options: ResolveOptions = {},
): Resolution {
  const count = records.length;
  // The import pipeline's grouping, on the keys the pipeline derives from the same records.
  const { find, guardedKeys } = groupByKeys({
    keysOf: records.map((record) =>
      groupingKeys(
        record,
        record.source !== undefined && record.id !== undefined
          ? { source: record.source, id: record.id }
          : undefined,
      ),
    ),
    givenNames: records.map(givenNameKey),
  });
  const personOf = Int32Array.from({ length: count }, (_, i) => find(i));

  const nameFrequencies = countNameFrequencies(records, personOf);
  const recordsByBlock = groupBy(records, blockingKeys);
  const blocksOf: Array<Array<{ members: number[]; nameOnly: boolean }>> = Array.from(
    { length: count },
    () => [],
  );
  let skippedBlocks = 0;
  for (const [key, members] of recordsByBlock) {
    if (members.length < 2) continue;
    if (members.length > MAX_BLOCK_SIZE) {
      skippedBlocks++;
      continue;
    }
    const block = {
      members,
      nameOnly: isNameOnlyKey(key) && members.length > NAME_ONLY_ANCHORED_BLOCK_SIZE,
    };
    for (const member of members) blocksOf[member]!.push(block);
  }

  const pairs: Array<[number, number]> = [];
  // Each partner, and whether some block other than a large name-only one brings it.
  const partners = new Map<number, boolean>();
  for (let i = 0; i < count; i++) {
    partners.clear();
    for (const { members, nameOnly } of blocksOf[i]!) {
      for (const j of members)
        if (j > i && personOf[j] !== personOf[i] && !partners.get(j)) partners.set(j, !nameOnly);
    }
    for (const [j, beyondNames] of partners)
      if (beyondNames || !anchoredElsewhere([records[i]!], [records[j]!])) pairs.push([i, j]);
  }
  // The address and customer-number weights are fitted to the compared pairs, as the pipeline does per batch.
  const comparisonModel = fitComparisonModel(
    pairs.map(([i, j]) => comparisonVector(records[i]!, records[j]!)),
  );
  const scoreOptions: ScoreOptions = {
    nameFrequency: (key: string) => nameFrequencies.get(key),
    comparisonModel,
  };
  const best = new Map<string, Suggestion>();
  for (const [i, j] of pairs) {
    const result = scorePair(records[i]!, records[j]!, scoreOptions);
    options.onScored?.(i, j, result.score);
    if (classifyPair(result.score) === "none") continue;
    const [p, q] = [personOf[i]!, personOf[j]!].sort((x, y) => x - y);
    const key = `${p}:${q}`;
    const current = best.get(key);
    if (!current || result.score > current.score) {
      best.set(key, { a: i, b: j, score: result.score, explanation: result.explanation });
    }
  }
  const comparedPairs = pairs.length;
  return {
    personOf,
    suggestions: [...best.values()],
    comparedPairs,
    skippedBlocks,
    guardedKeys,
    comparisonModel,
    blockSizes: new Map([...recordsByBlock].map(([key, members]) => [key, members.length])),
    scoreOptions,
  };
}

/** How common each name key is among merged people: the statistics scorePair weighs a shared name with. */
function countNameFrequencies(
  records: readonly PersonCandidate[],
  personOf: Int32Array,
): Map<string, NameFrequency> {
  const holdersByKey = new Map<string, Set<number>>();
  const holdersByWord = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, person: number): void => {
    const holders = map.get(key);
    if (holders) holders.add(person);
    else map.set(key, new Set([person]));
  };
  records.forEach((record, i) => {
    const key = nameKey(record);
    if (key === null) return;
    add(holdersByKey, key, personOf[i]!);
    for (const word of new Set(nameKeyWords(key))) add(holdersByWord, word, personOf[i]!);
  });
  const people = new Set(personOf).size;
  const wordCount = (word: string): number => holdersByWord.get(word)?.size ?? 0;
  return new Map(
    [...holdersByKey].map(([key, holders]) => {
      const [first, second] = nameKeyWords(key);
      return [
        key,
        nameFrequency({
          holders: holders.size,
          wordHolders: [wordCount(first), wordCount(second)],
          people,
        }),
      ];
    }),
  );
}

function groupBy(
  records: readonly PersonCandidate[],
  keysOf: (record: PersonCandidate) => string[],
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const key of keysOf(record)) {
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    }
  });
  return groups;
}

export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
