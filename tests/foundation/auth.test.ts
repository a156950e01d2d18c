import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hashKey } from "../../apps/api/src/auth/keys.ts";
import {
  instancesOnOneDatabase,
  startTestApi,
  type TestApi,
  testAdminKey,
} from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { closeCodeFor, collect, wsClient } from "../support/ws.ts";

const ViewerRole = graphql(`
  query AuthViewerRole {
    viewer { role }
  }
`);
const Viewer = graphql(`
  query AuthViewer {
    viewer { name role }
  }
`);
const CreateKey = graphql(`
  mutation AuthCreateKey($name: String!, $role: ApiKeyRole!) {
    createApiKey(name: $name, role: $role) { id role secret }
  }
`);
const RevokeKey = graphql(`
  mutation AuthRevokeKey($id: ID!) {
    revokeApiKey(id: $id) { id revokedAt }
  }
`);
const ApiKeyNames = graphql(`
  query AuthApiKeyNames {
    apiKeys { name }
  }
`);
const SearchRosa = graphql(`
  query AuthSearchRosa {
    searchPeople(query: "rosa@example.com") { id }
    people(first: 5, filter: { search: "Rosa" }) { edges { node { identities { kind value } } } }
  }
`);
const PeopleSources = graphql(`
  query AuthPeopleSources {
    people(first: 1) { edges { node { sources { source id } } } }
  }
`);
const EventLog = graphql(`
  query AuthEventLog {
    eventLog(first: 1) { endCursor }
  }
`);
const EventCursors = graphql(`
  subscription AuthEventCursors {
    events { cursor }
  }
`);
const OverviewPeople = graphql(`
  subscription AuthOverviewPeople {
    overviewUpdated { people }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe("HTTP authentication", () => {
  test("a request without a key gets 401 with a message saying how to authenticate", async () => {
    const response = await api.gql(ViewerRole, {}, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/Authorization: Bearer <key>/);
    expect(response.data).toBeUndefined();
  });

  test("a wrong or malformed key gets 401", async () => {
    expect((await api.gql(ViewerRole, {}, "not-a-key")).status).toBe(401);
    const malformed = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: String(ViewerRole) }),
    });
    expect(malformed.status).toBe(401);
    expect(
      ((await malformed.json()) as { errors: { message: string }[] }).errors[0].message,
    ).toMatch(/Bearer/);
  });

  test("the admin key from PARLEY_ADMIN_KEY works and keys are stored only as hashes", async () => {
    const response = await api.gql(Viewer);
    expect(response.data?.viewer.role).toBe("ADMIN");
    const stored = await api.db.prisma.apiKey.findMany();
    expect(stored.some((key) => key.hash === hashKey(testAdminKey))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(testAdminKey);
  });

  test("an admin creates a key that works at once and revokes it so it stops working", async () => {
    const created = await api.gql(CreateKey, { name: "crm sync", role: "ANALYST" });
    const secret = created.data!.createApiKey.secret;
    expect((await api.gql(ViewerRole, {}, secret)).data?.viewer.role).toBe("ANALYST");
    await api.gql(RevokeKey, { id: created.data!.createApiKey.id });
    expect((await api.gql(ViewerRole, {}, secret)).status).toBe(401);
  });

  test("/healthz answers 200 with the database status", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      database: { ok: true, kind: api.db.kind },
    });
  });
});

describe("revocation takes effect at once on every instance", () => {
  const instances = instancesOnOneDatabase();

  test("a key revoked through one instance, or in the database directly, is refused by the next request on every instance", async () => {
    const a = await instances.start();
    const b = await instances.start();
    const keyOn = async () => {
      const created = (await a.gql(CreateKey, { name: "in use", role: "ANALYST" })).data!
        .createApiKey;
      for (const instance of [a, b])
        expect((await instance.gql(ViewerRole, {}, created.secret)).data?.viewer.role).toBe(
          "ANALYST",
        );
      return created;
    };
    const viaMutation = await keyOn();
    await a.gql(RevokeKey, { id: viaMutation.id });
    for (const instance of [a, b])
      expect((await instance.gql(ViewerRole, {}, viaMutation.secret)).status).toBe(401);
    // Operators may change the table without any instance knowing.
    const viaSql = await keyOn();
    await a.db.pool.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [
      Number(viaSql.id),
    ]);
    for (const instance of [a, b])
      expect((await instance.gql(ViewerRole, {}, viaSql.secret)).status).toBe(401);
  }, 60_000);

  test("a key's use is recorded at most once a minute", async () => {
    const created = (await api.gql(CreateKey, { name: "used", role: "VIEWER" })).data!.createApiKey;
    const lastUsed = async () =>
      (await api.db.prisma.apiKey.findUniqueOrThrow({ where: { id: Number(created.id) } }))
        .lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await api.gql(ViewerRole, {}, created.secret);
    const first = await lastUsed();
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(60_000);
    await api.gql(ViewerRole, {}, created.secret);
    expect(await lastUsed()).toEqual(first);
  });
});

describe("roles", () => {
  test("viewer and integrator keys cannot write", async () => {
    for (const role of ["viewer", "integrator"] as const) {
      const key = await api.keyFor(role);
      const response = await api.gql(CreateKey, { name: "x", role: "ADMIN" }, key);
      expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(response.data?.createApiKey ?? null).toBeNull();
    }
  });

  test("only admins list keys; an analyst is refused with the field named", async () => {
    const response = await api.gql(ApiKeyNames, {}, await api.keyFor("analyst"));
    expect(response.errors?.[0].message).toMatch(/analyst role may not access Query.apiKeys/);
  });

  test("a viewer sees handles but not emails or phones, and cannot find people by email", async () => {
    const person = await api.db.prisma.person.create({
      data: {
        displayName: "Rosa Costa",
        identities: {
          create: [
            { kind: "email", value: "rosa@example.com" },
            { kind: "handle", platform: "twitter", value: "rosacosta" },
          ],
        },
        sources: { create: [{ source: "crm", sourceId: "R1" }] },
      },
    });
    const viewer = await api.gql(SearchRosa, {}, await api.keyFor("viewer"));
    expect(viewer.data?.searchPeople).toEqual([]);
    expect(viewer.data?.people.edges[0].node.identities).toEqual([
      { kind: "HANDLE", value: "rosacosta" },
    ]);
    const analyst = await api.gql(SearchRosa, {}, await api.keyFor("analyst"));
    expect(analyst.data?.searchPeople).toHaveLength(1);
    expect(analyst.data?.people.edges[0].node.identities).toContainEqual({
      kind: "EMAIL",
      value: "rosa@example.com",
    });
    const sources = await api.gql(PeopleSources, {}, await api.keyFor("viewer"));
    expect(sources.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await api.db.prisma.person.delete({ where: { id: person.id } });
  });

  test("the event log is for integrators, analysts and admins, not viewers", async () => {
    expect((await api.gql(EventLog, {}, await api.keyFor("integrator"))).errors).toBeUndefined();
    expect(
      (await api.gql(EventLog, {}, await api.keyFor("viewer"))).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("websocket authentication", () => {
  test("a missing key closes the socket with 4403", async () => {
    expect((await closeCodeFor(api.wsUrl, {})).code).toBe(4403);
  });

  test("a wrong key closes the socket with 4403", async () => {
    expect((await closeCodeFor(api.wsUrl, { authorization: "Bearer wrong" })).code).toBe(4403);
  });

  test("a revoked key is refused on a new connection", async () => {
    const created = await api.gql(CreateKey, { name: "temp", role: "INTEGRATOR" });
    await api.gql(RevokeKey, { id: created.data!.createApiKey.id });
    expect(
      (
        await closeCodeFor(api.wsUrl, {
          authorization: `Bearer ${created.data?.createApiKey.secret}`,
        })
      ).code,
    ).toBe(4403);
  });

  test("a good key subscribes, and a viewer is refused the raw event stream on the websocket too", async () => {
    const client = wsClient(api.wsUrl, await api.keyFor("viewer"));
    const results = await collect(client, EventCursors, {}, (all) => all.length >= 1, 10_000);
    expect(results[0].errors?.[0].message).toMatch(
      /viewer role may not access Subscription.events/,
    );
    const overview = await collect(client, OverviewPeople, {}, (all) => all.length >= 1, 10_000);
    expect(overview[0].data).toMatchObject({ overviewUpdated: { people: expect.any(Number) } });
    await client.dispose();
  });

  test("a planned read answers the same over the websocket as over HTTP, in the caller's role", async () => {
    // The planner sends its JSON text unparsed over HTTP; a websocket frame is written from `data`.
    await api.db.prisma.person.create({
      data: {
        displayName: "Socket Reader",
        firstSeenAt: new Date(),
        lastSeenAt: new Date(),
        identities: { create: [{ kind: "email", platform: "", value: "socket@example.com" }] },
      },
    });
    const people = `{ people(first: 3) { edges { node { id displayName identities { kind value } } } } }`;
    for (const role of ["viewer", "admin"] as const) {
      const key = await api.keyFor(role);
      const client = wsClient(api.wsUrl, key);
      const [overSocket] = await collect(client, people, {}, (all) => all.length >= 1, 10_000);
      await client.dispose();
      const overHttp = await api.gql(people, {}, key);
      expect(overSocket!.errors).toBeUndefined();
      expect(overSocket!.data).toEqual(overHttp.data);
      expect((overHttp.data as any).people.edges.length).toBeGreaterThan(0);
    }
  });

  test("a read the role may not make is refused as that operation's error; the socket stays open", async () => {
    const client = wsClient(api.wsUrl, await api.keyFor("viewer"));
    const bySource = `{ conversations(first: 2, filter: { source: "crm" }) { edges { node { id } } } }`;
    const [refused] = await collect(client, bySource, {}, (all) => all.length >= 1, 10_000);
    expect(refused!.errors?.[0]?.message).toBe(
      "The viewer role may not access ConversationFilter.source",
    );
    const [after] = await collect(
      client,
      `{ people(first: 1) { totalCount } }`,
      {},
      (all) => all.length >= 1,
      10_000,
    );
    expect(after!.errors).toBeUndefined();
    await client.dispose();
  });
});
