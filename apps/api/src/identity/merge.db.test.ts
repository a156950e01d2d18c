import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { withTransaction } from "../db/transaction.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { mergePeople, unmergePerson } from "./merge.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

/** Two profiles of one human with rows in every table that points at a person, and a bystander. */
async function seedDuplicates() {
  const p = db.prisma;
  const acme = await p.organization.create({ data: { name: "Acme", domain: "acme.com" } });
  const forum = await p.community.create({
    data: { source: "forum", sourceId: "c1", platform: "forum", name: "Acme forum" },
  });
  const slack = await p.community.create({
    data: { source: "slack", sourceId: "c2", platform: "slack", name: "Acme slack" },
  });
  const survivor = await p.person.create({
    data: {
      displayName: "Robert Smith",
      title: "CTO",
      organizationId: acme.id,
      reach: 500,
      followers: { twitter: 500, linkedin: 40 },
      messageCount: 1,
      sentimentSum: 0.5,
      sentimentCount: 1,
      firstSeenAt: new Date("2024-03-01T10:00:00.123Z"),
      lastSeenAt: new Date("2024-05-01T10:00:00Z"),
    },
  });
  const absorbed = await p.person.create({
    data: {
      displayName: "Bob Smith",
      location: "Berlin",
      stage: "lead",
      reach: 900,
      followers: { twitter: 300, instagram: 900 },
      messageCount: 2,
      sentimentSum: -0.25,
      sentimentCount: 2,
      influenceScore: 3.5,
      engagement: 40,
      pageRank: 0.25,
      firstSeenAt: new Date("2024-01-15T08:30:00.456Z"),
      lastSeenAt: new Date("2024-04-01T00:00:00Z"),
    },
  });
  const other = await p.person.create({ data: { displayName: "Carol Jones" } });
  await p.identity.createMany({
    data: [
      { personId: survivor.id, kind: "email", value: "robert@acme.com" },
      { personId: absorbed.id, kind: "email", value: "bob.smith@gmail.com" },
      { personId: absorbed.id, kind: "handle", platform: "twitter", value: "bobsmith" },
    ],
  });
  await p.personSource.createMany({
    data: [
      { personId: survivor.id, source: "crm", sourceId: "1" },
      {
        personId: absorbed.id,
        source: "twitter",
        sourceId: "bobsmith",
        record: { name: "Bob Smith" },
      },
    ],
  });
  await p.membership.createMany({
    data: [
      {
        personId: survivor.id,
        communityId: forum.id,
        role: "member",
        source: "forum",
        sourceId: "m1",
      },
      {
        personId: absorbed.id,
        communityId: forum.id,
        role: "moderator",
        source: "forum",
        sourceId: "m2",
      },
      { personId: absorbed.id, communityId: slack.id, source: "slack", sourceId: "m3" },
    ],
  });
  const conversation = await p.conversation.create({
    data: {
      source: "forum",
      sourceId: "t1",
      channel: "forum",
      personId: absorbed.id,
      startedAt: new Date(),
      lastMessageAt: new Date(),
    },
  });
  const message = await p.message.create({
    data: {
      source: "forum",
      sourceId: "p1",
      conversationId: conversation.id,
      authorId: absorbed.id,
      channel: "forum",
      text: "hi",
      postedAt: new Date(),
    },
  });
  const reply = await p.message.create({
    data: {
      source: "forum",
      sourceId: "p2",
      conversationId: conversation.id,
      authorId: survivor.id,
      channel: "forum",
      text: "hello",
      postedAt: new Date(),
    },
  });
  // The interaction graph: the absorbed person mentions Carol, Carol replies to them, the survivor replies to them.
  await p.interaction.createMany({
    data: [
      {
        messageId: message.id,
        kind: "mention",
        fromPersonId: absorbed.id,
        toPersonId: other.id,
        targetScope: "forum",
        targetKey: "carol",
      },
      {
        messageId: reply.id,
        kind: "reply",
        fromPersonId: other.id,
        toPersonId: absorbed.id,
        targetScope: "forum",
        targetKey: "p1",
      },
      {
        messageId: reply.id,
        kind: "share",
        fromPersonId: survivor.id,
        toPersonId: absorbed.id,
        targetScope: "forum",
        targetKey: "p1",
      },
    ],
  });
  const touchpoint = await p.touchpoint.create({
    data: {
      source: "mailchimp",
      sourceId: "e1",
      personId: absorbed.id,
      kind: "email_open",
      occurredAt: new Date(),
    },
  });
  const deal = await p.deal.create({
    data: {
      source: "crm",
      sourceId: "d1",
      name: "Acme deal",
      contactId: absorbed.id,
      stage: "proposal",
      openedAt: new Date(),
    },
  });
  await p.activity.createMany({
    data: [
      {
        personId: absorbed.id,
        kind: "message",
        department: "communications",
        occurredAt: new Date(),
        summary: "posted",
        messageId: message.id,
      },
      {
        personId: absorbed.id,
        kind: "touchpoint",
        department: "marketing",
        occurredAt: new Date(),
        summary: "opened",
        touchpointId: touchpoint.id,
      },
      {
        personId: absorbed.id,
        kind: "deal_change",
        department: "sales",
        occurredAt: new Date(),
        summary: "deal",
        dealId: deal.id,
      },
    ],
  });
  await p.personBlockingKey.createMany({
    data: [
      { key: 101n, personId: survivor.id },
      { key: 101n, personId: absorbed.id },
      { key: 102n, personId: absorbed.id },
    ],
  });
  const [low, high] = [survivor.id, absorbed.id].sort((x, y) => x - y) as [number, number];
  const pairSuggestion = await p.mergeSuggestion.create({
    data: { personAId: low, personBId: high, score: 0.8, explanation: "nickname" },
  });
  const movedSuggestion = await p.mergeSuggestion.create({
    data: {
      personAId: Math.min(absorbed.id, other.id),
      personBId: Math.max(absorbed.id, other.id),
      score: 0.4,
      explanation: "same city",
    },
  });
  return { survivor, absorbed, other, pairSuggestion, movedSuggestion, slack, forum };
}

