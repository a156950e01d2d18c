import fs from "node:fs";
import path from "node:path";

/**
 * The first `relative` path that exists in `from` or a folder above it. Files the server reads at
 * run time (migrations, the demo's fixture feeds) are found this way both from `src/` under tsx and
 * from the compiled `dist/main.js`.
 */
export function findUpwards(from: string, relative: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${relative} not found above ${from}`);
  }
}
