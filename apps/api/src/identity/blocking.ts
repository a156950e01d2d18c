// Blocking keys: the pipeline stores them in an indexed table and compares
// only records that share a key. Each key is a conjunction narrow enough to
// keep blocks small, and together they cover the ways duplicates differ:
// nicknames and sound-alike typos (np), initials and unknown nicknames (fi),
// reused user names and the user names people build from their own name (un, and a longer
// prefix of long ones, ul), colleagues known by their given name (og), shared identifiers that were too
// ambiguous to merge automatically (id), addresses (pf, pg, sp, sc) and
// customer numbers a slip apart (xp, xs, xa, xb); name-only keys are bounded tighter for records
// that also carry an address and a customer number (anchoredElsewhere). Every key is a row written on
// import, so a key earns its place by the duplicates only it finds: one for
// swapped letters in the family name (given name with the family name's letters
// sorted) found 8 of 15,873 compared duplicate pairs at 50,000 CRM records and
// 11 of 21,008 registry ones that no other key found, and was dropped.

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
 * would not reach a suggestion anyway. At 15, comparisons per record at 50,000
 * records were 1.76 (registry) and 1.81 (CRM); at 10 they are 1.46 and 1.35, for
 * 0.1 and 0.4 points of recall (tuning seed 7).
 */
export const MAX_BLOCK_SIZE = 10;

export function blockingKeys(candidate: PersonCandidate): string[] {
  const features = featuresOf(candidate);
  const keys = new Set<string>();
  // Organizations are compared by a prefix: records drop the descriptive part
  // of a company name ("Redport" vs "Redport Software" vs redport.com).
  const organizations = [
    ...new Set([...features.organizationHints].map((label) => label.slice(0, ORGANIZATION_PREFIX))),
  ];
  // A record with a postal address is narrowed by its address keys instead (addAddressKeys): a
  // city refinement of every user-name stem would add three rows per record that they repeat.
  const cities = features.location && !features.address ? [features.location] : [];
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
  const usernameStems = features.usernames.flatMap(readings);
  for (const stem of new Set([...features.nameStems, ...usernameStems]))
    if (stem.length >= 6) addRefined(`un:${stem.slice(0, TRUNCATED_STEM_LENGTH)}`);
  // The longer prefix only for the name written given name first, as handles mostly spell it: the
  // family-name-first reading (galevfordstephanie) and stems under the prefix's length doubled
  // its rows (1.5 per CRM record instead of 0.47) for 6% more of the duplicates it finds.
  const givenFirst = [...features.nameStems].filter((stem) => family && stem.endsWith(family));
  for (const stem of new Set([...givenFirst, ...usernameStems]))
    if (stem.length >= LONG_STEM_LENGTH) keys.add(`ul:${stem.slice(0, LONG_STEM_LENGTH)}`);
  for (const organization of organizations) {
    for (const name of givenNamesAtWork(features, organization))
      keys.add(`og:${organization}|${name}`);
  }
  for (const identityKey of features.identityKeys) keys.add(`id:${identityKey}`);
  addAddressKeys(keys, features);
  for (const external of candidate.externalIds ?? [])
    for (const key of nearIdKeys(external, features)) keys.add(key);
  return [...keys];
}

/**
 * Keys that survive a slip in the name or in the address, each narrow enough that its block stays
 * small as the data set grows (every town has a High Street and a Smith): the postcode with the
 * family name's sound and the given initial, the postcode with the given name's sound and the family sound's first
 * letter (a typo rarely hits both names and the postcode), and the house number with the street's
 * sound within a postcode or within a suburb (a household, or one person with both names
 * mistyped; either place may be the one mistyped).
 */
function addAddressKeys(keys: Set<string>, features: CandidateFeatures): void {
  const address = features.address;
  if (!address) return;
  const name =
    features.name.tokens.length > 0 ? features.name : (features.nameFromEmail ?? features.name);
  const familySound = name.family ? phoneticCode(name.family) : null;
  const givenSound =
    name.given && name.given.length >= 2 ? phoneticCode(canonicalGivenName(name.given)) : null;
  const sound = (text: string | null) => (text ? phoneticCode(text.replaceAll(" ", "")) : null);
  const streetSound = sound(address.streetName);
  const citySound = sound(address.city);
  const { postcode, number } = address;
  // With the given name's initial too: postcodes fill with people sharing a family name's sound.
  const givenInitial = name.given ? canonicalGivenName(name.given)[0] : "";
  if (postcode && familySound) keys.add(`pf:${postcode}|${familySound}|${givenInitial}`);
  if (postcode && givenSound && familySound)
    keys.add(`pg:${postcode}|${givenSound}|${familySound[0]}`);
  // The postcode's digits in order, so that two transposed digits ("4309" for 3409) keep the key.
  if (number && streetSound && postcode)
    keys.add(`sp:${number}|${streetSound}|${[...postcode].sort().join("")}`);
  if (number && streetSound && citySound) keys.add(`sc:${number}|${streetSound}|${citySound}`);
}

