import crypto from "node:crypto";
import fs from "node:fs";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../apps/api/src/db/database.ts";
import { adminQuery, postgresAdminUrl, type TestBackend } from "./backends.ts";

export const backend: TestBackend =
  process.env.PARLEY_TEST_DB === "postgres" ? "postgres" : "pglite";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (two API instances can share it). */
  url?: string;
}

/**
 * A brand-new, migrated database of the project's backend: an in-memory PGlite started from the
 * migrated template, or a copy of the migrated template database on the PostgreSQL server that is
 * dropped on close. The migrator still runs on either and finds nothing to do.
 */
export async function freshDatabase(
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  if (backend === "pglite") {
    const snapshot = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
    return openDatabase({
      dataDir: "memory://",
      pgliteSnapshot: snapshot,
      onQuery: options.onQuery,
    });
  }
  const name = `parley_test_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), onQuery: options.onQuery });
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
