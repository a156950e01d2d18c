import crypto from "node:crypto";
import type pg from "pg";
import { ForbiddenError, ValidationError } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { ApiKeyRole } from "../generated/prisma/enums.ts";

export const apiKeyRoles: ApiKeyRole[] = ["admin", "analyst", "viewer", "integrator"];

export interface Viewer {
  keyId: number;
  name: string;
  role: ApiKeyRole;
}

export interface CreatedKey {
  id: number;
  name: string;
  role: ApiKeyRole;
  /** Shown once; only its hash is stored. */
  secret: string;
}

export function hashKey(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

export async function createApiKey(
  prisma: PrismaClient,
  input: { name: string; role: ApiKeyRole; secret?: string },
): Promise<CreatedKey> {
  const secret = input.secret ?? `pk_${input.role}_${crypto.randomBytes(24).toString("base64url")}`;
  const key = await prisma.apiKey.create({
    data: {
      name: input.name,
      role: input.role,
      prefix: secret.slice(0, 12),
      hash: hashKey(secret),
    },
  });
  return { id: key.id, name: key.name, role: key.role, secret };
}

/**
 * How often an instance checks the keys of its open sockets for revocation while the database's
 * notifications do not reach it (websocket.ts; while they do, a notification closes them at once).
 */
export const revocationCheckIntervalMs = 250;

/** A key as authentication reads it: who it is, and when its use was last written. */
export interface AuthenticatedKey {
  viewer: Viewer;
  lastUsedMs: number | null;
}

/**
 * The key whose secret hashes to `hash`, or null when unknown or revoked: one indexed statement
 * sent as plain SQL (through Prisma the lookup cost more CPU than many whole reads). Requests
 * reach it only when the key is not in the instance's memory (key-cache.ts).
 */
export async function lookUpKey(pool: pg.Pool, hash: string): Promise<AuthenticatedKey | null> {
  // Prisma's DateTime columns hold UTC wall time: epoch of the timestamp as UTC, whatever the zones.
  // Unnamed: a named prepared statement outlives a dropped connection in the embedded database's
  // one session, and the pool's next connection would then fail to prepare it again.
  const { rows } = await pool.query<{
    id: number;
    name: string;
    role: ApiKeyRole;
    lastUsedMs: number | null;
  }>(
    `SELECT id, name, role::text AS role, (extract(epoch FROM "lastUsedAt") * 1000)::float8 AS "lastUsedMs"
       FROM "ApiKey" WHERE hash = $1 AND "revokedAt" IS NULL`,
    [hash],
  );
  const key = rows[0];
  return key
    ? { viewer: { keyId: key.id, name: key.name, role: key.role }, lastUsedMs: key.lastUsedMs }
    : null;
}

const lastUsedWriteInterval = 60_000;

/** Writes `lastUsedAt` at most once a minute per key, so that reads stay reads. */
export async function recordKeyUse(pool: pg.Pool, key: AuthenticatedKey): Promise<void> {
  const now = Date.now();
  if (key.lastUsedMs !== null && now - key.lastUsedMs <= lastUsedWriteInterval) return;
  // Set first: the requests that arrive while this write runs need not write again.
  key.lastUsedMs = now;
  await pool.query(`UPDATE "ApiKey" SET "lastUsedAt" = $2::timestamp(3) WHERE id = $1`, [
    key.viewer.keyId,
    new Date(now).toISOString(),
  ]);
}

/** The keys among `keyIds` that were revoked or no longer exist: their sockets must close. One indexed statement. */
export async function invalidKeyIds(pool: pg.Pool, keyIds: number[]): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(
    `SELECT id FROM "ApiKey" WHERE id = ANY($1::int[]) AND "revokedAt" IS NULL`,
    [keyIds],
  );
  const validIds = new Set(rows.map((key) => key.id));
  return keyIds.filter((id) => !validIds.has(id));
}

/** Revokes a key (idempotently: a second revocation keeps the first date); null when no key has that id. */
export async function revokeApiKey<Q extends object>(prisma: PrismaClient, id: string, query: Q) {
  const keyId = parseApiKeyId(id);
  const existing = await prisma.apiKey.findUnique({ where: { id: keyId } });
  if (!existing) return null;
  return prisma.apiKey.update({
    ...query,
    where: { id: keyId },
    data: { revokedAt: existing.revokedAt ?? new Date() },
  });
}

const maxKeyId = 2_147_483_647;

/** API key ids are the table's integer ids, written in decimal: no signs, fractions, exponents or hex. */
export function parseApiKeyId(value: string): number {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(id >= 1 && id <= maxKeyId)) {
    throw new ValidationError(
      "id",
      `is not an API key id (expected a whole number from 1 to ${maxKeyId}, got ${JSON.stringify(value)})`,
      "ApiKey",
    );
  }
  return id;
}

/**
 * Makes sure an admin key exists. PARLEY_ADMIN_KEY is registered (idempotently) when given;
 * otherwise a key is generated on first start and returned so it can be printed once.
 */
export async function ensureAdminKey(
  prisma: PrismaClient,
  configured?: string,
): Promise<{ generated?: string }> {
  if (configured) {
    const existing = await prisma.apiKey.findUnique({ where: { hash: hashKey(configured) } });
    if (!existing)
      await createApiKey(prisma, {
        name: "admin (PARLEY_ADMIN_KEY)",
        role: "admin",
        secret: configured,
      });
    else if (existing.revokedAt || existing.role !== "admin") {
      throw new Error(
        "PARLEY_ADMIN_KEY matches a key that was revoked or is not an admin key; choose another value",
      );
    }
    return {};
  }
  const admins = await prisma.apiKey.count({ where: { role: "admin", revokedAt: null } });
  if (admins > 0) return {};
  const created = await createApiKey(prisma, {
    name: "admin (generated on first start)",
    role: "admin",
  });
  return { generated: created.secret };
}

/** Extracts the secret from `Bearer <key>`; null when the header is missing or malformed. */
export function parseBearer(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** What each role may do, by the scopes fields name in `authScopes` (builder.ts). */
export interface AuthScopes {
  /** Read the dashboard's data. Every role has it. */
  read: boolean;
  /** See emails, phones and source records. */
  pii: boolean;
  /** Change data: ingest, merge, post. */
  write: boolean;
  /** Read the event log and its subscription. */
  eventStream: boolean;
  /** Read webhook endpoints and their delivery logs (managing them is the admin's). */
  webhooks: boolean;
  admin: boolean;
}

/** The scopes of a caller: the one place roles become permissions, for Pothos' guards and the read planner alike. */
export function authScopesOf(viewer: Viewer): AuthScopes {
  const role = viewer.role;
  return {
    read: true,
    pii: seesContactDetails(viewer),
    write: role === "admin" || role === "analyst",
    eventStream: role === "admin" || role === "analyst" || role === "integrator",
    webhooks: role === "admin" || role === "integrator",
    admin: role === "admin",
  };
}

/** Emails, phones and source records are personal data: every role but viewer may see them. */
export function seesContactDetails(viewer: Viewer): boolean {
  return viewer.role !== "viewer";
}

/**
 * Source records (which system knew a person, under which id) are personal data like emails: a
 * filter that names one is refused as a field would be, naming the role and the input field.
 */
export function requireSourceRecordAccess(viewer: Viewer, coordinate: string): void {
  if (!seesContactDetails(viewer))
    throw new ForbiddenError(`The ${viewer.role} role may not access ${coordinate}`);
}
