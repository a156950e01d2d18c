// What the benches that measure a server from outside share: start it as a child process, wait for
// the line that says it listens, sample its memory from /proc, and stop it with everything it
// started (`npx pnpm start` runs the server under two launchers).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../../..");

/** The line Parley prints once it listens; its capture is the server's base URL. */
export const parleyListening = /Health:\s+(http:\/\/\S+)\/healthz/;

/**
 * Starts `command argv` in its own process group, with `env` over this process' environment, and
 * resolves once its output matches `ready`, with the match's first capture (a URL or a port).
 */
export async function startServerProcess(
  command: string,
  argv: string[],
  env: Record<string, string>,
  { ready = parleyListening, timeoutMs = 120_000 }: { ready?: RegExp; timeoutMs?: number } = {},
): Promise<{ child: ChildProcess; ready: string }> {
  const child = spawn(command, argv, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const name = argv.at(-1) ?? command;
  let output = "";
  const captured = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} not ready after ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
  // Keep draining the output so that a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, ready: captured.replace("//localhost", "//127.0.0.1") };
}

/** SIGTERM to the child's process group, SIGKILL after 10 s. */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
}

/** Resident memory of a process in bytes; 0 once it is gone. */
export function rssOf(pid: number): number {
  try {
    return (
      Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) *
      1024
    );
  } catch {
    return 0;
  }
}

/** Bytes (an RSS) as whole megabytes. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
