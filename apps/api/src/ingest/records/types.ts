// The Parley records format as TypeScript types: what `validateRecord` hands back.
// The wire format (docs/records.md) is the same shape, except that timestamps arrive as
// strings or numbers and person references carry no `by` tag.
import type { PostalAddress } from "../../identity/address.ts";

export const RECORD_TYPES = [
  "person",
  "message",
  "touchpoint",
  "deal",
  "membership",
  "brand",
] as const;
export const PERSON_STAGES = [
  "subscriber",
  "lead",
  "mql",
  "sql",
  "opportunity",
  "customer",
  "evangelist",
  "other",
] as const;
export const MESSAGE_CHANNELS = [
  "twitter",
  "facebook",
  "linkedin",
  "instagram",
  "forum",
  "blog",
  "review",
  "email",
  "phone",
  "chat",
  "sms",
  "support_ticket",
  "other",
] as const;
export const MESSAGE_DIRECTIONS = ["inbound", "outbound"] as const;
export const TOUCHPOINT_KINDS = [
  "email_sent",
  "email_open",
  "email_click",
  "ad_click",
  "form_fill",
  "webinar",
  "event",
  "page_visit",
] as const;
export const DEAL_STATUSES = ["open", "won", "lost"] as const;
export const BRAND_KINDS = ["own", "competitor"] as const;

export type RecordType = (typeof RECORD_TYPES)[number];
export type PersonStage = (typeof PERSON_STAGES)[number];
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];
export type DealStatus = (typeof DEAL_STATUSES)[number];
export type BrandKind = (typeof BRAND_KINDS)[number];

export interface Handle {
  /** Lower-cased, e.g. "twitter". */
  platform: string;
  /** Without a leading "@". */
  handle: string;
}

export interface ExternalId {
  source: string;
  id: string;
}

export interface Organization {
  name?: string;
  /** Lower-cased host name without scheme, "www." or path. */
  domain?: string;
}

export interface Community {
  platform: string;
  id: string;
  name?: string;
}

/** Where a message was posted from: a check-in's venue, a city, coordinates (any of them). */
export interface Place {
  name?: string;
  city?: string;
  country?: string;
  /** Degrees, -90 to 90; given together with `lng`. */
  lat?: number;
  lng?: number;
}

/** Everything known about a person, shared by person records and inline person references. */
export interface PersonProfile {
  name?: string;
  /** Lower-cased, without duplicates. */
  emails?: string[];
  /** E.164 when the number can be read as international, otherwise as given. */
  phones?: string[];
  handles?: Handle[];
  externalIds?: ExternalId[];
  organization?: Organization;
  title?: string;
  /** Free text, as the source wrote it. */
  location?: string;
  /** Normalized on the way in (see identity/address.ts); a string is parsed into these fields. */
  address?: PostalAddress;
  /** Follower count per platform, e.g. { twitter: 1200 }. */
  followers?: Record<string, number>;
  stage?: PersonStage;
  at?: Date;
}

/** A person record or another record's pointer to one; `by` says which identifier to resolve on. */
export type PersonRef =
  | { by: "id"; source: string; id: string }
  | { by: "email"; email: string }
  | { by: "handle"; platform: string; handle: string }
  | { by: "phone"; phone: string }
  | ({ by: "inline"; source?: string; id?: string } & PersonProfile);

interface RecordIdentity {
  /** The system the record came from; with `id` it identifies the record. */
  source: string;
  id: string;
}

export interface PersonRecord extends RecordIdentity, PersonProfile {
  type: "person";
}

export interface MessageMetrics {
  likes?: number;
  replies?: number;
  shares?: number;
  views?: number;
}

export interface MessageRecord extends RecordIdentity {
  type: "message";
  channel: MessageChannel;
  author: PersonRef;
  text: string;
  at: Date;
  conversation?: string;
  inReplyTo?: string;
  /** The id of the message (same source) this one shares, reposts or quotes. */
  shareOf?: string;
  direction?: MessageDirection;
  url?: string;
  metrics?: MessageMetrics;
  community?: Community;
  subject?: string;
  place?: Place;
}

export interface Campaign {
  id: string;
  name?: string;
  channel?: string;
}

export interface TouchpointRecord extends RecordIdentity {
  type: "touchpoint";
  person: PersonRef;
  campaign: Campaign;
  kind: TouchpointKind;
  at: Date;
  properties?: Record<string, unknown>;
}

export interface DealRecord extends RecordIdentity {
  type: "deal";
  name: string;
  status: DealStatus;
  /** ISO 4217, upper-case. */
  currency: string;
  organization?: Organization;
  contact?: PersonRef;
  stage?: string;
  amount?: number;
  at?: Date;
  closedAt?: Date;
  /** When the deal entered the stage (or status) this record gives it. */
  stageChangedAt?: Date;
  owner?: string;
}

export interface MembershipRecord extends RecordIdentity {
  type: "membership";
  person: PersonRef;
  community: Community;
  role?: string;
  joinedAt?: Date;
  lastActiveAt?: Date;
}

export interface BrandRecord extends RecordIdentity {
  type: "brand";
  name: string;
  kind: BrandKind;
  terms?: string[];
}

export type ParleyRecord =
  | PersonRecord
  | MessageRecord
  | TouchpointRecord
  | DealRecord
  | MembershipRecord
  | BrandRecord;

/** Why one input record was not accepted, as written to `<file>.rejects.jsonl`. */
export interface Rejection {
  /** Position of the record in its batch or file (the caller's numbering). */
  index: number;
  type?: string;
  source?: string;
  id?: string;
  /** Dotted path of the offending field, e.g. "author.email" or "metrics.likes"; "(record)" for the whole record. */
  field: string;
  reason: string;
}

export type ValidationResult =
  | { ok: true; record: ParleyRecord }
  | { ok: false; rejection: Rejection };
