import { spawnSync } from "node:child_process";
import path from "node:path";
import { postgresReachable } from "./backends.ts";
import { ensureTemplate } from "./pglite-template.ts";
import { ensurePostgresTemplate } from "./postgres-template.ts";

const webDir = path.resolve(import.meta.dirname, "../../apps/web");

/** Runs once per vitest project before any test file. */
export default async function setup({
  name,
  provide,
}: {
  name: string;
  provide: (key: string, value: unknown) => void;
}) {
  if (name !== "postgres") {
    provide("pgliteTemplate", await ensureTemplate());
  }
  // The projects that hand out PostgreSQL databases (the heavy files run there when it is reachable).
  if (name !== "pglite" && (await postgresReachable()))
    provide("postgresTemplate", await ensurePostgresTemplate());
  // The browser tests run in the PGlite project only; building here, once, keeps their files from
  // racing each other to build, and a stale build from testing yesterday's dashboard.
  if (name === "pglite") {
    const build = spawnSync(process.execPath, [path.join(webDir, "scripts/build-if-stale.js")], {
      cwd: webDir,
      stdio: "inherit",
      timeout: 300_000,
    });
    if (build.status !== 0)
      throw new Error("Building the dashboard (apps/web) failed: see the output above");
  }
}
