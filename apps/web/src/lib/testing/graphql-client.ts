import {
  Client,
  type Exchange,
  getOperationName,
  makeErrorResult,
  makeResult,
  type OperationResult,
} from "@urql/core";
import { filter, make, mergeMap, pipe, takeUntil } from "wonka";
import { clientContext } from "../session-client.svelte.ts";

/** One request the dashboard made, answered by the test when it chooses. */
export interface MockRequest {
  kind: "query" | "mutation" | "subscription";
  operationName: string;
  variables: Record<string, unknown>;
  /** Answers with data: a query completes, a subscription stays open for the next event. */
  respond(data: Record<string, unknown>): void;
  /** Answers with a GraphQL error. */
  fail(message: string): void;
  /** Answers as if the API could not be reached. */
  failNetwork(message: string): void;
  /** True once the dashboard stopped listening (unsubscribed) or a query was answered. */
  readonly closed: boolean;
}

/**
 * A real urql Client whose only exchange hands every request to the test, so tests drive the order
 * in which answers arrive (late, failed, never) through the same code path the app uses.
 */
export function mockClient() {
  const requests: MockRequest[] = [];
  const exchange: Exchange = () => (operations$) => {
    const teardowns$ = pipe(
      operations$,
      filter((operation) => operation.kind === "teardown"),
    );
    return pipe(
      operations$,
      filter((operation) => operation.kind !== "teardown"),
      mergeMap((operation) =>
        pipe(
          make<OperationResult>((observer) => {
            let closed = false;
            const send = (result: OperationResult) => {
              if (closed)
                throw new Error(`${request.operationName} was already answered or unsubscribed`);
              observer.next(result);
              if (operation.kind !== "subscription") {
                closed = true;
                observer.complete();
              }
            };
            const request: MockRequest = {
              kind: operation.kind as MockRequest["kind"],
              operationName: getOperationName(operation.query) ?? "anonymous",
              variables: operation.variables as Record<string, unknown>,
              respond: (data) => send(makeResult(operation, { data })),
              fail: (message) => send(makeResult(operation, { errors: [{ message }] })),
              failNetwork: (message) => send(makeErrorResult(operation, new Error(message))),
              get closed() {
                return closed;
              },
            };
            requests.push(request);
            return () => (closed = true);
          }),
          takeUntil(
            pipe(
              teardowns$,
              filter((teardown) => teardown.key === operation.key),
            ),
          ),
        ),
      ),
    );
  };
  const client = new Client({ url: "http://parley.test/graphql", exchanges: [exchange] });

  /** The latest request for this operation; fails the test when there is none. */
  function latest(operationName: string): MockRequest {
    const request = requests.findLast((candidate) => candidate.operationName === operationName);
    if (!request)
      throw new Error(
        `No ${operationName} request was made (made: ${requests.map((r) => r.operationName).join(", ") || "none"})`,
      );
    return request;
  }

  return { client, requests, latest, context: clientContext(() => client) };
}
