import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPrivateAddress, publicLookup } from "./addresses.ts";

/** A response body is read at most this far: only its start goes into the delivery log. */
const maxResponseBytes = 64 * 1024;

export interface SendResult {
  /** The HTTP status, or null when no response came (refused, timed out, private address). */
  status: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * One POST, bounded: a timeout over the whole exchange, no redirect followed (a 3xx is a failure),
 * at most 64 KB of the answer read. Never throws.
 */
export function sendWebhook(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // An address literal is connected to without a lookup, so it is checked here.
  if (!options.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.resolve({
      status: null,
      latencyMs: 0,
      error: `${literal} is a private or local address`,
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, "latencyMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ ...result, latencyMs: elapsed() });
    };
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(url, {
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body).toString(),
        "user-agent": "Parley-Webhooks/1",
      },
      lookup: options.allowPrivate ? undefined : publicLookup,
      agent: false,
    });
    const timer = setTimeout(
      () => finish({ status: null, error: `no answer within ${options.timeoutMs} ms` }),
      options.timeoutMs,
    );
    request.on("error", (error) => finish({ status: null, error: error.message }));
    request.on("response", (response) => {
      let read = 0;
      let text = "";
      response.on("data", (chunk: Buffer) => {
        if (read < maxResponseBytes) text += chunk.subarray(0, maxResponseBytes - read).toString();
        read += chunk.length;
        if (read >= maxResponseBytes) done();
      });
      response.on("end", () => done());
      response.on("error", () => done());
      const done = () => {
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        finish({
          status,
          error: ok ? null : `HTTP ${status}${text ? `: ${text.slice(0, 500)}` : ""}`,
        });
      };
    });
    request.end(body);
  });
}
