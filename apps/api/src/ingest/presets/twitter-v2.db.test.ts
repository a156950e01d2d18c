import { describe, expect, it } from "vitest";
import { importSample, ofType } from "./testing.js";

describe("twitter-v2 preset", () => {
  it("maps included users to people and tweets to messages", async () => {
    const { records, problems, preset } = await importSample("twitter-search.json");
    expect(preset).toBe("twitter-v2");
    expect(problems).toEqual([]);
    const people = ofType(records, "person");
    expect(people.map((p) => p.handles?.[0]?.handle)).toEqual(["priya_builds", "parleyhq", "anasouza", "dataskeptic_", "mchen_data"]);
    expect(people[0]).toMatchObject({ id: "98213455", name: "Priya Natarajan", location: "Austin, TX", followers: { twitter: 4820 } });

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
    expect(messages[2]).toMatchObject({ text: expect.stringContaining("🔥"), metrics: { likes: 87, replies: 2, shares: 14, views: 15480 } });
  });
});
