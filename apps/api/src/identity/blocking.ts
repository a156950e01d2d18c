// Blocking keys: the pipeline stores them in an indexed table and compares
// only records that share a key. Each key is a conjunction narrow enough to
// keep blocks small, and together they cover the ways duplicates differ:
// nicknames and sound-alike typos (np), initials and unknown nicknames (fi),
// swapped letters (ga), colleagues (of), reused user names (un), and shared
// identifiers that were too ambiguous to merge automatically (id).
import type { PersonCandidate } from "./candidate";
import { featuresOf, TRUNCATED_STEM_LENGTH } from "./features";
import { givenNameCandidates } from "./nicknames";
import { phoneticCode } from "./phonetic";

/**
 * Keys shared by more records than this are skipped: a block that large is a
 * common name ("fi:smith|j" in a big data set), and comparing all of it would
 * make the cost per record grow with the data set. The refined keys (the same
 * name key within one organization or city) still find duplicates inside it,
 * and a shared common name without such corroboration would not reach a
 * suggestion anyway.
 */
export const MAX_BLOCK_SIZE = 15;

export function blockingKeys(candidate: PersonCandidate): string[] {
  const features = featuresOf(candidate);
  const keys = new Set<string>();
  // Organizations are compared by a prefix: records drop the descriptive part
  // of a company name ("Redport" vs "Redport Software" vs redport.com).
  const organizations = [...new Set([...features.organizationLabels].map((label) => label.slice(0, ORGANIZATION_PREFIX)))];
  const cities = features.location ? [features.location] : [];
  /** Adds a key with its narrower variants, which stay usable once the key itself outgrows MAX_BLOCK_SIZE. */
  const addRefined = (key: string): void => {
    keys.add(key);
    for (const organization of organizations) keys.add(`${key}|o:${organization}`);
    for (const city of cities) keys.add(`${key}|c:${city}`);
  };

  // A nameless record is blocked by the name its address spells ("mary.jones@").
  const { given, family } = features.name.tokens.length > 0 ? features.name : features.nameFromEmail ?? features.name;
  if (given && family) {
    const givenForms = given.length >= 2 ? givenNameCandidates(given) : [];
    const familySound = phoneticCode(family);
    for (const form of givenForms) {
      // Sorted, so "Smith John" meets "John Smith".
      addRefined(`np:${[phoneticCode(form), familySound].sort().join("|")}`);
      if (family.length >= 4) keys.add(`ga:${form}|${sortedLetters(family)}`);
    }
    for (const initial of new Set([given[0]!, ...givenForms.map((form) => form[0]!)])) addRefined(`fi:${family}|${initial}`);
    for (const organization of organizations) keys.add(`of:${organization}|${familySound}`);
  }

  // Cut to a prefix so that handles truncated at a platform's length limit
  // meet the full name. Shorter stems are mostly bare given names ("anna"
  // from anna84), whose blocks hold everyone called Anna.
  const stems = [...features.nameStems, ...features.usernames.map((username) => username.stem)];
  for (const stem of new Set(stems)) if (stem.length >= 6) addRefined(`un:${stem.slice(0, TRUNCATED_STEM_LENGTH)}`);
  for (const identityKey of features.identityKeys) keys.add(`id:${identityKey}`);
  return [...keys];
}

const ORGANIZATION_PREFIX = 6;

/** Letters in order, so a transposition ("Smtih") keeps the key of "Smith". */
function sortedLetters(word: string): string {
  return [...word].sort().join("");
}
