import { describe, expect, it } from "vitest";
import type { ParleyRecord } from "./types.ts";
import { validateRecord } from "./validate.ts";

const message = {
  type: "message",
  source: "twitter",
  id: "1",
  channel: "twitter",
  author: { source: "twitter", id: "42" },
  text: "Loving @parleyhq",
  at: "2024-03-14T09:15:00Z",
};

function accepted(raw: unknown): ParleyRecord {
  const result = validateRecord(raw, 0);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.rejection)}`);
  return result.record;
}

function rejection(raw: unknown) {
  const result = validateRecord(raw, 7);
  if (result.ok) throw new Error("accepted");
  return result.rejection;
}

describe("validateRecord", () => {
  it("accepts a person and normalizes ids, emails, handles, phones and timestamps", () => {
    const person = accepted({
      type: "person",
      source: "hubspot",
      id: 51,
      name: " Priya Natarajan ",
      emails: ["Priya@LumenHealth.com", "priya@lumenhealth.com"],
      phones: ["+1 512 555 0117"],
      handles: [{ platform: "Twitter", handle: "@Priya_Builds" }],
      organization: { name: "Lumen Health", domain: "https://www.LumenHealth.com/about" },
      followers: { twitter: 4820 },
      stage: "MQL",
      at: 1707642840,
    });
    expect(person).toMatchObject({
      id: "51",
      name: "Priya Natarajan",
      emails: ["priya@lumenhealth.com"],
      phones: ["+15125550117"],
      handles: [{ platform: "twitter", handle: "priya_builds" }],
      organization: { name: "Lumen Health", domain: "lumenhealth.com" },
      stage: "mql",
      at: new Date("2024-02-11T09:14:00Z"),
    });
  });

  it("ignores fields the format does not define", () => {
    const record = accepted({ ...message, lang: "en", possibly_sensitive: false });
    expect(record).not.toHaveProperty("lang");
  });

  it("fills defaults: deal currency USD and status open", () => {
    expect(
      accepted({ type: "deal", source: "sf", id: "d1", name: "Pilot", amount: "12500" }),
    ).toMatchObject({
      amount: 12500,
      currency: "USD",
      status: "open",
    });
  });

  it.each([
    [
      { ...message, metrics: { likes: "abc" } },
      "metrics.likes",
      'must be a non-negative number, got "abc"',
    ],
    [
      { ...message, author: { email: "bob" } },
      "author.email",
      'must be an email address, got "bob"',
    ],
    [{ ...message, text: undefined }, "text", "is required"],
    [{ ...message, text: "   " }, "text", "must not be empty"],
    [{ ...message, author: undefined }, "author", "is required"],
    [
      { ...message, at: "yesterday" },
      "at",
      'must be an ISO 8601 date-time or epoch milliseconds/seconds, got "yesterday"',
    ],
    [
      { ...message, at: "2024-02-30" },
      "at",
      'must be an ISO 8601 date-time or epoch milliseconds/seconds, got "2024-02-30"',
    ],
    [
      { ...message, channel: "myspace" },
      "channel",
      expect.stringMatching(/^must be one of twitter, facebook, .*, got "myspace"$/),
    ],
    [{ ...message, url: "x.com/status/1" }, "url", 'must be an http(s) URL, got "x.com/status/1"'],
    [{ ...message, id: true }, "id", "must be a string or number, got true"],
    [{ ...message, source: "" }, "source", "is required"],
    [
      { ...message, author: "ana" },
      "author",
      expect.stringContaining(
        'must be a person reference ({source, id}, {email}, {platform, handle}, {phone} or an inline person), got "ana"',
      ),
    ],
    [{ ...message, author: { platform: "twitter" } }, "author.handle", "is required with platform"],
    [
      { ...message, author: { name: "Ana" } },
      "author",
      "must identify the person by id, email(s), phone(s), handle(s) or externalIds",
    ],
    [
      { ...message, author: { emails: ["a@b.co", "nope"] } },
      "author.emails.1",
      'must be an email address, got "nope"',
    ],
    [
      { type: "person", source: "s", id: "1", followers: { twitter: -3 } },
      "followers.twitter",
      "must be a non-negative number, got -3",
    ],
    [
      { type: "person", source: "s", id: "1", phones: ["call me"] },
      "phones.0",
      'must be a phone number, got "call me"',
    ],
    [
      { type: "person", source: "s", id: "1", emails: "a@b.co" },
      "emails",
      'must be a list, got "a@b.co"',
    ],
    [
      {
        type: "touchpoint",
        source: "s",
        id: "1",
        person: { email: "a@b.co" },
        kind: "webinar",
        at: 0,
      },
      "campaign",
      "is required",
    ],
    [
      {
        type: "touchpoint",
        source: "s",
        id: "1",
        person: { email: "a@b.co" },
        campaign: {},
        kind: "webinar",
        at: 0,
      },
      "campaign.id",
      "is required",
    ],
    [
      { type: "deal", source: "s", id: "1", name: "D", currency: "dollars" },
      "currency",
      'must be a 3-letter ISO 4217 currency code, got "dollars"',
    ],
    [
      {
        type: "membership",
        source: "s",
        id: "1",
        person: { phone: "+44 20 7946 0958" },
        community: { platform: "discord" },
      },
      "community.id",
      "is required",
    ],
    [
      { type: "brand", source: "s", id: "1", name: "Parley", kind: "ours" },
      "kind",
      'must be one of own, competitor, got "ours"',
    ],
    [
      { type: "widget", source: "s", id: "1" },
      "type",
      'must be one of person, message, touchpoint, deal, membership, brand, got "widget"',
    ],
    [{ source: "s", id: "1" }, "type", "is required"],
    ["not a record", "(record)", 'must be a JSON object, got "not a record"'],
  ])("rejects %j naming field %s", (raw, field, reason) => {
    expect(rejection(raw)).toMatchObject({ index: 7, field, reason });
  });

  describe("limits that fit the columns and indexes", () => {
    const person = { type: "person", source: "s", id: "1" };
    const deal = { type: "deal", source: "s", id: "1", name: "D" };

    it("accepts every value up to its limit", () => {
      expect(
        accepted({
          ...person,
          name: "n".repeat(500),
          followers: { twitter: 2147483647 },
          emails: Array.from({ length: 100 }, (_, i) => `a${i}@b.co`),
        }),
      ).toMatchObject({ followers: { twitter: 2147483647 } });
      expect(
        accepted({
          ...deal,
          amount: 999999999999.99,
          at: "0001-01-01",
          closedAt: "9999-12-31T23:59:59.999Z",
        }),
      ).toMatchObject({ amount: 999999999999.99 });
      expect(
        accepted({
          ...message,
          id: "i".repeat(500),
          source: "s".repeat(200),
          text: "t".repeat(100_000),
          metrics: { views: 2147483647 },
        }),
      ).toBeTruthy();
    });

    it("reads two-digit years as themselves, not as 19xx", () => {
      expect(accepted({ ...deal, at: "0050-06-01" })).toMatchObject({
        at: new Date("0050-06-01T00:00:00Z"),
      });
    });

    it.each([
      [{ ...person, name: "n".repeat(501) }, "name", "must be at most 500 characters, got 501"],
      [{ ...message, id: "i".repeat(501) }, "id", "must be at most 500 characters, got 501"],
      [
        { ...message, source: "s".repeat(201) },
        "source",
        "must be at most 200 characters, got 201",
      ],
      [
        { ...message, text: "t".repeat(100_001) },
        "text",
        "must be at most 100000 characters, got 100001",
      ],
      [
        { ...message, text: "a\u0000b" },
        "text",
        "must not contain a NUL character (\\u0000), found at position 1",
      ],
      [
        { ...message, author: { email: "x@y.co", name: "\uDC00" } },
        "author.name",
        "must be valid Unicode: a lone surrogate (\\uDC00) at position 0",
      ],
      [
        { ...person, followers: { twitter: 2147483648 } },
        "followers.twitter",
        "must be at most 2147483647, got 2147483648",
      ],
      [
        { ...person, followers: { "tw\u0000": 1 } },
        "followers.tw\uFFFD",
        expect.stringMatching(/^has a platform name that must not contain a NUL/),
      ],
      [
        { ...person, emails: Array.from({ length: 101 }, (_, i) => `a${i}@b.co`) },
        "emails",
        "must hold at most 100 items, got 101",
      ],
      [{ ...deal, amount: 1e12 }, "amount", "must be at most 999999999999.99, got 1000000000000"],
      [
        { ...deal, at: 1e20 },
        "at",
        "must be between 0001-01-01 and 9999-12-31, got 100000000000000000000",
      ],
      [
        { ...deal, at: -62135596800001 },
        "at",
        "must be between 0001-01-01 and 9999-12-31, got -62135596800001",
      ],
      [
        {
          type: "touchpoint",
          source: "s",
          id: "1",
          person: { email: "a@b.co" },
          campaign: { id: "c" },
          kind: "webinar",
          at: 0,
          properties: { a: [{ b: "\u0000" }] },
        },
        "properties.a.0.b",
        expect.stringMatching(/NUL/),
      ],
    ])("rejects case %#", (raw, field, reason) => {
      expect(rejection(raw)).toMatchObject({ field, reason });
    });

    it("quotes a refused record's identity in storable form", () => {
      expect(rejection({ ...message, id: "a\u0000b", source: "x\uD800" })).toMatchObject({
        source: "x\uFFFD",
        id: "a\uFFFDb",
      });
    });
  });

  it("reads a message's place and names the place field at fault", () => {
    const placed = accepted({
      ...message,
      place: {
        name: " Time Out Market ",
        city: "Lisbon",
        country: "Portugal",
        lat: "38.707",
        lng: -9.146,
      },
    });
    expect(placed).toMatchObject({
      place: {
        name: "Time Out Market",
        city: "Lisbon",
        country: "Portugal",
        lat: 38.707,
        lng: -9.146,
      },
    });
    expect(accepted({ ...message, place: {} })).not.toHaveProperty("place.city");
    expect(rejection({ ...message, place: { city: "Lisbon", lat: 91, lng: 0 } })).toMatchObject({
      index: 7,
      type: "message",
      source: "twitter",
      id: "1",
      field: "place.lat",
      reason: "must be a number of degrees from -90 to 90, got 91",
    });
    expect(rejection({ ...message, place: { lat: 38.7 } })).toMatchObject({
      field: "place.lng",
      reason: "is required with lat",
    });
    expect(rejection({ ...message, place: "Lisbon" })).toMatchObject({
      field: "place",
      reason: 'must be an object, got "Lisbon"',
    });
  });

  it("says which record was rejected", () => {
    expect(rejection({ ...message, id: 1768, at: "soon" })).toEqual({
      index: 7,
      type: "message",
      source: "twitter",
      id: "1768",
      field: "at",
      reason: 'must be an ISO 8601 date-time or epoch milliseconds/seconds, got "soon"',
    });
  });

  describe("person references", () => {
    const authorOf = (author: unknown) =>
      (accepted({ ...message, author }) as { author: unknown }).author;

    it("reads each form of reference", () => {
      expect(authorOf({ source: "twitter", id: 42 })).toEqual({
        by: "id",
        source: "twitter",
        id: "42",
      });
      expect(authorOf({ email: "Ana@Brightwave.io" })).toEqual({
        by: "email",
        email: "ana@brightwave.io",
      });
      expect(authorOf({ platform: "Twitter", handle: "@AnaSouza" })).toEqual({
        by: "handle",
        platform: "twitter",
        handle: "anasouza",
      });
      expect(authorOf({ phone: "+351 21 123 4567" })).toEqual({
        by: "phone",
        phone: "+351211234567",
      });
    });

    it("takes the record's source for an id without one", () => {
      expect(authorOf({ id: "42" })).toEqual({ by: "id", source: "twitter", id: "42" });
    });

    it("reads an inline person, folding a single email and handle into its lists", () => {
      expect(
        authorOf({
          name: "Chloé Dubois",
          email: "chloe@atelier.fr",
          platform: "discourse",
          handle: "chloe_d",
        }),
      ).toMatchObject({
        by: "inline",
        name: "Chloé Dubois",
        emails: ["chloe@atelier.fr"],
        handles: [{ platform: "discourse", handle: "chloe_d" }],
      });
    });
  });
});
