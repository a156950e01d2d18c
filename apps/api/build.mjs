// Compiles the server into one ES module, dist/main.js, so `pnpm start` runs plain Node: no tsx,
// no TypeScript transform at run time. Dependencies stay in node_modules (not bundled): PGlite,
// Prisma and the native bits load their own files from there. Takes about a second.

import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
// `--outdir <folder of apps/api>` lets a test build its own copy without racing `pnpm start`.
const outdirFlag = process.argv.indexOf("--outdir");
const outdir =
  outdirFlag > 0 ? path.resolve(process.argv[outdirFlag + 1]) : path.join(here, "dist");
// `--entry <file>` compiles another entry point the same way, into <outdir>/<its name>.js: the live
// bench measures its server as production runs it (tsx keeps every function's name with a property
// store of its own, about 4 KiB per idle subscription that a compiled server does not have).
const entryFlag = process.argv.indexOf("--entry");
const entry =
  entryFlag > 0 ? path.resolve(process.argv[entryFlag + 1]) : path.join(here, "src/main.ts");
const outfile = path.join(outdir, entryFlag > 0 ? `${path.basename(entry, ".ts")}.js` : "main.js");
fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});
// The embedded database's worker thread is plain JavaScript started by URL beside the caller.
fs.copyFileSync(
  path.join(here, "src/db/pglite-worker.mjs"),
  path.join(outdir, "pglite-worker.mjs"),
);
console.log(`[api] compiled ${path.relative(process.cwd(), outfile)}`);
