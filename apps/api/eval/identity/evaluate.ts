// Measures the reference resolver against the generated ground truth with
// pairwise metrics: a pair of records is "found" when the resolver puts both
// in one person, automatically or through accepted suggestions.
import {
  blockingKeys,
  MAX_BLOCK_SIZE,
  SUGGEST_THRESHOLD,
  scorePair,
} from "../../src/identity/similarity.ts";
import type { EvalRecord } from "./generate.ts";
import { type Resolution, resolveInMemory, UnionFind } from "./resolve.ts";

export interface EvaluationReport {
  records: number;
  people: number;
  /** Record pairs that truly describe one person. */
  truePairs: number;
  autoMergedPairs: number;
  /** Share of automatically merged record pairs that truly are one person (target >= 0.99). */
  autoMergePrecision: number;
  autoMergeRecall: number;
  suggestions: number;
  /** Share of suggestions whose two records truly are one person. */
  suggestionPrecision: number;
  /** Share of true pairs joined by automatic merges plus suggestions, if all were accepted (target >= 0.95). */
  combinedRecall: number;
  /** Pairwise precision after accepting every suggestion. */
  combinedPrecision: number;
  /** Share of true pairs joined if every compared true pair were suggested: the ceiling blocking leaves. */
  blockingRecall: number;
  comparedPairs: number;
  comparisonsPerRecord: number;
  skippedBlocks: number;
  guardedKeys: number;
  seconds: number;
  recordsPerSecond: number;
  /** Observed share of true pairs among compared pairs, per score band: scores should read as probabilities. */
  calibration: Array<{ from: number; to: number; pairs: number; truePairs: number }>;
  /**
   * Why the true pairs that merges and suggestions leave apart were missed: the pair shares no
   * blocking key, shares only keys whose blocks outgrew MAX_BLOCK_SIZE (and how many of those
   * scorePair would suggest if they were compared), or was compared and scored below the threshold.
   */
  missed: {
    pairs: number;
    noSharedKey: number;
    onlyOversizedBlocks: number;
    oversizedButSuggestible: number;
    scoredBelowThreshold: number;
  };
  /** What other suggestion thresholds would give. */
  thresholds: Array<{ threshold: number; combinedRecall: number; suggestionPrecision: number }>;
  resolution: Resolution;
}

const SWEPT_THRESHOLDS = [...new Set([0.05, SUGGEST_THRESHOLD, 0.2, 1 / 3, 0.5, 0.7, 0.9])].sort(
  (x, y) => x - y,
);

export function evaluate(records: readonly EvalRecord[]): EvaluationReport {
  const truth = records.map((r) => r.truthId);
  const scored: Array<{ a: number; b: number; score: number }> = [];
  const started = performance.now();
  const resolution = resolveInMemory(records, {
    onScored: (a, b, score) => scored.push({ a, b, score }),
  });
  const seconds = (performance.now() - started) / 1000;
  const same = (a: number, b: number): boolean => truth[a] === truth[b];

  const truePairs = pairsWithin(groupIndexes(truth), truth).total;
  const auto = pairsWithin(groupIndexes(Array.from(resolution.personOf, String)), truth);
  const joined = (
    edges: Iterable<{ a: number; b: number }>,
  ): { total: number; matching: number } => {
    const people = new UnionFind(records.length);
    resolution.personOf.forEach((person, i) => people.union(person, i));
    for (const edge of edges) people.union(edge.a, edge.b);
    return pairsWithin(groupIndexes(records.map((_, i) => String(people.find(i)))), truth);
  };
  const combined = joined(resolution.suggestions);
  const missed = explainMisses(records, resolution);
  const correctSuggestions = resolution.suggestions.filter((s) => same(s.a, s.b)).length;

  return {
    records: records.length,
    people: new Set(truth).size,
    truePairs,
    autoMergedPairs: auto.total,
    autoMergePrecision: ratio(auto.matching, auto.total),
    autoMergeRecall: ratio(auto.matching, truePairs),
    suggestions: resolution.suggestions.length,
    suggestionPrecision: ratio(correctSuggestions, resolution.suggestions.length),
    combinedRecall: ratio(combined.matching, truePairs),
    combinedPrecision: ratio(combined.matching, combined.total),
    blockingRecall: ratio(joined(scored.filter((p) => same(p.a, p.b))).matching, truePairs),
    comparedPairs: resolution.comparedPairs,
    comparisonsPerRecord: resolution.comparedPairs / records.length,
    skippedBlocks: resolution.skippedBlocks,
    guardedKeys: resolution.guardedKeys,
    seconds,
    recordsPerSecond: records.length / seconds,
    missed,
    calibration: calibrate(scored, same),
    thresholds: SWEPT_THRESHOLDS.map((threshold) => {
      const suggested = scored.filter((p) => p.score > threshold);
      return {
        threshold,
        combinedRecall: ratio(joined(suggested).matching, truePairs),
        suggestionPrecision: ratio(
          suggested.filter((p) => same(p.a, p.b)).length,
          suggested.length,
        ),
      };
    }),
    resolution,
  };
}

