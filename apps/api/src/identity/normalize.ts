// Normalization turns the spellings sources use into the one form identity
// keys are built from. Every function is pure and returns null for input that
// cannot identify anyone, so callers never store a key built from garbage.
import { domainToASCII } from "node:url";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { canonicalMailbox, isFreeMailDomain } from "./domains.ts";
import { memoizeByString } from "./memo.ts";

export { isFreeMailDomain, isRoleLocalPart, registrableDomain } from "./domains.ts";

// RFC 5322 dot-atom. Quoted local parts are valid but practically unseen in
// CRM data and unsafe to compare, so they are rejected rather than guessed at.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The canonical address, or null if `raw` is not one. Memoized: the same authors write every batch. */
export const normalizeEmail = memoizeByString((raw: string): string | null => {
  let text = raw.trim().toLowerCase();
  if (text.startsWith("mailto:")) text = text.slice("mailto:".length);
  // "Jane Doe <jane@acme.com>" is how many exports write an address.
  const bracketed = /<([^<>]+)>\s*$/.exec(text);
  if (bracketed) text = bracketed[1]!.trim();
  const at = text.lastIndexOf("@");
  if (at <= 0 || at !== text.indexOf("@")) return null;
  const rawLocal = text.slice(0, at);
  const rawDomain = text.slice(at + 1).replace(/\.$/, "");
  const domain = /^[\x00-\x7f]*$/.test(rawDomain) ? rawDomain : domainToASCII(rawDomain);
  if (rawLocal.length > 64 || !LOCAL_PART.test(rawLocal) || !DOMAIN.test(domain)) return null;
  const mailbox = canonicalMailbox(rawLocal, domain);
  if (mailbox.local === "") return null;
  return `${mailbox.local}@${mailbox.domain}`;
});

/** The domain part of an address as written, lowercased; null if there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return null;
  return (
    email
      .slice(at + 1)
      .trim()
      .toLowerCase()
      .replace(/\.$/, "") || null
  );
}

/** The part before the "@". */
export function emailLocalPart(email: string): string {
  const at = email.lastIndexOf("@");
  return at === -1 ? email : email.slice(0, at);
}

/** True when the address' domain belongs to a consumer provider (gmail.com...). */
export function isFreeMailAddress(email: string): boolean {
  const domain = emailDomain(email);
  return domain !== null && isFreeMailDomain(domain);
}

export function normalizePhone(raw: string, defaultCountry = "US"): string | null {
  const parsed = parsePhone(raw, defaultCountry);
  return parsed ? parsed.e164 : null;
}

/**
 * E.164 plus the extension, if any. Extensions matter for identity: every
 * person behind a switchboard shares the E.164 number and differs only there.
 */
export function parsePhone(
  raw: string,
  defaultCountry = "US",
): { e164: string; extension: string | null } | null {
  // "0049 30..." is the ITU international prefix used across Europe; the
  // default country's own exit code (011 in the US) does not cover it.
  const text = raw.trim().replace(/^00(?=[1-9])/, "+");
  if (!/\d/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry.toUpperCase() as CountryCode);
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number, extension: parsed.ext ?? null };
}

const PLATFORM_ALIASES = new Map<string, string>(
  Object.entries({
    x: "twitter",
    "x.com": "twitter",
    "twitter.com": "twitter",
    tw: "twitter",
    ig: "instagram",
    insta: "instagram",
    "instagram.com": "instagram",
    li: "linkedin",
    "linkedin.com": "linkedin",
    gh: "github",
    "github.com": "github",
    fb: "facebook",
    "facebook.com": "facebook",
    yt: "youtube",
    "youtube.com": "youtube",
    "tiktok.com": "tiktok",
    "reddit.com": "reddit",
    "threads.net": "threads",
    "t.me": "telegram",
    bsky: "bluesky",
    "bsky.app": "bluesky",
  }),
);

const PLATFORM_HOSTS = new Map<string, string>(
  Object.entries({
    "twitter.com": "twitter",
    "x.com": "twitter",
    "mobile.twitter.com": "twitter",
    "instagram.com": "instagram",
    "github.com": "github",
    "linkedin.com": "linkedin",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "m.facebook.com": "facebook",
    "youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "tiktok.com": "tiktok",
    "reddit.com": "reddit",
    "old.reddit.com": "reddit",
    "threads.net": "threads",
    "t.me": "telegram",
    "bsky.app": "bluesky",
  }),
);

