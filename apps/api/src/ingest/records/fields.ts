// Leaf fields of the records format. Each one both checks and normalizes its value and says,
// in words a person sending records can act on, what it expected and what it got.
import * as z from "zod";

/** A value a field refused; `path` points inside the field when the fault is deeper (a map key). */
export class Invalid {
  constructor(
    readonly reason: string,
    readonly path: readonly (string | number)[] = [],
  ) {}
}

type ParseField<T> = (value: unknown) => T | Invalid;

/** Shows a rejected value the way it appeared in the JSON, shortened so a reason stays one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}

const mustBe = (what: string, value: unknown) =>
  new Invalid(`must be ${what}, got ${describeValue(value)}`);

/** null and "" mean "not given": JSON exports and CSV cells use both for an empty value. */
export const isAbsent = (value: unknown): value is undefined | null | "" =>
  value === undefined || value === null || value === "";

function pushInvalid(ctx: z.RefinementCtx, invalid: Invalid, input: unknown): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: invalid.reason, path: [...invalid.path], input });
  return z.NEVER;
}

export function required<T>(parse: ParseField<T>): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    if (isAbsent(value)) return pushInvalid(ctx, new Invalid("is required"), value);
    const result = parse(value);
    return result instanceof Invalid ? pushInvalid(ctx, result, value) : result;
  });
}

export function optional<T>(parse: ParseField<T>): z.ZodType<T | undefined> {
  // .optional() tells the enclosing object that this field may be left out of the output.
  return z
    .unknown()
    .transform((value, ctx) => {
      if (isAbsent(value)) return undefined;
      const result = parse(value);
      return result instanceof Invalid ? pushInvalid(ctx, result, value) : result;
    })
    .optional();
}

/** A list element: an empty or null element is a mistake in the list, not a missing field. */
export function element<T>(parse: ParseField<T>): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    const result = parse(value);
    return result instanceof Invalid ? pushInvalid(ctx, result, value) : result;
  });
}

/** Error map for zod's own object and list schemas, in the same words as the leaf fields. */
export function typeError(what: string) {
  return (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== "invalid_type") return undefined;
    return isAbsent(issue.input) ? "is required" : mustBe(what, issue.input).reason;
  };
}

/**
 * What the records format accepts, sized to the columns and indexes the values are stored in: a
 * btree index entry holds at most 2,704 bytes, and a JavaScript character takes up to 3 bytes in
 * UTF-8, so every indexed string stays well under 900 characters. Documented in docs/records.md.
 */
export const LIMITS = {
  /** Record ids, conversation and reply ids, campaign and community ids: (source, sourceId) indexes. */
  id: 500,
  source: 200,
  /** Platforms of handles, communities and follower counts; campaign channels. */
  platform: 100,
  handle: 200,
  /** Postcodes: the longest national forms are 10 characters; room for a ZIP+4 with spaces. */
  postcode: 20,
  /** RFC 5321's limit on an address. */
  email: 254,
  phone: 50,
  /** DNS's limit on a host name. */
  domain: 253,
  url: 2_048,
  /** Message bodies: a long support email fits, a pasted log file does not. */
  body: 100_000,
  /** Names, titles, locations, subjects, stages, owners, roles, brand terms. */
  text: 500,
  /** Emails, phones, handles, external ids, brand terms, follower platforms per record. */
  listItems: 100,
  /** Person.reach, Person.followers and the message metrics are int4 columns. */
  count: 2_147_483_647,
  /** Deal.amount is numeric(14, 2): twelve digits before the point, two after. */
  amount: 999_999_999_999.99,
  /** Timestamps both JavaScript and PostgreSQL hold, with four-digit years as ISO 8601 writes them. */
  earliest: Date.parse("0001-01-01T00:00:00.000Z"),
  latest: Date.parse("9999-12-31T23:59:59.999Z"),
  /** touchpoint.properties */
  jsonDepth: 32,
  jsonBytes: 65_536,
} as const;

/** PostgreSQL text cannot hold NUL, and UTF-8 cannot encode half of a surrogate pair. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A quick first look: most strings hold neither NUL nor any surrogate, paired or not. */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** Why a string cannot be stored as it is, if it cannot. */
export function unstorable(text: string, max: number): Invalid | undefined {
  if (text.length > max)
    return new Invalid(`must be at most ${max} characters, got ${text.length}`);
  if (!SUSPECT.test(text)) return undefined;
  const bad = UNSTORABLE.exec(text);
  if (!bad) return undefined;
  return bad[0] === "\u0000"
    ? new Invalid(`must not contain a NUL character (\\u0000), found at position ${bad.index}`)
    : new Invalid(
        `must be valid Unicode: a lone surrogate (\\u${bad[0].charCodeAt(0).toString(16).toUpperCase()}) at position ${bad.index}`,
      );
}

