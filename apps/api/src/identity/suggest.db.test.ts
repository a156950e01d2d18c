import { afterEach, beforeEach, expect, test } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import { withTransaction } from "../db/transaction.ts";
import type { Live } from "../events/live.ts";
import { ingestBatch } from "../ingest/pipeline/index.ts";
import { mergePeople } from "./merge.ts";
import { MAX_BLOCK_SIZE } from "./similarity.ts";
import { blockingKeyHash, refreshIdentityCandidates } from "./suggest.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

async function person(data: {
  name: string;
  organization?: string;
  domain?: string;
  location?: string;
  email?: string;
  twitter?: string;
  customer?: string;
}) {
  const organization = data.organization
    ? await db.prisma.organization.create({
        data: { name: data.organization, domain: data.domain ?? null },
      })
    : null;
  return db.prisma.person.create({
    data: {
      displayName: data.name,
      location: data.location ?? null,
      organizationId: organization?.id ?? null,
      identities: {
        create: [
          ...(data.email ? [{ kind: "email" as const, value: data.email }] : []),
          ...(data.twitter
            ? [{ kind: "handle" as const, platform: "twitter", value: data.twitter }]
            : []),
          ...(data.customer
            ? [{ kind: "external" as const, platform: "customer", value: data.customer }]
            : []),
        ],
      },
    },
  });
}

const suggestions = async () =>
  (
    await db.pool.query(
      `SELECT "personAId", "personBId", score, explanation, signals, status FROM "MergeSuggestion" ORDER BY "personAId", "personBId"`,
    )
  ).rows;

test("a nickname at the same company is suggested, a common name at different companies is not", async () => {
  const robert = await person({
    name: "Robert Smith",
    organization: "Acme",
    email: "robert.smith@acme.com",
  });
  const bob = await person({
    name: "Bob Smith",
    organization: "Acme Corp",
    domain: "acme.com",
    twitter: "bobsmith",
  });
  const john1 = await person({ name: "John Smith", organization: "Initech", location: "Berlin" });
  const john2 = await person({ name: "John Smith", organization: "Globex", location: "Paris" });

  const result = await withTransaction(db.pool, (client) =>
    refreshIdentityCandidates(client, [robert.id, bob.id, john1.id, john2.id]),
  );

  expect(result).toEqual({ suggestions: 1 });
  const [suggestion, ...rest] = await suggestions();
  expect(rest).toEqual([]);
  expect(suggestion).toMatchObject({ personAId: robert.id, personBId: bob.id, status: "pending" });
  expect(suggestion.score).toBeGreaterThan(0.5);
  expect(suggestion.explanation).toContain("nickname");
  expect(suggestion.signals).toEqual(
    expect.arrayContaining([expect.objectContaining({ signal: "organization" })]),
  );
  const { rows: keys } = await db.pool.query(
    `SELECT count(*)::int AS n FROM "PersonBlockingKey" WHERE "personId" = $1`,
    [bob.id],
  );
  expect(keys[0].n).toBeGreaterThan(0);
});

test("refreshing one side of a pair finds the other, and refreshing again updates rather than duplicates", async () => {
  const robert = await person({
    name: "Robert Smith",
    organization: "Acme",
    email: "robert.smith@acme.com",
  });
  await withTransaction(db.pool, (client) => refreshIdentityCandidates(client, [robert.id]));
  const bob = await person({ name: "Bob Smith", organization: "Acme Corp", domain: "acme.com" });
  expect(
    await withTransaction(db.pool, (client) => refreshIdentityCandidates(client, [bob.id])),
  ).toEqual({ suggestions: 1 });
  expect(
    await withTransaction(db.pool, (client) =>
      refreshIdentityCandidates(client, [bob.id, robert.id]),
    ),
  ).toEqual({ suggestions: 1 });
  expect(await suggestions()).toHaveLength(1);
});

test("keys hashed by the refresher are the ones the database's blocking_key_hash gives", async () => {
  const keys = ["fi:smith|b", "np:RBRT|SM0", "un:zoëmüller|o:ärger", "stat:word:o'brien", ""];
  const { rows } = await db.pool.query(
    `SELECT blocking_key_hash(k)::text AS hash FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`,
    [keys],
  );
  expect(keys.map(blockingKeyHash)).toEqual(rows.map((row) => row.hash));
});

