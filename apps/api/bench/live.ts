// `pnpm bench live [--counts=1000,10000] [--sustained=20000] [--seconds=10] [--client=protocol|graphql-ws] [--cpu-prof=DIR]`: one event delivered to
// N graphql-ws subscribers of one Parley instance, next to a bare `ws` broadcast of the same payload
// to N sockets in the same run; memory per idle subscriber of each; and the CPU one instance spends
// when `--sustained` subscribers each receive one event a second. Servers and clients run in
// processes of their own, so the server's CPU and memory are measured alone.
import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { processCpuSeconds } from "./support/postgres.ts";

const rounds = 5;
/** Hasura's published figure: 10,000 live queries refreshed every second on 2 CPUs at 73% CPU. */
const cpuGoal = 0.73;

interface Options {
  counts: number[];
  /** How Parley's subscribers are written: the graphql-ws client library, or the protocol spoken directly (as the bare clients are). */
  client: "graphql-ws" | "protocol";
  sustained: number;
  seconds: number;
  /** Where each server process writes a V8 CPU profile (node --cpu-prof), to see where a delivery's time goes. */
  cpuProf: string | undefined;
}

function parseArgs(args: string[]): Options {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  return {
    // `--counts=` (empty) runs only the sustained load.
    counts: (value("counts") ?? "1000,10000").split(",").filter(Boolean).map(Number),
    sustained: Number(value("sustained") ?? 20_000),
    client: value("client") === "graphql-ws" ? "graphql-ws" : "protocol",
    seconds: Number(value("seconds") ?? 10),
    cpuProf: value("cpu-prof"),
  };
}

interface Measurement {
  p50: number;
  p99: number;
  /** CPU seconds of the server's process per event delivered to every subscriber (Parley's include writing and reading the event log). */
  cpuPerEvent: number;
  bytesPerSubscriber: number;
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  console.log(
    `Delivery of one event (${rounds} rounds each) to N subscribers on one instance; server and clients in processes of their own; ` +
      `Parley's subscribers ${options.client === "protocol" ? "speak graphql-transport-ws directly (--client=graphql-ws: through the graphql-ws client)" : "use the graphql-ws client"}.\n`,
  );
  console.log(
    "subscribers | graphql-ws p50 / p99 ms | bare ws p50 / p99 ms | ratio p50 / p99 (goal p99 <= 2x) | server CPU per event graphql-ws / bare ws | idle memory per subscriber graphql-ws / bare ws",
  );
  for (const count of options.counts) {
    const graphql = await withSubscribers("parley", count, latencyRounds, options);
    const bare = await withSubscribers("bare", count, latencyRounds, options);
    const ratio = graphql.p99 / bare.p99;
    console.log(
      `${String(count).padStart(11)} | ${fmt(graphql.p50)} / ${fmt(graphql.p99)} | ${fmt(bare.p50)} / ${fmt(bare.p99)} | ` +
        `${(graphql.p50 / bare.p50).toFixed(1)}x / ${ratio.toFixed(1)}x (${ratio <= 2 ? "met" : "NOT met"}) | ` +
        `${(graphql.cpuPerEvent * 1000).toFixed(0)} / ${(bare.cpuPerEvent * 1000).toFixed(0)} ms (${(graphql.cpuPerEvent / bare.cpuPerEvent).toFixed(1)}x) | ` +
        `${kb(graphql.bytesPerSubscriber)} / ${kb(bare.bytesPerSubscriber)}`,
    );
  }
  if (options.sustained > 0) {
    const perSocket = Math.ceil(options.sustained / maxServerSockets);
    const sustained = await withSubscribers(
      "parley",
      options.sustained,
      (run) => sustainedLoad(run, options.seconds),
      { ...options, perSocket },
    );
    const share = sustained.cpuSeconds / (sustained.seconds * os.cpus().length);
    // A share measured at fewer events than one a second says nothing of the goal's rate.
    const keptUp = sustained.events >= Math.floor(sustained.seconds * 0.95);
    const verdict = !keptUp
      ? "NOT met: deliveries took longer than a second, so the rate was not reached"
      : share < cpuGoal
        ? "met"
        : "NOT met";
    console.log(
      `\n${options.sustained.toLocaleString("en-US")} subscribers (${perSocket} to a socket), one event a second for ${options.seconds} s: ${sustained.events} events in ${sustained.seconds.toFixed(1)} s, ` +
        `Parley's process at ${(share * 100).toFixed(0)}% of this machine's ${os.cpus().length} cores (goal below ${cpuGoal * 100}%: ${verdict}), ` +
        `${((sustained.cpuSeconds / sustained.events) * 1000).toFixed(0)} ms of server CPU per event, p99 ${sustained.p99.toFixed(0)} ms`,
    );
  }
}

interface Run {
  server: ChildProcess;
  clients: ChildProcess[];
  /** Subscriptions each client process holds: what it reports once per event. */
  subscriptionsOf: Map<ChildProcess, number>;
  bytesPerSubscriber: number;
}