/** Replaces what `unstorable` refuses, so a rejection can always quote the value it refused. */
export const printable = (text: string, max = LIMITS.text): string =>
  (text.length > max ? `${text.slice(0, max)}...` : text).replace(
    new RegExp(UNSTORABLE, "g"),
    "\uFFFD",
  );

/** A trimmed, non-empty string of at most `max` characters. */
export function trimmedText(max: number = LIMITS.text): ParseField<string> {
  return (value) => {
    if (typeof value !== "string") return mustBe("a string", value);
    const text = value.trim();
    if (text === "") return new Invalid("must not be empty");
    return unstorable(text, max) ?? text;
  };
}

/** Message bodies keep their whitespace; only an all-blank body counts as missing. */
export const bodyText: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("a string", value);
  if (value.trim() === "") return new Invalid("must not be empty");
  return unstorable(value, LIMITS.body) ?? value;
};

/** Ids are strings; numbers are accepted because many systems export numeric ids. */
export const identifier: ParseField<string> = (value) => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return mustBe("a string or number", value);
  return trimmedText(LIMITS.id)(value);
};

const platformText = trimmedText(LIMITS.platform);

/** Platforms and channels: compared without case. */
export const lowerCaseName: ParseField<string> = (value) => {
  const text = platformText(value);
  return text instanceof Invalid ? text : text.toLowerCase();
};

/** Handles are compared case-insensitively by every platform we read, so they are stored lower-case. */
const handleChars = trimmedText(LIMITS.handle);

export const handleText: ParseField<string> = (value) => {
  const text = handleChars(value);
  if (text instanceof Invalid) return text;
  const handle = text.replace(/^@+/, "").toLowerCase();
  return handle === "" ? mustBe("a handle", value) : handle;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export const email: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("an email address", value);
  const address = value.trim().toLowerCase();
  if (!EMAIL.test(address)) return mustBe("an email address", value);
  return unstorable(address, LIMITS.email) ?? address;
};

const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;
const EXTENSION = /\s*(?:x|ext\.?|#)\s*\d+$/i;

/**
 * International numbers ("+44 (0)20 7946 0958", "0044 20 7946 0958") become E.164 so they match
 * across sources; national ones are kept as given, since their country is unknown here.
 * Written by hand: libphonenumber-js costs ~15 µs a number, most of a person record's validation.
 */
export const phone: ParseField<string> = (value) => {
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== "string") return mustBe("a phone number", value);
  if (text.length > LIMITS.phone)
    return new Invalid(`must be at most ${LIMITS.phone} characters, got ${text.length}`);
  const number = text.trim().replace(EXTENSION, "");
  const digits = number.replace(/\D/g, "");
  if (!PHONE_CHARACTERS.test(number) || digits.length < 5) return mustBe("a phone number", value);
  const international = number.startsWith("+") || number.startsWith("00");
  if (!international) return text.trim();
  // "(0)" is the national trunk prefix, written for callers at home and never dialled from abroad.
  const significant = number.replace(/\(0\)/, "").replace(/\D/g, "").replace(/^00/, "");
  if (significant.length < 8 || significant.length > 15) return mustBe("a phone number", value);
  return `+${significant}`;
};

function nonNegative(value: unknown): number | Invalid {
  const number =
    typeof value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number) || number < 0) {
    return mustBe("a non-negative number", value);
  }
  return number;
}

/** Follower counts and message metrics: stored rounded, in int4 columns. */
export const count: ParseField<number> = (value) => {
  const number = nonNegative(value);
  if (number instanceof Invalid) return number;
  return Math.round(number) > LIMITS.count
    ? new Invalid(`must be at most ${LIMITS.count}, got ${number}`)
    : number;
};

/** Deal amounts, stored in numeric(14, 2). */
export const amount: ParseField<number> = (value) => {
  const number = nonNegative(value);
  if (number instanceof Invalid) return number;
  return number > LIMITS.amount
    ? new Invalid(`must be at most ${LIMITS.amount}, got ${number}`)
    : number;
};

export function oneOf<T extends string>(values: readonly T[]): ParseField<T> {
  const allowed = new Set<string>(values);
  const expected = `one of ${values.join(", ")}`;
  // Exports spell enum values in many ways ("Support Ticket", "email-open"); they all mean the same value.
  return (value) => {
    if (typeof value !== "string") return mustBe(expected, value);
    const normalized = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    return allowed.has(normalized) ? (normalized as T) : mustBe(expected, value);
  };
}

/** Latitude or longitude in degrees, as a number or numeric string; `limit` is 90 or 180. */
export function coordinate(limit: 90 | 180): ParseField<number> {
  const expected = `a number of degrees from -${limit} to ${limit}`;
  return (value) => {
    const number =
      typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== "number" || !Number.isFinite(number) || Math.abs(number) > limit)
      return mustBe(expected, value);
    return number;
  };
}

