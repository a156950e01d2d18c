// What scoring and blocking read from a candidate, derived once per candidate
// object: normalizing phones and names dominates the cost of a comparison, and
// one record takes part in many comparisons.

import { type AddressParts, addressPartsOf } from "./addressEvidence.ts";
import type { PersonCandidate } from "./candidate.ts";
import { domainLabel } from "./domains.ts";
import { deterministicKeys, identityKeyString, nameKey } from "./identityKeys.ts";
import { givenNameCandidates } from "./nicknames.ts";
import {
  emailDomain,
  isFreeMailDomain,
  normalizeEmail,
  normalizeLocation,
  normalizeOrganization,
  registrableDomain,
  taglineOrganization,
} from "./normalize.ts";
import { nameSpelledByEmail, type ParsedName, personName } from "./personName.ts";
import { type Username, usernamesOf } from "./usernames.ts";

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
  /**
   * The organization labels plus one named only in the display name's
   * tagline ("Rose Huxard | Pixelfield Group"): taglines also carry titles
   * and mottos, so they count for a match, never against one.
   */
  organizationHints: Set<string>;
  /** Registrable non-free domains from email addresses and the domain field. */
  organizationDomains: Set<string>;
  /**
   * Domains of the record's own work addresses (team mailboxes left out),
   * and whether it lists a personal address or a phone: what two records
   * listing different ones contradict each other with.
   */
  workAddressDomains: Set<string>;
  hasPersonalAddress: boolean;
  hasPhone: boolean;
  location: string | null;
  /** The stated address, or the one the location holds (addressEvidence.addressPartsOf). */
  address: AddressParts | null;
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
  const address = addressPartsOf(candidate);
  const addressInItsLocation = address !== null && candidate.address === undefined;
  const name = personName(candidate);
  const nameFromEmail = name.tokens.length === 0 ? nameSpelledByEmail(candidate) : null;
  const emails = (candidate.emails ?? []).flatMap((raw) => normalizeEmail(raw) ?? []);
  const organizationDomains = new Set<string>();
  for (const email of emails) {
    const domain = emailDomain(email);
    if (domain && !isFreeMailDomain(domain)) organizationDomains.add(registrableDomain(domain));
  }
  // Systems that know an organization only by its web site name it "acme.com": that is a domain, not a name.
  const organizationDomain = candidate.organization ? webDomain(candidate.organization) : null;
  for (const declared of [
    candidate.domain ? webDomain(candidate.domain) : null,
    organizationDomain,
  ]) {
    if (declared && !isFreeMailDomain(declared))
      organizationDomains.add(registrableDomain(declared));
  }
  const organization =
    candidate.organization && !organizationDomain
      ? normalizeOrganization(candidate.organization)
      : null;
  const organizationLabels = new Set([...organizationDomains].map(domainLabel));
  if (organization) organizationLabels.add(organization.replaceAll(" ", ""));
  const tagline = candidate.name ? taglineOrganization(candidate.name) : null;
  const organizationHints = new Set([
    ...organizationLabels,
    ...(tagline ? [tagline.replaceAll(" ", "")] : []),
  ]);
  const identifiers = deterministicKeys(candidate);
  const workAddressDomains = new Set<string>();
  let hasPersonalAddress = false;
  for (const key of identifiers) {
    if (key.kind !== "email") continue;
    const domain = emailDomain(key.value)!;
    if (isFreeMailDomain(domain)) hasPersonalAddress = true;
    else workAddressDomains.add(domain);
  }
  return {
    name,
    nameFromEmail,
    nameKey: nameKey(candidate),
    identityKeys: new Set(identifiers.map(identityKeyString)),
    organizationLabels,
    organizationHints,
    organizationDomains,
    workAddressDomains,
    hasPersonalAddress,
    hasPhone: identifiers.some((key) => key.kind === "phone"),
    // A location that is an address names its city after the street: "12 Smith St, Richmond" is in
    // Richmond, and "27 Canterbury Pl, TAS 249" names no city at all (its street is no city).
    location: addressInItsLocation
      ? (address.city ?? null)
      : (address?.city ?? (candidate.location ? normalizeLocation(candidate.location) : null)),
    locationDisplay: addressInItsLocation
      ? (address.display.city ?? null)
      : (address?.display.city ?? (candidate.location?.split(",")[0]?.trim() || null)),
    address,
    usernames: usernamesOf(candidate),
    nameStems: nameStemsOf(nameFromEmail ?? name),
  };
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

/** "https://www.acme.com/about" -> "acme.com". */
function webDomain(raw: string): string | null {
  const host =
    raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, "")
      .replace(/^www\./, "")
      .split(/[/?#:]/)[0] ?? "";
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : null;
}
