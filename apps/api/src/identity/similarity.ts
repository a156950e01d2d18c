// Probabilistic comparison of two person records. Evidence adds up as
// natural-log odds (a Fellegi-Sunter style model with hand-set weights, see
// weights.ts), so each signal says how much more likely "same person" became
// and the score is the resulting probability. Scores only ever create merge
// suggestions: automatic merges come from deterministic identity keys alone.

import {
  type AddressParts,
  type AgreementLevel,
  cityLevel,
  externalIdLevel,
  postcodeLevel,
  streetLevel,
} from "./addressEvidence.ts";
import type { PairScore, PersonCandidate, ScoreSignal } from "./candidate.ts";
import { type CandidateFeatures, featuresOf } from "./features.ts";
import {
  type ComparisonField,
  type ComparisonModel,
  type ComparisonVector,
  DEFAULT_MODEL,
  levelWeight,
} from "./fellegiSunter.ts";
import { nameEvidence } from "./nameEvidence.ts";
import type { NameMatchLevel } from "./nameMatch.ts";
import { compareNames } from "./nameMatch.ts";
import type { NameStatistics } from "./namesakes.ts";
import { emailLocalPart, isFreeMailAddress } from "./normalize.ts";
import { TRUNCATED_STEM_LENGTH } from "./usernames.ts";
import { BASELINE_LOG_ODDS, EVIDENCE_WEIGHT } from "./weights.ts";

export {
  anchoredElsewhere,
  blockingKeys,
  isNameOnlyKey,
  MAX_BLOCK_SIZE,
  NAME_ONLY_ANCHORED_BLOCK_SIZE,
} from "./blocking.ts";
export { type ComparisonModel, fitComparisonModel } from "./fellegiSunter.ts";
export {
  deterministicKeys,
  givenNameKey,
  givenNamesAgree,
  identityKeyString,
  type NameFrequency,
  nameFrequency,
  nameKey,
  nameKeyWords,
} from "./identityKeys.ts";
export { jaroWinkler } from "./stringDistance.ts";

export type ScoreOptions = NameStatistics & {
  /** Address and customer-number weights fitted to the compared pairs (fellegiSunter.ts); the prior when absent. */
  comparisonModel?: ComparisonModel;
};

/** The agreement levels of a pair, for fitting the comparison model: what scorePair weighs them with. */
export function comparisonVector(a: PersonCandidate, b: PersonCandidate): ComparisonVector {
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const vector: ComparisonVector = {};
  const name = NAME_AGREEMENT[compareNames(fa.name, fb.name).level];
  if (name) vector.name = name;
  if (fa.address && fb.address) {
    const street = streetLevel(fa.address, fb.address);
    const postcode = postcodeLevel(fa.address, fb.address);
    const city = cityLevel(fa.address, fb.address);
    if (street) vector.street = street;
    if (postcode) vector.postcode = postcode;
    if (city) vector.city = city;
  }
  const customer = externalIdLevel(a.externalIds, b.externalIds);
  if (customer) vector.customerNumber = customer.level;
  return vector;
}

/** Name levels as the comparison model's anchor: agreeing, a slip apart, or disagreeing. */
const NAME_AGREEMENT: Record<NameMatchLevel, AgreementLevel | null> = {
  exact: "exact",
  nickname: "exact",
  typo: "close",
  initial: "close",
  partial: "close",
  pseudonym: null,
  "family-conflict": "different",
  "given-conflict": "different",
  different: "different",
  missing: null,
};

/**
 * Pairs scoring above this are suggested: odds of 1:9 for "same person". A
 * missed duplicate costs far more than a rejected suggestion (a person split
 * in two skews funnel and influence numbers until someone notices, while a
 * reviewer rejects a wrong suggestion with one click), so a suggestion is
 * worth showing once a miss would cost more than nine rejections; reviewers
 * see the score and the reasons, strongest first.
 */
export const SUGGEST_THRESHOLD = 0.1;

export function classifyPair(score: number): "suggest" | "none" {
  return score > SUGGEST_THRESHOLD ? "suggest" : "none";
}

export function scorePair(
  a: PersonCandidate,
  b: PersonCandidate,
  options: ScoreOptions = {},
): PairScore {
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const names = nameEvidence(fa, fb, options);
  const signals: ScoreSignal[] = [
    {
      signal: "baseline",
      weight: BASELINE_LOG_ODDS,
      detail: "prior odds for two records that share a blocking key",
    },
    names.signal,
  ];
  const model = options.comparisonModel ?? DEFAULT_MODEL;
  const addresses =
    fa.address && fb.address ? addressSignal(fa.address, fb.address, names.level, model) : null;
  for (const signal of [
    sharedIdentifierSignal(fa, fb, names.level) ?? contactConflictSignal(fa, fb),
    organizationSignal(fa, fb),
    // Two addresses compare their city among their other parts.
    fa.address?.city && fb.address?.city
      ? addresses
      : (locationSignal(fa, fb, names.level) ?? addresses),
    customerNumberSignal(a, b, model),
    usernameSignal(fa, fb),
  ]) {
    if (signal) signals.push(signal);
  }
  const logOdds = signals.reduce((sum, s) => sum + s.weight, 0);
  return { score: 1 / (1 + Math.exp(-logOdds)), signals, explanation: explain(signals) };
}

