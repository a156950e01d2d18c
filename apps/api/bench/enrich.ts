import {
  CLEAR_RATING,
  pearsonCorrelation,
  polarityAgreement,
  RATED_SETS,
  type RatedExample,
  type RatedSetScores,
  readGradedSet,
  readGroundTruth,
  readIntentSet,
  readPolaritySet,
  readRatedSet,
  SENTIMENT_CHANNELS,
  SENTIMENT_SPLITS,
  type SentimentChannel,
  scoreRatedSet,
  vaderCompound,
} from "../eval/enrich/eval-sets.ts";
import { fitWeakerWordRatings } from "../eval/enrich/word-ratings.ts";
import {
  classifyIntent,
  compileBrandMatcher,
  enrichMessage,
  INTENTS,
  type Intent,
  scoreSentiment,
} from "../src/enrich/index.ts";
import { wordTableFor } from "../src/enrich/lexicon.ts";
import { scoreWithProfile } from "../src/enrich/sentiment.ts";
import { SENTIMENT_PROFILES, type SentimentProfile } from "../src/enrich/sentiment-profiles.ts";

/*
 * `pnpm bench enrich [--messages=200000] [--ratings=<file> [--ratings-kind=social] [--fit-word-ratings]]`:
 * accuracy of the enrichment module on the hand-labelled sets in
 * apps/api/eval/enrich, sentiment next to the stock vader-sentiment package on
 * every rated set per channel and split (and on an outside file of human ratings
 * in VADER's ground-truth layout, scored as the given kind of text), and
 * throughput next to a baseline of just lowercasing and tokenizing the same
 * texts, measured in the same run. `--fit-word-ratings` also fits weaker word ratings to the
 * file's odd lines (eval/enrich/word-ratings.ts) and prints them as the kind's table of
 * re-ratings: how social-lexicon.ts's TWEET_VALENCES were made from VADER's rated tweets.
 */

const DEFAULT_MESSAGES = 200_000;
const WARMUP_MESSAGES = 20_000;
const MEASURED_ROUNDS = 5;
/** The stock vader-sentiment scorer is about 30x slower; a smaller sample keeps the run short. */
const VADER_REFERENCE_MESSAGES = 20_000;
const POLARITY_TARGET = 0.85;
const CORRELATION_TARGET = 0.85;
/** Issue 17: beyond plain VADER on social posts. */
const SOCIAL_CORRELATION_TARGET = 0.9;
const WORD_SPLIT = /[^\p{L}\p{N}']+/u;

/** The fictional brands the evaluation posts talk about, so that mention matching does real work. */
const EVAL_BRANDS = [
  ["acme", "Acme", ["Acme Cloud"]],
  ["orbit", "Orbit", ["Orbit X2", "Orbit X3"]],
  ["zephyr", "Zephyr Air", []],
  ["nimbus", "Nimbus", ["Nimbus Bank"]],
  ["brightline", "Brightline", []],
  ["freshcart", "FreshCart", []],
  ["clouddesk", "CloudDesk", []],
  ["heron", "Heron", []],
  ["parcelo", "Parcelo", []],
  ["streamly", "Streamly", []],
  ["voltcar", "Voltcar", []],
  ["ledgerly", "Ledgerly", []],
] as const;

interface Throughput {
  messagesPerSecond: number;
  microsecondsPerMessage: number;
}

/**
 * Runs `work` over the texts round-robin in a few rounds and keeps the fastest,
 * since other processes on a shared machine only ever make a round slower.
 * The checksum keeps the JIT from dropping the work.
 */
function measure(
  texts: readonly string[],
  messages: number,
  work: (text: string) => number,
): Throughput {
  let checksum = 0;
  for (let i = 0; i < Math.min(WARMUP_MESSAGES, messages); i++)
    checksum += work(texts[i % texts.length]!);
  const perRound = Math.ceil(messages / MEASURED_ROUNDS);
  let fastestSeconds = Infinity;
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    const started = performance.now();
    for (let i = 0; i < perRound; i++)
      checksum += work(texts[(round * perRound + i) % texts.length]!);
    fastestSeconds = Math.min(fastestSeconds, (performance.now() - started) / 1000);
  }
  if (Number.isNaN(checksum)) throw new Error("benchmark checksum is NaN");
  return {
    messagesPerSecond: perRound / fastestSeconds,
    microsecondsPerMessage: (fastestSeconds * 1e6) / perRound,
  };
}

