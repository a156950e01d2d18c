import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ApiKeyRole } from "../../apps/api/src/generated/prisma/enums.ts";
import { schema } from "../../apps/api/src/schema.ts";
import { type GraphQLResponse, startTestApi, type TestApi } from "../support/api.ts";
import { buildGraph } from "../support/graph.ts";
import { wsClient } from "../support/ws.ts";

const roles: ApiKeyRole[] = ["admin", "analyst", "viewer", "integrator"];

/** The README's roles table ("Authentication and roles"), as who may use what. */
const mayUse = {
  everyone: roles,
  /** Emails, phones and source records: every role but viewer. */
  personalData: ["admin", "analyst", "integrator"],
  /** The raw event stream: the integrator's, and within "read everything" of admin and analyst. */
  eventStream: ["admin", "analyst", "integrator"],
  /** Webhook endpoints and their deliveries: the admin manages them, integrators read them. */
  webhooks: ["admin", "integrator"],
  /** `ingest`, merges and every other mutation. */
  write: ["admin", "analyst"],
  /** Keys (`apiKeys`, `createApiKey`, `revokeApiKey`) and managing webhooks. */
  admin: ["admin"],
} satisfies Record<string, ApiKeyRole[]>;

/**
 * One row per root field and per personal-data field. A field the schema gains without a row here
 * fails the first test: whoever adds a field decides which roles may use it.
 */
const rules: Record<string, keyof typeof mayUse> = {
  "Query.alertRules": "everyone",
  "Query.alerts": "everyone",
  "Query.apiKeys": "admin",
  "Query.case": "everyone",
  "Query.cases": "everyone",
  "Query.responseTimes": "everyone",
  "Query.slaPolicies": "everyone",
  "Query.teammates": "everyone",
  "Mutation.addCaseNote": "write",
  "Mutation.assignCase": "write",
  "Mutation.openCase": "write",
  "Mutation.reopenCase": "write",
  "Mutation.resolveCase": "write",
  "Mutation.respondToCase": "write",
  "Mutation.saveSlaPolicy": "admin",
  "Mutation.saveTeammate": "admin",
  "Subscription.caseUpdated": "everyone",
  "Query.attribution": "everyone",
  "Query.brandMetrics": "everyone",
  "Query.brands": "everyone",
  "Query.campaigns": "everyone",
  "Query.communities": "everyone",
  "Query.communityMetrics": "everyone",
  "Query.communityRetention": "everyone",
  "Query.conversations": "everyone",
  "Query.deals": "everyone",
  "Query.eventLog": "eventStream",
  "Query.feeds": "write",
  "Query.funnel": "everyone",
  "Query.funnels": "everyone",
  "Query.influenceGraph": "everyone",
  "Query.influencers": "everyone",
  "Query.mergeSuggestions": "everyone",
  "Query.messageVolume": "everyone",
  "Query.messages": "everyone",
  "Query.networkCommunities": "everyone",
  "Query.node": "everyone",
  "Query.nodes": "everyone",
  "Query.organizations": "everyone",
  "Query.overview": "everyone",
  "Query.people": "everyone",
  "Query.placeBreakdown": "everyone",
  "Query.persistedOperations": "admin",
  "Query.person": "personalData",
  "Query.savedFunnel": "everyone",
  "Query.searchPeople": "everyone",
  "Query.touchpoints": "everyone",
  "Query.viewer": "everyone",
  "Query.webhooks": "webhooks",
  "Mutation.acceptMergeSuggestion": "write",
  "Mutation.acknowledgeAlert": "write",
  "Mutation.deleteAlertRule": "write",
  "Mutation.saveAlertRule": "write",
  "Mutation.addFeed": "write",
  "Mutation.removeFeed": "write",
  "Mutation.createApiKey": "admin",
  "Mutation.createWebhook": "admin",
  "Mutation.registerPersistedOperation": "admin",
  "Mutation.deleteWebhook": "admin",
  "Mutation.replayWebhook": "admin",
  "Mutation.rotateWebhookSecret": "admin",
  "Mutation.deleteFunnel": "write",
  "Mutation.ingest": "write",
  "Mutation.mergePeople": "write",
  "Mutation.recomputeInfluence": "write",
  "Mutation.rejectMergeSuggestion": "write",
  "Mutation.revokeApiKey": "admin",
  "Mutation.saveFunnel": "write",
  "Mutation.unmergePerson": "write",
  "Subscription.alertRaised": "everyone",
  "Subscription.events": "eventStream",
  "Subscription.funnelUpdated": "everyone",
  "Subscription.messageAdded": "everyone",
  "Subscription.overviewUpdated": "everyone",
  "Person.sources": "personalData",
  "Person.address": "personalData",
  "Conversation.source": "personalData",
  "Conversation.sourceId": "personalData",
  "Message.source": "personalData",
  "Message.sourceId": "personalData",
  "Deal.source": "personalData",
  "Deal.sourceId": "personalData",
  "Touchpoint.source": "personalData",
  "Touchpoint.sourceId": "personalData",
  "FunnelStep.people": "personalData",
};

