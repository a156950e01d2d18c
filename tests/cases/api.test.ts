// Cases over the served API: HTTP for the queue and its mutations, a real graphql-ws client for
// caseUpdated, the roles of the README's table, and errors that name the field.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, type SubscriptionResults, untilLive, wsClient } from "../support/ws.ts";

let api: TestApi;
let serial = 0;
const now = () => new Date().toISOString();
const complaint = (conversation: string, channel = "twitter") => ({
  type: "message",
  source: "api-test",
  id: `m${++serial}`,
  channel,
  conversation,
  at: now(),
  author: { source: "api-test", id: `author-${conversation}`, name: "Ana Souza" },
  text: "The dryer is broken again and support never replied. Terrible!",
});

const Ingest = graphql(`
  mutation CasesIngest($records: [JSON!]!) {
    ingest(records: $records) { created rejected { reason } }
  }
`);

async function ingest(records: unknown[]) {
  const response = await api.gql(Ingest, { records });
  expect(response.errors).toBeUndefined();
  expect(response.data!.ingest.rejected).toEqual([]);
}

const CasesOfConversations = graphql(`
  query CasesOfConversations {
    conversations(first: 50) {
      edges {
        node {
          sourceId
          case {
            id status priority channel origin team assignee { name }
            firstResponseAt firstResponseDueAt resolutionDueAt nextResponseDueAt
            breached { firstResponse nextResponse resolution }
            person { displayName }
            sla { firstResponseMinutes }
          }
        }
      }
    }
  }
`);

/** The case of the conversation with that source id; the test fails when it has none. */
async function caseOfConversation(conversation: string) {
  const response = await api.gql(CasesOfConversations);
  const found = response
    .data!.conversations.edges.map((e) => e.node)
    .find((node) => node.sourceId === conversation)?.case;
  if (!found) throw new Error(`conversation ${conversation} has no case`);
  return found;
}

const SaveSam = graphql(`
  mutation CasesSaveSam {
    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id handle team }
  }
`);
const AssignCase = graphql(`
  mutation CasesAssign($id: ID!, $to: ID) {
    assignCase(id: $id, assigneeId: $to) { status team assignee { name } }
  }
`);
const AddNote = graphql(`
  mutation CasesAddNote($id: ID!) {
    addCaseNote(id: $id, text: "@sam please call her back") { author text mentions { handle } }
  }
`);
const RespondSorry = graphql(`
  mutation CasesRespondSorry($id: ID!) {
    respondToCase(id: $id, text: "We are so sorry: a technician comes today.") {
      status
      firstResponseAt
      conversation {
        messages(first: 10) { edges { node { direction channel text author { displayName } } } }
      }
    }
  }
`);
const ResolveCase = graphql(`
  mutation CasesResolve($id: ID!) {
    resolveCase(id: $id) { status resolvedAt }
  }
`);
const PeopleCases = graphql(`
  query CasesOfPeople {
    people(first: 10) {
      edges { node { displayName cases(first: 5) { totalCount edges { node { id status } } } } }
    }
  }
`);
const OpenQueue = graphql(`
  query CasesOpenQueue {
    cases(first: 10, filter: { status: [NEW, OPEN, PENDING] }) {
      totalCount
      edges { node { channel status } }
    }
  }
`);
const PhoneCases = graphql(`
  query CasesPhoneNotBreached {
    cases(first: 10, filter: { channel: PHONE, breached: false }) { totalCount }
  }
`);
const CasePage = graphql(`
  query CasesPage($after: String) {
    cases(first: 2, after: $after) {
      pageInfo { endCursor hasNextPage }
      edges { node { id } }
    }
  }
`);
const AllCaseIds = graphql(`
  query CasesAllIds {
    cases(first: 10) { edges { node { id } } }
  }
`);
const ResponseTimesByChannel = graphql(`
  query CasesResponseTimesByChannel {
    responseTimes(groupBy: CHANNEL) { channel cases responded resolved firstResponseMedianSeconds slaMet }
  }
`);
const ResponseTimesBackwards = graphql(`
  query CasesResponseTimesBackwards {
    responseTimes(groupBy: PRIORITY, from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { cases }
  }
`);
const ResolveCaseId = graphql(`
  mutation CasesResolveId($id: ID!) {
    resolveCase(id: $id) { id }
  }
`);
const ReopenCase = graphql(`
  mutation CasesReopen($id: ID!) {
    reopenCase(id: $id) { id }
  }
`);
const OpenCaseOfNothing = graphql(`
  mutation CasesOpenOfNothing {
    openCase(input: {}) { id }
  }
`);
const SaveTakenHandle = graphql(`
  mutation CasesSaveTakenHandle {
    saveTeammate(input: { name: "Other", handle: "@SAM" }) { id }
  }
`);
const SaveSlowUrgentPolicy = graphql(`
  mutation CasesSaveSlowUrgentPolicy {
    saveSlaPolicy(
      input: { priority: URGENT, firstResponseMinutes: 500, nextResponseMinutes: 60, resolutionMinutes: 240 }
    ) {
      priority
    }
  }
`);
const SlaPolicies = graphql(`
  query CasesSlaPolicies {
    slaPolicies { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }
  }
`);
const CheckedNote = graphql(`
  mutation CasesCheckedNote($id: ID!) {
    addCaseNote(id: $id, text: "checked") { text }
  }
`);
const SaveLee = graphql(`
  mutation CasesSaveLee {
    saveTeammate(input: { name: "Lee", handle: "lee" }) { id }
  }
`);
const CaseUpdated = graphql(`
  subscription CasesUpdated {
    caseUpdated { id status channel }
  }
`);
const ProbeNote = graphql(`
  mutation CasesProbeNote($id: ID!) {
    addCaseNote(id: $id, text: "probe") { id }
  }
`);
const RespondCalling = graphql(`
  mutation CasesRespondCalling($id: ID!, $to: ID!) {
    respondToCase(id: $id, text: "Calling you now.", teammateId: $to) { id }
  }
`);

