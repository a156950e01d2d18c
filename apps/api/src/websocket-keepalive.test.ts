import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { KeepAlive } from "./websocket.ts";

const intervalMs = 100;
let server: WebSocketServer | undefined;
let keepAlive: KeepAlive | undefined;

afterEach(async () => {
  keepAlive?.stop();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
});

/** A real ws server whose sockets the keep-alive watches, and a client of it. */
async function connect(options: { autoPong: boolean }) {
  server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server!.once("listening", resolve));
  keepAlive = new KeepAlive(intervalMs);
  const ka = keepAlive;
  const accepted = new Promise<WebSocket>((resolve) =>
    server!.once("connection", (socket) => {
      ka.add(socket);
      socket.once("close", () => ka.remove(socket));
      resolve(socket);
    }),
  );
  const { port } = server.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}`, options);
  await new Promise((resolve) => client.once("open", resolve));
  return { client, socket: await accepted };
}

describe("keep-alive", () => {
  test("a socket that stops answering pings (a dead network path) is cut after two intervals", async () => {
    const { client, socket } = await connect({ autoPong: false });
    const pings: number[] = [];
    client.on("ping", () => pings.push(Date.now()));
    const started = Date.now();
    const closed = new Promise<number>((resolve) =>
      socket.once("close", () => resolve(Date.now())),
    );
    const cutAfter = (await closed) - started;
    expect(pings.length).toBeGreaterThanOrEqual(1);
    expect(cutAfter).toBeGreaterThanOrEqual(intervalMs);
    expect(cutAfter).toBeLessThan(20 * intervalMs);
    client.terminate();
  });

  test("a socket that answers stays open across many intervals, pinged each one", async () => {
    const { client, socket } = await connect({ autoPong: true });
    let pings = 0;
    client.on("ping", () => pings++);
    await new Promise((resolve) => setTimeout(resolve, 8 * intervalMs));
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect(pings).toBeGreaterThanOrEqual(3);
    client.close();
  });
});
