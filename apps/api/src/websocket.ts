import type http from "node:http";
import {
  type ExecutionArgs,
  GraphQLError,
  getOperationAST,
  type execute as graphqlExecute,
  type subscribe as graphqlSubscribe,
} from "graphql";
import { CloseCode, handleProtocols, MessageType, makeServer, validateMessage } from "graphql-ws";
import type { YogaServerInstance } from "graphql-yoga";
import { type WebSocket, WebSocketServer } from "ws";
import { invalidKeyIds, revocationCheckIntervalMs } from "./auth/keys.ts";
import { type AppServices, type Context, createContext } from "./context.ts";
import { notificationChannels } from "./db/notifications.ts";
import { isDatabaseUnavailable, maskError } from "./errors.ts";
import { type DirectFrames, FrameFanOut } from "./events/fan-out.ts";
import { graphqlWsNextFrames } from "./events/frames.ts";
import { type RateLimiter, rateLimited } from "./http/rate-limit.ts";
import { logger, outageLog } from "./log.ts";
import type { PersistedOperations } from "./operations/persisted.ts";
import type { InitialContext } from "./server.ts";

const log = logger("websocket");

/**
 * The largest frame a client may send. ws allows 100 MiB by default, which lets one client make the
 * server buffer and parse 100 MiB per frame; a subscribe frame is a query and its variables, far
 * below HTTP's 4 MiB body limit, which is sized for bulk `ingest` calls that belong on HTTP. A larger
 * frame closes the socket with 1009.
 */
export const maxFrameBytes = 1024 * 1024;

/**
 * Operations (live subscriptions, and queries in flight) one socket may run at once. Each live
 * subscription holds a subscriber of the tail with a buffer of up to 1,000 events; 3,000 on one
 * socket took 410 MB. 100 is far above what the dashboard opens (a handful) and bounds a socket's
 * share. The next one is answered with a TOO_MANY_OPERATIONS error; the socket and its other
 * operations go on.
 */
export const maxOperationsPerSocket = 100;

/**
 * Sockets one API key may hold open at once on each instance: with the limit above, one key's
 * share of an instance's memory is bounded. An integrator needs one socket, a dashboard one per
 * open tab. The next connection is closed with 4429.
 */
export const maxConnectionsPerKey = 50;

/** Sockets that stop answering pings (a dead network path) are cut after this long. */
const keepAliveMs = 12_000;

/** Close codes Parley uses beyond graphql-ws' own; README "Live events" lists them all. */
const closeCodes = {
  badRequest: CloseCode.BadRequest,
  forbidden: CloseCode.Forbidden,
  tooMany: 4429,
  // The standard "try again later": graphql-ws clients retry it, where 4403 would tell them the key is bad.
  tryAgainLater: 1013,
  internalError: CloseCode.InternalServerError,
} as const;

/** Messages of graphql-transport-ws that only a server may send: a client sending one breaks the protocol. */
const serverOnlyMessages = new Set<string>([
  MessageType.ConnectionAck,
  MessageType.Next,
  MessageType.Error,
]);

/** What graphql-ws keeps of a connection: the socket only (the upgrade request would hold its headers and streams for the socket's life). */
interface SocketExtra {
  socket: WebSocket;
}

/** graphql-ws on the HTTP server's /graphql path, running every operation through Yoga's envelop. */
export function attachWebsocketServer(
  server: http.Server,
  services: AppServices,
  yoga: YogaServerInstance<InitialContext, Context>,
  rateLimiter: RateLimiter,
  persisted: PersistedOperations,
): WebSocketServer {
  const wsServer = new WebSocketServer({
    server,
    path: "/graphql",
    maxPayload: maxFrameBytes,
    handleProtocols,
  });
  const byKey = new SocketsByKey();
  const revocations = new RevokedKeySockets(services, byKey);
  // graphql-ws' own `next` frames and the fan-out's come from one writer (events/frames.ts).
  const frames = graphqlWsNextFrames();
  const graphqlWs = graphqlWsServer(
    services,
    yoga,
    byKey,
    revocations,
    rateLimiter,
    frames,
    persisted,
    new FrameFanOut(),
  );
  // The HTTP server's errors (a port in use) reach here too; app.ts reports those from the server.
  wsServer.on("error", (error) => log.error({ err: error.message }, "websocket server error"));
  const keepAlive = new KeepAlive(keepAliveMs);
  wsServer.on("connection", (socket) =>
    serveSocket(graphqlWs, byKey, keepAlive, socket, frames.frame),
  );
  wsServer.on("close", () => {
    revocations.stop();
    keepAlive.stop();
  });
  return wsServer;
}

