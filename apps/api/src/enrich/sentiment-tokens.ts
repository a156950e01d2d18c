import { VADER_SYMBOL_TOKENS, type WordInfo, type WordTable } from "./lexicon.ts";

/** Stands in for punctuation and "but" between clauses; negation and boosters do not reach across it. */
export const CLAUSE_BREAK = ".";

export interface SentimentTokens {
  /** Lowercased words, emoji and emoticons, with CLAUSE_BREAK between clauses. */
  words: string[];
  /** Lexicon entry of each token, looked up once here so the scorer never repeats it. */
  infos: (Readonly<WordInfo> | undefined)[];
  /** Token was written in capitals ("LOVE"), which reads as emphasis. */
  shouted: boolean[];
  /** Token had stretched letters ("sooo", "loooove") before being normalised. */
  stretched: boolean[];
  /** Token was written as a hashtag ("#winning"). */
  hashtag: boolean[];
  /** Words of two or more characters, and how many of them were in capitals. */
  wordCount: number;
  shoutedCount: number;
  exclamationMarks: number;
  questionMarks: number;
  /** Index of the clause break that replaced the first "but", or -1. */
  contrastIndex: number;
}

/** VADER's contrast word; "however" moved no rated set, so VADER's rule stays as it is. */
const CONTRAST_WORD = "but";

/*
 * "like" carries VADER's rating only as the verb, after its subject or an
 * adverb of it ("you like", "we really like", "they actually like"). Elsewhere
 * it is the preposition or the filler of tweets ("feels like crap", "looks like
 * rain", "it was like so cold"), which rates nothing. "i like", "don't like" and
 * "really like" are phrases (social-lexicon.ts) and never reach this test.
 */
const LIKE_AS_VERB_AFTER = new Set([
  "i",
  "you",
  "u",
  "we",
  "they",
  "ya",
  "y'all",
  "yall",
  "people",
  "ppl",
  "actually",
  "also",
  "totally",
  "truly",
  "genuinely",
  "definitely",
  "still",
  "do",
  "does",
  "did",
]);

/**
 * Two words that act as one modifier, read as one token: "kind of good" is
 * hedged like "kinda good" (VADER's rule), and "used to love it" says the love
 * is over, so "used to" negates like "not".
 */
const WORD_PAIRS: ReadonlyMap<string, string> = new Map([
  ["kind of", "kinda"],
  ["sort of", "sorta"],
  ["used to", "used to"],
  // "hardly anyone came" says nobody came; "hardly" alone is VADER's dampener.
  ["hardly anyone", "nobody"],
  ["hardly anybody", "nobody"],
  ["barely anyone", "nobody"],
  ["barely anybody", "nobody"],
  ["scarcely anyone", "nobody"],
  ["scarcely anybody", "nobody"],
]);
/** The second words of WORD_PAIRS: only these start a pair lookup. */
const PAIR_ENDS = new Set([...WORD_PAIRS.keys()].map((pair) => pair.slice(pair.indexOf(" ") + 1)));

/*
 * One pass, one regex, over the lowercased text. Capture groups, in order:
 * 1 a symbol token VADER rates standing alone (":3", "8)", "\\o/", "j/k", "D:"),
 * 2 links and @handles (skipped: "@happycustomer" is a name, not a feeling),
 * 3 words, hyphenated compounds, contractions, review scores ("8/10") and grades ("a+"),
 * 4 emoji, 5 ASCII emoticons, 6 clause punctuation.
 * Letter mouths (":d", ":p") must not run into a word, so "note:please" stays text;
 * reversed faces ("(:", "):") only count standing alone, so "(see below):" stays text.
 */
const escapeForPattern = (token: string) => token.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const TOKEN_PATTERN = new RegExp(
  [
    `(?<!\\S)(${[...new Set(VADER_SYMBOL_TOKENS.map((token) => token.toLowerCase()))].map(escapeForPattern).join("|")})(?=\\s|$)`,
    String.raw`((?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_]+)`,
    String.raw`(\d{1,2}\/(?:10|5)(?!\d)|[\p{L}\p{N}]+(?:-\p{L}+)*(?:['’]\p{L}+)*\+{0,2})`,
    String.raw`(\p{Extended_Pictographic})`,
    String.raw`(>?[:;=][-'^]?(?:[()\[\]\/\\|*$@]|[dpo](?![\p{L}\p{N}]))|(?<!\S)[()]:(?!\S)|<\/?3|\^_?\^|-_-)`,
    String.raw`([.,;!?…]+)`,
  ].join("|"),
  "gu",
);

