import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isPrivateAddress } from "./addresses.ts";
import { sendWebhook } from "./send.ts";

let server: http.Server;
let base = "";
let redirectedTo = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/redirect") return response.writeHead(302, { location: "/target" }).end();
    if (request.url === "/target") {
      redirectedTo += 1;
      return response.writeHead(200).end();
    }
    if (request.url === "/slow") return void setTimeout(() => response.writeHead(200).end(), 2000);
    if (request.url === "/huge") {
      response.writeHead(500);
      // Never ends on its own: the sender must stop reading.
      const chunk = "x".repeat(16 * 1024);
      const pump = () => {
        while (response.write(chunk));
        response.once("drain", pump);
      };
      return pump();
    }
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const send = (path: string, options = { timeoutMs: 1000, allowPrivate: true }) =>
  sendWebhook(new URL(base + path), {}, "{}", options);

describe("sending one webhook", () => {
  test("a 2xx is a success with its latency", async () => {
    expect(await send("/ok")).toMatchObject({
      status: 204,
      error: null,
      latencyMs: expect.any(Number),
    });
  });

  test("a redirect is not followed: it is a failed attempt", async () => {
    expect(await send("/redirect")).toMatchObject({ status: 302, error: "HTTP 302" });
    expect(redirectedTo).toBe(0);
  });

  test("a receiver slower than the timeout is cut off", async () => {
    const result = await send("/slow", { timeoutMs: 200, allowPrivate: true });
    expect(result).toMatchObject({ status: null, error: "no answer within 200 ms" });
    expect(result.latencyMs).toBeLessThan(1500);
  });

  test("an endless answer is read up to 64 KB, and only its start goes into the error", async () => {
    const result = await send("/huge");
    expect(result.status).toBe(500);
    expect(result.error!.length).toBeLessThan(600);
  });

  test("a private address is refused at delivery without the flag, whatever creation saw", async () => {
    expect(await send("/ok", { timeoutMs: 1000, allowPrivate: false })).toMatchObject({
      status: null,
      error: "127.0.0.1 is a private or local address",
    });
    const viaName = await sendWebhook(
      new URL(base.replace("127.0.0.1", "localhost") + "/ok"),
      {},
      "{}",
      { timeoutMs: 1000, allowPrivate: false },
    );
    expect(viaName).toMatchObject({
      status: null,
      error: expect.stringMatching(/localhost resolves to .*private or local address/),
    });
  });
});

test.each([
  ["127.0.0.1", true],
  ["10.0.0.1", true],
  ["172.31.255.255", true],
  ["172.32.0.1", false],
  ["192.168.1.1", true],
  ["169.254.169.254", true],
  ["100.64.0.1", true],
  ["100.128.0.1", false],
  ["8.8.8.8", false],
  ["::1", true],
  ["fd12::1", true],
  ["fe80::1", true],
  ["::ffff:10.0.0.1", true],
  ["2606:4700::1111", false],
  ["not-an-ip", true],
])("isPrivateAddress(%s) is %s", (address, expected) => {
  expect(isPrivateAddress(address)).toBe(expected);
});
