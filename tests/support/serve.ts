/**
 * Parley in a child process, as `main.ts` starts it but without the demo, for tests that read the
 * server's own stdout (its log lines). `--dashboard <dir>` serves another dashboard build. The URL is
 * written to stderr so stdout holds nothing but log lines.
 */
import { loadConfig } from "../../apps/api/src/config.ts";
import { startApp } from "../../apps/api/src/app.ts";

const dashboardFlag = process.argv.indexOf("--dashboard");
const app = await startApp(loadConfig(), { dashboardDir: dashboardFlag > 0 ? process.argv[dashboardFlag + 1] : undefined });
process.stderr.write(`listening ${app.url}\n`);
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
