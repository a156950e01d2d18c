import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { EMOJI_VALENCES } from "./emoji-valences.ts";
import {
  BOOSTERS,
  INABILITY_NEGATORS,
  NEGATED_PHRASE_VALENCES,
  NEGATED_VALENCES,
  NEGATORS,
  PHRASE_VALENCES,
  SOCIAL_VALENCES,
} from "./social-lexicon.ts";

/** A multi-word expression, keyed under its first word. */
export interface Phrase {
  readonly rest: readonly string[];
  readonly valence: number;
  readonly negatedValence: number | undefined;
}

/**
 * Everything the scorer needs to know about one token, so that scoring a token
 * costs a single map lookup.
 */
export interface WordInfo {
  valence: number;
  /** Added to the magnitude of a sentiment word up to three tokens later. */
  booster: number;
  negator: boolean;
  /** Negator that means "very much" when "enough" follows ("can't recommend it enough"). */
  inabilityNegator: boolean;
  /** Valence when negated, where flipping `valence` would be wrong ("no signal"). */
  negatedValence: number | undefined;
  /** Phrases starting with this word, longest first. */
  phrases: Phrase[] | undefined;
}

/**
 * VADER's rated lexicon ships as a data file in the vader-sentiment package.
 * We use the ratings but not the package's scorer, which takes about 90 µs
 * a message and has no emoji support.
 */
function readVaderLexicon(): Map<string, number> {
  const path = createRequire(import.meta.url).resolve("vader-sentiment/vader_lexicon.txt");
  const valences = new Map<string, number>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [token, valence] = line.split("\t");
    if (!token || valence === undefined) continue;
    const key = token.toLowerCase();
    // The file lists a few tokens in several casings ("lol", "LOL"); keep the first.
    if (!valences.has(key)) valences.set(key, Number(valence));
  }
  return valences;
}

/** "can't wait" is also written "cant wait"; index both spellings. */
function withoutApostrophes(word: string): string {
  return word.replaceAll("'", "");
}

/** "isnt" -> "isn't", so that each negator is known with and without its apostrophe. */
function contractedForm(negator: string): string | undefined {
  return negator.length > 3 && negator.endsWith("nt") && negator !== "cannot"
    ? `${negator.slice(0, -2)}n't`
    : undefined;
}

function buildWordInfo(): Map<string, WordInfo> {
  const info = new Map<string, WordInfo>();
  const entry = (word: string): WordInfo => {
    let existing = info.get(word);
    if (!existing) {
      existing = {
        valence: 0,
        booster: 0,
        negator: false,
        inabilityNegator: false,
        negatedValence: undefined,
        phrases: undefined,
      };
      info.set(word, existing);
    }
    return existing;
  };

  for (const [word, valence] of readVaderLexicon()) entry(word).valence = valence;
  for (const [word, valence] of Object.entries(SOCIAL_VALENCES)) entry(word).valence = valence;
  for (const [emoji, valence] of Object.entries(EMOJI_VALENCES)) entry(emoji).valence = valence;
  // Review scores like "8/10" and "3/5": 0 is -3, the midpoint neutral, full marks +3.
  for (const outOf of [5, 10]) {
    for (let score = 0; score <= outOf; score++)
      entry(`${score}/${outOf}`).valence = (score / outOf - 0.5) * 6;
  }
  entry("a+").valence = 2.5;
  entry("a++").valence = 2.8;

  for (const [word, increment] of Object.entries(BOOSTERS)) {
    const booster = entry(word);
    booster.booster = increment;
    booster.valence = 0;
  }
  for (const negator of NEGATORS) {
    for (const spelling of [negator, contractedForm(negator)]) {
      if (spelling) entry(spelling).negator = true;
    }
  }
  for (const negator of INABILITY_NEGATORS) entry(negator).inabilityNegator = true;
  for (const [word, valence] of Object.entries(NEGATED_VALENCES))
    entry(word).negatedValence = valence;

  const addPhrase = (text: string, valence: number, negatedValence: number | undefined) => {
    for (const spelling of new Set([text, withoutApostrophes(text)])) {
      const [first, ...rest] = spelling.split(" ");
      if (!first) continue;
      const head = entry(first);
      head.phrases = [...(head.phrases ?? []), { rest, valence, negatedValence }].sort(
        (a, b) => b.rest.length - a.rest.length,
      );
    }
  };
  for (const [text, valence] of Object.entries(PHRASE_VALENCES))
    addPhrase(text, valence, undefined);
  for (const [text, negatedValence] of Object.entries(NEGATED_PHRASE_VALENCES))
    addPhrase(text, 0, negatedValence);
  return info;
}

export const WORD_INFO: ReadonlyMap<string, Readonly<WordInfo>> = buildWordInfo();