/** Everything that belongs to the given people, in a comparable form (updatedAt aside: it records the change). */
async function snapshot(personIds: number[]) {
  const q = async (sql: string) => (await db.pool.query(sql, [personIds])).rows;
  return {
    people: await q(`SELECT * FROM "Person" WHERE id = ANY($1) ORDER BY id`).then((rows) =>
      rows.map(({ updatedAt: _, ...rest }) => rest),
    ),
    identities: await q(`SELECT * FROM "Identity" WHERE "personId" = ANY($1) ORDER BY id`),
    sources: await q(
      `SELECT id, "personId", source, "sourceId", record FROM "PersonSource" WHERE "personId" = ANY($1) ORDER BY id`,
    ),
    memberships: await q(`SELECT * FROM "Membership" WHERE "personId" = ANY($1) ORDER BY id`),
    conversations: await q(
      `SELECT id, "personId" FROM "Conversation" WHERE "personId" = ANY($1) ORDER BY id`,
    ),
    messages: await q(
      `SELECT id, "authorId" FROM "Message" WHERE "authorId" = ANY($1) ORDER BY id`,
    ),
    touchpoints: await q(
      `SELECT id, "personId" FROM "Touchpoint" WHERE "personId" = ANY($1) ORDER BY id`,
    ),
    deals: await q(`SELECT id, "contactId" FROM "Deal" WHERE "contactId" = ANY($1) ORDER BY id`),
    activities: await q(`SELECT * FROM "Activity" WHERE "personId" = ANY($1) ORDER BY id`),
    blockingKeys: await q(
      `SELECT * FROM "PersonBlockingKey" WHERE "personId" = ANY($1) ORDER BY key, "personId"`,
    ),
    interactions: await q(
      `SELECT * FROM "Interaction" WHERE "fromPersonId" = ANY($1) OR "toPersonId" = ANY($1) ORDER BY id`,
    ),
    suggestions: await q(
      `SELECT * FROM "MergeSuggestion" WHERE "personAId" = ANY($1) OR "personBId" = ANY($1) ORDER BY id`,
    ),
  };
}

