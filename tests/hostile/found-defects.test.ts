// Each defect the hostile-input suite (hostile-input.test.ts) found, pinned by the smallest request
// that showed it. All were answers of 4500 "Internal server error" (closing the socket and every
// operation on it), "Unexpected error." or seconds of work for one request.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { openProtocolSocket } from "../support/ws.ts";

// The documents that are valid on purpose; the hostile ones stay strings, written as sent.
const MESSAGES_SINCE_THE_LAST_DAY = graphql(`
  query FoundDefectsMessagesSinceTheLastDay {
    messages(filter: { since: "9999-12-31T00:00:00Z" }, first: 1) { totalCount }
  }
`);
const NODES = graphql(`
  query FoundDefectsNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

/** Sends one operation on a fresh socket: its first answer, and whether the socket is still open after it. */
async function overWebsocket(payload: Record<string, unknown>) {
  const socket = await openProtocolSocket(api.wsUrl, testAdminKey);
  socket.send({ id: "1", type: "subscribe", payload });
  const answer = await Promise.race([
    socket.message((message) => message.id === "1"),
    socket.closed.then((closed) => ({ type: "closed", payload: closed })),
  ]);
  socket.send({ id: "2", type: "subscribe", payload: { query: "{ viewer { role } }" } });
  const next = await Promise.race([
    socket.message((message) => message.id === "2"),
    socket.closed.then(() => ({ type: "closed", payload: undefined })),
  ]);
  socket.socket.close();
  return { answer, socketAlive: next.type === "next" };
}

describe("websocket operations that closed the socket with 4500", () => {
  test("an empty document is refused, saying what to send", async () => {
    const { answer, socketAlive } = await overWebsocket({ query: "" });
    expect(answer).toMatchObject({
      type: "error",
      payload: [
        expect.objectContaining({
          message: expect.stringMatching(/^Send a query, or extensions.persistedQuery.sha256Hash/),
        }),
      ],
    });
    expect(socketAlive).toBe(true);
  });

  test("an operationName the document does not hold, or several operations without one", async () => {
    const unknown = await overWebsocket({
      query: "query A { viewer { role } }",
      operationName: "B",
    });
    expect(unknown.answer).toMatchObject({
      type: "error",
      payload: [{ message: 'Unknown operation named "B"' }],
    });
    expect(unknown.socketAlive).toBe(true);
    const several = await overWebsocket({
      query: "query A { viewer { role } } query B { viewer { name } }",
    });
    expect(several.answer).toMatchObject({
      type: "error",
      payload: [{ message: expect.stringMatching(/several operations: send operationName/) }],
    });
  });

  test("a directive with a bad argument on a subscription's root field (graphql-js' validation throws there)", async () => {
    for (const query of [
      "subscription { overviewUpdated @skip(if: 1) { people } }",
      "subscription S($maybe: Boolean) { overviewUpdated @include(if: $maybe) { people } }",
    ]) {
      const { answer, socketAlive } = await overWebsocket({ query });
      expect(answer.type, query).toBe("error");
      expect(JSON.stringify(answer)).not.toMatch(/Internal server error|Unexpected error/);
      expect(socketAlive).toBe(true);
    }
  });
});

describe("HTTP requests that failed inside or cost seconds", () => {
  test("a DateTime past year 9999 is bad input naming the range, not a database fault", async () => {
    const answer = await api.gql(
      `{ messages(filter: { since: "99999-01-01" }, first: 1) { totalCount } }`,
    );
    expect(answer.errors?.[0].message).toMatch(
      /DateTime must be between 0001-01-01 and 9999-12-31/,
    );
    expect(JSON.stringify(answer)).not.toMatch(/Unexpected error/);
    expect((await api.gql(MESSAGES_SINCE_THE_LAST_DAY)).data?.messages.totalCount).toBe(0);
  });

  test("nodes(ids:) takes at most 100 IDs (2,400 took 7 s)", async () => {
    const ids = Array(101).fill(Buffer.from("Person:1").toString("base64"));
    const answer = await api.gql(NODES, { ids });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]).toMatchObject({
      message: "ids must hold at most 100 IDs, got 101",
      extensions: { code: "BAD_USER_INPUT", field: "ids" },
    });
    expect((await api.gql(NODES, { ids: ids.slice(0, 100) })).data?.nodes).toHaveLength(100);
  });

  test("a document of more than 500 field selections is refused before it is validated (1,600 __typename took a second)", async () => {
    const answer = await api.gql(
      `{ ${Array.from({ length: 501 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
    );
    // A 400, as every other limit of a document answers.
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: "Query has too many fields: more than 500 selections in one document",
      }),
    ]);
    expect(
      Object.keys(
        (
          await api.gql(
            `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(" ")} }`,
          )
        ).data ?? {},
      ),
    ).toHaveLength(500);
  });
});
