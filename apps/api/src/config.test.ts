import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "./config.ts";

describe("configuration", () => {
  test("defaults: port 4000, embedded database in ./.parley/data, demo on, no Redis, 50 operations a second with bursts of 200 per key", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.resolve(".parley/data"),
      redisUrl: undefined,
      adminKey: undefined,
      demo: "on",
      demoPeople: 3000,
      corsOrigins: [],
      rateLimit: { perSecond: 50, burst: 200 },
      webhooksAllowPrivate: false,
      feedsAllowPrivate: false,
      persistedOperationsOnly: false,
    });
  });

  test("reads every variable", () => {
    const config = loadConfig({
      PORT: "5000",
      DATABASE_URL: "postgresql://u@db:5432/parley",
      PARLEY_DATA_DIR: "/var/parley",
      REDIS_URL: "redis://cache:6379",
      PARLEY_ADMIN_KEY: "a-long-enough-admin-key",
      PARLEY_DEMO: "off",
      PARLEY_DEMO_PEOPLE: "500",
      PARLEY_CORS_ORIGINS: "https://crm.example.com, http://localhost:5173",
      PARLEY_RATE_LIMIT: "2.5/10",
      PARLEY_WEBHOOKS_ALLOW_PRIVATE: "1",
      PARLEY_FEEDS_ALLOW_PRIVATE: "1",
      PARLEY_PERSISTED_OPERATIONS: "1",
    });
    expect(config).toMatchObject({
      port: 5000,
      databaseUrl: "postgresql://u@db:5432/parley",
      dataDir: "/var/parley",
      redisUrl: "redis://cache:6379",
      demo: "off",
      demoPeople: 500,
      corsOrigins: ["https://crm.example.com", "http://localhost:5173"],
      rateLimit: { perSecond: 2.5, burst: 10 },
      webhooksAllowPrivate: true,
      feedsAllowPrivate: true,
      persistedOperationsOnly: true,
    });
  });

  test.each([
    [{ PORT: "http" }, /Invalid PORT="http": expected an integer/],
    [{ PORT: "70000" }, /Invalid PORT/],
    [{ DATABASE_URL: "mysql://x" }, /Invalid DATABASE_URL.*postgresql:\/\//],
    [{ REDIS_URL: "localhost:6379" }, /Invalid REDIS_URL.*redis:\/\//],
    [{ PARLEY_ADMIN_KEY: "short" }, /PARLEY_ADMIN_KEY.*at least 16 characters/],
    [{ PARLEY_DEMO: "yes" }, /Invalid PARLEY_DEMO="yes": expected on or off/],
    [
      { PARLEY_DEMO_PEOPLE: "lots" },
      /Invalid PARLEY_DEMO_PEOPLE="lots": expected a whole number of people from 20/,
    ],
    [{ PARLEY_DEMO_PEOPLE: "5" }, /Invalid PARLEY_DEMO_PEOPLE="5"/],
    [
      { PARLEY_WEBHOOKS_ALLOW_PRIVATE: "yes" },
      /Invalid PARLEY_WEBHOOKS_ALLOW_PRIVATE="yes": expected 1/,
    ],
    [
      { PARLEY_FEEDS_ALLOW_PRIVATE: "true" },
      /Invalid PARLEY_FEEDS_ALLOW_PRIVATE="true": expected 1/,
    ],
    [{ PARLEY_PERSISTED_OPERATIONS: "on" }, /Invalid PARLEY_PERSISTED_OPERATIONS="on": expected 1/],
    [
      { PARLEY_CORS_ORIGINS: "https://crm.example.com/" },
      /Invalid PARLEY_CORS_ORIGINS.*"https:\/\/crm.example.com\/" is not an origin/,
    ],
    [{ PARLEY_CORS_ORIGINS: "*" }, /Invalid PARLEY_CORS_ORIGINS/],
    [
      { PARLEY_RATE_LIMIT: "50" },
      /Invalid PARLEY_RATE_LIMIT="50": expected <operations per second>\/<burst>/,
    ],
    [{ PARLEY_RATE_LIMIT: "0/200" }, /Invalid PARLEY_RATE_LIMIT/],
    [{ PARLEY_RATE_LIMIT: "50/0" }, /Invalid PARLEY_RATE_LIMIT/],
    [
      { PARLEY_LOG_LEVEL: "loud" },
      /Invalid PARLEY_LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent/,
    ],
  ])("rejects %o with a clear message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
