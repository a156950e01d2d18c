// The story of issue 13: a blogger with 1.2M followers complains; within two seconds the alert
// tops the inbox, and the same complaint by phone ranks exactly as the tweet does.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { alertFields, COMPLAINT, ingestOverHttp, maya, tweet } from "../support/alerts.ts";
import { collect, untilLive, wsClient } from "../support/ws.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // A customer with an open deal: what makes her complaint urgent rather than high.
  await ingestOverHttp(api, [
    { ...maya, stage: "customer" },
    { type: "deal", source: "crm", id: "d1", name: "Showroom laundry", contact: { email: "maya@blog.example" }, status: "open", amount: 9000 },
  ]);
});
afterAll(async () => api?.close());

const topAlert = async () =>
  (await api.gql(`{ alerts(first: 1, filter: { acknowledged: false }) { edges { node { ${alertFields} } } } }`)).data!.alerts.edges[0]?.node;

test("a 1.2M-follower complaint tops the alerts within 2 s; the same complaint by phone gets the same priority", async () => {
  const client = wsClient(api.wsUrl, await api.keyFor("viewer"));
  let results: any[] = [];
  let probes = 0;
  const arrived = (all: any[]) => all.find((r) => r.data?.alertRaised?.message?.text === COMPLAINT && r.data.alertRaised.message.channel === "TWITTER");
  const live = collect(client, `subscription { alertRaised(minSeverity: HIGH) { ${alertFields} } }`, {}, (all) => Boolean(arrived((results = all))));
  await untilLive(() => results.length, () => ingestOverHttp(api, [tweet(`probe-${probes++}`, "Broken again, awful", { conversation: `probe-${probes}` })]));

  await ingestOverHttp(api, [tweet("washer", COMPLAINT, { conversation: "washer" })]);
  // From the import's answer, when its transaction has committed.
  const importedAt = Date.now();
  const alert = arrived(await live).data.alertRaised;
  expect(Date.now() - importedAt).toBeLessThan(2_000);
  expect(alert).toMatchObject({ severity: "URGENT", person: { displayName: "Maya Okafor" }, message: { priority: "URGENT" } });
  expect(alert.reason).toMatch(/^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+, a problem, 0 replies in the last hour$/);
  expect(await topAlert()).toMatchObject({ id: alert.id, severity: "URGENT" });

  // The same complaint by phone: the same priority, and an alert of the same severity.
  await ingestOverHttp(api, [
    { type: "message", source: "calls", id: "call-1", channel: "phone", author: { phone: "+44 20 7946 0958" }, text: COMPLAINT, at: new Date().toISOString() },
  ]);
  const byPhone = await (async () => {
    for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const top = await topAlert();
      if (top?.message.channel === "PHONE") return top;
    }
    throw new Error("the phone complaint raised no alert on top");
  })();
  expect(byPhone.message.priority).toBe(alert.message.priority);
  expect(byPhone.severity).toBe(alert.severity);
  expect(byPhone.person.id).toBe(alert.person.id);
  await client.dispose();
});
