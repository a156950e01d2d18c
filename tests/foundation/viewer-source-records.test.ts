import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { buildGraph } from "../support/graph.ts";
import { graphql } from "../support/graphql/index.ts";

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

const QUERY_PERSON = graphql(`
  query ViewerSourceQueryPerson {
    person(source: "crm", id: "R1") { displayName }
  }
`);
const PERSON_FILTER_SOURCE = graphql(`
  query ViewerSourcePersonFilterSource {
    people(first: 5, filter: { source: "crm" }) { totalCount }
  }
`);
const CONVERSATION_FILTER_SOURCE = graphql(`
  query ViewerSourceConversationFilterSource {
    conversations(first: 5, filter: { source: "fixture" }) { totalCount }
  }
`);
const MESSAGE_FILTER_SOURCE = graphql(`
  query ViewerSourceMessageFilterSource {
    messages(first: 5, filter: { source: "fixture" }) { totalCount }
  }
`);
const DEAL_FILTER_SOURCE = graphql(`
  query ViewerSourceDealFilterSource {
    deals(first: 5, filter: { source: "crm" }) { totalCount }
  }
`);
const MESSAGE_SOURCE = graphql(`
  query ViewerSourceMessageSource {
    messages(first: 1) { edges { node { source } } }
  }
`);
const MESSAGE_SOURCE_ID = graphql(`
  query ViewerSourceMessageSourceId {
    messages(first: 1) { edges { node { sourceId } } }
  }
`);
const CONVERSATION_SOURCE = graphql(`
  query ViewerSourceConversationSource {
    conversations(first: 1) { edges { node { source } } }
  }
`);
const CONVERSATION_SOURCE_ID = graphql(`
  query ViewerSourceConversationSourceId {
    conversations(first: 1) { edges { node { sourceId } } }
  }
`);
const DEAL_SOURCE = graphql(`
  query ViewerSourceDealSource {
    deals(first: 1) { edges { node { source } } }
  }
`);
const DEAL_SOURCE_ID = graphql(`
  query ViewerSourceDealSourceId {
    deals(first: 1) { edges { node { sourceId } } }
  }
`);

/** Every way the README's "no source records" covers: lookups, filters and fields. */
const sourceRecordUses: Record<string, DocumentTypeDecoration<unknown, Record<string, never>>> = {
  "Query.person": QUERY_PERSON,
  "PersonFilter.source": PERSON_FILTER_SOURCE,
  "ConversationFilter.source": CONVERSATION_FILTER_SOURCE,
  "MessageFilter.source": MESSAGE_FILTER_SOURCE,
  "DealFilter.source": DEAL_FILTER_SOURCE,
  "Message.source": MESSAGE_SOURCE,
  "Message.sourceId": MESSAGE_SOURCE_ID,
  "Conversation.source": CONVERSATION_SOURCE,
  "Conversation.sourceId": CONVERSATION_SOURCE_ID,
  "Deal.source": DEAL_SOURCE,
  "Deal.sourceId": DEAL_SOURCE_ID,
};

const LISTS_WITHOUT_SOURCES = graphql(`
  query ViewerSourceListsWithout {
    people(first: 5) { totalCount }
    conversations(first: 5) { totalCount }
    messages(first: 5) { edges { node { text } } }
    deals(first: 5) { edges { node { name } } }
  }
`);

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
    const response = await api.gql(LISTS_WITHOUT_SOURCES, {}, await api.keyFor("viewer"));
    expect(response.errors).toBeUndefined();
    expect(response.data?.deals.edges).toEqual([{ node: { name: "Harbor" } }]);
  });
});
