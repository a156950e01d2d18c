import { type Phrase, type WordInfo, type WordTable, wordTableFor } from "./lexicon.ts";
import {
  SENTIMENT_PROFILES,
  type SentimentProfile,
  TEXT_KINDS,
  type TextKind,
} from "./sentiment-profiles.ts";
import { CLAUSE_BREAK, tokenizeForSentiment } from "./sentiment-tokens.ts";

/*
 * A VADER-style scorer (Hutto & Gilbert, ICWSM 2014): lexicon valences summed
 * with VADER's rules for boosters, negation, capitals, "!" and "but", and its
 * normalisation. The constants are VADER's empirically derived ones except
 * where noted. It differs from VADER where people rate text otherwise: emoji,
 * phrases, stretched words, negation that stops at clause punctuation, is
 * weaker than a flip, reaches the whole clause when it is the clause's subject
 * ("none of the fixes worked"), turns negated comparatives into superlatives
 * ("couldn't be happier"), negated success verbs ("won't charge") scored
 * as failures, "like" rated only as the verb, rated words read as degree
 * before another sentiment word ("pretty bad"), crying and "dead" taking the
 * sign of the text around them, praise standing alone beside a setback read as
 * irony, and, on some kinds of text, the words of a text pooled rather than
 * summed. README.md ("Sentiment, and how it is measured against VADER")
 * gives the evidence for each and the figures next to stock VADER.
 */
const NEGATION_SCALAR = -0.74;
/*
 * Not in VADER: negation is not symmetric. People rate "not great" as mildly
 * negative, not as the mirror of "great", and "not bad" or "not the worst" as
 * faintly positive (Kiritchenko & Mohammad, "The Effect of Negators, Modals,
 * and Degree Adverbs on Sentiment Composition", 2016). So a negated positive
 * word flips with VADER's scalar but no further than the cap, and a negated
 * negative word keeps only part of its strength.
 */
const NEGATED_POSITIVE_CAP = 1.8;
const NEGATED_NEGATIVE_SCALAR = 0.45;
const NEGATED_NEGATIVE_CAP = 1.3;
/** VADER's: "never so happy" and "never this good" are emphasis, not negation. */
const NEVER_SO_SCALAR = 1.25;
const CAPITALS_INCREMENT = 0.733;
/** Not in VADER; stretched letters signal emphasis like capitals do, but more weakly. */
const STRETCH_INCREMENT = 0.3;
/** Inability negation plus "enough" ("can't thank them enough") is emphasis, not negation. */
const INABILITY_ENOUGH_SCALAR = 1.25;
/** A sentiment word at least this strong takes a negator or booster before it for itself. */
const HOLDS_NEGATION_VALENCE = 1;
const BOOSTER_DISTANCE_WEIGHTS = [1, 0.95, 0.9] as const;
const EXCLAMATION_INCREMENT = 0.292;
const MAX_COUNTED_EXCLAMATIONS = 4;
const QUESTION_INCREMENT = 0.18;
const MAX_QUESTION_EMPHASIS = 0.96;
const BEFORE_CONTRAST_WEIGHT = 0.5;
const AFTER_CONTRAST_WEIGHT = 1.5;
/** Approximates the largest expected raw sum, so that typical posts do not saturate at ±1. */
const NORMALIZATION_ALPHA = 15;
/*
 * Not in VADER: with `poolWords` the sum of n sentiment words is divided by
 * n^POOLING_EXPONENT before normalisation. People rate a text's overall
 * strength, not the count of its feeling words: "good, nice, fine" is not
 * stronger than "amazing", as VADER's plain sum makes it. Square-root pooling
 * keeps a second word's weight but shrinks each added one; the exponent was
 * chosen on the tune sets (0.3 to 0.75 all gain there, 0.5 most).
 */
const POOLING_EXPONENT = 0.5;
/*
 * Not in VADER: crying and "dead" beside praise or laughter are being moved or
 * laughing hard ("laughing so hard I cried", "made me cry, so beautiful"), so
 * there they add to the praise, at half their rated strength since they say
 * how much, not what; beside nothing else or a complaint they keep VADER's
 * rating ("my cat spilled coffee on my laptop 😭").
 */
const OVERWHELM_AS_EMPHASIS = 0.5;
/*
 * The praise beside them must be real: a word rated at least this high, or
 * laughter, an emoticon or emoji (all rated above it). A filler VADER rates
 * faintly ("well", 1.1) does not make "well crying over my new shoes" laughter.
 */
