import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../../tests/support/database.ts";
import type { AppServices } from "../../context.ts";
import { scoreSentiment } from "../../enrich/sentiment.ts";
import type { Live } from "../../events/live.ts";
import { ingestBatch } from "./index.ts";

let db: TestDatabase;
let services: AppServices;
let notified = 0;

beforeEach(async () => {
  db = await freshDatabase();
  notified = 0;
  services = { db, live: { notify: () => void notified++ } as unknown as Live };
});
afterEach(async () => db.close());

const count = async (table: string) =>
  Number((await db.pool.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);

const batch = [
  {
    type: "brand",
    source: "setup",
    id: "lumen",
    name: "Lumen Home",
    kind: "own",
    terms: ["Lumen washer"],
  },
  {
    type: "person",
    source: "crm",
    id: "C-1",
    name: "Maya Okafor",
    emails: ["maya@blog.example"],
    followers: { twitter: 1200000 },
  },
  {
    type: "person",
    source: "twitter",
    id: "tw-1",
    name: "Maya O",
    handles: [{ platform: "twitter", handle: "mayaokafor" }],
    emails: ["Maya@blog.example"],
  },
  {
    type: "message",
    source: "twitter",
    id: "m1",
    channel: "twitter",
    author: { id: "tw-1" },
    text: "My Lumen washer died after 3 weeks. Water everywhere!",
    at: "2026-11-01T10:00:00Z",
    conversation: "t1",
  },
  {
    type: "message",
    source: "twitter",
    id: "m2",
    channel: "twitter",
    author: { platform: "twitter", handle: "mayaokafor" },
    text: "Still broken.",
    at: "2026-11-01T11:00:00Z",
    conversation: "t1",
    inReplyTo: "m1",
  },
  {
    type: "touchpoint",
    source: "mailchimp",
    id: "tp1",
    person: { email: "maya@blog.example", name: "Maya Okafor" },
    campaign: { id: "c1", name: "Spring" },
    kind: "email_open",
    at: "2026-10-01",
  },
  {
    type: "deal",
    source: "crm",
    id: "D-1",
    name: "Hotel laundry",
    stage: "proposal",
    amount: 12000,
    contact: { email: "maya@blog.example" },
    organization: { name: "Harbor Hotels", domain: "harborhotels.com" },
  },
  {
    type: "membership",
    source: "forum",
    id: "mb1",
    person: { email: "maya@blog.example" },
    community: { platform: "forum", id: "lumen-owners", name: "Lumen Owners" },
  },
];

describe("ingestBatch", () => {
  it("writes a mixed batch as one graph, and re-sending it changes nothing", async () => {
    const first = await ingestBatch(services, batch, { actor: "test" });
    expect(first.rejected).toEqual([]);
    expect(first.created).toBe(batch.length);
    expect(await count("Person")).toBe(1);
    const person = (await db.pool.query(`SELECT * FROM "Person"`)).rows[0];
    expect(person).toMatchObject({ displayName: "Maya Okafor", messageCount: 2, reach: 1200000 });
    expect(await count("BrandMention")).toBe(1);
    // Two messages, the touchpoint, the deal's stage change and the contact becoming an opportunity.
    expect(await count("Activity")).toBe(5);
    expect(await count("DealStageChange")).toBe(1);
    const reply = (await db.pool.query(`SELECT "replyToId" FROM "Message" WHERE "sourceId" = 'm2'`))
      .rows[0];
    expect(reply.replyToId).not.toBeNull();
    const events = (await db.pool.query(`SELECT type, payload FROM "Event" ORDER BY id`)).rows;
    const added = events.filter((e) => e.type === "message_added");
    expect(added).toHaveLength(2);
    expect(added[0].payload).toMatchObject({
      channel: "twitter",
      communityId: null,
      reach: 1200000,
    });
    expect(added[0].payload.brandIds).toHaveLength(1);
    expect(notified).toBe(1);

    const updatedAt = (await db.pool.query(`SELECT "updatedAt" FROM "Person"`)).rows[0].updatedAt;
    const eventCount = await count("Event");
    const again = await ingestBatch(services, batch, { actor: "test" });
    expect(again).toMatchObject({ created: 0, updated: 0, merged: 0, unchanged: batch.length });
    expect(
      (await db.pool.query(`SELECT "updatedAt", "messageCount" FROM "Person"`)).rows[0],
    ).toMatchObject({ updatedAt, messageCount: 2 });
    expect(await count("Event")).toBe(eventCount);
    expect(await count("Message")).toBe(2);
  });

  it("counts each conversation's messages exactly as messages arrive, repeat and move", async () => {
    const author = {
      type: "person",
      source: "crm",
      id: "C-9",
      name: "Ana Ruiz",
      emails: ["ana@x.example"],
    };
    const message = (id: string, conversation: string, text = `about ${id}`) => ({
      type: "message",
      source: "email",
      id,
      channel: "email",
      author: { email: "ana@x.example" },
      text,
      at: "2026-11-01T10:00:00Z",
      conversation,
    });
    const counts = async () =>
      Object.fromEntries(
        (
          await db.pool.query(
            `SELECT "sourceId", "messageCount" FROM "Conversation" ORDER BY "sourceId"`,
          )
        ).rows.map((row) => [row.sourceId, row.messageCount]),
      );
    await ingestBatch(
      services,
      [author, message("e1", "a"), message("e2", "a"), message("e3", "b")],
      {
        actor: "test",
      },
    );
    expect(await counts()).toEqual({ a: 2, b: 1 });
    // Sent again, with one more message in a conversation that exists and one in a new one.
    await ingestBatch(
      services,
      [message("e1", "a"), message("e2", "a"), message("e4", "b"), message("e5", "c")],
      { actor: "test" },
    );
    expect(await counts()).toEqual({ a: 2, b: 2, c: 1 });
    // e2 moves to a conversation the same batch creates, e3 to one that exists.
    await ingestBatch(services, [message("e2", "d"), message("e3", "c")], { actor: "test" });
    expect(await counts()).toEqual({ a: 1, b: 1, c: 2, d: 1 });
    const stored = await db.pool.query(
      `SELECT c."sourceId", count(m.id)::int AS n FROM "Conversation" c LEFT JOIN "Message" m ON m."conversationId" = c.id
        GROUP BY c."sourceId" ORDER BY c."sourceId"`,
    );
    expect(Object.fromEntries(stored.rows.map((row) => [row.sourceId, row.n]))).toEqual(
      await counts(),
    );
  });

  it("scores each message's sentiment as the kind of text its channel carries", async () => {
    // VADER's raters rated "lol" +1.8, which social posts keep; in a ticket it is a shrug.
    const text = "lol, the app crashed again";
    const messages = (["twitter", "support_ticket"] as const).map((channel) => ({
      type: "message",
      source: channel,
      id: `same-${channel}`,
      channel,
      author: { id: "tw-1" },
      text,
      at: "2026-11-01T12:00:00Z",
    }));
    const result = await ingestBatch(services, [batch[2]!, ...messages], { actor: "test" });
    expect(result.rejected).toEqual([]);
    const scored = await db.pool.query<{ channel: string; sentiment: number }>(
      `SELECT channel::text, sentiment FROM "Message" ORDER BY channel`,
    );
    const byChannel = Object.fromEntries(scored.rows.map((row) => [row.channel, row.sentiment]));
    expect(byChannel.twitter).toBeCloseTo(scoreSentiment(text, "social"), 6);
    expect(byChannel.support_ticket).toBeCloseTo(scoreSentiment(text, "support"), 6);
    expect(byChannel.support_ticket).toBeLessThan(byChannel.twitter! - 0.2);
  });

  it("reports bad records with index, field and reason and writes the good ones", async () => {
    const result = await ingestBatch(
      services,
      [
        { type: "person", source: "crm", id: "1", name: "Ada Okafor", emails: ["ada@x.example"] },
        {
          type: "message",
          source: "tw",
          id: "9",
          channel: "twitter",
          author: { email: "bob" },
          text: "hi",
          at: "2026-01-01",
        },
        "nope",
      ],
      { actor: "test" },
    );
    expect(result.created).toBe(1);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        index: 1,
        type: "message",
        source: "tw",
        id: "9",
        field: "author.email",
      }),
      expect.objectContaining({ index: 2, field: "(record)" }),
    ]);
    expect(await count("Person")).toBe(1);
  });

  it("a batch that fails midway leaves nothing written", async () => {
    await expect(
      ingestBatch(services, batch, {
        actor: "test",
        beforeCommit: async () => {
          throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    for (const table of [
      "Person",
      "Identity",
      "Message",
      "Conversation",
      "Event",
      "Deal",
      "Touchpoint",
      "Brand",
    ]) {
      expect(await count(table)).toBe(0);
    }
  });

  it("a record the database refuses for a reason validation did not foresee is rejected alone, with the database's reason", async () => {
    // A rule only the database knows, as a column limit or a trigger added later would be.
    await db.pool.query(
      `ALTER TABLE "Message" ADD CONSTRAINT no_forbidden_words CHECK (text NOT LIKE '%forbidden%')`,
    );
    const records = Array.from({ length: 12 }, (_, i) => [
      {
        type: "person",
        source: "forum",
        id: `u${i}`,
        name: `Member ${i} Tester`,
        emails: [`member${i}@example.com`],
      },
      {
        type: "message",
        source: "forum",
        id: `p${i}`,
        channel: "forum",
        author: { id: `u${i}` },
        text: i === 7 ? "a forbidden word" : `post ${i}`,
        at: "2026-11-01T10:00:00Z",
      },
    ]).flat();
    let commits = 0;
    const result = await ingestBatch(services, records, {
      actor: "test",
      beforeCommit: async () => void commits++,
    });
    expect(result).toMatchObject({ created: 23, updated: 0, unchanged: 0 });
    expect(result.rejected).toEqual([
      {
        index: 15,
        type: "message",
        source: "forum",
        id: "p7",
        field: "(record)",
        reason: expect.stringMatching(/^was refused by the database: .*no_forbidden_words/),
      },
    ]);
    expect(commits).toBe(1);
    expect(await count("Person")).toBe(12);
    expect(await count("Message")).toBe(11);
    expect(
      (await db.pool.query(`SELECT sum("messageCount")::int AS n FROM "Person"`)).rows[0].n,
    ).toBe(11);
    expect(
      Number(
        (await db.pool.query(`SELECT count(*) FROM "Event" WHERE type = 'message_added'`)).rows[0]
          .count,
      ),
    ).toBe(11);
    expect(notified).toBe(1);
  });

  it("merges two existing people a later record links", async () => {
    await ingestBatch(
      services,
      [
        {
          type: "person",
          source: "crm",
          id: "1",
          name: "Tara Novak",
          emails: ["tara@northwind-laundry.com"],
        },
        {
          type: "person",
          source: "twitter",
          id: "7",
          name: "Tara Novak",
          handles: [{ platform: "twitter", handle: "taranovak" }],
        },
      ],
      { actor: "test" },
    );
    expect(await count("Person")).toBe(2);
    const result = await ingestBatch(
      services,
      [
        {
          type: "person",
          source: "forum",
          id: "u1",
          name: "Tara Novak",
          emails: ["tara@northwind-laundry.com"],
          handles: [{ platform: "twitter", handle: "taranovak" }],
        },
      ],
      { actor: "test" },
    );
    expect(result.merged).toBe(1);
    expect(
      Number(
        (await db.pool.query(`SELECT count(*) FROM "Person" WHERE "mergedIntoId" IS NULL`)).rows[0]
          .count,
      ),
    ).toBe(1);
  });

  it("does not merge automatically on a key shared by different given names", async () => {
    await ingestBatch(
      services,
      [
        { type: "person", source: "crm", id: "1", name: "John Smith", phones: ["+1 212 555 0100"] },
        { type: "person", source: "crm", id: "2", name: "Mary Smith", phones: ["+1 212 555 0100"] },
      ],
      { actor: "test" },
    );
    expect(await count("Person")).toBe(2);
  });

  it("merges a record into the person an earlier record of another system named by its id", async () => {
    await ingestBatch(
      services,
      [
        {
          type: "person",
          source: "zendesk",
          id: "z-3186",
          name: "James Marutford",
          emails: ["james_marutford@openpeak.com"],
          externalIds: [{ source: "crm", id: "crm-3184" }],
        },
      ],
      { actor: "test" },
    );
    await ingestBatch(
      services,
      [
        {
          type: "person",
          source: "crm",
          id: "crm-3184",
          name: "James Marutford",
          emails: ["stormrunner48@protonmail.com"],
        },
      ],
      { actor: "test" },
    );
    const { rows } = await db.pool.query(
      `SELECT DISTINCT "personId" FROM "PersonSource" WHERE "sourceId" IN ('z-3186', 'crm-3184')`,
    );
    expect(rows).toHaveLength(1);
    expect(await count("Person")).toBe(1);
  });

  it("a person first known only by an address merges with the named records that share it, and the guard still reads their name", async () => {
    const person = (id: string, name?: string) => ({
      type: "person",
      source: "zendesk",
      id,
      ...(name ? { name } : {}),
      emails: ["kellevova@northloop.io"],
    });
    await ingestBatch(services, [person("z-1")], { actor: "test" });
    await ingestBatch(services, [person("z-2", "Kevin Ellevova")], { actor: "test" });
    const people = async () =>
      (
        await db.pool.query<{ displayName: string }>(
          `SELECT "displayName" FROM "Person" WHERE "mergedIntoId" IS NULL ORDER BY id`,
        )
      ).rows.map((row) => row.displayName);
    expect(await people()).toEqual(["Kevin Ellevova"]);
    // Once the person is named, another given name on the same address is someone else.
    await ingestBatch(services, [person("z-3", "Kim Ellevova")], { actor: "test" });
    expect(await people()).toEqual(["Kevin Ellevova", "Kim Ellevova"]);
  });

  it("a slip in the stored person's given name, corrected by their address, does not hold back the next record", async () => {
    const person = (id: string, name: string) => ({
      type: "person",
      source: "zendesk",
      id,
      name,
      emails: ["frank_carlelby@ironloop.net"],
    });
    await ingestBatch(services, [person("z-1", "Frnk Carlelby")], { actor: "test" });
    await ingestBatch(services, [person("z-2", "Frank Carlelby")], { actor: "test" });
    expect(await count("Person")).toBe(1);
  });

  it("coalesces person_created events of a big batch and keeps one message_added per message", async () => {
    const records = Array.from({ length: 120 }, (_, i) => ({
      type: "message",
      source: "forum",
      id: `p${i}`,
      channel: "forum",
      author: { email: `user${i}@example.com` },
      text: `post ${i}`,
      at: "2026-11-01T10:00:00Z",
    }));
    await ingestBatch(services, records, { actor: "test" });
    const rows = (
      await db.pool.query(
        `SELECT type, count(*)::int AS n, max(payload::text) AS p FROM "Event" GROUP BY type ORDER BY type`,
      )
    ).rows;
    expect(rows).toEqual([
      { type: "message_added", n: 120, p: expect.any(String) },
      { type: "person_created", n: 1, p: expect.stringContaining('"count": 120') },
    ]);
  });

  it("coalesces the person_merged events of an import that merges many people", async () => {
    const pairs = 60;
    await ingestBatch(
      services,
      Array.from({ length: pairs }, (_, i) => [
        {
          type: "person",
          source: "crm",
          id: `c${i}`,
          name: `Ann Lee${i}`,
          emails: [`ann${i}@example.com`],
        },
        {
          type: "person",
          source: "twitter",
          id: `t${i}`,
          name: `Ann Lee${i}`,
          handles: [{ platform: "twitter", handle: `annlee${i}` }],
        },
      ]).flat(),
      { actor: "test" },
    );
    const result = await ingestBatch(
      services,
      Array.from({ length: pairs }, (_, i) => ({
        type: "person",
        source: "forum",
        id: `f${i}`,
        emails: [`ann${i}@example.com`],
        handles: [{ platform: "twitter", handle: `annlee${i}` }],
      })),
      { actor: "test" },
    );
    expect(result.merged).toBe(pairs);
    expect(await count("PersonMerge")).toBe(pairs);
    const merged = (await db.pool.query(`SELECT payload FROM "Event" WHERE type = 'person_merged'`))
      .rows;
    expect(merged).toEqual([{ payload: { coalesced: true, count: pairs } }]);
  });

  it("links a reply to its parent when the parent arrives in a later batch", async () => {
    const message = (id: string, extra: object = {}) => ({
      type: "message",
      source: "forum",
      id,
      channel: "forum",
      author: { email: "ada@example.com" },
      text: `post ${id}`,
      at: "2026-11-01T10:00:00Z",
      conversation: "t1",
      ...extra,
    });
    await ingestBatch(services, [message("child", { inReplyTo: "parent" })], { actor: "test" });
    expect(
      (await db.pool.query(`SELECT "replyToId" FROM "Message" WHERE "sourceId" = 'child'`)).rows[0]
        .replyToId,
    ).toBeNull();
    await ingestBatch(services, [message("parent")], { actor: "test" });
    const { rows } = await db.pool.query(
      `SELECT c."replyToId" = p.id AS linked FROM "Message" c, "Message" p WHERE c."sourceId" = 'child' AND p."sourceId" = 'parent'`,
    );
    expect(rows).toEqual([{ linked: true }]);
  });

  it("drops a brand mention when an edited message no longer names the brand", async () => {
    const brand = {
      type: "brand",
      source: "setup",
      id: "lumen",
      name: "Lumen Home",
      kind: "own",
      terms: ["Lumen"],
    };
    const post = (text: string) => ({
      type: "message",
      source: "forum",
      id: "p1",
      channel: "forum",
      author: { email: "ada@example.com" },
      text,
      at: "2026-11-01T10:00:00Z",
    });
    await ingestBatch(services, [brand, post("My Lumen washer is great")], { actor: "test" });
    expect(await count("BrandMention")).toBe(1);
    const result = await ingestBatch(services, [post("My washer is great")], { actor: "test" });
    expect(result.updated).toBe(1);
    expect(await count("BrandMention")).toBe(0);
  });

  describe("when the tracked brands change, stored messages are matched again", () => {
    const post = (id: string, text: string) => ({
      type: "message",
      source: "forum",
      id,
      channel: "forum",
      author: { email: "ada@example.com" },
      text,
      at: "2026-03-04T05:06:07.890Z",
    });
    const mentions = async () =>
      (
        await db.pool.query(
          `SELECT b.name AS brand, m."sourceId" AS message, bm.term, to_char(bm."postedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "postedAt",
                bm.sentiment = m.sentiment AS "sentimentOfMessage"
           FROM "BrandMention" bm JOIN "Brand" b ON b.id = bm."brandId" JOIN "Message" m ON m.id = bm."messageId"
          ORDER BY b.name, m."sourceId"`,
        )
      ).rows;

    it("finds a competitor added today in what was said before", async () => {
      await ingestBatch(
        services,
        [
          post("p1", "Switching to Zephyr Air next month"),
          post("p2", "Nothing to see"),
          post("p3", "zephyrair rocks"),
        ],
        { actor: "test" },
      );
      expect(await count("BrandMention")).toBe(0);
      const result = await ingestBatch(
        services,
        [
          {
            type: "brand",
            source: "setup",
            id: "z",
            name: "Zephyr Air",
            kind: "competitor",
            terms: [],
          },
        ],
        { actor: "test" },
      );
      expect(result.created).toBe(1);
      expect(await mentions()).toEqual([
        {
          brand: "Zephyr Air",
          message: "p1",
          term: "Zephyr Air",
          postedAt: "2026-03-04T05:06:07.890",
          sentimentOfMessage: true,
        },
        {
          brand: "Zephyr Air",
          message: "p3",
          term: "Zephyr Air",
          postedAt: "2026-03-04T05:06:07.890",
          sentimentOfMessage: true,
        },
      ]);
    });

    it("lets go of the mentions of a term taken away, and leaves other brands alone", async () => {
      const lumen = (terms: string[]) => ({
        type: "brand",
        source: "setup",
        id: "l",
        name: "Lumen Home",
        kind: "own",
        terms,
      });
      const acme = {
        type: "brand",
        source: "setup",
        id: "a",
        name: "Acme",
        kind: "competitor",
        terms: [],
      };
      await ingestBatch(
        services,
        [
          lumen(["Lumen washer"]),
          acme,
          post("p1", "my Lumen washer broke"),
          post("p2", "acme support rocks"),
        ],
        { actor: "test" },
      );
      expect((await mentions()).map((m) => [m.brand, m.message])).toEqual([
        ["Acme", "p2"],
        ["Lumen Home", "p1"],
      ]);
      await ingestBatch(services, [lumen([])], { actor: "test" });
      expect((await mentions()).map((m) => [m.brand, m.message])).toEqual([["Acme", "p2"]]);
      // Re-sending the same brand changes nothing and reads no message.
      const unchanged = await ingestBatch(services, [lumen([])], { actor: "test" });
      expect(unchanged.unchanged).toBe(1);
    });

    it("gives a position to the longer term of a new brand, as for new messages", async () => {
      const acme = {
        type: "brand",
        source: "setup",
        id: "a",
        name: "Acme",
        kind: "competitor",
        terms: [],
      };
      await ingestBatch(services, [acme, post("p1", "Acme Cloud is down again")], {
        actor: "test",
      });
      expect((await mentions()).map((m) => [m.brand, m.term])).toEqual([["Acme", "Acme"]]);
      await ingestBatch(
        services,
        [{ type: "brand", source: "setup", id: "ac", name: "Acme Cloud", kind: "own", terms: [] }],
        { actor: "test" },
      );
      await ingestBatch(services, [post("p2", "Acme Cloud is down again")], { actor: "test" });
      expect((await mentions()).map((m) => [m.brand, m.message, m.term])).toEqual([
        ["Acme Cloud", "p1", "Acme Cloud"],
        ["Acme Cloud", "p2", "Acme Cloud"],
      ]);
    });

    it("matches terms outside ASCII however the database folds case", async () => {
      await ingestBatch(services, [post("p1", "КОФЕЙНЯ рядом закрылась")], { actor: "test" });
      await ingestBatch(
        services,
        [
          {
            type: "brand",
            source: "setup",
            id: "c",
            name: "Café Noir",
            kind: "own",
            terms: ["Кофейня"],
          },
        ],
        { actor: "test" },
      );
      expect((await mentions()).map((m) => [m.brand, m.message, m.term])).toEqual([
        ["Café Noir", "p1", "Кофейня"],
      ]);
    });
  });

  it("two concurrent batches introducing the same new email resolve to one person", async () => {
    const ada = (source: string) => ({
      type: "person",
      source,
      id: "1",
      name: "Ada Okafor",
      emails: ["ada@example.com"],
    });
    const results = await Promise.all([
      ingestBatch(services, [ada("crm")], { actor: "a" }),
      ingestBatch(services, [ada("hubspot")], { actor: "b" }),
    ]);
    expect(results.map((r) => r.created)).toEqual([1, 1]);
    expect(await count("Person")).toBe(1);
    expect(await count("PersonSource")).toBe(2);
  });

  it("a writer failing while others run leaves nothing written, not even the others' later statements", async () => {
    const sent: string[] = [];
    const connect = db.pool.connect.bind(db.pool);
    const failing = {
      ...services,
      db: {
        ...db,
        pool: Object.assign(Object.create(db.pool), {
          connect: async () => {
            const client = await connect();
            const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
            return Object.assign(Object.create(client), {
              query: (sql: unknown, ...rest: unknown[]) => {
                sent.push(String(sql));
                // A real error in the database that no record caused (a statement gone wrong), which
                // aborts the transaction as a failing write would.
                if (String(sql).includes('INSERT INTO "Touchpoint"'))
                  return query('SELECT * FROM "TouchpointsFailed"');
                return query(sql, ...rest);
              },
              release: (...args: unknown[]) => client.release(...(args as [])),
            });
          },
        }),
      },
    } as AppServices;
    await expect(ingestBatch(failing, batch, { actor: "test" })).rejects.toThrow(
      'relation "TouchpointsFailed" does not exist',
    );
    expect(sent.at(-1)).toBe("ROLLBACK");
    for (const table of [
      "Person",
      "Message",
      "Conversation",
      "BrandMention",
      "Activity",
      "Deal",
      "Membership",
      "PersonBlockingKey",
      "Event",
    ]) {
      expect(await count(table)).toBe(0);
    }
  });
});
