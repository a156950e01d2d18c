// What scoring and blocking read from a candidate, derived once per candidate
// object: normalizing phones and names dominates the cost of a comparison, and
// one record takes part in many comparisons.
import type { PersonCandidate } from "./candidate";
import { deterministicKeys, identityKeyString, nameKey } from "./identityKeys";
import { domainLabel } from "./domains";
import { givenNameCandidates } from "./nicknames";
import {
  emailDomain, emailLocalPart, isFreeMailDomain, isRoleLocalPart, normalizeEmail, normalizeHandle, normalizeLocation,
  normalizeOrganization, registrableDomain,
} from "./normalize";
import { nameSpelledByEmail, personName, type ParsedName } from "./personName";

/** A user name chosen by the person: an email local part or a social handle. */
export interface Username {
  /** Where it was chosen ("twitter", "email:gmail.com"): the same value at the same place is an identity key, not a coincidence. */
  source: string;
  /** Lowercase, separators removed, digits kept: "john.smith84" -> "johnsmith84". */
  compact: string;
  /** Letters only: "johnsmith". */
  stem: string;
}

export interface CandidateFeatures {
  name: ParsedName;
  /**
   * For a record without a name, the name its address spells out
   * ("mary.jones@" -> Mary Jones). Only trusted where the other record's
   * family name confirms the reading.
   */
  nameFromEmail: ParsedName | null;
  /** See identityKeys.nameKey. */
  nameKey: string | null;
  identityKeys: Set<string>;
  /** Names an organization goes by, comparable across org names and domains: "Acme Corp" and acme.com -> "acme". */
  organizationLabels: Set<string>;
  /** Registrable non-free domains from email addresses and the domain field. */
  organizationDomains: Set<string>;
  location: string | null;
  /** The city as the record wrote it ("Berlin"), for explanations. */
  locationDisplay: string | null;
  usernames: Username[];
  /** User names people typically derive from this name (or the name the address spells): johnsmith, jsmith, smithjohn. */
  nameStems: Set<string>;
}

const featureCache = new WeakMap<PersonCandidate, CandidateFeatures>();

export function featuresOf(candidate: PersonCandidate): CandidateFeatures {
  let features = featureCache.get(candidate);
  if (!features) {
    features = deriveFeatures(candidate);
    featureCache.set(candidate, features);
  }
  return features;
}

function deriveFeatures(candidate: PersonCandidate): CandidateFeatures {
  const name = personName(candidate);
  const nameFromEmail = name.tokens.length === 0 ? nameSpelledByEmail(candidate) : null;
  const emails = (candidate.emails ?? []).flatMap((raw) => normalizeEmail(raw) ?? []);
  const organizationDomains = new Set<string>();
  for (const email of emails) {
    const domain = emailDomain(email);
    if (domain && !isFreeMailDomain(domain)) organizationDomains.add(registrableDomain(domain));
  }
  const declaredDomain = candidate.domain ? webDomain(candidate.domain) : null;
  if (declaredDomain && !isFreeMailDomain(declaredDomain)) organizationDomains.add(registrableDomain(declaredDomain));
  const organization = candidate.organization ? normalizeOrganization(candidate.organization) : null;
  const organizationLabels = new Set([...organizationDomains].map(domainLabel));
  if (organization) organizationLabels.add(organization.replaceAll(" ", ""));
  return {
    name,
    nameFromEmail,
    nameKey: nameKey(candidate),
    identityKeys: new Set(deterministicKeys(candidate).map(identityKeyString)),
    organizationLabels,
    organizationDomains,
    location: candidate.location ? normalizeLocation(candidate.location) : null,
    locationDisplay: candidate.location?.split(",")[0]?.trim() || null,
    usernames: usernamesOf(candidate, emails),
    nameStems: nameStemsOf(nameFromEmail ?? name),
  };
}

function usernamesOf(candidate: PersonCandidate, emails: string[]): Username[] {
  const usernames: Username[] = [];
  for (const email of emails) {
    const local = emailLocalPart(email);
    if (!isRoleLocalPart(local)) usernames.push(username(`email:${emailDomain(email)}`, local));
  }
  for (const ref of candidate.handles ?? []) {
    const handle = normalizeHandle(ref.platform, ref.handle);
    if (handle) usernames.push(username(handle.platform, handle.handle.toLowerCase()));
  }
  return usernames.filter((u) => u.stem.length >= 3);
}

function username(source: string, value: string): Username {
  return { source, compact: value.replace(/[._\-+]/g, ""), stem: value.replace(/[^a-z]/g, "") };
}

function nameStemsOf(name: ParsedName): Set<string> {
  const stems = new Set<string>();
  const { given: written, family } = name;
  if (!written || !family || written.length < 2) return stems;
  for (const given of new Set<string>([written, ...givenNameCandidates(written)])) {
    stems.add(given + family);
    stems.add(given[0] + family);
    stems.add(family + given);
  }
  return stems;
}

/**
 * True when a user name's letters are one of the name stems, or a long
 * prefix of one: platforms cut names at a length limit (15 on Twitter), so
 * "barbaraellandri" is Barbara Ellandridge.
 */
export function usernameFitsName(stem: string, nameStems: ReadonlySet<string>): boolean {
  if (nameStems.has(stem)) return true;
  if (stem.length < TRUNCATED_STEM_LENGTH) return false;
  for (const nameStem of nameStems) if (nameStem.startsWith(stem)) return true;
  return false;
}

/** Stems this long are specific even when cut short; blocking keys use this prefix. */
export const TRUNCATED_STEM_LENGTH = 12;

/** "https://www.acme.com/about" -> "acme.com". */
function webDomain(raw: string): string | null {
  const host = raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").split(/[/?#:]/)[0] ?? "";
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : null;
}
