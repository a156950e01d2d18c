import path from "node:path";
import { defaultRateLimit, type RateLimit } from "./http/rate-limit.ts";
import { isLogLevel, logLevels } from "./log.ts";

export type DemoMode = "on" | "off";

export interface Config {
  port: number;
  /** PostgreSQL server URL; when absent Parley runs embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  adminKey?: string;
  demo: DemoMode;
  /** How many people the demo world loaded into an empty database has (PARLEY_DEMO_PEOPLE). */
  demoPeople?: number;
  /** Browser origins allowed to call the API (CORS); none: the dashboard's own origin only. */
  corsOrigins?: string[];
  /** Each API key's token bucket (PARLEY_RATE_LIMIT); the default when absent. */
  rateLimit?: RateLimit;
  /** Lets webhooks target this machine and private networks (tests, on-premise receivers). */
  webhooksAllowPrivate?: boolean;
  /** Lets feeds be fetched from this machine and private networks (tests, on-premise sources). */
  feedsAllowPrivate?: boolean;
  /** PARLEY_PERSISTED_OPERATIONS=1: only the dashboard's documents and registered ones run, by hash. */
  persistedOperationsOnly?: boolean;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, reason: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: ${reason}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates every environment variable once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT);
  const databaseUrl = optional(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      "DATABASE_URL",
      databaseUrl,
      "expected postgresql://user@host:port/database",
    );
  }
  const redisUrl = optional(env.REDIS_URL);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError("REDIS_URL", redisUrl, "expected redis://host:port");
  }
  const adminKey = optional(env.PARLEY_ADMIN_KEY);
  if (adminKey && adminKey.length < 16) {
    throw new ConfigError("PARLEY_ADMIN_KEY", "<hidden>", "must be at least 16 characters");
  }
  const demo = (optional(env.PARLEY_DEMO) ?? "on").toLowerCase();
  if (demo !== "on" && demo !== "off") {
    throw new ConfigError("PARLEY_DEMO", demo, "expected on or off");
  }
  const demoPeopleText = optional(env.PARLEY_DEMO_PEOPLE) ?? "3000";
  const demoPeople = Number(demoPeopleText);
  if (!/^\d+$/.test(demoPeopleText) || demoPeople < 20 || demoPeople > 1_000_000) {
    throw new ConfigError(
      "PARLEY_DEMO_PEOPLE",
      demoPeopleText,
      "expected a whole number of people from 20 to 1000000",
    );
  }
  // The logger reads the level itself (it logs before the config exists); a bad value still stops here.
  const logLevel = (optional(env.PARLEY_LOG_LEVEL) ?? "info").toLowerCase();
  if (!isLogLevel(logLevel)) {
    throw new ConfigError("PARLEY_LOG_LEVEL", logLevel, `expected one of ${logLevels.join(", ")}`);
  }
  const corsOrigins = parseOrigins(env.PARLEY_CORS_ORIGINS);
  const rateLimit = parseRateLimit(env.PARLEY_RATE_LIMIT);
  const allowPrivate = optional(env.PARLEY_WEBHOOKS_ALLOW_PRIVATE) ?? "0";
  if (allowPrivate !== "0" && allowPrivate !== "1") {
    throw new ConfigError(
      "PARLEY_WEBHOOKS_ALLOW_PRIVATE",
      allowPrivate,
      "expected 1 (allow private webhook targets) or 0",
    );
  }
  const feedsAllowPrivate = optional(env.PARLEY_FEEDS_ALLOW_PRIVATE) ?? "0";
  if (feedsAllowPrivate !== "0" && feedsAllowPrivate !== "1") {
    throw new ConfigError(
      "PARLEY_FEEDS_ALLOW_PRIVATE",
      feedsAllowPrivate,
      "expected 1 (allow feeds on private networks) or 0",
    );
  }
  const persisted = optional(env.PARLEY_PERSISTED_OPERATIONS) ?? "0";
  if (persisted !== "0" && persisted !== "1") {
    throw new ConfigError(
      "PARLEY_PERSISTED_OPERATIONS",
      persisted,
      "expected 1 (run only persisted operations) or 0",
    );
  }
  return {
    port,
    databaseUrl,
    dataDir: path.resolve(optional(env.PARLEY_DATA_DIR) ?? ".parley/data"),
    redisUrl,
    adminKey,
    demo,
    demoPeople,
    corsOrigins,
    rateLimit,
    webhooksAllowPrivate: allowPrivate === "1",
    feedsAllowPrivate: feedsAllowPrivate === "1",
    persistedOperationsOnly: persisted === "1",
  };
}

/** `<per second>/<burst>`, e.g. `50/200`: operations a second sustained per API key, and at once. */
function parseRateLimit(raw: string | undefined): RateLimit {
  const value = optional(raw);
  if (!value) return defaultRateLimit;
  const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(value);
  const perSecond = match ? Number(match[1]) : NaN;
  const burst = match ? Number(match[2]) : NaN;
  if (!(perSecond > 0) || !(burst >= 1)) {
    throw new ConfigError(
      "PARLEY_RATE_LIMIT",
      value,
      "expected <operations per second>/<burst>, both positive, e.g. 50/200",
    );
  }
  return { perSecond, burst };
}

/** A comma-separated list of origins, each exactly as a browser sends it: scheme, host and port only. */
function parseOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        "PARLEY_CORS_ORIGINS",
        raw!,
        `${JSON.stringify(origin)} is not an origin: expected e.g. https://crm.example.com (no path, no trailing slash)`,
      );
    }
  }
  return origins;
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  if (!raw?.trim()) return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError("PORT", raw, "expected an integer from 0 to 65535");
  }
  return port;
}
