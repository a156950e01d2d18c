/**
 * Parley in a child process, as `main.ts` starts it but without the demo, for tests that read the
 * server's own stdout (its log lines), kill it (-9) or measure its memory. `--dashboard <dir>` serves
 * another dashboard build; `--webhook-retry-ms 50,100` and `--webhook-lease-ms 500` shorten webhook
 * retries and leases. The URL is written to stderr so stdout holds nothing but log lines. Started
 * with an IPC channel and `--expose-gc`, it answers the message "rss" with its resident memory after
 * a full collection (tests/support/server-process.ts).
 */

import { startApp } from "../../apps/api/src/app.ts";
import { loadConfig } from "../../apps/api/src/config.ts";

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const retryMs = flag("--webhook-retry-ms");
const leaseMs = flag("--webhook-lease-ms");
const app = await startApp(loadConfig(), {
  dashboardDir: flag("--dashboard"),
  webhooks: {
    retrySchedule: retryMs?.split(",").map(Number),
    leaseMs: leaseMs ? Number(leaseMs) : undefined,
    pollIntervalMs: leaseMs ? 100 : undefined,
  },
});
process.stderr.write(`listening ${app.url}\n`);
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
process.on("message", (message) => {
  if (message !== "rss") return;
  // Twice: the first collection's finalizers free more for the second.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  process.send?.({
    rss: process.memoryUsage().rss,
    heapUsed: process.memoryUsage().heapUsed,
    collected: Boolean(gc),
  });
});
