import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations } from "../../apps/api/src/db/migrate.ts";
import { freshDatabase, type TestDatabase } from "../support/database.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Indexes a migration writes by hand because schema.prisma cannot state them (NULLS LAST); each is
 * named in a comment there. The migrated schema must hold exactly these beside Prisma's own.
 */
const handWrittenIndexes = [
  {
    tablename: "Person",
    indexname: "Person_lastSeenAt_id_idx",
    indexdef:
      'CREATE INDEX "Person_lastSeenAt_id_idx" ON public."Person" USING btree ("lastSeenAt" DESC NULLS LAST, id)',
  },
];

/** SQL for the whole of schema.prisma, straight from Prisma, without our migration files. */
async function schemaPrismaSql(): Promise<string> {
  // The JS schema engine opens a connection even for --from-empty; a throwaway PGlite serves it.
  const pglite = await PGlite.create("memory://");
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0 });
  await server.start();
  try {
    // Asynchronous on purpose: the PGlite server answering the CLI runs on this event loop.
    const { stdout } = await promisify(execFile)(
      path.join(root, "apps/api/node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        "--config",
        "prisma/prisma.config.ts",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: `postgresql://postgres@${server.getServerConn()}/postgres`,
        },
        encoding: "utf8",
      },
    );
    return stdout;
  } finally {
    await server.stop();
    await pglite.close();
  }
}

/** Everything about the public schema that a migration can change, in a comparable form. */
async function describeSchema(pool: pg.Pool) {
  const columns = await pool.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`,
  );
  const indexes = await pool.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  );
  const constraints = await pool.query(
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY conname`,
  );
  const enums = await pool.query(
    `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`,
  );
  return {
    columns: columns.rows,
    indexes: indexes.rows,
    constraints: constraints.rows,
    enums: enums.rows,
  };
}

describe("migrations", () => {
  let migrated: TestDatabase;
  beforeAll(async () => {
    migrated = await freshDatabase();
  });
  afterAll(async () => {
    await migrated?.close();
  });

  test("produce exactly the schema that schema.prisma describes", async () => {
    const fromPrisma = await freshDatabase();
    try {
      // Start the comparison database empty, then build it from schema.prisma alone.
      await fromPrisma.pool.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      await fromPrisma.pool.query(await schemaPrismaSql());
      const expected = await describeSchema(fromPrisma.pool);
      const actual = await describeSchema(migrated.pool);
      expect(actual.enums).toEqual(expected.enums);
      expect(actual.columns).toEqual(expected.columns);
      const byName = (rows: Array<{ indexname: string }>) =>
        [...rows].sort((x, y) =>
          x.indexname < y.indexname ? -1 : x.indexname > y.indexname ? 1 : 0,
        );
      expect(byName(actual.indexes)).toEqual(byName([...expected.indexes, ...handWrittenIndexes]));
      expect(actual.constraints).toEqual(expected.constraints);
      expect(actual.columns.length).toBeGreaterThan(100);
    } finally {
      await fromPrisma.close();
    }
  }, 180_000);

  test("are recorded in Prisma's _prisma_migrations table and not applied twice", async () => {
    const { rows } = await migrated.pool.query(
      `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const names = fs
      .readdirSync(path.join(root, "prisma/migrations"))
      .filter((name) => !name.includes("."));
    expect(rows.map((row) => row.migration_name)).toEqual(names.sort());
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    const again = await applyMigrations(migrated.pool);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(names.length);
  });

  test("a failing migration rolls back completely and names itself", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-migrations-"));
    for (const name of fs
      .readdirSync(path.join(root, "prisma/migrations"))
      .filter((entry) => !entry.includes("."))) {
      fs.cpSync(path.join(root, "prisma/migrations", name), path.join(dir, name), {
        recursive: true,
      });
    }
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(
      path.join(dir, "29990101000000_broken/migration.sql"),
      `CREATE TABLE "HalfDone" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;`,
    );
    await expect(applyMigrations(migrated.pool, dir)).rejects.toThrow(
      /29990101000000_broken failed and was rolled back/,
    );
    const table = await migrated.pool.query(`SELECT to_regclass('public."HalfDone"') AS name`);
    expect(table.rows[0].name).toBeNull();
    const recorded = await migrated.pool.query(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(recorded.rows[0].n).toBe(0);
  });

  test("refuses a migration that was edited after it was applied", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-migrations-"));
    const [first] = fs
      .readdirSync(path.join(root, "prisma/migrations"))
      .filter((entry) => !entry.includes("."))
      .sort();
    fs.mkdirSync(path.join(dir, first));
    fs.writeFileSync(
      path.join(dir, first, "migration.sql"),
      "-- edited\n" +
        fs.readFileSync(path.join(root, "prisma/migrations", first, "migration.sql"), "utf8"),
    );
    await expect(applyMigrations(migrated.pool, dir)).rejects.toThrow(
      /was changed after it was applied/,
    );
  });
});
