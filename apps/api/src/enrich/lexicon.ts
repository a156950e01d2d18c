import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { EMOJI_VALENCES } from "./emoji-valences.ts";
import {
  BOOSTERS,
  COMPLAINT_PHRASE_VALENCES,
  DEGREE_WORDS,
  DEPARTMENT_WORDS,
  EXTRA_NEGATORS,
  FAILURE_ONLY_NEGATORS,
  INABILITY_NEGATORS,
  IRONIC_INTERJECTIONS,
  IRONY_FRAME_WORDS,
  LAUGHTER_WORDS,
  MISSPELLINGS,
  NEGATED_PHRASE_VALENCES,
  NEGATED_VALENCES,
  OVERWHELM_WORDS,
  PHRASE_VALENCES,
  SLANG_PRAISE_PHRASE_VALENCES,
  SOCIAL_VALENCES,
  SUBJECT_NEGATORS,
  SYMPATHY_WORDS,
  TWEET_VALENCES,
  VADER_NEGATORS,
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
  /** The word as a booster, used when it stands right before a sentiment word ("pretty bad", "crazy good"). */
  asModifier: Readonly<WordInfo> | undefined;
  /** The word after a name ("Acme support"), where it names a department rather than a feeling. */
  afterName: Readonly<WordInfo> | undefined;
  /** Negator whose reach is its whole clause ("none of the suggestions ... worked"). */
  subjectNegator: boolean;
  /** Crying or "dead": takes the sign of the rest of the text ("laughing so hard I cried"). */
  overwhelm: boolean;
  /** Praise that reads as irony when it stands alone in its clause beside a setback ("Lost my keys. Great."). */
  ironicAlone: boolean;
  /** May stand beside such praise without making the clause more than the praise ("just", "oh"). */
  ironyFrame: boolean;
  /**
   * An emoticon, emoji or laughter ("lol", ":)", "😂"): it says how the writer
   * feels about the whole post, so no negator in front of it reaches it ("nobody
   * came :D", "can't sleep :(").
   */
  expressive: boolean;
  /** Praise that yields to a setback: counted only where the rest of the text is not negative ("aww my phone broke"). */
  yieldsToSetback: boolean;
  /**
   * A negator only before a word that reads as a failure when negated ("barely
   * works"); elsewhere VADER's dampener ("can barely contain my excitement").
   */
  negatesFailuresOnly: boolean;
}

/** VADER's rated lexicon as Parley reads it. */
interface VaderLexicon {
  /**
   * Each token lowercased, with its rating. The file rates a few tokens twice ("lol"
   * 2.9 and 1.8); like the vader-sentiment scorer, which looks words up lowercased,
   * the later line wins.
   */
  valences: ReadonlyMap<string, number>;
  /** The earlier rating of a token the file rates twice ("d:" -2.9 among the faces, 1.2 among the words). */
  earlierRatings: ReadonlyMap<string, number>;
  /** Its symbol tokens (see VADER_SYMBOL_TOKENS), as the file spells them, in its order. */
  symbols: ReadonlySet<string>;
}

/**
 * VADER's rated lexicon ships as a data file in the vader-sentiment package.
 * We use the ratings but not the package's scorer, which takes about 90 µs
 * a message and has no emoji support.
 */
function readVaderLexicon(): VaderLexicon {
  const path = createRequire(import.meta.url).resolve("vader-sentiment/vader_lexicon.txt");
  const valences = new Map<string, number>();
  const earlierRatings = new Map<string, number>();
  const symbols = new Set<string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [token, valence] = line.split("\t");
    if (!token || valence === undefined) continue;
    const key = token.toLowerCase();
    const earlier = valences.get(key);
    if (earlier !== undefined && !earlierRatings.has(key)) earlierRatings.set(key, earlier);
    valences.set(key, Number(valence));
    if (isVaderSymbol(token)) symbols.add(token);
  }
  return { valences, earlierRatings, symbols };
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