/**
 * An id one slip from another keeps one of four parts of itself: its first five characters (a
 * slip near the end), its last five (near the start), its first two with its last three, or its
 * first three with its last two (in the middle). For ids of seven or eight characters every single
 * substitution, insertion, deletion or transposition leaves one of them whole. A part alone leaves
 * 10^5 values per id space, which a few hundred thousand customers fill, so each part is paired
 * with the first letters of both names' sounds (with one letter, pairs sharing only one part went
 * from 0.14 to 0.46 per record between 50,000 and 200,000 registry records).
 */
function nearIdKeys(
  external: { source: string; id: string },
  features: CandidateFeatures,
): string[] {
  const id = digitsOf(external.id);
  if (id.length < NEAR_ID_MIN_LENGTH) return [];
  const space = idSpace(external);
  const name = features.name.tokens.length > 0 ? features.name : features.nameFromEmail;
  // In the sounds' order, so that a name written family name first without a comma
  // ("Bradamman Stephen") keeps the key.
  const initials = [name?.given, name?.family]
    .flatMap((word) => (word ? [phoneticCode(word)] : []))
    .sort()
    .map((sound) => sound.slice(0, 1))
    .join("");
  return [
    `xp:${space}|${id.slice(0, 5)}|${initials}`,
    `xs:${space}|${id.slice(-5)}|${initials}`,
    `xa:${space}|${id.slice(0, 2)}|${id.slice(-3)}|${initials}`,
    `xb:${space}|${id.slice(0, 3)}|${id.slice(-2)}|${initials}`,
  ];
}

const NEAR_ID_MIN_LENGTH = 7;

const idSpace = (external: { source: string }): string => external.source.trim().toLowerCase();

/**
 * Name-only keys (np, fi, un, ul, og) fill with namesakes as the data set grows. Two records that
 * both carry a postal address and a customer number in one id space would share an address key
 * or a customer-number key if they were one person who kept either, so such a pair is compared
 * through name-only blocks only while the block holds at most NAME_ONLY_ANCHORED_BLOCK_SIZE
 * people (a common name that moved and got a new number is found by the smaller blocks). At
 * 50,000 registry records (seed 101) this cut comparisons per record from 1.32 to 0.86 and recall
 * from 0.986 to 0.978, most of it not pairs left out but the weights EM fits to the pairs that
 * remain (README, "Flatter registry cost"); CRM records rarely carry both, so it barely touches them.
 */
export const NAME_ONLY_ANCHORED_BLOCK_SIZE = 4;

export function isNameOnlyKey(key: string): boolean {
  return NAME_ONLY_KINDS.has(key.slice(0, 3));
}

const NAME_ONLY_KINDS = new Set(["np:", "fi:", "un:", "ul:", "og:"]);

/**
 * Whether two people, each given as its records (or one record), both carry a postal address and
 * a customer number that near-id keys cover in one id space: the pairs that name-only blocks
 * above NAME_ONLY_ANCHORED_BLOCK_SIZE do not compare.
 */
export function anchoredElsewhere(
  a: readonly PersonCandidate[],
  b: readonly PersonCandidate[],
): boolean {
  const hasAddress = (records: readonly PersonCandidate[]) =>
    records.some((record) => featuresOf(record).address !== null);
  if (!hasAddress(a) || !hasAddress(b)) return false;
  const spaces = (records: readonly PersonCandidate[]) =>
    new Set(
      records.flatMap((record) =>
        (record.externalIds ?? []).flatMap((external) =>
          digitsOf(external.id).length >= NEAR_ID_MIN_LENGTH ? [idSpace(external)] : [],
        ),
      ),
    );
  const spacesOfA = spaces(a);
  return [...spaces(b)].some((space) => spacesOfA.has(space));
}

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

/**
 * A longer prefix of the same stems, for the stems the TRUNCATED_STEM_LENGTH prefix leaves in
 * blocks of namesakes and near-namesakes ("stephaniegal" holds Stephanie Galevford, Stephanie
 * Galandsen and every other Stephanie Gal-): Twitter's limit, the shortest a platform cuts a
 * handle at, so a handle cut there still meets the full name. At 500,000 CRM records (seed 101)
 * 1,674 missed duplicate pairs shared only such outgrown user-name blocks and would have been
 * suggested if compared; this key compares 1,583 of them (crm recall 0.912 to 0.917, registry
 * within 0.001 of before) for 0.5 rows per record.
 */
const LONG_STEM_LENGTH = 15;
