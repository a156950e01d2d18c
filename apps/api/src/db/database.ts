import fs from "node:fs/promises";
import { createRequire } from "node:module";
import nodePath from "node:path";
import { Worker } from "node:worker_threads";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { logger } from "../log.ts";
import { applyMigrations } from "./migrate.ts";
import { Notifications } from "./notifications.ts";
import { installPlanCache } from "./plan-cache.ts";

const log = logger("db");

// Every Prisma client of the process compiles each request shape once (see plan-cache.ts).
installPlanCache();

export type DatabaseKind = "pglite" | "postgresql";

/** The one place that opens storage: Prisma for the graph, the raw pool for set-based SQL. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  pool: pg.Pool;
  /** What the database's triggers notify: changes made by any instance, or by an operator's SQL. */
  notifications: Notifications;
  /** Where the database lives, without credentials, for logs and /healthz. */
  description: string;
  /** Embedded only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data directory, or "memory://" for a throwaway database. */
  dataDir?: string;
  /** A PGlite data directory dump to start from (tests start from an already migrated one). */
  pgliteSnapshot?: Blob;
  migrate?: boolean;
  /** Counts every SQL statement sent, for tests that guard against N+1 queries. */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const db = options.databaseUrl
    ? openServer(options.databaseUrl)
    : await openEmbedded(options.dataDir ?? ".parley/data", options.pgliteSnapshot);
  if (options.onQuery) instrumentPool(db.pool, options.onQuery);
  if (options.migrate !== false) {
    try {
      await applyMigrations(db.pool);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

function openServer(databaseUrl: string): Database {
  const notifications = new Notifications(databaseUrl);
  const pool = new pg.Pool(
    withOnConnect({ connectionString: databaseUrl, max: 10 }, notifications.attach),
  );
  pool.on("error", (error) => log.warn({ err: error.message }, "idle database connection error"));
  keepConnectionErrorsFromEndingTheProcess(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const url = new URL(databaseUrl);
  return {
    kind: "postgresql",
    prisma,
    pool,
    notifications,
    description: `postgresql://${url.host}${url.pathname}`,
    async close() {
      await notifications.close();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * pg-pool 3.14 runs `onConnect` on each new connection before handing it out (its statements are
 * not seen by `instrumentPool`, which counts from the "connect" event after it); @types/pg does not
 * declare the option yet.
 */
function withOnConnect(
  config: pg.PoolConfig,
  onConnect: (client: pg.PoolClient) => Promise<void>,
): pg.PoolConfig {
  return { ...config, onConnect } as pg.PoolConfig;
}

/**
 * The pool listens for errors only on idle clients: a connection that drops while a client is
 * checked out (a database crash between two statements of a transaction, a long index build)
 * emits "error" on that client, and without a listener Node ends the process. The statement in
 * flight still rejects, and its caller answers or retries; the listener only logs.
 */
function keepConnectionErrorsFromEndingTheProcess(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    client.on("error", (error) =>
      log.warn({ err: error.message }, "database connection lost while in use"),
    );
  });
}

async function openEmbedded(dataDir: string, snapshot?: Blob): Promise<Database> {
  const thread = await startPgliteThread(dataDir, snapshot);
  const notifications = new Notifications();
  const pool = new pg.Pool(
    withOnConnect(
      { connectionString: `postgresql://postgres@${thread.address}/postgres`, max: 1 },
      notifications.attach,
    ),
  );
  pool.on("error", (error) =>
    log.warn({ err: error.message }, "embedded database connection error"),
  );
  keepConnectionErrorsFromEndingTheProcess(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "pglite",
    prisma,
    pool,
    notifications,
    description: dataDir === "memory://" ? "pglite (in memory)" : `pglite ${dataDir}`,
    dumpDataDir: () => thread.dumpDataDir(),
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await thread.close();
    },
  };
}

/** What pglite-worker.mjs posts back: "ready" or "startFailed" once, then one reply per request. */
type PgliteThreadMessage =
  | { type: "ready"; address: string }
  | { type: "startFailed"; error: Error }
  | { type: "done"; id: number; tarball?: ArrayBuffer }
  | { type: "failed"; id: number; error: Error };

interface PgliteThread {
  /** host:port of the socket server in the thread. */
  address: string;
  dumpDataDir(): Promise<Blob>;
  /** Stops the server and closes PGlite (so the data directory is consistent), then ends the thread. */
  close(): Promise<void>;
}

/** PGlite's WebAssembly, compiled once per process and shared by every embedded database it opens. */
export interface PgliteBinaries {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
  /** The files PGlite unpacks into its virtual file system at start. */
  fsBundle: ArrayBuffer;
}

let binaries: Promise<PgliteBinaries> | undefined;

/**
 * Each PGlite otherwise compiles its WASM again (about half of opening one): the server pays that
 * once, and a test run once per test file instead of once per test.
 */
function pgliteBinaries(): Promise<PgliteBinaries> {
  binaries ??= (async () => {
    const dist = nodePath.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    const [pglite, initdb, bundle] = await Promise.all(
      ["pglite.wasm", "initdb.wasm", "pglite.data"].map((file) =>
        fs.readFile(nodePath.join(dist, file)),
      ),
    );
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
      WebAssembly.compile(pglite!),
      WebAssembly.compile(initdb!),
    ]);
    return { pgliteWasmModule, initdbWasmModule, fsBundle: new Uint8Array(bundle!).buffer };
  })();
  return binaries;
}

/**
 * PGlite runs SQL synchronously in WASM; in its own thread (pglite-worker.mjs) that work no longer
 * stalls the API's event loop and runs on another core. The worker is plain JavaScript started with
 * an empty execArgv, so it loads the same way under tsx (server, CLI, bench) and under vitest,
 * whose TypeScript transform does not reach worker threads, and inherits no loader it does not need.
 */
async function startPgliteThread(dataDir: string, snapshot?: Blob): Promise<PgliteThread> {
  const where = dataDir === "memory://" ? "in memory" : dataDir;
  const snapshotBytes = snapshot ? await snapshot.arrayBuffer() : undefined;
  const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
    workerData: { dataDir, snapshot: snapshotBytes, ...(await pgliteBinaries()) },
    transferList: snapshotBytes ? [snapshotBytes] : [],
    execArgv: [],
  });

  const pending = new Map<
    number,
    { resolve: (tarball?: ArrayBuffer) => void; reject: (error: Error) => void }
  >();
  let nextRequestId = 0;
  let started = false;
  let closing = false;
  let stopped: Error | undefined;
  let startup!: { resolve: (address: string) => void; reject: (error: Error) => void };
  const address = new Promise<string>((resolve, reject) => (startup = { resolve, reject }));

  function stop(error: Error) {
    if (stopped) return;
    stopped = error;
    startup.reject(error);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    if (started && !closing) {
      log.fatal(
        { err: error.message },
        "the embedded database stopped: every query fails from now on; restart Parley",
      );
    }
  }

  worker.on("message", (message: PgliteThreadMessage) => {
    if (message.type === "ready") {
      started = true;
      startup.resolve(message.address);
    } else if (message.type === "startFailed") {
      stop(
        new Error(`PGlite could not open its database (${where}): ${message.error.message}`, {
          cause: message.error,
        }),
      );
      void worker.terminate();
    } else {
      const request = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === "done") request?.resolve(message.tarball);
      else
        request?.reject(
          new Error(`PGlite (${where}): ${message.error.message}`, { cause: message.error }),
        );
    }
  });
  worker.on("error", (error) =>
    stop(new Error(`The PGlite thread (${where}) crashed: ${error.stack ?? error.message}`)),
  );
  worker.on("exit", (code) =>
    stop(new Error(`The PGlite thread (${where}) exited with code ${code}`)),
  );

  function request(type: "dump" | "close"): Promise<ArrayBuffer | undefined> {
    return new Promise((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextRequestId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, type });
    });
  }

  return {
    address: await address,
    dumpDataDir: async () => new Blob([(await request("dump"))!]),
    async close() {
      if (stopped) return;
      closing = true;
      await request("close");
      await worker.terminate();
    },
  };
}

function instrumentPool(pool: pg.Pool, onQuery: (sql: string) => void): void {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const first = args[0];
      onQuery(typeof first === "string" ? first : String((first as { text?: string })?.text ?? ""));
      return query(...args);
    };
  });
}
