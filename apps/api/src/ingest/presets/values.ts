// Cleaning helpers shared by presets: exports write the same value in many ways, and a preset's
// job is to hand the validator one spelling of it.
import { createHash } from "node:crypto";
import type { CsvRow } from "../read/csv.ts";

/** Column names compared without case, spaces or punctuation: "E-mail Address" = "email_address". */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A CSV row looked up by column name in any spelling; empty cells read as missing. */
export class Cells {
  private readonly values = new Map<string, string>();

  constructor(row: CsvRow) {
    for (const [column, value] of Object.entries(row)) {
      const text = value.trim();
      if (text !== "") this.values.set(columnKey(column), text);
    }
  }

  /** The first non-empty cell among these columns. */
  get(...columns: string[]): string | undefined {
    for (const column of columns) {
      const value = this.values.get(columnKey(column));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Every non-empty cell among these columns, e.g. all phone columns. */
  all(...columns: string[]): string[] {
    return columns.flatMap((column) => this.values.get(columnKey(column)) ?? []);
  }
}

/** Why the headers lack a required column (each given as one name or a list of alternatives), or undefined. */
export function headersMissing(
  headers: readonly string[],
  ...required: (string | string[])[]
): string | undefined {
  const present = new Set(headers.map(columnKey));
  const missing = required.filter(
    (names) => ![names].flat().some((name) => present.has(columnKey(name))),
  );
  if (missing.length === 0) return undefined;
  return `missing column${missing.length > 1 ? "s" : ""} ${missing
    .map((names) =>
      [names]
        .flat()
        .map((n) => `"${n}"`)
        .join(" or "),
    )
    .join(", ")}`;
}

export const joinText = (...parts: (string | undefined)[]) => {
  const text = parts.filter(Boolean).join(" ").trim();
  return text === "" ? undefined : text;
};

export const joinPlace = (...parts: (string | undefined)[]) => {
  const text = parts.filter(Boolean).join(", ");
  return text === "" ? undefined : text;
};

/** Deterministic id for rows that have none, so re-importing the same row yields the same record. */
export function stableId(...parts: (string | undefined)[]): string {
  return createHash("sha1")
    .update(parts.map((part) => part ?? "").join("\u001f"))
    .digest("hex")
    .slice(0, 20);
}

export type DateOrder = "mdy" | "dmy";

const SLASHED_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

/**
 * Rewrites the dates spreadsheets and CRM reports print ("3/15/2024 2:05 PM", "15.03.2024") as
 * ISO 8601 in UTC; `order` says whether the first number is the month or the day. ISO dates and
 * anything unrecognized pass through unchanged, so the validator names the bad value.
 */
export function toIsoDate(
  text: string | undefined,
  order: DateOrder = "mdy",
): string | number | undefined {
  if (text === undefined) return undefined;
  if (/^\d{10}$|^\d{13}$/.test(text)) return Number(text);
  const match = SLASHED_DATE.exec(text);
  if (!match) return text;
  const [, first, second, yearText, hourText, minute = "00", second2 = "00", meridiem] = match;
  const [month, day] = order === "mdy" ? [first!, second!] : [second!, first!];
  const year = yearText!.length === 2 ? `20${yearText}` : yearText!;
  let hour = Number(hourText ?? "0");
  if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase().startsWith("p") ? 12 : 0);
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return hourText === undefined
    ? date
    : `${date}T${String(hour).padStart(2, "0")}:${minute}:${second2}Z`;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };

/**
 * Reads amounts as CRMs print them: "USD 12,000.00", "$1,200.50", "1.200,50 €". Unreadable text is
 * returned as is for the validator to reject.
 */
export function parseAmount(text: string | undefined): {
  amount?: number | string;
  currency?: string;
} {
  if (text === undefined) return {};
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  const symbol = Object.keys(CURRENCY_SYMBOLS).find((s) => text.includes(s));
  const currency = code ?? (symbol ? CURRENCY_SYMBOLS[symbol] : undefined);
  const digits = text.replace(/[^\d.,-]/g, "");
  const lastComma = digits.lastIndexOf(",");
  const lastDot = digits.lastIndexOf(".");
  // The later of "," and "." is the decimal mark, unless a lone "," is followed by exactly three digits.
  const commaIsDecimal = lastComma > lastDot && !(lastDot === -1 && /,\d{3}$/.test(digits));
  const normalized = commaIsDecimal
    ? digits.replace(/\./g, "").replace(",", ".")
    : digits.replace(/,/g, "");
  const amount = Number(normalized);
  return { amount: normalized !== "" && Number.isFinite(amount) ? amount : text, currency };
}

/** Drops undefined fields and objects left empty, so a rejected record reads like what was sent. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const cleaned = isPlainObject(value) ? compact(value) : value;
    if (cleaned === undefined) continue;
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    if (isPlainObject(cleaned) && Object.keys(cleaned).length === 0) continue;
    result[key] = cleaned;
  }
  return result as T;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
