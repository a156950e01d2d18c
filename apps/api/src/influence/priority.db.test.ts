import { describe, expect, test } from "vitest";
import { messagePriority } from "./priority.ts";
import { useImportDatabase } from "./testing.ts";

const database = useImportDatabase();
const ingest = database.ingest;
const COMPLAINT =
  "My Lumen washer broke again and flooded the kitchen. Terrible service, I want a refund!";

/** Maya: 1.2M followers, a customer with an open deal, reachable by email, phone and Twitter. */
const maya = [
  {
    type: "person",
    source: "crm",
    id: "maya",
    name: "Maya Okafor",
    stage: "customer",
    emails: ["maya@blog.example"],
    phones: ["+44 20 7946 0958"],
    handles: [{ platform: "twitter", handle: "mayaokafor" }],
    followers: { twitter: 1_200_000 },
    organization: { name: "Maya Media", domain: "mayamedia.example" },
  },
  {
    type: "deal",
    source: "crm",
    id: "d1",
    name: "Showroom laundry",
    contact: { email: "maya@blog.example" },
    status: "open",
    amount: 9000,
  },
];

async function priorityOf(source: string, id: string): Promise<string> {
  const { rows } = await database
    .db()
    .pool.query(`SELECT priority FROM "Message" WHERE source = $1 AND "sourceId" = $2`, [
      source,
      id,
    ]);
  return rows[0].priority;
}

describe("Message.priority", () => {
  test("the same complaint from the same person gets the same priority by phone, email, ticket or tweet", async () => {
    await ingest(maya);
    const at = "2026-11-02T09:00:00Z";
    const channels = [
      {
        type: "message",
        source: "zendesk",
        id: "ticket-1",
        channel: "support_ticket",
        author: { email: "maya@blog.example" },
        text: COMPLAINT,
        at,
        conversation: "T1",
      },
      {
        type: "message",
        source: "calls",
        id: "call-1",
        channel: "phone",
        author: { phone: "+44 20 7946 0958" },
        text: COMPLAINT,
        at,
      },
      {
        type: "message",
        source: "twitter",
        id: "tw-1",
        channel: "twitter",
        author: { platform: "twitter", handle: "mayaokafor" },
        text: COMPLAINT,
        at,
      },
      {
        type: "message",
        source: "gmail",
        id: "mail-1",
        channel: "email",
        author: { email: "maya@blog.example" },
        subject: "Broken washer",
        text: COMPLAINT,
        at,
      },
      {
        type: "message",
        source: "forum",
        id: "post-1",
        channel: "forum",
        author: { email: "maya@blog.example" },
        text: COMPLAINT,
        at,
        community: { platform: "forum", id: "owners" },
      },
    ];
    // One import per channel, as they would arrive.
    for (const message of channels) await ingest([message]);
    const priorities = await Promise.all(channels.map((m) => priorityOf(m.source, m.id)));
    expect(priorities).toEqual(Array(channels.length).fill("urgent"));
    expect(
      (await database.db().pool.query(`SELECT count(DISTINCT "authorId")::int AS n FROM "Message"`))
        .rows[0].n,
    ).toBe(1);
  });

  test("weighs who wrote it, how negative, a problem, the thread's last hour and what is at stake", async () => {
    await ingest([
      ...maya,
      { type: "person", source: "crm", id: "sam", name: "Sam Nobody", emails: ["sam@example.com"] },
      {
        type: "message",
        source: "mail",
        id: "q",
        channel: "email",
        author: { email: "sam@example.com" },
        text: "What time do you open on Sunday?",
        at: "2026-11-02T09:00:00Z",
      },
      {
        type: "message",
        source: "mail",
        id: "angry",
        channel: "email",
        author: { email: "sam@example.com" },
        text: COMPLAINT,
        at: "2026-11-02T09:00:00Z",
      },
    ]);
    expect(await priorityOf("mail", "q")).toBe("low");
    expect(await priorityOf("mail", "angry")).toBe("normal");
    // The same complaint in a thread that drew 25 replies in the hour before it.
    const busy = Array.from({ length: 25 }, (_, i) => ({
      type: "message",
      source: "forum",
      id: `r${i}`,
      channel: "forum",
      author: { email: `fan${i}@example.com`, name: `Fan ${i}` },
      text: "same here",
      at: new Date(Date.parse("2026-11-02T08:10:00Z") + i * 60_000).toISOString(),
      conversation: "hot",
    }));
    await ingest(busy);
    await ingest([
      {
        type: "message",
        source: "forum",
        id: "angry-hot",
        channel: "forum",
        author: { email: "sam@example.com" },
        text: COMPLAINT,
        at: "2026-11-02T09:00:00Z",
        conversation: "hot",
      },
    ]);
    expect(await priorityOf("forum", "angry-hot")).toBe("high");
    // Outbound replies are ours: they keep the default.
    await ingest([
      {
        type: "message",
        source: "mail",
        id: "answer",
        channel: "email",
        direction: "outbound",
        author: { email: "support@lumen.example" },
        text: COMPLAINT,
        at: "2026-11-02T09:05:00Z",
      },
    ]);
    expect(await priorityOf("mail", "answer")).toBe("normal");
  });

  test("messagePriority takes no channel: its signals are about the author, the text, the thread and the deal", () => {
    const base = {
      influence: 0,
      sentiment: 0,
      intent: "other",
      recentReplies: 0,
      recentShares: 0,
      openDeal: false,
      stage: null,
    };
    expect(messagePriority(base)).toBe("low");
    expect(messagePriority({ ...base, influence: 60, sentiment: -0.8, intent: "problem" })).toBe(
      "urgent",
    );
    expect(messagePriority({ ...base, influence: 35, sentiment: -0.8 })).toBe("high");
    expect(messagePriority({ ...base, recentReplies: 3, recentShares: 2 })).toBe("normal");
  });
});