describe("mergePeople", () => {
  test("moves every row of the absorbed person to the survivor and combines the profiles", async () => {
    const { survivor, absorbed, other, pairSuggestion, movedSuggestion, slack } =
      await seedDuplicates();
    const { mergeId } = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivor.id,
        absorbedId: absorbed.id,
        actor: "test admin",
        reason: "same twitter user",
      }),
    );

    const after = await snapshot([survivor.id, absorbed.id]);
    const [s, a] = after.people as [Record<string, any>, Record<string, any>];
    expect(s).toMatchObject({
      displayName: "Robert Smith",
      title: "CTO",
      location: "Berlin",
      stage: "lead",
      reach: 900,
      followers: { twitter: 500, linkedin: 40, instagram: 900 },
      messageCount: 3,
      sentimentCount: 3,
      influenceScore: 3.5,
      engagement: 40,
      mergedIntoId: null,
    });
    expect(s.sentimentSum).toBeCloseTo(0.25);
    expect(s.firstSeenAt.getTime()).toBe(absorbed.firstSeenAt!.getTime());
    expect(s.lastSeenAt.getTime()).toBe(survivor.lastSeenAt!.getTime());
    expect(a.mergedIntoId).toBe(survivor.id);
    expect(a.mergedAt).toBeInstanceOf(Date);

    const owners = (rows: Array<Record<string, any>>, column: string) =>
      new Set(rows.map((row) => row[column]));
    expect(owners(after.identities, "personId")).toEqual(new Set([survivor.id]));
    expect(owners(after.sources, "personId")).toEqual(new Set([survivor.id]));
    expect(owners(after.messages, "authorId")).toEqual(new Set([survivor.id]));
    expect(owners(after.conversations, "personId")).toEqual(new Set([survivor.id]));
    expect(owners(after.touchpoints, "personId")).toEqual(new Set([survivor.id]));
    expect(owners(after.deals, "contactId")).toEqual(new Set([survivor.id]));
    expect(owners(after.activities, "personId")).toEqual(new Set([survivor.id]));
    // Edges move with the people at both ends; the survivor's reply to the absorbed profile becomes a self-loop.
    expect(after.interactions.map((i) => [i.kind, i.fromPersonId, i.toPersonId])).toEqual([
      ["mention", survivor.id, other.id],
      ["reply", other.id, survivor.id],
      ["share", survivor.id, survivor.id],
    ]);
    expect(s).toMatchObject({ pageRank: 0.25 });
    // One membership per person and community: the survivor's forum membership stays, the absorbed one's stays with it.
    expect(after.memberships.map((m) => [m.personId, m.sourceId])).toEqual([
      [survivor.id, "m1"],
      [absorbed.id, "m2"],
      [survivor.id, "m3"],
    ]);
    expect(after.blockingKeys.map((k) => [k.key, k.personId])).toEqual([
      ["101", survivor.id],
      ["102", survivor.id],
    ]);
    const suggestions = new Map(after.suggestions.map((row) => [row.id, row]));
    expect(suggestions.get(pairSuggestion.id)).toMatchObject({
      status: "accepted",
      decidedBy: "test admin",
    });
    expect(suggestions.get(movedSuggestion.id)).toMatchObject({
      personAId: Math.min(survivor.id, other.id),
      personBId: Math.max(survivor.id, other.id),
      status: "pending",
    });

    const {
      rows: [audit],
    } = await db.pool.query(`SELECT * FROM "PersonMerge" WHERE id = $1`, [mergeId]);
    expect(audit).toMatchObject({
      survivorId: survivor.id,
      absorbedId: absorbed.id,
      actor: "test admin",
      reason: "same twitter user",
      undoneAt: null,
    });
    expect(audit.moved.rows.Identity).toHaveLength(2);
    expect(audit.moved.rows.Message).toHaveLength(1);
    expect(audit.moved.rows.InteractionFrom).toHaveLength(1);
    expect(audit.moved.rows.InteractionTo).toHaveLength(2);
    expect(audit.moved.rows.Membership).toEqual([
      after.memberships.find((m) => m.sourceId === "m3")!.id,
    ]);
    expect(audit.moved.membershipsKept).toEqual([
      expect.objectContaining({
        sourceId: "m2",
        role: "moderator",
        communityId: expect.any(Number),
      }),
    ]);
    expect(audit.moved.membershipsKept[0].communityId).not.toBe(slack.id);
    expect(audit.moved.survivorBefore).toMatchObject({
      title: "CTO",
      location: null,
      reach: 500,
      messageCount: 1,
    });
    expect(audit.moved.absorbedBefore).toMatchObject({
      displayName: "Bob Smith",
      mergedIntoId: null,
      reach: 900,
    });

    const { rows: events } = await db.pool.query(
      `SELECT type, "personId", payload FROM "Event" ORDER BY id`,
    );
    expect(events).toEqual([
      {
        type: "person_merged",
        personId: survivor.id,
        payload: {
          survivorId: survivor.id,
          absorbedId: absorbed.id,
          mergeId,
          reason: "same twitter user",
        },
      },
    ]);
  });

  test("refuses to merge a person into itself, a missing person, or an already merged one", async () => {
    const { survivor, absorbed, other } = await seedDuplicates();
    const merge = (survivorId: number, absorbedId: number) =>
      withTransaction(db.pool, (client) =>
        mergePeople(client, { survivorId, absorbedId, actor: "t", reason: "r" }),
      );

    await expect(merge(survivor.id, survivor.id)).rejects.toThrow(ValidationError);
    await expect(merge(survivor.id, survivor.id)).rejects.toThrow(
      /absorbedId must differ from survivorId/,
    );
    await expect(merge(survivor.id, 999_999)).rejects.toThrow(NotFoundError);
    await expect(merge(survivor.id, 999_999)).rejects.toThrow("Person 999999 not found");

    await merge(survivor.id, absorbed.id);
    await expect(merge(absorbed.id, other.id)).rejects.toThrow(
      `survivorId person ${absorbed.id} was already merged into person ${survivor.id}; use person ${survivor.id} instead`,
    );
    await expect(merge(other.id, absorbed.id)).rejects.toThrow(
      /absorbedId person \d+ was already merged into person \d+/,
    );
    await merge(other.id, survivor.id);
    await expect(merge(absorbed.id, other.id)).rejects.toThrow(
      `(now part of person ${other.id}); use person ${other.id} instead`,
    );
  });
});

