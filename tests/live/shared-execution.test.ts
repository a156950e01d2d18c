import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { openProtocolSocket, type ProtocolSocket } from "../support/ws.ts";

const INGEST = graphql(`
  mutation SharedExecutionIngest($records: [JSON!]!) {
    ingest(records: $records) { created rejected { reason } }
  }
`);
const SUBSCRIPTION = graphql(`
  subscription SharedExecutionMessages {
    messageAdded { text author { displayName identities { kind platform value } } }
  }
`);
const BELOW = graphql(`
  subscription SharedExecutionBelow($below: Float) {
    messageAdded(filter: { sentimentBelow: $below }) { text }
  }
`);

let api: TestApi;
let messageReads = 0;
beforeAll(async () => {
  // Counts the statements that read a message for a subscriber: one per execution of the document.
  api = await startTestApi({
    onQuery: (sql) =>
      void (/^SELECT/.test(sql) && sql.includes('FROM "public"."Message"') && messageReads++),
  });
});
afterAll(async () => {
  await api?.close();
});

let written = 0;
async function writeMessage(text: string): Promise<void> {
  written++;
  const response = await api.gql(INGEST, {
    records: [
      {
        type: "person",
        source: "crm",
        id: "ada",
        name: "Ada Lovelace",
        emails: ["ada@example.com"],
        handles: [{ platform: "twitter", handle: "ada" }],
      },
      {
        type: "message",
        source: "twitter",
        id: `shared-${written}`,
        channel: "twitter",
        author: { platform: "twitter", handle: "ada" },
        text,
        at: new Date().toISOString(),
      },
    ],
  });
  expect(response.errors).toBeUndefined();
}

async function subscribed(key: string): Promise<ProtocolSocket> {
  const socket = await openProtocolSocket(api.wsUrl, key);
  socket.subscribe("feed", SUBSCRIPTION);
  return socket;
}

describe("subscribers of the same document, variables and role share one execution per event", () => {
  test("three analysts get one identical frame from one execution; a viewer on the same document gets its own, without personal fields", async () => {
    const analysts = await Promise.all(
      [0, 1, 2].map(async () => subscribed(await api.keyFor("analyst"))),
    );
    const viewer = await subscribed(await api.keyFor("viewer"));
    const everyone = [...analysts, viewer];
    // Live once every socket has received a probe message.
    const deadline = Date.now() + 15_000;
    while (!everyone.every((socket) => socket.messages.some((m) => m.type === "next"))) {
      if (Date.now() > deadline) throw new Error("the subscriptions did not go live");
      await writeMessage("probe");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Probes still on their way would be executed too: wait until a second passes without a frame.
    for (
      let total = -1;
      total !== everyone.reduce((sum, socket) => sum + socket.messages.length, 0);
    ) {
      total = everyone.reduce((sum, socket) => sum + socket.messages.length, 0);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    for (const socket of everyone) socket.messages.length = 0;
    messageReads = 0;

    await writeMessage("The new dryer is so quiet");
    const frames = await Promise.all(
      everyone.map((socket) =>
        socket.message(
          (m) =>
            m.type === "next" && m.payload.data.messageAdded.text === "The new dryer is so quiet",
        ),
      ),
    );
    const [first, ...otherAnalysts] = frames.slice(0, 3);
    for (const frame of otherAnalysts) expect(frame.payload).toEqual(first!.payload);
    expect(first!.payload.data.messageAdded.author.identities).toEqual(
      expect.arrayContaining([
        { kind: "EMAIL", platform: "", value: "ada@example.com" },
        { kind: "HANDLE", platform: "twitter", value: "ada" },
      ]),
    );
    // The viewer's frame differs where personal fields differ: handles only.
    expect(frames[3]!.payload.data.messageAdded.author.identities).toEqual([
      { kind: "HANDLE", platform: "twitter", value: "ada" },
    ]);
    expect(frames[3]!.payload).not.toEqual(first!.payload);
    // One execution per role for the four subscribers.
    expect(messageReads).toBe(2);
    for (const socket of everyone) socket.socket.close();
  }, 60_000);

  test("subscribers with different variables are not shared: each filter still holds for its own subscriber", async () => {
    const key = await api.keyFor("analyst");
    const negative = await openProtocolSocket(api.wsUrl, key);
    const all = await openProtocolSocket(api.wsUrl, key);
    negative.subscribe("n", BELOW, { below: -0.3 });
    all.subscribe("a", BELOW, { below: null });
    const deadline = Date.now() + 15_000;
    while (!all.messages.some((m) => m.type === "next")) {
      if (Date.now() > deadline) throw new Error("the subscription did not go live");
      await writeMessage("probe");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await writeMessage("This is terrible, the worst support ever, awful");
    await writeMessage("Lovely, great, wonderful product");
    await all.message(
      (m) => m.type === "next" && m.payload.data.messageAdded.text.startsWith("Lovely"),
    );
    await negative.message(
      (m) => m.type === "next" && m.payload.data.messageAdded.text.startsWith("This is terrible"),
    );
    expect(
      negative.messages
        .filter((m) => m.type === "next")
        .map((m) => m.payload.data.messageAdded.text),
    ).not.toContain("Lovely, great, wonderful product");
    negative.socket.close();
    all.socket.close();
  }, 60_000);

  test("variables nested deeper than JSON.stringify recurses are shared with no one, and the subscription still works", async () => {
    const socket = await openProtocolSocket(api.wsUrl, await api.keyFor("analyst"));
    // Written as text: deeper than JSON.stringify can go, as a client may send it. Not declared
    // by the document, so graphql-js ignores it; the sharing key still reads every variable.
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    socket.send(
      `{"id":"deep","type":"subscribe","payload":{"query":${JSON.stringify(String(BELOW))},"variables":{"below":null,"extra":${deep}}}}`,
    );
    socket.subscribe("plain", BELOW, { below: null });
    const deadline = Date.now() + 15_000;
    while (!socket.messages.some((m) => m.type === "next" && m.id === "deep")) {
      if (Date.now() > deadline) throw new Error("the deep subscription did not go live");
      await writeMessage("probe");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await writeMessage("Deep and plain both see this");
    for (const id of ["deep", "plain"])
      await socket.message(
        (m) =>
          m.id === id &&
          m.type === "next" &&
          m.payload.data.messageAdded.text === "Deep and plain both see this",
      );
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    socket.socket.close();
  }, 60_000);
});
