import { describe, expect, it } from "vitest";
import { wordTableFor } from "../../src/enrich/lexicon.ts";
import { SENTIMENT_PROFILES } from "../../src/enrich/sentiment-profiles.ts";
import type { RatedExample } from "./eval-sets.ts";
import { fitWeakerWordRatings } from "./word-ratings.ts";

/** How TWEET_VALENCES were made: `pnpm bench enrich --ratings=<file> --fit-word-ratings`. */
describe("fitWeakerWordRatings", () => {
  const profile = { ...SENTIMENT_PROFILES.social, tweetRatings: false };
  const rated = (text: string, rating: number, times: number): RatedExample[] =>
    Array.from({ length: times }, (_, i) => ({ text: `${text} ${"!".repeat(i % 3)}`, rating }));

  it("weakens a word its texts are rated below, and leaves words rated as scored alone", () => {
    const examples = [
      // Giveaways: "win" rated 2.8 alone, about neutral in these texts.
      ...rated("retweet to win a hoodie", 0.2, 20),
      ...rated("what a great day", 1.8, 20),
      ...rated("what an awful day", -1.8, 20),
      ...rated("we lost the match", -1.2, 10),
    ];
    const fitted = fitWeakerWordRatings(examples, profile);
    const win = wordTableFor(profile).get("win")!.valence;
    expect(fitted.get("win")).toBeGreaterThan(0);
    expect(fitted.get("win")).toBeLessThan(win - 0.5);
    // Scored in line with their ratings: nothing to move.
    expect(fitted.has("great")).toBe(false);
    expect(fitted.has("awful")).toBe(false);
  });

  it("never strengthens a word, nor weakens one at the cost of a clearly rated text's sign", () => {
    const examples = [
      // Rated above what "love" scores: a fit that could strengthen would raise it.
      ...rated("love love love it", 3.9, 20),
      // "ok" is rated faint here...
      ...rated("it is ok", 0.1, 20),
      ...rated("a bad day", -1.6, 12),
    ];
    const ok = wordTableFor(profile).get("ok")!.valence;
    const fitted = fitWeakerWordRatings(examples, profile);
    expect(fitted.has("love")).toBe(false);
    expect(fitted.get("ok")).toBeLessThan(ok);
    for (const [word, valence] of fitted)
      expect(Math.abs(valence), word).toBeLessThan(
        Math.abs(wordTableFor(profile).get(word)!.valence),
      );
    // ...but carries these clearly positive texts over "bored": weakening it would turn them.
    const withOkCarrying = [...examples, ...rated("ok, a bit bored", 1.2, 3)];
    expect(fitWeakerWordRatings(withOkCarrying, profile).has("ok")).toBe(false);
  });

  it("keeps the ratings of laughter, which other rules read by it", () => {
    const fitted = fitWeakerWordRatings(
      [
        ...rated("watching tv lol", 0.1, 20),
        ...rated("a great day", 2, 20),
        ...rated("a bad day", -1.6, 20),
      ],
      profile,
    );
    expect(fitted.has("lol")).toBe(false);
  });
});
