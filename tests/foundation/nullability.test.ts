import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";

const PeopleWithSources = graphql(`
  query NullabilityPeopleWithSources {
    people(first: 5, filter: { search: "Ivo" }) { totalCount edges { node { displayName sources { source } } } }
  }
`);
const ApiKeyNames = graphql(`
  query NullabilityApiKeyNames {
    apiKeys { name }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe("nullability: non-null where a value always exists", () => {
  test("a viewer refused Person.sources loses only that field, not the people around it", async () => {
    const person = await api.db.prisma.person.create({
      data: { displayName: "Ivo Lind", sources: { create: [{ source: "crm", sourceId: "I1" }] } },
    });
    const viewer = await api.gql(PeopleWithSources, {}, await api.keyFor("viewer"));
    expect(viewer.errors?.[0].message).toMatch(/viewer role may not access Person.sources/);
    expect(viewer.data?.people).toEqual({
      totalCount: 1,
      edges: [{ node: { displayName: "Ivo Lind", sources: null } }],
    });
    const analyst = await api.gql(PeopleWithSources, {}, await api.keyFor("analyst"));
    expect(analyst.data?.people.edges[0].node.sources).toEqual([{ source: "crm" }]);
    await api.db.prisma.person.delete({ where: { id: person.id } });
  });

  test("a root field that is refused answers data: null, with the refusal in errors", async () => {
    const response = await api.gql(ApiKeyNames, {}, await api.keyFor("analyst"));
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(response.data).toBeNull();
  });
});
