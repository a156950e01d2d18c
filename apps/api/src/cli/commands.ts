import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrate.ts";
import { apiKeyRoles, createApiKey } from "../auth/keys.ts";
import type { ApiKeyRole } from "../generated/prisma/enums.ts";

export interface Command {
  summary: string;
  run(args: string[]): Promise<void>;
}

export const schemaFile = path.resolve(import.meta.dirname, "../../../../packages/schema/schema.graphql");

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

export const commands: Record<string, Command> = {
  migrate: {
    summary: "apply pending migrations to the configured database",
    run: () =>
      withDatabase(async (db) => {
        const result = await applyMigrations(db.pool);
        console.log(
          result.applied.length
            ? `Applied ${result.applied.length} migration(s) to ${db.description}: ${result.applied.join(", ")}`
            : `${db.description} is up to date (${result.alreadyApplied} migration(s) applied earlier)`,
        );
      }),
  },
  "create-key": {
    summary: "create an API key: create-key <name> <admin|analyst|viewer|integrator>",
    run: ([name, role]) =>
      withDatabase(async (db) => {
        if (!name || !apiKeyRoles.includes(role as ApiKeyRole)) {
          throw new Error(`usage: pnpm parley create-key <name> <${apiKeyRoles.join("|")}>`);
        }
        await applyMigrations(db.pool);
        const key = await createApiKey(db.prisma, { name, role: role as ApiKeyRole });
        console.log(`Created ${key.role} key "${key.name}" (shown once):\n${key.secret}`);
      }),
  },
  schema: {
    summary: "write the served GraphQL schema to packages/schema/schema.graphql",
    run: async () => {
      const { printSchemaSdl } = await import("../schema.ts");
      fs.writeFileSync(schemaFile, printSchemaSdl());
      console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
    },
  },
};