describe("unmergePerson", () => {
  test("merge then unmerge restores both people and all their rows exactly", async () => {
    const { survivor, absorbed, other } = await seedDuplicates();
    const ids = [survivor.id, absorbed.id, other.id];
    const before = await snapshot(ids);
    const { mergeId } = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivor.id,
        absorbedId: absorbed.id,
        actor: "test admin",
        reason: "duplicate",
      }),
    );
    expect(await snapshot(ids)).not.toEqual(before);

    const result = await withTransaction(db.pool, (client) =>
      unmergePerson(client, { mergeId, actor: "test analyst" }),
    );
    expect(result).toEqual({ survivorId: survivor.id, restoredId: absorbed.id });
    expect(await snapshot(ids)).toEqual(before);

    const {
      rows: [audit],
    } = await db.pool.query(`SELECT "undoneAt", "undoneBy" FROM "PersonMerge" WHERE id = $1`, [
      mergeId,
    ]);
    expect(audit.undoneAt).toBeInstanceOf(Date);
    expect(audit.undoneBy).toBe("test analyst");
    const { rows: events } = await db.pool.query(`SELECT type, payload FROM "Event" ORDER BY id`);
    expect(events.map((e) => e.type)).toEqual(["person_merged", "person_unmerged"]);
    expect(events[1].payload).toEqual({
      survivorId: survivor.id,
      restoredId: absorbed.id,
      mergeId,
    });
  });

  test("a merge recorded while blocking keys were text still restores them, hashed", async () => {
    const { survivor, absorbed } = await seedDuplicates();
    const { mergeId } = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivor.id,
        absorbedId: absorbed.id,
        actor: "t",
        reason: "r",
      }),
    );
    // As the first migration's merges recorded them.
    await db.pool.query(
      `UPDATE "PersonMerge" SET moved = jsonb_set(moved, '{blockingKeys}', '{"absorbed": ["fi:smith|b", "fi:smith|r"], "addedToSurvivor": ["fi:smith|b"]}') WHERE id = $1`,
      [mergeId],
    );
    await db.pool.query(
      `INSERT INTO "PersonBlockingKey" (key, "personId") VALUES (blocking_key_hash('fi:smith|b'), $1)`,
      [survivor.id],
    );
    await withTransaction(db.pool, (client) => unmergePerson(client, { mergeId, actor: "t" }));
    const { rows } = await db.pool.query(
      `SELECT "personId", key = blocking_key_hash('fi:smith|b') AS b, key = blocking_key_hash('fi:smith|r') AS r
         FROM "PersonBlockingKey" WHERE key IN (blocking_key_hash('fi:smith|b'), blocking_key_hash('fi:smith|r')) ORDER BY "personId", b`,
    );
    expect(rows).toEqual([
      { personId: absorbed.id, b: false, r: true },
      { personId: absorbed.id, b: true, r: false },
    ]);
  });

  test("undoing nested merges in reverse order restores everyone", async () => {
    const { survivor, absorbed, other } = await seedDuplicates();
    const ids = [survivor.id, absorbed.id, other.id];
    const before = await snapshot(ids);
    const first = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivor.id,
        absorbedId: absorbed.id,
        actor: "a",
        reason: "r",
      }),
    );
    const second = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: other.id,
        absorbedId: survivor.id,
        actor: "a",
        reason: "r",
      }),
    );

    await expect(
      withTransaction(db.pool, (client) =>
        unmergePerson(client, { mergeId: first.mergeId, actor: "a" }),
      ),
    ).rejects.toThrow(
      `mergeId cannot undo merge ${first.mergeId} while later merge ${second.mergeId} (person ${survivor.id} into person ${other.id}) is still active; undo it first`,
    );
    await withTransaction(db.pool, (client) =>
      unmergePerson(client, { mergeId: second.mergeId, actor: "a" }),
    );
    await withTransaction(db.pool, (client) =>
      unmergePerson(client, { mergeId: first.mergeId, actor: "a" }),
    );
    expect(await snapshot(ids)).toEqual(before);
  });

  test("refuses an unknown merge and one already undone", async () => {
    const { survivor, absorbed } = await seedDuplicates();
    await expect(
      withTransaction(db.pool, (client) => unmergePerson(client, { mergeId: 4242, actor: "a" })),
    ).rejects.toThrow("PersonMerge 4242 not found");
    const { mergeId } = await withTransaction(db.pool, (client) =>
      mergePeople(client, {
        survivorId: survivor.id,
        absorbedId: absorbed.id,
        actor: "a",
        reason: "r",
      }),
    );
    await withTransaction(db.pool, (client) => unmergePerson(client, { mergeId, actor: "bob" }));
    await expect(
      withTransaction(db.pool, (client) => unmergePerson(client, { mergeId, actor: "a" })),
    ).rejects.toThrow(`mergeId merge ${mergeId} was already undone by bob`);
  });
});
