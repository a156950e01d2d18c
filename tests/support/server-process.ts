import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything the server wrote to stdout (its log lines) and stderr. */
  output(): string;
  /** The server's memory after full garbage collections in it, the last one compacting (serve.ts). */
  memoryAfterGc(): Promise<MemoryMeasurement>;
  /** Writes a heap snapshot of the server, after the same collections, to `file`. */
  writeHeapSnapshot(file: string): Promise<void>;
  /** Whether the process ended (a crash, or a kill by the test). */
  exited(): boolean;
  /** `kill -9`: no shutdown of any kind. Resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Bytes, as process.memoryUsage() counts them, after the collections; `uncompacted*` before the compacting one. */
export interface MemoryMeasurement {
  collected: true;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  uncompactedRss: number;
  uncompactedHeapTotal: number;
}

/**
 * Parley as its own process (tests/support/serve.ts, node with tsx's loader: one process, so kill -9
 * leaves nothing behind), configured by environment variables as in production.
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "tests/support/serve.ts", ...args],
    {
      cwd: root,
      env: { ...process.env, PORT: "0", PARLEY_DEMO: "off", PARLEY_LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start within 90 s:\n${output}`)),
      90_000,
    );
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code ?? signal} before listening:\n${output}`));
    });
  });
  return {
    child,
    url,
    port: Number(new URL(url).port),
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    memoryAfterGc: () =>
      new Promise((resolve, reject) => {
        const onMessage = (message: MemoryMeasurement | { collected: false }) => {
          if (typeof message !== "object" || !("collected" in message)) return;
          child.off("message", onMessage);
          if (!message.collected) reject(new Error("the server runs without --expose-gc"));
          else resolve(message);
        };
        child.on("message", onMessage);
        child.send("memory");
      }),
    writeHeapSnapshot: (file) =>
      new Promise((resolve) => {
        const onMessage = (message: { heapSnapshotWritten?: string }) => {
          if (message?.heapSnapshotWritten !== file) return;
          child.off("message", onMessage);
          resolve();
        };
        child.on("message", onMessage);
        child.send({ heapSnapshot: file });
      }),
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exit;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
