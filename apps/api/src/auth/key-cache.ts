// Authenticated API keys, kept per instance so that a request costs no key lookup (it was one of
// the three statements of a typical read). A key leaves the cache the moment this instance revokes
// it, and within revocationCheckIntervalMs when another instance, the CLI or plain SQL does: the
// cache asks the database a few times a second which of its keys are no longer valid, one indexed
// lookup for all of them whatever the request rate (the same check that closes a revoked key's
// sockets, websocket.ts). Unknown secrets are never cached, so guessing still costs a lookup each.
// While the database cannot be reached, revocations cannot be checked: the cache fails closed (it
// is emptied and unused until a check succeeds), so every request then answers 503 as without it.
import { LRUCache } from "lru-cache";
import type { Database } from "../db/database.ts";
import { logger, outageLog } from "../log.ts";
import { hashKey, invalidKeyIds, lookUpKey, recordKeyUse, revocationCheckIntervalMs, type Viewer } from "./keys.ts";

const log = logger("auth");

/** Far more keys than an instance serves at once; the least recently used leave first. */
const maxCachedKeys = 10_000;

interface CachedKey {
  viewer: Viewer;
  lastUsedAt: Date | null;
}

export class AuthenticatedKeys {
  private readonly byHash = new LRUCache<string, CachedKey>({ max: maxCachedKeys });
  /** Moves on every forget, so a lookup that began before a revocation cannot cache the key again. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  /** False from a sign that the database is unreachable until a check succeeds. */
  private trusted = true;

  constructor(private readonly db: Database) {
    // An idle connection that broke is the first sign of a database outage.
    db.pool.on("error", () => this.distrust());
  }

  /** The key's viewer, or null when unknown or revoked; the database is asked only on a miss. */
  async authenticate(secret: string): Promise<Viewer | null> {
    if (!secret) return null;
    const hash = hashKey(secret);
    const cached = this.trusted ? this.byHash.get(hash) : undefined;
    if (cached) {
      cached.lastUsedAt = await recordKeyUse(this.db.prisma, cached.viewer.keyId, cached.lastUsedAt);
      return cached.viewer;
    }
    const generation = this.generation;
    const key = await lookUpKey(this.db.prisma, hash);
    if (!key) return null;
    if (generation === this.generation) this.byHash.set(hash, key);
    return key.viewer;
  }

  /** Drops a key at once (its revocation on this instance). */
  forget(keyId: number): void {
    this.generation++;
    for (const [hash, entry] of this.byHash.entries()) if (entry.viewer.keyId === keyId) this.byHash.delete(hash);
  }

  /** The database could not be reached: revocations may go unseen, so nothing cached is used until a check succeeds. */
  distrust(): void {
    this.trusted = false;
    this.generation++;
    this.byHash.clear();
  }

  /** Starts checking the cached keys against the database; `stop` ends it. */
  start(): void {
    const health = outageLog(log, "Checking cached API keys for revocations");
    this.timer = setInterval(async () => {
      const keyIds = [...new Set([...this.byHash.values()].map((entry) => entry.viewer.keyId))];
      if (this.checking || (this.trusted && keyIds.length === 0)) return;
      this.checking = true;
      try {
        for (const keyId of await invalidKeyIds(this.db.prisma, keyIds)) this.forget(keyId);
        this.trusted = true;
        health.recovered();
      } catch (error) {
        this.distrust();
        health.failed(error);
      } finally {
        this.checking = false;
      }
    }, revocationCheckIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
