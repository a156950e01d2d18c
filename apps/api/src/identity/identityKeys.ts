// Keys the pipeline stores per record. Identity keys decide automatic merges:
// they are exact identifiers, so the database finds every record sharing one
// with an index lookup. Given name keys guard those merges against
// identifiers several people share, and name keys feed the name statistics
// that scoring weighs a shared name with.
import type { IdentityKey, PersonCandidate } from "./candidate.ts";
import { canonicalGivenName, correctedGivenName, isKnownGivenName } from "./nicknames.ts";
import {
  emailLocalPart,
  isRoleLocalPart,
  normalizeEmail,
  normalizeExternalId,
  normalizeHandle,
  parsePhone,
} from "./normalize.ts";
import { personName } from "./personName.ts";

export function deterministicKeys(candidate: PersonCandidate): IdentityKey[] {
  const keys: IdentityKey[] = [];
  for (const raw of candidate.emails ?? []) {
    const email = normalizeEmail(raw);
    // Team mailboxes (info@, sales@) are read by many people.
    if (email && !isRoleLocalPart(emailLocalPart(email))) {
      keys.push({ kind: "email", platform: "", value: email });
    }
  }
  for (const raw of candidate.phones ?? []) {
    const phone = parsePhone(raw, candidate.country);
    // The extension is part of the key: a switchboard number alone is shared by everyone behind it.
    if (phone)
      keys.push({
        kind: "phone",
        platform: "",
        value: phone.extension ? `${phone.e164};ext=${phone.extension}` : phone.e164,
      });
  }
  for (const ref of candidate.handles ?? []) {
    const handle = normalizeHandle(ref.platform, ref.handle);
    if (handle) keys.push({ kind: "handle", platform: handle.platform, value: handle.handle });
  }
  for (const ref of candidate.externalIds ?? []) {
    const external = normalizeExternalId(ref.source, ref.id);
    if (external) keys.push({ kind: "external", platform: external.source, value: external.id });
  }
  const seen = new Set<string>();
  return keys.filter((key) => {
    const text = identityKeyString(key);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** One string per key, for maps and for a single-column index. */
export function identityKeyString(key: IdentityKey): string {
  return `${key.kind}:${key.platform}:${key.value}`;
}

/**
 * The canonical given name ("bob" -> "robert"), or null when the record does
 * not state one (no name, a single word, or only an initial). Names are
 * completed from the record's own user names first (see personName). A slip in
 * a given name the nickname table knows is read as that name ("Michaeel"),
 * and a name written family name first without a comma ("Walker Thomas") is
 * read by the one word the table knows as a given name, so that neither
 * holds back the merge of one person's records.
 */
export function givenNameKey(candidate: PersonCandidate): string | null {
  const { tokens } = personName(candidate);
  if (tokens.length < 2 || tokens[0]!.length < 2) return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const swapped = !isKnownGivenName(first) && isKnownGivenName(last);
  return canonicalGivenName(correctedGivenName(swapped ? last : first));
}

/**
 * Records sharing an identity key merge automatically only when at most one
 * given name is stated among them. A family landline or a shared household
 * address otherwise joins "John Smith" and "Mary Smith"; such keys still feed
 * suggestions, where the full evidence is weighed. In SQL this is
 * `count(DISTINCT given_name_key) <= 1` per key, and again per merged component.
 */
export function givenNamesAgree(givenNameKeys: Iterable<string | null>): boolean {
  let seen: string | null = null;
  for (const key of givenNameKeys) {
    if (key === null) continue;
    if (seen !== null && key !== seen) return false;
    seen = key;
  }
  return true;
}

/**
 * The full name independent of order and nickname ("Smith, Bob" and "Robert
 * Smith" -> "robert smith"). The pipeline counts how many distinct people carry
 * each one, since a shared rare name is much stronger evidence than a shared
 * common one.
 */
export function nameKey(candidate: PersonCandidate): string | null {
  const { tokens } = personName(candidate);
  if (tokens.length < 2) return null;
  const given = canonicalGivenName(tokens[0]!);
  const family = tokens[tokens.length - 1]!;
  return given < family ? `${given} ${family}` : `${family} ${given}`;
}

/**
 * How common a name is in the data set, which decides how much a shared name
 * says: among 50,000 people two Mary Wrights are what chance predicts, two
 * Kathleen Berelworths are one person entered twice.
 */
export interface NameFrequency {
  /** Distinct people (after automatic merges) whose records carry the name key. */
  holders: number;
  /**
   * People expected to carry it by chance: people with its first word times
   * people with its second word, over all people (given and family names
   * treated as independent, the usual Fellegi-Sunter term frequency).
   */
  expectedByChance: number;
  /** Distinct people carrying each word of the name key, in nameKeyWords order: how common the family name is on its own. */
  wordHolders: readonly [number, number];
}

/**
 * Builds a NameFrequency from counts the pipeline takes with GROUP BY:
 * distinct people per nameKey, per nameKey word, and in total.
 */
export function nameFrequency(counts: {
  holders: number;
  wordHolders: readonly [number, number];
  people: number;
}): NameFrequency {
  return {
    holders: counts.holders,
    expectedByChance: (counts.wordHolders[0] * counts.wordHolders[1]) / Math.max(1, counts.people),
    wordHolders: counts.wordHolders,
  };
}

/** The two words of a nameKey, whose frequencies nameFrequency reads. */
export function nameKeyWords(key: string): [string, string] {
  const [first = "", second = ""] = key.split(" ");
  return [first, second];
}
