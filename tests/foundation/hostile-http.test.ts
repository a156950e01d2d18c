import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { maxRequestBodyBytes } from "../../apps/api/src/http/limits.ts";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { rawRequest, rawSocketRequest } from "../support/http.ts";

/** A dashboard build with a secret beside it (a sibling whose name starts like the build's) and one above it. */
const site = fs.mkdtempSync(path.join(os.tmpdir(), "parley-site-"));
const dashboardDir = path.join(site, "build");
fs.mkdirSync(path.join(dashboardDir, "_app"), { recursive: true });
fs.writeFileSync(path.join(dashboardDir, "index.html"), "<html>dashboard shell</html>");
fs.writeFileSync(path.join(dashboardDir, "_app", "start.js"), "console.log('start')");
fs.mkdirSync(path.join(site, "build-private"));
fs.writeFileSync(path.join(site, "build-private", "secret.txt"), "sibling secret");
fs.writeFileSync(path.join(site, "secret.txt"), "parent secret");

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ dashboardDir });
});
afterAll(async () => {
  await api?.close();
  fs.rmSync(site, { recursive: true, force: true });
});

/** A full collection, so retained memory can be measured (vitest does not start node with --expose-gc). */
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

// Documents the server accepts; the hostile ones in the tests stay text, wrong on purpose.
const VIEWER_ROLE = graphql(`
  query HostileHttpViewerRole {
    viewer { role }
  }
`);
const DEALS_COUNT = graphql(`
  query HostileHttpDealsCount {
    deals(first: 1) { totalCount }
  }
`);
const viewerQuery = JSON.stringify({ query: String(VIEWER_ROLE) });

/** The server still answers a plain authenticated query, and the dashboard. */
async function expectServerAlive() {
  expect((await api.gql(VIEWER_ROLE)).data?.viewer.role).toBe("ADMIN");
  expect((await rawRequest(api.app.port, "/")).body).toContain("dashboard shell");
}

describe("no request ends the process", () => {
  test("a bad percent-encoding answers 400 and the server keeps answering", async () => {
    for (const hostile of ["/%E0%A4%A", "/%", "/people/%ZZ", "/_app/%C0%AF"]) {
      const response = await rawRequest(api.app.port, hostile);
      expect(response.status, hostile).toBe(400);
    }
    await expectServerAlive();
  });

  test("a request target that is no URL at all answers 400", async () => {
    expect(
      await rawSocketRequest(api.app.port, "GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n"),
    ).toMatch(/^HTTP\/1.1 400/);
    await expectServerAlive();
  });

  test("path traversal never leaves the dashboard build", async () => {
    for (const hostile of [
      "/..%2f..%2fetc/passwd",
      "/..%2fsecret.txt",
      "/../secret.txt",
      "/..%2fbuild-private%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/_app/..%2f..%2f..%2fsecret.txt",
      "/index.html%00.js",
      "/..%5c..%5csecret.txt",
    ]) {
      const response = await rawRequest(api.app.port, hostile);
      expect(response.body, hostile).not.toMatch(/secret|root:/);
      expect(response.status, hostile).toBeLessThan(500);
    }
    expect((await rawRequest(api.app.port, "/_app/start.js")).body).toBe("console.log('start')");
    await expectServerAlive();
  });

  test("overlong paths are refused without harm", async () => {
    for (const length of [4_000, 15_000, 100_000]) {
      const response = await rawRequest(api.app.port, `/${"a".repeat(length)}`).catch(() => ({
        status: 0,
      }));
      expect(response.status, String(length)).not.toBe(500);
    }
    const graphql = await rawRequest(api.app.port, `/graphql?query=${"%7B".repeat(5_000)}`, {
      headers: {
        authorization: `Bearer ${testAdminKey}`,
        accept: "application/graphql-response+json",
      },
    });
    expect(graphql.status).toBe(400);
    await expectServerAlive();
  });

  test("a fault while serving a file answers 500 and the server stays up", async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), "parley-broken-site-"));
    // A directory where a file should be: the read fails after the request was accepted.
    fs.mkdirSync(path.join(broken, "index.html"));
    const faulty = await startTestApi({ db: api.db, dashboardDir: broken });
    try {
      expect((await rawRequest(faulty.app.port, "/")).status).toBe(500);
      expect((await rawRequest(faulty.app.port, "/people/1")).status).toBe(500);
      expect((await faulty.gql(VIEWER_ROLE)).data?.viewer.role).toBe("ADMIN");
    } finally {
      await faulty.app.close();
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe("a fault inside GraphQL", () => {
  test("answers 'Unexpected error.' at the field, without internals, and the server stays up", async () => {
    // A table gone under the server: a real fault, not bad input and not a database that is down.
    await api.db.pool.query(`ALTER TABLE "Deal" RENAME TO "DealMoved"`);
    try {
      const response = await api.gql(DEALS_COUNT);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: "Unexpected error.",
          extensions: expect.objectContaining({ code: "INTERNAL_SERVER_ERROR" }),
        }),
      ]);
      expect(JSON.stringify(response)).not.toMatch(/prisma|stack|does not exist|relation/i);
    } finally {
      await api.db.pool.query(`ALTER TABLE "DealMoved" RENAME TO "Deal"`);
    }
    await expectServerAlive();
  });
});

