import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { refreshIdentityCandidates } from "../../apps/api/src/identity/suggest.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const globalId = (typename: string, id: number) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

async function person(
  name: string,
  organization: { name: string; domain?: string },
  email?: string,
) {
  const org = await api.db.prisma.organization.upsert({
    where: { domain: organization.domain ?? `${organization.name.toLowerCase()}.example` },
    update: {},
    create: {
      name: organization.name,
      domain: organization.domain ?? `${organization.name.toLowerCase()}.example`,
    },
  });
  return api.db.prisma.person.create({
    data: {
      displayName: name,
      organizationId: org.id,
      identities: email ? { create: [{ kind: "email", value: email }] } : undefined,
    },
  });
}

async function refresh(ids: number[]) {
  const client = await api.db.pool.connect();
  try {
    return await refreshIdentityCandidates(client, ids);
  } finally {
    client.release();
  }
}

const SUGGESTIONS = graphql(`
  query MergeApiSuggestions($status: SuggestionStatus) {
    mergeSuggestions(status: $status, first: 10) {
      totalCount
      edges {
        node {
          id score explanation signals status decidedBy
          personA { id displayName }
          personB { id displayName }
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation MergeApiAccept($id: ID!) {
    acceptMergeSuggestion(id: $id) {
      id actor reason createdAt undoneAt movedRows
      survivor { id displayName }
      absorbed { id displayName mergedInto { id } }
    }
  }
`);
const REJECT = graphql(`
  mutation MergeApiReject($id: ID!) {
    rejectMergeSuggestion(id: $id) { status decidedBy }
  }
`);
const MERGES_OF = graphql(`
  query MergeApiHistory($id: ID!) {
    node(id: $id) { ... on Person { merges { id reason } } }
  }
`);
const UNMERGE = graphql(`
  mutation MergeApiUnmerge($id: ID!) {
    unmergePerson(mergeId: $id) {
      merge { id undoneAt }
      survivor { id }
      restored { id displayName mergedInto { id } }
    }
  }
`);
const MERGE = graphql(`
  mutation MergeApiMerge($a: ID!, $b: ID!) {
    mergePeople(survivorId: $a, absorbedId: $b) { id }
  }
`);
const WITH_IDENTITIES = graphql(`
  query MergeApiSuggestionIdentities {
    mergeSuggestions {
      edges {
        node {
          explanation signals
          personA { displayName identities { value } }
          personB { identities { value } }
        }
      }
    }
  }
`);

