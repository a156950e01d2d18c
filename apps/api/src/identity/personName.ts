// The name a record gives for its person, completed from its own user names
// where the written name is only partial: "J. Johnson" with
// james.johnson@acme.com is James Johnson, "Mary" with @marylopez is Mary
// Lopez. Blocking, scoring and the name keys all read the name through here
// so they agree on it.
import type { PersonCandidate } from "./candidate.ts";
import { memoizeByString } from "./memo.ts";
import {
  givenNameCandidates,
  givenNameForms,
  givenNamesMatch,
  isKnownGivenName,
} from "./nicknames.ts";
import { emailLocalPart, isRoleLocalPart, nameTokens, normalizeEmail } from "./normalize.ts";
import { singleEdit } from "./stringDistance.ts";
import { describeUsername, type Username, usernamesOf } from "./usernames.ts";

export interface ParsedName {
  /** The name as the record wrote it (and the address that completed it), for explanations. */
  display: string;
  tokens: readonly string[];
  /** First and last word of a name with at least two words. */
  given: string | null;
  family: string | null;
  /** The only word of a one-word name, which may be a given name, a family name or a pseudonym. */
  single: string | null;
}

const personNames = new WeakMap<PersonCandidate, ParsedName>();

export function personName(candidate: PersonCandidate): ParsedName {
  let name = personNames.get(candidate);
  if (!name) {
    const written = parseWrittenName(candidate.name ?? "");
    // A record without a name is not named by its address here (features.nameFromEmail is).
    const spelled = written.tokens.length > 0 ? nameSpelledByEmail(candidate) : null;
    name = spelled ? completeName(written, spelled) : written;
    if (name.single !== null) name = completeSingleWord(name, candidate) ?? name;
    if (name.given?.length === 1)
      name =
        completeInitial(name, candidate) ?? completeInitialFromUsername(name, candidate) ?? name;
    else if (name.given !== null) name = correctSlipFromUsername(name, candidate) ?? name;
    personNames.set(candidate, name);
  }
  return name;
}

export function parseName(raw: string, display = raw.trim().replace(/\s+/g, " ")): ParsedName {
  const tokens = nameTokens(raw);
  if (tokens.length === 1)
    return { display, tokens, given: null, family: null, single: tokens[0]! };
  return {
    display,
    tokens,
    given: tokens[0] ?? null,
    family: tokens[tokens.length - 1] ?? null,
    single: null,
  };
}

/** A record's written name as parsed: the same names come back on every mention of a person. */
const parseWrittenName = memoizeByString((raw) => parseName(raw));

/** "mary.jones@..." -> Mary Jones; only addresses with a separator spell a name reliably. */
export function nameSpelledByEmail(candidate: PersonCandidate): ParsedName | null {
  for (const raw of candidate.emails ?? []) {
    const spelled = nameSpelledByAddress(raw);
    if (spelled) return spelled;
  }
  return null;
}

/** The name one address spells, once per address: every mention of a person repeats its addresses. */
const nameSpelledByAddress = memoizeByString((raw): ParsedName | null => {
  const email = normalizeEmail(raw);
  if (!email) return null;
  const local = emailLocalPart(email);
  const parts = SEPARATED_NAME.exec(local);
  if (!parts || isRoleLocalPart(local)) return null;
  const spelled = parseName(`${parts[1]} ${parts[2]}`, `${local}@`);
  // "dr.smith@" loses its title and no longer spells two names.
  return spelled.tokens.length === 2 ? spelled : null;
});

/** Two words joined by a separator, and perhaps a number: "mary.jones", "mary_jones84". */
const SEPARATED_NAME = /^([a-z]{2,})[._-]([a-z]{2,})\d*$/;

/**
 * "S. James" writing from susan@redport.com is Susan James: an address that
 * is one plain word starting with the initial is the given name in the
 * first-name address pattern companies use. Words carrying the family name or
 * its initial ("sjames", "susanj") follow other patterns and are left alone.
 */
function completeInitial(name: ParsedName, candidate: PersonCandidate): ParsedName | null {
  const family = name.family!;
  for (const raw of candidate.emails ?? []) {
    const email = normalizeEmail(raw);
    const local = email ? emailLocalPart(email) : "";
    const firstNamePattern =
      /^[a-z]{3,}$/.test(local) && !local.includes(family) && !local.endsWith(family[0]!);
    if (firstNamePattern && local.startsWith(name.given!) && !isRoleLocalPart(local)) {
      return parseName([local, ...name.tokens.slice(1)].join(" "), `${name.display} (${local}@)`);
    }
  }
  return null;
}

function completeName(written: ParsedName, spelled: ParsedName): ParsedName {
  const [x, y] = spelled.tokens as [string, string];
  const display = `${written.display} (${spelled.display})`;
  if (written.single !== null) {
    const word = written.single;
    if (word === x || givenNamesMatch(word, x)) return parseName(`${word} ${y}`, display);
    // "Smith" with john.smith@ is John Smith, but "Lisa" with stevens.lisa@ is Lisa Stevens.
    if (word === y)
      return parseName(
        isKnownGivenName(word) && !isKnownGivenName(x) ? `${word} ${x}` : `${x} ${word}`,
        display,
      );
    return written;
  }
  const { given, family } = written;
  if (given?.length === 1 && family !== null) {
    const other = family === y ? x : family === x ? y : null;
    if (other?.startsWith(given))
      return parseName([other, ...written.tokens.slice(1)].join(" "), display);
  }
  return written;
}

