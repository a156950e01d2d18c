// The planned reads must answer exactly what the resolvers answer: the same documents, byte for
// byte (keys in the same order), for every role, on every page, with the same cursors. Each
// document below runs both ways on the same database (graphql-js over the resolvers, and the one
// planned statement), and the two JSON texts are compared. Documents the planner must leave to
// the resolvers (fields a role may not read, fields it does not cover) are checked to be left.
import { type DocumentNode, type ExecutionResult, execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { apiKeyRoles, type Viewer } from "../auth/keys.ts";
import { type Context, contextFor } from "../context.ts";
import type { Live } from "../events/live.ts";
import type { ApiKeyRole, IdentityKind } from "../generated/prisma/enums.ts";
import { schema } from "../schema.ts";
import { executePlanned } from "./planned.ts";

let db: TestDatabase;
const personIds: number[] = [];
let mergedId = 0;
let conversationId = 0;
let organizationId = 0;

beforeAll(async () => {
  db = await freshDatabase();
  const organizations = await Promise.all(
    ["Acme", "Globex"].map((name, i) =>
      db.prisma.organization.create({
        data: { name, domain: i ? `org${i}.example` : null, industry: i ? "Hotels" : null },
      }),
    ),
  );
  organizationId = organizations[1]!.id;
  const kinds: IdentityKind[] = ["email", "handle", "phone"];
  for (let i = 0; i < 23; i++) {
    const person = await db.prisma.person.create({
      data: {
        displayName: `Person ${String(i % 7).padStart(2, "0")}`,
        title: i % 4 ? `Title ${i}` : null,
        organizationId: i % 3 === 2 ? null : organizations[i % 2]!.id,
        reach: (i % 5) * 1000,
        stage: i % 4 === 0 ? null : i % 4 === 1 ? "customer" : "lead",
        followers: i % 2 ? { twitter: i * 10, forum: 3 } : {},
        // Ties and never-seen people, so order and cursors are tested where they are hard.
        lastSeenAt: i % 6 === 5 ? null : new Date(Date.UTC(2026, 10, 1 + (i % 8), 0, 0, 0, i)),
        firstSeenAt: new Date(Date.UTC(2025, 0, 1 + i)),
        identities: {
          create: Array.from({ length: i % 4 }, (_, k) => ({
            kind: kinds[(i + k) % 3]!,
            platform: kinds[(i + k) % 3] === "handle" ? "twitter" : "",
            value: `p${i}-${k}@example.com`,
          })),
        },
      },
    });
    personIds.push(person.id);
  }
  // A merged-away profile: left out of the list, still found by id.
  mergedId = personIds[4]!;
  await db.prisma.person.update({
    where: { id: mergedId },
    data: { mergedIntoId: personIds[3]! },
  });
  for (let c = 0; c < 14; c++) {
    const conversation = await db.prisma.conversation.create({
      data: {
        source: "fixture",
        sourceId: `c${c}`,
        channel: c % 2 ? "twitter" : "forum",
        subject: c % 3 ? `Thread ${c}` : null,
        personId: c % 4 ? personIds[c]! : null,
        startedAt: new Date(Date.UTC(2026, 10, 1, c)),
        lastMessageAt: new Date(Date.UTC(2026, 10, 2, c % 5)),
        messageCount: c,
      },
    });
    if (c === 3) conversationId = conversation.id;
    await db.prisma.message.createMany({
      data: Array.from({ length: c }, (_, m) => ({
        source: "fixture",
        sourceId: `c${c}-m${m}`,
        conversationId: conversation.id,
        authorId: personIds[(c + m) % personIds.length]!,
        channel: conversation.channel,
        text: `Message ${m} "quoted" \\ in thread ${c} ✓`,
        postedAt: new Date(Date.UTC(2026, 10, 1, c, Math.floor(m / 2))),
        sentiment: m % 3 ? -0.25 : null,
        intent: m % 2 ? ("problem" as const) : null,
      })),
    });
  }
});
afterAll(async () => {
  await db?.close();
});

function contextOf(role: ApiKeyRole): Context {
  const viewer: Viewer = { keyId: 1, name: `${role} key`, role };
  return contextFor({ db, live: {} as Live }, viewer);
}

async function bothWays(role: ApiKeyRole, document: DocumentNode, variables = {}) {
  const args = { schema, document, variableValues: variables, contextValue: contextOf(role) };
  const planned = await executePlanned(args);
  const resolved = await execute({ ...args, contextValue: contextOf(role) });
  return { planned, resolved };
}

/** Runs a document both ways and expects one planned answer, the resolvers' own, to the byte. */
async function expectSameAnswer(role: ApiKeyRole, document: DocumentNode, variables = {}) {
  const { planned, resolved } = await bothWays(role, document, variables);
  expect(resolved.errors, JSON.stringify(resolved.errors)).toBeUndefined();
  expect(planned, "the planner covers this document").not.toBeNull();
  expect(JSON.stringify(planned)).toBe(JSON.stringify(resolved));
  // What the response carries: PostgreSQL's JSON text as it is, the same answer but for spacing.
  const sent = responseText(planned!);
  expect(JSON.stringify(JSON.parse(sent))).toBe(JSON.stringify(resolved));
  return resolved.data as Record<string, any>;
}

/** The body Yoga writes for a result: with the result's own `stringify` when it has one. */
function responseText(result: ExecutionResult): string {
  const { stringify } = result as { stringify?: (result: ExecutionResult) => string };
  return stringify ? stringify(result) : JSON.stringify(result);
}

const peoplePage = parse(`
  query People($first: Int, $after: String, $orderBy: PersonOrder, $filter: PersonFilter) {
    people(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          __typename id displayName title location stage firstSeenAt lastSeenAt reach followers messageCount
          organization { id name domain industry }
          identities { kind platform value }
        }
      }
    }
  }
`);

const conversationsPage = parse(`
  query Conversations($first: Int, $after: String, $messages: Int, $filter: ConversationFilter) {
    conversations(first: $first, after: $after, filter: $filter) {
      pageInfo { endCursor hasNextPage }
      totalCount
      edges {
        node {
          id subject channel status priority startedAt lastMessageAt messageCount
          person { displayName }
          messages(first: $messages) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id text postedAt direction sentiment intent reach author { id displayName } } }
          }
        }
      }
    }
  }
`);

const personById = parse(`
  query Person($id: ID!) {
    node(id: $id) { __typename id ... on Person { displayName identities { kind platform value } organization { name } } }
  }
`);

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");

describe("planned reads answer what the resolvers answer", () => {
  for (const role of apiKeyRoles) {
    test(`${role}: every page of people, in every order, with filters`, async () => {
      const orders = [
        undefined,
        { field: "LAST_SEEN", direction: "ASC" },
        { field: "LAST_SEEN", direction: "DESC" },
        { field: "REACH", direction: "DESC" },
        { field: "NAME", direction: "ASC" },
        { field: "CREATED", direction: "DESC" },
      ];
      for (const orderBy of orders) {
        let after: string | null = null;
        let pages = 0;
        do {
          const data = await expectSameAnswer(role, peoplePage, { first: 5, after, orderBy });
          after = data.people.pageInfo.hasNextPage ? data.people.pageInfo.endCursor : null;
          pages++;
        } while (after);
        expect(pages).toBe(5); // 22 people in the list, 5 a page
      }
      for (const filter of [
        { stage: "CUSTOMER" },
        { minReach: 3000 },
        { stage: "LEAD", minReach: 1000 },
        { organizationId: globalId("Organization", organizationId) },
      ])
        await expectSameAnswer(role, peoplePage, { first: 50, filter });
    });

    test(`${role}: a count alone`, async () => {
      const count = parse(
        `query Count($org: ID!) { people(first: 1, filter: { organizationId: $org }) { totalCount } }`,
      );
      const data = await expectSameAnswer(role, count, {
        org: globalId("Organization", organizationId),
      });
      expect(data.people.totalCount).toBe(8);
    });

    test(`${role}: page sizes and cursors at the edges`, async () => {
      for (const first of [0, 1, 22, 500, undefined])
        await expectSameAnswer(role, peoplePage, { first });
      // A cursor at a merged-away person (not in the list) and at no person at all.
      for (const id of [mergedId, 999_999])
        await expectSameAnswer(role, peoplePage, {
          first: 5,
          after: Buffer.from(`GPC:N:${id}`).toString("base64"),
        });
    });

    test(`${role}: every page of conversations with their first messages and authors`, async () => {
      for (const messages of [0, 3, 10, undefined]) {
        let after: string | null = null;
        do {
          const data = await expectSameAnswer(role, conversationsPage, {
            first: 4,
            after,
            messages,
          });
          after = data.conversations.pageInfo.hasNextPage
            ? data.conversations.pageInfo.endCursor
            : null;
        } while (after);
      }
      await expectSameAnswer(role, conversationsPage, {
        first: 50,
        filter: { channel: "TWITTER" },
      });
    });

    test(`${role}: one person (or conversation) by id, merged, or none`, async () => {
      for (const id of [personIds[7]!, personIds[1]!, mergedId, 999_999])
        await expectSameAnswer(role, personById, { id: globalId("Person", id) });
      await expectSameAnswer(role, personById, { id: globalId("Conversation", conversationId) });
    });
  }

  test("aliases, fragments, __typename and several root fields in one document", async () => {
    const document = parse(`
      fragment Who on Person { name: displayName ...More }
      fragment More on Person { reach organization { __typename name } }
      query Mixed($id: ID!) {
        __typename
        top: people(first: 3, orderBy: { field: REACH, direction: DESC }) { edges { node { ...Who id } } __typename }
        recent: people(first: 2) { pageInfo { __typename hasNextPage } edges { __typename node { id ... on Person { reach } } } }
        conversations(first: 2) { edges { node { __typename messages(first: 2) { edges { node { author { ...Who } } } } } } }
        node(id: $id) { id ... on Conversation { subject } ... on Person { displayName } }
      }
    `);
    for (const role of apiKeyRoles)
      await expectSameAnswer(role, document, { id: globalId("Person", personIds[2]!) });
  });

  test("a repeated read reuses its plan, not its answer: a changed row shows at once", async () => {
    const id = personIds[9]!;
    const before = await expectSameAnswer("analyst", personById, { id: globalId("Person", id) });
    await db.prisma.person.update({ where: { id }, data: { displayName: "Renamed" } });
    const after = await expectSameAnswer("analyst", personById, { id: globalId("Person", id) });
    expect(after.node.displayName).toBe("Renamed");
    expect(after.node.displayName).not.toBe(before.node.displayName);
    await db.prisma.person.update({
      where: { id },
      data: { displayName: before.node.displayName },
    });
  });

  test("what a role may not read is left to the resolvers, which refuse it", async () => {
    const sourceOfConversations = parse(
      `{ conversations(first: 2) { edges { node { id source } } } }`,
    );
    const admin = await expectSameAnswer("admin", sourceOfConversations);
    expect(admin.conversations.edges).toHaveLength(2);
    const viewer = await bothWays("viewer", sourceOfConversations);
    expect(viewer.planned).toBeNull();
    expect(viewer.resolved.errors?.[0]?.message).toBe(
      "The viewer role may not access Conversation.source",
    );
    // A filter the role may not use is refused by the filter's own rule, which the planner shares:
    // the document goes to the resolvers, so the refusal is this operation's error, not a throw.
    const bySource = parse(
      `{ conversations(first: 2, filter: { source: "crm" }) { edges { node { id } } } }`,
    );
    const viewerBySource = await bothWays("viewer", bySource);
    expect(viewerBySource.planned).toBeNull();
    expect(viewerBySource.resolved.errors?.[0]?.message).toBe(
      "The viewer role may not access ConversationFilter.source",
    );
    // Viewers see handles only: the same rule, read from the same function, on both paths.
    const viewerIdentities = await expectSameAnswer("viewer", peoplePage, { first: 50 });
    const kinds = viewerIdentities.people.edges.flatMap((edge: any) =>
      edge.node.identities.map((identity: any) => identity.kind),
    );
    expect(new Set(kinds)).toEqual(new Set(["HANDLE"]));
    const adminIdentities = await expectSameAnswer("admin", peoplePage, { first: 50 });
    const allKinds = adminIdentities.people.edges.flatMap((edge: any) =>
      edge.node.identities.map((identity: any) => identity.kind),
    );
    expect(new Set(allKinds)).toEqual(new Set(["HANDLE", "EMAIL", "PHONE"]));
  });

  test("documents the planner does not cover are left to the resolvers", async () => {
    const uncovered = [
      `{ people(first: 2) { edges { node { averageSentiment } } } }`,
      `{ people(last: 2) { edges { node { id } } } }`,
      `{ people(first: 2, filter: { search: "Person" }) { edges { node { id } } } }`,
      `{ people(first: 2) { edges { node { id @include(if: true) } } } }`,
      `{ conversations(first: 2) { edges { node { messages(first: 2, after: "R1BDOk46MQ==") { edges { node { id } } } } } } }`,
      `{ people(first: 2) { edges { node { id } } } searchPeople(query: "Person") { id } }`,
      `{ node(id: "bm90LWFuLWlk") { id } }`,
      `mutation { recomputeInfluence { __typename } }`,
    ];
    for (const text of uncovered) {
      const { planned } = await bothWays("admin", parse(text));
      expect(planned, text).toBeNull();
    }
  });

  test("variables deeper than JSON.stringify recurses neither throw nor fill the plan cache", async () => {
    let deep: unknown = 1;
    for (let depth = 0; depth < 100_000; depth++) deep = { a: deep };
    const document = parse(`query Deep($extra: JSON) { people(first: 1) { totalCount } }`);
    const args = {
      schema,
      document,
      variableValues: { extra: deep },
      contextValue: contextOf("admin"),
    };
    // Planned each time (no key can be written for it) or left to the resolvers; never a throw.
    const planned = await executePlanned(args);
    if (planned)
      expect(JSON.parse(responseText(planned)).data.people.totalCount).toEqual(expect.any(Number));
    const ingest = parse(
      `mutation Import($records: [JSON!]!) { ingest(records: $records) { created } }`,
    );
    expect(
      await executePlanned({ ...args, document: ingest, variableValues: { records: [deep] } }),
    ).toBeNull();
  });

  test("a document over the cost limit is left to the resolvers, which refuse it", async () => {
    const costly = parse(`{
      conversations(first: 100) { edges { node { messages(first: 100) { edges { node { author { displayName } } } } } } }
      again: conversations(first: 100) { edges { node { messages(first: 100) { edges { node { author { displayName } } } } } } }
      more: conversations(first: 100) { edges { node { messages(first: 100) { edges { node { author { displayName } } } } } } }
    }`);
    const { planned, resolved } = await bothWays("admin", costly);
    expect(planned).toBeNull();
    expect(resolved.errors?.[0]?.message).toMatch(/maximum complexity/);
  });
});
