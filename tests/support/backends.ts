import pg from "pg";

/** Which database the current vitest project runs against. */
export type TestBackend = "pglite" | "postgres";

export const postgresAdminUrl =
  process.env.PARLEY_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const redisTestUrl = process.env.PARLEY_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: postgresAdminUrl,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** One statement on the server's maintenance database (CREATE and DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export async function redisReachable(): Promise<boolean> {
  const url = new URL(redisTestUrl);
  return redisAnswersPing(url.hostname, Number(url.port || 6379));
}

export async function redisAnswersPing(host: string, port: number): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.setTimeout(2000);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Prints a warning nobody can miss; used when a part of the suite cannot run on this machine. */
export function loudWarning(lines: string[]): void {
  const bar = "!".repeat(78);
  console.warn(`\n${bar}\n${lines.map((line) => `!! ${line}`).join("\n")}\n${bar}\n`);
}

/** Whether Redis tests can run here: required in CI, left out with a loud warning elsewhere. */
export async function redisAvailableForTests(): Promise<boolean> {
  if (await redisReachable()) return true;
  if (process.env.CI === "true")
    throw new Error(`Redis is required in CI and is not reachable at ${redisTestUrl}`);
  loudWarning([
    `Redis is not reachable at ${redisTestUrl} (PARLEY_TEST_REDIS_URL): the Redis fan-out tests are NOT running.`,
  ]);
  return false;
}

/** With a one-minute poll, only the Redis signal can deliver an event within a test's few seconds. */
export const slowPoll = { pollIntervalMs: 60_000 };
