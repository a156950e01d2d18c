// How two parsed names relate. The result is a level, not a number: scoring
// turns levels into evidence, and explanations name the level to the user.

import { givenNameCandidates, givenNamesMatch } from "./nicknames.ts";
import type { ParsedName } from "./personName.ts";
import { phoneticCode } from "./phonetic.ts";
import { jaroWinkler, singleEdit } from "./stringDistance.ts";

export type NameMatchLevel =
  | "exact" // same given and family name
  | "nickname" // Bob ≈ Robert, or one side goes by the middle name
  | "typo" // one slip of the keyboard or a sound-alike spelling
  | "initial" // J. Smith ≈ John Smith
  | "partial" // only one word on one side, and it fits
  | "pseudonym" // one side is a single word that does not fit: a screen name
  | "family-conflict" // same given name, different family name
  | "given-conflict" // same family name, different given name: typically relatives
  | "different"
  | "missing"; // nothing to compare

export interface NameComparison {
  level: NameMatchLevel;
  /** True when the match needed "Smith John" to be read as "John Smith". */
  swapped: boolean;
  /** True when the family names agree exactly, so a "typo" level lies in the given name. */
  familyExact: boolean;
}

const LEVEL_RANK: readonly NameMatchLevel[] = [
  "exact",
  "nickname",
  "typo",
  "initial",
  "partial",
  "pseudonym",
  "family-conflict",
  "given-conflict",
  "different",
  "missing",
];

type GivenRelation = "exact" | "nickname" | "typo" | "initial" | "different";
type FamilyRelation = "exact" | "typo" | "different";

export function compareNames(a: ParsedName, b: ParsedName): NameComparison {
  if (a.tokens.length === 0 || b.tokens.length === 0)
    return { level: "missing", swapped: false, familyExact: false };
  if (a.single !== null || b.single !== null)
    return { level: compareSingleWord(a, b), swapped: false, familyExact: false };
  const straight = compareFullNames(a, b, false);
  if (rank(straight.level) <= INITIAL_RANK) return straight;
  // Either side may be the one written family-name first. A swapped reading
  // counts only where it makes the names fit or shows a shared family name;
  // "Wilson Julie" read as given name Wilson explains nothing.
  let best = straight;
  for (const option of [
    compareFullNames(a, reversed(b), true),
    compareFullNames(reversed(a), b, true),
  ]) {
    const meaningful = rank(option.level) <= INITIAL_RANK || option.level === "given-conflict";
    if (meaningful && rank(option.level) < rank(best.level)) best = option;
  }
  return best;
}

function compareSingleWord(a: ParsedName, b: ParsedName): NameMatchLevel {
  const word = (a.single ?? b.single)!;
  const other = a.single !== null ? b : a;
  const fits =
    other.single !== null
      ? givenNamesMatch(word, other.single)
      : other.given!.length === 1
        ? other.given === word[0]
        : givenNamesMatch(word, other.given!) || word === other.family;
  return fits ? "partial" : "pseudonym";
}

function compareFullNames(a: ParsedName, b: ParsedName, swapped: boolean): NameComparison {
  const family = relateFamily(a, b);
  return {
    level: combineRelations(relateGiven(a, b), family),
    swapped,
    familyExact: family === "exact",
  };
}

function combineRelations(given: GivenRelation, family: FamilyRelation): NameMatchLevel {
  if (family === "exact") {
    return given === "exact" ? "exact" : given === "different" ? "given-conflict" : given;
  }
  if (family === "typo") {
    if (given === "initial") return "initial";
    return given === "different" ? "different" : "typo";
  }
  return given === "initial" || given === "different" ? "different" : "family-conflict";
}

function relateGiven(a: ParsedName, b: ParsedName): GivenRelation {
  const relation = relateGivenTokens(a.given!, b.given!);
  if (relation !== "different" && relation !== "initial") return relation;
  // "J. Robert Smith" goes by Robert: a middle name on one side may be the given name on the other.
  return middleNameMatches(a, b.given!) || middleNameMatches(b, a.given!) ? "nickname" : relation;
}

function middleNameMatches(name: ParsedName, given: string): boolean {
  for (let i = 1; i < name.tokens.length - 1; i++) {
    const middle = name.tokens[i]!;
    if (middle.length > 1 && givenNamesMatch(middle, given)) return true;
  }
  return false;
}

function relateGivenTokens(x: string, y: string): GivenRelation {
  if (x.length === 1 || y.length === 1) return initialsMatch(x, y) ? "initial" : "different";
  if (x === y) return "exact";
  if (givenNamesMatch(x, y) || isClippedForm(x, y)) return "nickname";
  return isNameTypo(x, y) ? "typo" : "different";
}

