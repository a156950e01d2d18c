import { describe, expect, it } from "vitest";
import { validateRecord } from "../records/validate.ts";
import { importSample, ofType } from "./testing.ts";
import { twitterV2 } from "./twitter-v2.ts";

describe("twitter-v2 preset", () => {
  it("maps included users to people and tweets to messages", async () => {
    const { records, problems, preset } = await importSample("twitter-search.json");
    expect(preset).toBe("twitter-v2");
    expect(problems).toEqual([]);
    const people = ofType(records, "person");
    expect(people.map((p) => p.handles?.[0]?.handle)).toEqual([
      "priya_builds",
      "parleyhq",
      "anasouza",
      "dataskeptic_",
      "mchen_data",
    ]);
    expect(people[0]).toMatchObject({
      id: "98213455",
      name: "Priya Natarajan",
      location: "Austin, TX",
      followers: { twitter: 4820 },
    });

    const messages = ofType(records, "message");
    // Five tweets in data plus the quoted tweet from includes; the replied-to tweet is not repeated.
    expect(messages).toHaveLength(6);
    expect(messages[1]).toMatchObject({
      id: "1767891987654321002",
      channel: "twitter",
      conversation: "1767890123456789001",
      inReplyTo: "1767890123456789001",
      author: { by: "id", source: "twitter", id: "1600000000000000001" },
      url: "https://x.com/parleyhq/status/1767891987654321002",
      at: new Date("2024-03-13T16:40:55Z"),
    });
    expect(messages[2]).toMatchObject({
      text: expect.stringContaining("🔥"),
      metrics: { likes: 87, replies: 2, shares: 14, views: 15480 },
    });
  });

  it("maps a tweet's tagged place to the message's place: name, city, country, its point or the box's centre", () => {
    const response = {
      data: [
        {
          id: "1",
          author_id: "9",
          text: "Lumen pop-up in Lisbon",
          created_at: "2026-11-02T09:00:00Z",
          geo: { place_id: "p1" },
        },
        {
          id: "2",
          author_id: "9",
          text: "Right here",
          created_at: "2026-11-02T10:00:00Z",
          geo: { place_id: "p1", coordinates: { type: "Point", coordinates: [-9.14, 38.71] } },
        },
      ],
      includes: {
        places: [
          {
            id: "p1",
            full_name: "Lisbon, Portugal",
            name: "Lisbon",
            place_type: "city",
            country: "Portugal",
            geo: { bbox: [-9.23, 38.69, -9.09, 38.8] },
          },
        ],
      },
    };
    const messages = twitterV2
      .toRecords(response, { source: "twitter" })
      .map((raw, i) => validateRecord(raw, i));
    expect(messages.map((m) => (m.ok && m.record.type === "message" ? m.record.place : m))).toEqual(
      [
        {
          name: "Lisbon, Portugal",
          city: "Lisbon",
          country: "Portugal",
          lat: (38.69 + 38.8) / 2,
          lng: (-9.23 + -9.09) / 2,
        },
        { name: "Lisbon, Portugal", city: "Lisbon", country: "Portugal", lat: 38.71, lng: -9.14 },
      ],
    );
  });
});
