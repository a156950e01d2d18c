// `pnpm bench <name> [args]`: runs the default export of ./<name>.ts with the remaining arguments.
import fs from "node:fs";
import nodePath from "node:path";

const available = fs
  .readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && file !== "index.ts" && !file.endsWith(".test.ts"))
  .map((file) => nodePath.basename(file, ".ts"))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`Usage: pnpm bench <name> [args]\nBenchmarks: ${available.join(", ")}`);
  process.exit(name ? 2 : 0);
}
const bench = (await import(`./${name}.ts`)) as { default: (args: string[]) => Promise<void> };
try {
  await bench.default(args);
} catch (error) {
  console.error(`bench ${name}: ${(error as Error).stack ?? error}`);
  process.exit(1);
}
