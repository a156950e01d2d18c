// `pnpm bench funnel [--scale=1] [--backends=postgres,pglite] [--big=true] [--live-seconds=20]`:
// the funnel query (5 ordered steps, a 30-day window, a breakdown by the first step's campaign)
// over generated activities, next to the same question answered by one hand-written SQL
// statement (LATERAL joins over the raw tables, as a PostgreSQL expert would write it on the
// existing (person, time) index) in the same run, with a check that both give the same counts:
//   - 1M activities of 100k people on PostgreSQL and on PGlite (target: at most 100 ms, and at
//     most 0.4 of the reference's time);
//   - 10M activities of 1M people on PostgreSQL (target: at most 1 s);
//   - a saved funnel's push after new activities, during an import of 1,000 records/s through the
//     import path (target: p99 within 1 s);
//   - memory per activity of the sequence index.
// `--scale=0.1` divides every size by ten for a short developer run. Data is generated inside the
// database with generate_series, so a run spends its time on the measurement.

import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import type { AppServices } from "../src/context.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { Live } from "../src/events/live.ts";
import { createEventSignal } from "../src/events/signal.ts";
import { funnelUpdates, PUSH_INTERVAL_MS, saveFunnel } from "../src/funnels/saved.ts";
import { sequenceIndexOf } from "../src/funnels/sequence-index.ts";
import { type FunnelQuery, type FunnelRun, runFunnel } from "../src/funnels/service.ts";
import { ingestBatch } from "../src/ingest/pipeline/index.ts";
import { freshPostgresDatabase } from "./support/postgres.ts";

const TARGET_MS = { small: 100, big: 1000, live: 1000 } as const;
const TARGET_RATIO = 0.4;
const ACTIVITIES_PER_PERSON = 10;
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);

interface Options {
  scale: number;
  backends: string[];
  big: boolean;
  liveSeconds: number;
  postgresUrl: string;
}

function parseArgs(args: string[]): Options {
  const value = (name: string) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const scale = Number(value("scale") ?? 1);
  const liveSeconds = Number(value("live-seconds") ?? 20);
  if (!(scale > 0 && scale <= 10))
    throw new Error(`--scale must be a number in (0, 10], got ${value("scale")}`);
  if (!(Number.isInteger(liveSeconds) && liveSeconds >= 0))
    throw new Error(`--live-seconds must be a whole number, got ${value("live-seconds")}`);
  return {
    scale,
    backends: (value("backends") ?? "postgres,pglite").split(","),
    big: (value("big") ?? "true") !== "false",
    liveSeconds,
    postgresUrl:
      process.env.PARLEY_BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  };
}

/** The question, as the API takes it; campaign ids are those `generate` creates (1 to 10 in a fresh database). */
const FUNNEL: FunnelQuery = {
  steps: [
    { name: "Clicked an email", where: { touchpointKinds: ["email_click"] } },
    { name: "Asked in the forum", where: { channels: ["forum"], intents: ["question"] } },
    { name: "Became MQL", where: { lifecycleStages: ["mql"] } },
    { name: "Became SQL", where: { lifecycleStages: ["sql"] } },
    { name: "Won a deal", where: { dealStatuses: ["won"] } },
  ],
  windowSeconds: 30 * 86_400,
  order: "ordered",
  breakdown: { by: "campaign", attribution: "first_step" },
};