const OVERWHELM_PRAISE = 1.5;
/*
 * Lone praise is irony only beside a real setback: a word rated at least this
 * negative. A faint word under a negator ("wouldn't matter", 0.1 negated) or a
 * faint one alone ("waiting", -0.6) does not make "excellent." or "yay!"
 * sarcasm (0.5 to 0.9 read the same on the rated sets; VADER's human-rated
 * tweets, odd lines, chose 0.7 over 0.5).
 */
const SETBACK_VALENCE = 0.7;
/** "the party was dead", "my phone is dead": after a copula "dead" is lifeless, not laughing ("I'm dead"). */
const COPULAS = new Set(["is", "was", "are", "were", "be", "been", "looks", "seems"]);
function isLiteralDead(words: readonly string[], index: number): boolean {
  return words[index] === "dead" && COPULAS.has(words[index - 1] ?? "");
}
/*
 * Not in VADER: praise standing alone in its clause next to a setback is
 * irony ("Missed the last train home. Great."), which people rate about as
 * negative as mild praise is positive, hence a flip at VADER's negation
 * scalar. A "but" in the text means the writer weighs two sides, so there the
 * praise is taken at its word.
 */
const IRONY_SCALAR = NEGATION_SCALAR;
/** "love how" and "love it when" before a setback in the same clause: "love how my phone dies at 40%". */
const IRONIC_LOVE_NEXT = new Set(["how", "when"]);
/** A word at least this negative is a setback to love ironically; a fond "weird" ("love how it remembers my weird snacks") is not. */
const IRONIC_LOVE_SETBACK = -1;

function matchPhrase(
  phrases: readonly Phrase[],
  words: readonly string[],
  from: number,
): Phrase | undefined {
  for (const phrase of phrases) {
    const { rest } = phrase;
    if (from + rest.length > words.length) continue;
    let matches = true;
    for (let k = 0; k < rest.length && matches; k++) matches = words[from + k] === rest[k];
    if (matches) return phrase;
  }
  return undefined;
}

/** The praise at `index` is all its clause says, but for frame words: "Great.", "Just great.", "oh how wonderful". */
function standsAloneInClause(
  words: readonly string[],
  infos: readonly (Readonly<WordInfo> | undefined)[],
  index: number,
): boolean {
  const fitsBeside = (j: number) => infos[j]?.ironyFrame === true || infos[j]?.ironicAlone === true;
  for (let j = index - 1; j >= 0 && words[j] !== CLAUSE_BREAK; j--)
    if (!fitsBeside(j)) return false;
  for (let j = index + 1; j < words.length && words[j] !== CLAUSE_BREAK; j++)
    if (!fitsBeside(j)) return false;
  return true;
}

/** "love how ..." or "love it when ..." followed by a negative word before the clause ends. */
function isLoveOfASetback(
  words: readonly string[],
  infos: readonly (Readonly<WordInfo> | undefined)[],
  index: number,
): boolean {
  const word = words[index];
  if (word !== "love" && word !== "loving") return false;
  const next = words[index + 1] === "it" ? words[index + 2] : words[index + 1];
  if (next === undefined || !IRONIC_LOVE_NEXT.has(next)) return false;
  for (let j = index + 2; j < words.length && words[j] !== CLAUSE_BREAK; j++) {
    if ((infos[j]?.valence ?? 0) <= IRONIC_LOVE_SETBACK) return true;
  }
  return false;
}

/** "too much" and "too many" before praise are abundance ("too much fun", "too many good movies"), not the complaint they are elsewhere. */
const EXCESS_WORDS = new Set(["much", "many"]);
function isExcessOfPraise(
  words: readonly string[],
  infos: readonly (Readonly<WordInfo> | undefined)[],
  index: number,
  phrase: Phrase,
): boolean {
  return (
    words[index] === "too" &&
    phrase.rest.length === 1 &&
    EXCESS_WORDS.has(phrase.rest[0]!) &&
    (infos[index + 2]?.valence ?? 0) > 0
  );
}

/** "Best day ever. Not.": a lone "not" closing the text takes back what came before. */
function endsWithLoneNot(words: readonly string[]): boolean {
  let last = words.length - 1;
  while (last >= 0 && words[last] === CLAUSE_BREAK) last--;
  return last > 0 && words[last] === "not" && words[last - 1] === CLAUSE_BREAK;
}