describe("request size and document limits", () => {
  test("a 20 MB body gets 413 with a clear message and the server is fine", async () => {
    const response = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${testAdminKey}` },
      body: `{"query": "{ viewer { role } } # ${"x".repeat(100_000)}`,
      declaredLength: 20_000_000,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].message).toMatch(
      new RegExp(`at most ${maxRequestBodyBytes} bytes`),
    );
    await expectServerAlive();
  });

  test("a large body sent in chunks, without a length, gets 413 too", async () => {
    const body = JSON.stringify({
      query: `{ viewer { role } } # ${"x".repeat(maxRequestBodyBytes + 100_000)}`,
    });
    const response = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${testAdminKey}` },
      body,
      chunked: true,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).errors[0].message).toMatch(/Request body too large/);
    await expectServerAlive();
  });

  test("without a key a huge document gets 401 and is never parsed", async () => {
    // Unparseable on purpose: had it been parsed, the answer would be a syntax error.
    const huge = JSON.stringify({ query: `{ ${"peopl ".repeat(100_000)} ` });
    const response = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: huge,
    });
    expect(response.status).toBe(401);
    expect(response.body).not.toMatch(/Syntax Error|Did you mean/);
    const oversized = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query": "${"x".repeat(100_000)}`,
      declaredLength: 20_000_000,
    });
    expect(oversized.status).toBe(401);
  });

  test("a document too long or with too many tokens is refused naming the limit", async () => {
    const long = await api.gql(`{ viewer { role } } # ${"x".repeat(200_000)}`);
    expect(long.status).toBe(400);
    expect(long.errors).toHaveLength(1);
    expect(long.errors?.[0].message).toMatch(/characters/);
    // A parse error: 400 for clients that accept application/graphql-response+json, as the dashboard
    // does; GraphQL over HTTP answers 200 to plain application/json clients.
    const tokens = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        authorization: `Bearer ${testAdminKey}`,
      },
      body: JSON.stringify({ query: `{ viewer { ${"role ".repeat(10_000)}} }` }),
    }).then((response) => ({ status: response.status, ...JSON.parse(response.body) }));
    expect(tokens.status).toBe(400);
    expect(tokens.errors).toHaveLength(1);
    expect(tokens.errors?.[0].message).toMatch(/tokens/);
  });

  test("a breadth rejection is one error, not one per root field", async () => {
    // Through a fragment (written out once), so the document stays under the field-selection limit
    // and it is the breadth of the execution that is refused.
    const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: overview { ...N }`).join(" ");
    const response = await api.gql(`{ ${aliases} } fragment N on Overview { people }`);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].message).toMatch(/breadth/i);
    expect(JSON.stringify(response).length).toBeLessThan(2_000);
  });

  test("distinct large documents do not grow memory", async () => {
    const heapAfterCollection = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    await api.gql(VIEWER_ROLE);
    const before = heapAfterCollection();
    // 100 distinct documents of 90 KB each (under the document limit): 9 MB if their text were kept.
    for (let round = 0; round < 100; round++) {
      expect((await api.gql(`{ viewer { role } } # ${round} ${"x".repeat(90_000)}`)).status).toBe(
        200,
      );
    }
    expect(heapAfterCollection() - before).toBeLessThan(3_000_000);
  });
});

