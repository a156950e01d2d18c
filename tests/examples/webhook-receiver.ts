// A webhook receiver that verifies Parley's signatures: the example the README shows, and the
// webhook tests verify every delivery with `verifyWebhook`. No dependencies.
import crypto from "node:crypto";
import http from "node:http";

/** Whether `body` with these headers was signed with `secret` (whsec_...) as Standard Webhooks says. */
export function verifyWebhook(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
  toleranceSeconds = 300,
): boolean {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const id = String(headers["webhook-id"]);
  const timestamp = String(headers["webhook-timestamp"]);
  // A capture replayed later carries an old timestamp, which the signature covers.
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= toleranceSeconds)) return false;
  const expected = crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  // Several signatures, space-separated, while a secret is being rotated: one valid one suffices.
  return String(headers["webhook-signature"])
    .split(" ")
    .some((part) => {
      const [version, signature] = part.split(",");
      const given = Buffer.from(signature ?? "", "base64");
      return (
        version === "v1" &&
        given.length === expected.length &&
        crypto.timingSafeEqual(given, expected)
      );
    });
}

/** Answers 2xx for a delivered event (410 would stop Parley sending; anything else is retried). */
export function startReceiver(options: {
  port: number;
  secret: string;
  onEvent: (event: { type: string; data: any }) => void;
}) {
  // Delivery is at least once: dedupe by webhook-id (in production, in a table).
  const seen = new Set<string>();
  return http
    .createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        if (!verifyWebhook(options.secret, request.headers, body))
          return response.writeHead(401).end();
        const id = String(request.headers["webhook-id"]);
        if (!seen.has(id)) {
          seen.add(id);
          options.onEvent(JSON.parse(body));
        }
        response.writeHead(204).end();
      });
    })
    .listen(options.port);
}
