import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, test } from "vitest";
import { instancesOnOneDatabase } from "../support/api.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";

const CreateWebhook = graphql(`
  mutation WebhookInstancesCreate($url: String!) {
    createWebhook(url: $url, events: [PERSON_UPDATED]) { id }
  }
`);

const instances = instancesOnOneDatabase();
let receiver: http.Server | undefined;

afterAll(async () => {
  await new Promise<void>((resolve) => receiver?.close(() => resolve()) ?? resolve());
});

test("three instances on one database never deliver to one endpoint at once, nor an event twice", async () => {
  const options = {
    webhooksAllowPrivate: true,
    webhooks: { pollIntervalMs: 20, retrySchedule: [20] },
  };
  const [first] = [
    await instances.start(options),
    await instances.start(options),
    await instances.start(options),
  ];
  let inFlight = 0;
  let mostInFlight = 0;
  const received: number[] = [];
  receiver = http.createServer((request, response) => {
    let body = "";
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () =>
      setTimeout(() => {
        received.push(JSON.parse(body).data.payload.i);
        inFlight -= 1;
        response.writeHead(200).end();
      }, 20),
    );
  });
  await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const created = await first.gql(CreateWebhook, { url });
  expect(created.errors).toBeUndefined();

  await writeEvents(first, 30, { payload: (i) => ({ i }) });
  await expect.poll(() => received.length, { timeout: 20_000 }).toBe(30);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(received).toEqual(Array.from({ length: 30 }, (_, i) => i));
  expect(mostInFlight).toBe(1);
});
