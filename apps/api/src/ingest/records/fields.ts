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

const mustBe = (what: string, value: unknown) => new Invalid(`must be ${what}, got ${describeValue(value)}`);

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

export const trimmedText: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("a string", value);
  const text = value.trim();
  return text === "" ? new Invalid("must not be empty") : text;
};

/** Message bodies keep their whitespace; only an all-blank body counts as missing. */
export const bodyText: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("a string", value);
  return value.trim() === "" ? new Invalid("must not be empty") : value;
};

/** Ids are strings; numbers are accepted because many systems export numeric ids. */
export const identifier: ParseField<string> = (value) => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return mustBe("a string or number", value);
  const text = value.trim();
  return text === "" ? new Invalid("must not be empty") : text;
};

export const lowerCaseName: ParseField<string> = (value) => {
  const text = trimmedText(value);
  return text instanceof Invalid ? text : text.toLowerCase();
};

/** Handles are compared case-insensitively by every platform we read, so they are stored lower-case. */
export const handleText: ParseField<string> = (value) => {
  const text = trimmedText(value);
  if (text instanceof Invalid) return text;
  const handle = text.replace(/^@+/, "").toLowerCase();
  return handle === "" ? mustBe("a handle", value) : handle;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export const email: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("an email address", value);
  const address = value.trim().toLowerCase();
  return EMAIL.test(address) ? address : mustBe("an email address", value);
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

export const nonNegativeNumber: ParseField<number> = (value) => {
  const number = typeof value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number) || number < 0) {
    return mustBe("a non-negative number", value);
  }
  return number;
};

export function oneOf<T extends string>(values: readonly T[]): ParseField<T> {
  const allowed = new Set<string>(values);
  const expected = `one of ${values.join(", ")}`;
  // Exports spell enum values in many ways ("Support Ticket", "email-open"); they all mean the same value.
  return (value) => {
    if (typeof value !== "string") return mustBe(expected, value);
    const normalized = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
    return allowed.has(normalized) ? (normalized as T) : mustBe(expected, value);
  };
}

export const currency: ParseField<string> = (value) =>
  typeof value === "string" && /^\s*[a-z]{3}\s*$/i.test(value)
    ? value.trim().toUpperCase()
    : mustBe("a 3-letter ISO 4217 currency code", value);

export const httpUrl: ParseField<string> = (value) => {
  if (typeof value !== "string") return mustBe("an http(s) URL", value);
  const text = value.trim();
  return /^https?:\/\//i.test(text) && URL.canParse(text) ? text : mustBe("an http(s) URL", value);
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
  return DOMAIN.test(host) ? host : mustBe("a domain name like example.com", value);
};

export const plainObject: ParseField<Record<string, unknown>> = (value) =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : mustBe("an object", value);

export const followerCounts: ParseField<Record<string, number>> = (value) => {
  const counts = plainObject(value);
  if (counts instanceof Invalid) return mustBe("an object of follower counts per platform", value);
  const normalized: Record<string, number> = {};
  for (const [platform, count] of Object.entries(counts)) {
    const parsed = nonNegativeNumber(count);
    if (parsed instanceof Invalid) return new Invalid(parsed.reason, [platform]);
    normalized[platform.trim().toLowerCase()] = parsed;
  }
  return normalized;
};

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const TIMESTAMP = "an ISO 8601 date-time or epoch milliseconds/seconds";

/** Epoch numbers below 1e11 are seconds: as milliseconds they would all fall in early 1973. */
const SECONDS_LIMIT = 1e11;

export const timestamp: ParseField<Date> = (value) => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? mustBe(TIMESTAMP, value) : value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return mustBe(TIMESTAMP, value);
    return new Date(Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value);
  }
  if (typeof value !== "string") return mustBe(TIMESTAMP, value);
  const date = parseIso8601(value.trim());
  return date ?? mustBe(TIMESTAMP, value);
};

/** Parses ISO 8601 by hand because Date.parse rolls "2024-02-30" over into March and reads
 * zone-less times as local time; here they are UTC, so imports agree on every machine. */
function parseIso8601(text: string): Date | undefined {
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone = "Z"] = match;
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const utc = Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second, millis);
  const check = new Date(utc);
  if (
    check.getUTCDate() !== +day! ||
    check.getUTCMonth() !== +month! - 1 ||
    check.getUTCHours() !== +hour ||
    check.getUTCMinutes() !== +minute ||
    check.getUTCSeconds() !== +second
  ) {
    return undefined;
  }
  return new Date(utc - zoneOffsetMinutes(zone) * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
}
