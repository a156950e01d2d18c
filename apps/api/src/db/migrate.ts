import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { findUpwards } from "../paths.ts";

/**
 * prisma/migrations of the repository, found upwards from this module: it runs from src/db under
 * tsx and the tests, and from the bundled apps/api/dist/main.js in production.
 */
const migrationsDir = findUpwards(import.meta.dirname, path.join("prisma", "migrations"));

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies prisma/migrations/<name>/migration.sql in order, each in its own transaction, and
 * records them in Prisma's `_prisma_migrations` table so standard Prisma tooling reads the state.
 * Prisma's own `migrate deploy` cannot run through driver adapters (prisma/orm#27403).
 */
export async function applyMigrations(
  pool: pg.Pool,
  dir = migrationsDir,
): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    // Two instances starting against one server must not both apply the same migration.
    await client.query("SELECT pg_advisory_lock(727001)");
    try {
      const done = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const appliedChecksums = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
      const applied: string[] = [];
      for (const name of listMigrations(dir)) {
        const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
        const checksum = crypto.createHash("sha256").update(sql).digest("hex");
        const previous = appliedChecksums.get(name);
        if (previous !== undefined) {
          if (previous !== checksum) {
            throw new Error(
              `Migration ${name} was changed after it was applied (checksum differs); add a new migration instead`,
            );
          }
          continue;
        }
        await client.query("BEGIN");
        try {
          await client.query(sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
             VALUES ($1, $2, now(), $3, 1)`,
            [crypto.randomUUID(), checksum, name],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(
            `Migration ${name} failed and was rolled back: ${(error as Error).message}`,
          );
        }
        applied.push(name);
      }
      return { applied, alreadyApplied: appliedChecksums.size };
    } finally {
      await client.query("SELECT pg_advisory_unlock(727001)");
    }
  } finally {
    client.release();
  }
}

export function listMigrations(dir = migrationsDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}
