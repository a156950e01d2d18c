import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { buildGraph } from "../support/graph.ts";
import { graphql } from "../support/graphql/index.ts";

let api: TestApi;
let queries = 0;
beforeAll(async () => {
  // The live tail and the webhook deliverer poll once a second on the same pool, and the alert
  // evaluator would too: that is not the query's cost, so the tail and the evaluator, which share
  // one poll, wait for a signal here.
  api = await startTestApi({
    live: { pollIntervalMs: 3_600_000 },
    onQuery: (sql) =>
      void (sql.includes('FROM "Event"') || sql.includes('UPDATE "Webhook"') || queries++),
  });
  const { people } = await buildGraph(api.db.prisma, { conversations: 60, messagesPer: 5 });
  const campaign = await api.db.prisma.campaign.create({
    data: { source: "mailchimp", sourceId: "cmp1", name: "Spring" },
  });
  const touchpoint = await api.db.prisma.touchpoint.create({
    data: {
      source: "mailchimp",
      sourceId: "t1",
      personId: people[0].id,
      campaignId: campaign.id,
      kind: "email_click",
      occurredAt: new Date(Date.UTC(2026, 10, 20)),
    },
  });
  const deal = await api.db.prisma.deal.create({
    data: {
      source: "crm",
      sourceId: "D1",
      name: "Harbor: 12 machines",
      contactId: people[0].id,
      stage: "proposal",
      amount: 24000,
      openedAt: new Date(Date.UTC(2026, 10, 2)),
    },
  });
  const change = await api.db.prisma.dealStageChange.create({
    data: {
      dealId: deal.id,
      toStage: "proposal",
      toStatus: "open",
      changedAt: new Date(Date.UTC(2026, 10, 25)),
    },
  });
  const message = await api.db.prisma.message.findFirstOrThrow({
    where: { authorId: people[0].id },
    orderBy: { postedAt: "asc" },
  });
  await api.db.prisma.activity.createMany({
    data: [
      {
        personId: people[0].id,
        kind: "touchpoint",
        department: "marketing",
        occurredAt: touchpoint.occurredAt,
        summary: "email click: Spring",
        touchpointId: touchpoint.id,
      },
      {
        personId: people[0].id,
        kind: "deal_change",
        department: "sales",
        occurredAt: change.changedAt,
        summary: "Deal moved to proposal",
        dealStageChangeId: change.id,
        dealId: deal.id,
      },
      {
        personId: people[0].id,
        kind: "message",
        department: "communications",
        occurredAt: message.postedAt,
        summary: "forum post",
        messageId: message.id,
      },
    ],
  });
});
afterAll(async () => {
  await api?.close();
});

