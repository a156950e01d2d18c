import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { click } from "../support/funnels.ts";
import type { FunnelInput } from "../support/graphql/graphql.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, wsClient } from "../support/ws.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

const input: FunnelInput = {
  steps: [
    { name: "Clicked", where: { touchpointKinds: ["EMAIL_CLICK"] } },
    { name: "Asked", where: { channels: ["FORUM"] } },
  ],
  windowSeconds: 7 * 86_400,
};

const SAVE = graphql(`
  mutation SavedFunnelsSave($name: String!, $input: FunnelInput!) {
    saveFunnel(name: $name, input: $input) {
      id name savedBy
      result { steps { count } }
    }
  }
`);
const RENAME = graphql(`
  mutation SavedFunnelsRename($id: ID!, $input: FunnelInput!) {
    saveFunnel(id: $id, name: "Renamed", input: $input) { id name }
  }
`);
const LIST = graphql(`
  query SavedFunnelsList {
    funnels(first: 10) {
      totalCount
      edges { node { id name definition } }
    }
  }
`);
const SAVED = graphql(`
  query SavedFunnelsOne($id: ID!) {
    savedFunnel(id: $id) { name }
  }
`);
const FUNNEL_BY_ID = graphql(`
  query SavedFunnelsById($id: ID!) {
    funnel(id: $id) { steps { name count } }
  }
`);
const FUNNEL_BY_BOTH = graphql(`
  query SavedFunnelsByBoth($id: ID!, $input: FunnelInput!) {
    funnel(id: $id, input: $input) { steps { count } }
  }
`);
const FUNNEL_BY_NEITHER = graphql(`
  query SavedFunnelsByNeither {
    funnel { steps { count } }
  }
`);
const DELETE = graphql(`
  mutation SavedFunnelsDelete($id: ID!) {
    deleteFunnel(id: $id)
  }
`);
const UPDATED = graphql(`
  subscription SavedFunnelsUpdated($id: ID!) {
    funnelUpdated(id: $id) { steps { count } }
  }
`);
const INGEST = graphql(`
  mutation SavedFunnelsIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { index reason } }
  }
`);

const ingest = async (records: unknown[]) => {
  const result = await api.gql(INGEST, { records });
  expect(result.errors).toBeUndefined();
  expect(result.data!.ingest.rejected).toEqual([]);
};

describe("saved funnels", () => {
  test("are saved, listed, read, replaced and deleted; viewers may read them but not save", async () => {
    const saved = await api.gql(SAVE, { name: "Click to forum", input });
    expect(saved.errors).toBeUndefined();
    const { id } = saved.data!.saveFunnel;
    expect(saved.data!.saveFunnel).toMatchObject({
      name: "Click to forum",
      savedBy: expect.any(String),
      result: { steps: [{ count: 0 }, { count: 0 }] },
    });

    const viewer = await api.keyFor("viewer");
    const listed = await api.gql(LIST, undefined, viewer);
    expect(listed.data!.funnels).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id, name: "Click to forum" } }],
    });
    expect(listed.data!.funnels.edges[0]!.node.definition).toMatchObject({
      windowSeconds: 7 * 86_400,
      order: "ordered",
    });
    const refused = await api.gql(SAVE, { name: "x", input }, viewer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const renamed = await api.gql(RENAME, { id, input });
    expect(renamed.data!.saveFunnel).toEqual({ id, name: "Renamed" });
    const one = await api.gql(SAVED, { id });
    expect(one.data!.savedFunnel).toEqual({ name: "Renamed" });
    const byId = await api.gql(FUNNEL_BY_ID, { id }, viewer);
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.funnel.steps.map((step) => step.name)).toEqual(
      input.steps.map((step) => step.name),
    );
    const both = await api.gql(FUNNEL_BY_BOTH, { id, input });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
    const neither = await api.gql(FUNNEL_BY_NEITHER);
    expect(neither.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input",
    });

    const badName = await api.gql(SAVE, { name: " ", input });
    expect(badName.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "name",
    });

    const deleted = await api.gql(DELETE, { id });
    expect(deleted.data!.deleteFunnel).toBe(id);
    const again = await api.gql(DELETE, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const gone = await api.gql(FUNNEL_BY_ID, { id });
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  test("funnelUpdated pushes the new result within a second of an activity that changes it", async () => {
    const saved = await api.gql(SAVE, { name: "Live", input });
    const id = saved.data!.saveFunnel.id;
    const client = wsClient(api.wsUrl, await api.keyFor("viewer"));
    let ingestedAt = 0;
    let ingesting: Promise<void> | undefined;
    const arrivals: number[] = [];
    const results = await collect(client, UPDATED, { id }, (results) => {
      arrivals.push(Date.now());
      if (results.length === 1) {
        // Past the once-a-second limit of the first push, so the limit does not delay this one.
        // Timed from the request's start: the activity commits during the request, and the push
        // may arrive before the mutation's own response does.
        setTimeout(() => {
          ingestedAt = Date.now();
          ingesting = ingest([click("ana", 1)]);
        }, 1100);
      }
      return results.length === 2;
    });
    await ingesting;
    await client.dispose();
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results.map((r) => r.data!.funnelUpdated.steps.map((s) => s.count))).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(arrivals[1]! - ingestedAt).toBeLessThan(1000);
  });
});