/** The same question in one statement: for every click, the greedy chain of next steps inside its window, then each person's best attempt. */
const REFERENCE_SQL = `
WITH starts AS (
  SELECT a."personId" AS p, a."occurredAt" AS t1, a.id, t."campaignId" AS campaign
    FROM "Activity" a JOIN "Touchpoint" t ON t.id = a."touchpointId"
   WHERE t.kind = 'email_click'
), attempts AS (
  SELECT s.p, s.t1, s.id, s.campaign, s2.t AS t2, s3.t AS t3, s4.t AS t4, s5.t AS t5
    FROM starts s
    LEFT JOIN LATERAL (SELECT min(a."occurredAt") AS t FROM "Activity" a JOIN "Message" m ON m.id = a."messageId"
                        WHERE a."personId" = s.p AND a."occurredAt" > s.t1 AND a."occurredAt" <= s.t1 + interval '30 days'
                          AND m.channel = 'forum' AND m.intent = 'question') s2 ON true
    LEFT JOIN LATERAL (SELECT min(a."occurredAt") AS t FROM "Activity" a
                        WHERE a."personId" = s.p AND a."occurredAt" > s2.t AND a."occurredAt" <= s.t1 + interval '30 days'
                          AND a.stage = 'mql') s3 ON true
    LEFT JOIN LATERAL (SELECT min(a."occurredAt") AS t FROM "Activity" a
                        WHERE a."personId" = s.p AND a."occurredAt" > s3.t AND a."occurredAt" <= s.t1 + interval '30 days'
                          AND a.stage = 'sql') s4 ON true
    LEFT JOIN LATERAL (SELECT min(a."occurredAt") AS t FROM "Activity" a JOIN "DealStageChange" c ON c.id = a."dealStageChangeId"
                        WHERE a."personId" = s.p AND a."occurredAt" > s4.t AND a."occurredAt" <= s.t1 + interval '30 days'
                          AND c."toStatus" = 'won' AND c."fromStatus" IS DISTINCT FROM c."toStatus") s5 ON true
), best AS (
  SELECT DISTINCT ON (p) p, campaign,
         1 + (t2 IS NOT NULL)::int + (t3 IS NOT NULL)::int + (t4 IS NOT NULL)::int + (t5 IS NOT NULL)::int AS reached
    FROM attempts ORDER BY p, reached DESC, t1, id
)
SELECT campaign, ${[1, 2, 3, 4, 5].map((k) => `count(*) FILTER (WHERE reached >= ${k})::int AS s${k}`).join(", ")}
  FROM best GROUP BY campaign`;

/**
 * People and their activities over six months, about ten each: touchpoints of ten campaigns,
 * messages on four channels, lifecycle stage changes in their order, and deals (a quarter of the
 * people) opened and then won or lost, so that every step of the funnel keeps some people.
 */
export async function generate(db: Database, people: number): Promise<number> {
  const client = await db.pool.connect();
  try {
    // Loaded the way a bulk load is: the secondary indexes of the tables written dropped and built
    // again once at the end, and foreign keys unchecked (their triggers fire per row; the rows are
    // made consistent by construction), which took 1M activities from minutes to seconds.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
          AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
      [GENERATED_TABLES],
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query(`SET session_replication_role = replica`);
    await insertWorld((sql) => client.query(sql), people);
    await client.query(`RESET session_replication_role`);
    for (const index of indexes) await client.query(index.definition);
    await client.query(`ANALYZE`);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Activity"`);
    return rows[0]!.n;
  } finally {
    client.release();
  }
}

const GENERATED_TABLES = [
  "Person",
  "Campaign",
  "Touchpoint",
  "Activity",
  "Conversation",
  "Message",
  "Deal",
  "DealStageChange",
];

