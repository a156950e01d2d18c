import { adminQuery, postgresAdminUrl } from "./backends.ts";
import { migrationsHash } from "./pglite-template.ts";

/** The migrated template database of the current migrations on the PostgreSQL server. */
export function postgresTemplateName(): string {
  return `parley_test_template_${migrationsHash()}`;
}

/**
 * Migrating a new database costs seconds per test file, and every migration's transaction holds
 * back every other file's live deliveries meanwhile (the event log waits for the server's oldest
 * transaction): every file instead copies a database migrated once, which takes a fraction of a
 * second. Made under another name and renamed, so a run that dies half-way leaves no template
 * that lacks a migration, and concurrent runs of the same migrations share one.
 */
export async function ensurePostgresTemplate(): Promise<string> {
  const name = postgresTemplateName();
  if (await databaseExists(name)) return name;
  const building = `${name}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${building}`);
  await adminQuery(`CREATE DATABASE ${building}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${building}`;
  const { openDatabase } = await import("../../apps/api/src/db/database.ts");
  const db = await openDatabase({ databaseUrl: url.toString() });
  await db.close();
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