test("a person whose name changed loses the old name's keys and gains the new one's", async () => {
  const robert = await person({ name: "Robert Smith", organization: "Acme" });
  const keysOf = async () =>
    (
      await db.pool.query(
        `SELECT key = blocking_key_hash('fi:smith|r') AS old, key = blocking_key_hash('fi:jones|r') AS new
           FROM "PersonBlockingKey" WHERE "personId" = $1`,
        [robert.id],
      )
    ).rows;
  await withTransaction(db.pool, (client) => refreshIdentityCandidates(client, [robert.id]));
  const before = await keysOf();
  expect(before.filter((row) => row.old)).toHaveLength(1);

  await db.pool.query(`UPDATE "Person" SET "displayName" = 'Robert Jones' WHERE id = $1`, [
    robert.id,
  ]);
  await withTransaction(db.pool, (client) => refreshIdentityCandidates(client, [robert.id]));
  const after = await keysOf();
  expect(after.filter((row) => row.old)).toEqual([]);
  expect(after.filter((row) => row.new)).toHaveLength(1);
  // Refreshing an unchanged person leaves its keys as they are.
  await withTransaction(db.pool, (client) => refreshIdentityCandidates(client, [robert.id]));
  expect(await keysOf()).toHaveLength(after.length);
});

test("a rejected pair is not suggested again, and merged-away people are not suggested", async () => {
  const robert = await person({
    name: "Robert Smith",
    organization: "Acme",
    email: "robert.smith@acme.com",
  });
  const bob = await person({ name: "Bob Smith", organization: "Acme Corp", domain: "acme.com" });
  const rob = await person({ name: "Rob Smith", organization: "Acme", twitter: "robsmith" });
  await withTransaction(db.pool, (client) =>
    refreshIdentityCandidates(client, [robert.id, bob.id, rob.id]),
  );
  expect(await suggestions()).toHaveLength(3);

  await db.pool.query(
    `UPDATE "MergeSuggestion" SET status = 'rejected', "decidedBy" = 'reviewer' WHERE "personAId" = $1 AND "personBId" = $2`,
    [robert.id, bob.id],
  );
  await withTransaction(db.pool, (client) =>
    mergePeople(client, { survivorId: robert.id, absorbedId: rob.id, actor: "t", reason: "r" }),
  );
  await withTransaction(db.pool, (client) =>
    refreshIdentityCandidates(client, [robert.id, bob.id, rob.id]),
  );

  const rows = await suggestions();
  expect(rows.map((s) => [s.personAId, s.personBId, s.status])).toEqual([
    [robert.id, bob.id, "rejected"],
    [robert.id, rob.id, "accepted"],
  ]);
});

test("people are compared only through blocks of at most MAX_BLOCK_SIZE people", async () => {
  const twins = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () =>
        person({ name: "Kathleen Berelworth", organization: "Acme", location: "Berlin" }),
      ),
    );
  const pair = await twins(2);
  expect(
    await withTransaction(db.pool, (client) =>
      refreshIdentityCandidates(
        client,
        pair.map((p) => p.id),
      ),
    ),
  ).toEqual({ suggestions: 1 });

  await db.pool.query(`DELETE FROM "MergeSuggestion"`);
  const crowd = await twins(MAX_BLOCK_SIZE);
  // Every key the MAX_BLOCK_SIZE + 2 share (name, name within Acme) now holds more than MAX_BLOCK_SIZE people.
  expect(
    await withTransaction(db.pool, (client) =>
      refreshIdentityCandidates(
        client,
        [...pair, ...crowd].map((p) => p.id),
      ),
    ),
  ).toEqual({ suggestions: 0 });
});

test("among namesakes with addresses and customer numbers of their own, the duplicate is found through its address", async () => {
  const streets = ["Kent", "Hill", "Park", "Bay", "Lake"];
  const namesakes = await Promise.all(
    streets.map((street, i) =>
      person({
        name: "Kathleen Berelworth",
        location: `${10 + i} ${street} St, Richmond VIC 3${i}21`,
        customer: String(i + 1).repeat(8),
      }),
    ),
  );
  const again = await person({
    name: "BERELWORTH, Kathlen",
    location: "10 Kent Street Richmond 3021",
    customer: "11111121",
  });
  await withTransaction(db.pool, (client) =>
    refreshIdentityCandidates(
      client,
      [...namesakes, again].map((p) => p.id),
    ),
  );
  expect((await suggestions()).map((s) => [s.personAId, s.personBId])).toEqual([
    [namesakes[0]!.id, again.id],
  ]);
});

