// What the benches share about a local PostgreSQL: a throwaway database, and CPU time read from
// /proc (CPU moves far less than wall time when other work shares the machine).
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";

/** A new database on the server of `adminUrl`, dropped by `drop`; null when the server is not reachable. */
export async function freshPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `parley_bench_${crypto.randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** USER_HZ: /proc reports CPU time in hundredths of a second on Linux. */
const ticksPerSecond = 100;

/**
 * User plus system CPU seconds from the text of /proc/<pid>/stat. The command (second field) is in
 * parentheses and may itself hold spaces and ")", so fields are counted from the last ")".
 */
export function procStatCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return (utime + stime) / ticksPerSecond;
}

/** User and system CPU seconds of a process of this machine; null when /proc does not show it. */
export function processCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  return procStatCpuSeconds(stat);
}

/** What a set of backends has spent, or why that cannot be known. */
export type BackendCpuReading = { seconds: number } | { unknown: string };

/** A book's running total at one moment, to measure from. */
export type BackendCpuMark = { seconds: number; unknowns: number };

/** One backend at one look: its CPU (null when its process is already gone) and whether it was idle. */
export type BackendSeen = { seconds: number | null; idle: boolean };

/**
 * The CPU book of a set of backends that come and go. /proc forgets a process when it exits, so a
 * plain sum over the backends alive at two moments drops whatever an exited one had spent and runs
 * backwards (the ingest bench printed a negative floor when the pool closed the import's idle
 * connections). The book keeps each backend's last reading after it exits. That reading is its
 * final CPU when the backend was idle at that look and looks come more often than a pool closes
 * an idle connection (pg's pool waits 10 s): the backend cannot have worked again before it
 * closed. A backend that exits after a look that saw it working leaves its last CPU unknown, and
 * a figure that spans that exit is refused rather than printed low.
 */
export class BackendCpuBook {
  /** The backends alive at the last look, as that look saw them. */
  private readonly alive = new Map<number, { seconds: number; idle: boolean }>();
  /** What backends that have exited spent, kept apart so that a reused pid starts a new backend. */
  private endedSeconds = 0;
  private readonly unknowns: string[] = [];

  /** Records one look at the backends, by pid. */
  observe(seen: Map<number, BackendSeen>): void {
    for (const [pid, backend] of this.alive) {
      const now = seen.get(pid)?.seconds;
      if (now !== undefined && now !== null && now >= backend.seconds) continue;
      // Gone, or less CPU than before: the pid now names a new backend. The old one's last reading stands.
      this.alive.delete(pid);
      this.endedSeconds += backend.seconds;
      if (!backend.idle)
        this.unknowns.push(
          `PostgreSQL backend ${pid} ended after a look that saw it working: its CPU after that look is unknown`,
        );
    }
    // A new backend counts from zero: it started after the last look, and all it spent is new work.
    for (const [pid, { seconds, idle }] of seen)
      if (seconds !== null) this.alive.set(pid, { seconds, idle });
  }

  /** The CPU of every backend seen so far, and how many exits of unknown cost came before it. */
  total(): BackendCpuMark {
    let seconds = this.endedSeconds;
    for (const backend of this.alive.values()) seconds += backend.seconds;
    return { seconds, unknowns: this.unknowns.length };
  }

  /** CPU spent between two totals, or why it is unknown. */
  since(before: BackendCpuMark): BackendCpuReading {
    const after = this.total();
    if (after.unknowns > before.unknowns) return { unknown: this.unknowns[before.unknowns]! };
    return { seconds: after.seconds - before.seconds };
  }
}

/** How often the ledger looks at the backends, well inside a pool's idle timeout (10 s by default). */
const samplingIntervalMs = 1_000;

/**
 * CPU of exactly the client backends of one database (a bench's private database: only the bench's
 * connections use it, whatever else runs on the same server), when the server runs on this
 * machine. A dedicated connection, which leaves itself out, looks at them every second, so that
 * a backend a pool closes between two measurements was last read idle (see BackendCpuBook).
 * Autovacuum and parallel workers are not counted.
 */
export class BackendCpuLedger {
  private readonly book = new BackendCpuBook();
  private timer: NodeJS.Timeout | undefined;
  private looking: Promise<void> = Promise.resolve();

  private constructor(private readonly client: pg.Client) {}

  /** A ledger of the database at `databaseUrl`; null when its server's backends are not on this machine. */
  static async open(databaseUrl: string): Promise<BackendCpuLedger | null> {
    const client = new pg.Client({
      connectionString: databaseUrl,
      application_name: "parley bench cpu",
    });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    if (processCpuSeconds(rows[0]!.pid) === null) {
      await client.end();
      return null;
    }
    const ledger = new BackendCpuLedger(client);
    await ledger.look();
    // A failed look rejects the next mark or since, which the bench awaits.
    ledger.timer = setInterval(() => ledger.look().catch(() => {}), samplingIntervalMs);
    return ledger;
  }

  /** The running total, read now: pass it to `since` after the work. */
  async mark(): Promise<BackendCpuMark> {
    await this.look();
    return this.book.total();
  }

  /** CPU the database's backends spent since `before` (a `mark`), or why it is unknown. */
  async since(before: BackendCpuMark): Promise<BackendCpuReading> {
    await this.look();
    return this.book.since(before);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.looking.catch(() => {});
    await this.client.end();
  }

  /** One look at a time, so the book sees the backends in order. */
  private look(): Promise<void> {
    this.looking = this.looking.then(async () => {
      const { rows } = await this.client.query<{ pid: number; idle: boolean }>(
        `SELECT pid, state = 'idle' AS idle FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      this.book.observe(
        new Map(rows.map(({ pid, idle }) => [pid, { seconds: processCpuSeconds(pid), idle }])),
      );
    });
    return this.looking;
  }
}
