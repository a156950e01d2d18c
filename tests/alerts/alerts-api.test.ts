import type { VariablesOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { brands, COMPLAINT, maya, tweet } from "../support/alerts.ts";
import { ingestOverHttp, startTestApi, type TestApi } from "../support/api.ts";
import type { AlertFieldsFragment } from "../support/graphql/graphql.ts";
import { graphql } from "../support/graphql/index.ts";
import { collect, type SubscriptionResults, untilLive, wsClient } from "../support/ws.ts";

const Alerts = graphql(`
  query AlertsApiAlerts($filter: AlertFilter) {
    alerts(first: 50, filter: $filter) { totalCount edges { node { ...AlertFields } } }
  }
`);
const SaveRule = graphql(`
  mutation AlertsApiSaveRule($input: AlertRuleInput!) {
    saveAlertRule(input: $input) {
      id name enabled kind description
      crisis { threshold minCount weeks minWeeks windowMinutes sentimentBelow }
      influentialUnhappy { minFollowers }
    }
  }
`);
const AlertRules = graphql(`
  query AlertsApiRules {
    alertRules {
      name kind enabled description
      influentialUnhappy { minFollowers minInfluence sentimentBelow problemIntent }
      crisis { threshold minCount weeks minWeeks windowMinutes }
      competitorUnhappy { minFollowers }
    }
  }
`);
const DeleteRule = graphql(`
  mutation AlertsApiDeleteRule($id: ID!) {
    deleteAlertRule(id: $id)
  }
`);
const HighAlertRaised = graphql(`
  subscription AlertsApiHighRaised {
    alertRaised(minSeverity: HIGH) { ...AlertFields }
  }
`);
const UrgentAlertRaised = graphql(`
  subscription AlertsApiUrgentRaised {
    alertRaised(minSeverity: URGENT) { id }
  }
`);
const AlertEvents = graphql(`
  subscription AlertsApiEvents {
    events(types: [ALERT_RAISED]) { type payload conversation { id } }
  }
`);
const Acknowledge = graphql(`
  mutation AlertsApiAcknowledge($id: ID!) {
    acknowledgeAlert(id: $id) { id acknowledgedAt acknowledgedBy }
  }
`);
const AlertPage = graphql(`
  query AlertsApiPage($after: String) {
    alerts(first: 1, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`);
const AcknowledgeId = graphql(`
  mutation AlertsApiAcknowledgeId($id: ID!) {
    acknowledgeAlert(id: $id) { id }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await ingestOverHttp(api, [maya, ...brands]);
});
afterAll(async () => api?.close());

/** Polls `alerts` until `until` holds: evaluation follows the import's commit. */
async function alertsUntil(
  filter: VariablesOf<typeof Alerts>["filter"],
  until: (nodes: AlertFieldsFragment[]) => boolean,
  timeoutMs = 10_000,
): Promise<AlertFieldsFragment[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await api.gql(Alerts, { filter });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.alerts.edges.map((edge) => edge.node);
    expect(result.data!.alerts.totalCount).toBe(nodes.length);
    if (until(nodes)) return nodes;
    if (Date.now() > deadline) throw new Error(`alerts never matched: ${JSON.stringify(nodes)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const saveRule = (input: VariablesOf<typeof SaveRule>["input"], key?: string) =>
  api.gql(SaveRule, { input }, key);

describe("alert rules over GraphQL", () => {
  test("alertRules lists the defaults with their parameters and what they watch for", async () => {
    const result = await api.gql(AlertRules);
    expect(result.errors).toBeUndefined();
    const [influential, crisis, competitor] = result.data!.alertRules;
    expect(influential).toMatchObject({
      kind: "INFLUENTIAL_UNHAPPY",
      enabled: true,
      influentialUnhappy: {
        minFollowers: 100000,
        minInfluence: 50,
        sentimentBelow: -0.3,
        problemIntent: true,
      },
      crisis: null,
    });
    expect(crisis).toMatchObject({
      kind: "CRISIS",
      crisis: { threshold: 3.5, minCount: 10, weeks: 8, minWeeks: 4, windowMinutes: 60 },
    });
    expect(crisis.description).toMatch(
      /robust z-score 3\.5\+ against the same hour of the last 8 weeks/,
    );
    expect(competitor).toMatchObject({
      kind: "COMPETITOR_UNHAPPY",
      competitorUnhappy: { minFollowers: 100000 },
    });
  });

  test("bad parameters are refused naming the field", async () => {
    const cases: Array<[VariablesOf<typeof SaveRule>["input"], string, RegExp]> = [
      [
        { name: "x", crisis: { threshold: -1 } },
        "input.crisis.threshold",
        /must be a number from 0\.5 to 100, got -1/,
      ],
      [
        { name: "x", crisis: { weeks: 3, minWeeks: 5 } },
        "input.crisis.minWeeks",
        /must be at most weeks \(3\)/,
      ],
      [
        { name: "x", influentialUnhappy: { minFollowers: -5 } },
        "input.influentialUnhappy.minFollowers",
        /whole number from 0/,
      ],
      [
        { name: "x", competitorUnhappy: { sentimentBelow: 2 } },
        "input.competitorUnhappy.sentimentBelow",
        /from -1 to 1/,
      ],
      [
        { name: "x", crisis: {}, competitorUnhappy: {} },
        "input",
        /one kind's parameters, got crisis and competitorUnhappy/,
      ],
      [{ name: "x" }, "input", /must give the rule's kind/],
      [{ name: "  ", crisis: {} }, "input.name", /1 to 200 characters/],
      [
        { name: "Influential and unhappy", crisis: {} },
        "input.name",
        /already the name of another rule/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const result = await saveRule(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
      expect(result.errors![0]!.message).toMatch(message);
    }
  });

  test("a rule is created, changed, paused and deleted; only admin and analyst may", async () => {
    const created = await saveRule({
      name: "Big brand spike",
      crisis: { threshold: 5, minCount: 50 },
    });
    expect(created.errors).toBeUndefined();
    const rule = created.data!.saveAlertRule;
    expect(rule).toMatchObject({
      kind: "CRISIS",
      enabled: true,
      crisis: { threshold: 5, minCount: 50, weeks: 8 },
    });
    const changed = await saveRule(
      { id: rule.id, name: "Big brand spike", enabled: false, crisis: { minCount: 40 } },
      await api.keyFor("analyst"),
    );
    expect(changed.data!.saveAlertRule).toMatchObject({
      enabled: false,
      crisis: { threshold: 3.5, minCount: 40 },
    });
    const refused = await saveRule({ id: rule.id, name: "mine" }, await api.keyFor("viewer"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const deleted = await api.gql(DeleteRule, { id: rule.id });
    expect(deleted.data!.deleteAlertRule).toBe(rule.id);
    const again = await api.gql(DeleteRule, { id: rule.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("alerts and alertRaised", () => {
  test("a complaint arrives live on alertRaised, with its reason, and on events(types: [ALERT_RAISED])", async () => {
    const key = await api.keyFor("viewer");
    const client = wsClient(api.wsUrl, key);
    const stream = wsClient(api.wsUrl, await api.keyFor("integrator"));
    let seen: SubscriptionResults<typeof HighAlertRaised> = [];
    let probes = 0;
    const wanted = (all: SubscriptionResults<typeof HighAlertRaised>) =>
      all.some(
        (result) =>
          result.data?.alertRaised?.conversation &&
          result.data.alertRaised.message?.text === COMPLAINT,
      );
    const high = collect(client, HighAlertRaised, {}, (all) => wanted((seen = all)));
    const urgent = collect(client, UrgentAlertRaised, {}, () => false, 4_000).catch(
      (error: Error) => error,
    );
    const events = collect(stream, AlertEvents, {}, (all) =>
      all.some((result) =>
        (result.data?.events?.payload as { reason?: string } | undefined)?.reason?.includes(
          "1.2M followers",
        ),
      ),
    );
    // Probes in threads of their own until the subscription is live.
    await untilLive(
      () => seen.length,
      () =>
        ingestOverHttp(api, [
          tweet(`probe-${probes++}`, "Awful, broken again", { conversation: `probe-${probes}` }),
        ]),
    );
    await ingestOverHttp(api, [tweet("live-1", COMPLAINT, { conversation: "live" })]);
    const alert = (await high)
      .map((result) => result.data!.alertRaised)
      .find((a) => a.message?.text === COMPLAINT);
    expect(alert).toMatchObject({
      severity: "HIGH",
      rule: { kind: "INFLUENTIAL_UNHAPPY" },
      person: { displayName: "Maya Okafor" },
      message: { channel: "TWITTER", priority: "HIGH" },
      acknowledgedAt: null,
    });
    expect(alert?.reason).toMatch(
      /^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+, a problem, 0 replies in the last hour$/,
    );
    const logged = (await events).map((result) => result.data!.events);
    expect(logged.at(-1)).toMatchObject({
      type: "ALERT_RAISED",
      payload: { severity: "high", new: true },
    });
    // Maya's complaint is HIGH, not URGENT: the URGENT subscriber heard nothing.
    expect(String(await urgent)).toMatch(/timed out after 4000 ms with 0 result/);
    await client.dispose();
    await stream.dispose();
  });

  test("alerts filters by severity, acknowledgement, rule and time, most severe and newest first; acknowledgeAlert", async () => {
    await ingestOverHttp(api, [tweet("f-1", COMPLAINT, { conversation: "filters" })]);
    const open = await alertsUntil({ acknowledged: false }, (nodes) =>
      nodes.some((n) => n.message?.text === COMPLAINT && n.conversation),
    );
    const top = open[0];
    const rank = (n: AlertFieldsFragment) =>
      ["LOW", "NORMAL", "HIGH", "URGENT"].indexOf(n.severity);
    open.slice(1).forEach((n, i) => {
      const before = open[i];
      expect(
        rank(n) < rank(before) || (rank(n) === rank(before) && n.updatedAt <= before.updatedAt),
        JSON.stringify([before, n]),
      ).toBe(true);
    });
    const acknowledged = await api.gql(Acknowledge, { id: top.id }, await api.keyFor("analyst"));
    expect(acknowledged.data!.acknowledgeAlert).toMatchObject({
      id: top.id,
      acknowledgedBy: "test analyst",
    });
    expect((await alertsUntil({ acknowledged: true }, () => true)).map((n) => n.id)).toEqual([
      top.id,
    ]);
    expect((await alertsUntil({ acknowledged: false }, () => true)).map((n) => n.id)).not.toContain(
      top.id,
    );
    expect(await alertsUntil({ minSeverity: "URGENT" }, () => true)).toEqual([]);
    const ofRule = await alertsUntil({ ruleId: top.rule.id, minSeverity: "HIGH" }, () => true);
    expect(ofRule.map((n) => n.id)).toContain(top.id);
    expect(ofRule.every((n) => n.rule.id === top.rule.id && rank(n) >= 2)).toBe(true);
    expect(
      await alertsUntil({ from: new Date(Date.now() + 60_000).toISOString() }, () => true),
    ).toEqual([]);
    expect(await alertsUntil({ to: "2020-01-01T00:00:00Z" }, () => true)).toEqual([]);
    const page = await api.gql(AlertPage);
    const next = await api.gql(AlertPage, { after: page.data!.alerts.pageInfo.endCursor });
    expect(page.data!.alerts.pageInfo.hasNextPage).toBe(true);
    expect(next.data!.alerts.edges[0].node.id).not.toBe(page.data!.alerts.edges[0].node.id);
    const missing = await api.gql(AcknowledgeId, {
      id: Buffer.from("Alert:999999").toString("base64"),
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
