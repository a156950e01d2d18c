import crypto from "node:crypto";
import { Redis } from "ioredis";
import { logger, outageLog } from "../log.ts";

const log = logger("redis");

/** The Redis channel for "the event log grew". Payloads stay in the database, which orders them. */
export const eventsCommittedChannel = "parley:events-committed";

/**
 * "The event log grew", told to this instance's tail and to every other instance's. A signal only
 * makes a tail read sooner: the readers that follow the log are also woken by one poll timer, so a
 * lost signal delays an event by at most one poll and never loses it.
 */
export interface EventSignal {
  /** Never throws and never waits: it runs inside requests, which must not fail because Redis did. */
  notify(): void;
  /** `listener` runs on every signal, and whenever signals may have been missed (Redis came back). */
  listen(listener: () => void): () => void;
  /**
   * As `listen`, and also on the poll: for the readers of the log (the live tail, the alert
   * evaluator), which then share one timer per process instead of polling each on its own.
   */
  follow(listener: () => void): () => void;
  /** Resolves once this process listens to Redis (or found it unreachable and relies on the poll). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * In process without REDIS_URL. With it, this instance still hears its own signals in process (so
 * its subscribers are served while Redis is down) and tells the others through Redis.
 */
export function createEventSignal(
  redisUrl?: string,
  options: EventSignalOptions = {},
): EventSignal {
  const listeners = new Set<() => void>();
  const tellListeners = () => {
    for (const listener of listeners) listener();
  };
  const listen = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const poll = pollTimer(options.pollIntervalMs ?? 1000);
  const follow = (listener: () => void) => {
    const stopListening = listen(listener);
    const stopPolling = poll.add(listener);
    return () => {
      stopListening();
      stopPolling();
    };
  };
  if (!redisUrl)
    return {
      notify: tellListeners,
      listen,
      follow,
      ready: Promise.resolve(),
      close: async () => poll.stop(),
    };

  // Marks this instance's own messages, which it already heard in process.
  const instanceId = crypto.randomUUID();
  // No offline queue: while Redis is down a publish fails at once instead of piling up.
  const publisher = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // No ready check (its INFO is refused in subscriber mode) and no automatic resubscribe: this code
  // subscribes on every (re)connection itself, to know when it listens again.
  const subscriber = new Redis(redisUrl, { enableReadyCheck: false, autoResubscribe: false });
  const health = outageLog(
    log,
    "Reaching Redis (live events from other instances come by the poll meanwhile)",
  );
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  // Set when a signal could not be published: it is sent once Redis is reachable again.
  let unsent = false;

  const publish = () => {
    unsent = false;
    publisher.publish(eventsCommittedChannel, instanceId).catch((error: Error) => {
      unsent = true;
      health.failed(error);
    });
  };
  publisher.on("ready", () => {
    health.recovered();
    if (unsent) publish();
  });
  subscriber.on("ready", () => {
    subscriber
      .subscribe(eventsCommittedChannel)
      .then(() => {
        health.recovered();
        resolveReady();
        // Signals sent while this instance was not subscribed are lost: read the log now.
        tellListeners();
      })
      .catch((error: Error) => health.failed(error));
  });
  subscriber.on("message", (channel: string, sender: string) => {
    if (channel === eventsCommittedChannel && sender !== instanceId) tellListeners();
  });
  for (const client of [publisher, subscriber]) {
    client.on("error", (error: Error) => {
      health.failed(error);
      // Starting without Redis is allowed: live events then reach other instances by the poll.
      resolveReady();
    });
  }
  return {
    notify() {
      tellListeners();
      publish();
    },
    listen,
    follow,
    ready,
    async close() {
      poll.stop();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

export interface EventSignalOptions {
  /** How often the followers read the log when no signal arrives (another instance without Redis, a lost signal). */
  pollIntervalMs?: number;
}

/** One interval for every follower, running while there is one; it never keeps the process alive. */
function pollTimer(intervalMs: number) {
  const followers = new Set<() => void>();
  let timer: NodeJS.Timeout | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    add(follower: () => void): () => void {
      followers.add(follower);
      if (!timer) {
        timer = setInterval(() => {
          for (const each of followers) each();
        }, intervalMs);
        timer.unref();
      }
      return () => {
        followers.delete(follower);
        if (followers.size === 0) stop();
      };
    },
    stop,
  };
}
