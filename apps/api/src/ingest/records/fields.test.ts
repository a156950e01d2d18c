import { describe, expect, it } from "vitest";
import { domain, Invalid, phone, timestamp } from "./fields.ts";

describe("timestamp", () => {
  it.each([
    ["2024-03-14T09:15:00Z", "2024-03-14T09:15:00.000Z"],
    ["2024-03-14T10:15:00+01:00", "2024-03-14T09:15:00.000Z"],
    ["2024-03-14T04:15:00-0500", "2024-03-14T09:15:00.000Z"],
    ["2024-03-14 09:15:00", "2024-03-14T09:15:00.000Z"],
    ["2024-03-14T09:15:00.123456Z", "2024-03-14T09:15:00.123Z"],
    ["2024-03-14", "2024-03-14T00:00:00.000Z"],
    [1710407700, "2024-03-14T09:15:00.000Z"],
    [1710407700000, "2024-03-14T09:15:00.000Z"],
  ])("reads %j as %s (no zone means UTC; small epochs are seconds)", (input, iso) => {
    expect((timestamp(input) as Date).toISOString()).toBe(iso);
  });

  it.each(["2024-02-30", "2024-03-14T25:00:00Z", "14/03/2024", "", "1710407700"])(
    "refuses %j",
    (input) => {
      expect(timestamp(input)).toBeInstanceOf(Invalid);
    },
  );
});

describe("phone", () => {
  it("writes international numbers as E.164 and keeps national ones as given", () => {
    expect(phone("+44 20 7946 0958")).toBe("+442079460958");
    expect(phone("0044 20 7946 0958")).toBe("+442079460958");
    expect(phone("(415) 555-0142")).toBe("(415) 555-0142");
    expect(phone("n/a")).toBeInstanceOf(Invalid);
  });
});

describe("domain", () => {
  it("reduces URLs to the host name", () => {
    expect(domain("https://www.Northpeak.com/pricing?x=1")).toBe("northpeak.com");
    expect(domain("atelier-lumiere.fr")).toBe("atelier-lumiere.fr");
    expect(domain("not a domain")).toBeInstanceOf(Invalid);
  });
});