function relateFamily(a: ParsedName, b: ParsedName): FamilyRelation {
  const x = a.family!;
  const y = b.family!;
  if (x === y) return "exact";
  if (isNameTypo(x, y)) return "typo";
  // Double family names ("Garcia Lopez") are often shortened to one part.
  return b.tokens.indexOf(x, 1) !== -1 || a.tokens.indexOf(y, 1) !== -1 ? "typo" : "different";
}

/** "J." fits John, and also Jim, whose formal name starts with J too. */
function initialsMatch(x: string, y: string): boolean {
  if (x[0] === y[0]) return true;
  const namesOfY = givenNameCandidates(y);
  for (const name of givenNameCandidates(x)) {
    if (name[0] === y[0]) return true;
    for (const other of namesOfY) if (name[0] === other[0]) return true;
  }
  return namesOfY.some((name) => name[0] === x[0]);
}

/**
 * Most English nicknames are clippings (Tom/Thomas, Thom/Thomas, Dan/Daniel),
 * so a given name that starts another one counts as a short form even when
 * the nickname table lacks it; the gendered endings (Eric/Erica) do not.
 */
function isClippedForm(x: string, y: string): boolean {
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return (
    shorter.length >= 3 &&
    longer.startsWith(shorter) &&
    !/^[ae]$/.test(longer.slice(shorter.length))
  );
}

/**
 * One keyboard slip or a sound-alike spelling. A substitution in a short name
 * usually makes another real name (Mary/Mark, Jan/Jon), so there it counts
 * only between neighbouring keys; a trailing a/e makes the other gender's
 * name (Eric/Erica), which is a different person, not a slip.
 */
function isNameTypo(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 3) return false;
  // A scanned form reads d as "cl" and m as "rn": the same name once folded, or a slip apart then.
  const [fx, fy] = [ocrFolded(x), ocrFolded(y)];
  return fx === fy || isSlip(x, y) || ((fx !== x || fy !== y) && isSlip(fx, fy));
}

/** Letter pairs that OCR reads for one letter, folded to the letter (digits are read as letters in normalize.nameTokens). */
const OCR_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/cl/g, "d"],
  [/rn/g, "m"],
  [/vv/g, "w"],
];

function ocrFolded(name: string): string {
  let folded = name;
  for (const [misread, letter] of OCR_FOLDS) folded = folded.replace(misread, letter);
  return folded;
}

function isSlip(x: string, y: string): boolean {
  const edit = singleEdit(x, y);
  if (edit === "transposition") return true;
  if (edit === "insertion" || edit === "deletion") {
    const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
    return !(longer.startsWith(shorter) && /[ae]$/.test(longer));
  }
  if (edit === "substitution") {
    if (Math.min(x.length, y.length) >= 6) return true;
    const at = [...x].findIndex((c, i) => c !== y[i]);
    if (keyboardNeighbours(x[at]!, y[at]!) || isSoundAlikeVowel(x[at]!, y[at]!)) return true;
  }
  return phoneticCode(x) === phoneticCode(y) && jaroWinkler(x, y) >= 0.88;
}

/** i and y spell one sound in names (Lisa/Lysa, Ingrid/Yngrid), which phonetic spellings swap. */
function isSoundAlikeVowel(a: string, b: string): boolean {
  return (a === "i" && b === "y") || (a === "y" && b === "i");
}

const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const ROW_OFFSETS = [0, 0.25, 0.75];

function keyboardNeighbours(a: string, b: string): boolean {
  const pa = keyPosition(a);
  const pb = keyPosition(b);
  if (!pa || !pb) return false;
  const rows = Math.abs(pa[0] - pb[0]);
  const columns = Math.abs(pa[1] - pb[1]);
  return (rows === 0 && columns === 1) || (rows === 1 && columns <= 0.8);
}

function keyPosition(key: string): [row: number, column: number] | null {
  const row = KEYBOARD_ROWS.findIndex((keys) => keys.includes(key));
  return row === -1 ? null : [row, KEYBOARD_ROWS[row]!.indexOf(key) + ROW_OFFSETS[row]!];
}

const reversedNames = new WeakMap<ParsedName, ParsedName>();

function reversed(name: ParsedName): ParsedName {
  let result = reversedNames.get(name);
  if (!result) {
    result = {
      ...name,
      tokens: [...name.tokens].reverse(),
      given: name.family,
      family: name.given,
    };
    reversedNames.set(name, result);
  }
  return result;
}

function rank(level: NameMatchLevel): number {
  return LEVEL_RANK.indexOf(level);
}

const INITIAL_RANK = rank("initial");
