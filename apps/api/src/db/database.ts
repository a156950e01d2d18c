import fs from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { applyMigrations } from "./migrate.ts";

export type DatabaseKind = "pglite" | "postgresql";

/** The one place that opens storage: Prisma for the graph, the raw pool for set-based SQL. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  pool: pg.Pool;
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
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on("error", (error) => console.error("[db] idle connection error:", error.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const url = new URL(databaseUrl);
  return {
    kind: "postgresql",
    prisma,
    pool,
    description: `postgresql://${url.host}${url.pathname}`,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string, snapshot?: Blob): Promise<Database> {
  if (dataDir !== "memory://") fs.mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, snapshot ? { loadDataDir: snapshot } : {});
  // PGlite is one in-process backend; pglite-socket lets the standard pg driver (and so Prisma's
  // official adapter) speak to it exactly as to a server. It serves one connection at a time.
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0 });
  await server.start();
  const pool = new pg.Pool({ connectionString: `postgresql://postgres@${server.getServerConn()}/postgres`, max: 1 });
  pool.on("error", (error) => console.error("[db] embedded connection error:", error.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "pglite",
    prisma,
    pool,
    description: dataDir === "memory://" ? "pglite (in memory)" : `pglite ${dataDir}`,
    dumpDataDir: () => pglite.dumpDataDir("none"),
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await server.stop();
      await pglite.close();
    },
  };
}

function instrumentPool(pool: pg.Pool, onQuery: (sql: string) => void): void {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      onQuery(typeof first === "string" ? first : String((first as { text?: string })?.text ?? ""));
      return query(...args);
    };
  });
}
