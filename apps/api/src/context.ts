import { GraphQLError } from "graphql";
import type { AlertEvaluator } from "./alerts/evaluator.ts";
import { keyCacheOf } from "./auth/key-cache.ts";
import { parseBearer, type Viewer } from "./auth/keys.ts";
import type { Database } from "./db/database.ts";
import type { Live } from "./events/live.ts";
import type { FeedPoller } from "./feeds/poller.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { InfluenceScheduler } from "./influence/scheduler.ts";
import type { WebhookDeliverer } from "./webhooks/delivery.ts";

/** Long-lived services shared by every request. */
export interface AppServices {
  db: Database;
  live: Live;
  /** Recomputes influence after imports and on a schedule; absent in one-shot CLI commands. */
  influence?: InfluenceScheduler;
  /** Delivers webhooks; absent in one-shot CLI commands. */
  webhooks?: WebhookDeliverer;
  /** Raises alerts from the event log; absent in one-shot CLI commands. */
  alerts?: AlertEvaluator;
  /** Polls subscribed feeds; absent in one-shot CLI commands. */
  feeds?: FeedPoller;
}

export interface Context {
  db: Database;
  prisma: PrismaClient;
  live: Live;
  influence?: InfluenceScheduler;
  webhooks?: WebhookDeliverer;
  feeds?: FeedPoller;
  viewer: Viewer;
  /** The websocket behind a subscription, so a subscriber that falls behind can be told to resume. */
  connection?: { close(code: number, reason: string): void };
}

/** HTTP 401 / websocket 4403 error for a missing or unknown key. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/** The viewer behind an `Authorization` value; a GraphQL 401 error when there is none. */
export async function authenticate(
  services: AppServices,
  authorization: string | null | undefined,
): Promise<Viewer> {
  if (!authorization) {
    throw unauthenticated(
      "Missing API key: send 'Authorization: Bearer <key>' (websockets: connectionParams.authorization)",
    );
  }
  const secret = parseBearer(authorization);
  if (!secret) throw unauthenticated("Malformed Authorization header: expected 'Bearer <key>'");
  const viewer = await keyCacheOf(services.db).authenticate(secret);
  if (!viewer) throw unauthenticated("Unknown or revoked API key");
  return viewer;
}

export function contextFor(
  services: AppServices,
  viewer: Viewer,
  connection?: Context["connection"],
): Context {
  return {
    db: services.db,
    prisma: services.db.prisma,
    live: services.live,
    influence: services.influence,
    webhooks: services.webhooks,
    feeds: services.feeds,
    viewer,
    connection,
  };
}

/** Authenticates a request or websocket connection from its `Authorization` value. */
export async function createContext(
  services: AppServices,
  authorization: string | null | undefined,
  connection?: Context["connection"],
): Promise<Context> {
  return contextFor(services, await authenticate(services, authorization), connection);
}
