import path from "node:path";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { loudWarning, postgresReachable } from "./support/backends.ts";

const root = path.resolve(import.meta.dirname, "..");
const inCi = process.env.CI === "true";

/**
 * The whole suite runs twice: against embedded PGlite and against the PostgreSQL server. Without
 * a reachable server the PostgreSQL half is left out with a loud warning, except in CI where it
 * is required.
 */
export default defineConfig(async () => {
  const withPostgres = await postgresReachable();
  if (!withPostgres) {
    const message = [
      "PostgreSQL is not reachable at PARLEY_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres).",
      "The PostgreSQL half of the suite is NOT running: only embedded PGlite is tested.",
    ];
    if (inCi) throw new Error(message.join(" "));
    loudWarning(message);
  }
  const backends = withPostgres ? ["pglite", "postgres"] : ["pglite"];
  // Files that run several servers as child processes, kill and restart them, or push ten thousand
  // inputs through one: they run once, on the PostgreSQL server, after every other file, so their
  // timing does not depend on two other heavy files sharing the two cores.
  const heavy = [
    "tests/faults/**/*.test.ts",
    "tests/hostile/hostile-input.test.ts",
    "tests/alerts/instances.postgres.test.ts",
  ];
  const heavyBackend = withPostgres ? "postgres" : "pglite";
  const config: ViteUserConfig = {
    root,
    resolve: {
      // graphql 16 ships CommonJS and ESM side by side; Node loads the CommonJS build for the
      // libraries, so the code vitest transforms must use the same one or types cross realms.
      alias: [
        {
          find: /^graphql$/,
          replacement: path.join(root, "apps/api/node_modules/graphql/index.js"),
        },
      ],
    },
    test: {
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // Each file gets its own process: PGlite and servers are heavy and must not leak between files.
      pool: "forks" as const,
      // Two files at a time on the 2-core machines: vitest's default (cores - 1) ran one, and most of
      // a file's time is starting its process, PGlite and servers, which leaves the other core idle.
      maxWorkers: 2,
      reporters: ["default", "json"],
      outputFile: { json: path.join(root, "tests/artifacts/results.json") },
      projects: [
        ...backends.map((name) => ({
          extends: true as const,
          test: {
            name,
            // One module registry per worker rather than per file: importing the app (Pothos schema,
            // Prisma's WASM client, Yoga) cost each file 1-3 s, 200 s of the 60 API files' 973 s. Files
            // start their own databases and servers and close them; no test stubs globals or modules.
            isolate: false,
            // Unit tests that need no database (plain *.test.ts beside the code) and the browser test
            // (the dashboard only speaks GraphQL) run once, with PGlite; *.postgres.test.ts need a
            // server that several API instances can share.
            include:
              name === "pglite"
                ? ["apps/api/src/**/*.test.ts", "apps/api/eval/**/*.test.ts", "tests/**/*.test.ts"]
                : ["apps/api/src/**/*.db.test.ts", "tests/**/*.test.ts"],
            exclude: [
              "**/node_modules/**",
              ...heavy,
              ...(name === "pglite" ? ["tests/**/*.postgres.test.ts"] : ["tests/browser/**"]),
            ],
            // Rejected requests log a line each at info; tests make thousands on purpose. Warnings and
            // faults still show. Tests of the log lines themselves run a server with their own level.
            env: { PARLEY_TEST_DB: name, PARLEY_LOG_LEVEL: process.env.PARLEY_LOG_LEVEL ?? "warn" },
            globalSetup: [path.join(root, "tests/support/global-setup.ts")],
            // The PostgreSQL half runs after the PGlite half, also two files at a time: each file has
            // its own database, and the event log holds events back only for older transactions of
            // its own database (events/log.ts), so one file's long import no longer delays another's.
            ...(name === "postgres" ? { sequence: { groupOrder: 1 } } : {}),
          },
        })),
        {
          extends: true as const,
          test: {
            name: "heavy",
            include: heavy,
            exclude: [
              "**/node_modules/**",
              ...(heavyBackend === "pglite" ? ["tests/**/*.postgres.test.ts"] : []),
            ],
            sequence: { groupOrder: 2 },
            fileParallelism: false,
            env: {
              PARLEY_TEST_DB: heavyBackend,
              PARLEY_LOG_LEVEL: process.env.PARLEY_LOG_LEVEL ?? "warn",
            },
            globalSetup: [path.join(root, "tests/support/global-setup.ts")],
          },
        },
        // The dashboard's component tests (project "web"): no database, a DOM and the Svelte compiler.
        path.join(root, "apps/web/vitest.config.ts"),
      ],
    },
  };
  return config;
});
