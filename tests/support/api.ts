import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, expect } from "vitest";
import { type RunningApp, type StartOptions, startApp } from "../../apps/api/src/app.ts";
import { createApiKey } from "../../apps/api/src/auth/keys.ts";
import type { ApiKeyRole } from "../../apps/api/src/generated/prisma/enums.ts";
import type { RateLimit } from "../../apps/api/src/http/rate-limit.ts";
import { freshDatabase, type TestDatabase } from "./database.ts";
import { graphql } from "./graphql/index.ts";
import { type GraphQLResponse, postGraphQL } from "./http.ts";

export const testAdminKey = "test-admin-key-0123456789";

export type { GraphQLResponse } from "./http.ts";

export interface TestApi {
  app: RunningApp;
  db: TestDatabase;
  url: string;
  wsUrl: string;
  /**
   * Sends a GraphQL request over HTTP with the given key (the admin key by default). A document
   * written with `graphql(...)` from ./graphql/index.ts answers its generated result type; a plain
   * string is for documents that are wrong on purpose (hostile input, a bad argument), which the
   * code generator would refuse.
   */
  gql<TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables?: TVariables,
    key?: string | null,
  ): Promise<GraphQLResponse<TResult>>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<GraphQLResponse<T>>;
  keyFor(role: ApiKeyRole): Promise<string>;
  close(): Promise<void>;
}

/** A real Parley server on a free port over a fresh database of the project's backend. */
export async function startTestApi(
  options: StartOptions & {
    db?: TestDatabase;
    redisUrl?: string;
    corsOrigins?: string[];
    onQuery?: (sql: string) => void;
    webhooksAllowPrivate?: boolean;
    feedsAllowPrivate?: boolean;
    rateLimit?: RateLimit;
    persistedOperationsOnly?: boolean;
  } = {},
): Promise<TestApi> {
  const db = options.db ?? (await freshDatabase({ onQuery: options.onQuery }));
  const app = await startApp(
    {
      port: 0,
      dataDir: "memory://",
      adminKey: testAdminKey,
      demo: "off",
      redisUrl: options.redisUrl,
      databaseUrl: db.url,
      corsOrigins: options.corsOrigins ?? [],
      webhooksAllowPrivate: options.webhooksAllowPrivate,
      feedsAllowPrivate: options.feedsAllowPrivate,
      persistedOperationsOnly: options.persistedOperationsOnly,
      // Suites send thousands of requests with one key: only tests of the rate limit ask for a real one.
      rateLimit: options.rateLimit ?? { perSecond: 1_000_000, burst: 1_000_000 },
    },
    // Influence runs in the background would add queries to tests that count them: only tests that
    // ask for them get them.
    // Feeds likewise are polled only when a test adds one (or pokes the poller), and the funnel
    // index is built at start only for tests that ask for it.
    {
      ...options,
      db,
      influence: options.influence ?? { afterChanges: false, intervalMs: 0 },
      feeds: options.feeds ?? { pollIntervalMs: 0 },
      funnelIndexAtStart: options.funnelIndexAtStart ?? false,
    },
  );
  const url = `http://127.0.0.1:${app.port}`;
  const keys = new Map<ApiKeyRole, string>();
  return {
    app,
    db,
    url,
    wsUrl: `ws://127.0.0.1:${app.port}/graphql`,
    // One body for both overloads: postGraphQL sends a typed document and a string alike.
    gql: ((query: string, variables?: Record<string, unknown>, key: string | null = testAdminKey) =>
      postGraphQL(url, query, variables, { key })) as TestApi["gql"],
    async keyFor(role) {
      if (!keys.has(role))
        keys.set(role, (await createApiKey(db.prisma, { name: `test ${role}`, role })).secret);
      return keys.get(role)!;
    },
    async close() {
      await app.close();
      if (!options.db) await db.close();
    },
  };
}

const Ingest = graphql(`
  mutation TestIngest($records: [JSON!]!) {
    ingest(records: $records) { rejected { index field reason } }
  }
`);

/** Ingests records as the admin through the `ingest` mutation; fails the test on any error or rejected record. */
export async function ingestOverHttp(api: TestApi, records: unknown[]): Promise<void> {
  const result = await api.gql(Ingest, { records });
  expect(result.errors).toBeUndefined();
  expect(result.data!.ingest.rejected).toEqual([]);
}

/**
 * For tests that run several API instances on one database: a fresh database for the file, and
 * `start` to add an instance on it; instances and database are closed after the file.
 */
export function instancesOnOneDatabase() {
  let db: TestDatabase | undefined;
  const instances: TestApi[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await db?.close();
  });
  return {
    async start(
      options: Omit<Parameters<typeof startTestApi>[0] & object, "db"> = {},
    ): Promise<TestApi> {
      const instance = await startTestApi({ ...options, db });
      instances.push(instance);
      return instance;
    },
  };
}
