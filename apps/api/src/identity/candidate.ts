// The shapes identity resolution works on. A candidate is one source record's
// view of a person; the database pipeline builds it from a row, the evaluation
// from a generated record.

import type { PersonProfile } from "../ingest/records/types.ts";
import type { PostalAddress } from "./address.ts";

export interface HandleRef {
  platform: string;
  handle: string;
}

export interface ExternalIdRef {
  source: string;
  id: string;
}

export interface PersonCandidate {
  name?: string;
  emails?: string[];
  phones?: string[];
  handles?: HandleRef[];
  /** Ids other systems gave this person (a CRM contact id carried by a helpdesk user). */
  externalIds?: ExternalIdRef[];
  organization?: string;
  /** The organization's web domain, when the source knows it. */
  domain?: string;
  location?: string;
  /** Normalized postal address (address.ts); an address written in `location` is read as well. */
  address?: PostalAddress;
  /** ISO 3166 country used for phone numbers written without a country code; "US" when absent. */
  country?: string;
}

/** A record's person fields as a candidate: what the import groups by and what suggestions compare. */
export const candidateOfProfile = (profile: PersonProfile): PersonCandidate => ({
  name: profile.name,
  emails: profile.emails,
  phones: profile.phones,
  handles: profile.handles,
  externalIds: profile.externalIds,
  organization: profile.organization?.name,
  domain: profile.organization?.domain,
  location: profile.location,
  address: profile.address,
});

export type IdentityKeyKind = "email" | "phone" | "handle" | "external";

/**
 * A normalized identifier that belongs to one person. `platform` is the social
 * platform for handles, the source system for external ids, and "" for email
 * and phone, so (kind, platform, value) is always a complete unique key.
 */
export interface IdentityKey {
  kind: IdentityKeyKind;
  platform: string;
  value: string;
}

export interface ScoreSignal {
  signal: string;
  /** Contribution in natural-log odds: positive supports "same person". */
  weight: number;
  detail: string;
}

export interface PairScore {
  score: number;
  signals: ScoreSignal[];
  explanation: string;
}
