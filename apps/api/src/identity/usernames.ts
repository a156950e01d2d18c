// User names a person chose: email local parts and social handles. People
// build them from their own name ("john.smith", "jsmith84"), which is how a
// record without a name is placed, and how a partial name is completed.
import type { PersonCandidate } from "./candidate.ts";
import { memoizeByString } from "./memo.ts";
import { formalNamesOf, isFormalGivenName } from "./nicknames.ts";
import {
  emailDomain,
  emailLocalPart,
  isFreeMailDomain,
  isRoleLocalPart,
  normalizeEmail,
  normalizeHandle,
} from "./normalize.ts";

export interface Username {
  /** Where it was chosen ("twitter", "email:gmail.com"): the same value at the same place is an identity key, not a coincidence. */
  source: string;
  /** Lowercase, separators removed, digits kept: "john.smith84" -> "johnsmith84". */
  compact: string;
  /** Letters only: "johnsmith". */
  stem: string;
  /** The stem, then the stem with a leading nickname spelt formally: "jimsmith" -> jimsmith, jamessmith. */
  readings: string[];
  /** True for a handle as long as its platform allows, which may have been cut there ("barbaraellandri"). */
  mayBeCut: boolean;
}

/** Stems this long are specific even when cut short; blocking keys use this prefix. */
export const TRUNCATED_STEM_LENGTH = 12;

/** The record's user names, team mailboxes (info@) left out; addresses first, as normalized for identity keys. */
export function usernamesOf(candidate: PersonCandidate): Username[] {
  const usernames: Username[] = [];
  for (const raw of candidate.emails ?? []) {
    const address = usernameOfAddress(raw);
    if (address) usernames.push(address);
  }
  for (const ref of candidate.handles ?? []) {
    const handle = usernameOfHandle(ref.platform, ref.handle);
    if (handle) usernames.push(handle);
  }
  return usernames;
}

// Per address and per handle, since names, blocking and scoring each read a record's user names,
// and every mention of a person repeats them. Null for what is no user name of three letters or more.
const usernameOfAddress = memoizeByString((raw): Username | null => {
  const email = normalizeEmail(raw);
  if (!email) return null;
  const local = emailLocalPart(email);
  if (isRoleLocalPart(local)) return null;
  return usableUsername(username(`email:${emailDomain(email)}`, local));
});

/** Keyed by the platform's length, then platform and handle: no text of either can shift the split. */
const usernameOfPlatformHandle = memoizeByString((key): Username | null => {
  const lengthEnd = key.indexOf(":");
  const platformEnd = lengthEnd + 1 + Number(key.slice(0, lengthEnd));
  const handle = normalizeHandle(key.slice(lengthEnd + 1, platformEnd), key.slice(platformEnd));
  return handle ? usableUsername(username(handle.platform, handle.handle.toLowerCase())) : null;
});

const usernameOfHandle = (platform: string, handle: string): Username | null =>
  usernameOfPlatformHandle(`${platform.length}:${platform}${handle}`);

const usableUsername = (name: Username): Username | null => (name.stem.length >= 3 ? name : null);

function username(source: string, value: string): Username {
  const stem = value.replace(/[^a-z]/g, "");
  const limit = HANDLE_LENGTH_LIMITS.get(source);
  const mayBeCut =
    !source.startsWith("email:") &&
    (limit ? value.length >= limit : stem.length >= TRUNCATED_STEM_LENGTH);
  return {
    source,
    compact: value.replace(/[._\-+]/g, ""),
    stem,
    readings: [stem, ...formalReadings(stem)],
    mayBeCut,
  };
}

/** Platforms that cut long user names, and where; elsewhere any long handle may have been cut. */
const HANDLE_LENGTH_LIMITS = new Map([
  ["twitter", 15],
  ["instagram", 30],
  ["github", 39],
]);

/**
 * People build user names from the name they go by ("jimvedamley",
 * "dickmartin"), while records name them formally. The longest leading
 * word the nickname table knows is read as each formal name it stands for;
 * a leading formal name ("danielpatel", not "dani" + "elpatel") needs no reading.
 */
const formalReadings: (stem: string) => readonly string[] = memoizeByString((stem) =>
  readFormally(stem),
);

function readFormally(stem: string): string[] {
  for (let cut = stem.length - MIN_REST_AFTER_NICKNAME; cut >= 2; cut--) {
    const given = stem.slice(0, cut);
    if (isFormalGivenName(given)) return [];
    const names = formalNamesOf(given);
    if (names) return names.map((name) => name + stem.slice(cut));
  }
  return [];
}

/** A family name after a nickname has at least this many letters ("jimlee"). */
const MIN_REST_AFTER_NICKNAME = 3;

/** An address at an organization's own domain, where company schemes (karen@, ashleya@) build the local part. */
export function isWorkAddress(username: Username): boolean {
  return (
    username.source.startsWith("email:") &&
    !isFreeMailDomain(username.source.slice("email:".length))
  );
}

/** How explanations show a user name: "jsmith84@" for an address, "@jsmith84" for a handle. */
export function describeUsername(username: Username): string {
  return username.source.startsWith("email:") ? `${username.compact}@` : `@${username.compact}`;
}

/**
 * True when a user name's letters are one of the name stems, or, for a
 * handle its platform may have cut, a long prefix of one: Twitter cuts at 15
 * characters, so "barbaraellandri" is Barbara Ellandridge.
 */
export function usernameFitsName(username: Username, nameStems: ReadonlySet<string>): boolean {
  return username.readings.some((reading) => stemFitsName(reading, nameStems, username.mayBeCut));
}

function stemFitsName(stem: string, nameStems: ReadonlySet<string>, mayBeCut: boolean): boolean {
  if (nameStems.has(stem)) return true;
  if (!mayBeCut || stem.length < TRUNCATED_STEM_LENGTH) return false;
  for (const nameStem of nameStems) if (nameStem.startsWith(stem)) return true;
  return false;
}