describe("merge review over GraphQL", () => {
  test("suggestions are listed by score, accepted into a merge that can be undone, or rejected for good", async () => {
    const robert = await person(
      "Robert Miller",
      { name: "Redport", domain: "redport.com" },
      "robert.miller@redport.com",
    );
    const bob = await person("Bob Miller", { name: "Redport Software", domain: "redport.com" });
    const rob = await person("Rob Miller", { name: "Redport", domain: "redport.com" });
    await refresh([robert.id, bob.id, rob.id]);

    const listed = await api.gql(SUGGESTIONS);
    expect(listed.errors).toBeUndefined();
    const edges = listed.data!.mergeSuggestions.edges;
    expect(edges.length).toBe(3);
    expect(listed.data!.mergeSuggestions.totalCount).toBe(3);
    const scores = edges.map((edge) => edge.node.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(edges[0]!.node).toMatchObject({
      status: "PENDING",
      explanation: expect.stringContaining("nickname"),
    });

    const robertBob = edges.find(
      (e) =>
        [e.node.personA.id, e.node.personB.id].includes(globalId("Person", bob.id)) &&
        e.node.personA.id === globalId("Person", robert.id),
    )!;
    const accepted = await api.gql(ACCEPT, { id: robertBob.node.id });
    expect(accepted.errors).toBeUndefined();
    const merge = accepted.data!.acceptMergeSuggestion;
    expect(merge).toMatchObject({
      actor: expect.any(String),
      reason: expect.stringContaining("accepted suggestion"),
      undoneAt: null,
      survivor: { id: globalId("Person", robert.id) },
      absorbed: {
        id: globalId("Person", bob.id),
        mergedInto: { id: globalId("Person", robert.id) },
      },
    });
    const {
      rows: [key],
    } = await api.db.pool.query(`SELECT name FROM "ApiKey" ORDER BY id LIMIT 1`);
    expect(merge.actor).toBe(key.name);

    const again = await api.gql(ACCEPT, { id: robertBob.node.id });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/was already accepted/),
      extensions: { code: "BAD_USER_INPUT", field: "id" },
    });

    // Bob's pending suggestion with Rob moved to Robert, where one already existed: Robert and Rob remain.
    const remaining = (await api.gql(SUGGESTIONS)).data!.mergeSuggestions.edges;
    expect(remaining.map((e) => [e.node.personA.displayName, e.node.personB.displayName])).toEqual([
      ["Robert Miller", "Rob Miller"],
    ]);
    const rejected = await api.gql(REJECT, { id: remaining[0]!.node.id });
    expect(rejected.data!.rejectMergeSuggestion).toEqual({
      status: "REJECTED",
      decidedBy: key.name,
    });
    await refresh([robert.id, rob.id]);
    expect((await api.gql(SUGGESTIONS)).data!.mergeSuggestions.totalCount).toBe(0);
    expect(
      (await api.gql(SUGGESTIONS, { status: "REJECTED" })).data!.mergeSuggestions.totalCount,
    ).toBe(1);

    const history = await api.gql(MERGES_OF, { id: globalId("Person", robert.id) });
    expect(history.data!.node).toEqual({ merges: [{ id: merge.id, reason: merge.reason }] });

    const undone = await api.gql(UNMERGE, { id: merge.id });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.unmergePerson).toMatchObject({
      merge: { undoneAt: expect.any(String) },
      survivor: { id: globalId("Person", robert.id) },
      restored: { id: globalId("Person", bob.id), displayName: "Bob Miller", mergedInto: null },
    });
    const twice = await api.gql(UNMERGE, { id: merge.id });
    expect(twice.errors?.[0]?.message).toMatch(/already undone/);

    const { rows: events } = await api.db.pool.query(
      `SELECT type FROM "Event" WHERE type IN ('person_merged', 'person_unmerged') ORDER BY id`,
    );
    expect(events.map((e) => e.type)).toEqual(["person_merged", "person_unmerged"]);
  });

  test("mergePeople refuses bad input with the field named", async () => {
    const a = await person("Alice Moss", { name: "Moss" });
    const self = await api.gql(MERGE, {
      a: globalId("Person", a.id),
      b: globalId("Person", a.id),
    });
    expect(self.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "absorbedId" },
    });
    expect(self.errors?.[0]?.message).toMatch(/cannot be merged into itself/);
    const missing = await api.gql(MERGE, {
      a: globalId("Person", a.id),
      b: globalId("Person", 987654),
    });
    expect(missing.errors?.[0]).toMatchObject({
      message: "Person 987654 not found",
      extensions: { code: "NOT_FOUND" },
    });
    const wrongType = await api.gql(MERGE, {
      a: globalId("Person", a.id),
      b: globalId("Organization", 1),
    });
    expect(wrongType.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "absorbedId" },
    });
  });

  test("viewer and integrator keys may not merge, unmerge or decide suggestions, and viewers see no emails through suggestions", async () => {
    const a = await person(
      "Dana Whitfield",
      { name: "Orbitel", domain: "orbitel.com" },
      "dana@orbitel.com",
    );
    const b = await person("Dana Whitfield", { name: "Orbitel", domain: "orbitel.com" });
    await api.db.prisma.identity.create({
      data: { personId: b.id, kind: "email", value: "dana.w@gmail.com" },
    });
    await refresh([a.id, b.id]);
    const {
      rows: [suggestion],
    } = await api.db.pool.query(
      `SELECT id FROM "MergeSuggestion" WHERE "personAId" = $1 AND "personBId" = $2`,
      [a.id, b.id],
    );
    expect(suggestion).toBeDefined();

    for (const role of ["viewer", "integrator"] as const) {
      const key = await api.keyFor(role);
      const suggestionId = globalId("MergeSuggestion", suggestion.id);
      const attempts = {
        mergePeople: () =>
          api.gql(MERGE, { a: globalId("Person", a.id), b: globalId("Person", b.id) }, key),
        unmergePerson: () => api.gql(UNMERGE, { id: globalId("PersonMerge", 1) }, key),
        acceptMergeSuggestion: () => api.gql(ACCEPT, { id: suggestionId }, key),
        rejectMergeSuggestion: () => api.gql(REJECT, { id: suggestionId }, key),
      };
      for (const [mutation, attempt] of Object.entries(attempts)) {
        const response = await attempt();
        expect(response.errors?.[0]?.extensions?.code, `${role}: ${mutation}`).toBe("FORBIDDEN");
      }
    }
    const {
      rows: [state],
    } = await api.db.pool.query(`SELECT status FROM "MergeSuggestion" WHERE id = $1`, [
      suggestion.id,
    ]);
    expect(state.status).toBe("pending");

    const asViewer = await api.gql(WITH_IDENTITIES, {}, await api.keyFor("viewer"));
    expect(asViewer.errors).toBeUndefined();
    const shown = JSON.stringify(asViewer.data);
    expect(shown).toContain("Dana Whitfield");
    expect(shown).not.toMatch(/dana@orbitel|dana\.w@gmail/);
    const asAnalyst = JSON.stringify(
      (await api.gql(WITH_IDENTITIES, {}, await api.keyFor("analyst"))).data,
    );
    expect(asAnalyst).toContain("dana@orbitel.com");
  });
});