export const currency: ParseField<string> = (value) =>
  typeof value === "string" && /^\s*[a-z]{3}\s*$/i.test(value)
    ? value.trim().toUpperCase()
    : mustBe("a 3-letter ISO 4217 currency code", value);

export const httpUrl: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("an http(s) URL", value);
  const text = value.trim();
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return mustBe("an http(s) URL", value);
  return unstorable(text, LIMITS.url) ?? text;
};

const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Domains identify organizations across sources, so "https://www.Acme.com/about" and "acme.com" must agree. */
export const domain: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("a domain name like example.com", value);
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[/:?#].*$/, "");
  if (!DOMAIN.test(host)) return mustBe("a domain name like example.com", value);
  return host.length > LIMITS.domain
    ? new Invalid(`must be at most ${LIMITS.domain} characters, got ${host.length}`)
    : host;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A JSON object stored as jsonb as it is (touchpoint properties): bounded in depth and size, and
 * with every key and string storable. The path of a fault points inside the object.
 */
export const jsonObject: ParseField<Record<string, unknown>> = (value) => {
  if (!isPlainObject(value)) return mustBe("an object", value);
  const fault = jsonFault(value, 1, []);
  if (fault) return fault;
  const bytes = Buffer.byteLength(JSON.stringify(value));
  return bytes > LIMITS.jsonBytes
    ? new Invalid(`must be at most ${LIMITS.jsonBytes} bytes as JSON, got ${bytes}`)
    : value;
};

function jsonFault(value: unknown, depth: number, path: string[]): Invalid | undefined {
  if (typeof value === "string") {
    const fault = unstorable(value, Number.POSITIVE_INFINITY);
    return fault && new Invalid(fault.reason, path);
  }
  if (typeof value !== "object" || value === null) return undefined;
  // Reported on the whole object: a path 1,000 keys long would help no one. Size is checked after.
  if (depth > LIMITS.jsonDepth)
    return new Invalid(`must be nested at most ${LIMITS.jsonDepth} deep`);
  const entries = Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const keyFault = unstorable(key, Number.POSITIVE_INFINITY);
    if (keyFault)
      return new Invalid(`has a key that ${keyFault.reason}`, [...path, printable(key)]);
    const fault = jsonFault(item, depth + 1, [...path, key]);
    if (fault) return fault;
  }
  return undefined;
}

export const followerCounts: ParseField<Record<string, number>> = (value) => {
  if (!isPlainObject(value)) return mustBe("an object of follower counts per platform", value);
  const entries = Object.entries(value);
  if (entries.length > LIMITS.listItems)
    return new Invalid(`must hold at most ${LIMITS.listItems} platforms, got ${entries.length}`);
  const normalized: Record<string, number> = {};
  for (const [platform, followers] of entries) {
    const name = lowerCaseName(platform);
    if (name instanceof Invalid)
      return new Invalid(`has a platform name that ${name.reason}`, [printable(platform)]);
    const parsed = count(followers);
    if (parsed instanceof Invalid) return new Invalid(parsed.reason, [platform]);
    normalized[name] = parsed;
  }
  return normalized;
};

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const TIMESTAMP = "an ISO 8601 date-time or epoch milliseconds/seconds";

/** Epoch numbers below 1e11 are seconds: as milliseconds they would all fall in early 1973. */
const SECONDS_LIMIT = 1e11;

const RANGE = "between 0001-01-01 and 9999-12-31";

export const timestamp: ParseField<Date> = (value) => {
  const date = readTimestamp(value);
  if (date instanceof Invalid) return date;
  const time = date.getTime();
  return time >= LIMITS.earliest && time <= LIMITS.latest ? date : mustBe(RANGE, value);
};

function readTimestamp(value: unknown): Date | Invalid {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? mustBe(TIMESTAMP, value) : value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return mustBe(TIMESTAMP, value);
    const date = new Date(Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value);
    // Beyond ±8.64e15 ms JavaScript has no date at all.
    return Number.isNaN(date.getTime()) ? mustBe(RANGE, value) : date;
  }
  if (typeof value !== "string") return mustBe(TIMESTAMP, value);
  const date = parseIso8601(value.trim());
  return date ?? mustBe(TIMESTAMP, value);
}

/** Parses ISO 8601 by hand because Date.parse rolls "2024-02-30" over into March and reads
 * zone-less times as local time; here they are UTC, so imports agree on every machine. */
function parseIso8601(text: string): Date | undefined {
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone = "Z"] =
    match;
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const check = new Date(0);
  check.setUTCFullYear(+year!, +month! - 1, +day!);
  check.setUTCHours(+hour, +minute, +second, millis);
  if (
    check.getUTCDate() !== +day! ||
    check.getUTCMonth() !== +month! - 1 ||
    check.getUTCHours() !== +hour ||
    check.getUTCMinutes() !== +minute ||
    check.getUTCSeconds() !== +second
  ) {
    return undefined;
  }
  return new Date(check.getTime() - zoneOffsetMinutes(zone) * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
}
