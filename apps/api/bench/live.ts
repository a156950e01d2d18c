// `pnpm bench live [--counts=1000,10000] [--sustained=20000] [--seconds=10] [--client=protocol|graphql-ws] [--cpu-prof=DIR]`: one event delivered to
// N graphql-ws subscribers of one Parley instance, next to a bare `ws` broadcast of the same payload
// to N sockets in the same run; memory per idle subscriber of each; and the CPU one instance spends
// when `--sustained` subscribers each receive one event a second. Servers and clients run in
// processes of their own, so the server's CPU and memory are measured alone.
import { type ChildProcess, execFileSync, fork } from "node:child_process";
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

/**
 * The server child, compiled as `pnpm start`'s server is (apps/api/build.mjs): under tsx every named
 * function carries a property store of its own, about 4 KiB of each idle subscription that
 * production does not hold.
 */
const compiledServer = path.join(import.meta.dirname, "live/dist/server.js");

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  execFileSync(
    process.execPath,
    [
      path.join(import.meta.dirname, "../build.mjs"),
      "--outdir",
      path.dirname(compiledServer),
      "--entry",
      path.join(import.meta.dirname, "live/server.ts"),
    ],
    { stdio: "inherit" },
  );
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
    // A share measured while deliveries fell behind says nothing of the goal's rate.
    const keptUp = sustained.frames === sustained.expectedFrames && sustained.p99 <= 1000;
    const verdict = !keptUp
      ? "NOT met: deliveries did not keep up with one event a second"
      : share < cpuGoal
        ? "met"
        : "NOT met";
    console.log(
      `\n${options.sustained.toLocaleString("en-US")} subscribers (${perSocket} to a socket), one event a second for ${options.seconds} s: ` +
        `${sustained.frames.toLocaleString("en-US")} of ${sustained.expectedFrames.toLocaleString("en-US")} frames received, sampled latency p50 ${sustained.p50.toFixed(0)} / p99 ${sustained.p99.toFixed(0)} ms; ` +
        `Parley's process at ${(share * 100).toFixed(0)}% of this machine's ${os.cpus().length} cores over ${sustained.seconds.toFixed(1)} s (goal below ${cpuGoal * 100}%: ${verdict}), ` +
        `${((sustained.cpuSeconds / sustained.events) * 1000).toFixed(0)} ms of server CPU per event`,
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
  const server = fork(compiledServer, [mode, String(sockets)], {
    execArgv: [
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

/**
 * One event a second for `seconds`, each published on time whether or not the one before has reached
 * every subscriber yet (a live query refreshed every second does not wait either), and the server's
 * CPU over those seconds. The rate was kept when every frame arrived and the sampled p99 is within
 * the second; frames still on their way at the end are waited for (up to 30 s) outside the window.
 */
async function sustainedLoad(run: Run, seconds: number) {
  const received = run.clients.map((child) => {
    child.send({ kind: "expect", expect: run.subscriptionsOf.get(child)! * seconds });
    return reply<{ received: number; latencies: number[] }>(child, "done");
  });
  const cpuBefore = processCpuSeconds(run.server.pid!)!;
  const started = performance.now();
  for (let event = 0; event < seconds; event++) {
    await sleep(started + event * 1000 - performance.now());
    run.server.send({ kind: "publish" });
  }
  await sleep(started + seconds * 1000 - performance.now());
  const cpuSeconds = processCpuSeconds(run.server.pid!)! - cpuBefore;
  const elapsed = (performance.now() - started) / 1000;
  // Past 30 s the clients report what they have: frames that late are a run that did not keep up.
  const giveUp = setTimeout(() => {
    for (const child of run.clients) child.send({ kind: "report" });
  }, 30_000);
  const reports = await Promise.all(received);
  clearTimeout(giveUp);
  const latencies = reports.flatMap((report) => report.latencies);
  return {
    cpuSeconds,
    seconds: elapsed,
    events: seconds,
    frames: reports.reduce((sum, report) => sum + report.received, 0),
    expectedFrames: seconds * [...run.subscriptionsOf.values()].reduce((sum, n) => sum + n, 0),
    ...percentiles(latencies),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

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