/**
 * graphql-transport-ws over Yoga: authentication and the per-key limit at connection, the
 * per-socket limit and the key's rate limit per operation.
 */
function graphqlWsServer(
  services: AppServices,
  yoga: YogaServerInstance<InitialContext, Context>,
  byKey: SocketsByKey,
  revocations: RevokedKeySockets,
  rateLimiter: RateLimiter,
  frames: ReturnType<typeof graphqlWsNextFrames>,
  persisted: PersistedOperations,
  fanOut: FrameFanOut,
) {
  return makeServer<Record<string, unknown> | undefined, SocketExtra>({
    // A result shared by subscribers of the same document is serialized once (events/frames.ts).
    onNext: frames.onNext,
    execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
    subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
    // A missing, unknown or revoked key closes the socket with 4403 before any operation runs.
    onConnect: async (ctx) => {
      const notified = revocations.notified;
      let context: Context;
      try {
        context = await createContext(services, bearerFromParams(ctx.connectionParams));
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          ctx.extra.socket.close(
            closeCodes.tryAgainLater,
            "Database unavailable: reconnect in a few seconds",
          );
        }
        return false;
      }
      const socket = ctx.extra.socket;
      // Closed while it authenticated: nothing to track.
      if (socket.readyState !== socket.OPEN) return false;
      if (!byKey.add(context.viewer.keyId, socket)) {
        // graphql-ws refuses a connection only with 4403; closing first gives the limit its own code.
        socket.close(
          closeCodes.tooMany,
          `Too many connections: an API key may hold ${maxConnectionsPerKey} at once on each instance`,
        );
        return false;
      }
      // A change of a key notified while it was being checked: check it again, now that its socket is known.
      if (revocations.notified !== notified) void revocations.check([context.viewer.keyId]);
      return true;
    },
    onSubscribe: async (ctx, id, payload) => {
      // graphql-ws registers the operation before this hook, so the count includes it.
      if (Object.keys(ctx.subscriptions).length > maxOperationsPerSocket) {
        return [
          new GraphQLError(
            `Too many operations: a socket runs at most ${maxOperationsPerSocket} operations at once; complete one or open another connection`,
            { extensions: { code: "TOO_MANY_OPERATIONS", limit: maxOperationsPerSocket } },
          ),
        ];
      }
      const socket = ctx.extra.socket;
      const initial: InitialContext = {
        authorization: bearerFromParams(ctx.connectionParams),
        connection: { close: (code, reason) => socket.close(code, reason) },
      };
      // Yoga's envelop on the websocket path too, so its plugins (auth, limits, masking) apply.
      const {
        schema: enveloped,
        execute,
        subscribe,
        contextFactory,
        parse,
        validate,
      } = yoga.getEnveloped(initial);
      let document;
      try {
        // The text sent, or the persisted document its hash names (PARLEY_PERSISTED_OPERATIONS).
        document = parse(await persisted.documentFor(payload));
      } catch (error) {
        return [asGraphQLError(error)];
      }
      let errors;
      try {
        // graphql-js' own rules throw for some documents, e.g. a directive with a bad argument on a
        // subscription's root field (SingleFieldSubscriptionsRule evaluates it).
        errors = validate(enveloped, document);
      } catch (error) {
        return [asGraphQLError(error)];
      }
      if (errors.length > 0) return errors;
      // graphql-ws throws (closing the socket with 4500) when it cannot tell which operation to run.
      if (!getOperationAST(document, payload.operationName)) {
        return [
          new GraphQLError(
            payload.operationName
              ? `Unknown operation named "${payload.operationName.slice(0, 100)}"`
              : "The document holds several operations: send operationName to choose one",
            { extensions: { code: "BAD_REQUEST" } },
          ),
        ];
      }
      let contextValue;
      try {
        contextValue = await contextFactory();
      } catch (error) {
        socket.close(closeCodes.forbidden, "Forbidden");
        return [asGraphQLError(error)];
      }
      // Over the key's budget the operation gets an error and the socket stays open: closing it
      // would make clients reconnect, which costs more than the refused operation.
      const taken = await rateLimiter.take(contextValue.viewer.keyId);
      if (!taken.allowed) {
        const error = rateLimited(rateLimiter.limit, taken.retryAfterMs, "websocket");
        log.info(
          {
            code: error.extensions.code,
            operation: payload.operationName,
            keyId: contextValue.viewer.keyId,
            role: contextValue.viewer.role,
          },
          "operation rejected",
        );
        return [error];
      }
      return {
        schema: enveloped,
        operationName: payload.operationName,
        document,
        variableValues: payload.variables,
        contextValue,
        // The fan-out writes this subscription's live frames (events/fan-out.ts).
        rootValue: {
          execute,
          subscribe,
          frames: { fanOut, target: { socket, operationId: id } } satisfies DirectFrames,
        },
      };
    },
  });
}

