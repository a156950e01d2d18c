/**
 * Parley in a child process, as `main.ts` starts it but without the demo, for tests that read the
 * server's own stdout (its log lines), kill it (-9) or measure its memory. `--dashboard <dir>` serves
 * another dashboard build; `--webhook-retry-ms 50,100` and `--webhook-lease-ms 500` shorten webhook
 * retries and leases. The URL is written to stderr so stdout holds nothing but log lines. Started
 * with an IPC channel and `--expose-gc`, it answers the message "memory" with its memory after full
 * collections (tests/support/server-process.ts).
 */

import v8 from "node:v8";
import { startApp } from "../../apps/api/src/app.ts";
import { loadConfig } from "../../apps/api/src/config.ts";
import type { MemoryMeasurement } from "./server-process.ts";

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
  if (message === "memory") void measureMemory().then((memory) => process.send?.(memory));
  else if (typeof message === "object" && message !== null && "heapSnapshot" in message) {
    // HOSTILE_HEAP_SNAPSHOTS: a snapshot after the same collections, for DevTools' comparison view.
    void measureMemory().then(() => {
      v8.writeHeapSnapshot(String(message.heapSnapshot));
      process.send?.({ heapSnapshotWritten: message.heapSnapshot });
    });
  }
});

/**
 * The process' memory after full collections, first as they run in service and then compacting.
 * V8 gives back only old-space pages left empty, so after a load peak a full collection can leave
 * its pages a third full (the hostile suite: 178 MB committed for 56 MB live), which RSS counts as
 * if held. Compacting moves what lives onto few pages, so RSS then tells what the process holds.
 */
async function measureMemory(): Promise<MemoryMeasurement | { collected: false }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return { collected: false };
  // Twice: the first collection's finalizers free more for the second.
  gc();
  gc();
  const uncompacted = process.memoryUsage();
  v8.setFlagsFromString("--compact-on-every-full-gc");
  gc();
  v8.setFlagsFromString("--no-compact-on-every-full-gc");
  // V8's background threads unmap the freed pages: wait until RSS stops falling.
  let rss = process.memoryUsage().rss;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = process.memoryUsage().rss;
    if (now > rss - 1_000_000) break;
    rss = now;
  }
  const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return {
    collected: true,
    rss: process.memoryUsage().rss,
    heapUsed,
    heapTotal,
    external,
    arrayBuffers,
    uncompactedRss: uncompacted.rss,
    uncompactedHeapTotal: uncompacted.heapTotal,
  };
}