const HASH = "#".charCodeAt(0);
const LETTER_RUNS_OF_THREE_OR_MORE = /(\p{L})\1{2,}/gu;
const LETTER_RUNS = /(\p{L})\1+/gu;

/** A plain loop: this runs on every word the lexicon does not know, and a regex test costs more. */
function hasThreeRepeatedChars(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Laughter of any length reads as its rated form: "hahahaha" as "hahaha", "hehehe" as "hehe", "lololol" as "lol". */
const LAUGHTER: readonly [RegExp, string][] = [
  [/^a?(?:ha)+h?$/, "hahaha"],
  [/^(?:he)+h?$/, "hehe"],
  [/^l(?:ol)+$/, "lol"],
];
const LAUGHTER_STARTS = ["ha", "ah", "he", "lo"];

/** "sooo" -> "soo" or "so", "goooood" -> "good", "hahahaha" -> "hahaha": whichever the lexicon knows. */
function unstretch(word: string, table: WordTable): string | undefined {
  // Only words longer than the rated forms get here: those are looked up before unstretching.
  if (word.length > 4 && LAUGHTER_STARTS.includes(word.slice(0, 2))) {
    for (const [pattern, rated] of LAUGHTER) if (pattern.test(word)) return rated;
  }
  if (!hasThreeRepeatedChars(word)) return undefined;
  const double = word.replace(LETTER_RUNS_OF_THREE_OR_MORE, "$1$1");
  if (table.has(double)) return double;
  const single = word.replace(LETTER_RUNS, "$1");
  return table.has(single) ? single : undefined;
}

/** Two or more characters, all capitals: "LOVE", "AGAIN", not "I" or "Acme". */
function isShouted(original: string): boolean {
  return (
    original.length > 1 &&
    original === original.toUpperCase() &&
    original !== original.toLowerCase()
  );
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/*
 * Posts from social APIs and feeds arrive HTML-escaped ("Play &gt; Stop", "you &amp; me"):
 * read as written, "gt" and "amp" would be words, and "gt" is one VADER's raters rated (1.1).
 */
const HTML_ENTITY = /&(amp|lt|gt|quot|apos|#39);/g;
const HTML_ENTITY_TEXT: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
};
const unescapeHtml = (text: string) =>
  text.includes("&")
    ? text.replace(HTML_ENTITY, (_, name: string) => HTML_ENTITY_TEXT[name]!)
    : text;

/**
 * A face run into the word before it whose mouth closes a bracket left open: "[potentially
 * startling admission:]" and "(see below:)" end a bracket, they do not smile.
 */
function closesBracket(text: string, at: number, face: string): boolean {
  const mouth = face[face.length - 1];
  const opener = mouth === "]" ? "[" : mouth === ")" ? "(" : undefined;
  if (opener === undefined || at === 0 || /\s/.test(text[at - 1]!)) return false;
  return text.lastIndexOf(opener, at) > text.lastIndexOf(mouth, at - 1);
}

/** `table`: the word table of the kind of text being scored (lexicon.ts). */
export function tokenizeForSentiment(escapedText: string, table: WordTable): SentimentTokens {
  const text = unescapeHtml(escapedText);
  const tokens: SentimentTokens = {
    words: [],
    infos: [],
    shouted: [],
    stretched: [],
    hashtag: [],
    wordCount: 0,
    shoutedCount: 0,
    exclamationMarks: 0,
    questionMarks: 0,
    contrastIndex: -1,
  };
  const { words, infos, shouted, stretched, hashtag } = tokens;
  const lowerText = text.toLowerCase();
  // Lowercasing rarely changes length (only a few letters such as "İ" do); when it
  // does, offsets in lowerText no longer point into text and capitals are not looked for.
  const offsetsMatch = lowerText.length === text.length;
  // The last word was capitalized and unrated: a name ("Acme", "Lumen Home").
  let afterName = false;
  TOKEN_PATTERN.lastIndex = 0;
  for (
    let match = TOKEN_PATTERN.exec(lowerText);
    match !== null;
    match = TOKEN_PATTERN.exec(lowerText)
  ) {
    if (match[2] !== undefined) {
      // A link or @handle is no feeling but is text in lower case, as VADER counts it: in
      // "@anna THAT IS SO COOL!" the capitals are emphasis.
      tokens.wordCount++;
      continue;
    }
    let word = match[3];
    if (word !== undefined) {
      const start = match.index;
      const end = start + word.length;
      if (word.includes("’")) word = word.replaceAll("’", "'");
      // A compound VADER's raters rated ("self-confident") reads whole; any other by its head,
      // its last part: "life-threatening", "user-friendly", "pain-free".
      if (word.includes("-") && !table.has(word)) word = word.slice(word.lastIndexOf("-") + 1);
      let info = table.get(word);
      let isStretched = false;
      if (info === undefined) {
        const known = unstretch(word, table);
        if (known !== undefined) {
          word = known;
          info = table.get(known);
          isStretched = true;
        }
      }
      // Only a word whose first character changed when lowercased can be in capitals.
      const capitalized = offsetsMatch && text.charCodeAt(start) !== lowerText.charCodeAt(start);
      const wasShouted = capitalized && isShouted(text.slice(start, end));
      if (afterName && info?.afterName) info = info.afterName;
      afterName = capitalized && !wasShouted && info === undefined;
      if (end - start > 1) {
        tokens.wordCount++;
        if (wasShouted) tokens.shoutedCount++;
      }
      // Only the second words of WORD_PAIRS start a lookup, so ordinary words pay one comparison.
      const pair =
        PAIR_ENDS.has(word) && words.length > 0
          ? WORD_PAIRS.get(`${words[words.length - 1]} ${word}`)
          : undefined;
      if (pair !== undefined) {
        words[words.length - 1] = pair;
        infos[infos.length - 1] = table.get(pair);
        continue;
      }
      if (word === "like" && !LIKE_AS_VERB_AFTER.has(words[words.length - 1] ?? ""))
        info = undefined;
      if (word === CONTRAST_WORD) {
        if (tokens.contrastIndex === -1) tokens.contrastIndex = words.length;
        word = CLAUSE_BREAK;
        info = undefined;
      }
      // A degree word before laughter or a hashtag is no degree: "so stupid lol" is not praise.
      const before = infos.length - 1;
      const isHashtag = start > 0 && lowerText.charCodeAt(start - 1) === HASH;
      if (
        info !== undefined &&
        info.valence !== 0 &&
        !info.expressive &&
        !isHashtag &&
        infos[before]?.asModifier
      )
        infos[before] = infos[before].asModifier;
      words.push(word);
      infos.push(info);
      shouted.push(wasShouted);
      stretched.push(isStretched);
      hashtag.push(isHashtag);
    } else if (match[6] !== undefined) {
      tokens.exclamationMarks += countChar(match[6], "!");
      tokens.questionMarks += countChar(match[6], "?");
      words.push(CLAUSE_BREAK);
      infos.push(undefined);
      shouted.push(false);
      stretched.push(false);
      hashtag.push(false);
    } else {
      const symbol = match[1] ?? match[4] ?? match[5]!;
      if (match[5] !== undefined && closesBracket(lowerText, match.index, symbol)) continue;
      words.push(symbol);
      // As written first: "D:" is not "d:".
      const written =
        match[1] !== undefined && offsetsMatch
          ? table.get(text.slice(match.index, match.index + symbol.length))
          : undefined;
      // An angry brow on a face the lexicon only knows without it (">:p") reads as that face.
      infos.push(
        written ??
          table.get(symbol) ??
          (symbol.startsWith(">") ? table.get(symbol.slice(1)) : undefined),
      );
      shouted.push(false);
      stretched.push(false);
      hashtag.push(false);
    }
  }
  return tokens;
}
