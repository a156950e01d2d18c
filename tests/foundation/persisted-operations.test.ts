// PARLEY_PERSISTED_OPERATIONS=1: only the dashboard's documents (graphql-codegen's manifest) and
// documents an admin registered run, by hash, over HTTP and websockets; anything else is refused
// with an error that says what to do. Off by default, where text and hashes both run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { graphqlPostHeaders, rawRequest } from "../support/http.ts";
import { openProtocolSocket } from "../support/ws.ts";

const manifest = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, "../../apps/web/src/lib/graphql/persisted-documents.json"),
    "utf8",
  ),
) as Record<string, string>;
const hex = (document: string) => crypto.createHash("sha256").update(document).digest("hex");
const byHash = (hash: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } },
});

const VIEWER_ROLE = graphql(`
  query PersistedViewerRole {
    viewer { role }
  }
`);
const SNEAKY_KEY = graphql(`
  mutation PersistedSneakyKey {
    createApiKey(name: "sneaky", role: ADMIN) { id }
  }
`);
const OVERVIEW_UPDATED = graphql(`
  subscription PersistedOverviewUpdated {
    overviewUpdated { people }
  }
`);
/** An integrator's own document, registered by an admin and then run by its hash. */
const INTEGRATOR_PEOPLE = graphql(`
  query IntegratorPeople($first: Int) {
    people(first: $first) { totalCount }
  }
`);
const REGISTER = graphql(`
  mutation PersistedRegister($document: String!) {
    registerPersistedOperation(document: $document) { hash name }
  }
`);
const REGISTERED = graphql(`
  query PersistedRegistered {
    persistedOperations { hash document }
  }
`);

/** One request by fetch, with a body as given: text, a hash, or both. */
async function post(api: TestApi, body: Record<string, unknown>, key = testAdminKey) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: graphqlPostHeaders(key),
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    }),
  };
}