/** One websocket: keepalive, frames checked against the protocol before graphql-ws sees them, cleanup on close. */
function serveSocket(
  graphqlWs: ReturnType<typeof graphqlWsServer>,
  byKey: SocketsByKey,
  keepAlive: KeepAlive,
  socket: WebSocket,
  frame: (text: string) => string | Buffer,
): void {
  // ws closes the socket itself (1009 for a frame over maxPayload) before reporting the error here.
  socket.on("error", (error) =>
    log.warn({ err: error.message }, "websocket closed on a client error"),
  );
  keepAlive.add(socket);
  const closed = graphqlWs.opened(
    {
      protocol: socket.protocol,
      send: (data) =>
        new Promise<void>((resolve, reject) => {
          // Taken even for a closed socket: a `next` frame left pending would wait for the next message.
          const bytes = frame(data);
          if (socket.readyState !== socket.OPEN) return resolve();
          // A text frame either way: a `next` frame comes as bytes from events/frames.ts.
          socket.send(bytes, { binary: false }, (error) => (error ? reject(error) : resolve()));
        }),
      close: (code, reason) => socket.close(code, reason),
      // Not an async listener: graphql-ws' handling of a subscribe message lasts as long as the
      // subscription, and an awaiting listener would hold the frame's bytes and its own state that long.
      onMessage: (handle) =>
        socket.on("message", (data) => {
          const text = String(data);
          const violation = protocolViolation(text);
          if (violation)
            return socket.close(closeCodes.badRequest, closeReason(`Bad request: ${violation}`));
          handle(text).catch((error: unknown) => {
            log.error({ err: error }, "handling a websocket message failed");
            socket.close(closeCodes.internalError, "Internal server error");
          });
        }),
    },
    { socket },
  );
  socket.once("close", (code, reason) => {
    keepAlive.remove(socket);
    byKey.remove(socket);
    closed(code, String(reason)).catch((error: unknown) =>
      log.error({ err: error }, "ending a closed socket's operations failed"),
    );
  });
}

/**
 * Pings every open socket each interval and cuts those that did not answer the previous ping.
 * One timer for all sockets rather than one each: an idle socket then holds no timer or closure.
 */
export class KeepAlive {
  /** Each socket, and whether it answered the last ping. */
  private readonly answered = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout;
  /** One listener for every socket: ws calls it with the socket as `this`. */
  private readonly onPong = (() => {
    const answered = this.answered;
    return function (this: WebSocket) {
      if (answered.has(this)) answered.set(this, true);
    };
  })();

  constructor(intervalMs: number) {
    // Open sockets keep the process alive; the timer alone must not.
    this.timer = setInterval(() => this.pingAll(), intervalMs).unref();
  }

  add(socket: WebSocket): void {
    this.answered.set(socket, true);
    socket.on("pong", this.onPong);
  }

  remove(socket: WebSocket): void {
    this.answered.delete(socket);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private pingAll(): void {
    for (const [socket, answered] of this.answered) {
      if (!answered) {
        this.answered.delete(socket);
        socket.terminate();
        continue;
      }
      this.answered.set(socket, false);
      socket.ping();
    }
  }
}

/**
 * Closes the sockets of revoked keys on every instance, with or without Redis. The database
 * notifies every change of a key (db/notifications.ts), the instance that made it before its
 * statement returns and every other one as soon as it commits, and the key's sockets are closed at
 * once. While notifications do not reach this process (its listening connection to PostgreSQL is
 * down) the keys of open sockets are checked every revocationCheckIntervalMs instead, and once more
 * when listening resumes, for what was missed. Each check is one primary-key lookup.
 */
class RevokedKeySockets {
  /** Counts notifications: a connection authenticated across one checks its key again. */
  notified = 0;
  /**
   * Keys whose check is in flight, and whether another notification asked for one since. One change
   * is notified on every listening connection (each of the pool's and the dedicated one), so
   * notifications of a key are coalesced: one check, and one more after it only if the key's
   * sockets are still open (a later change may have committed after the first check read).
   */
  private readonly checking = new Map<number, boolean>();
  private poll: NodeJS.Timeout | undefined;
  private polling = false;
  private readonly health = outageLog(log, "Checking open sockets for revoked keys");
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: AppServices,
    private readonly byKey: SocketsByKey,
  ) {
    this.unsubscribe = services.db.notifications.on(notificationChannels.apiKeys, {
      notify: (payload) => {
        this.notified++;
        const keyId = Number(payload);
        if (!byKey.has(keyId)) return;
        if (this.checking.has(keyId)) this.checking.set(keyId, true);
        else void this.checkNotified(keyId);
      },
      listening: (listening) => {
        if (!listening) return this.startPolling();
        this.stopPolling();
        const keyIds = byKey.keyIds();
        if (keyIds.length > 0) void this.check(keyIds);
      },
    });
  }