function readMessageCount(args: readonly string[]): number {
  const flag = args.find((arg) => arg.startsWith("--messages="));
  const count = flag === undefined ? DEFAULT_MESSAGES : Number(flag.slice("--messages=".length));
  if (!Number.isInteger(count) || count <= 0)
    throw new Error(`--messages must be a positive integer, got ${flag}`);
  return count;
}

const formatRate = (t: Throughput) =>
  `${Math.round(t.messagesPerSecond).toLocaleString("en-US").padStart(10)} msg/s  ${t.microsecondsPerMessage.toFixed(2).padStart(6)} µs/msg`;
const verdict = (value: number, target: number) => (value >= target ? "ok" : "BELOW TARGET");
const averageLength = (texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + text.length, 0) / texts.length;

function printConfusion(examples: readonly { text: string; intent: Intent }[]): number {
  const counts = new Map<string, number>();
  let correct = 0;
  for (const { text, intent } of examples) {
    const predicted = classifyIntent(text);
    if (predicted === intent) correct++;
    counts.set(`${intent}>${predicted}`, (counts.get(`${intent}>${predicted}`) ?? 0) + 1);
  }
  console.log(
    `  ${"actual \\ predicted".padEnd(20)}${INTENTS.map((intent) => intent.padStart(10)).join("")}`,
  );
  for (const actual of INTENTS) {
    const row = INTENTS.map((predicted) =>
      String(counts.get(`${actual}>${predicted}`) ?? 0).padStart(10),
    );
    console.log(`  ${actual.padEnd(20)}${row.join("")}`);
  }
  return correct / examples.length;
}

function readRatingsFlags(
  args: readonly string[],
): { file: string; kind: SentimentChannel; fit: boolean } | null {
  const value = (name: string) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const file = value("ratings");
  const kind = value("ratings-kind") ?? "social";
  if (file === undefined && args.includes("--fit-word-ratings"))
    throw new Error("--fit-word-ratings fits to an outside file: give it with --ratings=<file>");
  if (!SENTIMENT_CHANNELS.includes(kind as SentimentChannel))
    throw new Error(`--ratings-kind must be one of ${SENTIMENT_CHANNELS.join(", ")}, got ${kind}`);
  return file === undefined
    ? null
    : { file, kind: kind as SentimentChannel, fit: args.includes("--fit-word-ratings") };
}

const formatScores = (scores: RatedSetScores) =>
  `${scores.correlation.toFixed(3).padStart(6)} ${scores.clearAgreement.toFixed(3).padStart(7)} ${scores.meanAbsoluteError.toFixed(2).padStart(5)}`;

/** One table row's figures: texts, clear texts, Parley's and VADER's scores, and Parley's lead in r. */
function comparedWithVader(
  examples: readonly RatedExample[],
  kind: SentimentChannel,
): { figures: string; parley: RatedSetScores } {
  const parley = scoreRatedSet(examples, (text) => scoreSentiment(text, kind));
  const vader = scoreRatedSet(examples, vaderCompound);
  const gap = parley.correlation - vader.correlation;
  return {
    parley,
    figures: `${String(examples.length).padStart(6)}${String(parley.clearTexts).padStart(6)}   ${formatScores(parley)}    ${formatScores(vader)}   ${gap >= 0 ? "+" : ""}${gap.toFixed(3)}`,
  };
}