describe("with PARLEY_PERSISTED_OPERATIONS=1", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ persistedOperationsOnly: true });
  });
  afterAll(async () => api?.close());

  test("a document sent as text is refused over HTTP (POST and GET) and websockets, saying what to send instead", async () => {
    const posted = await post(api, { query: String(VIEWER_ROLE) });
    expect(posted.status).toBe(400);
    expect(posted.data).toBeUndefined();
    expect(posted.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "PERSISTED_QUERY_ONLY" }),
      }),
    ]);
    expect(posted.errors?.[0].message).toMatch(
      /PARLEY_PERSISTED_OPERATIONS=1.*sha256Hash.*registerPersistedOperation/,
    );
    const get = await rawRequest(
      api.app.port,
      `/graphql?query=${encodeURIComponent(String(VIEWER_ROLE))}`,
      { headers: { authorization: `Bearer ${testAdminKey}` } },
    );
    expect(JSON.parse(get.body).errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
    // Mutations too, even an admin's: nothing but persisted documents runs.
    const mutation = await post(api, { query: String(SNEAKY_KEY) });
    expect(mutation.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    expect(await api.db.prisma.apiKey.count({ where: { name: "sneaky" } })).toBe(0);

    const socket = await openProtocolSocket(api.wsUrl, testAdminKey);
    socket.subscribe("1", OVERVIEW_UPDATED);
    const refused = await socket.message((message) => message.id === "1");
    expect(refused.type).toBe("error");
    expect(refused.payload[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
    socket.socket.close();
  });

  test("every document the dashboard ships runs by its hash", async () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
    const socket = await openProtocolSocket(api.wsUrl, testAdminKey);
    let id = 0;
    for (const [hash, document] of Object.entries(manifest)) {
      expect(hash).toBe(`sha256:${hex(document)}`);
      if (
        /^\s*subscription|\bsubscription \w/.test(document.replace(/fragment [^{]*\{[^}]*\}/g, ""))
      ) {
        // Over the dashboard's own transport; required variables left out are named, which proves the document was found.
        socket.send({
          id: String(++id),
          type: "subscribe",
          payload: { query: "", ...byHash(hash) },
        });
        // A live subscription answers when something happens; a refusal would come at once.
        const answer = await socket
          .message((message) => message.id === String(id), 1_500)
          .catch(() => "live, no event yet");
        expect(JSON.stringify(answer), document).not.toMatch(
          /PERSISTED_QUERY|INTERNAL_SERVER_ERROR|"type":"error"/,
        );
        socket.send({ id: String(id), type: "complete" });
        continue;
      }
      const answer = await post(api, byHash(hash));
      expect(JSON.stringify(answer), document).not.toMatch(/PERSISTED_QUERY|INTERNAL_SERVER_ERROR/);
      const required = /\$\w+: [\w[\]]+!/.test(document);
      if (!required && !/^\s*mutation/.test(document)) expect(answer.data, document).toBeTruthy();
    }
    socket.socket.close();
  });

  test("a document an admin registered runs by hash over HTTP and websockets; an unknown hash is named as such", async () => {
    const document = String(INTEGRATOR_PEOPLE);
    // Registering is itself an operation: on a server with the option on, an admin registers
    // through a server without it (or `parley` against the same database), as below.
    const open = await startTestApi({ db: api.db });
    try {
      const registered = await open.gql(REGISTER, { document });
      expect(registered.data?.registerPersistedOperation).toEqual({
        hash: `sha256:${hex(document)}`,
        name: "IntegratorPeople",
      });
    } finally {
      await open.app.close();
    }
    const integrator = await api.keyFor("integrator");
    const answer = await post(
      api,
      byHash(hex(document), { first: 5 } satisfies VariablesOf<typeof INTEGRATOR_PEOPLE>),
      integrator,
    );
    expect(answer).toEqual({ status: 200, data: { people: { totalCount: 0 } } });
    // The "sha256:" prefix is optional.
    expect(
      (
        await post(
          api,
          { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${hex(document)}` } } },
          integrator,
        )
      ).data,
    ).toEqual({ people: { totalCount: 0 } });

    const socket = await openProtocolSocket(api.wsUrl, integrator);
    socket.send({ id: "1", type: "subscribe", payload: { query: "", ...byHash(hex(document)) } });
    expect(
      (await socket.message((message) => message.id === "1" && message.type === "next")).payload,
    ).toEqual({ data: { people: { totalCount: 0 } } });
    socket.send({ id: "2", type: "subscribe", payload: { query: "", ...byHash("0".repeat(64)) } });
    const unknown = await socket.message((message) => message.id === "2");
    expect(unknown.payload[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    socket.socket.close();

    const missing = await post(api, byHash("f".repeat(64)), integrator);
    expect(missing.status).toBe(400);
    expect(missing.data).toBeUndefined();
    expect(missing.errors?.[0]).toMatchObject({
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });
    expect(missing.errors?.[0].message).toMatch(/Unknown persisted operation/);
    const malformed = await post(api, byHash("not-a-hash"), integrator);
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
  });
});

describe("by default (PARLEY_PERSISTED_OPERATIONS unset)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  test("documents sent as text run, and so do the dashboard's by hash", async () => {
    expect((await post(api, { query: String(VIEWER_ROLE) })).data).toEqual({
      viewer: { role: "ADMIN" },
    });
    const [hash] = Object.entries(manifest).find(([, document]) =>
      document.startsWith("query SignInViewer"),
    )!;
    expect((await post(api, byHash(hash))).data).toEqual({
      viewer: { name: expect.any(String), role: "ADMIN" },
    });
  });

  test("registering checks the document against the schema, naming the field, and is for admins only", async () => {
    // The documents registered are data here, sent as the `document` argument, so they stay text.
    const misfit = await api.gql(REGISTER, { document: "{ peopel { totalCount } }" });
    expect(misfit.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "document" },
    });
    expect(misfit.errors?.[0].message).toMatch(
      /does not fit the schema: Cannot query field "peopel"/,
    );
    const broken = await api.gql(REGISTER, { document: "{ people {" });
    expect(broken.errors?.[0].message).toMatch(/is not a GraphQL document/);
    const two = await api.gql(REGISTER, {
      document: "query A { viewer { role } } query B { viewer { name } }",
    });
    expect(two.errors?.[0].message).toMatch(/exactly one operation/);
    const analyst = await api.gql(
      REGISTER,
      { document: "{ viewer { role } }" },
      await api.keyFor("analyst"),
    );
    expect(analyst.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await api.db.prisma.persistedOperation.count()).toBe(0);
    const again = [
      await api.gql(REGISTER, { document: "{ viewer { role } }" }),
      await api.gql(REGISTER, { document: "{ viewer { role } }" }),
    ];
    expect(again.map((answer) => answer.data?.registerPersistedOperation.hash)).toEqual([
      `sha256:${hex("{ viewer { role } }")}`,
      `sha256:${hex("{ viewer { role } }")}`,
    ]);
    expect((await api.gql(REGISTERED)).data?.persistedOperations).toEqual([
      { hash: `sha256:${hex("{ viewer { role } }")}`, document: "{ viewer { role } }" },
    ]);
  });
});
