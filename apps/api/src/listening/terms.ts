// Rising terms: the words and two-word phrases a brand's messages use more in a period than in the
// brand's own history, ranked by Dunning's log-likelihood ratio (G²). G² rather than TF-IDF because
// it is a significance test on counts: a term seen 3 times against 0 is weighed by how surprising
// that is given both sample sizes, so a handful of messages cannot outrank a real shift.

/** Words too common to say anything about a brand. */
const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he her here hers herself him himself his how i i'm if in into is isn't it it's its itself just let's " +
    "me more most my myself no nor not now of off on once only or other ought our ours ourselves out over own same she should " +
    "shouldn't so some such than that that's the their theirs them themselves then there there's these they they're this those " +
    "through to too under until up very was wasn't we we're were weren't what what's when where which while who whom why with " +
    "won't would wouldn't you you're your yours yourself yourselves also get got im ive dont cant will one like really still " +
    "even much many via amp rt http https www com"
  ).split(" "),
);

export interface TermMessage {
  id: number;
  text: string;
  reach: number;
  postedAt: number;
}

export interface RisingTerm {
  term: string;
  /** A two-word phrase rather than a word. */
  phrase: boolean;
  /** Messages of the period that use it. */
  count: number;
  /** Messages of the baseline that use it. */
  baselineCount: number;
  /** G², the log-likelihood ratio of "used more now" against "used as before"; 3.84 is p < 0.05. */
  score: number;
  /** How many times more often (per message) it is used now; null when the baseline never used it. */
  ratio: number | null;
  /** Up to three messages of the period that use it, widest reach first. */
  exampleIds: number[];
}

/** Terms a period must use at least this often: one message is an anecdote. */
export const minTermCount = 2;

/**
 * Lower-case words of at least three letters, no links, handles' "@" and hashtags' "#" dropped,
 * apostrophes kept inside words ("don't"). Numbers alone are not words.
 */
export function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((word) => word.replace(/’/g, "'").replace(/^'+|'+$/g, ""))
    .filter((word) => word.length >= 3 && !/^\p{N}+$/u.test(word));
}

/**
 * The distinct terms of one message: its words and its phrases of two adjacent words, leaving out
 * stop words and the brand's own names (every message of the brand says them).
 */
export function termsOf(text: string, ignored: ReadonlySet<string>): Set<string> {
  const tokens = words(text);
  const terms = new Set<string>();
  const kept = (word: string) => !STOPWORDS.has(word) && !ignored.has(word);
  tokens.forEach((word, i) => {
    if (!kept(word)) return;
    terms.add(word);
    const next = tokens[i + 1];
    if (next !== undefined && kept(next)) terms.add(`${word} ${next}`);
  });
  return terms;
}

/** O · ln(O / E), 0 for an empty cell. */
const cell = (observed: number, expected: number) =>
  observed === 0 ? 0 : observed * Math.log(observed / expected);

/**
 * Dunning's G² of a 2×2 table: `a` of `n1` period messages and `b` of `n2` baseline messages use
 * the term. 2 Σ O ln(O/E) over the four cells, E from the margins.
 */
export function logLikelihoodRatio(a: number, n1: number, b: number, n2: number): number {
  const total = n1 + n2;
  const used = a + b;
  if (n1 === 0 || n2 === 0 || used === 0 || used === total) return 0;
  const expected = (row: number, column: number) => (row * column) / total;
  return (
    2 *
    (cell(a, expected(used, n1)) +
      cell(b, expected(used, n2)) +
      cell(n1 - a, expected(total - used, n1)) +
      cell(n2 - b, expected(total - used, n2)))
  );
}

/**
 * The terms `period` uses more than `baseline`, strongest evidence first (ties: more messages, then
 * alphabetical). Only terms used by at least `minTermCount` messages of the period and at a higher
 * rate than in the baseline. With no baseline at all every term is new: they rank by count.
 */
export function risingTerms(
  period: TermMessage[],
  baseline: TermMessage[],
  ignoredWords: Iterable<string>,
  first: number,
): RisingTerm[] {
  const ignored = new Set(ignoredWords);
  const now = new Map<string, TermMessage[]>();
  for (const message of period) {
    for (const term of termsOf(message.text, ignored)) {
      const list = now.get(term);
      if (list) list.push(message);
      else now.set(term, [message]);
    }
  }
  const before = new Map<string, number>();
  for (const message of baseline) {
    for (const term of termsOf(message.text, ignored))
      if (now.has(term)) before.set(term, (before.get(term) ?? 0) + 1);
  }
  const n1 = period.length;
  const n2 = baseline.length;
  const rising: RisingTerm[] = [];
  for (const [term, messages] of now) {
    const a = messages.length;
    const b = before.get(term) ?? 0;
    if (a < minTermCount || (n2 > 0 && a / n1 <= b / n2)) continue;
    const examples = [...messages]
      .sort((x, y) => y.reach - x.reach || y.postedAt - x.postedAt || y.id - x.id)
      .slice(0, 3);
    rising.push({
      term,
      phrase: term.includes(" "),
      count: a,
      baselineCount: b,
      score: logLikelihoodRatio(a, n1, b, n2),
      ratio: b === 0 ? null : a / n1 / (b / n2),
      exampleIds: examples.map((message) => message.id),
    });
  }
  return rising
    .sort((x, y) => y.score - x.score || y.count - x.count || x.term.localeCompare(y.term))
    .slice(0, first);
}