let samId: string;
beforeAll(async () => {
  api = await startTestApi();
  const saved = await api.gql(SaveSam);
  samId = saved.data!.saveTeammate.id;
});
afterAll(async () => api?.close());

describe("cases over GraphQL", () => {
  test("a complaint opens a case; reply, note, resolve; it shows on the person and the conversation", async () => {
    await ingest([complaint("thread-1")]);
    const opened = await caseOfConversation("thread-1");
    expect(opened).toMatchObject({
      status: "NEW",
      origin: "PROBLEM",
      channel: "TWITTER",
      person: { displayName: "Ana Souza" },
      breached: { firstResponse: false },
    });

    const assigned = await api.gql(AssignCase, { id: opened.id, to: samId });
    expect(assigned.data!.assignCase).toEqual({
      status: "OPEN",
      team: "Care",
      assignee: { name: "Sam Okafor" },
    });

    const note = await api.gql(AddNote, { id: opened.id });
    expect(note.data!.addCaseNote).toEqual({
      author: "admin (PARLEY_ADMIN_KEY)",
      text: "@sam please call her back",
      mentions: [{ handle: "sam" }],
    });

    const replied = await api.gql(RespondSorry, { id: opened.id });
    expect(replied.errors).toBeUndefined();
    expect(replied.data!.respondToCase.status).toBe("PENDING");
    expect(replied.data!.respondToCase.firstResponseAt).not.toBeNull();
    expect(replied.data!.respondToCase.conversation.messages.edges.map((e) => e.node)).toEqual([
      {
        direction: "INBOUND",
        channel: "TWITTER",
        text: complaint("x").text,
        author: { displayName: "Ana Souza" },
      },
      {
        direction: "OUTBOUND",
        channel: "TWITTER",
        text: "We are so sorry: a technician comes today.",
        author: { displayName: "Sam Okafor" },
      },
    ]);
    // Straight from the table: the log API holds an event back while any older transaction on the
    // server runs, and other suites share this PostgreSQL server.
    const events = await api.db.prisma.event.findMany({
      where: { type: { in: ["message_added", "case_updated"] } },
      orderBy: { id: "asc" },
    });
    const directions = new Map(
      (await api.db.prisma.message.findMany({ select: { id: true, direction: true } })).map((m) => [
        m.id,
        m.direction.toUpperCase(),
      ]),
    );
    const types = events.map((e) =>
      e.type === "message_added"
        ? `message:${directions.get(e.messageId!)}`
        : `case:${(e.payload as { change: string }).change}`,
    );
    expect(types).toEqual([
      "message:INBOUND",
      "case:opened",
      "case:assigned",
      "case:noted",
      "message:OUTBOUND",
      "case:responded",
    ]);

    const resolved = await api.gql(ResolveCase, { id: opened.id });
    expect(resolved.data!.resolveCase.status).toBe("RESOLVED");
    const again = await api.gql(ResolveCase, { id: opened.id });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "id" },
    });
    expect(again.errors?.[0]?.message).toMatch(/^id is the ID of a case already resolved at /);

    const person = await api.gql(PeopleCases);
    const ana = person
      .data!.people.edges.map((e) => e.node)
      .find((p) => p.displayName === "Ana Souza");
    expect(ana?.cases).toEqual({
      totalCount: 1,
      edges: [{ node: { id: opened.id, status: "RESOLVED" } }],
    });
  });

  test("the queue filters and pages, and responseTimes groups by channel", async () => {
    await ingest([complaint("thread-phone", "phone"), complaint("thread-email", "email")]);
    const queue = await api.gql(OpenQueue);
    expect(queue.data!.cases.totalCount).toBe(2);
    expect(queue.data!.cases.edges.map((e) => e.node.status)).toEqual(["NEW", "NEW"]);
    const phone = await api.gql(PhoneCases);
    expect(phone.data!.cases.totalCount).toBe(1);
    const page1 = await api.gql(CasePage);
    const page2 = await api.gql(CasePage, { after: page1.data!.cases.pageInfo.endCursor });
    const all = await api.gql(AllCaseIds);
    expect([...page1.data!.cases.edges, ...page2.data!.cases.edges].map((e) => e.node.id)).toEqual(
      all.data!.cases.edges.map((e) => e.node.id),
    );

    const times = await api.gql(ResponseTimesByChannel);
    expect(
      times.data!.responseTimes.map((g) => [g.channel, g.cases, g.responded, g.resolved]),
    ).toEqual([
      ["EMAIL", 1, 0, 0],
      ["PHONE", 1, 0, 0],
      ["TWITTER", 1, 1, 1],
    ]);
    const bad = await api.gql(ResponseTimesBackwards);
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "from" },
    });
  });

  test("bad input names the field: unknown case, an ID of another type, a taken handle, a bad SLA target", async () => {
    const unknownCase = Buffer.from("Case:424242").toString("base64");
    const unknown = await api.gql(ResolveCaseId, { id: unknownCase });
    expect(unknown.errors?.[0]).toMatchObject({
      message: "Case 424242 not found",
      extensions: { code: "NOT_FOUND" },
    });
    const wrongType = await api.gql(ReopenCase, { id: samId });
    expect(wrongType.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "id" },
    });
    const neither = await api.gql(OpenCaseOfNothing);
    expect(neither.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input" },
    });
    const taken = await api.gql(SaveTakenHandle);
    expect(taken.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input.handle" },
    });
    const target = await api.gql(SaveSlowUrgentPolicy);
    expect(target.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input.firstResponseMinutes" },
    });
    const policies = await api.gql(SlaPolicies);
    expect(policies.data!.slaPolicies).toEqual([
      {
        priority: "URGENT",
        firstResponseMinutes: 15,
        nextResponseMinutes: 60,
        resolutionMinutes: 240,
      },
      {
        priority: "HIGH",
        firstResponseMinutes: 60,
        nextResponseMinutes: 240,
        resolutionMinutes: 1440,
      },
      {
        priority: "NORMAL",
        firstResponseMinutes: 240,
        nextResponseMinutes: 480,
        resolutionMinutes: 4320,
      },
      {
        priority: "LOW",
        firstResponseMinutes: 1440,
        nextResponseMinutes: 1440,
        resolutionMinutes: 10080,
      },
    ]);
  });

  test("viewers read cases, analysts work them, only admins manage teammates and SLA policies", async () => {
    const viewer = await api.keyFor("viewer");
    const analyst = await api.keyFor("analyst");
    const { data } = await api.gql(AllCaseIds, {}, viewer);
    const id = data!.cases.edges[0].node.id;
    expect((await api.gql(CheckedNote, { id }, viewer)).errors?.[0]?.message).toBe(
      "The viewer role may not access Mutation.addCaseNote",
    );
    expect((await api.gql(CheckedNote, { id }, analyst)).data!.addCaseNote.text).toBe("checked");
    expect((await api.gql(SaveLee, {}, analyst)).errors?.[0]?.message).toBe(
      "The analyst role may not access Mutation.saveTeammate",
    );
  });

  test("caseUpdated streams a new case and its changes to a graphql-ws client", async () => {
    const key = await api.keyFor("viewer");
    const client = wsClient(api.wsUrl, key);
    await ingest([complaint("probe-thread", "email")]);
    const probe = (await caseOfConversation("probe-thread")).id;
    let seen: SubscriptionResults<typeof CaseUpdated> = [];
    let liveId: string | undefined;
    const stream = collect(client, CaseUpdated, {}, (all) =>
      (seen = all).some(
        (r) => r.data?.caseUpdated.id === liveId && r.data?.caseUpdated.status === "PENDING",
      ),
    );
    await untilLive(
      () => seen.length,
      async () => void (await api.gql(ProbeNote, { id: probe })),
    );
    await ingest([complaint("live-thread", "phone")]);
    const live = await caseOfConversation("live-thread");
    liveId = live.id;
    // Each event answers the case as it is when delivered: respond only once the new case arrived.
    for (
      const deadline = Date.now() + 30_000;
      !seen.some((r) => r.data?.caseUpdated.id === live.id);
    ) {
      if (Date.now() > deadline) throw new Error("the new case did not arrive within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await api.gql(RespondCalling, { id: live.id, to: samId });
    const ours = (await stream).map((r) => r.data!.caseUpdated).filter((c) => c.id === live.id);
    expect(ours[0].status).toBe("NEW");
    expect(ours.at(-1)!.status).toBe("PENDING");
    expect(ours.every((c) => c.channel === "PHONE")).toBe(true);
    await client.dispose();
  });
});
