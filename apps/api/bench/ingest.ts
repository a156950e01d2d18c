// `pnpm bench ingest [--records=200000] [--batch-size=2000] [--backends=pglite,postgres]`: end-to-end
// import throughput (read, validate, resolve identities, enrich, write, events) of a generated
// file of mixed records with overlapping identities, next to the ceiling: a plain multi-row bulk
// INSERT of the same records into the same backend, measured in the same run, and the floor: the
// finished graph's rows written again table to table inside the database. Peak RSS is sampled
// during each phase, so a leak or an unbounded buffer shows up as growth with --records.
import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import readline from "node:readline";
import type { AppServices } from "../src/context.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import {
  demoFirstNames,
  demoLastNames,
  demoLines,
  demoOrganizations,
} from "../src/demo/catalog.ts";
import type { Live } from "../src/events/live.ts";
import { type ImportProgress, importFile } from "../src/ingest/import-file.ts";
import { seededRandom } from "../src/random.ts";
import {
  BackendCpuLedger,
  type BackendCpuMark,
  type BackendCpuReading,
  freshPostgresDatabase,
} from "./support/postgres.ts";

const TARGET = { pglite: 10_000, postgresql: 20_000 } as const;
/** The share of the floor's rate an import should reach on both backends (issue 16: a third, on the way to a half). */
const FLOOR_SHARE_GOAL = 0.33;

interface Options {
  records: number;
  batchSize: number;
  backends: string[];
  postgresUrl: string;
}

function parseArgs(args: string[]): Options {
  const value = (name: string) => {
    const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index === -1) return undefined;
    return args[index]!.includes("=") ? args[index]!.split("=", 2)[1] : args[index + 1];
  };
  const records = Number(value("records") ?? 200_000);
  const batchSize = Number(value("batch-size") ?? 2_000);
  if (!Number.isInteger(records) || records <= 0)
    throw new Error(`--records must be a positive integer, got ${value("records")}`);
  if (!Number.isInteger(batchSize) || batchSize <= 0)
    throw new Error(`--batch-size must be a positive integer`);
  return {
    records,
    batchSize,
    backends: (value("backends") ?? "pglite,postgres").split(","),
    postgresUrl:
      process.env.PARLEY_BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  };
}

/**
 * One person in four records on average; a third of people also have a Twitter profile record
 * carrying the same email (so the two sources resolve to one person), and messages find their
 * authors by handle or by email, touchpoints and deals by email.
 */
async function writeRecordsFile(path: string, count: number): Promise<void> {
  const random = seededRandom(42);
  const out = fs.createWriteStream(path);
  const people = Math.max(1, Math.round(count / 4));
  const start = Date.UTC(2026, 0, 1);
  // Family names from syllables, so names are about as diverse as in real CRMs (not 500 names shared by 50,000 people).
  const syllables = [
    "ka",
    "lo",
    "mi",
    "ren",
    "sa",
    "to",
    "vi",
    "den",
    "ber",
    "ha",
    "nu",
    "sol",
    "tin",
    "qua",
    "pe",
    "ro",
    "zu",
    "mar",
    "lin",
    "go",
  ];
  const family = (p: number) => {
    const word =
      syllables[p % 20]! +
      syllables[Math.floor(p / 20) % 20]! +
      syllables[Math.floor(p / 400) % 20]!;
    return `${demoLastNames[Math.floor(p / 8000) % demoLastNames.length]!.slice(0, 2)}${word}`.replace(
      /^./,
      (c) => c.toUpperCase(),
    );
  };
  const first = (p: number) =>
    demoFirstNames[(p * 7 + Math.floor(p / 25)) % demoFirstNames.length]!;
  const email = (p: number) =>
    `${first(p)}.${family(p)}@${demoOrganizations[p % demoOrganizations.length]!.domain}`.toLowerCase();
  const handle = (p: number) => `${first(p)}${family(p)}`.toLowerCase();
  const name = (p: number) => `${first(p)} ${family(p)}`;
  let written = 0;
  const lines: string[] = [];
  const emit = (record: object) => {
    lines.push(JSON.stringify(record));
    written++;
  };
  let p = 0;
  while (written < count) {
    const person = p % people;
    const roll = random.next();
    const at = new Date(start + random.int(0, 300 * 24 * 60) * 60_000).toISOString();
    if (p < people) {
      emit({
        type: "person",
        source: "crm",
        id: `c${person}`,
        name: name(person),
        emails: [email(person)],
        title: "Buyer",
        organization: {
          name: demoOrganizations[person % demoOrganizations.length]!.name,
          domain: demoOrganizations[person % demoOrganizations.length]!.domain,
        },
        stage: "lead",
        at,
      });
      if (person % 3 === 0)
        emit({
          type: "person",
          source: "twitter",
          id: `t${person}`,
          name: name(person),
          emails: [email(person)],
          handles: [{ platform: "twitter", handle: handle(person) }],
          followers: { twitter: random.int(0, 50_000) },
        });
    } else if (roll < 0.55) {
      const line = random.pick(demoLines.public);
      const author =
        person % 3 === 0
          ? { platform: "twitter", handle: handle(person) }
          : { email: email(person) };
      emit({
        type: "message",
        source: "twitter",
        id: `m${written}`,
        channel: "twitter",
        author,
        text: line.text,
        at,
        conversation: `conv${Math.floor(written / 3)}`,
        metrics: { likes: random.int(0, 50) },
      });
    } else if (roll < 0.93) {
      emit({
        type: "touchpoint",
        source: "mailchimp",
        id: `tp${written}`,
        person: { email: email(person) },
        campaign: { id: `cmp${written % 20}`, name: `Campaign ${written % 20}` },
        kind: random.pick(["email_sent", "email_open", "email_click"]),
        at,
      });
    } else {
      emit({
        type: "deal",
        source: "crm",
        id: `d${person}`,
        name: `Deal ${person}`,
        stage: random.pick(["Qualification", "Proposal", "Negotiation"]),
        amount: random.int(1, 100) * 1000,
        contact: { email: email(person) },
        at,
      });
    }
    p++;
    if (lines.length >= 5_000) {
      if (!out.write(lines.join("\n") + "\n"))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      lines.length = 0;
    }
  }
  out.end(lines.length > 0 ? lines.join("\n") + "\n" : "");
  await new Promise<void>((resolve) => out.on("finish", () => resolve()));
}

