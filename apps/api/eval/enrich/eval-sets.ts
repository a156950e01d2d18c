import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as z from "zod";
import { INTENTS } from "../../src/enrich/intent.ts";
import { TEXT_KINDS } from "../../src/enrich/sentiment-profiles.ts";

/*
 * Hand-written social posts labelled by a person, used to measure the
 * enrichment functions (bench/enrich.ts) and to guard them against regressions.
 */
const polarityExample = z.object({ text: z.string(), label: z.enum(["positive", "negative"]) });
const gradedExample = z.object({ text: z.string(), rating: z.number().int().min(-4).max(4) });
const intentExample = z.object({ text: z.string(), intent: z.enum(INTENTS) });
/**
 * A text with the mean rating several people would give it on VADER's scale,
 * -4 (extremely negative) to 4, and where more than one writer rated it, each
 * writer's rating (`rating` is then their mean).
 */
const ratedExample = z
  .object({
    text: z.string().min(1),
    rating: z.number().min(-4).max(4),
    ratings: z.array(z.number().min(-4).max(4)).min(2).optional(),
  })
  .refine(
    ({ rating, ratings }) =>
      ratings === undefined ||
      Math.abs(rating - ratings.reduce((sum, r) => sum + r, 0) / ratings.length) < 0.01,
    { message: "rating must be the mean of ratings", path: ["rating"] },
  );

export type PolarityExample = z.infer<typeof polarityExample>;
export type GradedExample = z.infer<typeof gradedExample>;
export type IntentExample = z.infer<typeof intentExample>;
export type RatedExample = z.infer<typeof ratedExample>;

/** The kinds of text Parley ingests, each with its own rated set under eval/sentiment. */
export const SENTIMENT_CHANNELS = TEXT_KINDS;
export type SentimentChannel = (typeof SENTIMENT_CHANNELS)[number];
/**
 * "tune" may be looked at while changing the scorer; "holdout" is only ever
 * measured, so that its figures show how the changes generalize.
 */
export const SENTIMENT_SPLITS = ["tune", "holdout"] as const;
export type SentimentSplit = (typeof SENTIMENT_SPLITS)[number];

function readJsonLines<T>(fileName: string, schema: z.ZodType<T>): T[] {
  const file = path.join(import.meta.dirname, fileName);
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, lineIndex) => {
      if (line.trim() === "") return [];
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${fileName}:${lineIndex + 1}: ${z.prettifyError(parsed.error)}`);
      return [parsed.data];
    });
}

export const readPolaritySet = (): PolarityExample[] =>
  readJsonLines("polarity.jsonl", polarityExample);
export const readGradedSet = (): GradedExample[] => readJsonLines("graded.jsonl", gradedExample);
export const readIntentSet = (): IntentExample[] => readJsonLines("intent.jsonl", intentExample);
/**
 * The rated sets, each scored as its kind of text: one per kind, and the
 * everyday social posts apart (plain statements, mild opinions, news, questions,
 * written and rated blind in session 25), so that what Parley's extensions do to
 * ordinary tweets shows on its own line; and the plain tweets of the kind VADER's
 * own paper rated (plain praise and complaints, emoticons, "lol", capitals, "!!!",
 * written and rated blind in session 27), where the outside measurement of issue
 * 17 found Parley behind VADER.
 */
export const RATED_SETS = [
  ...SENTIMENT_CHANNELS.map((kind) => ({ name: kind, kind })),
  { name: "social-everyday", kind: "social" },
  { name: "social-plain", kind: "social" },
] as const satisfies readonly { name: string; kind: SentimentChannel }[];
export type RatedSetName = (typeof RATED_SETS)[number]["name"];

export const readRatedSet = (set: RatedSetName, split: SentimentSplit): RatedExample[] =>
  readJsonLines(`sentiment/${set}.${split}.jsonl`, ratedExample);

/**
 * A file of human ratings in the layout of VADER's published ground truth
 * (hutto_ICWSM_2014/*_GroundTruth.txt: `id<TAB>mean rating<TAB>text` a line),
 * which is not in this repository: `pnpm bench enrich --ratings=<file>` measures
 * Parley and VADER on it. Odd and even lines are kept apart, so that one half
 * can be looked at while the other is only measured.
 */
export interface GroundTruthExample extends RatedExample {
  id: string;
  /** 1-based position among the file's texts. */
  position: number;
}

export function readGroundTruth(file: string): GroundTruthExample[] {
  const examples: GroundTruthExample[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, lineIndex) => {
      if (line.trim() === "") return;
      const [id = "", rating, ...text] = line.split("\t");
      const parsed = ratedExample.safeParse({
        text: text.join("\t").trim(),
        rating: Number(rating),
      });
      if (!parsed.success || id.trim() === "")
        throw new Error(
          `${file}:${lineIndex + 1}: expected id<TAB>rating<TAB>text${parsed.success ? "" : `: ${z.prettifyError(parsed.error)}`}`,
        );
      examples.push({ ...parsed.data, id: id.trim(), position: examples.length + 1 });
    });
  return examples;
}

/** vader-sentiment ships without types; this is the one function we call. */
interface VaderPackage {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
const vaderPackage = createRequire(import.meta.url)("vader-sentiment") as VaderPackage;

/** The compound score of the stock vader-sentiment package: the reference Parley's scorer must not fall below. */
export const vaderCompound = (text: string): number =>
  vaderPackage.SentimentIntensityAnalyzer.polarity_scores(text).compound;

/**
 * A rating at least this far from neutral is "clearly" positive or negative: a
 * text the average rater calls at least slightly positive or negative, which
 * leaves out the texts raters themselves split on.
 */
export const CLEAR_RATING = 1;

export interface RatedSetScores {
  /** Pearson r between scores and ratings. */
  correlation: number;
  /** Share of clearly positive or negative texts whose score has the rating's sign (0 is a miss). */
  clearAgreement: number;
  clearTexts: number;
  /** Mean |4 * score - rating|: the score read on the rating scale. */
  meanAbsoluteError: number;
}

export function scoreRatedSet(
  examples: readonly RatedExample[],
  score: (text: string) => number,
): RatedSetScores {
  const scores = examples.map((example) => score(example.text));
  const ratings = examples.map((example) => example.rating);
  const clear = examples.flatMap((example, i) =>
    Math.abs(example.rating) >= CLEAR_RATING
      ? [Math.sign(example.rating) === Math.sign(scores[i]!)]
      : [],
  );
  return {
    correlation: pearsonCorrelation(scores, ratings),
    clearAgreement: clear.filter(Boolean).length / clear.length,
    clearTexts: clear.length,
    meanAbsoluteError:
      scores.reduce((sum, value, i) => sum + Math.abs(4 * value - ratings[i]!), 0) / scores.length,
  };
}

/** Share of examples whose score has the labelled sign; a score of 0 counts as a miss. */
export function polarityAgreement(
  examples: readonly PolarityExample[],
  score: (text: string) => number,
): number {
  const agreeing = examples.filter(({ text, label }) => {
    const value = score(text);
    return label === "positive" ? value > 0 : value < 0;
  });
  return agreeing.length / examples.length;
}

export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]! / n;
    meanY += ys[i]! / n;
  }
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
}
