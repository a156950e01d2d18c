import crypto from "node:crypto";
import { adminQuery, postgresAdminUrl } from "./backends.ts";
import { migrationsHash } from "./pglite-template.ts";

/** The migrated template database of the current migrations on the PostgreSQL server. */
export function postgresTemplateName(): string {
  return `parley_test_template_${migrationsHash()}`;
}

/**
 * Migrating a new database took 2.7 s per test file on the loaded machine: every file instead
 * copies a database migrated once (0.3 s). Made under another name and renamed, so a build that
 * fails leaves no template that lacks a migration, and concurrent runs of the same migrations
 * share one.
 */
export async function ensurePostgresTemplate(): Promise<string> {
  const name = postgresTemplateName();
  if (await databaseExists(name)) return name;
  // Its own name per build: two projects' setups (or two runs) may build at once.
  const building = `${name}_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${building}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${building}`;
  const { openDatabase } = await import("../../apps/api/src/db/database.ts");
  try {
    await (await openDatabase({ databaseUrl: url.toString() })).close();
  } catch (error) {
    await adminQuery(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    throw error;
  }
  try {
    await adminQuery(`ALTER DATABASE ${building} RENAME TO ${name}`);
  } catch (error) {
    // Another run renamed its own first: use that one.
    await adminQuery(`DROP DATABASE IF EXISTS ${building}`);
    if (!(await databaseExists(name))) throw error;
  }
  return name;
}

async function databaseExists(name: string): Promise<boolean> {
  const { rows } = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  return rows.length > 0;
}