/** Which of Parley's word lists a word table layers over VADER's. */
export interface LexiconOptions {
  /**
   * Customer-text re-ratings of words VADER's raters rated ("please" and "support"
   * as neutral, "lol" as faint), and words VADER rated that Parley reads as
   * boosters ("pretty good", "super fast"). Without them a rated word keeps
   * VADER's value and only words VADER lacks are added.
   */
  customerRatings: boolean;
  /**
   * Words that carry less in a tweet than their rating alone ("win", "please", "hope"),
   * fitted to VADER's human-rated tweets (social-lexicon.ts, TWEET_VALENCES). The customer-text
   * re-ratings, where on, take precedence.
   */
  tweetRatings: boolean;
  /** Complaint phrases ("on hold", "charged twice") and negated service words ("no signal"). */
  complaintPhrases: boolean;
  /** "no", "zero", "barely", "stopped", "lack", "used to"... as negators, beyond VADER's list. */
  extraNegators: boolean;
  /**
   * A capitalized, unrated word before "support" is a company or product name,
   * so "Acme support took 3 days" names a department, not the kindness VADER's
   * raters rated. Only matters where "support" keeps VADER's rating.
   */
  namedDepartments: boolean;
}

/*
 * The emoticons and other symbol tokens VADER's raters rated (":3", "8)", ":'-(",
 * "\\o/", "j/k"). The tokenizer reads them where they stand alone
 * (sentiment-tokens.ts). The file rates "d:" twice, lowercased: once among the
 * faces (-2.9, every rater negative: the horrified "D:") and once among the
 * words (1.2); the vader-sentiment scorer keeps the later, so it reads "D:" as
 * mildly positive. Parley reads "D:" written with a capital as the face.
 * Times and scores ("0:03", "0-8") and list numbers ("8)") are left out, but not
 * the faces that start with a digit ("3:-)", the devil, -1.4; "0:-)", the angel),
 * and so are words ("gr8") and phrases ("fed up"), which the word tables already hold.
 */
