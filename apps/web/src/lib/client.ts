import {
  Client,
  CombinedError,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Operation,
  subscriptionExchange,
} from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { liveConnection } from "./connection.svelte.ts";

/** The API closes the socket with 4403 when the key is unknown or revoked. */
const forbiddenCloseCode = 4403;

export interface ParleyClient {
  urql: Client;
  dispose(): void;
}

/**
 * One urql client per signed-in key: queries over HTTP, subscriptions over one graphql-ws socket to
 * the same origin. `onForbidden` runs when the API refuses the key on the socket (e.g. it was revoked).
 */
export function createParleyClient(key: string, onForbidden: () => void): ParleyClient {
  const wsUrl = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/graphql`;
  liveConnection.status = "connecting";
  liveConnection.wasConnected = false;
  const ws: WsClient = createWsClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${key}` },
    // Open the socket at once so the header shows the real live state, not only while a page subscribes.
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Infinity,
    shouldRetry: (closeEvent) =>
      !(isCloseEvent(closeEvent) && closeEvent.code === forbiddenCloseCode),
    on: {
      connecting: () =>
        (liveConnection.status = liveConnection.wasConnected ? "reconnecting" : "connecting"),
      connected: () => {
        liveConnection.status = "connected";
        liveConnection.wasConnected = true;
      },
      closed: (event) => {
        if (isCloseEvent(event) && event.code === forbiddenCloseCode) onForbidden();
        else liveConnection.status = "reconnecting";
      },
    },
  });
  const urql = new Client({
    url: "/graphql",
    fetchOptions: () => ({ headers: { authorization: `Bearer ${key}` } }),
    requestPolicy: "network-only",
    exchanges: [
      persistedDocuments,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
        },
      }),
    ],
  });
  return { urql, dispose: () => void ws.dispose() };
}

/**
 * Sends each document by its hash instead of its text (graphql-codegen embeds it as
 * `__meta__.hash`, apps/web/codegen.ts): the API knows the dashboard's documents by hash, and with
 * PARLEY_PERSISTED_OPERATIONS=1 runs nothing else. urql then leaves the query text out of the request.
 */
const persistedDocuments = mapExchange({
  onOperation(operation: Operation) {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) return operation;
    const persistedQuery = { version: 1 as const, sha256Hash: hash.replace(/^sha256:/, "") };
    return makeOperation(
      operation.kind,
      { ...operation, extensions: { ...operation.extensions, persistedQuery } },
      operation.context,
    );
  },
});

function isCloseEvent(value: unknown): value is CloseEvent {
  return typeof value === "object" && value !== null && "code" in value;
}

/** A readable sentence for a failed request: network trouble and API errors read differently. */
export function describeError(error: CombinedError | Error | unknown): string {
  if (error instanceof CombinedError) {
    if (error.networkError) return `Cannot reach the Parley API: ${error.networkError.message}`;
    return error.graphQLErrors.map((e) => e.message).join("; ");
  }
  if (error instanceof Error) return error.message;
  if (isCloseEvent(error))
    return `The live connection closed (${error.code}${error.reason ? `: ${error.reason}` : ""}).`;
  return String(error);
}
