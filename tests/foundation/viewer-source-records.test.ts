import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { buildGraph } from "../support/graph.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const { people } = await buildGraph(api.db.prisma, {
    conversations: 2,
    messagesPer: 2,
    people: 3,
  });
  await api.db.prisma.personSource.create({
    data: { personId: people[0].id, source: "crm", sourceId: "R1" },
  });
  await api.db.prisma.deal.create({
    data: {
      source: "crm",
      sourceId: "D1",
      name: "Harbor",
      contactId: people[0].id,
      stage: "proposal",
      openedAt: new Date(),
    },
  });
});
afterAll(async () => {
  await api?.close();
});

/** Every way the README's "no source records" covers: lookups, filters and fields. */
const sourceRecordUses: Record<string, string> = {
  "Query.person": `{ person(source: "crm", id: "R1") { displayName } }`,
  "PersonFilter.source": `{ people(first: 5, filter: { source: "crm" }) { totalCount } }`,
  "ConversationFilter.source": `{ conversations(first: 5, filter: { source: "fixture" }) { totalCount } }`,
  "MessageFilter.source": `{ messages(first: 5, filter: { source: "fixture" }) { totalCount } }`,
  "DealFilter.source": `{ deals(first: 5, filter: { source: "crm" }) { totalCount } }`,
  "Message.source": `{ messages(first: 1) { edges { node { source } } } }`,
  "Message.sourceId": `{ messages(first: 1) { edges { node { sourceId } } } }`,
  "Conversation.source": `{ conversations(first: 1) { edges { node { source } } } }`,
  "Conversation.sourceId": `{ conversations(first: 1) { edges { node { sourceId } } } }`,
  "Deal.source": `{ deals(first: 1) { edges { node { source } } } }`,
  "Deal.sourceId": `{ deals(first: 1) { edges { node { sourceId } } } }`,
};

describe("viewers and source records", () => {
  for (const [field, query] of Object.entries(sourceRecordUses)) {
    test(`a viewer naming ${field} gets FORBIDDEN naming the field`, async () => {
      const viewer = await api.gql(query, {}, await api.keyFor("viewer"));
      expect(viewer.errors?.[0].extensions?.code, JSON.stringify(viewer)).toBe("FORBIDDEN");
      expect(viewer.errors?.[0].message).toContain(field);
      expect(JSON.stringify(viewer.data ?? null)).not.toMatch(/crm|fixture|R1|D1/);
      const analyst = await api.gql(query, {}, await api.keyFor("analyst"));
      expect(analyst.errors, JSON.stringify(analyst.errors)).toBeUndefined();
    });
  }

  test("a viewer still reads the same lists without naming a source", async () => {
    const response = await api.gql(
      `{ people(first: 5) { totalCount } conversations(first: 5) { totalCount } messages(first: 5) { edges { node { text } } } deals(first: 5) { edges { node { name } } } }`,
      {},
      await api.keyFor("viewer"),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.deals.edges).toEqual([{ node: { name: "Harbor" } }]);
  });
});
