import { createPubSub, type PubSub } from "graphql-yoga";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import { logger } from "../log.ts";

const log = logger("redis");

/** The one topic: "the event log grew". Payloads stay in the database, which orders them. */
export const eventsCommittedTopic = "parley:events-committed";

export type EventSignalTopics = { [eventsCommittedTopic]: [] };

export interface EventSignal {
  pubsub: PubSub<EventSignalTopics>;
  /** Resolves once this process is listening, so no signal sent after it is missed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * In process without REDIS_URL; through Redis with it, so that every API instance hears about
 * events written by any other.
 */
export function createEventSignal(redisUrl?: string): EventSignal {
  if (!redisUrl) {
    return { pubsub: createPubSub<EventSignalTopics>(), ready: Promise.resolve(), close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // No ready check: its INFO command would be refused once the connection is in subscriber mode.
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, enableReadyCheck: false });
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (error: Error) => log.warn({ err: error.message }, "redis connection error"));
  }
  const pubsub = createPubSub<EventSignalTopics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return {
    pubsub,
    ready: subscribeClient.subscribe(eventsCommittedTopic).then(() => undefined),
    async close() {
      subscribeClient.disconnect();
      publishClient.disconnect();
    },
  };
}
