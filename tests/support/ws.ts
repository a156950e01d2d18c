import type { DocumentTypeDecoration, ResultOf } from "@graphql-typed-document-node/core";
import { type Client, createClient, type FormattedExecutionResult, type Sink } from "graphql-ws";
import WebSocket from "ws";

/** A graphql-ws client the way integrators write one: the key in connectionParams.authorization. */
export function wsClient(
  url: string,
  key: string | null,
  options: { retryAttempts?: number; lazy?: boolean } = {},
): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: options.lazy ?? true,
  });
}

/**
 * `client.subscribe` for a document written with `graphql(...)`: the variables are checked and the
 * sink gets typed results.
 */
export function subscribeTo<R, V>(
  client: Client,
  document: DocumentTypeDecoration<R, V>,
  variables: V,
  sink: Sink<FormattedExecutionResult<R, unknown>>,
): () => void {
  return client.subscribe<R>(
    { query: String(document), variables: variables as Record<string, unknown> },
    sink,
  );
}

/** What `collect` resolves with for a subscription written with `graphql(...)`. */
export type SubscriptionResults<D> = FormattedExecutionResult<ResultOf<D>, unknown>[];

/**
 * Collects results of one subscription until `until` says stop or the timeout passes. A document
 * written with `graphql(...)` types the results; a plain string is for documents wrong on purpose.
 */
export function collect<T = Record<string, any>, V = Record<string, unknown>>(
  client: Client,
  query: string | DocumentTypeDecoration<T, V>,
  variables: V,
  until: (results: FormattedExecutionResult<T, unknown>[]) => boolean,
  timeoutMs = 20_000,
): Promise<FormattedExecutionResult<T, unknown>[]> {
  const results: FormattedExecutionResult<T, unknown>[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms with ${results.length} result(s): ${JSON.stringify(results.slice(-3))}`,
        ),
      );
    }, timeoutMs);
    const dispose = client.subscribe<T>(
      { query: String(query), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          results.push(result);
          if (until(results)) {
            clearTimeout(timer);
            dispose();
            resolve(results);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(
            error instanceof Error
              ? error
              : new Error(JSON.stringify(error, Object.getOwnPropertyNames(error))),
          );
        },
        complete: () => {
          clearTimeout(timer);
          resolve(results);
        },
      },
    );
  });
}

/** Opens a raw socket and reports how the server closed it. */
export function closeCodeFor(
  url: string,
  connectionParams: Record<string, unknown>,
): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws");
    socket.on("open", () =>
      socket.send(JSON.stringify({ type: "connection_init", payload: connectionParams })),
    );
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on("error", reject);
  });
}

/**
 * Waits until a subscription is live on the server by writing probe events until the subscriber
 * has seen one: a test's own events written before the server registered the subscription would
 * be missed, and a fixed sleep only makes that rarer on a busy machine.
 */
export async function untilLive(
  seen: () => number,
  writeProbe: () => Promise<void>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (seen() === 0) {
    if (Date.now() > deadline)
      throw new Error(`the subscription did not go live within ${timeoutMs} ms`);
    await writeProbe();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface ProtocolSocket {
  socket: WebSocket;
  /** Whether the server acknowledged the connection (false: it closed the socket instead). */
  acknowledged: boolean;
  /** Every message the server sent after the acknowledgement, parsed. */
  messages: Array<{ id?: string; type: string; payload?: any }>;
  /** The same messages as the bytes the server sent, for tests of the frames themselves. */
  texts: string[];
  send(message: object | string): void;
  /** Sends `subscribe` for a document written with `graphql(...)` (or a plain string) under `id`. */
  subscribe<V>(
    id: string,
    document: string | DocumentTypeDecoration<unknown, V>,
    variables?: V,
  ): void;
  /** Resolves with the first message (already received or to come) that `match` accepts. */
  message(
    match: (message: { id?: string; type: string; payload?: any }) => boolean,
    timeoutMs?: number,
  ): Promise<{ id?: string; type: string; payload?: any }>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A raw graphql-transport-ws socket past connection_init, for tests that speak the protocol frame by frame. */
export async function openProtocolSocket(url: string, key: string): Promise<ProtocolSocket> {
  const socket = new WebSocket(url, "graphql-transport-ws");
  const messages: ProtocolSocket["messages"] = [];
  const texts: string[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const acknowledged = await new Promise<boolean>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("open", () =>
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${key}` } }),
      ),
    );
    socket.on("message", (data) => {
      const text = data.toString();
      const message = JSON.parse(text);
      if (message.type === "connection_ack") return resolve(true);
      messages.push(message);
      texts.push(text);
      for (const waiter of waiters) waiter();
    });
    void closed.then(() => resolve(false));
  });
  return {
    socket,
    acknowledged,
    messages,
    texts,
    send: (message) => socket.send(typeof message === "string" ? message : JSON.stringify(message)),
    subscribe: (id, document, variables) =>
      socket.send(
        JSON.stringify({ id, type: "subscribe", payload: { query: String(document), variables } }),
      ),
    message(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages.slice(-3))}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    closed,
  };
}

/** A `next` frame of a subscription written with `graphql(...)`, its payload typed by the document. */
export interface NextFrame<D> {
  id: string;
  type: "next";
  payload: FormattedExecutionResult<ResultOf<D>, unknown>;
}

/** The `next` frames operation `id` has received so far, typed by the `document` it subscribed with. */
export function nextFramesOf<D extends DocumentTypeDecoration<any, any>>(
  socket: ProtocolSocket,
  id: string,
  _document: D,
): NextFrame<D>[] {
  return socket.messages.filter(
    (message) => message.id === id && message.type === "next",
  ) as NextFrame<D>[];
}
