import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { redisAnswersPing } from "./backends.ts";

/**
 * A Redis server of the test's own, on a free port, that the test may shut down and start again
 * (the machine's shared Redis on 6379 must never be stopped). Only this child process is killed.
 */
export interface PrivateRedis {
  port: number;
  url: string;
  /** Starts the server (again) on the same port and waits until it answers. */
  start(): Promise<void>;
  /** Shuts the server down, as an outage would, and waits until its process has exited. */
  stop(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: "ignore" },
      );
      const deadline = Date.now() + 10_000;
      while (!(await redisAnswersPing("127.0.0.1", port))) {
        if (Date.now() > deadline)
          throw new Error(`redis-server on port ${port} did not start within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      // SIGTERM is what `redis-cli shutdown` does: Redis closes its clients and exits.
      running.kill("SIGTERM");
      await exited;
    },
  };
  await redis.start();
  return redis;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