/**
 * "Mary" with marylopez@ or @lopezmary is Mary Lopez, "Freya" with
 * @fwesowford is Freya Wesowford: a user name that is a form of the written
 * given name ("Will" in williamgarcia, "Alexander" in alexbutler) joined to
 * another word, or its initial joined to a family name, names the family too.
 */
function completeSingleWord(name: ParsedName, candidate: PersonCandidate): ParsedName | null {
  const word = name.single!;
  if (word.length < 2) return null;
  const forms = givenNameForms(word);
  for (const username of usernamesOf(candidate)) {
    // A family name read from a handle that may have been cut may be cut too ("michelledunelwe").
    if (username.mayBeCut) continue;
    const { stem } = username;
    const family =
      familyBesideGiven(stem, forms) ?? (isInitialAndFamily(username, word) ? stem.slice(1) : null);
    if (family)
      return parseName(`${word} ${family}`, `${name.display} (${describeUsername(username)})`);
  }
  return null;
}

/**
 * "fwesowford" for Freya: the initial, then a word long enough to be a
 * family name. Not "sandrarosamby" for a misspelt "Sanndra" (the next letter
 * still spells the given name), and not a screen name with a number
 * ("runnerbook81" for Richard), which starts with the initial by chance.
 */
function isInitialAndFamily(username: Username, word: string): boolean {
  const { stem, compact } = username;
  return (
    stem[0] === word[0] &&
    stem[1] !== word[1] &&
    stem.length > MIN_FAMILY_AFTER_INITIAL &&
    compact === stem
  );
}

/**
 * The rest of a user name around the longest given-name form it starts (or
 * else ends) with: "lopez" in marylopez. Null when there is no such form, or
 * when the rest is too short to be a family name ("kenneths" is Kenneth S.,
 * not Ken Neths).
 */
function familyBesideGiven(stem: string, forms: readonly string[]): string | null {
  const longest = (matches: (form: string) => boolean): string | undefined =>
    forms.filter(matches).sort((x, y) => y.length - x.length)[0];
  const leading = longest((form) => stem.startsWith(form));
  const form = leading ?? longest((form) => stem.endsWith(form));
  if (!form) return null;
  const rest = leading ? stem.slice(form.length) : stem.slice(0, -form.length);
  return rest.length >= MIN_NAME_WORD_LENGTH ? rest : null;
}

/**
 * "P. Fenutsen" with @priyafenutsen is Priya Fenutsen, and "C. Carlenton"
 * with @catherinecarlen (cut at Twitter's length limit) is Catherine
 * Carlenton: a user name that joins a given name with this initial to the
 * family name, in either order, names the given name too.
 */
function completeInitialFromUsername(
  name: ParsedName,
  candidate: PersonCandidate,
): ParsedName | null {
  const initial = name.given!;
  const family = name.family!;
  for (const username of usernamesOf(candidate)) {
    const given = givenBesideFamily(username, family);
    if (
      given &&
      given.length >= MIN_NAME_WORD_LENGTH &&
      (given[0] === initial || givenNameCandidates(given).some((n) => n[0] === initial))
    ) {
      return parseName(
        [given, ...name.tokens.slice(1)].join(" "),
        `${name.display} (${describeUsername(username)})`,
      );
    }
  }
  return null;
}

/** The rest of a user name around a family name: "priya" in "priyafenutsen", "sean" in "webersean", "catherine" in "catherinecarlen". */
function givenBesideFamily(username: Username, family: string): string | null {
  const { stem } = username;
  if (stem.startsWith(family)) return stem.slice(family.length);
  if (stem.endsWith(family)) return stem.slice(0, -family.length);
  if (!username.mayBeCut) return null;
  for (let cut = family.length - 1; cut >= MIN_NAME_WORD_LENGTH + 1; cut--) {
    if (stem.endsWith(family.slice(0, cut))) return stem.slice(0, -cut);
  }
  return null;
}

/** A name word read from a user name has at least this many letters: shorter rests are initials ("marys" is Mary S.). */
const MIN_NAME_WORD_LENGTH = 3;
/** After a bare initial the rest must be longer still ("bcruz", but not "jason" as J. Ason). */
const MIN_FAMILY_AFTER_INITIAL = 4;

/**
 * "Reebecca Young" writing from rebecca.young@ is Rebecca Young: an address
 * or handle has to be typed right to work, a form's name field does not, so
 * where the record's own user name spells its name with one letter
 * different, the user name's spelling is the name.
 */
function correctSlipFromUsername(name: ParsedName, candidate: PersonCandidate): ParsedName | null {
  const given = name.given!;
  const family = name.family!;
  if (given.length < MIN_NAME_WORD_LENGTH || family.length < MIN_NAME_WORD_LENGTH) return null;
  for (const username of usernamesOf(candidate)) {
    // A handle cut at its platform's limit would "correct" Blackenova to Blackenov.
    if (username.mayBeCut) continue;
    const { stem } = username;
    const fixed =
      correctedPair(stem, given, family) ?? correctedPair(stem, family, given)?.reverse();
    if (!fixed) continue;
    const tokens = [...name.tokens];
    [tokens[0], tokens[tokens.length - 1]] = fixed;
    return parseName(tokens.join(" "), name.display);
  }
  return null;
}

/** [first, second] as the stem spells them, when it is first + second with exactly one of them one slip away. */
function correctedPair(stem: string, first: string, second: string): [string, string] | null {
  if (stem.endsWith(second) && singleEdit(stem.slice(0, -second.length), first))
    return [stem.slice(0, -second.length), second];
  if (stem.startsWith(first) && singleEdit(stem.slice(first.length), second))
    return [first, stem.slice(first.length)];
  return null;
}
