import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { buildGraph } from "../support/graph.ts";
import { graphql } from "../support/graphql/index.ts";
import { rawRequest } from "../support/http.ts";

const FirstPerson = graphql(`
  query BadInputFirstPerson {
    people(first: 1) { edges { node { id } } }
  }
`);
const NodeById = graphql(`
  query BadInputNode($id: ID!) {
    node(id: $id) { id }
  }
`);
const NodesByIds = graphql(`
  query BadInputNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);
const Unmerge = graphql(`
  mutation BadInputUnmerge($id: ID!) {
    unmergePerson(mergeId: $id) { merge { id } }
  }
`);
const Merge = graphql(`
  mutation BadInputMerge($a: ID!, $b: ID!) {
    mergePeople(survivorId: $a, absorbedId: $b) { id }
  }
`);
const Search = graphql(`
  query BadInputSearch($q: String!) {
    searchPeople(query: $q) { id }
    people(first: 5, filter: { search: $q }) { totalCount }
  }
`);

let api: TestApi;
let personId: string;
beforeAll(async () => {
  api = await startTestApi();
  await buildGraph(api.db.prisma, { conversations: 1, messagesPer: 1, people: 2 });
  personId = (await api.gql(FirstPerson)).data!.people.edges[0].node.id;
});
afterAll(async () => {
  await api?.close();
});

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

describe("bad input gets a clear answer, never 'Unexpected error.'", () => {
  test("node(id:) of a malformed id is BAD_USER_INPUT naming id", async () => {
    for (const id of [
      "not-an-id",
      "%%%",
      globalId("Person", "abc"),
      globalId("Deal", "-1"),
      globalId("NoSuchType", "1"),
      "",
    ]) {
      const response = await api.gql(NodeById, { id });
      expect(
        response.errors?.[0].extensions?.code,
        `${id}: ${JSON.stringify(response.errors)}`,
      ).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0].extensions?.field).toBe("id");
      expect(response.errors?.[0].message).not.toMatch(/Unexpected error/);
    }
  });

  test("node(id:) of a well-formed id of nothing is null, as Relay expects", async () => {
    for (const id of [
      globalId("Person", "987654"),
      globalId("Person", "99999999999999"),
      globalId("Deal", "0"),
    ]) {
      const response = await api.gql(NodeById, { id });
      expect(response, id).toMatchObject({ status: 200, data: { node: null } });
      expect(response.errors, id).toBeUndefined();
    }
  });

  test("nodes(ids:) answers null at the position of a missing one", async () => {
    const response = await api.gql(NodesByIds, { ids: [personId, globalId("Person", "987654")] });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([{ id: personId }, null]);
  });

  test("unmergePerson of an out-of-range or unknown merge names the field", async () => {
    const outOfRange = await api.gql(Unmerge, { id: globalId("PersonMerge", "99999999999999") });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "mergeId",
    });
    const unknown = await api.gql(Unmerge, { id: globalId("PersonMerge", "987654") });
    expect(["NOT_FOUND", "BAD_USER_INPUT"]).toContain(unknown.errors?.[0].extensions?.code);
    const merge = await api.gql(Merge, {
      a: personId,
      b: globalId("Person", "99999999999999"),
    });
    expect(merge.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "absorbedId",
    });
  });

  test("a malformed ID names its own argument", async () => {
    const merge = await api.gql(Merge, { a: "not-an-id", b: personId });
    expect(merge.errors?.[0]).toMatchObject({
      message: 'survivorId must be an ID this API returned, got "not-an-id"',
      extensions: { code: "BAD_USER_INPUT", field: "survivorId" },
    });
  });

  test("searchPeople with a NUL character finds nothing rather than failing", async () => {
    for (const query of ["a\u0000b", "\u0000", "rosa@\u0000example.com"]) {
      const response = await api.gql(Search, { q: query });
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data).toEqual({ searchPeople: [], people: { totalCount: 0 } });
    }
  });

  test("a malformed variables or extensions parameter on GET is HTTP 400", async () => {
    const auth = { authorization: `Bearer ${testAdminKey}` };
    for (const parameter of ["variables=%7Bnot%20json", "extensions=%5B1", "variables=%5B1%5D"]) {
      const response = await rawRequest(
        api.app.port,
        `/graphql?query=${encodeURIComponent("{ viewer { role } }")}&${parameter}`,
        { headers: auth },
      );
      expect(response.status, parameter).toBe(400);
      expect(JSON.parse(response.body).errors[0].message, parameter).toMatch(
        /variables|extensions/,
      );
    }
  });

  test("a malformed JSON body or variables of the wrong shape is HTTP 400", async () => {
    const post = (body: string) =>
      rawRequest(api.app.port, "/graphql", {
        method: "POST",
        headers: { authorization: `Bearer ${testAdminKey}`, "content-type": "application/json" },
        body,
      });
    expect((await post("{not json")).status).toBe(400);
    expect(
      (await post(JSON.stringify({ query: "{ viewer { role } }", variables: [1] }))).status,
    ).toBe(400);
    expect((await post(JSON.stringify({ query: 42 }))).status).toBe(400);
  });
});
