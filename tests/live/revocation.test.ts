import { describe, expect, test } from "vitest";
import { revocationCheckIntervalMs } from "../../apps/api/src/auth/keys.ts";
import { instancesOnOneDatabase, startTestApi, type TestApi } from "../support/api.ts";
import { redisAvailableForTests, redisTestUrl } from "../support/backends.ts";
import { writeEvents } from "../support/events.ts";
import { graphql } from "../support/graphql/index.ts";
import { openProtocolSocket, type ProtocolSocket } from "../support/ws.ts";

const redisUp = await redisAvailableForTests();
const instances = instancesOnOneDatabase();

const CREATE_KEY = graphql(`
  mutation RevocationCreateKey($name: String!) {
    createApiKey(name: $name, role: INTEGRATOR) { id secret }
  }
`);
const REVOKE = graphql(`
  mutation RevocationRevoke($id: ID!) {
    revokeApiKey(id: $id) { id revokedAt }
  }
`);
const EVENT_CURSORS = graphql(`
  subscription RevocationEvents {
    events { cursor }
  }
`);

async function createKey(api: TestApi, name: string): Promise<{ id: string; secret: string }> {
  const response = await api.gql(CREATE_KEY, { name });
  return response.data!.createApiKey;
}

/** A socket of `key` on `api` with a live events subscription that has already received an event. */
async function streaming(api: TestApi, secret: string): Promise<ProtocolSocket> {
  const socket = await openProtocolSocket(api.wsUrl, secret);
  socket.subscribe("events", EVENT_CURSORS);
  const deadline = Date.now() + 15_000;
  while (!socket.messages.some((m) => m.type === "next")) {
    if (Date.now() > deadline) throw new Error("the subscription did not go live");
    await writeEvents(api, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return socket;
}

/** Revokes through `via` and measures how long after the mutation answered each socket of the key is closed. */
async function revokeAndTime(via: TestApi, id: string, sockets: ProtocolSocket[]) {
  const response = await via.gql(REVOKE, { id });
  expect(response.errors).toBeUndefined();
  const revokedAt = performance.now();
  return Promise.all(
    sockets.map(async (socket) => ({
      ...(await socket.closed),
      afterMs: performance.now() - revokedAt,
    })),
  );
}

describe("revoking a key ends its live data", () => {
  test("on one instance, every open socket of the key is closed with 4403 within a second; other keys keep streaming", async () => {
    const api = await instances.start();
    const revoked = await createKey(api, "to revoke");
    const kept = await createKey(api, "to keep");
    const sockets = [await streaming(api, revoked.secret), await streaming(api, revoked.secret)];
    const other = await streaming(api, kept.secret);
    const closes = await revokeAndTime(api, revoked.id, sockets);
    for (const close of closes) {
      expect(close).toMatchObject({ code: 4403, reason: "Forbidden: the API key was revoked" });
      expect(close.afterMs).toBeLessThan(1000);
    }
    const before = other.messages.length;
    await writeEvents(api, 1);
    await expect.poll(() => other.messages.length, { timeout: 20_000 }).toBeGreaterThan(before);
    other.socket.close();
    // The revoked key cannot come back.
    const again = await openProtocolSocket(api.wsUrl, revoked.secret);
    expect(again.acknowledged).toBe(false);
    expect((await again.closed).code).toBe(4403);
  }, 60_000);

  test("the database's notification closes the sockets at once: no poll of the open sockets' keys runs while notifications flow", async () => {
    // The poll's statement: the keys of open sockets looked up by id (auth/keys.ts invalidKeyIds).
    let keyChecks = 0;
    const api = await startTestApi({
      onQuery: (sql) => {
        if (sql.includes(`FROM "ApiKey" WHERE id = ANY(`)) keyChecks++;
      },
    });
    try {
      const key = await createKey(api, "revoked by notification");
      const socket = await streaming(api, key.secret);
      keyChecks = 0;
      // Eight poll intervals with a socket open: a poll would have looked its key up eight times.
      await new Promise((resolve) => setTimeout(resolve, 8 * revocationCheckIntervalMs));
      expect(keyChecks).toBe(0);
      // Several pool connections open (on PostgreSQL): each listens, so the one revocation is
      // notified on every one of them, and must still cost one check.
      await Promise.all(
        Array.from({ length: 4 }, () => api.db.pool.query("select pg_sleep(0.05)")),
      );
      const [close] = await revokeAndTime(api, key.id, [socket]);
      expect(close).toMatchObject({ code: 4403, reason: "Forbidden: the API key was revoked" });
      expect(close.afterMs).toBeLessThan(1000);
      // The one check the notification asked for.
      expect(keyChecks).toBe(1);
    } finally {
      await api.close();
    }
  }, 60_000);

  const setups = [
    { name: "without Redis", run: true, redisUrl: undefined },
    { name: "with Redis", run: redisUp, redisUrl: redisTestUrl },
  ];
  for (const { name, run, redisUrl } of setups) {
    test.runIf(run)(
      `across two instances ${name}, revoking through one closes the key's sockets on the other within a second`,
      async () => {
        const a = await instances.start({ redisUrl });
        const b = await instances.start({ redisUrl });
        const key = await createKey(a, `revoked elsewhere, ${name}`);
        const onB = await streaming(b, key.secret);
        const [close] = await revokeAndTime(a, key.id, [onB]);
        expect(close).toMatchObject({ code: 4403, reason: "Forbidden: the API key was revoked" });
        expect(close.afterMs).toBeLessThan(1000);
      },
      60_000,
    );
  }
});

describe("revokeApiKey(id:) input", () => {
  test("a malformed or out-of-range id answers BAD_USER_INPUT naming the field", async () => {
    const api = await instances.start();
    for (const id of ["abc", "1.5", "-1", "0x10", "1e3", "99999999999", "2147483648", ""]) {
      const response = await api.gql(REVOKE, { id });
      expect(response.errors?.[0].extensions, `id ${JSON.stringify(id)}`).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "id",
      });
      expect(response.errors?.[0].message).toMatch(/^ApiKey: id is not an API key id/);
    }
  });

  test("an id that names no key answers NOT_FOUND", async () => {
    const api = await instances.start();
    const response = await api.gql(REVOKE, { id: "2147483647" });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: "NOT_FOUND",
      entity: "ApiKey",
      id: "2147483647",
    });
  });
});