describe("the schema does not leak to anonymous clients", () => {
  test("a misspelled field without a key gets 401 and no suggestion", async () => {
    for (const query of ["{ peopl }", "{ people(filter: { stage: CUSTOMR }) { totalCount } }"]) {
      const response = await api.gql(query, {}, null);
      expect(response.status).toBe(401);
      expect(JSON.stringify(response)).not.toMatch(/Did you mean|people|CUSTOMER/);
      expect(response.errors).toHaveLength(1);
    }
  });
});

describe("CORS and CSRF", () => {
  test("a foreign origin gets no CORS headers", async () => {
    const preflight = await rawRequest(api.app.port, "/graphql", {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "content-type": "application/json",
        authorization: `Bearer ${testAdminKey}`,
      },
      body: viewerQuery,
    });
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
  });

  test("an origin listed in PARLEY_CORS_ORIGINS is allowed", async () => {
    const allowed = await startTestApi({ db: api.db, corsOrigins: ["https://crm.example"] });
    try {
      const preflight = await rawRequest(allowed.app.port, "/graphql", {
        method: "OPTIONS",
        headers: {
          origin: "https://crm.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization,content-type",
        },
      });
      expect(preflight.headers["access-control-allow-origin"]).toBe("https://crm.example");
      const other = await rawRequest(allowed.app.port, "/graphql", {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await allowed.app.close();
    }
  });

  test("form-encoded, multipart and text POSTs run nothing; JSON runs", async () => {
    const mutation = `mutation { createApiKey(name: "csrf", role: ADMIN) { id } }`;
    const auth = { authorization: `Bearer ${testAdminKey}` };
    const form = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { ...auth, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: mutation }).toString(),
    });
    expect(form.status).toBe(415);
    expect(form.body).toMatch(/application\/json/);
    const boundary = "----parley";
    const multipart = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { ...auth, "content-type": `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: mutation })}\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}--\r\n`,
    });
    expect(multipart.status).toBe(415);
    const text = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { ...auth, "content-type": "text/plain" },
      body: JSON.stringify({ query: mutation }),
    });
    expect(text.status).toBe(415);
    const graphqlString = await rawRequest(api.app.port, "/graphql", {
      method: "POST",
      headers: { ...auth, "content-type": "application/graphql" },
      body: mutation,
    });
    expect(graphqlString.status).toBe(415);
    expect(await api.db.prisma.apiKey.count({ where: { name: "csrf" } })).toBe(0);
    const get = await rawRequest(api.app.port, `/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: auth,
    });
    expect(get.status).toBe(405);
    expect(await api.db.prisma.apiKey.count({ where: { name: "csrf" } })).toBe(0);
    expect((await api.gql(mutation)).data?.createApiKey.id).toEqual(expect.any(String));
  });

  test("GET queries with a key still work, as GraphiQL and the dashboard send them", async () => {
    const response = await rawRequest(
      api.app.port,
      `/graphql?query=${encodeURIComponent("{ viewer { role } }")}`,
      {
        headers: {
          authorization: `Bearer ${testAdminKey}`,
          accept: "application/graphql-response+json",
        },
      },
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.viewer.role).toBe("ADMIN");
  });
});