const TIME_SCORE_OR_LIST_NUMBER = /^\d+(?:[:-]\d+|\))$/;
/** Faces written with a capital, read with the earlier of their lowercased token's two ratings. */
const CAPITAL_FACES: Readonly<Record<string, string>> = { "D:": "d:" };
function isVaderSymbol(token: string): boolean {
  return (
    !/^[\p{L}\p{N}'-]+$/u.test(token) && !TIME_SCORE_OR_LIST_NUMBER.test(token) && !/\s/.test(token)
  );
}
const VADER_LEXICON = readVaderLexicon();
/** VADER's own ratings, each token lowercased: what Parley's tables are layered over. */
export const VADER_VALENCES = VADER_LEXICON.valences;
/** VADER's symbol tokens, longest first, as the file spells them. */
export const VADER_SYMBOL_TOKENS: readonly string[] = [...VADER_LEXICON.symbols].sort(
  (a, b) => b.length - a.length,
);
/** VADER's B_DECR, the weight of its dampeners ("barely", "hardly"). */
const VADER_DAMPENER = -0.293;
/** Words, review scores ("8/10") and grades ("a+"), as opposed to emoticons and emoji. */
const WORD_LIKE = /^(?:[\p{L}\p{N}'-]+\+{0,2}|\d+\/\d+)$/u;

function buildWordInfo(options: LexiconOptions): Map<string, WordInfo> {
  const vader = VADER_VALENCES;
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
        asModifier: undefined,
        afterName: undefined,
        subjectNegator: false,
        overwhelm: false,
        ironicAlone: false,
        ironyFrame: false,
        expressive: false,
        yieldsToSetback: false,
        negatesFailuresOnly: false,
      };
      info.set(word, existing);
    }
    return existing;
  };

  for (const [word, valence] of vader) entry(word).valence = valence;
  for (const [face, token] of Object.entries(CAPITAL_FACES)) {
    const earlier = VADER_LEXICON.earlierRatings.get(token);
    if (earlier !== undefined) entry(face).valence = earlier;
  }
  for (const [word, valence] of Object.entries(SOCIAL_VALENCES)) {
    if (options.customerRatings || !vader.has(word)) entry(word).valence = valence;
  }
  // After the words VADER lacks, which the tweets re-rate too ("early"); the customer re-ratings,
  // where on, keep their own.
  if (options.tweetRatings)
    for (const [word, valence] of Object.entries(TWEET_VALENCES))
      if (!(options.customerRatings && Object.hasOwn(SOCIAL_VALENCES, word)))
        entry(word).valence = valence;
  for (const [emoji, valence] of Object.entries(EMOJI_VALENCES)) entry(emoji).valence = valence;
  // Review scores like "8/10" and "3/5": 0 is -3, the midpoint neutral, full marks +3.
  for (const outOf of [5, 10]) {
    for (let score = 0; score <= outOf; score++)
      entry(`${score}/${outOf}`).valence = (score / outOf - 0.5) * 6;
  }
  entry("a+").valence = 2.5;
  entry("a++").valence = 2.8;

  for (const [word, increment] of Object.entries(BOOSTERS)) {
    if (!options.customerRatings && vader.has(word)) continue;
    const booster = entry(word);
    booster.booster = increment;
    booster.valence = 0;
  }
  for (const [word, increment] of Object.entries(DEGREE_WORDS)) {
    const degree = entry(word);
    if (degree.booster !== 0) continue;
    degree.asModifier = { ...degree, valence: 0, booster: increment, phrases: undefined };
  }
  for (const negator of options.extraNegators
    ? [...VADER_NEGATORS, ...EXTRA_NEGATORS, ...FAILURE_ONLY_NEGATORS]
    : VADER_NEGATORS) {
    for (const spelling of [negator, contractedForm(negator)]) {
      if (spelling) entry(spelling).negator = true;
    }
  }
  for (const negator of INABILITY_NEGATORS) entry(negator).inabilityNegator = true;
  for (const negator of SUBJECT_NEGATORS) {
    const subject = entry(negator);
    subject.negator = true;
    subject.subjectNegator = true;
  }
  if (options.namedDepartments) {
    for (const word of DEPARTMENT_WORDS) {
      const department = entry(word);
      department.afterName = { ...department, valence: 0, phrases: undefined };
    }
  }
  if (options.complaintPhrases) {
    for (const [word, valence] of Object.entries(NEGATED_VALENCES))
      entry(word).negatedValence = valence;
  }

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
  for (const [text, valence] of Object.entries(SLANG_PRAISE_PHRASE_VALENCES))
    addPhrase(text, valence, undefined);
  for (const word of OVERWHELM_WORDS) entry(word).overwhelm = true;
  for (const word of IRONIC_INTERJECTIONS) entry(word).ironicAlone = true;
  for (const word of IRONY_FRAME_WORDS) entry(word).ironyFrame = true;
  for (const word of SYMPATHY_WORDS) entry(word).yieldsToSetback = true;
  for (const word of FAILURE_ONLY_NEGATORS) {
    const dampener = entry(word);
    dampener.negatesFailuresOnly = true;
    dampener.booster = VADER_DAMPENER;
  }
  for (const [word, known] of info) {
    if (known.valence !== 0 && (LAUGHTER_WORDS.includes(word) || !WORD_LIKE.test(word)))
      known.expressive = true;
  }
  if (options.complaintPhrases) {
    for (const [text, valence] of Object.entries(COMPLAINT_PHRASE_VALENCES))
      addPhrase(text, valence, undefined);
    for (const [text, negatedValence] of Object.entries(NEGATED_PHRASE_VALENCES))
      addPhrase(text, 0, negatedValence);
  }
  // Last, so that a misspelling shares everything its word is (phrases, negator, booster).
  for (const [misspelling, word] of Object.entries(MISSPELLINGS)) {
    const known = info.get(word);
    if (known && !info.has(misspelling)) info.set(misspelling, known);
  }
  return info;
}

export type WordTable = ReadonlyMap<string, Readonly<WordInfo>>;

const wordTables = new Map<string, WordTable>();

/** The word table for `options`, built once: a few thousand entries, shared by every call. */
export function wordTableFor(options: LexiconOptions): WordTable {
  const key = `${options.customerRatings} ${options.tweetRatings} ${options.complaintPhrases} ${options.extraNegators} ${options.namedDepartments}`;
  let table = wordTables.get(key);
  if (!table) {
    table = buildWordInfo(options);
    wordTables.set(key, table);
  }
  return table;
}
