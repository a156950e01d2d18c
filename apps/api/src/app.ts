import type { AddressInfo } from "node:net";
import { AlertEvaluator, type AlertEvaluatorOptions } from "./alerts/evaluator.ts";
import { keyCacheOf } from "./auth/key-cache.ts";
import { ensureAdminKey } from "./auth/keys.ts";
import type { Config } from "./config.ts";
import type { AppServices } from "./context.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { Live, type LiveOptions } from "./events/live.ts";
import { createEventSignal } from "./events/signal.ts";
import { FeedPoller, type FeedPollerOptions } from "./feeds/poller.ts";
import { buildSequenceIndexAtStart } from "./funnels/sequence-index.ts";
import { createRateLimiter, defaultRateLimit } from "./http/rate-limit.ts";
import { candidateRefresherOf } from "./identity/refresh-queue.ts";
import { InfluenceScheduler, type InfluenceSchedulerOptions } from "./influence/scheduler.ts";
import { createHttpServer } from "./server.ts";
import { WebhookDeliverer, type WebhookDeliveryOptions } from "./webhooks/delivery.ts";

export interface RunningApp {
  url: string;
  port: number;
  services: AppServices;
  /** Set only when an admin key was generated on this start: print it once. */
  generatedAdminKey?: string;
  /** Cuts every websocket without a close handshake, as a network failure would (operations, tests). */
  dropConnections(): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use an already open database (tests share one per file). */
  db?: Database;
  live?: LiveOptions;
  influence?: InfluenceSchedulerOptions;
  webhooks?: WebhookDeliveryOptions;
  alerts?: AlertEvaluatorOptions;
  feeds?: FeedPollerOptions;
  onQuery?: (sql: string) => void;
  /** Serve another dashboard build (tests). */
  dashboardDir?: string;
  /** Prefix of the rate-limit buckets' Redis keys (tests keep theirs apart). */
  rateLimitKeyPrefix?: string;
  /** Build the funnels' sequence index in the background at start (default); tests that count statements leave it to the first funnel. */
  funnelIndexAtStart?: boolean;
}

/** Opens storage, makes sure an admin key exists, starts the live tail and serves HTTP + websockets. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const db =
    options.db ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onQuery: options.onQuery,
    }));
  const { generated } = await ensureAdminKey(db.prisma, config.adminKey);
  await keyCacheOf(db).start();
  const signal = createEventSignal(config.redisUrl, {
    pollIntervalMs: options.live?.pollIntervalMs,
  });
  const live = new Live(db.pool, signal, options.live);
  await live.start();
  const influence = new InfluenceScheduler(db, options.influence);
  influence.start();
  const rateLimiter = createRateLimiter(
    config.rateLimit ?? defaultRateLimit,
    config.redisUrl,
    options.rateLimitKeyPrefix,
  );
  const webhooks = new WebhookDeliverer(
    db.pool,
    signal,
    config.webhooksAllowPrivate ?? false,
    options.webhooks,
  );
  webhooks.start();
  const alerts = new AlertEvaluator(db.pool, signal, options.alerts);
  await alerts.start();
  const services: AppServices = { db, live, influence, webhooks, alerts };
  services.feeds = new FeedPoller(services, config.feedsAllowPrivate ?? false, options.feeds);
  services.feeds.start();
  // People a previous process queued and did not refresh before it stopped (or crashed).
  candidateRefresherOf(db).refreshInBackground();
  // Not awaited: readiness and /healthz do not wait for it, funnel queries do.
  if (options.funnelIndexAtStart ?? true) void buildSequenceIndexAtStart(db.pool);
  const http = createHttpServer(services, {
    corsOrigins: config.corsOrigins ?? [],
    dashboardDir: options.dashboardDir,
    rateLimiter,
    persistedOperationsOnly: config.persistedOperationsOnly ?? false,
  });
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(config.port, "0.0.0.0", () => resolve());
  });
  const port = (http.server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    services,
    generatedAdminKey: generated,
    dropConnections: http.dropConnections,
    async close() {
      await http.close();
      await live.stop();
      await influence.stop();
      await webhooks.stop();
      await alerts.stop();
      await services.feeds?.stop();
      await signal.close();
      await rateLimiter.close();
      await candidateRefresherOf(db).idle();
      if (!options.db) await db.close();
    },
  };
}
