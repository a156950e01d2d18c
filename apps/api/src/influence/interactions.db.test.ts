import { describe, expect, test } from "vitest";
import { withTransaction } from "../db/transaction.ts";
import { mergePeople, unmergePerson } from "../identity/merge.ts";
import { mentionedHandles } from "./interactions.ts";
import { useImportDatabase } from "./testing.ts";

const database = useImportDatabase();
const ingest = database.ingest;

const person = (id: string, name: string, handle: string) => ({
  type: "person",
  source: "twitter",
  id,
  name,
  handles: [{ platform: "twitter", handle }],
});
const tweet = (id: string, author: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  source: "twitter",
  id,
  channel: "twitter",
  author: { id: author },
  text,
  at: "2026-11-01T10:00:00Z",
  ...extra,
});

/** The weighted edges A → B between display names, as the influence run reads them. */
async function edges(): Promise<Array<[string, string, number]>> {
  const { rows } = await database.db().pool.query(
    `SELECT a."displayName" AS f, b."displayName" AS t, count(DISTINCT i."messageId")::int AS w
       FROM "Interaction" i JOIN "Person" a ON a.id = i."fromPersonId" JOIN "Person" b ON b.id = i."toPersonId"
      WHERE i."fromPersonId" <> i."toPersonId" GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return rows.map((row) => [row.f, row.t, row.w]);
}

describe("the interaction graph", () => {
  test("replies, shares and @mentions each make an edge weighted by the number of messages", async () => {
    await ingest([
      person("ana", "Ana", "ana"),
      person("ben", "Ben", "ben"),
      person("cy", "Cy", "cy"),
      tweet("a1", "ana", "Our washer broke again"),
      // Ben replies to Ana and mentions her in the same message: one message, weight one.
      tweet("b1", "ben", "@ana same here, @Ana call them", { inReplyTo: "a1" }),
      tweet("b2", "ben", "RT the washer thread", { shareOf: "a1" }),
      tweet("c1", "cy", "cc @ben and @nobody_known, mail me at cy@ana.example"),
    ]);
    expect(await edges()).toEqual([
      ["Ben", "Ana", 2],
      ["Cy", "Ben", 1],
    ]);
  });

  test("a reply imported before its parent and a mention before the handle's owner count once they arrive", async () => {
    await ingest([
      person("ben", "Ben", "ben"),
      tweet("b1", "ben", "replying to something, hi @dora", { inReplyTo: "a1" }),
    ]);
    expect(await edges()).toEqual([]);
    await ingest([person("ana", "Ana", "ana"), tweet("a1", "ana", "the original post")]);
    expect(await edges()).toEqual([["Ben", "Ana", 1]]);
    await ingest([person("dora", "Dora", "dora")]);
    expect(await edges()).toEqual([
      ["Ben", "Ana", 1],
      ["Ben", "Dora", 1],
    ]);
  });

  test("an edited message keeps only the interactions its new text makes", async () => {
    await ingest([
      person("ana", "Ana", "ana"),
      person("ben", "Ben", "ben"),
      person("cy", "Cy", "cy"),
      tweet("b1", "ben", "hi @ana"),
    ]);
    expect(await edges()).toEqual([["Ben", "Ana", 1]]);
    await ingest([tweet("b1", "ben", "hi @cy, not ana")]);
    expect(await edges()).toEqual([["Ben", "Cy", 1]]);
  });

  test("merging moves edges with the people and unmerging puts them back", async () => {
    await ingest([
      person("ana", "Ana", "ana"),
      person("ben", "Ben", "ben"),
      { type: "person", source: "crm", id: "b-crm", name: "Benjamin", emails: ["ben@example.com"] },
      tweet("a1", "ana", "hello @ben"),
      {
        type: "message",
        source: "email",
        id: "e1",
        channel: "email",
        author: { email: "ben@example.com" },
        text: "Re: hello",
        at: "2026-11-01T11:00:00Z",
      },
      tweet("a2", "ana", "and the email one"),
      {
        type: "message",
        source: "email",
        id: "e2",
        channel: "email",
        author: { email: "ana@example.com", name: "Ana" },
        text: "x",
        at: "2026-11-01T11:00:00Z",
        inReplyTo: "e1",
      },
    ]);
    const id = async (name: string) =>
      (
        await database
          .db()
          .pool.query(`SELECT id FROM "Person" WHERE "displayName" = $1 ORDER BY id LIMIT 1`, [
            name,
          ])
      ).rows[0].id as number;
    const before = await edges();
    expect(before).toEqual([
      ["Ana", "Ben", 1],
      ["Ana", "Benjamin", 1],
    ]);
    const ben = await id("Ben");
    const benjamin = await id("Benjamin");
    const merged = await withTransaction(database.db().pool, (client) =>
      mergePeople(client, {
        survivorId: ben,
        absorbedId: benjamin,
        actor: "t",
        reason: "same Ben",
      }),
    );
    // The e2 reply's Ana is a second profile of Ana (by email); both of Ana's profiles reach the one Ben.
    expect(await edges()).toEqual([["Ana", "Ben", 2]]);
    await withTransaction(database.db().pool, (client) =>
      unmergePerson(client, { mergeId: merged.mergeId, actor: "t" }),
    );
    expect(await edges()).toEqual(before);
  });
});

describe("engagement", () => {
  test("counts the replies, shares and likes a person's messages received, moving exactly when a message's metrics change", async () => {
    const engagement = async () =>
      (
        await database
          .db()
          .pool.query(`SELECT engagement FROM "Person" WHERE "displayName" = 'Ana'`)
      ).rows[0].engagement;
    await ingest([
      person("ana", "Ana", "ana"),
      tweet("a1", "ana", "first", { metrics: { likes: 10, replies: 2, shares: 3, views: 900 } }),
    ]);
    expect(await engagement()).toBe(15);
    await ingest([tweet("a2", "ana", "second", { metrics: { likes: 1 } })]);
    expect(await engagement()).toBe(16);
    // The source reports a1 again, later, with more likes: only the difference is added.
    await ingest([
      tweet("a1", "ana", "first", { metrics: { likes: 40, replies: 2, shares: 3, views: 900 } }),
    ]);
    expect(await engagement()).toBe(46);
    await ingest([
      tweet("a1", "ana", "first", { metrics: { likes: 40, replies: 2, shares: 3, views: 900 } }),
    ]);
    expect(await engagement()).toBe(46);
  });
});

describe("mentionedHandles", () => {
  test("finds @handles as the platform writes them, not email addresses or a sentence's full stop", () => {
    expect(
      mentionedHandles({
        text: "Thanks @Lumen_Support and @maya.o. Mail x@lumen.com",
        channel: "twitter",
      }),
    ).toEqual([{ platform: "twitter", handle: "lumen_support" }]);
    expect(mentionedHandles({ text: "@maya.o. is right", channel: "instagram" })).toEqual([
      { platform: "instagram", handle: "maya.o" },
    ]);
    expect(
      mentionedHandles({
        text: "ping @dev",
        channel: "forum",
        community: { platform: "discourse", id: "c1" },
      }),
    ).toEqual([{ platform: "discourse", handle: "dev" }]);
  });
});