/*
 * Not in VADER: "no" that negates a sentiment word of its clause is a
 * determiner ("no worries", "no problems at all"), which says nothing but that
 * negation. VADER's raters rated the answer "no" (-1.2), which it keeps
 * elsewhere: standing alone ("No.") and before what no rating covers ("no
 * sleep last night"). Only where "no" negates (extraNegators).
 */
function isDeterminerNo(
  words: readonly string[],
  infos: readonly (Readonly<WordInfo> | undefined)[],
  index: number,
  info: Readonly<WordInfo>,
): boolean {
  if (!info.negator || words[index] !== "no") return false;
  const end = Math.min(words.length, index + 1 + BOOSTER_DISTANCE_WEIGHTS.length);
  for (let j = index + 1; j < end && words[j] !== CLAUSE_BREAK; j++) {
    const after = infos[j];
    if (after === undefined || after.booster !== 0) continue;
    if (after.negator) return false;
    if (after.valence !== 0 || after.negatedValence !== undefined) return true;
  }
  return false;
}

/** A sentiment word that takes a negator or booster before it for itself, so it reaches no further. */
function holdsModifiers(info: Readonly<WordInfo>): boolean {
  return Math.abs(info.valence) >= HOLDS_NEGATION_VALENCE && !info.negator && info.booster === 0;
}

function clauseHasEnoughAfter(words: readonly string[], from: number): boolean {
  for (let j = from; j < words.length && words[j] !== CLAUSE_BREAK; j++) {
    if (words[j] === "enough") return true;
  }
  return false;
}

/** Between "never" and a sentiment word, these make it emphasis: "never been so happy", "never seen such good service". */
const NEVER_EMPHASIS_WORDS = new Set(["so", "this", "such"]);
/** "haven't been this", "haven't felt this": after a negator, the degree of a comparison with the past. */
const PAST_COMPARISON_LINKS = new Set(["been", "felt"]);
/** "couldn't be happier", "never felt better": a negated comparative after one of these is a superlative. */
const COMPARATIVE_LINKS = new Set(["be", "been", "feel", "felt", "get", "have"]);

/**
 * Whether the negator at `negatorIndex` intensifies the sentiment word at
 * `wordIndex` instead of negating it.
 */
function negationIsEmphasis(
  words: readonly string[],
  negatorIndex: number,
  wordIndex: number,
  negator: Readonly<WordInfo>,
): boolean {
  const negatorWord = words[negatorIndex]!;
  // "haven't been this sore in a while", "hasn't felt this good in years": a comparison with
  // the past says how much, not that it is not.
  for (let j = negatorIndex + 2; j < wordIndex; j++)
    if (words[j] === "this" && PAST_COMPARISON_LINKS.has(words[j - 1]!)) return true;
  if (negatorWord !== "never" && !negator.inabilityNegator) return false;
  let linked = false;
  for (let j = negatorIndex + 1; j < wordIndex; j++) {
    const between = words[j]!;
    if (negatorWord === "never" && NEVER_EMPHASIS_WORDS.has(between)) return true;
    if (COMPARATIVE_LINKS.has(between)) linked = true;
    // "couldn't be more pleased"
    else if (linked && between === "more") return true;
  }
  const word = words[wordIndex]!;
  return linked && ((word.length > 4 && word.endsWith("er")) || word === "worse");
}

/** "no one should", "nobody must", "no one deserves": a subject negator before a modal of obligation. */
const OBLIGATION_MODALS = new Set(["should", "must", "ought", "deserves"]);

function condemnsWhatFollows(words: readonly string[], negatorIndex: number): boolean {
  const subjectEnd = words[negatorIndex] === "no" && words[negatorIndex + 1] === "one" ? 2 : 1;
  return OBLIGATION_MODALS.has(words[negatorIndex + subjectEnd] ?? "");
}

