// Faults survived (issue 14): PostgreSQL and Redis restarted under writes and subscriptions, and an
// API instance killed with -9 during an import and during streaming. Each test owns its servers
// (a private PostgreSQL cluster and Redis on free ports; the API instances are child processes),
// so nothing shared is stopped. What is checked is what users rely on: every write that was
// acknowledged is in the database afterwards, a subscriber resuming with its cursor misses no event
// and sees none out of order, every instance is healthy again without a hand, and /healthz says 503
// while the database is down and 200 when it is back.
import net from "node:net";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { followEvents, type ParleyEvent } from "../examples/follow-events.ts";
import { graphql } from "../support/graphql/index.ts";
import { postGraphQL } from "../support/http.ts";
import { type PrivatePostgres, startPrivatePostgres } from "../support/private-postgres.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";

const adminKey = "faults-admin-key-0123456789";
let postgres: PrivatePostgres;
let redis: PrivateRedis;
const ports: number[] = [];
const instances: ServerProcess[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts (or restarts, on the same port) instance `index`. */
async function startInstance(index: number): Promise<ServerProcess> {
  const instance = await startServerProcess({
    PORT: String(ports[index]),
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    PARLEY_ADMIN_KEY: adminKey,
    PARLEY_RATE_LIMIT: "100000/100000",
  });
  instances[index] = instance;
  return instance;
}

async function health(instance: ServerProcess): Promise<number> {
  try {
    return (await fetch(`${instance.url}/healthz`, { signal: AbortSignal.timeout(3_000) })).status;
  } catch {
    return 0;
  }
}

/** A request to a server that may be down: answers within 10 s or throws. */
function request<TResult, TVariables>(
  instance: ServerProcess,
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
) {
  return postGraphQL(instance.url, document, variables, { key: adminKey, timeoutMs: 10_000 });
}

const INGEST = graphql(`
  mutation FaultsIngest($records: [JSON!]!) {
    ingest(records: $records) {
      created
      rejected { index reason }
    }
  }
`);
const CREATE_FOLLOWER_KEY = graphql(`
  mutation FaultsFollowerKey {
    createApiKey(name: "faults follower", role: INTEGRATOR) { secret }
  }
`);
const person = (id: string) => ({ type: "person", source: "faults", id, name: `Fault ${id}` });

/**
 * Writes people one request at a time through the instances in turn until stopped, remembering the
 * ids each acknowledged answer covered; failed requests (the database or the instance down) are
 * what clients retry, and are not counted.
 */
function startWriter(prefix: string, batch = 1) {
  const acknowledged: string[] = [];
  let failed = 0;
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const instance = instances[i % instances.length]!;
      const ids = Array.from({ length: batch }, (_, j) => `${prefix}-${i}-${j}`);
      try {
        const answer = await request(instance, INGEST, { records: ids.map(person) });
        if (answer.data?.ingest && answer.data.ingest.rejected.length === 0)
          acknowledged.push(...ids);
        else failed++;
      } catch {
        failed++;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    acknowledged,
    failed: () => failed,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** An integrator's follower (the README's example) on one instance: every PERSON_CREATED event, resuming with its cursor. */
function startFollower(instance: () => ServerProcess, key: string) {
  const events: ParleyEvent[] = [];
  const controller = new AbortController();
  // The follower reconnects by itself; a closure picks the instance again on each reconnection.
  const url = () => instance().url.replace("http", "ws") + "/graphql";
  const loop = (async () => {
    while (!controller.signal.aborted) {
      await followEvents({
        url: url(),
        key,
        after: events.at(-1)?.cursor ?? "0:0",
        types: ["PERSON_CREATED"],
        onEvent: (event) => void events.push(event),
        signal: controller.signal,
      }).catch(() => {});
    }
  })();
  return {
    events,
    names: () => events.map((event) => String(event.payload.displayName).replace(/^Fault /, "")),
    async stop() {
      controller.abort();
      await loop;
    },
  };
}

const cursorKey = (cursor: string) =>
  cursor
    .split(":")
    .map((part) => part.padStart(20, "0"))
    .join(":");

/** No event twice, none out of order: cursors only increase. */
function expectInCursorOrder(events: ParleyEvent[]): void {
  const keys = events.map((event) => cursorKey(event.cursor));
  for (let i = 1; i < keys.length; i++)
    expect(
      keys[i]! > keys[i - 1]!,
      `event ${i} (${events[i]!.cursor}) after ${events[i - 1]!.cursor}`,
    ).toBe(true);
}

async function storedSourceIds(prefix: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT "sourceId" FROM "PersonSource" WHERE source = 'faults' AND "sourceId" LIKE $1`,
      [`${prefix}-%`],
    );
    return new Set(rows.map((row) => row.sourceId as string));
  } finally {
    await client.end();
  }
}

let integratorKey = "";
beforeAll(async () => {
  postgres = await startPrivatePostgres();
  redis = await privateRedis();
  ports.push(await freePort(), await freePort());
  await startInstance(0);
  await startInstance(1);
  const created = await request(instances[0]!, CREATE_FOLLOWER_KEY);
  integratorKey = created.data!.createApiKey.secret;
}, 240_000);

afterAll(async () => {
  for (const instance of instances) await instance?.kill9();
  await redis?.stop();
  postgres?.remove();
});

describe("faults under writes and subscriptions", () => {
  test("PostgreSQL crashed and restarted, then Redis restarted: no acknowledged write lost, no event lost or reordered, /healthz truthful, instances recover alone", async () => {
    const follower = startFollower(() => instances[1]!, integratorKey);
    const writer = startWriter("pg");
    await expect.poll(() => writer.acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(10);

    postgres.crash();
    // /healthz tells the truth while the database is down, on every instance.
    await expect
      .poll(async () => Promise.all(instances.map(health)), { timeout: 15_000 })
      .toEqual([503, 503]);
    const acknowledgedWhileDown = writer.acknowledged.length;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    postgres.start();
    await expect
      .poll(async () => Promise.all(instances.map(health)), { timeout: 30_000 })
      .toEqual([200, 200]);
    await expect
      .poll(() => writer.acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThan(acknowledgedWhileDown + 10);

    await redis.stop();
    const beforeRedisReturns = writer.acknowledged.length;
    await expect
      .poll(() => writer.acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThan(beforeRedisReturns + 10);
    await redis.start();
    const afterRedis = writer.acknowledged.length;
    await expect
      .poll(() => writer.acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThan(afterRedis + 10);
    await writer.stop();

    const stored = await storedSourceIds("pg");
    expect(writer.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // The follower gets every acknowledged write's event (polls deliver within a second even without Redis).
    await expect
      .poll(() => writer.acknowledged.filter((id) => !follower.names().includes(id)).length, {
        timeout: 30_000,
      })
      .toBe(0);
    expectInCursorOrder(follower.events);
    await follower.stop();
    expect(instances.every((instance) => !instance.exited())).toBe(true);
    console.log(
      `faults: PostgreSQL crash + Redis restart: ${writer.acknowledged.length} acknowledged writes all stored and streamed in order (${writer.failed()} refused while down)`,
    );
  }, 240_000);

  test("kill -9 of an instance during an import and during streaming: acknowledged batches stored, the follower resumes on the other without loss or disorder, the instance comes back healthy", async () => {
    // The follower streams from the instance that is killed, and resumes on the other with its cursor.
    let followOn = 0;
    const follower = startFollower(() => instances[followOn]!, integratorKey);
    const writer = startWriter("kill", 50);
    await expect.poll(() => writer.acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(200);
    await expect.poll(() => follower.events.length, { timeout: 30_000 }).toBeGreaterThan(100);

    await instances[0]!.kill9();
    followOn = 1;
    const acknowledgedAtKill = writer.acknowledged.length;
    // The other instance goes on acknowledging writes meanwhile.
    await expect
      .poll(() => writer.acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThan(acknowledgedAtKill + 100);
    await startInstance(0);
    expect(await health(instances[0]!)).toBe(200);
    const afterRestart = writer.acknowledged.length;
    await expect
      .poll(() => writer.acknowledged.length, { timeout: 30_000 })
      .toBeGreaterThan(afterRestart + 100);
    await writer.stop();

    const stored = await storedSourceIds("kill");
    expect(writer.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    await expect
      .poll(() => writer.acknowledged.filter((id) => !follower.names().includes(id)).length, {
        timeout: 30_000,
      })
      .toBe(0);
    expectInCursorOrder(follower.events);
    await follower.stop();
    expect(await Promise.all(instances.map(health))).toEqual([200, 200]);
    console.log(
      `faults: kill -9 mid-import and mid-stream: ${writer.acknowledged.length} acknowledged records all stored and streamed in order (${writer.failed()} requests failed with the instance)`,
    );
  }, 240_000);
});