const rootTypes = { Query: "query", Mutation: "mutation", Subscription: "subscription" } as const;

function authScopesOf(field: GraphQLField<unknown, unknown>): Record<string, unknown> | undefined {
  return (field.extensions as { pothosOptions?: { authScopes?: Record<string, unknown> } })
    .pothosOptions?.authScopes;
}

/** Every field of the served schema the matrix must cover: root fields, and fields guarded by the `pii` scope. */
function coveredFields(): Array<{
  coordinate: string;
  typeName: string;
  field: GraphQLField<unknown, unknown>;
}> {
  const fields = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (type.name in rootTypes || authScopesOf(field)?.pii)
        fields.push({ coordinate: `${type.name}.${field.name}`, typeName: type.name, field });
    }
  }
  return fields;
}

/** A value of the type that passes GraphQL validation, and names nothing that exists. */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  // Two elements: some lists (funnel steps) need at least two.
  if (isListType(type)) return [dummy(type.ofType), dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((field) => [field.name, dummy(field.type)]));
  }
  const scalars: Record<string, unknown> = {
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: "2026-01-01T00:00:00.000Z",
    JSON: {},
    ID: "999999999",
  };
  return scalars[type.name] ?? "matrix";
}

/** `field(required: $required) { __typename }`, and the variables' declarations and values. */
function callOf(field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const call = required.length
    ? `${field.name}(${required.map((arg) => `${arg.name}: $${arg.name}`).join(", ")})`
    : field.name;
  return {
    selection: isCompositeType(getNamedType(field.type)) ? `${call} { __typename }` : call,
    declarations: required.length
      ? `(${required.map((arg) => `$${arg.name}: ${arg.type}`).join(", ")})`
      : "",
    variables: Object.fromEntries(required.map((arg) => [arg.name, dummy(arg.type)])),
  };
}

const funnelInput = {
  windowSeconds: 86_400,
  steps: [
    { name: "a", where: {} },
    { name: "b", where: {} },
  ],
};

