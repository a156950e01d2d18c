import crypto from "node:crypto";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  instancesOnOneDatabase,
  startTestApi,
  type TestApi,
  testAdminKey,
} from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl } from "../support/backends.ts";
import { graphql } from "../support/graphql/index.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { wsClient } from "../support/ws.ts";

const redisUp = await redisAvailableForTests();

/**
 * One operation every two seconds, five at once: small enough to exhaust in a test, and slow
 * enough that requests on a busy machine do not refill the bucket while it is being emptied.
 */
const strict = { perSecond: 0.5, burst: 5 };
const PEOPLE_COUNT = graphql(`
  query RateLimitPeopleCount {
    people(first: 1) { totalCount }
  }
`);

/** One request by fetch: the test reads the Retry-After header beside the body. */
async function post(api: TestApi, key = testAdminKey) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: String(PEOPLE_COUNT) }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    },
  };
}

async function burst(api: TestApi, count: number, key = testAdminKey) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await post(api, key));
  return answers.map((answer) => answer.status);
}

/** Takes tokens until the key is refused: its bucket is then empty, whatever earlier requests left. */
async function drain(api: TestApi) {
  for (let i = 0; i < 50; i++) if ((await post(api)).status === 429) return;
  throw new Error("50 requests in a row were not refused");
}

/** Each test gets buckets of its own in the shared Redis. */
const prefix = () => `parley-test:rate:${crypto.randomUUID()}:`;

describe("rate limits per API key", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ rateLimit: strict });
  });
  afterAll(async () => {
    await api.close();
  });

  test("a burst past the limit is answered 429 with Retry-After and RATE_LIMITED; another key is unaffected", async () => {
    const viewerKey = await api.keyFor("viewer");
    expect(await burst(api, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await post(api);
    expect(refused.status).toBe(429);
    // A token every two seconds, and the next one is due within two.
    expect(refused.retryAfter).toMatch(/^[12]$/);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Rate limit exceeded: an API key may run 0.5 operations a second \(bursts of 5\); retry in [12] s$/,
      ),
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: Number(refused.retryAfter) },
    });
    expect((await post(api, viewerKey)).status).toBe(200);
  });

  test("tokens refill at the sustained rate", async () => {
    await drain(api);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await burst(api, 2)).toEqual([200, 429]);
  });

  test("a websocket operation over the limit gets a RATE_LIMITED error and the socket stays open", async () => {
    const key = await api.keyFor("analyst");
    // Not lazy: a lazy client closes its socket whenever no operation runs.
    const client = wsClient(api.wsUrl, key, { lazy: false });
    let connections = 0;
    let closed = false;
    client.on("connected", () => connections++);
    client.on("closed", () => (closed = true));
    const run = () =>
      new Promise<{ data?: ResultOf<typeof PEOPLE_COUNT> | null; errors?: unknown }>((resolve) => {
        client.subscribe<ResultOf<typeof PEOPLE_COUNT>>(
          { query: String(PEOPLE_COUNT) },
          {
            next: (result) => resolve(result),
            error: (errors) => resolve({ errors }),
            complete: () => {},
          },
        );
      });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await run());
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ data: { people: { totalCount: 0 } } }));
    expect(answers[5].errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await run()).toEqual({ data: { people: { totalCount: 0 } } });
    expect({ connections, closed }).toEqual({ connections: 1, closed: false });
    await client.dispose();
  });
});

describe.runIf(redisUp)("rate limits shared through Redis", () => {
  const instances = instancesOnOneDatabase();

  test("two instances with one REDIS_URL draw on one budget per key", async () => {
    const rateLimitKeyPrefix = prefix();
    const a = await instances.start({
      redisUrl: redisTestUrl,
      rateLimit: { perSecond: 0.5, burst: 6 },
      rateLimitKeyPrefix,
    });
    const b = await instances.start({
      redisUrl: redisTestUrl,
      rateLimit: { perSecond: 0.5, burst: 6 },
      rateLimitKeyPrefix,
    });
    expect([...(await burst(a, 3)), ...(await burst(b, 3))]).toEqual([
      200, 200, 200, 200, 200, 200,
    ]);
    const refused = await post(b);
    expect(refused.status).toBe(429);
    // Half a token a second: the next one is two seconds away.
    expect(refused.retryAfter).toBe("2");
    expect((await post(a)).status).toBe(429);
    expect((await post(a, await a.keyFor("viewer"))).status).toBe(200);
  });
});

describe("rate limits while Redis is down", () => {
  let redis: PrivateRedis | undefined;
  let api: TestApi | undefined;
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  test("each instance limits on its own bucket and keeps answering", async () => {
    redis = await privateRedis();
    api = await startTestApi({
      redisUrl: redis.url,
      rateLimit: { perSecond: 0.1, burst: 5 },
      rateLimitKeyPrefix: prefix(),
    });
    expect(await burst(api, 2)).toEqual([200, 200]);
    await redis.stop();
    // The local bucket starts full: the outage grants a fresh burst, then limits as before.
    expect(await burst(api, 6)).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