// Platforms whose user names are unique regardless of case. Unknown platforms
// keep the case they were given: merging on a guess would be worse than a
// missed merge, which a suggestion can still recover.
const CASE_INSENSITIVE_PLATFORMS = new Set([
  "twitter",
  "instagram",
  "github",
  "linkedin",
  "facebook",
  "youtube",
  "tiktok",
  "reddit",
  "threads",
  "telegram",
  "bluesky",
  "mastodon",
  "discord",
]);

const HANDLE_SYNTAX = new Map<string, RegExp>(
  Object.entries({
    twitter: /^[a-z0-9_]{1,15}$/,
    instagram: /^[a-z0-9._]{1,30}$/,
    github: /^[a-z0-9](?:[a-z0-9-]{0,38})$/,
  }),
);

// Path segments that precede the user name in profile URLs.
const PROFILE_PATH_PREFIXES = new Set(["in", "u", "user", "users", "profile", "c", "channel"]);

export function canonicalPlatform(platform: string): string {
  const key = platform.trim().toLowerCase();
  return PLATFORM_ALIASES.get(key) ?? key;
}

export function normalizeHandle(
  platform: string,
  raw: string,
): { platform: string; handle: string } | null {
  const platformKey = canonicalPlatform(platform);
  if (platformKey === "") return null;
  let handle = raw.trim();
  const url = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})\/+([^?#]*)/i.exec(handle);
  if (url) {
    const hostPlatform = PLATFORM_HOSTS.get(url[1]!.toLowerCase());
    // A profile URL of another platform is contradictory input, not a handle.
    if (hostPlatform !== platformKey) return null;
    const segments = url[2]!.split("/").filter((s) => s !== "");
    const first = segments[0]?.toLowerCase();
    handle =
      (first !== undefined && PROFILE_PATH_PREFIXES.has(first) ? segments[1] : segments[0]) ?? "";
  }
  handle = handle.replace(/^@/, "");
  if (CASE_INSENSITIVE_PLATFORMS.has(platformKey)) handle = handle.toLowerCase();
  if (handle === "" || /\s/.test(handle) || handle.length > 100) return null;
  const syntax = HANDLE_SYNTAX.get(platformKey);
  if (syntax && !syntax.test(handle)) return null;
  return { platform: platformKey, handle };
}

/** Ids are opaque and case-sensitive (Salesforce's 15-character ids are); only the source name is folded. */
export function normalizeExternalId(
  source: string,
  id: string,
): { source: string; id: string } | null {
  const sourceKey = source.trim().toLowerCase();
  const idValue = id.trim();
  if (sourceKey === "" || idValue === "") return null;
  return { source: sourceKey, id: idValue };
}

/** Lowercase ASCII-folded letters: accents go (NFKD), letters NFKD keeps whole are spelled out. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßøæœłđðþı]/g, (c) => LETTER_FOLDS[c] ?? c);
}

const LETTER_FOLDS: Record<string, string> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "rev",
  "reverend",
  "fr",
  "hon",
  "capt",
  "captain",
  "col",
  "gen",
  "sgt",
  "lt",
  "maj",
  "herr",
  "frau",
  "mme",
  "mlle",
  "sra",
  "srta",
]);

// Short tokens that are also real names ("Ma", "V") are left out on purpose.
const SUFFIXES = new Set([
  "jr",
  "sr",
  "ii",
  "iii",
  "iv",
  "phd",
  "md",
  "dds",
  "dmd",
  "esq",
  "mba",
  "cpa",
  "jd",
  "cfa",
  "pmp",
  "rn",
  "msc",
  "bsc",
  "frcs",
  "obe",
  "mbe",
]);

// Display names often carry a tagline: "Jane Doe | CTO @ Acme", "Jane Doe - Acme".
const TAGLINE_SEPARATOR = /\s*[|•·]\s*|\s+[-–—]\s+|\s+@\s+/;

/**
 * The organization a display name's tagline names, if it has one:
 * "Jane Doe | Acme Inc." and "Jane Doe - CTO @ Acme" -> "acme". Taglines
 * also carry titles and mottos, so callers take it as a hint, not a fact.
 */
export function taglineOrganization(name: string): string | null {
  const [, ...rest] = name.split(TAGLINE_SEPARATOR);
  const tagline = rest.at(-1);
  return tagline ? normalizeOrganization(tagline) : null;
}

/**
 * Name words in given-name-first order, folded and without titles:
 * "Dr. Smith, José Jr." -> ["jose", "smith"].
 */
export const nameTokens: (name: string) => readonly string[] = memoizeByString((name) =>
  splitName(name),
);

function splitName(name: string): string[] {
  const main = name.split(TAGLINE_SEPARATOR)[0] ?? "";
  const parts = main
    .split(",")
    .map(tokenize)
    .filter((tokens) => tokens.length > 0 && !tokens.every((t) => SUFFIXES.has(t)));
  // "Last, First" is the only common reason for a comma once suffix parts are gone.
  const ordered = parts.length === 2 ? [...parts[1]!, ...parts[0]!] : parts.flat();
  let start = 0;
  while (start < ordered.length - 1 && HONORIFICS.has(ordered[start]!)) start++;
  let end = ordered.length;
  while (end > start + 1 && SUFFIXES.has(ordered[end - 1]!)) end--;
  return ordered.slice(start, end);
}

function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/['’`]/g, "")
    .replace(OCR_DIGIT_IN_WORD, (digit) => OCR_LETTER_OF_DIGIT[digit]!)
    .split(/[^\p{L}]+/u)
    .filter((t) => t !== "");
}

/**
 * A digit inside a name, or starting one, is a letter a scanned form misread ("Kingsor1and",
 * "8erelgard"): read as the letter it looks like, it is one slip in the word instead of splitting
 * it in two. Digits after a name ("emily915") are a user name's and ordinals ("5th") are numbers:
 * both stay separators.
 */
const OCR_DIGIT_IN_WORD =
  /(?<=\p{L})[01568](?=\p{L})|(?<![\p{L}\p{N}])[01568](?=\p{L}{2})(?!(?:st|nd|rd|th)\b)/gu;
const OCR_LETTER_OF_DIGIT: Record<string, string> = {
  "0": "o",
  "1": "l",
  "5": "s",
  "6": "g",
  "8": "b",
};

const LEGAL_FORMS = new Set([
  "inc",
  "incorporated",
  "llc",
  "llp",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "company",
  "gmbh",
  "ag",
  "kg",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "plc",
  "pty",
  "oy",
  "ab",
  "as",
  "aps",
  "kk",
  "pte",
  "pvt",
  "lp",
  "the",
  "group",
  "holdings",
]);

/**
 * "The ACME Corp." and "Acme, Inc" both become "acme". Once per organization name: a batch names
 * the same few organizations on record after record.
 */
export const normalizeOrganization = memoizeByString((raw: string): string | null => {
  const tokens = foldText(raw)
    .replace(/\s&\s/g, " and ")
    .replace(/['’`&.]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "");
  const meaningful = tokens.filter((t) => !LEGAL_FORMS.has(t));
  const result = (meaningful.length > 0 ? meaningful : tokens).join(" ");
  return result === "" ? null : result;
});

const CITY_ALIASES = new Map<string, string>(
  Object.entries({
    nyc: "new york",
    "new york city": "new york",
    ny: "new york",
    brooklyn: "new york",
    manhattan: "new york",
    queens: "new york",
    sf: "san francisco",
    "sf bay area": "san francisco",
    "san francisco bay area": "san francisco",
    la: "los angeles",
    munchen: "munich",
    koln: "cologne",
    wien: "vienna",
    roma: "rome",
    milano: "milan",
    lisboa: "lisbon",
    praha: "prague",
    bengaluru: "bangalore",
  }),
);

// Profile "locations" that do not locate anyone.
const NON_LOCATIONS = new Set([
  "remote",
  "earth",
  "worldwide",
  "global",
  "internet",
  "everywhere",
  "online",
  "planet earth",
]);

/** The city of a free-text location: "Berlin, Germany" -> "berlin". */
export function normalizeLocation(raw: string): string | null {
  const city = (foldText(raw).split(/[,/(]/)[0] ?? "")
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (city === "" || NON_LOCATIONS.has(city)) return null;
  return CITY_ALIASES.get(city) ?? city;
}
