// `pnpm bench read [--people=20000] [--rounds=5] [--seconds=3] [--database=<url>] [--baseline=<main.js>]`: Parley's reads
// next to PostGraphile 5 (amber preset) on the same PostgreSQL database of the demo, and next to the
// hand-written SQL of each query (the floor: one statement, no GraphQL, no HTTP). Both servers run
// in child processes, so the CPU each spends per request is read from /proc apart from the load
// generator's; PostgreSQL's own CPU per request is read from its backends. Rounds interleave the
// contenders so that load from other work on the machine falls on all of them alike. `--baseline`
// adds another build of Parley (`node apps/api/build.mjs --outdir <folder>` run on an earlier commit)
// to the same rounds, so that a change is measured against what it replaces under the same load.
import { type ChildProcess, execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../src/db/database.ts";
import { loadDemo } from "../src/demo/demo.ts";
import type { Live } from "../src/events/live.ts";
import { BackendCpuLedger, freshPostgresDatabase, processCpuSeconds } from "./support/postgres.ts";
import { root, startServerProcess, stopServerProcess } from "./support/server-process.ts";

const here = import.meta.dirname;
const adminKey = "bench-read-admin-key-0123456789";
const concurrency = 10;

interface Query {
  name: string;
  parley: (id: number) => { query: string; variables?: Record<string, unknown> };
  postgraphile: (id: number) => { query: string; variables?: Record<string, unknown> };
  sql: (id: number) => { text: string; values: unknown[] };
}

const personGlobalId = (id: number) => Buffer.from(`Person:${id}`).toString("base64");

/** The same three reads, asked of each: what each returns is compared before anything is timed. */
const queries: Query[] = [
  {
    name: "50 people by last seen, with organization",
    parley: () => ({
      query: `{ people(first: 50, orderBy: { field: LAST_SEEN, direction: DESC }) { edges { node { id displayName lastSeenAt organization { name } } } } }`,
    }),
    postgraphile: () => ({
      query: `{ allPeople(first: 50, orderBy: [LAST_SEEN_AT_DESC, ROW_ID_ASC], condition: { mergedIntoId: null }) { nodes { id displayName lastSeenAt organizationByOrganizationId { name } } } }`,
    }),
    sql: () => ({
      text: `SELECT p.id, p."displayName", p."lastSeenAt", o.name AS organization
               FROM "Person" p LEFT JOIN "Organization" o ON o.id = p."organizationId"
              WHERE p."mergedIntoId" IS NULL ORDER BY p."lastSeenAt" DESC NULLS LAST, p.id LIMIT 50`,
      values: [],
    }),
  },
  {
    name: "50 conversations, first 10 messages each with author",
    parley: () => ({
      query: `{ conversations(first: 50) { edges { node { id subject messages(first: 10) { edges { node { text postedAt author { displayName } } } } } } } }`,
    }),
    postgraphile: () => ({
      query: `{ allConversations(first: 50, orderBy: [LAST_MESSAGE_AT_DESC, ROW_ID_DESC]) { nodes { id subject messagesByConversationId(first: 10, orderBy: [POSTED_AT_ASC, ROW_ID_ASC]) { nodes { text postedAt personByAuthorId { displayName } } } } } }`,
    }),
    sql: () => ({
      text: `SELECT c.id, c.subject, m.messages
               FROM (SELECT id, subject, "lastMessageAt" FROM "Conversation" ORDER BY "lastMessageAt" DESC, id DESC LIMIT 50) c
               CROSS JOIN LATERAL (
                 SELECT json_agg(json_build_object('text', m.text, 'postedAt', m."postedAt", 'author', a."displayName") ORDER BY m."postedAt", m.id) AS messages
                   FROM (SELECT id, text, "postedAt", "authorId" FROM "Message" WHERE "conversationId" = c.id ORDER BY "postedAt", id LIMIT 10) m
                   JOIN "Person" a ON a.id = m."authorId"
               ) m
              ORDER BY c."lastMessageAt" DESC, c.id DESC`,
      values: [],
    }),
  },
  {
    name: "one person by id, with identities",
    parley: (id) => ({
      query: `query Person($id: ID!) { node(id: $id) { ... on Person { id displayName identities { kind platform value } } } }`,
      variables: { id: personGlobalId(id) },
    }),
    postgraphile: (id) => ({
      query: `query Person($id: Int!) { personByRowId(rowId: $id) { id displayName identitiesByPersonId(orderBy: [PRIMARY_KEY_ASC]) { nodes { kind platform value } } } }`,
      variables: { id },
    }),
    sql: (id) => ({
      text: `SELECT p.id, p."displayName",
                    (SELECT json_agg(json_build_object('kind', i.kind, 'platform', i.platform, 'value', i.value) ORDER BY i.id) FROM "Identity" i WHERE i."personId" = p.id) AS identities
               FROM "Person" p WHERE p.id = $1`,
      values: [id],
    }),
  },
];

interface Options {
  people: number;
  rounds: number;
  seconds: number;
  database?: string;
  baseline?: string;
}

function parseArgs(args: string[]): Options {
  const value = (name: string) =>
    args
      .find((arg) => arg.startsWith(`--${name}=`))
      ?.split("=")
      .slice(1)
      .join("=");
  const people = Number(value("people") ?? 20_000);
  const rounds = Number(value("rounds") ?? 5);
  const seconds = Number(value("seconds") ?? 3);
  for (const [name, n] of Object.entries({ people, rounds, seconds })) {
    if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  }
  const baseline = value("baseline");
  if (baseline !== undefined && !fs.existsSync(baseline))
    throw new Error(`--baseline must name a built main.js, and ${baseline} does not exist`);
  return { people, rounds, seconds, database: value("database"), baseline };
}

interface Contender {
  name: string;
  /** One request; resolves with the rows it returned (for the comparison) when asked. */
  request(query: Query, id: number): Promise<unknown>;
  /** CPU seconds of the contender's own process (null for the floor, which has none). */
  cpu(): number | null;
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const adminUrl =
    process.env.PARLEY_BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const fresh = options.database ? null : await freshPostgresDatabase(adminUrl);
  if (!options.database && !fresh) {
    console.log(`PostgreSQL is not reachable at ${adminUrl}: nothing to measure`);
    return;
  }
  const url = options.database ?? fresh!.url;
  const children: ChildProcess[] = [];
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  let ledger: BackendCpuLedger | null = null;
  try {
    if (fresh) {
      console.log(
        `Loading the demo at ${options.people.toLocaleString("en-US")} people into ${url} ...`,
      );
      const db = await openDatabase({ databaseUrl: url });
      const { summary } = await loadDemo(
        { db, live: { notify() {} } as unknown as Live },
        {
          people: options.people,
          directory: fs.mkdtempSync(path.join(os.tmpdir(), "parley-bench-read-")),
        },
      );
      await db.close();
      console.log(`  ${summary}`);
    }
    await pool.query("VACUUM ANALYZE");
    const { rows: ids } = await pool.query<{ id: number }>(
      `SELECT id FROM "Person" WHERE "mergedIntoId" IS NULL ORDER BY id`,
    );
    const personIds = ids.map((row) => row.id);

    execFileSync(process.execPath, [path.join(root, "apps/api/build.mjs")], { stdio: "inherit" });
    const startParley = async (mainJs: string) => {
      const server = await startChild(
        process.execPath,
        [mainJs],
        {
          DATABASE_URL: url,
          PORT: "0",
          PARLEY_ADMIN_KEY: adminKey,
          PARLEY_DEMO: "off",
          PARLEY_LOG_LEVEL: "warn",
          PARLEY_RATE_LIMIT: "1000000/1000000",
          NODE_ENV: "production",
        },
        /Health:\s+http:\/\/[^:]+:(\d+)\/healthz/,
      );
      children.push(server.child);
      return server;
    };
    const parley = await startParley(path.join(root, "apps/api/dist/main.js"));
    const baseline = options.baseline ? await startParley(path.resolve(options.baseline)) : null;
    const postgraphile = await startChild(
      process.execPath,
      [
        "--require",
        path.join(here, "read/polyfill.cjs"),
        path.join(here, "read/postgraphile-server.mjs"),
      ],
      {
        DATABASE_URL: url,
        NODE_ENV: "production",
      },
      /listening on (\d+)/,
    );
    children.push(postgraphile.child);

    const asAdmin = { authorization: `Bearer ${adminKey}` };
    const contenders: Contender[] = [
      graphqlContender("Parley", parley, (q, id) => q.parley(id), asAdmin),
      ...(baseline
        ? [graphqlContender("Parley before", baseline, (q, id) => q.parley(id), asAdmin)]
        : []),
      graphqlContender("PostGraphile", postgraphile, (q, id) => q.postgraphile(id), {}),
      {
        name: "SQL (floor)",
        request: async (q, id) => (await pool.query(q.sql(id))).rows,
        cpu: () => null,
      },
    ];
    await compareResults(contenders, personIds[Math.floor(personIds.length / 2)]!);

    // Warm-up: JIT, caches and pools of every contender, untimed.
    for (const query of queries)
      for (const contender of contenders)
        await load(() => contender.request(query, personIds[0]!), 1);

    console.log(
      `\n${options.rounds} interleaved rounds of ${options.seconds} s per query and contender, ${concurrency} requests at a time\n`,
    );
    // Every backend of the database serves a contender (a private database unless --database).
    ledger = await BackendCpuLedger.open(url);
    const results = new Map<
      string,
      {
        latencies: number[];
        seconds: number;
        cpu: number;
        database: number;
        /** Why PostgreSQL's CPU of some round is not known; the figure is then not printed. */
        databaseUnknown: string | null;
        requests: number;
      }
    >();
    let next = 0;
    const pickId = () => personIds[(next = (next * 7919 + 104729) % personIds.length)]!;
    for (let round = 0; round < options.rounds; round++) {
      for (const query of queries) {
        for (const contender of contenders) {
          const key = `${query.name}\u0000${contender.name}`;
          const entry = results.get(key) ?? {
            latencies: [],
            seconds: 0,
            cpu: 0,
            database: 0,
            databaseUnknown: null,
            requests: 0,
          };
          const cpuBefore = contender.cpu();
          const databaseBefore = await ledger?.mark();
          const run = await load(() => contender.request(query, pickId()), options.seconds);
          const cpuAfter = contender.cpu();
          const database = databaseBefore
            ? await ledger!.since(databaseBefore)
            : { unknown: "the server's backends are not on this machine" };
          if ("seconds" in database) entry.database += database.seconds;
          else entry.databaseUnknown ??= database.unknown;
          entry.cpu += cpuBefore === null || cpuAfter === null ? 0 : cpuAfter - cpuBefore;
          entry.latencies.push(...run.latencies);
          entry.seconds += run.seconds;
          entry.requests += run.latencies.length;
          results.set(key, entry);
        }
      }
    }

    for (const query of queries) {
      console.log(query.name);
      console.log(
        `  ${"".padEnd(14)} ${"req/s".padStart(8)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"CPU/req".padStart(9)} ${"PG CPU/req".padStart(11)}`,
      );
      const rate = (name: string) => {
        const entry = results.get(`${query.name}\u0000${name}`)!;
        return entry.requests / entry.seconds;
      };
      for (const contender of contenders) {
        const entry = results.get(`${query.name}\u0000${contender.name}`)!;
        const sorted = entry.latencies.sort((a, b) => a - b);
        const cpu =
          contender.cpu() === null ? "-" : `${((entry.cpu * 1000) / entry.requests).toFixed(2)} ms`;
        const databaseCpu =
          entry.databaseUnknown === null
            ? `${((entry.database * 1000) / entry.requests).toFixed(2)} ms`
            : "unknown";
        console.log(
          `  ${contender.name.padEnd(14)} ${(entry.requests / entry.seconds).toFixed(0).padStart(8)} ${ms(percentile(sorted, 0.5)).padStart(8)} ${ms(percentile(sorted, 0.99)).padStart(8)} ${cpu.padStart(9)} ${databaseCpu.padStart(11)}`,
        );
        if (entry.databaseUnknown !== null)
          console.log(`    PostgreSQL CPU unknown: ${entry.databaseUnknown}`);
      }
      const ratio = rate("Parley") / rate("PostGraphile");
      const ofFloor = rate("SQL (floor)") / rate("Parley");
      const cpuPerRequest = (name: string) => {
        const entry = results.get(`${query.name}\u0000${name}`)!;
        return entry.cpu / entry.requests;
      };
      const cpuRatio = cpuPerRequest("Parley") / cpuPerRequest("PostGraphile");
      console.log(
        `  Parley: ${ratio.toFixed(2)}x PostGraphile's req/s (goal >= 1.0x: ${ratio >= 1 ? "met" : "NOT met"}), ${cpuRatio.toFixed(2)}x its CPU per request; the floor serves ${ofFloor.toFixed(1)}x Parley's (goal <= 3x: ${ofFloor <= 3 ? "met" : "NOT met"})`,
      );
      if (baseline)
        console.log(
          `  Parley before: ${(rate("Parley before") / rate("PostGraphile")).toFixed(2)}x PostGraphile's req/s, ${(cpuPerRequest("Parley before") / cpuPerRequest("PostGraphile")).toFixed(2)}x its CPU per request; this build ${(rate("Parley") / rate("Parley before")).toFixed(2)}x its req/s at ${(cpuPerRequest("Parley") / cpuPerRequest("Parley before")).toFixed(2)}x its CPU per request`,
        );
      console.log("");
    }
  } finally {
    await ledger?.close();
    await pool.end();
    for (const child of children) await stopServerProcess(child);
    await fresh?.drop();
  }
}

/** Runs `request` `concurrency` at a time for `seconds`; the latency of each, in ms. */
async function load(
  request: () => Promise<unknown>,
  seconds: number,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await request();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function graphqlContender(
  name: string,
  server: { port: number; child: ChildProcess },
  document: (query: Query, id: number) => { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string>,
): Contender {
  return {
    name,
    cpu: () => processCpuSeconds(server.child.pid!),
    request: (query, id) =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify(document(query, id));
        const req = http.request(
          {
            host: "127.0.0.1",
            port: server.port,
            path: "/graphql",
            method: "POST",
            agent,
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              const result = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
                data?: unknown;
                errors?: Array<{ message: string }>;
              };
              if (result.errors || res.statusCode !== 200)
                reject(
                  new Error(`${name}: ${res.statusCode} ${result.errors?.[0]?.message ?? ""}`),
                );
              else resolve(result.data);
            });
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(body);
      }),
  };
}

