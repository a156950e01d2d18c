import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSecret } from "../../apps/api/src/webhooks/signing.ts";
import { verifyWebhook } from "../examples/webhook-receiver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import type { EventType } from "../support/graphql/graphql.ts";
import { graphql } from "../support/graphql/index.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.ts";

const CreateWebhook = graphql(`
  mutation WebhooksCreate($url: String!, $events: [EventType!]!) {
    createWebhook(url: $url, events: $events) { id url events enabled secret }
  }
`);
const CreateWebhookWithSecret = graphql(`
  mutation WebhooksCreateWithSecret($url: String!, $secret: String) {
    createWebhook(url: $url, events: [PERSON_UPDATED], secret: $secret) { id secret }
  }
`);
const WebhookSecrets = graphql(`
  query WebhooksSecrets {
    webhooks { id secret }
  }
`);
const Webhooks = graphql(`
  query WebhooksList {
    webhooks { id enabled disabledReason }
  }
`);
const DeliveryLog = graphql(`
  query WebhooksDeliveryLog {
    webhooks { id deliveries(first: 10) { webhookId status attempts lastStatus latencyMs lastError } }
  }
`);
const Deliveries = graphql(`
  query WebhooksDeliveries {
    webhooks { id disabledReason deliveries { status attempts lastStatus lastError } }
  }
`);
const Replay = graphql(`
  mutation WebhooksReplay($id: ID!, $from: String!, $to: String!) {
    replayWebhook(id: $id, from: $from, to: $to) { id }
  }
`);
const RotateSecret = graphql(`
  mutation WebhooksRotateSecret($id: ID!) {
    rotateWebhookSecret(id: $id) { secret }
  }
`);
const WebhookUrl = graphql(`
  query WebhooksUrlByNode($id: ID!) {
    node(id: $id) {
      ... on Webhook { url }
    }
  }
`);
const DeleteWebhook = graphql(`
  mutation WebhooksDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

let api: TestApi;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  api = await startTestApi({
    webhooksAllowPrivate: true,
    webhooks: { retrySchedule: [50, 100, 150], pollIntervalMs: 50 },
  });
});

afterAll(async () => {
  await api?.close();
  for (const receiver of receivers) await receiver.close();
});

async function receiverWithWebhook(events: EventType[] = ["PERSON_UPDATED"]) {
  const receiver = await startWebhookReceiver("");
  receivers.push(receiver);
  const created = await api.gql(CreateWebhook, { url: receiver.url, events });
  expect(created.errors).toBeUndefined();
  receiver.secret = created.data!.createWebhook.secret!;
  return { receiver, webhook: created.data!.createWebhook };
}

const payloadsOf = (receiver: WebhookReceiver) =>
  receiver.received.map((request) => JSON.parse(request.body).data.payload.i);

describe("webhooks", () => {
  test("createWebhook generates a whsec_ secret, answered once; events arrive signed as Standard Webhooks says", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhook).toMatchObject({ url: receiver.url, events: ["PERSON_UPDATED"], enabled: true });
    const listed = await api.gql(WebhookSecrets);
    expect(listed.data!.webhooks.find((w) => w.id === webhook.id)).toEqual({
      id: webhook.id,
      secret: null,
    });

    await writeEvents(api, 1, { payload: () => ({ i: 0 }) });
    await expect.poll(() => receiver.received.length).toBe(1);
    const [request] = receiver.received;
    expect(request.verified).toBe(true);
    const headers = {
      "webhook-id": request.id,
      "webhook-timestamp": request.timestamp,
      "webhook-signature": request.signature,
    };
    expect(
      verifyWebhook(
        receiver.secret,
        headers,
        request.body.replace("person_updated", "person_created"),
      ),
    ).toBe(false);
    expect(verifyWebhook(generateSecret(), headers, request.body)).toBe(false);
    expect(request.id).toMatch(/^evt_\d+_\d+$/);
    expect(Math.abs(Number(request.timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(JSON.parse(request.body)).toMatchObject({
      type: "person_updated",
      timestamp: expect.any(String),
      data: { payload: { i: 0 } },
    });
  });

  test("a 500 is retried with the same webhook-id, and later events wait behind it: order is kept", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    receiver.answers.push(500, 503);
    await writeEvents(api, 5, { payload: (i) => ({ i }) });
    await expect
      .poll(() => payloadsOf(receiver).filter((_, i) => i >= 2).length, { timeout: 10_000 })
      .toBe(5);
    const ids = receiver.received.map((request) => request.id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(payloadsOf(receiver)).toEqual([0, 0, 0, 1, 2, 3, 4]);
    expect(receiver.received.every((request) => request.verified)).toBe(true);

    const log = await api.gql(DeliveryLog);
    const deliveries = log.data!.webhooks.find((w) => w.id === webhook.id)!.deliveries;
    expect(deliveries).toHaveLength(5);
    expect(deliveries[4]).toMatchObject({
      webhookId: ids[0],
      status: "DELIVERED",
      attempts: 3,
      lastStatus: 200,
      lastError: null,
      latencyMs: expect.any(Number),
    });
    expect(deliveries[0]).toMatchObject({ status: "DELIVERED", attempts: 1 });
  });

  test("after the last retry the endpoint is disabled with the reason; the log says FAILED", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    receiver.answers.push(500, 500, 500, 500);
    await writeEvents(api, 1, { payload: () => ({ i: 0 }) });
    await expect
      .poll(
        async () =>
          (await api.gql(Webhooks)).data!.webhooks.find((w) => w.id === webhook.id)?.enabled,
        { timeout: 10_000 },
      )
      .toBe(false);
    expect(receiver.received).toHaveLength(4);
    const log = await api.gql(Deliveries);
    const found = log.data!.webhooks.find((w) => w.id === webhook.id)!;
    expect(found.disabledReason).toMatch(/failed 4 times: HTTP 500/);
    expect(found.deliveries).toEqual([
      { status: "FAILED", attempts: 4, lastStatus: 500, lastError: "HTTP 500" },
    ]);
  });

  test("an endpoint answering 410 is disabled and receives nothing more", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    receiver.answers.push(410);
    await writeEvents(api, 3, { payload: (i) => ({ i }) });
    await expect
      .poll(async () => (await api.gql(Webhooks)).data!.webhooks.find((w) => w.id === webhook.id))
      .toMatchObject({
        enabled: false,
        disabledReason: "the endpoint answered 410 Gone",
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
  });

  test("replayWebhook delivers a cursor range again, in order, then goes on", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    await writeEvents(api, 4, { payload: (i) => ({ i }) });
    await expect.poll(() => receiver.received.length).toBe(4);
    const cursors = receiver.received.map((request) => JSON.parse(request.body).data.cursor);
    const replayed = await api.gql(Replay, {
      id: webhook.id,
      from: cursors[1],
      to: cursors[2],
    });
    expect(replayed.errors).toBeUndefined();
    await expect.poll(() => receiver.received.length).toBe(6);
    await writeEvents(api, 1, { payload: () => ({ i: 4 }) });
    await expect.poll(() => receiver.received.length).toBe(7);
    expect(payloadsOf(receiver)).toEqual([0, 1, 2, 3, 1, 2, 4]);
    expect(receiver.received[4].id).toBe(receiver.received[1].id);
  });

  test("a rotated secret signs beside the old one for the grace period", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    const oldSecret = receiver.secret;
    const rotated = await api.gql(RotateSecret, { id: webhook.id });
    const newSecret = rotated.data!.rotateWebhookSecret.secret!;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    await writeEvents(api, 1, { payload: () => ({ i: 0 }) });
    await expect.poll(() => receiver.received.length).toBe(1);
    expect(receiver.received[0].verified).toBe(true);
    const [request] = receiver.received;
    const headers = { "webhook-id": request.id, "webhook-timestamp": request.timestamp };
    expect(
      verifyWebhook(
        newSecret,
        { ...headers, "webhook-signature": request.signature },
        request.body,
      ),
    ).toBe(true);
    const [newSignature, oldSignature] = request.signature.split(" ");
    expect(
      verifyWebhook(newSecret, { ...headers, "webhook-signature": newSignature }, request.body),
    ).toBe(true);
    expect(
      verifyWebhook(oldSecret, { ...headers, "webhook-signature": oldSignature }, request.body),
    ).toBe(true);
    expect(
      verifyWebhook(oldSecret, { ...headers, "webhook-signature": newSignature }, request.body),
    ).toBe(false);
  });

  test("a given secret is used as is; a malformed one is refused naming the field", async () => {
    const secret = generateSecret();
    const receiver = await startWebhookReceiver(secret);
    receivers.push(receiver);
    const created = await api.gql(CreateWebhookWithSecret, {
      url: receiver.url,
      secret,
    });
    expect(created.data!.createWebhook.secret).toBe(secret);
    const bad = await api.gql(CreateWebhookWithSecret, { url: receiver.url, secret: "hunter2" });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(bad.errors?.[0].message).toMatch(/secret must be whsec_/);
  });

  test("only admins manage webhooks; integrators read them; viewers do not, not even through node(id:)", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    const integrator = await api.keyFor("integrator");
    const viewer = await api.keyFor("viewer");
    const refused = await api.gql(CreateWebhookWithSecret, { url: receiver.url }, integrator);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await api.gql(Deliveries, undefined, integrator);
    expect(read.errors).toBeUndefined();
    const hidden = await api.gql(Webhooks, undefined, viewer);
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byNode = await api.gql(WebhookUrl, { id: webhook.id }, viewer);
    expect(byNode.data?.node ?? null).toBeNull();
    expect(byNode.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("deleteWebhook stops delivery", async () => {
    const { receiver, webhook } = await receiverWithWebhook();
    const deleted = await api.gql(DeleteWebhook, { id: webhook.id });
    expect(deleted.data!.deleteWebhook).toBe(webhook.id);
    await writeEvents(api, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(0);
    const again = await api.gql(DeleteWebhook, { id: webhook.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("private targets", () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi({ webhooks: { pollIntervalMs: 50 } });
  });
  afterAll(async () => {
    await strict?.close();
  });

  test.each([
    "http://127.0.0.1:9/hook",
    "http://localhost/hook",
    "http://10.1.2.3/",
    "http://192.168.0.10/",
    "http://172.20.0.1/",
    "http://169.254.169.254/latest",
    "http://100.64.0.1/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[::ffff:127.0.0.1]/",
  ])("%s is refused without PARLEY_WEBHOOKS_ALLOW_PRIVATE, naming the field url", async (url) => {
    const refused = await strict.gql(CreateWebhook, { url, events: ["PERSON_UPDATED"] });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(refused.errors?.[0].message).toMatch(/url targets .*private or local address/);
  });

  test("a URL that is not http(s) is refused naming the field url", async () => {
    const refused = await strict.gql(CreateWebhook, {
      url: "file:///etc/passwd",
      events: ["PERSON_UPDATED"],
    });
    expect(refused.errors?.[0].message).toMatch(/url must be http or https/);
  });
});
