import fs from "node:fs";
import path from "node:path";
import { apiKeyRoles, createApiKey } from "../auth/keys.ts";
import { loadConfig } from "../config.ts";
import type { AppServices } from "../context.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrate.ts";
import { Live } from "../events/live.ts";
import { createEventSignal } from "../events/signal.ts";
import type { ApiKeyRole } from "../generated/prisma/enums.ts";
import { runInfluence } from "../influence/run.ts";
import { formatReport, importFile, progressPrinter } from "../ingest/import-file.ts";

export interface Command {
  summary: string;
  run(args: string[]): Promise<void>;
}

export const schemaFile = path.resolve(
  import.meta.dirname,
  "../../../../packages/schema/schema.graphql",
);

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    migrate: false,
  });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The services an import needs, without a server: events written here reach servers through the log. */
async function withServices<T>(work: (services: AppServices) => Promise<T>): Promise<T> {
  const config = loadConfig();
  return withDatabase(async (db) => {
    await applyMigrations(db.pool);
    const signal = createEventSignal(config.redisUrl);
    try {
      return await work({ db, live: new Live(db.pool, signal) });
    } finally {
      await signal.close();
    }
  });
}

/** `--name value` options after the positional arguments, and `--flag`s that take no value. */
function parseOptions(
  args: string[],
  known: string[],
  flags: string[] = [],
): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (flags.includes(name) && inline === undefined) {
      options[name] = "true";
      continue;
    }
    if (!known.includes(name))
      throw new Error(
        `unknown option --${name}; known: ${[...known, ...flags].map((k) => `--${k}`).join(", ")}`,
      );
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}

export const commands: Record<string, Command> = {
  import: {
    summary:
      "import a file: import <file> [--format <preset>] [--source <name>] [--mapping <file>]",
    run: async (args) => {
      const { positional, options } = parseOptions(args, [
        "format",
        "source",
        "mapping",
        "batch-size",
      ]);
      const [file] = positional;
      if (!file)
        throw new Error(
          "usage: pnpm parley import <file> [--format <preset>] [--source <name>] [--mapping <file>]",
        );
      await withServices(async (services) => {
        const stop = new AbortController();
        let interrupts = 0;
        const onInterrupt = () => {
          interrupts++;
          if (interrupts > 1) {
            // The open transaction dies with the connection: the batch in flight rolls back.
            console.error(
              "\nStopped; the batch in flight was rolled back. Run the same command again to resume.",
            );
            process.exit(130);
          }
          console.error(
            "\nStopping after the batch in flight commits (Ctrl-C again to stop at once)...",
          );
          stop.abort();
        };
        process.on("SIGINT", onInterrupt);
        const printer = progressPrinter();
        try {
          const report = await importFile(services, file, {
            format: options.format,
            source: options.source,
            mapping: options.mapping,
            batchSize: options["batch-size"] ? Number(options["batch-size"]) : undefined,
            signal: stop.signal,
            onProgress: printer.update,
          });
          printer.end();
          console.log(formatReport(report, services.db.description));
          if (report.interrupted) process.exitCode = 130;
          else {
            // No server of this process will notice the import: its influence run happens here.
            const run = await runInfluence(services.db, "import");
            console.log(
              `Influence recomputed: ${run.people} people, ${run.edges} interaction edges, ${run.communities} communities in ${run.milliseconds} ms`,
            );
          }
        } finally {
          process.off("SIGINT", onInterrupt);
        }
      });
    },
  },
  demo: {
    summary:
      "write the demo world's source files and import them: demo [--people N] [--seed S] [--out DIR] [--now ISO] [--no-import]",
    run: async (args) => {
      const { options } = parseOptions(args, ["people", "seed", "out", "now"], ["no-import"]);
      const { DEFAULT_DEMO_PEOPLE, demoDirectory, loadDemo } = await import("../demo/demo.ts");
      const { DEFAULT_SEED, writeDemoFiles } = await import("../demo/files.ts");
      const wholeNumber = (name: string, min: number, max: number, fallback: number) => {
        if (options[name] === undefined) return fallback;
        const value = Number(options[name]);
        if (!Number.isInteger(value) || value < min || value > max)
          throw new Error(
            `--${name} must be a whole number from ${min} to ${max}, got ${options[name]}`,
          );
        return value;
      };
      const people = wholeNumber("people", 20, 1_000_000, DEFAULT_DEMO_PEOPLE);
      const seed = wholeNumber("seed", 0, 2 ** 32 - 1, DEFAULT_SEED);
      const now = options.now === undefined ? new Date() : new Date(options.now);
      if (Number.isNaN(now.getTime()))
        throw new Error(`--now must be an ISO 8601 time, got ${options.now}`);
      const directory = path.resolve(options.out ?? demoDirectory());
      if (options["no-import"]) {
        const { files } = writeDemoFiles(directory, { people, seed, now });
        console.log(
          `Wrote ${files.length} demo files (${people} people, seed ${seed}) to ${directory}`,
        );
        return;
      }
      await withServices(async (services) => {
        const loaded = await loadDemo(services, { people, seed, now, directory });
        console.log(`Demo data loaded from ${loaded.directory}: ${loaded.summary}`);
        const run = await runInfluence(services.db, "import");
        console.log(
          `Influence recomputed: ${run.people} people, ${run.edges} interaction edges, ${run.communities} communities in ${run.milliseconds} ms`,
        );
      });
    },
  },
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