function sharedIdentifierSignal(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  nameLevel: NameMatchLevel,
): ScoreSignal | null {
  let shared: string[] | null = null;
  for (const key of fa.identityKeys) if (fb.identityKeys.has(key)) (shared ??= []).push(key);
  if (!shared) return null;
  const household =
    nameLevel === "given-conflict" && shared.every((key) => isHouseholdIdentifier(key, fa, fb));
  const weight =
    (household ? EVIDENCE_WEIGHT.sharedIdentifierInHousehold : EVIDENCE_WEIGHT.sharedIdentifier) +
    EVIDENCE_WEIGHT.extraSharedIdentifier * (shared.length - 1);
  const list = shared.map(describeIdentityKey).join(", ");
  return {
    signal: "shared-identifier",
    weight,
    detail: `same ${list}${household ? ", as relatives in one household do" : ""}`,
  };
}

/**
 * Relatives share a landline or a family mailbox ("thesmiths@"), not a work
 * address, a social account, or a personal mailbox named after one of them.
 */
function isHouseholdIdentifier(key: string, fa: CandidateFeatures, fb: CandidateFeatures): boolean {
  if (key.startsWith("phone:")) return true;
  if (!key.startsWith("email:") || !isFreeMailAddress(key)) return false;
  const stem = emailLocalPart(key.slice("email::".length)).replace(/[^a-z]/g, "");
  return !fa.nameStems.has(stem) && !fb.nameStems.has(stem);
}

/**
 * Both records list addresses or phones and share none. A company gives a
 * person one address, so two addresses at one company domain are two
 * colleagues; people keep a mobile number for years, and most use one
 * personal mailbox, though some keep an old one and households share one.
 */
function contactConflictSignal(fa: CandidateFeatures, fb: CandidateFeatures): ScoreSignal | null {
  const conflicts: Array<[weight: number, detail: string]> = [];
  const colleagueDomain = [...fa.workAddressDomains].find((domain) =>
    fb.workAddressDomains.has(domain),
  );
  if (colleagueDomain)
    conflicts.push([
      EVIDENCE_WEIGHT.differentAddressAtOrganization,
      `different addresses at ${colleagueDomain}`,
    ]);
  if (fa.hasPersonalAddress && fb.hasPersonalAddress)
    conflicts.push([EVIDENCE_WEIGHT.differentPersonalAddress, "different personal addresses"]);
  if (fa.hasPhone && fb.hasPhone)
    conflicts.push([EVIDENCE_WEIGHT.differentPhone, "different phone numbers"]);
  if (conflicts.length === 0) return null;
  return {
    signal: "contact-conflict",
    weight: conflicts.reduce((sum, [weight]) => sum + weight, 0),
    detail: conflicts.map(([, detail]) => detail).join(", "),
  };
}

function describeIdentityKey(key: string): string {
  const [kind, platform, ...rest] = key.split(":");
  const value = rest.join(":");
  if (kind === "handle") return `${platform} handle ${value}`;
  if (kind === "external") return `${platform} id ${value}`;
  return `${kind} ${value}`;
}

function organizationSignal(fa: CandidateFeatures, fb: CandidateFeatures): ScoreSignal | null {
  const sharedDomain = [...fa.organizationDomains].find((domain) =>
    fb.organizationDomains.has(domain),
  );
  if (sharedDomain) {
    return {
      signal: "organization",
      weight: EVIDENCE_WEIGHT.sameOrganization,
      detail: `same organization domain ${sharedDomain}`,
    };
  }
  for (const x of fa.organizationHints) {
    for (const y of fb.organizationHints) {
      if (organizationLabelsMatch(x, y)) {
        return {
          signal: "organization",
          weight: EVIDENCE_WEIGHT.sameOrganization,
          detail: `same organization ${x === y ? x : `${x} ≈ ${y}`}`,
        };
      }
    }
  }
  if (fa.organizationLabels.size === 0 || fb.organizationLabels.size === 0) return null;
  const show = (f: CandidateFeatures): string => [...f.organizationLabels].join("/");
  return {
    signal: "organization",
    weight: EVIDENCE_WEIGHT.differentOrganization,
    detail: `different organizations (${show(fa)} vs ${show(fb)})`,
  };
}

/** "acme" matches "acmelabs": records drop the descriptive part of a company name, and domains often do. */
function organizationLabelsMatch(x: string, y: string): boolean {
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= 4 && longer.startsWith(shorter);
}

