// Blocking keys: the pipeline stores them in an indexed table and compares
// only records that share a key. Each key is a conjunction narrow enough to
// keep blocks small, and together they cover the ways duplicates differ:
// nicknames and sound-alike typos (np), initials and unknown nicknames (fi),
// swapped letters (ga), reused user names and the user names people build
// from their own name (un), colleagues known by their given name (og), and
// shared identifiers that were too ambiguous to merge automatically (id).

import { digitsOf } from "./addressEvidence.ts";
import type { PersonCandidate } from "./candidate.ts";
import { domainLabel } from "./domains.ts";
import { type CandidateFeatures, featuresOf } from "./features.ts";
import { canonicalGivenName, givenNameCandidates, givenNamesMatch } from "./nicknames.ts";
import { phoneticCode } from "./phonetic.ts";
import { isWorkAddress, TRUNCATED_STEM_LENGTH, type Username } from "./usernames.ts";

/**
 * Keys shared by more records than this are skipped: a block that large is a
 * common name ("fi:smith|j" in a big data set), and comparing all of it would
 * make the cost per record grow with the data set. The refined keys (the same
 * name or user-name stem within one organization or city) still find
 * duplicates inside it, and a shared common name without such corroboration
 * would not reach a suggestion anyway.
 */
export const MAX_BLOCK_SIZE = 15;

export function blockingKeys(candidate: PersonCandidate): string[] {
  const features = featuresOf(candidate);
  const keys = new Set<string>();
  // Organizations are compared by a prefix: records drop the descriptive part
  // of a company name ("Redport" vs "Redport Software" vs redport.com).
  const organizations = [
    ...new Set([...features.organizationHints].map((label) => label.slice(0, ORGANIZATION_PREFIX))),
  ];
  const cities = features.location ? [features.location] : [];
  /** Adds a key with its narrower variants, which stay usable once the key itself outgrows MAX_BLOCK_SIZE. */
  const addRefined = (key: string): void => {
    keys.add(key);
    for (const organization of organizations) keys.add(`${key}|o:${organization}`);
    for (const city of cities) keys.add(`${key}|c:${city}`);
  };

  // A nameless record is blocked by the name its address spells ("mary.jones@").
  const { given, family } =
    features.name.tokens.length > 0 ? features.name : (features.nameFromEmail ?? features.name);
  if (given && family) {
    const givenForms = given.length >= 2 ? givenNameCandidates(given) : [];
    const familySound = phoneticCode(family);
    for (const form of givenForms) {
      // Sorted, so "Smith John" meets "John Smith".
      keys.add(`np:${[phoneticCode(form), familySound].sort().join("|")}`);
      if (family.length >= 4) keys.add(`ga:${form}|${sortedLetters(family)}`);
    }
    for (const initial of new Set([given[0]!, ...givenForms.map((form) => form[0]!)]))
      keys.add(`fi:${family}|${initial}`);
  }

  // Name and user-name stems, cut to a prefix so that handles cut at a
  // platform's length limit meet the full name. Shorter stems are mostly bare
  // given names ("anna" from anna84), whose blocks hold everyone called Anna.
  // A record without a full name is found mostly through its user names, so
  // each of their readings counts ("jimsmith" as jamessmith).
  const readings = (username: Username): string[] =>
    features.name.family !== null ? [username.stem] : username.readings;
  const stems = [...features.nameStems, ...features.usernames.flatMap(readings)];
  for (const stem of new Set(stems))
    if (stem.length >= 6) addRefined(`un:${stem.slice(0, TRUNCATED_STEM_LENGTH)}`);
  for (const organization of organizations) {
    for (const name of givenNamesAtWork(features, organization))
      keys.add(`og:${organization}|${name}`);
  }
  for (const identityKey of features.identityKeys) keys.add(`id:${identityKey}`);
  addAddressKeys(keys, features);
  for (const external of candidate.externalIds ?? [])
    for (const key of nearIdKeys(external)) keys.add(key);
  return [...keys];
}

/**
 * Keys that survive a slip in the name or in the address: the postcode with the sound of either
 * name (a typo rarely hits both names and the postcode), the house number with the street's
 * sound (a household, or one person with both names mistyped), and the street's sound with the
 * family name's (a postcode mistyped or missing).
 */
function addAddressKeys(keys: Set<string>, features: CandidateFeatures): void {
  const address = features.address;
  if (!address) return;
  const name =
    features.name.tokens.length > 0 ? features.name : (features.nameFromEmail ?? features.name);
  const familySound = name.family ? phoneticCode(name.family) : null;
  const givenSound =
    name.given && name.given.length >= 2 ? phoneticCode(canonicalGivenName(name.given)) : null;
  const streetSound = address.streetName
    ? phoneticCode(address.streetName.replaceAll(" ", ""))
    : null;
  if (address.postcode && familySound) keys.add(`pf:${address.postcode}|${familySound}`);
  if (address.postcode && givenSound) keys.add(`pg:${address.postcode}|${givenSound}`);
  if (address.number && streetSound) keys.add(`sa:${address.number}|${streetSound}`);
  if (streetSound && familySound) keys.add(`sf:${streetSound}|${familySound}`);
}

/**
 * An id one slip from another keeps one of four parts of itself: its first five characters (a
 * slip near the end), its last five (near the start), its first two with its last three, or its
 * first three with its last two (in the middle). For ids of seven or eight characters every single
 * substitution, insertion, deletion or transposition leaves one of them whole, and each part
 * leaves 10^5 values per id space, so blocks stay small.
 */
function nearIdKeys(external: { source: string; id: string }): string[] {
  const id = digitsOf(external.id);
  if (id.length < NEAR_ID_MIN_LENGTH) return [];
  const space = external.source.trim().toLowerCase();
  return [
    `xp:${space}|${id.slice(0, 5)}`,
    `xs:${space}|${id.slice(-5)}`,
    `xa:${space}|${id.slice(0, 2)}|${id.slice(-3)}`,
    `xb:${space}|${id.slice(0, 3)}|${id.slice(-2)}`,
  ];
}

const NEAR_ID_MIN_LENGTH = 7;

/**
 * The given names a colleague could know this record by at this
 * organization, where company address schemes spell only the given name,
 * alone or with the family initial (karen@, ashleya@; see
 * nameEvidence.givenNameAddress). A record with an address there is known
 * by the given name the address spells, if it spells one; any other record
 * holding that same address shares it as an identity key anyway. A record
 * without an address there is known by its stated given name.
 */
function givenNamesAtWork(features: CandidateFeatures, organization: string): string[] {
  const name = features.name.tokens.length > 0 ? features.name : features.nameFromEmail;
  const given = name?.given ?? name?.single ?? null;
  const addresses = features.usernames.filter(
    (username) => isWorkAddress(username) && organizationPrefix(username) === organization,
  );
  if (addresses.length === 0) return given && given.length >= 2 ? [canonicalGivenName(given)] : [];
  const spelled = addresses.flatMap(({ stem }) => [stem, stem.slice(0, -1)]);
  return [
    ...new Set(
      spelled.filter((word) => !given || givenNamesMatch(word, given)).map(canonicalGivenName),
    ),
  ];
}

function organizationPrefix(address: Username): string {
  return domainLabel(address.source.slice("email:".length)).slice(0, ORGANIZATION_PREFIX);
}

const ORGANIZATION_PREFIX = 6;

/** Letters in order, so a transposition ("Smtih") keeps the key of "Smith". */
function sortedLetters(word: string): string {
  return [...word].sort().join("");
}
