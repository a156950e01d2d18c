// Instances keep authenticated keys in memory (apps/api/src/auth/key-cache.ts); these two run on
// separate connections to one PostgreSQL database, as two servers would, so that only the
// database's notifications can tell one what the other did.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "../../apps/api/src/db/database.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import type { TestDatabase } from "../support/database.ts";
import { graphql } from "../support/graphql/index.ts";

const ViewerRole = graphql(`
  query KeyCacheViewerRole {
    viewer { role }
  }
`);
const CreateKey = graphql(`
  mutation KeyCacheCreateKey($name: String!) {
    createApiKey(name: $name, role: ANALYST) { id secret }
  }
`);
const RevokeKey = graphql(`
  mutation KeyCacheRevokeKey($id: ID!) {
    revokeApiKey(id: $id) { id }
  }
`);

let a: TestApi;
let b: TestApi;
/** Key lookups B's own connections sent: zero while B answers a known key from memory. */
let lookupsOnB = 0;

beforeAll(async () => {
  a = await startTestApi();
  const own = await openDatabase({
    databaseUrl: a.db.url,
    migrate: false,
    onQuery: (sql) => {
      if (sql.includes(`FROM "ApiKey" WHERE hash`)) lookupsOnB++;
    },
  });
  const bDb: TestDatabase = { ...own, url: a.db.url };
  b = await startTestApi({ db: bDb });
}, 120_000);

afterAll(async () => {
  await b?.close();
  await b?.db.close();
  await a?.close();
});

async function roleOn(api: TestApi, secret: string): Promise<string | number> {
  const response = await api.gql(ViewerRole, {}, secret);
  return response.status === 200 ? response.data!.viewer.role : response.status;
}

/** A new key that B has already authenticated and now answers from memory. */
async function keyKnownToB(name: string): Promise<{ id: string; secret: string }> {
  const key = (await a.gql(CreateKey, { name })).data!.createApiKey;
  // B's notification connection opens with its first request: wait until B stops asking.
  await expect
    .poll(
      async () => {
        const before = lookupsOnB;
        expect(await roleOn(b, key.secret)).toBe("ANALYST");
        return lookupsOnB - before;
      },
      { timeout: 10_000 },
    )
    .toBe(0);
  return key;
}

/** How long after `revoke` resolves B first refuses the key, and how many requests it accepted until then. */
async function untilRefusedOnB(secret: string, revoke: () => Promise<unknown>) {
  await revoke();
  const revoked = performance.now();
  let accepted = 0;
  while ((await roleOn(b, secret)) !== 401) {
    accepted++;
    if (performance.now() - revoked > 5_000) throw new Error("B kept accepting a revoked key");
  }
  const ms = performance.now() - revoked;
  console.log(
    `refused by instance B ${ms.toFixed(1)} ms after the revocation, with ${accepted} request(s) accepted in between`,
  );
  return { ms, accepted };
}

describe("authenticated keys kept in memory across instances", () => {
  test("a known key costs no lookup, and a revocation through another instance is refused at once", async () => {
    const key = await keyKnownToB("revoked through A");
    // The notification leaves PostgreSQL when A's update commits, before A answers the mutation:
    // B hears of it before the next request (the socket test allows a second; this is far less).
    const { ms } = await untilRefusedOnB(key.secret, () => a.gql(RevokeKey, { id: key.id }));
    expect(ms).toBeLessThan(1000);
  });

  test("a revocation in the database directly, by an operator, is refused at once", async () => {
    const key = await keyKnownToB("revoked by SQL");
    const admin = new pg.Client({ connectionString: a.db.url });
    await admin.connect();
    try {
      const { ms } = await untilRefusedOnB(key.secret, () =>
        admin.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [Number(key.id)]),
      );
      expect(ms).toBeLessThan(1000);
    } finally {
      await admin.end();
    }
  });

  test("while B's notification connection is down B asks the database on every request, and keeps keys again once it is back", async () => {
    const key = await keyKnownToB("revoked while B cannot hear");
    const admin = new pg.Client({ connectionString: a.db.url });
    await admin.connect();
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'parley notifications'`,
      );
      // Once B has noticed, each request asks the database again.
      await expect
        .poll(
          async () => {
            const before = lookupsOnB;
            await roleOn(b, key.secret);
            return lookupsOnB - before;
          },
          { timeout: 10_000 },
        )
        .toBe(1);
      // A revocation B cannot hear of is seen by its next request all the same.
      await admin.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [Number(key.id)]);
      expect(await roleOn(b, key.secret)).toBe(401);
      // B listens again (it reconnects after a second) and answers known keys from memory again.
      await keyKnownToB("kept after B reconnects");
    } finally {
      await admin.end();
    }
  });
});