  /** Closes the sockets of those of `keyIds` that were revoked or deleted. Never throws. */
  async check(keyIds: number[]): Promise<void> {
    try {
      for (const keyId of await invalidKeyIds(this.services.db.pool, keyIds))
        this.byKey.closeAll(keyId, closeCodes.forbidden, "Forbidden: the API key was revoked");
      this.health.recovered();
    } catch (error) {
      this.health.failed(error);
    }
  }

  private async checkNotified(keyId: number): Promise<void> {
    do {
      this.checking.set(keyId, false);
      await this.check([keyId]);
    } while (this.checking.get(keyId) && this.byKey.has(keyId));
    this.checking.delete(keyId);
  }

  stop(): void {
    this.unsubscribe();
    this.stopPolling();
  }

  private startPolling(): void {
    if (this.poll) return;
    this.poll = setInterval(async () => {
      const keyIds = this.byKey.keyIds();
      if (this.polling || keyIds.length === 0) return;
      this.polling = true;
      await this.check(keyIds);
      this.polling = false;
    }, revocationCheckIntervalMs);
    this.poll.unref();
  }

  private stopPolling(): void {
    clearInterval(this.poll);
    this.poll = undefined;
  }
}

/** Open sockets by the API key that opened them: to close a revoked key's and to bound each key's. */
class SocketsByKey {
  private readonly sockets = new Map<number, Set<WebSocket>>();
  private readonly keyOf = new Map<WebSocket, number>();

  /** False when the key already holds its limit. */
  add(keyId: number, socket: WebSocket): boolean {
    const sockets = this.sockets.get(keyId) ?? new Set<WebSocket>();
    if (sockets.size >= maxConnectionsPerKey) return false;
    sockets.add(socket);
    this.sockets.set(keyId, sockets);
    this.keyOf.set(socket, keyId);
    return true;
  }

  remove(socket: WebSocket): void {
    const keyId = this.keyOf.get(socket);
    if (keyId === undefined) return;
    this.keyOf.delete(socket);
    const sockets = this.sockets.get(keyId)!;
    sockets.delete(socket);
    if (sockets.size === 0) this.sockets.delete(keyId);
  }

  has(keyId: number): boolean {
    return this.sockets.has(keyId);
  }

  keyIds(): number[] {
    return [...this.sockets.keys()];
  }

  /** Closes the key's sockets and forgets them at once: a closing socket is no longer the key's. */
  closeAll(keyId: number, code: number, reason: string): void {
    for (const socket of [...(this.sockets.get(keyId) ?? [])]) {
      this.remove(socket);
      socket.close(code, reason);
    }
  }
}

/** Why a client's frame breaks graphql-transport-ws, or null when graphql-ws may handle it. */
function protocolViolation(text: string): string | null {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return "the frame is not JSON";
  }
  try {
    const { type } = validateMessage(message);
    return serverOnlyMessages.has(type) ? `"${type}" is a message only the server sends` : null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A websocket close reason is at most 123 bytes. */
function closeReason(reason: string): string {
  const bytes = Buffer.from(reason);
  return bytes.length <= 123
    ? reason
    : `${bytes
        .subarray(0, 120)
        .toString()
        .replace(/\uFFFD+$/, "")}...`;
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => ReturnType<typeof graphqlExecute>;
  subscribe: (args: ExecutionArgs) => ReturnType<typeof graphqlSubscribe>;
}

/**
 * graphql-ws accepts only GraphQLErrors from onSubscribe and closes the socket with 4500 on
 * anything else: a fault is masked (and logged) into an error of this operation instead.
 */
function asGraphQLError(error: unknown): GraphQLError {
  return error instanceof GraphQLError ? error : maskError(error, "Unexpected error.");
}

/** `connectionParams.authorization` may be "Bearer <key>" or the bare key. */
function bearerFromParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value !== "string" || !value.trim()) return null;
  return /^bearer\s/i.test(value) ? value : `Bearer ${value.trim()}`;
}
