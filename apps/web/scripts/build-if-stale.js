// `pnpm start` and the browser tests call this: build the dashboard when it is missing or older
// than anything it is built from, and leave a current build alone so starts stay fast.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const webDir = path.resolve(import.meta.dirname, "..");
const shell = path.join(webDir, "build/index.html");
const sources = [
  "src",
  "svelte.config.js",
  "vite.config.ts",
  "codegen.ts",
  "package.json",
  "../../packages/schema/schema.graphql",
];

/** The newest modification time of a file, or of any file below a folder. */
function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(file).map((entry) => newest(path.join(file, entry))),
  );
}

const builtAt = existsSync(shell) ? statSync(shell).mtimeMs : -1;
const changedAt = Math.max(
  ...sources
    .map((source) => path.join(webDir, source))
    .filter(existsSync)
    .map(newest),
);
if (builtAt >= changedAt) {
  console.log("[web] the dashboard build is current: skipping it");
} else {
  console.log(
    builtAt < 0
      ? "[web] building the dashboard…"
      : "[web] the dashboard changed since its build: rebuilding it…",
  );
  const result = spawnSync(
    process.execPath,
    [path.join(webDir, "node_modules/vite/bin/vite.js"), "build"],
    { cwd: webDir, stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}
