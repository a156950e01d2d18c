export interface BrandDefinition<BrandId extends string | number = string> {
  id: BrandId;
  name: string;
  kind: "own" | "competitor";
  /** Other names people use for the brand; the name itself is always matched too. */
  terms: string[];
}

export interface BrandMention<BrandId extends string | number = string> {
  brandId: BrandId;
  /** The configured term that matched, as written in the brand definition. */
  term: string;
  /** UTF-16 offset of the match in the text. */
  index: number;
}

export type BrandMatcher<BrandId extends string | number = string> = (
  text: string,
) => BrandMention<BrandId>[];

/** Between words of a term: "Zephyr Air" also matches "zephyrair", "zephyr-air" and "@zephyr_air". */
const TERM_SEPARATOR = /[\s\-_]+/gu;
const APOSTROPHES = /['’]/gu;
const SEPARATOR_PATTERN = String.raw`[\s\-_]*`;
/** "McDonald's" also matches "mcdonalds". */
const APOSTROPHE_PATTERN = "['’]?";
/*
 * A term must not run into a letter or digit on either side, so "Acme" matches
 * "acme's", "#acme" and "@acme" but not "acmeville". Scripts written without
 * spaces (Chinese, Japanese, Thai) are therefore matched only next to spaces
 * or punctuation.
 */
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const SEPARATOR_MARK = " ";
const APOSTROPHE_MARK = "'";

/**
 * The lowercase words of a term: every text the matcher finds the term in holds each of them
 * (the separators and apostrophes between them are what may vary), so they can preselect texts.
 */
export function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(TERM_SEPARATOR)
    .flatMap((part) => part.split(APOSTROPHES))
    .filter((word) => word !== "");
}

/** Lowercase with separators and apostrophes removed: the same key for every spelling a pattern accepts. */
function matchKey(text: string): string {
  return text.toLowerCase().replace(TERM_SEPARATOR, "").replace(APOSTROPHES, "");
}

/** Lowercase with each run of separators marked once and apostrophes kept, for building the trie. */
function trieSpelling(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .replace(TERM_SEPARATOR, SEPARATOR_MARK)
    .replace(APOSTROPHES, APOSTROPHE_MARK);
}

interface TrieNode {
  children: Map<string, TrieNode>;
  isTermEnd: boolean;
}

function escapeForRegex(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

function edgePattern(char: string): string {
  if (char === SEPARATOR_MARK) return SEPARATOR_PATTERN;
  if (char === APOSTROPHE_MARK) return APOSTROPHE_PATTERN;
  return escapeForRegex(char);
}

/*
 * The terms are compiled as a trie ("acme", "acme cloud", "acorn" share
 * "ac"), so the regex engine tries one branch per distinct next character
 * instead of every term at every position: at 1,500 terms this is about ten
 * times faster than a plain alternation. Longer continuations come first and
 * a term end is optional, so the longest term at a position wins.
 */
function trieToPattern(node: TrieNode): string {
  const branches = [...node.children].map(
    ([char, child]) => edgePattern(char) + trieToPattern(child),
  );
  if (branches.length === 0) return "";
  const alternatives = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  return node.isTermEnd ? `(?:${alternatives})?` : alternatives;
}

/**
 * Compiles brand names and terms into one matcher. It reports each brand at
 * most once per text, at its first mention, in order of position. When two
 * brands share a term, the brand listed first gets it.
 */
export function compileBrandMatcher<BrandId extends string | number = string>(
  brands: readonly BrandDefinition<BrandId>[],
): BrandMatcher<BrandId> {
  const termsByKey = new Map<string, { brandId: BrandId; term: string }>();
  const root: TrieNode = { children: new Map(), isTermEnd: false };
  for (const brand of brands) {
    for (const term of [brand.name, ...brand.terms]) {
      const key = matchKey(term);
      if (key === "" || termsByKey.has(key)) continue;
      termsByKey.set(key, { brandId: brand.id, term: term.trim() });
      let node = root;
      for (const char of trieSpelling(term)) {
        let child = node.children.get(char);
        if (!child) {
          child = { children: new Map(), isTermEnd: false };
          node.children.set(char, child);
        }
        node = child;
      }
      node.isTermEnd = true;
    }
  }
  if (termsByKey.size === 0) return () => [];

  const mentionPattern = new RegExp(`${WORD_BEFORE}(?:${trieToPattern(root)})${WORD_AFTER}`, "giu");
  return (text) => {
    const mentions: BrandMention<BrandId>[] = [];
    if (!text) return mentions;
    const seen = new Set<BrandId>();
    mentionPattern.lastIndex = 0;
    for (let match = mentionPattern.exec(text); match !== null; match = mentionPattern.exec(text)) {
      // Case folding in the regex and toLowerCase can disagree on rare characters; such a match is skipped.
      const found = termsByKey.get(matchKey(match[0]));
      if (found && !seen.has(found.brandId)) {
        seen.add(found.brandId);
        mentions.push({ brandId: found.brandId, term: found.term, index: match.index });
      }
    }
    return mentions;
  };
}
