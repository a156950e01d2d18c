import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const INGEST = graphql(`
  mutation AddressIngest($records: [JSON!]!) {
    ingest(records: $records) {
      created
      rejected { index field reason }
    }
  }
`);

const PERSON_ADDRESS = graphql(`
  query AddressOfPerson($source: String!, $id: String!) {
    person(source: $source, id: $id) {
      displayName
      location
      address { street city postcode region country }
    }
  }
`);

const PEOPLE_ADDRESS = graphql(`
  query AddressPeople {
    people(first: 5, filter: { search: "Whitlock" }) {
      edges { node { displayName address { city } } }
    }
  }
`);

describe("person.address", () => {
  test("an address given as one string is stored normalized, and location stays as sent", async () => {
    const sent = await api.gql(INGEST, {
      records: [
        {
          type: "person",
          source: "registry",
          id: "r1",
          name: "Grace Whitlock",
          location: "Richmond, Vic",
          address: "12 smith st, Richmond Victoria 3121, Australia",
        },
      ],
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.ingest).toEqual({ created: 1, rejected: [] });
    const read = await api.gql(PERSON_ADDRESS, { source: "registry", id: "r1" });
    expect(read.data!.person).toEqual({
      displayName: "Grace Whitlock",
      location: "Richmond, Vic",
      address: {
        street: "12 Smith Street",
        city: "Richmond",
        postcode: "3121",
        region: "VIC",
        country: "AU",
      },
    });
  });

  test("a later record replaces the address whole, and a bad one is rejected with its field", async () => {
    const sent = await api.gql(INGEST, {
      records: [
        {
          type: "person",
          source: "registry",
          id: "r1",
          address: { street: "4 High Rd", city: "kew" },
        },
        {
          type: "person",
          source: "registry",
          id: "r2",
          name: "Tom Brandt",
          address: { postcode: 3121 },
        },
      ],
    });
    expect(sent.data!.ingest.rejected).toEqual([
      { index: 1, field: "address.postcode", reason: "must be a string, got 3121" },
    ]);
    const read = await api.gql(PERSON_ADDRESS, { source: "registry", id: "r1" });
    expect(read.data!.person!.address).toEqual({
      street: "4 High Road",
      city: "Kew",
      postcode: null,
      region: null,
      country: null,
    });
  });

  test("roles that may not see emails and phones do not see the address either", async () => {
    const viewer = await api.gql(PEOPLE_ADDRESS, undefined, await api.keyFor("viewer"));
    expect(viewer.data!.people.edges).toEqual([
      { node: { displayName: "Grace Whitlock", address: null } },
    ]);
    expect(viewer.errors!.map((error: { message: string }) => error.message)).toContain(
      "The viewer role may not access Person.address",
    );
    const analyst = await api.gql(PEOPLE_ADDRESS, undefined, await api.keyFor("analyst"));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.people.edges).toEqual([
      { node: { displayName: "Grace Whitlock", address: { city: "Kew" } } },
    ]);
  });
});
