import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../examples/webhook-receiver.ts";

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Whether one of the signatures verified with the receiver's secret, by the README's example receiver (not Parley's code). */
  verified: boolean;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Status codes to answer the next requests with, in order; 200 once they run out. */
  answers: number[];
  secret: string;
  close(): Promise<void>;
}

/** A webhook endpoint on 127.0.0.1 that records every request and answers from `answers`. */
export async function startWebhookReceiver(secret: string, port = 0): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers: number[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      const timestamp = String(request.headers["webhook-timestamp"]);
      const signature = String(request.headers["webhook-signature"]);
      received.push({
        id,
        timestamp,
        signature,
        body,
        verified: verifyWebhook(receiver.secret, request.headers, body),
      });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    answers,
    secret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return receiver;
}