/** How to reach one record of each type holding personal-data fields (the test's data has one of each). */
const reach: Record<string, (selection: string, declarations: string) => string> = {
  Person: (s, d) => `query${d} { people(first: 1) { edges { node { ${s} } } } }`,
  Conversation: (s, d) => `query${d} { conversations(first: 1) { edges { node { ${s} } } } }`,
  Message: (s, d) => `query${d} { messages(first: 1) { edges { node { ${s} } } } }`,
  Deal: (s, d) => `query${d} { deals(first: 1) { edges { node { ${s} } } } }`,
  Touchpoint: (s, d) => `query${d} { touchpoints(first: 1) { edges { node { ${s} } } } }`,
  FunnelStep: (s, d) =>
    `query($funnelInput: FunnelInput!${d.slice(1, -1) ? `, ${d.slice(1, -1)}` : ""}) { funnel(input: $funnelInput) { steps { ${s} } } }`,
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const { people } = await buildGraph(api.db.prisma, {
    conversations: 1,
    messagesPer: 1,
    people: 1,
  });
  const personId = people[0].id;
  await api.db.prisma.personSource.create({ data: { personId, source: "crm", sourceId: "R1" } });
  await api.db.prisma.deal.create({
    data: {
      source: "crm",
      sourceId: "D1",
      name: "Harbor",
      contactId: personId,
      stage: "proposal",
      openedAt: new Date(),
    },
  });
  await api.db.prisma.touchpoint.create({
    data: { source: "crm", sourceId: "T1", personId, kind: "email_click", occurredAt: new Date() },
  });
});
afterAll(async () => {
  await api?.close();
});

/** The first answer of a subscription, or none when it is allowed and has nothing to say yet. */
async function subscribeOnce(
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse | undefined> {
  const client = wsClient(api.wsUrl, key);
  try {
    return await new Promise((resolve) => {
      // An allowed subscription may wait for events; a refused one answers at once.
      const timer = setTimeout(() => resolve(undefined), 1_000);
      client.subscribe(
        { query, variables },
        {
          next: (result) => (clearTimeout(timer), resolve({ status: 200, ...(result as object) })),
          error: (errors) => (
            clearTimeout(timer),
            resolve({ status: 200, errors: errors as GraphQLResponse["errors"] })
          ),
          complete: () => (clearTimeout(timer), resolve(undefined)),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

async function run(
  role: ApiKeyRole,
  typeName: string,
  field: GraphQLField<unknown, unknown>,
): Promise<GraphQLResponse | undefined> {
  const key = await api.keyFor(role);
  const { selection, declarations, variables } = callOf(field);
  if (typeName === "Subscription")
    return subscribeOnce(key, `subscription${declarations} { ${selection} }`, variables);
  if (typeName in rootTypes)
    return api.gql(
      `${rootTypes[typeName as keyof typeof rootTypes]}${declarations} { ${selection} }`,
      variables,
      key,
    );
  const path = reach[typeName];
  if (!path)
    throw new Error(`No way to reach a ${typeName} in the role matrix: add it to \`reach\``);
  return api.gql(path(selection, declarations), { ...variables, funnelInput }, key);
}

const fields = coveredFields();

describe("the role matrix", () => {
  test("every root field and every personal-data field has a row in the matrix, and every row a field", () => {
    const coordinates = fields.map((field) => field.coordinate).sort();
    expect(coordinates).toEqual(Object.keys(rules).sort());
  });

  for (const { coordinate, typeName, field } of fields) {
    for (const role of roles) {
      const rule = rules[coordinate];
      const allowed = rule !== undefined && (mayUse[rule] as ApiKeyRole[]).includes(role);
      test(`${role} ${allowed ? "may" : "may not"} use ${coordinate}`, async () => {
        const response = await run(role, typeName, field);
        const forbidden =
          response?.errors?.filter((error) => error.extensions?.code === "FORBIDDEN") ?? [];
        if (allowed) {
          expect(forbidden, JSON.stringify(response)).toEqual([]);
          // Whatever the dummy arguments were, they are answered as bad input, not as a fault.
          expect(
            response?.errors?.map((error) => error.extensions?.code) ?? [],
            JSON.stringify(response),
          ).not.toContain("INTERNAL_SERVER_ERROR");
          if (!(typeName in rootTypes))
            expect(JSON.stringify(response?.data), "the field was resolved").toContain(
              `"${field.name}"`,
            );
        } else {
          expect(
            forbidden.map((error) => error.message),
            JSON.stringify(response),
          ).toContain(`The ${role} role may not access ${coordinate}`);
        }
      });
    }
  }
});
