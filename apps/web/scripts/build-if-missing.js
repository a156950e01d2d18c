// `pnpm start` calls this: build the dashboard once, and leave an existing build alone so starts stay fast.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const webDir = path.resolve(import.meta.dirname, "..");
if (existsSync(path.join(webDir, "build/index.html"))) {
  console.log("[web] build/index.html exists: skipping the dashboard build (delete apps/web/build to rebuild)");
} else {
  console.log("[web] building the dashboard…");
  const result = spawnSync(process.execPath, [path.join(webDir, "node_modules/vite/bin/vite.js"), "build"], { cwd: webDir, stdio: "inherit" });
  process.exit(result.status ?? 1);
}