/** A word of one letter or digit, which VADER's package leaves out of its word windows. */
function isOneLetterWord(word: string): boolean {
  if (word.length !== 1 || word === CLAUSE_BREAK) return false;
  const code = word.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Valence of a sentiment word under a negator, when neither a phrase nor the lexicon says otherwise. */
function negatedValenceOf(valence: number, soft: boolean): number {
  if (!soft) return valence * NEGATION_SCALAR;
  return valence > 0
    ? Math.max(valence * NEGATION_SCALAR, -NEGATED_POSITIVE_CAP)
    : Math.min(-valence * NEGATED_NEGATIVE_SCALAR, NEGATED_NEGATIVE_CAP);
}

function punctuationEmphasis(exclamationMarks: number, questionMarks: number): number {
  const exclamation = Math.min(exclamationMarks, MAX_COUNTED_EXCLAMATIONS) * EXCLAMATION_INCREMENT;
  if (questionMarks <= 1) return exclamation;
  return (
    exclamation + (questionMarks <= 3 ? questionMarks * QUESTION_INCREMENT : MAX_QUESTION_EMPHASIS)
  );
}

/**
 * Sentiment of a text in [-1, 1]: negative below 0, positive above, 0 when
 * nothing in it carries sentiment, scored with the extensions that suit `kind`
 * (sentiment-profiles.ts). Never throws.
 */
export function scoreSentiment(text: string, kind: TextKind = "social"): number {
  return scoreWithTable(text, SENTIMENT_PROFILES[kind], TABLE_OF_KIND[kind]);
}

/** scoreSentiment under any profile: the evaluation compares profiles on the rated sets. */
export function scoreWithProfile(text: string, profile: Readonly<SentimentProfile>): number {
  return scoreWithTable(text, profile, wordTableFor(profile));
}

/** Looked up once here, so that scoring a message does not look its table up by profile. */
const TABLE_OF_KIND = Object.fromEntries(
  TEXT_KINDS.map((kind) => [kind, wordTableFor(SENTIMENT_PROFILES[kind])]),
) as Record<TextKind, WordTable>;

/** scoreSentiment with any word table: fitting word ratings tries them on copies of a profile's table. */
export function scoreWithTable(
  text: string,
  profile: Readonly<SentimentProfile>,
  table: WordTable,
): number {
  if (!text) return 0;
  const tokens = tokenizeForSentiment(text, table);
  const { words, infos, shouted, stretched, hashtag, contrastIndex } = tokens;
  // Capitals only add emphasis when not the whole post is in capitals.
  const capitalsAreEmphasis = tokens.shoutedCount > 0 && tokens.shoutedCount < tokens.wordCount;
  let sum = 0;
  let sentimentWords = 0;
  // Held apart until the rest of the text is known: crying and "dead" take its
  // sign, and lone praise is irony only beside a negative word.
  let overwhelmSum = 0;
  let lonePraiseSum = 0;
  let hasSetback = false;
  // Crying and "dead" read as laughter or being moved only beside real praise.
  let strongestPraise = 0;
  // Positive hashtags and "aww", which count only where the rest is not negative.
  let yieldingSum = 0;
  let yieldingWords = 0;
  // Negators and boosters are looked for between here and the current word.
  let contextStart = 0;

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === CLAUSE_BREAK) {
      contextStart = i + 1;
      continue;
    }
    const info = infos[i];
    if (info === undefined) continue;

    let valence = info.valence;
    let negatedValence = info.negatedValence;
    let last = i;
    let phrase = info.phrases && matchPhrase(info.phrases, words, i + 1);
    if (phrase && isExcessOfPraise(words, infos, i, phrase)) phrase = undefined;
    if (phrase) {
      valence = phrase.valence;
      negatedValence = phrase.negatedValence;
      last = i + phrase.rest.length;
    }
    if (
      (valence === 0 && negatedValence === undefined) ||
      (!phrase && isDeterminerNo(words, infos, i, info))
    ) {
      if (phrase) contextStart = last + 1;
      i = last;
      continue;
    }

    if (capitalsAreEmphasis && shouted[i]) valence += Math.sign(valence) * CAPITALS_INCREMENT;
    if (stretched[i]) valence += Math.sign(valence) * STRETCH_INCREMENT;

    let negator: Readonly<WordInfo> | undefined;
    let negatorIndex = -1;
    let reachedSentimentWord = false;
    let distance = 0;
    let j = i - 1;
    for (; j >= contextStart; j--) {
      // VADER drops one-letter words ("a", "I") before it counts three words back: "wouldn't be
      // such a bad idea" negates "bad".
      if (isOneLetterWord(words[j]!)) continue;
      if (++distance > BOOSTER_DISTANCE_WEIGHTS.length) break;
      const before = infos[j];
      if (before === undefined) continue;
      // A negator or booster belongs to the first sentiment word after it: in
      // "no pressure and great prices" the "no" is spent on "pressure". A word
      // VADER's raters barely rated does not hold it, as in VADER's scorer: "not
      // feeling good" negates "good".
      if (holdsModifiers(before)) {
        reachedSentimentWord = true;
        break;
      }
      // A repeated "no" is insistence, not a double negative: "no no no".
      if (
        before.negator &&
        negator === undefined &&
        !(word === "no" && words[j] === "no") &&
        // "barely works" negates; "barely contain my excitement" only dampens, as in VADER.
        !(before.negatesFailuresOnly && negatedValence === undefined)
      ) {
        negator = before;
        negatorIndex = j;
      }
      if (before.booster !== 0 && j !== negatorIndex) {
        let boost = before.booster * BOOSTER_DISTANCE_WEIGHTS[distance - 1]!;
        if (capitalsAreEmphasis && shouted[j]) boost += CAPITALS_INCREMENT;
        if (stretched[j]) boost += STRETCH_INCREMENT;
        valence += Math.sign(valence) * boost;
      }
    }
    // Past VADER's three words, only a negator that is the clause's subject still reaches.
    for (; !reachedSentimentWord && negator === undefined && j >= contextStart; j--) {
      const before = infos[j];
      if (before === undefined) continue;
      if (holdsModifiers(before)) break;
      if (
        before.subjectNegator ||
        (words[j] === "no" && words[j + 1] === "one" && before.negator)
      ) {
        negator = before;
        negatorIndex = j;
      }
    }
    // Emoticons, emoji and laughter say how the whole post is meant: "nobody came :D".
    if (info.expressive) negator = undefined;
    // "No one should go into debt", "nobody deserves this pain": the trouble is condemned, not denied.
    if (negator && valence < 0 && condemnsWhatFollows(words, negatorIndex)) negator = undefined;
    if (negator) {
      if (negator.inabilityNegator && clauseHasEnoughAfter(words, last + 1))
        valence *= INABILITY_ENOUGH_SCALAR;
      else if (negationIsEmphasis(words, negatorIndex, last, negator)) valence *= NEVER_SO_SCALAR;
      else if (negatedValence !== undefined) valence = negatedValence;
      else valence = negatedValenceOf(valence, profile.softNegation);
    }

    if (contrastIndex !== -1)
      valence *= i < contrastIndex ? BEFORE_CONTRAST_WEIGHT : AFTER_CONTRAST_WEIGHT;
    else if (!negator && valence > 0 && isLoveOfASetback(words, infos, i)) valence *= IRONY_SCALAR;
    // A word that only a negation would have made a feeling ("work" in "won't
    // work") says nothing here, so it does not dilute the pool.
    if (valence !== 0) sentimentWords++;
    if (!phrase && info.overwhelm && !isLiteralDead(words, i)) overwhelmSum += valence;
    else if (!phrase && valence > 0 && (info.yieldsToSetback || hashtag[i])) {
      yieldingSum += valence;
      yieldingWords++;
    } else if (
      !phrase &&
      !negator &&
      info.ironicAlone &&
      contrastIndex === -1 &&
      valence > 0 &&
      standsAloneInClause(words, infos, i)
    )
      lonePraiseSum += valence;
    else {
      sum += valence;
      if (valence <= -SETBACK_VALENCE) hasSetback = true;
      if (valence > strongestPraise) strongestPraise = valence;
    }
    // A phrase takes the negators and boosters before it for itself, except a
    // clause's subject, which still reaches past it as past any word: in "nobody
    // showed up to my party" the party did not happen either.
    if (phrase && !negator?.subjectNegator) contextStart = last + 1;
    i = last;
  }

  sum += hasSetback ? lonePraiseSum * IRONY_SCALAR : lonePraiseSum;
  if (overwhelmSum !== 0)
    sum +=
      sum > 0 && strongestPraise >= OVERWHELM_PRAISE
        ? Math.abs(overwhelmSum) * OVERWHELM_AS_EMPHASIS
        : overwhelmSum;
  if (sum >= 0) sum += yieldingSum;
  else sentimentWords -= yieldingWords;
  if (sum > 0 && endsWithLoneNot(words)) sum *= NEGATION_SCALAR;
  if (sum === 0) return 0;
  if (profile.poolWords) sum /= sentimentWords ** POOLING_EXPONENT;
  sum += Math.sign(sum) * punctuationEmphasis(tokens.exclamationMarks, tokens.questionMarks);
  return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA)));
}
