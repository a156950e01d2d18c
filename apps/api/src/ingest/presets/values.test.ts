import { describe, expect, it } from "vitest";
import { parseAmount, toIsoDate } from "./values.ts";

describe("toIsoDate", () => {
  it.each([
    ["3/15/2024", "mdy", "2024-03-15"],
    ["15/03/2024", "dmy", "2024-03-15"],
    ["15.03.2024 14:05", "dmy", "2024-03-15T14:05:00Z"],
    ["3/15/2024 2:05 PM", "mdy", "2024-03-15T14:05:00Z"],
    ["3/15/2024 12:30 am", "mdy", "2024-03-15T00:30:00Z"],
    ["3/15/24", "mdy", "2024-03-15"],
    ["2024-03-15 14:05:00", "mdy", "2024-03-15 14:05:00"],
    ["1710511500", "mdy", 1710511500],
    ["next Tuesday", "mdy", "next Tuesday"],
  ] as const)("reads %j (%s) as %j", (text, order, expected) => {
    expect(toIsoDate(text, order)).toEqual(expected);
  });
});

describe("parseAmount", () => {
  it.each([
    ["USD 48,000.00", { amount: 48000, currency: "USD" }],
    ["EUR 22.000,00", { amount: 22000, currency: "EUR" }],
    ["$1,200.50", { amount: 1200.5, currency: "USD" }],
    ["1.250,5 €", { amount: 1250.5, currency: "EUR" }],
    ["1,200", { amount: 1200, currency: undefined }],
    ["12,5", { amount: 12.5, currency: undefined }],
    ["call me", { amount: "call me", currency: undefined }],
  ])("reads %j", (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});
