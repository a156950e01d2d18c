// Safe reads from JSON documents of unknown shape: a field of the wrong type reads as missing.
import { isPlainObject } from "./values.ts";

export type JsonObject = Record<string, unknown>;

export const objectAt = (value: unknown): JsonObject | undefined =>
  isPlainObject(value) ? value : undefined;

export const objectsAt = (value: unknown): JsonObject[] =>
  Array.isArray(value) ? value.filter(isPlainObject) : [];

/** Strings as they are, numbers (common for ids) as strings. */
export const textAt = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

export const numberAt = (value: unknown): number | undefined =>
  typeof value === "number" ? value : undefined;