function explainMisses(
  records: readonly EvalRecord[],
  resolution: Resolution,
): EvaluationReport["missed"] {
  const people = new UnionFind(records.length);
  resolution.personOf.forEach((person, i) => people.union(person, i));
  for (const edge of resolution.suggestions) people.union(edge.a, edge.b);
  const missed = {
    pairs: 0,
    noSharedKey: 0,
    onlyOversizedBlocks: 0,
    oversizedButSuggestible: 0,
    scoredBelowThreshold: 0,
  };
  for (const group of groupIndexes(records.map((record) => record.truthId))) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [group[x]!, group[y]!];
        if (people.find(a) === people.find(b)) continue;
        missed.pairs++;
        const keysOfB = new Set(blockingKeys(records[b]!));
        const shared = blockingKeys(records[a]!).filter((key) => keysOfB.has(key));
        if (shared.length === 0) missed.noSharedKey++;
        else if (shared.every((key) => (resolution.blockSizes.get(key) ?? 0) > MAX_BLOCK_SIZE)) {
          missed.onlyOversizedBlocks++;
          const { score } = scorePair(records[a]!, records[b]!, resolution.scoreOptions);
          if (score > SUGGEST_THRESHOLD) missed.oversizedButSuggestible++;
        } else missed.scoredBelowThreshold++;
      }
    }
  }
  return missed;
}

function calibrate(
  scored: ReadonlyArray<{ a: number; b: number; score: number }>,
  same: (a: number, b: number) => boolean,
): EvaluationReport["calibration"] {
  const bands = Array.from({ length: 5 }, (_, i) => ({
    from: i / 5,
    to: (i + 1) / 5,
    pairs: 0,
    truePairs: 0,
  }));
  for (const pair of scored) {
    const band = bands[Math.min(bands.length - 1, Math.floor(pair.score * bands.length))]!;
    band.pairs++;
    if (same(pair.a, pair.b)) band.truePairs++;
  }
  return bands;
}

function groupIndexes(labels: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const group = groups.get(label);
    if (group) group.push(i);
    else groups.set(label, [i]);
  });
  return [...groups.values()];
}

/** Counts the record pairs inside groups, and those among them that describe one true person. */
function pairsWithin(
  groups: number[][],
  truth: readonly string[],
): { total: number; matching: number } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  let total = 0;
  let matching = 0;
  for (const group of groups) {
    total += pairs(group.length);
    const perPerson = new Map<string, number>();
    for (const record of group)
      perPerson.set(truth[record]!, (perPerson.get(truth[record]!) ?? 0) + 1);
    for (const count of perPerson.values()) matching += pairs(count);
  }
  return { total, matching };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
