// `pnpm bench identity`: quality and cost of identity resolution on generated
// people with known ground truth, using the in-memory reference resolver
// (the same functions, used the same way, as the database pipeline).
//   --sizes=2000,10000,50000   people per generated set
//   --seed=1                   generator seed
import { evaluate, type EvaluationReport } from "../identity/eval/evaluate";
import { generateEvaluationSet } from "../identity/eval/generate";
import { resolveInMemory } from "../identity/eval/resolve";
import { scorePair, SUGGEST_THRESHOLD } from "../identity/similarity";

const DEFAULT_SIZES = [2_000, 10_000, 50_000];
const TARGET_AUTO_MERGE_PRECISION = 0.99;
const TARGET_COMBINED_RECALL = 0.95;

interface BenchOptions {
  sizes: number[];
  seed: number;
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  console.log(`Identity resolution, in-memory reference resolver (seed ${options.seed}, suggest above ${SUGGEST_THRESHOLD.toFixed(2)})`);
  console.log(
    row(["people", "records", "auto P", "auto R", "sugg P", "auto+sugg R", "blocking R", "cmp/record", "records/s"]),
  );
  let largest: EvaluationReport | null = null;
  for (const people of options.sizes) {
    const { records } = generateEvaluationSet({ people, seed: options.seed });
    const report = evaluate(records);
    largest = report;
    console.log(row([
      count(people), count(report.records), share(report.autoMergePrecision), share(report.autoMergeRecall),
      share(report.suggestionPrecision), share(report.combinedRecall), share(report.blockingRecall),
      report.comparisonsPerRecord.toFixed(2), count(Math.round(report.recordsPerSecond)),
    ]));
    console.log(
      `  auto-merge precision ${verdict(report.autoMergePrecision >= TARGET_AUTO_MERGE_PRECISION)} (target >= ${TARGET_AUTO_MERGE_PRECISION}),`
      + ` auto+suggestion recall ${verdict(report.combinedRecall >= TARGET_COMBINED_RECALL)} (target >= ${TARGET_COMBINED_RECALL});`
      + ` ${count(report.suggestions)} suggestions, ${report.guardedKeys} shared identifiers held back from automatic merges,`
      + ` ${report.skippedBlocks} oversized blocks skipped`,
    );
  }
  if (largest) printScoreQuality(largest);
  printScoreSpeed(options.seed);
}

function printScoreQuality(report: EvaluationReport): void {
  console.log(`\nAt ${count(report.people)} people:`);
  console.log("  calibration (compared pairs per score band -> share truly one person):");
  for (const band of report.calibration) {
    console.log(`    ${band.from.toFixed(1)}-${band.to.toFixed(1)}: ${count(band.pairs).padStart(9)} pairs, ${share(band.truePairs / Math.max(1, band.pairs))} true`);
  }
  console.log("  suggestion threshold -> auto+suggestion recall / suggestion precision:");
  for (const t of report.thresholds) {
    console.log(`    > ${t.threshold.toFixed(2)}: ${share(t.combinedRecall)} / ${share(t.suggestionPrecision)}`);
  }
}

/** scorePair alone, on pairs the resolver really compares: cached features (steady state) and fresh records. */
function printScoreSpeed(seed: number): void {
  const { records } = generateEvaluationSet({ people: 5_000, seed: seed + 1 });
  const pairs: Array<[number, number]> = [];
  resolveInMemory(records, { onScored: (a, b) => pairs.push([a, b]) });
  const time = (run: () => void): number => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const rounds = Math.max(1, Math.ceil(200_000 / pairs.length));
  const warm = time(() => {
    for (let round = 0; round < rounds; round++) for (const [a, b] of pairs) scorePair(records[a]!, records[b]!);
  });
  const fresh = records.map((record) => structuredClone(record));
  const cold = time(() => {
    for (const [a, b] of pairs) scorePair(fresh[a]!, fresh[b]!);
  });
  console.log(
    `\nscorePair: ${((warm * 1000) / (rounds * pairs.length)).toFixed(2)} µs per pair with cached record features,`
    + ` ${((cold * 1000) / pairs.length).toFixed(2)} µs per pair on first sight of the records`
    + ` (${count(pairs.length)} compared pairs from ${count(records.length)} records)`,
  );
}

function parseArgs(args: string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, seed: 1 };
  for (const arg of args) {
    const [name, value = ""] = arg.split("=", 2) as [string, string?];
    if (name === "--sizes") {
      options.sizes = value.split(",").map((text) => positiveInteger(text, "--sizes"));
    } else if (name === "--seed") {
      options.seed = positiveInteger(value, "--seed");
    } else {
      throw new Error(`bench identity: unknown argument "${arg}" (expected --sizes=2000,10000 or --seed=N)`);
    }
  }
  return options;
}

function positiveInteger(text: string, option: string): number {
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`bench identity: ${option} needs positive integers, got "${text}"`);
  return value;
}

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(8) : cell.padStart(12))).join("");
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function share(value: number): string {
  return value.toFixed(3);
}

function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}