test("past 100,000 people, how rare a shared name is comes from the planner's estimate of people, not a count", async () => {
  const first = await person({
    name: "Ayla Brightwater",
    organization: "Acme",
    domain: "acme.com",
  });
  const second = await person({ name: "Ayla Brightwater", email: "ayla@acme.com" });
  const score = async (estimatedPeople: number) => {
    await db.pool.query(`UPDATE pg_class SET reltuples = $1 WHERE oid = '"Person"'::regclass`, [
      estimatedPeople,
    ]);
    await withTransaction(db.pool, (client) =>
      refreshIdentityCandidates(client, [first.id, second.id]),
    );
    const [suggestion] = await suggestions();
    return suggestion.score as number;
  };
  const counted = await score(0);
  // Among ten million people, two with this name at one company are likelier one person.
  const estimated = await score(10_000_000);
  expect(estimated).toBeGreaterThan(counted);
  // Below the threshold the people are counted again, whatever the estimate says.
  expect(await score(50_000)).toBe(counted);
});

test("a merged person's earlier address still finds a later duplicate that was written at it", async () => {
  const services = { db, live: { notify: () => {} } as unknown as Live } as AppServices;
  // One person at two addresses, merged by a shared email: the profile keeps the later one.
  await ingestBatch(
    services,
    [
      {
        type: "person",
        source: "crm",
        id: "c1",
        name: "Grace Whitlock",
        emails: ["grace@example.org"],
        location: "12 Smith St, Richmond VIC 3121",
      },
      {
        type: "person",
        source: "crm",
        id: "c2",
        name: "Grace Whitlock",
        emails: ["grace@example.org"],
        location: "88 Station Rd, Kew VIC 3101",
      },
    ],
    { actor: "test" },
  );
  const [merged] = (await db.pool.query(`SELECT id, location FROM "Person"`)).rows;
  expect(merged.location).toBe("88 Station Rd, Kew VIC 3101");

  // A later record with a typo in the given name, at the first address only.
  await ingestBatch(
    services,
    [
      {
        type: "person",
        source: "crm",
        id: "c3",
        name: "WHITLOCK, Grase",
        location: "12 Smith Street Richmond 3121",
      },
    ],
    { actor: "test" },
  );
  const [suggestion, ...rest] = await suggestions();
  expect(rest).toEqual([]);
  expect(suggestion).toMatchObject({ personAId: merged.id, status: "pending" });
  expect(suggestion.explanation).toContain("same street and postcode");
});

test("a long user name finds its owner among more near-namesakes than a block holds", async () => {
  const services = { db, live: { notify: () => {} } as unknown as Live } as AppServices;
  // Every one of them shares the first letters "stephaniegal", more than MAX_BLOCK_SIZE people.
  const endings = ["andsen", "enmore", "ivorth", "orwood", "ington", "ardine", "ewater"];
  const nearNamesakes = endings.flatMap((ending, i) => [
    { type: "person", source: "crm", id: `n${i}`, name: `Stephanie Gal${ending}` },
    {
      type: "person",
      source: "mailchimp",
      id: `m${i}`,
      emails: [`stephaniegal${ending}@gmail.com`],
    },
  ]);
  expect(nearNamesakes.length).toBeGreaterThan(MAX_BLOCK_SIZE);
  await ingestBatch(
    services,
    [
      ...nearNamesakes,
      {
        type: "person",
        source: "crm",
        id: "me",
        name: "Stephanie Galevford",
        emails: ["stephanie.galevford@oakpeak.com"],
        organization: { name: "Oakpeak Partners" },
      },
      {
        type: "person",
        source: "forum",
        id: "me-forum",
        handles: [{ platform: "forum", handle: "stephaniegalevford55" }],
      },
    ],
    { actor: "test" },
  );
  const { rows } = await db.pool.query(
    `SELECT a."displayName" AS a, b."displayName" AS b FROM "MergeSuggestion" s
       JOIN "Person" a ON a.id = s."personAId" JOIN "Person" b ON b.id = s."personBId"
      WHERE s.status = 'pending'`,
  );
  expect(rows.map((row) => [row.a, row.b].sort())).toContainEqual([
    "@stephaniegalevford55",
    "Stephanie Galevford",
  ]);
});
