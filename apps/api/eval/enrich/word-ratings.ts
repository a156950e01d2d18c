// Fitting word ratings to rated texts: how the tweet re-ratings of social-lexicon.ts
// (TWEET_VALENCES) were made, and how to make them again on another file of ratings.
//
// VADER's raters rated each word alone. In tweets some words carry less than that rating:
// "win" and "free" in giveaways, "please" and "help" in requests, "hope", "yes" and "ok" as
// hedges. The fit finds them from the rated texts themselves, by rounds of residuals: score
// every text, fit the ratings to the scores with a line, and move each word's rating by the mean
// residual of the texts it appears in, shrunk toward nothing for rare words. Only moves toward
// zero are kept: a rating never grows or changes sign, so a text's sign stays what VADER's
// ratings make it (a fit that could also raise ratings gained as much r on held-out tweets but
// lost sign agreement, README "Tweet re-ratings").
import { type WordInfo, wordTableFor } from "../../src/enrich/lexicon.ts";
import { scoreWithTable } from "../../src/enrich/sentiment.ts";
import type { SentimentProfile } from "../../src/enrich/sentiment-profiles.ts";
import { CLEAR_RATING, type RatedExample } from "./eval-sets.ts";

export interface WordRatingFit {
  /** Rounds of residuals. */
  rounds: number;
  /** Texts a word must appear in to be re-rated. */
  minTexts: number;
  /** Shrinkage: a word in n texts moves by n / (n + shrinkage) of its mean residual. */
  shrinkage: number;
}

/** The settings TWEET_VALENCES was fitted with (three rounds, words in at least 8 tweets). */
export const TWEET_FIT: WordRatingFit = { rounds: 3, minTexts: 8, shrinkage: 10 };

/** Ratings moved by less than this are left as they were: noise, not a finding. */
const SMALLEST_CHANGE = 0.1;

/**
 * Words of `profile`'s table, with a rating, whose fitted rating is weaker than today's: word ->
 * fitted rating, rounded to one decimal as VADER's lexicon is.
 */
export function fitWeakerWordRatings(
  examples: readonly RatedExample[],
  profile: Readonly<SentimentProfile>,
  fit: WordRatingFit = TWEET_FIT,
): Map<string, number> {
  const base = wordTableFor(profile);
  const table = new Map<string, Readonly<WordInfo>>(base);
  const words = examples.map(
    (example) =>
      new Set(
        (example.text.toLowerCase().match(/[a-z']+/g) ?? []).filter(
          // Laughter, emoticons and emoji keep their ratings: other rules read them by it
          // ("I'm dead lol" is laughter because "lol" is rated as praise).
          (word) => (base.get(word)?.valence ?? 0) !== 0 && !base.get(word)!.expressive,
        ),
      ),
  );
  const ratings = examples.map((example) => example.rating);
  const texts = new Map<string, number[]>();
  words.forEach((inText, i) => {
    for (const word of inText) {
      const holders = texts.get(word);
      if (holders) holders.push(i);
      else texts.set(word, [i]);
    }
  });
  // VADER's ratings' scores: the first round's, and what the final guard compares against.
  const before = examples.map((example) => scoreWithTable(example.text, profile, base));
  const moved = new Map<string, number>();
  for (let round = 0; round < fit.rounds; round++) {
    const scores =
      round === 0
        ? before
        : examples.map((example) => scoreWithTable(example.text, profile, table));
    const { slope, intercept } = leastSquaresLine(scores, ratings);
    const steps = new Map<string, number>();
    for (const [word, holders] of texts) {
      if (holders.length < fit.minTexts) continue;
      const rated = base.get(word)!.valence;
      const mean =
        holders.reduce((sum, i) => sum + ratings[i]! - (slope * scores[i]! + intercept), 0) /
        holders.length;
      const step = (mean * holders.length) / (holders.length + fit.shrinkage);
      // Only toward zero: a step of the rating's own sign would strengthen it.
      if (Math.sign(step) === Math.sign(rated)) continue;
      const current = moved.get(word) ?? rated;
      const valence = Math.sign(current + step) === Math.sign(rated) ? current + step : 0;
      // Nor at the cost of a clearly rated text's sign: weakening "ok" must not turn an
      // "ok, a bit bored" that its raters read as positive.
      table.set(word, { ...base.get(word)!, valence });
      const losesASign = holders.some(
        (i) =>
          Math.abs(ratings[i]!) >= CLEAR_RATING &&
          Math.sign(scores[i]!) === Math.sign(ratings[i]!) &&
          Math.sign(scoreWithTable(examples[i]!.text, profile, table)) !== Math.sign(ratings[i]!),
      );
      table.set(word, { ...base.get(word)!, valence: current });
      if (!losesASign) steps.set(word, valence);
    }
    for (const [word, valence] of steps) {
      moved.set(word, valence);
      table.set(word, { ...base.get(word)!, valence });
    }
  }
  const fitted = new Map<string, number>();
  for (const [word, valence] of moved) {
    const rated = base.get(word)!.valence;
    const rounded = Math.round(valence * 10) / 10;
    if (Math.abs(rated - rounded) >= SMALLEST_CHANGE) fitted.set(word, rounded);
  }
  // Each step was checked alone; together they may still turn a clearly rated text. The word in
  // it that moved most goes back to its rating until none does.
  const signRight = (score: number, i: number) => Math.sign(score) === Math.sign(ratings[i]!);
  for (;;) {
    const final = new Map(base);
    for (const [word, valence] of fitted) final.set(word, { ...base.get(word)!, valence });
    // A text turned with none of its words re-rated (through an entry a misspelling shares) is
    // not the fit's to undo.
    const [mostMoved] = examples
      .flatMap((example, i) =>
        Math.abs(ratings[i]!) >= CLEAR_RATING &&
        signRight(before[i]!, i) &&
        !signRight(scoreWithTable(example.text, profile, final), i)
          ? [...words[i]!].filter((word) => fitted.has(word))
          : [],
      )
      .sort(
        (a, b) =>
          Math.abs(base.get(b)!.valence - fitted.get(b)!) -
          Math.abs(base.get(a)!.valence - fitted.get(a)!),
      );
    if (mostMoved === undefined) return fitted;
    fitted.delete(mostMoved);
  }
}

function leastSquaresLine(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number } {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { slope, intercept: meanY - slope * meanX };
}
