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

/** User and system CPU seconds of a process of this machine; null when /proc does not show it. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the PostgreSQL backends serving the pool's database, when the server runs on this
 * machine; null otherwise.
 */
export async function backendCpuSeconds(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  );
  let total = 0;
  for (const { pid } of rows) {
    const seconds = processCpuSeconds(pid);
    if (seconds === null) return null;
    total += seconds;
  }
  return total;
}