/**
 * One process holds at most `ulimit -n` sockets (20,000 here, a hard limit): the server keeps to
 * this many, and the sustained load puts several subscriptions on a socket beyond it.
 */
const maxServerSockets = 10_000;
/** Sockets per client process: few enough for its descriptors, and the receiving spread over processes. */
const socketsPerClientProcess = 5_000;

/**
 * Starts the server, measures its settled memory before and after `count` idle subscribers
 * (`perSocket` to a socket) connect from client processes of their own, then runs `work`.
 */
async function withSubscribers<T>(
  mode: "parley" | "bare",
  count: number,
  work: (run: Run) => Promise<T>,
  options: Pick<Options, "client" | "cpuProf"> & { perSocket?: number },
): Promise<T & { bytesPerSubscriber: number }> {
  const perSocket = options.perSocket ?? 1;
  const sockets = Math.ceil(count / perSocket);
  const server = fork(path.join(import.meta.dirname, "live/server.ts"), [mode, String(sockets)], {
    execArgv: [
      "--import",
      "tsx",
      "--expose-gc",
      ...(options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`] : []),
    ],
    stdio: "inherit",
  });
  const clients: ChildProcess[] = [];
  const subscriptionsOf = new Map<ChildProcess, number>();
  try {
    const { url, keys } = await reply<{ url: string; keys: string[] }>(server, "ready");
    const before = await memory(server);
    const processes = Math.ceil(sockets / socketsPerClientProcess);
    for (let i = 0; i < processes; i++) {
      const share = Math.floor(sockets / processes) + (i < sockets % processes ? 1 : 0);
      const child = fork(
        path.join(import.meta.dirname, "live/clients.ts"),
        [
          mode === "parley" ? options.client : "bare",
          url,
          String(share),
          String(perSocket),
          keys.join(","),
          // Each process starts its round robin where the previous one's ends.
          String(i * Math.ceil(sockets / processes)),
        ],
        { execArgv: ["--import", "tsx"], stdio: "inherit" },
      );
      clients.push(child);
      subscriptionsOf.set(child, mode === "parley" ? share * perSocket : share);
    }
    const connecting = performance.now();
    await Promise.all(clients.map((child) => reply(child, "ready")));
    console.error(
      `  (${mode}: ${count.toLocaleString("en-US")} subscribers on ${sockets.toLocaleString("en-US")} sockets connected in ${((performance.now() - connecting) / 1000).toFixed(0)} s)`,
    );
    const bytesPerSubscriber = ((await memory(server)) - before) / count;
    const run = { server, clients, subscriptionsOf, bytesPerSubscriber };
    return { ...(await work(run)), bytesPerSubscriber };
  } finally {
    for (const child of clients) child.kill();
    // SIGINT lets the server exit normally, which is when node writes its --cpu-prof profile.
    server.kill("SIGINT");
  }
}

async function latencyRounds(run: Run): Promise<Omit<Measurement, "bytesPerSubscriber">> {
  const latencies: number[] = [];
  // CPU time moves far less than wall time on a loaded machine: the server's own, next to bare ws'.
  const cpuBefore = processCpuSeconds(run.server.pid!)!;
  for (let round = 0; round < rounds; round++) latencies.push(...(await deliver(run)));
  return {
    ...percentiles(latencies),
    cpuPerEvent: (processCpuSeconds(run.server.pid!)! - cpuBefore) / rounds,
  };
}

/** One event a second (or as fast as delivery allows, if slower) for `seconds`; the server's CPU over that time. */
async function sustainedLoad(run: Run, seconds: number) {
  const latencies: number[] = [];
  const cpuBefore = processCpuSeconds(run.server.pid!)!;
  const started = performance.now();
  let events = 0;
  while (performance.now() - started < seconds * 1000) {
    const tick = performance.now();
    latencies.push(...(await deliver(run)));
    events++;
    const wait = 1000 - (performance.now() - tick);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    cpuSeconds: processCpuSeconds(run.server.pid!)! - cpuBefore,
    seconds: elapsed,
    events,
    p99: percentiles(latencies).p99,
  };
}

async function deliver(run: Run): Promise<number[]> {
  const received = run.clients.map((child) => {
    child.send({ kind: "expect", expect: run.subscriptionsOf.get(child) });
    return reply<{ latencies: number[] }>(child, "done");
  });
  run.server.send({ kind: "publish" });
  await reply(run.server, "published");
  return (await Promise.all(received)).flatMap((done) => done.latencies);
}

async function memory(server: ChildProcess): Promise<number> {
  server.send({ kind: "memory" });
  return (await reply<{ bytes: number }>(server, "memory")).bytes;
}

function reply<T = unknown>(child: ChildProcess, kind: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { kind: string } & T) => {
      if (message.kind !== kind) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`a bench process exited with ${code} while waiting for "${kind}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
