import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { type AppServices, type Context, contextFor, createContext } from "./context.ts";
import { maskError } from "./errors.ts";
import { useSharedSubscriptionExecution } from "./events/shared-execution.ts";
import {
  useAuthenticationFirst,
  useJsonPosts,
  useStrictGetParameters,
  viewerOf,
} from "./http/guards.ts";
import {
  parserAndValidationCache,
  useBodyLimit,
  useDocumentLimits,
  useOneErrorPerRejection,
} from "./http/limits.ts";
import { type RateLimiter, useRateLimit } from "./http/rate-limit.ts";
import {
  type RequestLogEntry,
  startRequestLog,
  useRequestLog,
  writeRequestLine,
} from "./http/request-log.ts";
import { logger } from "./log.ts";
import { PersistedOperations } from "./operations/persisted.ts";
import { usePlannedReads } from "./planner/planned.ts";
import { schema } from "./schema.ts";
import { attachWebsocketServer } from "./websocket.ts";

const yogaLog = logger("yoga");

/** What Yoga is handed before authentication: an HTTP request, or a websocket's connection params. */
export interface InitialContext {
  request?: Request;
  authorization?: string | null;
  connection?: Context["connection"];
  requestLog?: RequestLogEntry;
}

export interface HttpOptions {
  /** Origins allowed to call the API from a browser (PARLEY_CORS_ORIGINS); none: same origin only. */
  corsOrigins: string[];
  /** The dashboard's static build (tests serve another). */
  dashboardDir?: string;
  /** Each API key's budget of operations, over HTTP and websockets. */
  rateLimiter: RateLimiter;
  /** PARLEY_PERSISTED_OPERATIONS=1: documents sent as text are refused, over HTTP and websockets. */
  persistedOperationsOnly: boolean;
}

const defaultDashboardDir = path.resolve(import.meta.dirname, "../../web/build");
/** The dashboard's documents by hash, as graphql-codegen writes them (apps/web/codegen.ts). */
const dashboardDocuments = path.resolve(
  import.meta.dirname,
  "../../web/src/lib/graphql/persisted-documents.json",
);

export function createYogaServer(
  services: AppServices,
  options: HttpOptions,
  persisted: PersistedOperations,
): YogaServerInstance<InitialContext, Context> {
  return createYoga<InitialContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Parley GraphQL", subscriptionsProtocol: "WS" },
    // An empty list answers no CORS headers, so browsers allow the dashboard's own origin only.
    cors: (request) => {
      const origin = request.headers.get("origin");
      if (!origin || !options.corsOrigins.includes(origin)) return false;
      return {
        origin,
        credentials: false,
        allowedHeaders: ["authorization", "content-type"],
        methods: ["GET", "POST"],
      };
    },
    multipart: false,
    // Ours instead (useBodyLimit): Yoga's streams every body through a counter.
    maxRequestBodySize: false,
    parserAndValidationCache,
    // Every request gets one line from the request log; Yoga's own logger would add a trace per error.
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args) => yogaLog.warn(String(args[0])),
      error: (...args) => yogaLog.debug(String(args[0])),
    },
    // The persisted document replaces the hash before the document limits see the parameters.
    plugins: [
      useJsonPosts(),
      useStrictGetParameters(),
      useAuthenticationFirst(services),
      useBodyLimit(),
      useRateLimit(options.rateLimiter),
      persisted.httpPlugin(),
      useDocumentLimits(),
      useOneErrorPerRejection(),
      useRequestLog(),
      usePlannedReads(),
      useSharedSubscriptionExecution(),
    ],
    context: (initial) => {
      const viewer = initial.request && viewerOf(initial.request);
      return viewer
        ? contextFor(services, viewer, initial.connection)
        : createContext(services, initial.authorization, initial.connection);
    },
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
  });
}

/** One port: /graphql over HTTP and websockets, /healthz, and the dashboard everywhere else. */
export function createHttpServer(
  services: AppServices,
  options: HttpOptions,
): { server: http.Server; dropConnections(): void; close(): Promise<void> } {
  const persisted = new PersistedOperations(
    services.db.prisma,
    dashboardDocuments,
    options.persistedOperationsOnly,
  );
  const yoga = createYogaServer(services, options, persisted);
  const dashboardDir = path.resolve(options.dashboardDir ?? defaultDashboardDir);
  // No error while serving a request may end the process: whatever escapes answers 500 and is logged.
  const server = http.createServer((req, res) => {
    const entry = startRequestLog(req.method, (req.url ?? "/").split("?")[0]);
    res.once("finish", () => writeRequestLine(entry, res.statusCode));
    serve(req, res, entry).catch((error: unknown) => {
      entry.fault = error;
      if (!res.headersSent) answer(res, 500, "Internal server error");
      else res.destroy();
    });
  });

  async function serve(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    entry: RequestLogEntry,
  ): Promise<void> {
    const pathname = requestPath(req.url);
    if (pathname === undefined) {
      entry.code = "BAD_REQUEST";
      return answer(res, 400, "Bad request: the path is not a valid URL path");
    }
    if (pathname === "/graphql" || pathname.startsWith("/graphql/"))
      return void (await yoga(req, res, { requestLog: entry }));
    if (pathname === "/healthz") return health(services, res);
    return serveDashboard(dashboardDir, pathname, res, entry);
  }

  const wsServer = attachWebsocketServer(server, services, yoga, options.rateLimiter, persisted);

  return {
    server,
    dropConnections: () => {
      for (const client of wsServer.clients) client.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wsServer.clients) client.terminate();
        wsServer.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The decoded path, or undefined when the request target is no URL or holds a broken %-escape. */
function requestPath(target: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(target ?? "/", "http://localhost").pathname);
  } catch {
    return undefined;
  }
}

function answer(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(message);
}

async function health(services: AppServices, res: http.ServerResponse): Promise<void> {
  const started = performance.now();
  let body: Record<string, unknown>;
  let status = 200;
  try {
    await services.db.pool.query("SELECT 1");
    body = {
      status: "ok",
      database: {
        kind: services.db.kind,
        ok: true,
        latencyMs: Math.round(performance.now() - started),
      },
    };
  } catch (error) {
    status = 503;
    body = {
      status: "unavailable",
      database: { kind: services.db.kind, ok: false, error: (error as Error).message },
    };
  }
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The dashboard is a static single-page app: unknown paths get its shell, which routes on the client. */
async function serveDashboard(
  root: string,
  pathname: string,
  res: http.ServerResponse,
  entry: RequestLogEntry,
): Promise<void> {
  const shell = path.join(root, "index.html");
  if (!fs.existsSync(shell)) {
    entry.code = "DASHBOARD_NOT_BUILT";
    return answer(
      res,
      503,
      "The dashboard is not built yet: run `pnpm build`. The API is at /graphql.",
    );
  }
  const requested = path.join(root, pathname);
  // Inside the build directory only: `..` and a sibling such as build-private/ both fail this.
  const inside =
    !path.relative(root, requested).startsWith("..") &&
    !path.isAbsolute(path.relative(root, requested));
  const file = inside && isFile(requested) ? requested : shell;
  const immutable = file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`);
  // Read before the head is written, so a file that cannot be read answers 500, not a cut-off 200.
  const body = await fs.promises.readFile(file);
  res.writeHead(200, {
    "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  res.end(body);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