function locationSignal(
  fa: CandidateFeatures,
  fb: CandidateFeatures,
  nameLevel: NameMatchLevel,
): ScoreSignal | null {
  if (!fa.location || !fb.location) return null;
  if (fa.location === fb.location) {
    // Relatives living together share the city by definition; it tells them apart from nothing.
    if (nameLevel === "given-conflict") return null;
    return {
      signal: "location",
      weight: EVIDENCE_WEIGHT.sameCity,
      detail: `same city ${fa.locationDisplay}`,
    };
  }
  return {
    signal: "location",
    weight: EVIDENCE_WEIGHT.differentCity,
    detail: `different cities (${fa.locationDisplay} vs ${fb.locationDisplay})`,
  };
}

function usernameSignal(fa: CandidateFeatures, fb: CandidateFeatures): ScoreSignal | null {
  let best: ScoreSignal | null = null;
  for (const ua of fa.usernames) {
    for (const ub of fb.usernames) {
      // The same address or handle in the same place is an identity key, counted already.
      if (ua.source === ub.source) continue;
      const fromName = fa.nameStems.has(ua.stem) || fb.nameStems.has(ub.stem);
      let weight = 0;
      if (ua.compact === ub.compact && ua.compact.length >= 4) {
        weight = /\d/.test(ua.compact)
          ? EVIDENCE_WEIGHT.sameUsernameWithDigits
          : fromName
            ? EVIDENCE_WEIGHT.sameUsernameFromName
            : ua.stem.length >= TRUNCATED_STEM_LENGTH
              ? EVIDENCE_WEIGHT.sameLongUsername
              : EVIDENCE_WEIGHT.sameUsername;
      } else if (ua.stem === ub.stem && ua.stem.length >= 5) {
        weight = fromName ? EVIDENCE_WEIGHT.sameUsernameFromName : EVIDENCE_WEIGHT.sameUsernameStem;
      }
      if (weight > (best?.weight ?? 0)) {
        const shown = ua.compact === ub.compact ? ua.compact : `${ua.compact} ≈ ${ub.compact}`;
        best = { signal: "username", weight, detail: `same user name ${shown}` };
      }
    }
  }
  return best;
}

const LEVEL_WORDS: Record<AgreementLevel, string> = {
  exact: "same",
  close: "1 edit apart",
  different: "different",
};

/**
 * The street, postcode and suburb of two addresses, each weighed by the fitted model: "same
 * street and postcode, suburb 1 edit apart". Relatives share an address by definition, so for
 * two different given names only disagreement counts.
 */
function addressSignal(
  a: AddressParts,
  b: AddressParts,
  nameLevel: NameMatchLevel,
  model: ComparisonModel,
): ScoreSignal | null {
  const parts: Array<[field: ComparisonField, word: string, level: AgreementLevel | null]> = [
    ["street", "street", streetLevel(a, b)],
    ["postcode", "postcode", postcodeLevel(a, b)],
    ["city", "suburb", cityLevel(a, b)],
  ];
  let weight = 0;
  const byLevel = new Map<AgreementLevel, string[]>();
  for (const [field, word, level] of parts) {
    if (!level) continue;
    const fitted = levelWeight(model, field, level);
    weight += nameLevel === "given-conflict" ? Math.min(0, fitted) : fitted;
    byLevel.set(level, [...(byLevel.get(level) ?? []), word]);
  }
  if (byLevel.size === 0) return null;
  const detail = (["exact", "close", "different"] as const)
    .filter((level) => byLevel.has(level))
    .map(
      (level) =>
        `${level === "close" ? "" : `${LEVEL_WORDS[level]} `}${byLevel.get(level)!.join(" and ")}${level === "close" ? ` ${LEVEL_WORDS.close}` : ""}`,
    )
    .join(", ");
  return { signal: "address", weight, detail };
}

/** A customer number one slip from the other's, in the same id space: strong evidence, not proof. */
function customerNumberSignal(
  a: PersonCandidate,
  b: PersonCandidate,
  model: ComparisonModel,
): ScoreSignal | null {
  const compared = externalIdLevel(a.externalIds, b.externalIds);
  if (!compared) return null;
  const weight = levelWeight(model, "customerNumber", compared.level);
  const what = `${compared.source} id`;
  return {
    signal: "customer-number",
    weight,
    detail: compared.level === "close" ? `${what} 1 ${compared.edit} apart` : `different ${what}s`,
  };
}

function explain(signals: ScoreSignal[]): string {
  const evidence = signals
    .filter((s) => s.signal !== "baseline")
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  const supporting = evidence.filter((s) => s.weight > 0).map((s) => s.detail);
  const against = evidence.filter((s) => s.weight < 0).map((s) => s.detail);
  if (supporting.length === 0)
    return `no supporting evidence${against.length > 0 ? `; ${against.join(", ")}` : ""}`;
  return against.length === 0
    ? supporting.join(", ")
    : `${supporting.join(", ")}; but ${against.join(", ")}`;
}