/** Samples RSS every 50 ms while `work` runs. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  try {
    const value = await work();
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      peakRssMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

/** The ceiling: the same records, parsed and sent as plain multi-row INSERTs of the same batch size. */
async function bulkInsertCeiling(db: Database, file: string, batchSize: number): Promise<number> {
  await db.pool.query(
    `CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, type text, source text, source_id text, record jsonb)`,
  );
  const client = await db.pool.connect();
  let rows = 0;
  try {
    const flush = async (batch: Array<Record<string, unknown>>) => {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO bench_ceiling (type, source, source_id, record) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])`,
        [
          batch.map((r) => r.type),
          batch.map((r) => r.source),
          batch.map((r) => r.id),
          batch.map((r) => JSON.stringify(r)),
        ],
      );
      await client.query("COMMIT");
      rows += batch.length;
    };
    let batch: Array<Record<string, unknown>> = [];
    for await (const line of readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    })) {
      if (!line) continue;
      batch.push(JSON.parse(line));
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch);
  } finally {
    client.release();
  }
  return rows;
}

/**
 * The floor: every row the import left in the graph, written again into copies of its tables with
 * the same indexes, one INSERT ... SELECT per table inside the database: no parsing, validation,
 * lookups, conflict checks or round trips, and no foreign keys to check. No import that builds
 * this graph can write it faster on this machine.
 */
async function writeFloor(
  db: Database,
  ledger: BackendCpuLedger | null,
): Promise<{ rows: number; seconds: number; cpu: CpuSpent }> {
  const { rows: tables } = await db.pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY tablename`,
  );
  const client = await db.pool.connect();
  try {
    await client.query(`CREATE SCHEMA bench_floor`);
    for (const { name } of tables)
      await client.query(
        `CREATE TABLE bench_floor."${name}" (LIKE public."${name}" INCLUDING DEFAULTS INCLUDING INDEXES)`,
      );
    const before = await cpuSeconds(ledger);
    const started = performance.now();
    let rows = 0;
    await client.query("BEGIN");
    for (const { name } of tables)
      rows +=
        (await client.query(`INSERT INTO bench_floor."${name}" SELECT * FROM public."${name}"`))
          .rowCount ?? 0;
    await client.query("COMMIT");
    const seconds = (performance.now() - started) / 1000;
    const cpu = await cpuSince(ledger, before);
    await client.query(`DROP SCHEMA bench_floor CASCADE`);
    return { rows, seconds, cpu };
  } finally {
    client.release();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * CPU seconds used by this process (with PGlite's thread) and by the PostgreSQL backends of the
 * bench's private database (`ledger`), read from /proc when the server runs on this machine. CPU
 * time moves far less than wall time when other work shares the machine, and their sum over the
 * cores bounds the rate.
 */
async function cpuSeconds(ledger: BackendCpuLedger | null): Promise<CpuMark> {
  const usage = process.cpuUsage();
  return { node: (usage.user + usage.system) / 1e6, database: (await ledger?.mark()) ?? null };
}

/** A figure the bench refuses to print, with the reason. */
const unknownBecause = (reading: { unknown: string }) => `unknown: ${reading.unknown}`;

type CpuMark = { node: number; database: BackendCpuMark | null };

/** CPU seconds spent: Parley's; the database's where known (null: not measured); both, unless unknown. */
type CpuSpent = { node: number; database: BackendCpuReading | null; total: BackendCpuReading };

async function cpuSince(ledger: BackendCpuLedger | null, before: CpuMark): Promise<CpuSpent> {
  const usage = process.cpuUsage();
  const node = (usage.user + usage.system) / 1e6 - before.node;
  const database = ledger && before.database ? await ledger.since(before.database) : null;
  const total =
    database === null
      ? { seconds: node }
      : "unknown" in database
        ? database
        : { seconds: node + database.seconds };
  return { node, database, total };
}

export default async function main(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-bench-"));
  const file = nodePath.join(dir, "records.jsonl");
  console.log(
    `Generating ${fmt(options.records)} mixed records (people, messages, touchpoints, deals) ...`,
  );
  await writeRecordsFile(file, options.records);
  console.log(`  ${file}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
  const results: string[] = [];
  try {
    for (const backend of options.backends) {
      let db: Database;
      let ceilingDb: Database;
      let ledger: BackendCpuLedger | null = null;
      let cleanup: () => Promise<void>;
      if (backend === "pglite") {
        db = await openDatabase({ dataDir: nodePath.join(dir, "pglite") });
        ceilingDb = await openDatabase({
          dataDir: nodePath.join(dir, "pglite-ceiling"),
          migrate: false,
        });
        cleanup = async () => {
          await db.close();
          await ceilingDb.close();
        };
      } else if (backend === "postgres" || backend === "postgresql") {
        const fresh = await freshPostgresDatabase(options.postgresUrl);
        if (!fresh) {
          console.log(`PostgreSQL is not reachable at ${options.postgresUrl}: skipped`);
          continue;
        }
        db = await openDatabase({ databaseUrl: fresh.url });
        ceilingDb = db;
        ledger = await BackendCpuLedger.open(fresh.url);
        cleanup = async () => {
          await ledger?.close();
          await db.close();
          await fresh.drop();
        };
      } else {
        throw new Error(`unknown backend ${backend}; use pglite or postgres`);
      }
      try {
        const services: AppServices = { db, live: { notify() {} } as unknown as Live };
        console.log(
          `\n${db.kind}: importing through the import path (batches of ${fmt(options.batchSize)}) ...`,
        );
        const rssBefore = process.memoryUsage.rss() / 2 ** 20;
        const cpuBefore = await cpuSeconds(ledger);
        // RSS at every tenth of the file: flat means memory does not grow with the size of the import.
        const rssByTenth: number[] = [];
        const onProgress = (progress: ImportProgress) => {
          while (rssByTenth.length < Math.floor((progress.done / options.records) * 10))
            rssByTenth.push(process.memoryUsage.rss() / 2 ** 20);
        };
        const run = await measured(() =>
          importFile(services, file, { actor: "bench", batchSize: options.batchSize, onProgress }),
        );
        const cpu = await cpuSince(ledger, cpuBefore);
        const report = run.value;
        const rate = report.read / run.seconds;
        const counts = (
          await db.pool.query(
            `SELECT (SELECT count(*) FROM "Person" WHERE "mergedIntoId" IS NULL)::int AS people, (SELECT count(*) FROM "Message")::int AS messages,
                  (SELECT count(*) FROM "Touchpoint")::int AS touchpoints, (SELECT count(*) FROM "Deal")::int AS deals, (SELECT count(*) FROM "Event")::int AS events`,
          )
        ).rows[0];
        console.log(
          `  ${fmt(report.read)} records in ${run.seconds.toFixed(1)} s: ${fmt(rate)} records/s; ${fmt(report.created)} created, ${fmt(report.updated)} updated, ${fmt(report.merged)} merged, ${fmt(report.unchanged)} unchanged, ${report.rejected} rejected`,
        );
        console.log(
          `  graph: ${fmt(counts.people)} people, ${fmt(counts.messages)} messages, ${fmt(counts.touchpoints)} touchpoints, ${fmt(counts.deals)} deals, ${fmt(counts.events)} events`,
        );
        console.log(
          `  RSS: ${fmt(rssBefore)} MB before, peak ${fmt(run.peakRssMb)} MB during the import`,
        );
        console.log(
          `  RSS at 10%, 20%, ... 100% of the records: ${rssByTenth.map((mb) => fmt(mb)).join(", ")} MB`,
        );
        const perRecord = (seconds: number) => `${fmt((seconds * 1e6) / report.read)} µs`;
        const bound =
          "seconds" in cpu.total
            ? `on ${os.cpus().length} cores that bounds the rate at ${fmt((report.read * os.cpus().length) / cpu.total.seconds)} records/s`
            : unknownBecause(cpu.total);
        if (cpu.database !== null) {
          console.log(
            `  CPU per record: ${perRecord(cpu.node)} in Parley, ${"seconds" in cpu.database ? perRecord(cpu.database.seconds) : "unknown"} in PostgreSQL; ${bound}`,
          );
        } else {
          console.log(
            `  CPU per record: ${perRecord(cpu.node)} (Parley and its embedded database); ${bound}`,
          );
        }
        const floor = await writeFloor(db, ledger);
        const floorRate = report.read / floor.seconds;
        console.log(
          `${db.kind}: writing the finished graph again, table to table inside the database (the floor of any import) ...`,
        );
        console.log(
          `  ${fmt(floor.rows)} rows (${(floor.rows / report.read).toFixed(1)} per record) in ${floor.seconds.toFixed(1)} s: ${fmt(floorRate)} records/s, ${"seconds" in floor.cpu.total ? `${perRecord(floor.cpu.total.seconds)} of CPU per record` : `CPU ${unknownBecause(floor.cpu.total)}`}`,
        );
        // Wall time moves with the machine's load; the CPU ratio (floor CPU over import CPU) moves far less.
        const floorShare = rate / floorRate;
        console.log(
          `  the import runs at ${floorShare.toFixed(2)} of the floor (goal ${FLOOR_SHARE_GOAL}: ${floorShare >= FLOOR_SHARE_GOAL ? "met" : "NOT met"}); ` +
            `by CPU time ${"seconds" in floor.cpu.total && "seconds" in cpu.total ? (floor.cpu.total.seconds / cpu.total.seconds).toFixed(2) : "unknown"}`,
        );
        console.log(`${db.kind}: plain multi-row INSERT of the same records (the ceiling) ...`);
        const ceilingCpuBefore = await cpuSeconds(ledger);
        const ceiling = await measured(() => bulkInsertCeiling(ceilingDb, file, options.batchSize));
        const ceilingCpu = (await cpuSince(ledger, ceilingCpuBefore)).total;
        const ceilingRate = ceiling.value / ceiling.seconds;
        console.log(
          `  ${fmt(ceiling.value)} rows in ${ceiling.seconds.toFixed(1)} s: ${fmt(ceilingRate)} rows/s, peak RSS ${fmt(ceiling.peakRssMb)} MB`,
        );
        // The same CPU measure for the ceiling says how many plain inserts the import costs per record.
        if (!("seconds" in ceilingCpu)) console.log(`  CPU per row: ${unknownBecause(ceilingCpu)}`);
        else
          console.log(
            `  CPU per row: ${fmt((ceilingCpu.seconds * 1e6) / ceiling.value)} µs; the import costs ${"seconds" in cpu.total ? (cpu.total.seconds / report.read / (ceilingCpu.seconds / ceiling.value)).toFixed(1) : "an unknown number of"} plain inserts of CPU per record`,
          );
        const target = TARGET[db.kind];
        results.push(
          `${db.kind.padEnd(10)} ${fmt(rate).padStart(9)} rec/s   ${(rate / floorRate).toFixed(2)} of the floor (goal ${FLOOR_SHARE_GOAL})   ceiling ${fmt(ceilingRate).padStart(9)} rows/s   ${((rate / ceilingRate) * 100).toFixed(0).padStart(3)}% of ceiling   floor ${fmt(floorRate).padStart(7)} rec/s   peak RSS ${fmt(run.peakRssMb)} MB   target ${fmt(target)}: ${rate >= target ? "met" : "NOT met"}`,
        );
      } finally {
        await cleanup();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nEnd to end, ${fmt(options.records)} records, batches of ${fmt(options.batchSize)}:`,
  );
  for (const line of results) console.log(`  ${line}`);
}
