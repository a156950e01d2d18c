import { describe, expect, test } from "vitest";
import { messageAddedSubscription } from "./components/feed/messages.ts";
import { peopleQuery, personProfileQuery } from "./components/person/person.ts";
import { LiveState, PagedQueryState, QueryState } from "./query-state.svelte.ts";
import { mockClient } from "./testing/graphql-client.ts";

/** Lets the promise callbacks queued by an answer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function peoplePage(names: string[], endCursor: string, hasNextPage: boolean, totalCount = 3) {
  return {
    people: {
      totalCount,
      pageInfo: { endCursor, hasNextPage },
      edges: names.map((name) => ({ node: { id: name, displayName: name } })),
    },
  };
}

describe("QueryState", () => {
  test("is loading until the answer arrives, then holds the answer", async () => {
    const api = mockClient();
    const state = new QueryState(() => api.client, personProfileQuery);
    const answered = state.run({ id: "a" });
    expect(state.loading).toBe(true);
    api.latest("PersonProfile").respond({ node: { id: "a" } });
    expect(await answered).toEqual({ node: { id: "a" } });
    expect(state.loading).toBe(false);
    expect(state.data).toEqual({ node: { id: "a" } });
  });

  test("an answer to an earlier request that arrives after a newer one is dropped", async () => {
    const api = mockClient();
    const state = new QueryState(() => api.client, personProfileQuery);
    void state.run({ id: "old" });
    const older = api.latest("PersonProfile");
    void state.run({ id: "new" });
    api.latest("PersonProfile").respond({ node: { id: "new" } });
    await settle();
    older.respond({ node: { id: "old" } });
    await settle();
    expect(state.data).toEqual({ node: { id: "new" } });
  });

  test("new variables clear the old answer at once; a retry keeps it until the new answer comes", async () => {
    const api = mockClient();
    const state = new QueryState(() => api.client, personProfileQuery);
    void state.run({ id: "a" });
    api.latest("PersonProfile").respond({ node: { id: "a" } });
    await settle();
    void state.retry();
    expect(state.data).toEqual({ node: { id: "a" } });
    expect(api.latest("PersonProfile").variables).toEqual({ id: "a" });
    void state.run({ id: "b" });
    expect(state.data).toBeNull();
  });

  test("a failure reads as a sentence, and a retry asks again with the same variables", async () => {
    const api = mockClient();
    const state = new QueryState(() => api.client, personProfileQuery);
    void state.run({ id: "a" });
    api.latest("PersonProfile").failNetwork("connection refused");
    await settle();
    expect(state.error).toBe("Cannot reach the Parley API: connection refused");
    expect(state.loading).toBe(false);
    void state.retry();
    expect(state.error).toBeNull();
    api.latest("PersonProfile").respond({ node: { id: "a" } });
    await settle();
    expect(api.requests).toHaveLength(2);
    expect(state.data).toEqual({ node: { id: "a" } });
  });

  test("after cancel() the answer in flight is dropped", async () => {
    const api = mockClient();
    const state = new QueryState(() => api.client, personProfileQuery);
    const answered = state.run({ id: "a" });
    state.cancel();
    api.latest("PersonProfile").respond({ node: { id: "a" } });
    expect(await answered).toBeNull();
    expect(state.data).toBeNull();
    expect(state.loading).toBe(false);
  });
});

describe("PagedQueryState", () => {
  const people = (api: ReturnType<typeof mockClient>) =>
    new PagedQueryState(() => api.client, peopleQuery, {
      connection: (data) => data.people,
      missing: "The API returned no people.",
    });

  test("load more asks for the page after the end cursor and appends it", async () => {
    const api = mockClient();
    const list = people(api);
    void list.reset({ first: 2 });
    expect(api.latest("People").variables).toEqual({ first: 2, after: null });
    api.latest("People").respond(peoplePage(["ana", "bo"], "c2", true));
    await settle();
    expect(list.items.map((person) => person.id)).toEqual(["ana", "bo"]);
    expect(list.hasNextPage).toBe(true);
    void list.loadMore();
    expect(api.latest("People").variables).toEqual({ first: 2, after: "c2" });
    api.latest("People").respond(peoplePage(["cy"], "c3", false));
    await settle();
    expect(list.items.map((person) => person.id)).toEqual(["ana", "bo", "cy"]);
    expect(list.totalCount).toBe(3);
    expect(list.hasNextPage).toBe(false);
  });

  test("a page of the previous search that arrives late is dropped", async () => {
    const api = mockClient();
    const list = people(api);
    void list.reset({ first: 2, search: "a" });
    const previous = api.latest("People");
    void list.reset({ first: 2, search: "ab" });
    api.latest("People").respond(peoplePage(["abe"], "c1", false, 1));
    await settle();
    previous.respond(peoplePage(["ana", "bo"], "c2", true));
    await settle();
    expect(list.items.map((person) => person.id)).toEqual(["abe"]);
    expect(list.hasNextPage).toBe(false);
  });

  test("a retry after a failed next page asks for that page again, keeping the rows", async () => {
    const api = mockClient();
    const list = people(api);
    void list.reset({ first: 2 });
    api.latest("People").respond(peoplePage(["ana", "bo"], "c2", true));
    await settle();
    void list.loadMore();
    api.latest("People").fail("Too many requests");
    await settle();
    expect(list.error).toBe("Too many requests");
    expect(list.items).toHaveLength(2);
    void list.retry();
    expect(api.latest("People").variables).toEqual({ first: 2, after: "c2" });
  });

  test("an answer without the connection shows what is missing", async () => {
    const api = mockClient();
    const list = people(api);
    void list.reset({ first: 2 });
    api.latest("People").respond({ people: null });
    await settle();
    expect(list.error).toBe("The API returned no people.");
  });
});

describe("LiveState", () => {
  test("an error shows until the next event clears it, and stopping unsubscribes", async () => {
    const api = mockClient();
    const live = new LiveState(() => api.client, messageAddedSubscription);
    const received: unknown[] = [];
    const stop = live.start({}, (data) => received.push(data.messageAdded));
    const subscription = api.latest("MessageAdded");
    subscription.fail("The live connection closed (1006).");
    expect(live.error).toBe("The live connection closed (1006).");
    subscription.respond({ messageAdded: { id: "m1" } });
    expect(live.error).toBeNull();
    expect(received).toEqual([{ id: "m1" }]);
    stop();
    expect(subscription.closed).toBe(true);
  });
});
