// The story of issue 13: a blogger with 1.2M followers complains; within two seconds the alert
// tops the inbox and an urgent case exists, and the same complaint by phone ranks exactly as the
// tweet does.
import { afterAll, beforeAll, expect, test } from "vitest";
import { COMPLAINT, maya, tweet } from "../support/alerts.ts";
import { ingestOverHttp, startTestApi, type TestApi } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, type SubscriptionResults, untilLive, wsClient } from "../support/ws.ts";

const TopAlert = graphql(`
  query ScenarioTopAlert {
    alerts(first: 1, filter: { acknowledged: false }) { edges { node { ...AlertFields } } }
  }
`);
const HighAlertRaised = graphql(`
  subscription ScenarioHighAlertRaised {
    alertRaised(minSeverity: HIGH) { ...AlertFields }
  }
`);
const CaseOfAlert = graphql(`
  query ScenarioCaseOfAlert($id: ID!) {
    node(id: $id) {
      ... on Alert { case { id priority status origin channel alert { id } } }
    }
  }
`);
const OpenCaseFromAlert = graphql(`
  mutation ScenarioOpenCaseFromAlert($id: ID!) {
    openCase(input: { alertId: $id }) { id priority alert { id } }
  }
`);
const InboxAndQueueCounts = graphql(`
  query ScenarioInboxAndQueueCounts {
    overview { openAlerts openCases breachedCases }
    alerts(filter: { acknowledged: false }) { totalCount }
    cases(filter: { status: [NEW, OPEN, PENDING] }) { totalCount }
  }
`);
const OpenCaseOfNoAlert = graphql(`
  mutation ScenarioOpenCaseOfNoAlert {
    openCase(input: { alertId: "QWxlcnQ6OTk5OTk=" }) { id }
  }
`);
const OpenCaseOfTwo = graphql(`
  mutation ScenarioOpenCaseOfTwo {
    openCase(input: { alertId: "QWxlcnQ6MQ==", messageId: "TWVzc2FnZTox" }) { id }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // A customer with an open deal: what makes her complaint urgent rather than high.
  await ingestOverHttp(api, [
    { ...maya, stage: "customer" },
    {
      type: "deal",
      source: "crm",
      id: "d1",
      name: "Showroom laundry",
      contact: { email: "maya@blog.example" },
      status: "open",
      amount: 9000,
    },
  ]);
});
afterAll(async () => api?.close());

const topAlert = async () => (await api.gql(TopAlert)).data!.alerts.edges[0]?.node;

test("a 1.2M-follower complaint tops the alerts within 2 s; the same complaint by phone gets the same priority", async () => {
  const client = wsClient(api.wsUrl, await api.keyFor("viewer"));
  let results: SubscriptionResults<typeof HighAlertRaised> = [];
  let probes = 0;
  const arrived = (all: SubscriptionResults<typeof HighAlertRaised>) =>
    all.find(
      (r) =>
        r.data?.alertRaised?.message?.text === COMPLAINT &&
        r.data.alertRaised.message.channel === "TWITTER",
    );
  const live = collect(client, HighAlertRaised, {}, (all) => Boolean(arrived((results = all))));
  await untilLive(
    () => results.length,
    () =>
      ingestOverHttp(api, [
        tweet(`probe-${probes++}`, "Broken again, awful", { conversation: `probe-${probes}` }),
      ]),
  );

  await ingestOverHttp(api, [tweet("washer", COMPLAINT, { conversation: "washer" })]);
  // From the import's answer, when its transaction has committed.
  const importedAt = Date.now();
  const alert = arrived(await live)!.data!.alertRaised;
  expect(Date.now() - importedAt).toBeLessThan(2_000);
  expect(alert).toMatchObject({
    severity: "URGENT",
    person: { displayName: "Maya Okafor" },
    message: { priority: "URGENT" },
  });
  expect(alert.reason).toMatch(
    /^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+, a problem, 0 replies in the last hour$/,
  );
  expect(await topAlert()).toMatchObject({ id: alert.id, severity: "URGENT" });
  // The case opened by itself for the problem, on the same conversation, within the same 2 s.
  const caseOf = async () => {
    const node = (await api.gql(CaseOfAlert, { id: alert.id })).data!.node;
    return node && "case" in node ? node.case : undefined;
  };
  let opened = await caseOf();
  while (!opened && Date.now() - importedAt < 2_000)
    opened = (await new Promise((r) => setTimeout(r, 50)), await caseOf());
  expect(Date.now() - importedAt).toBeLessThan(2_000);
  expect(opened).toMatchObject({
    priority: "URGENT",
    status: "NEW",
    origin: "PROBLEM",
    channel: "TWITTER",
    alert: null,
  });
  // A teammate opening a case from the alert gets that same case (one per conversation), now linked to the alert.
  const fromAlert = await api.gql(OpenCaseFromAlert, { id: alert.id });
  expect(fromAlert.data!.openCase).toEqual({
    id: opened!.id,
    priority: "URGENT",
    alert: { id: alert.id },
  });
  // The overview's tiles count what the inbox and the queue list.
  const counts = await api.gql(InboxAndQueueCounts);
  expect(counts.data!.overview).toEqual({
    openAlerts: counts.data!.alerts.totalCount,
    openCases: counts.data!.cases.totalCount,
    breachedCases: 0,
  });
  expect(counts.data!.overview.openCases).toBeGreaterThan(0);

  // The same complaint by phone: the same priority, and an alert of the same severity.
  await ingestOverHttp(api, [
    {
      type: "message",
      source: "calls",
      id: "call-1",
      channel: "phone",
      author: { phone: "+44 20 7946 0958" },
      text: COMPLAINT,
      at: new Date().toISOString(),
    },
  ]);
  const byPhone = await (async () => {
    for (
      const deadline = Date.now() + 5_000;
      Date.now() < deadline;
      await new Promise((r) => setTimeout(r, 100))
    ) {
      const top = await topAlert();
      if (top?.message?.channel === "PHONE") return top;
    }
    throw new Error("the phone complaint raised no alert on top");
  })();
  expect(byPhone.message!.priority).toBe(alert.message!.priority);
  expect(byPhone.severity).toBe(alert.severity);
  expect(byPhone.person!.id).toBe(alert.person!.id);
  await client.dispose();
});

test("a case opened from an alert names the alert; an id that is no alert is refused naming the field", async () => {
  const bad = await api.gql(OpenCaseOfNoAlert);
  expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  expect(bad.errors?.[0]?.message).toMatch(/input\.alertId/);
  const both = await api.gql(OpenCaseOfTwo);
  expect(both.errors?.[0]?.message).toMatch(/exactly one of conversationId, messageId and alertId/);
});
