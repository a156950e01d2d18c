// One bounded, conditional GET of a feed. Redirects are followed by hand so that every hop is held
// to the same rule as the first: no address on this machine or a private network, checked on the
// address actually connected to (after DNS), unless private feeds are allowed.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import { isPrivateAddress, publicLookup } from "../webhooks/addresses.ts";
import { maxFeedBytes } from "./parse.ts";

export const maxRedirects = 5;

export type FetchResult =
  | {
      kind: "fetched";
      url: string;
      status: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: "not-modified"; url: string }
  | { kind: "failed"; url: string; status: number | null; error: string };

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  allowPrivate: boolean;
  timeoutMs: number;
}

/** GETs `url`, following up to five redirects; never throws. */
export async function fetchFeed(url: string, options: FetchOptions): Promise<FetchResult> {
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const answer = await getOnce(current, options);
    if (answer.kind !== "redirect") return answer;
    let next: URL;
    try {
      next = new URL(answer.location, current);
    } catch {
      return {
        kind: "failed",
        url: current,
        status: answer.status,
        error: `HTTP ${answer.status} to an invalid Location ${JSON.stringify(answer.location.slice(0, 200))}`,
      };
    }
    if (next.protocol !== "http:" && next.protocol !== "https:")
      return {
        kind: "failed",
        url: current,
        status: answer.status,
        error: `redirected to ${next.protocol} URL, not http(s)`,
      };
    current = next.toString();
  }
  return {
    kind: "failed",
    url: current,
    status: null,
    error: `more than ${maxRedirects} redirects`,
  };
}

type Answer = FetchResult | { kind: "redirect"; status: number; location: string };

function getOnce(target: string, options: FetchOptions): Promise<Answer> {
  const url = new URL(target);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // An address literal is connected to without a lookup, so it is checked here.
  if (!options.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.resolve({
      kind: "failed",
      url: target,
      status: null,
      error: `${literal} is a private or local address`,
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const headers: Record<string, string> = {
      accept:
        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
      "accept-encoding": "gzip, deflate",
      "user-agent": "Parley-Feeds/1",
    };
    if (options.etag) headers["if-none-match"] = options.etag;
    if (options.lastModified) headers["if-modified-since"] = options.lastModified;
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.get(url, {
      headers,
      lookup: options.allowPrivate ? undefined : publicLookup,
      agent: false,
    });
    const timer = setTimeout(
      () =>
        finish({
          kind: "failed",
          url: target,
          status: null,
          error: `no answer within ${options.timeoutMs} ms`,
        }),
      options.timeoutMs,
    );
    request.on("error", (error) =>
      finish({ kind: "failed", url: target, status: null, error: error.message }),
    );
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304) {
        if (location) return finish({ kind: "redirect", status, location });
        return finish({
          kind: "failed",
          url: target,
          status,
          error: `HTTP ${status} without a Location`,
        });
      }
      if (status === 304) return finish({ kind: "not-modified", url: target });
      const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
      // A compressed body is counted after decompression: a small gzip can hold a huge document.
      const body =
        encoding === "gzip"
          ? response.pipe(zlib.createGunzip())
          : encoding === "deflate"
            ? response.pipe(zlib.createInflate())
            : response;
      const chunks: Buffer[] = [];
      let read = 0;
      body.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > maxFeedBytes)
          return finish({
            kind: "failed",
            url: target,
            status,
            error: `the answer is over ${maxFeedBytes} bytes`,
          });
        chunks.push(chunk);
      });
      body.on("error", (error) =>
        finish({
          kind: "failed",
          url: target,
          status,
          error: `reading the answer failed: ${error.message}`,
        }),
      );
      body.on("end", () => {
        const text = Buffer.concat(chunks);
        if (status < 200 || status >= 300) {
          return finish({
            kind: "failed",
            url: target,
            status,
            error: `HTTP ${status}${text.length ? `: ${text.subarray(0, 300).toString("utf8")}` : ""}`,
          });
        }
        const header = (name: string) =>
          typeof response.headers[name] === "string" ? (response.headers[name] as string) : null;
        finish({
          kind: "fetched",
          url: target,
          status,
          body: text,
          contentType: header("content-type"),
          etag: header("etag"),
          lastModified: header("last-modified"),
        });
      });
    });
  });
}
