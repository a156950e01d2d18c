import { LRUCache } from "lru-cache";
import type { Database } from "../db/database.ts";
import { notificationChannels } from "../db/notifications.ts";
import { type AuthenticatedKey, hashKey, lookUpKey, recordKeyUse, type Viewer } from "./keys.ts";

/** Keys kept per database handle: far more than a deployment has; an evicted key is looked up again. */
const maxKeys = 10_000;
/** How long a start waits for the listening connection before serving without keeping keys. */
const startTimeoutMs = 5_000;

/**
 * The API keys an instance has authenticated, so that a request with a known key costs a hash
 * instead of a statement (the lookup was about a seventh of a point read's CPU). A revocation
 * still takes effect at once on every instance: the database notifies every change of a key (a
 * trigger, so an operator's SQL counts too), the handle that made the change hears it before its
 * statement returns, and every other instance as soon as it commits. While the listening
 * connection is down nothing is kept and every request asks the database, as before.
 *
 * One per database handle, not per server: instances that share a handle (tests) share what it hears.
 */
export class KeyCache {
  private readonly byHash = new LRUCache<string, AuthenticatedKey>({
    max: maxKeys,
    dispose: (key) => this.hashById.delete(key.viewer.keyId),
  });
  private readonly hashById = new Map<number, string>();
  /** Counts every invalidation: a lookup that raced one is not kept. */
  private generation = 0;

  constructor(private readonly db: Database) {
    db.notifications.on(notificationChannels.apiKeys, {
      notify: (payload) => this.forget(Number(payload)),
      // Whichever way it turns, what was kept may have missed a notification.
      listening: () => {
        this.generation++;
        this.byHash.clear();
      },
    });
  }

  /** Waits (a few seconds at most) until notifications flow, so that keys are kept from the first request. */
  async start(): Promise<void> {
    await this.db.notifications.whenListening(startTimeoutMs);
  }

  /** The viewer of a bearer secret, or null when the key is unknown or revoked. */
  async authenticate(secret: string): Promise<Viewer | null> {
    const hash = hashKey(secret);
    const known = this.byHash.get(hash);
    if (known) {
      await recordKeyUse(this.db.pool, known);
      return known.viewer;
    }
    const generation = this.generation;
    const key = await lookUpKey(this.db.pool, hash);
    if (!key) return null;
    if (this.db.notifications.listening && generation === this.generation) {
      this.byHash.set(hash, key);
      this.hashById.set(key.viewer.keyId, hash);
    }
    await recordKeyUse(this.db.pool, key);
    return key.viewer;
  }

  private forget(keyId: number): void {
    this.generation++;
    const hash = this.hashById.get(keyId);
    if (hash !== undefined) this.byHash.delete(hash);
  }
}

const caches = new WeakMap<Database, KeyCache>();

export function keyCacheOf(db: Database): KeyCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new KeyCache(db)));
  return cache;
}