const ConversationsWithMessages = graphql(`
  query ApiConversationsWithMessages($first: Int!) {
    conversations(first: $first) {
      edges {
        node {
          subject
          channel
          messages(first: 10) {
            edges { node { text sentiment author { displayName reach organization { name } } } }
          }
        }
      }
    }
  }
`);
const ConversationPage = graphql(`
  query ApiConversationPage($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id lastMessageAt } }
    }
  }
`);
const TwitterConversations = graphql(`
  query ApiTwitterConversations {
    conversations(first: 100, filter: { channel: TWITTER }) { totalCount edges { node { id channel } } }
  }
`);
const NegativeProblems = graphql(`
  query ApiNegativeProblems {
    messages(first: 100, filter: { sentimentBelow: 0, intent: PROBLEM }) { totalCount edges { node { sentiment } } }
  }
`);
const CustomersByReach = graphql(`
  query ApiCustomersByReach {
    people(first: 50, filter: { stage: CUSTOMER }, orderBy: { field: REACH, direction: DESC }) {
      edges { node { stage reach } }
    }
  }
`);
const Organizations = graphql(`
  query ApiOrganizations {
    organizations(first: 5) { edges { node { id name people(first: 10) { totalCount } } } }
  }
`);
const PeopleOfOrganization = graphql(`
  query ApiPeopleOfOrganization($first: Int!, $org: ID!) {
    people(first: $first, filter: { organizationId: $org }) { totalCount }
  }
`);
const MostReached = graphql(`
  query ApiMostReached {
    people(first: 1, orderBy: { field: REACH, direction: DESC }) { edges { node { id displayName } } }
  }
`);
const NodeById = graphql(`
  query ApiNodeById($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person { displayName }
    }
  }
`);
const LeastReachedTimeline = graphql(`
  query ApiLeastReachedTimeline {
    people(first: 1, orderBy: { field: REACH, direction: ASC }) {
      edges {
        node {
          displayName
          timeline(first: 10) { totalCount edges { node { kind department occurredAt summary } } }
        }
      }
    }
  }
`);
const SearchPeople = graphql(`
  query ApiSearchPeople($query: String!) {
    searchPeople(query: $query) { displayName }
  }
`);
const Overview = graphql(`
  query ApiOverview {
    overview { people organizations openConversations openDeals pipelineValue }
  }
`);
const TooDeep = graphql(`
  query ApiTooDeep {
    conversations(first: 1) {
      edges {
        node {
          messages(first: 1) {
            edges {
              node {
                conversation {
                  messages(first: 1) {
                    edges {
                      node {
                        conversation { messages(first: 1) { edges { node { text } } } }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const TooCostly = graphql(`
  query ApiTooCostly {
    conversations(first: 100) {
      edges {
        node {
          messages(first: 100) {
            edges {
              node {
                replyTo { text }
                author { displayName messages(first: 100) { edges { node { text } } } }
              }
            }
          }
        }
      }
    }
  }
`);

describe("GraphQL API", () => {
  test("a page of 50 conversations with their messages and authors costs a small constant number of SQL queries", async () => {
    const count = async (first: number) => {
      const before = queries;
      const response = await api.gql(ConversationsWithMessages, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data?.conversations.edges).toHaveLength(first);
      return { sql: queries - before, response };
    };
    await count(1); // the key's first use of the minute writes lastUsedAt; keep it out of the count
    const small = await count(5);
    const large = await count(50);
    const messages = large.response.data!.conversations.edges.flatMap(
      (edge) => edge.node.messages.edges,
    );
    expect(messages).toHaveLength(250);
    expect(messages.every((edge) => edge.node.author.displayName.startsWith("Person"))).toBe(true);
    // The same plan whatever the page size: no query per conversation, message or author.
    expect(large.sql).toBe(small.sql);
    expect(large.sql).toBeLessThanOrEqual(8);
  });

  test("connections page with cursors in a stable order", async () => {
    const first = await api.gql(ConversationPage, { first: 20 });
    const page = first.data!.conversations;
    expect(page.totalCount).toBe(60);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(ConversationPage, { first: 50, after: page.pageInfo.endCursor });
    const all = [...page.edges, ...second.data!.conversations.edges].map((edge) => edge.node);
    expect(new Set(all.map((node) => node.id)).size).toBe(60);
    expect(second.data?.conversations.pageInfo.hasNextPage).toBe(false);
    const times = all.map((node) => Date.parse(node.lastMessageAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  test("filters narrow connections: channel, sentiment, stage, organization", async () => {
    const twitter = await api.gql(TwitterConversations);
    expect(twitter.data?.conversations.totalCount).toBe(30);
    expect(twitter.data?.conversations.edges.every((edge) => edge.node.channel === "TWITTER")).toBe(
      true,
    );
    const negative = await api.gql(NegativeProblems);
    expect(negative.data?.messages.totalCount).toBe(120);
    const customers = await api.gql(CustomersByReach);
    const reaches = customers.data?.people.edges.map((edge) => edge.node.reach);
    expect(reaches).toEqual([9000, 6000, 3000, 0]);
    const orgs = await api.gql(Organizations);
    const org = orgs.data!.organizations.edges[0].node;
    expect(org.people.totalCount).toBe(5);
    const byOrg = await api.gql(PeopleOfOrganization, { first: 50, org: org.id });
    expect(byOrg.data?.people.totalCount).toBe(5);
    const wrongType = await api.gql(PeopleOfOrganization, {
      first: 5,
      org: twitter.data?.conversations.edges[0].node.id ?? "Q29udmVyc2F0aW9uOjE=",
    });
    expect(wrongType.errors?.[0].message ?? "").toMatch(
      /organizationId must be the ID of a Organization|ID/,
    );
  });

  test("node(id) fetches any entity by its global ID", async () => {
    const people = await api.gql(MostReached);
    const { id, displayName } = people.data!.people.edges[0].node;
    const node = await api.gql(NodeById, { id });
    expect(node.data?.node).toEqual({ __typename: "Person", displayName });
  });

  test("a person's unified timeline merges marketing, sales and communications, newest first", async () => {
    const response = await api.gql(LeastReachedTimeline);
    const timeline = response.data!.people.edges[0].node.timeline;
    expect(timeline.totalCount).toBe(3);
    expect(timeline.edges.map((edge) => edge.node.department)).toEqual([
      "SALES",
      "MARKETING",
      "COMMUNICATIONS",
    ]);
  });

  test("search finds people by name or handle", async () => {
    const byName = await api.gql(SearchPeople, { query: "person 3" });
    expect(byName.data?.searchPeople.map((person) => person.displayName)).toEqual(["Person 3"]);
    const byHandle = await api.gql(SearchPeople, { query: "@person7" });
    expect(byHandle.data?.searchPeople.map((person) => person.displayName)).toEqual(["Person 7"]);
  });

  test("overview gives the dashboard's headline numbers", async () => {
    const response = await api.gql(Overview);
    expect(response.data?.overview).toEqual({
      people: 10,
      organizations: 1,
      openConversations: 60,
      openDeals: 1,
      pipelineValue: "24000.00",
    });
  });

  test("queries that are too deep or too costly are refused before any SQL runs", async () => {
    const before = queries;
    const tooDeep = await api.gql(TooDeep);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    const tooCostly = await api.gql(TooCostly);
    expect(tooCostly.errors?.[0].message).toMatch(/complexity/i);
    // Only the two API-key lookups ran.
    expect(queries - before).toBeLessThanOrEqual(2);
  });
});
