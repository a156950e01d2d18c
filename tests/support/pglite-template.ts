import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listMigrations } from "../../apps/api/src/db/migrate.ts";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** A short hash of the current migrations: templates made from other migrations are never used. */
export function migrationsHash(): string {
  const hash = crypto.createHash("sha256");
  for (const name of listMigrations(migrationsDir))
    hash.update(name).update(fs.readFileSync(path.join(migrationsDir, name, "migration.sql")));
  return hash.digest("hex").slice(0, 16);
}

/** Where the migrated PGlite template for the current migrations lives. */
export function templatePath(): string {
  return path.join(os.tmpdir(), `parley-pglite-template-${migrationsHash()}.tar`);
}

/**
 * Booting PGlite and migrating costs seconds; every test file instead starts from a dump of a
 * migrated database. The migrator still runs on it and finds nothing to do.
 */
export async function ensureTemplate(): Promise<string> {
  const file = templatePath();
  if (fs.existsSync(file)) return file;
  const { openDatabase } = await import("../../apps/api/src/db/database.ts");
  const db = await openDatabase({ dataDir: "memory://" });
  try {
    const dump = await db.dumpDataDir!();
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, file);
  } finally {
    await db.close();
  }
  return file;
}
