import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openDatabase } from "../../apps/api/src/db/database.ts";
import { startTestApi, type TestApi, testAdminKey } from "../support/api.ts";
import { graphql } from "../support/graphql/index.ts";
import { rawRequest } from "../support/http.ts";
import { type PrivatePostgres, startPrivatePostgres } from "../support/private-postgres.ts";

const PeopleCount = graphql(`
  query DatabaseDownPeopleCount {
    overview { people }
  }
`);
const PeopleTotal = graphql(`
  query DatabaseDownPeopleTotal {
    people(first: 1) { totalCount }
  }
`);
const CreateKey = graphql(`
  mutation DatabaseDownCreateKey {
    createApiKey(name: "x", role: VIEWER) { id }
  }
`);

// The server under test runs on a PostgreSQL of its own, which the test stops; on both projects
// (the embedded backend has no server to lose).
let postgres: PrivatePostgres;
let api: TestApi;
beforeAll(async () => {
  postgres = await startPrivatePostgres();
  api = await startTestApi({ db: await openDatabase({ databaseUrl: postgres.url }) });
});
afterAll(async () => {
  await api?.app.close();
  await api?.db.close().catch(() => {});
  postgres?.remove();
});

test("every request while the database is down answers 503 'database unavailable', and service resumes", async () => {
  const viewer = await api.keyFor("viewer");
  expect((await api.gql(PeopleCount, {}, viewer)).data?.overview.people).toBe(0);
  postgres.crash();
  // A key seen before (cached nowhere: its lookup needs the database), a fresh query, a mutation, GET.
  // Only the status and the error are read: any of the three documents will do as the type.
  const requests: Array<[DocumentTypeDecoration<unknown, Record<string, never>>, string]> = [
    [PeopleCount, viewer],
    [PeopleTotal, testAdminKey],
    [CreateKey, testAdminKey],
  ];
  for (const [query, key] of requests) {
    const response = await api.gql(query, {}, key);
    expect(response.status, String(query)).toBe(503);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/database unavailable/i),
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
  const get = await rawRequest(
    api.app.port,
    `/graphql?query=${encodeURIComponent("{ viewer { role } }")}`,
    { headers: { authorization: `Bearer ${viewer}` } },
  );
  expect(get.status).toBe(503);
  expect(get.headers["retry-after"]).toBe("5");
  expect(get.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
  expect((await fetch(`${api.url}/healthz`)).status).toBe(503);

  postgres.start();
  await expect
    .poll(async () => (await api.gql(PeopleCount, {}, viewer)).status, {
      timeout: 20_000,
      interval: 250,
    })
    .toBe(200);
}, 120_000);