/** Parley next to stock VADER on every rated set: the "at least VADER everywhere" in one table. */
function printRatedSets(): void {
  console.log(
    `\nSentiment per channel, Parley next to stock vader-sentiment in the same run (rated sets in apps/api/eval/enrich/sentiment)`,
  );
  console.log(
    `  r: Pearson with the mean rating; agree: sign right on texts rated at least ${CLEAR_RATING} from neutral; MAE: |4 x score - rating|`,
  );
  console.log(
    `  ${"set".padEnd(17)}${"split".padEnd(9)}${"texts".padStart(6)}${"clear".padStart(6)}   Parley r  agree   MAE    VADER r  agree   MAE   r vs VADER`,
  );
  for (const { name, kind } of RATED_SETS) {
    for (const split of SENTIMENT_SPLITS) {
      const examples = readRatedSet(name, split);
      const { figures, parley } = comparedWithVader(examples, kind);
      const target =
        name === "social"
          ? ` (target r >= ${SOCIAL_CORRELATION_TARGET}: ${verdict(parley.correlation, SOCIAL_CORRELATION_TARGET)})`
          : "";
      console.log(`  ${name.padEnd(17)}${split.padEnd(9)}${figures}${target}`);
    }
  }
}

/**
 * Parley next to stock VADER on a file of outside human ratings (VADER's own
 * published tweets, say), whole and in its odd-line and even-line halves: a change
 * looked for on one half must show on the other too.
 */
function printGroundTruth(file: string, kind: SentimentChannel): void {
  const examples = readGroundTruth(file);
  console.log(`\nOutside ratings: ${file}, scored as ${kind}`);
  console.log(
    `  ${"part".padEnd(30)}${"texts".padStart(6)}${"clear".padStart(6)}   Parley r  agree   MAE    VADER r  agree   MAE   r vs VADER`,
  );
  for (const [part, subset] of [
    ["all", examples],
    ["odd lines (looked at)", examples.filter((example) => example.position % 2 === 1)],
    ["even lines (only measured)", examples.filter((example) => example.position % 2 === 0)],
  ] as const) {
    console.log(`  ${part.padEnd(30)}${comparedWithVader(subset, kind).figures}`);
  }
}

/**
 * Weaker word ratings fitted to the odd lines of an outside file, from the kind's profile without
 * the tweet re-ratings, printed as table entries with the rating each replaces.
 */
function printFittedWordRatings(file: string, kind: SentimentChannel): void {
  const odd = readGroundTruth(file).filter((example) => example.position % 2 === 1);
  const profile = { ...SENTIMENT_PROFILES[kind], tweetRatings: false };
  const table = wordTableFor(profile);
  const fitted = fitWeakerWordRatings(odd, profile);
  console.log(`\nWord ratings fitted to the odd lines of ${file} (${fitted.size} words):`);
  for (const [word, valence] of [...fitted].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`  ${word}: ${valence}, // ${table.get(word)!.valence}`);
}

const EXTENSIONS = [
  "customerRatings",
  "tweetRatings",
  "complaintPhrases",
  "extraNegators",
  "namedDepartments",
  "softNegation",
  "poolWords",
] as const satisfies readonly (keyof SentimentProfile)[];

/**
 * What each switchable extension is worth on each channel: the change in r when
 * it is flipped from the channel's profile (sentiment-profiles.ts). An
 * extension is on where the tune set says it helps and the holdout does not
 * contradict it.
 */
function printExtensionEffects(): void {
  console.log(
    `\nEach extension's worth per channel: r of the channel's profile minus r with that extension flipped (tune / holdout; * = on in the profile)`,
  );
  console.log(`  ${"set".padEnd(17)}${EXTENSIONS.map((name) => name.padStart(22)).join("")}`);
  for (const { name: set, kind } of RATED_SETS) {
    const profile = SENTIMENT_PROFILES[kind];
    const cells = EXTENSIONS.map((name) => {
      const flipped = { ...profile, [name]: !profile[name] };
      const worth = SENTIMENT_SPLITS.map((split) => {
        const examples = readRatedSet(set, split);
        const r = (p: SentimentProfile) =>
          scoreRatedSet(examples, (text) => scoreWithProfile(text, p)).correlation;
        const gain = r(profile) - r(flipped);
        return `${gain >= 0 ? "+" : ""}${gain.toFixed(3)}`;
      });
      return `${profile[name] ? "*" : " "}${worth.join(" / ")}`.padStart(22);
    });
    console.log(`  ${set.padEnd(17)}${cells.join("")}`);
  }
}