async function insertWorld(q: (sql: string) => Promise<unknown>, people: number): Promise<void> {
  const P = people;
  const days = (n: number) => `interval '${n} days'`;
  await q(`SELECT setseed(0.42)`);
  await q(
    `INSERT INTO "Person" (id, "displayName", stage) SELECT g, 'Person ' || g, 'lead' FROM generate_series(1, ${P}) g`,
  );
  await q(`SELECT setval(pg_get_serial_sequence('"Person"', 'id'), ${P})`);
  await q(
    `CREATE TABLE bench_base AS SELECT g AS p, timestamp '2026-01-01' + random() * ${days(150)} AS t0 FROM generate_series(1, ${P}) g`,
  );
  await q(`ALTER TABLE bench_base ADD PRIMARY KEY (p)`);
  await q(`INSERT INTO "Campaign" (source, "sourceId", name, channel)
           SELECT 'mc', 'c' || g, 'Campaign ' || g, (ARRAY['email', 'ads', 'social'])[1 + g % 3] FROM generate_series(1, 10) g`);
  await q(`INSERT INTO "Touchpoint" (source, "sourceId", "personId", "campaignId", kind, "occurredAt")
           SELECT 'mc', 't' || g, b.p, (SELECT min(id) FROM "Campaign") + floor(random() * 10)::int,
                  (ARRAY['email_open', 'email_click', 'page_visit', 'form_fill', 'webinar']::"TouchpointKind"[])[1 + floor(random() * 5)::int],
                  b.t0 + random() * ${days(20)}
             FROM generate_series(0, ${Math.round(P * 4.5) - 1}) g JOIN bench_base b ON b.p = 1 + g % ${P}`);
  await q(`INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, "touchpointId")
           SELECT "personId", 'touchpoint', 'marketing', "occurredAt", '', id FROM "Touchpoint"`);
  await q(`INSERT INTO "Conversation" (source, "sourceId", channel, "startedAt", "lastMessageAt")
           SELECT 'bench', c, c::"Channel", timestamp '2026-01-01', timestamp '2026-07-01' FROM unnest(ARRAY['forum', 'twitter', 'email', 'support_ticket']) c`);
  await q(`INSERT INTO "Message" (source, "sourceId", "conversationId", "authorId", channel, text, "postedAt", intent, sentiment)
           SELECT 'bench', 'm' || s.g, c.id, b.p, c.channel, '', b.t0 + ${days(3)} + s.r * ${days(20)},
                  (ARRAY['question', 'question', 'problem', 'idea', 'praise']::"Intent"[])[1 + floor(random() * 5)::int], random() * 2 - 1
             FROM (SELECT g, random() AS r, 1 + floor(random() * 4)::int AS i FROM generate_series(0, ${P * 3 - 1}) g) s
             JOIN bench_base b ON b.p = 1 + s.g % ${P}
             JOIN "Conversation" c ON c."sourceId" = (ARRAY['forum', 'twitter', 'email', 'support_ticket'])[s.i]`);
  await q(`INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, "messageId")
           SELECT "authorId", 'message', 'communications', "postedAt", '', id FROM "Message"`);
  // Stages in their order: lead in the first week, mql in the second, sql in the third, opportunity after.
  await q(`INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, stage, "stageKey", source)
           SELECT b.p, 'stage_change', 'marketing', b.t0 + (s.k * 8 + random() * 6) * interval '1 day', '',
                  (ARRAY['lead', 'mql', 'sql', 'opportunity']::"LifecycleStage"[])[1 + s.k], 'bench ' || s.g, 'crm'
             FROM (SELECT g, floor(random() * 4)::int AS k FROM generate_series(0, ${P * 2 - 1}) g) s
             JOIN bench_base b ON b.p = 1 + s.g % ${P}`);
  await q(`INSERT INTO "Deal" (source, "sourceId", name, "contactId", stage, status, "openedAt")
           SELECT 'crm', 'd' || p, 'Deal ' || p, p, 'closed', CASE WHEN random() < 0.4 THEN 'won' ELSE 'lost' END::"DealStatus", t0 + ${days(10)}
             FROM bench_base WHERE p % 4 = 0`);
  await q(`INSERT INTO "DealStageChange" ("dealId", "fromStage", "toStage", "fromStatus", "toStatus", "changedAt")
           SELECT d.id, NULL, 'proposal', NULL, 'open'::"DealStatus", d."openedAt" FROM "Deal" d
           UNION ALL
           SELECT d.id, 'proposal', 'closed', 'open'::"DealStatus", d.status, d."openedAt" + ${days(8)} + random() * ${days(17)} FROM "Deal" d`);
  await q(`INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, "dealStageChangeId", "dealId")
           SELECT d."contactId", 'deal_change', 'sales', c."changedAt", '', c.id, d.id FROM "DealStageChange" c JOIN "Deal" d ON d.id = c."dealId"`);
  await q(`DROP TABLE bench_base`);
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : fmt(n)} ms`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * values.length) - 1)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

interface QueryFigures {
  backend: string;
  activities: number;
  buildMs: number;
  queryMs: number;
  /** CPU time of this process (PGlite's thread included) per run: what the wall time is on an idle machine, at most. */
  cpuMs: number;
  referenceMs: number;
  bytesPerActivity: number;
  agree: boolean;
}

/** The funnel through the API's runner (index built first and timed apart), five runs, and the reference once. */
async function measureQuery(
  db: Database,
  backend: string,
  activities: number,
): Promise<QueryFigures> {
  const buildCpu = process.cpuUsage();
  const build = await timed(() => sequenceIndexOf(db.pool));
  const buildCpuUsed = process.cpuUsage(buildCpu);
  const stats = build.value.stats();
  const runs: number[] = [];
  const cpu: number[] = [];
  let run;
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    const result = await timed(() => runFunnel(db.pool, FUNNEL));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    runs.push(result.ms);
    run = result.value;
  }
  const reference = await timed(() =>
    db.pool.query<{
      campaign: number | null;
      s1: number;
      s2: number;
      s3: number;
      s4: number;
      s5: number;
    }>(REFERENCE_SQL),
  );
  const ours = run!.breakdown
    .map((row) => JSON.stringify(row.steps.map((step) => step.count)))
    .sort();
  const theirs = reference.value.rows
    .map((row) => JSON.stringify([row.s1, row.s2, row.s3, row.s4, row.s5]))
    .sort();
  const agree = JSON.stringify(ours) === JSON.stringify(theirs);
  const figures = {
    backend,
    activities,
    buildMs: build.ms,
    queryMs: median(runs),
    cpuMs: median(cpu),
    referenceMs: reference.ms,
    bytesPerActivity: stats.bytes / Math.max(1, stats.activities),
    agree,
  };
  console.log(
    `  index built in ${ms(build.ms)}, CPU of this process ${ms((buildCpuUsed.user + buildCpuUsed.system) / 1000)} (${fmt(stats.activities)} activities of ${fmt(stats.people)} people, ${(stats.bytes / 2 ** 20).toFixed(1)} MiB, ` +
      `${figures.bytesPerActivity.toFixed(1)} bytes per activity)\n` +
      `  funnel: median of 5 runs ${ms(figures.queryMs)} (runs ${runs.map((r) => r.toFixed(0)).join(", ")} ms), CPU ${ms(figures.cpuMs)}; hand-written SQL ${ms(reference.ms)}; ` +
      `ratio ${(figures.queryMs / reference.ms).toFixed(3)}\n` +
      `  step counts ${run!.steps.map((s) => s.count).join(" > ")}; per campaign the two answers ${agree ? "agree" : "DIFFER"}`,
  );
  if (!agree) console.log(`  ours ${ours.join(" ")}\n  reference ${theirs.join(" ")}`);
  return figures;
}

/** A latency's parts, at the 50th and 99th percentiles. */
interface LiveFigures {
  p50: number;
  p99: number;
  max: number;
  beyondRuleP50: number;
  beyondRuleP99: number;
  batches: number;
  /** From the commit to the live tail handing the batch's events out (the event log's read and hold-back). */
  tail: { p50: number; p99: number };
  /** From the tail to the result that shows the batch: the index's reload, the rematch and the summary. */
  compute: { p50: number; p99: number };
  /** From that result to its push: the wait for the once-a-second slot, then the hand-over. */
  slot: { p50: number; p99: number };
  /** The batches seen more than a second after their commit, with their parts. */
  late: Array<{ latency: number; tail: number; compute: number; slot: number }>;
}

/**
 * A saved funnel's pushes while records arrive through the import path at 1,000 a second (batches
 * of 200 every 200 ms: 100 new people and a click of each). Each batch raises step 1 by 100, so the
 * push that first shows a batch tells its latency from the batch's commit; the tail's hand-out of
 * the batch's summary event and the first computed result that shows it split that latency.
 */
async function measureLive(db: Database, seconds: number): Promise<LiveFigures> {
  const live = new Live(db.pool, createEventSignal(undefined, { pollIntervalMs: 1000 }));
  await live.start();
  const services: AppServices = { db, live };
  try {
    const liveFunnel: FunnelQuery = { ...FUNNEL, breakdown: null };
    const saved = await saveFunnel(db.prisma, {
      name: "bench",
      query: liveFunnel,
      savedBy: "bench",
    });
    const committedAt: number[] = [];
    const tailAt: number[] = [];
    const computedAt: number[] = [];
    let base = 0;
    const batchesIn = (run: FunnelRun) => (run.steps[0]!.count - base) / 100;
    const updates = funnelUpdates({ pool: db.pool, prisma: db.prisma, live }, saved.id, {
      onComputed(run) {
        const now = performance.now();
        while (computedAt.length < batchesIn(run)) computedAt.push(now);
      },
    });
    const first = await updates.next();
    base = first.value!.steps[0]!.count;
    // Each batch's 100 clicks are summarized by one event, in commit order (batches go one by one).
    const summaries = live.subscribe({ types: ["touchpoint_recorded"] });
    const tail = (async () => {
      for await (const _event of summaries) tailAt.push(performance.now());
    })();
    const pushedAt: number[] = [];
    const latencies: number[] = [];
    // The part of each latency that is not the wait the once-a-second rule imposes: from the later
    // of the commit and the earliest moment the rule allowed the next push.
    const beyondRule: number[] = [];
    let done = false;
    let lastPush = -Infinity;
    const reader = (async () => {
      for await (const run of updates) {
        const now = performance.now();
        for (; pushedAt.length < batchesIn(run) && pushedAt.length < committedAt.length; ) {
          const commit = committedAt[pushedAt.length]!;
          pushedAt.push(now);
          latencies.push(now - commit);
          beyondRule.push(now - Math.max(commit, lastPush + PUSH_INTERVAL_MS));
        }
        lastPush = now;
        if (pushedAt.length === committedAt.length && done) return;
      }
    })();
    const batches = Math.round((seconds * 1000) / 200);
    const started = performance.now();
    for (let b = 0; b < batches; b++) {
      const records: unknown[] = [];
      for (let i = 0; i < 100; i++) {
        const email = `live${b}-${i}@bench.example`;
        records.push({
          type: "person",
          source: "bench",
          id: `live${b}-${i}`,
          name: `Live ${b} ${i}`,
          emails: [email],
        });
        records.push({
          type: "touchpoint",
          source: "bench",
          id: `click${b}-${i}`,
          person: { email },
          kind: "email_click",
          campaign: { id: "c1" },
          at: new Date(BASE + 100 * DAY_MS).toISOString(),
        });
      }
      await ingestBatch(services, records, { actor: "bench" });
      committedAt.push(performance.now());
      const wait = started + (b + 1) * 200 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    done = true;
    const deadline = Date.now() + 10_000;
    while (pushedAt.length < committedAt.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await updates.return(undefined);
    await summaries.return?.();
    await reader.catch(() => {});
    await tail.catch(() => {});
    const rate = (batches * 200) / ((committedAt.at(-1)! - started) / 1000);
    console.log(
      `  imported ${fmt(batches * 200)} records at ${fmt(rate)} records/s; ${latencies.length} of ${batches} batches seen in a push`,
    );
    const seen = latencies.length;
    const part = (from: number[], to: number[]) =>
      Array.from({ length: seen }, (_, b) => to[b]! - from[b]!);
    const quantiles = (values: number[]) => ({
      p50: percentile(values, 0.5),
      p99: percentile(values, 0.99),
    });
    const [tailMs, computeMs, slotMs] = [
      part(committedAt, tailAt),
      part(tailAt, computedAt),
      part(computedAt, pushedAt),
    ];
    return {
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      max: Math.max(...latencies),
      beyondRuleP50: percentile(beyondRule, 0.5),
      beyondRuleP99: percentile(beyondRule, 0.99),
      batches,
      tail: quantiles(tailMs),
      compute: quantiles(computeMs),
      slot: quantiles(slotMs),
      late: latencies.flatMap((latency, b) =>
        latency > TARGET_MS.live
          ? [{ latency, tail: tailMs[b]!, compute: computeMs[b]!, slot: slotMs[b]! }]
          : [],
      ),
    };
  } finally {
    await live.stop();
  }
}

async function openBackend(
  backend: string,
  options: Options,
  dir: string,
): Promise<{ db: Database; close: () => Promise<void> } | null> {
  if (backend === "pglite") {
    const db = await openDatabase({ dataDir: nodePath.join(dir, `pglite-${Date.now()}`) });
    return { db, close: () => db.close() };
  }
  const fresh = await freshPostgresDatabase(options.postgresUrl);
  if (!fresh) {
    console.log(`PostgreSQL is not reachable at ${options.postgresUrl}: skipped`);
    return null;
  }
  const db = await openDatabase({ databaseUrl: fresh.url });
  return {
    db,
    close: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-bench-funnel-"));
  const summary: string[] = [];
  const runs: Array<{ backend: string; people: number; target: number; live: boolean }> = [];
  for (const backend of options.backends) {
    const people = Math.round(100_000 * options.scale);
    // `--scale=10 --big=false` is the 10M question alone: judged by its own 1 s target.
    const target = people >= 1_000_000 ? TARGET_MS.big : TARGET_MS.small;
    runs.push({ backend, people, target, live: backend === "postgres" });
  }
  if (options.big && options.backends.includes("postgres"))
    runs.push({
      backend: "postgres",
      people: Math.round(1_000_000 * options.scale),
      target: TARGET_MS.big,
      live: false,
    });
  try {
    for (const run of runs) {
      const opened = await openBackend(run.backend, options, dir);
      if (!opened) continue;
      try {
        console.log(
          `\n${run.backend}: generating about ${fmt(run.people * ACTIVITIES_PER_PERSON)} activities of ${fmt(run.people)} people inside the database (INSERT ... SELECT over generate_series, not the import path) ...`,
        );
        const generated = await timed(() => generate(opened.db, run.people));
        console.log(
          `  ${fmt(generated.value)} activities in ${(generated.ms / 1000).toFixed(1)} s`,
        );
        const figures = await measureQuery(opened.db, run.backend, generated.value);
        const ratio = figures.queryMs / figures.referenceMs;
        summary.push(
          `${run.backend.padEnd(8)} ${fmt(figures.activities).padStart(11)} activities: funnel ${ms(figures.queryMs).padStart(9)} (target ${run.target} ms: ${figures.queryMs <= run.target ? "met" : "MISSED"}; CPU ${ms(figures.cpuMs)}), ` +
            `hand-written SQL ${ms(figures.referenceMs)}, ratio ${ratio.toFixed(3)} (target ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "MISSED"}), ` +
            `${figures.bytesPerActivity.toFixed(1)} bytes per activity, answers ${figures.agree ? "agree" : "DIFFER"}`,
        );
        if (run.live && options.liveSeconds > 0) {
          console.log(
            `  saved funnel during an import of 1,000 records/s for ${options.liveSeconds} s ...`,
          );
          const live = await measureLive(opened.db, options.liveSeconds);
          const line =
            `${run.backend.padEnd(8)} live push after an import batch commits: p50 ${ms(live.p50)}, p99 ${ms(live.p99)}, max ${ms(live.max)} ` +
            `(target p99 ${TARGET_MS.live} ms: ${live.p99 <= TARGET_MS.live ? "met" : "MISSED"}; pushes are at most one a second); ` +
            `beyond the wait for the next push slot: p50 ${ms(live.beyondRuleP50)}, p99 ${ms(live.beyondRuleP99)}`;
          console.log(`  ${line}`);
          const parts = (name: string, q: { p50: number; p99: number }) =>
            `${name} p50 ${ms(q.p50)}, p99 ${ms(q.p99)}`;
          console.log(
            `  the parts: ${parts("commit to the live tail", live.tail)}; ${parts("tail to the computed result (reload, rematch, summary)", live.compute)}; ` +
              `${parts("result to its push (the slot's wait)", live.slot)}`,
          );
          console.log(
            `  batches over ${TARGET_MS.live} ms: ${live.late.length}${live.late.map((l) => `\n    ${ms(l.latency)} = tail ${ms(l.tail)} + compute ${ms(l.compute)} + slot ${ms(l.slot)}`).join("")}`,
          );
          summary.push(line);
        }
      } finally {
        await opened.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nSummary (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${os.cpus().length} cores)\n${summary.join("\n")}`,
  );
}