/** Each query's answer from each contender, reduced to what a reader sees: the comparison must hold before timing means anything. */
async function compareResults(contenders: Contender[], personId: number): Promise<void> {
  const digests: Array<(result: unknown) => string> = [
    (r) => JSON.stringify(peopleNames(r)),
    (r) => JSON.stringify(conversationTexts(r)),
    (r) => JSON.stringify(identityValues(r)),
  ];
  for (const [i, query] of queries.entries()) {
    const seen = await Promise.all(
      contenders.map(async (c) => digests[i]!(await c.request(query, personId))),
    );
    const agree = seen.every((digest) => digest === seen[0]);
    console.log(
      `  ${query.name}: ${agree ? "the three answers agree" : "ANSWERS DIFFER"} (${seen[0]!.length} characters compared)`,
    );
    if (!agree)
      seen.forEach((digest, j) =>
        console.log(`    ${contenders[j]!.name}: ${digest.slice(0, 300)}`),
      );
  }
}

type Json = Record<string, any>;
function peopleNames(result: unknown): string[] {
  const r = result as Json;
  if (Array.isArray(r)) return r.map((row) => `${row.displayName}|${row.organization ?? ""}`);
  const nodes = r.people
    ? r.people.edges.map((e: Json) => ({ ...e.node, org: e.node.organization?.name }))
    : r.allPeople.nodes.map((n: Json) => ({ ...n, org: n.organizationByOrganizationId?.name }));
  return nodes.map((n: Json) => `${n.displayName}|${n.org ?? ""}`);
}
function conversationTexts(result: unknown): string[][] {
  const r = result as Json;
  if (Array.isArray(r))
    return r.map((row) => (row.messages ?? []).map((m: Json) => `${m.author}: ${m.text}`));
  if (r.conversations)
    return r.conversations.edges.map((e: Json) =>
      e.node.messages.edges.map((m: Json) => `${m.node.author.displayName}: ${m.node.text}`),
    );
  return r.allConversations.nodes.map((n: Json) =>
    n.messagesByConversationId.nodes.map(
      (m: Json) => `${m.personByAuthorId.displayName}: ${m.text}`,
    ),
  );
}
function identityValues(result: unknown): string[] {
  const r = result as Json;
  const list: Json[] = Array.isArray(r)
    ? (r[0].identities ?? [])
    : r.node
      ? r.node.identities
      : r.personByRowId.identitiesByPersonId.nodes;
  return list.map((i) => `${String(i.kind).toLowerCase()}:${i.platform}:${i.value}`).sort();
}

/** A server of the comparison, resolved with the port its `ready` line names. */
async function startChild(
  command: string,
  argv: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  const started = await startServerProcess(command, argv, env, { ready, timeoutMs: 60_000 });
  return { child: started.child, port: Number(started.ready) };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