export default async function main(args: string[]): Promise<void> {
  const messages = readMessageCount(args);
  const outsideRatings = readRatingsFlags(args);
  const polarity = readPolaritySet();
  const graded = readGradedSet();
  const intents = readIntentSet();

  console.log("Enrichment accuracy (hand-labelled sets in apps/api/eval/enrich)");
  const agreement = polarityAgreement(polarity, scoreSentiment);
  console.log(
    `  polarity agreement   ${agreement.toFixed(3)}  on ${polarity.length} posts  (target >= ${POLARITY_TARGET}: ${verdict(agreement, POLARITY_TARGET)})`,
  );
  const ratings = graded.map((example) => example.rating);
  const correlation = pearsonCorrelation(
    graded.map((example) => scoreSentiment(example.text)),
    ratings,
  );
  console.log(
    `  Pearson r vs ratings ${correlation.toFixed(3)}  on ${graded.length} posts  (target >= ${CORRELATION_TARGET}: ${verdict(correlation, CORRELATION_TARGET)})`,
  );
  console.log(`  intent confusion on ${intents.length} posts:`);
  const intentAccuracy = printConfusion(intents);
  console.log(`  intent accuracy      ${intentAccuracy.toFixed(3)}`);
  printRatedSets();
  if (outsideRatings) printGroundTruth(outsideRatings.file, outsideRatings.kind);
  if (outsideRatings?.fit) printFittedWordRatings(outsideRatings.file, outsideRatings.kind);
  printExtensionEffects();

  const texts = [...polarity, ...graded, ...intents].map((example) => example.text);
  // Pairs of posts approximate the 100-character message the throughput target is stated for.
  const pairedTexts = texts.map((text, i) => `${text} ${texts[(i + 7) % texts.length]}`);
  const matcher = compileBrandMatcher(
    EVAL_BRANDS.map(([id, name, terms]) => ({ id, name, kind: "own" as const, terms: [...terms] })),
  );
  const enrich = (text: string) => {
    const { sentiment, mentions } = enrichMessage(text, matcher);
    return sentiment + mentions.length;
  };
  const tokenizeOnly = (text: string) => text.toLowerCase().split(WORD_SPLIT).length;

  console.log(
    `\nThroughput, one core, ${messages.toLocaleString("en-US")} messages per row, fastest of ${MEASURED_ROUNDS} rounds`,
  );
  for (const [label, sample] of [
    ["eval posts", texts],
    ["paired posts", pairedTexts],
  ] as const) {
    const baseline = measure(sample, messages, tokenizeOnly);
    const enriched = measure(sample, messages, enrich);
    console.log(`  ${label} (avg ${averageLength(sample).toFixed(0)} chars)`);
    console.log(`    baseline lowercase+split ${formatRate(baseline)}`);
    console.log(
      `    enrichMessage            ${formatRate(enriched)}   ${(enriched.microsecondsPerMessage / baseline.microsecondsPerMessage).toFixed(1)}x baseline`,
    );
  }

  const vaderAgreement = polarityAgreement(polarity, vaderCompound);
  const vaderCorrelation = pearsonCorrelation(
    graded.map((example) => vaderCompound(example.text)),
    ratings,
  );
  const vaderSpeed = measure(texts, VADER_REFERENCE_MESSAGES, vaderCompound);
  console.log(`\nReference: stock vader-sentiment package on the same sets`);
  console.log(
    `  polarity agreement ${vaderAgreement.toFixed(3)}, Pearson r ${vaderCorrelation.toFixed(3)}, eval posts ${formatRate(vaderSpeed)}`,
  );
}
