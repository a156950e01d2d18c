import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { GraphQLError } from "graphql";
import { schema } from "./schema.ts";
import { createContext, type AppServices, type Context } from "./context.ts";
import { toGraphQLError } from "./errors.ts";
import { attachWebsocketServer } from "./websocket.ts";
import { logger } from "./log.ts";

const log = logger("graphql");

/** What Yoga is handed before authentication: an HTTP request, or a websocket's connection params. */
export interface InitialContext {
  request?: Request;
  authorization?: string | null;
  connection?: Context["connection"];
}

const webBuildDir = path.resolve(import.meta.dirname, "../../web/build");

export function createYogaServer(services: AppServices): YogaServerInstance<InitialContext, Context> {
  return createYoga<InitialContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Parley GraphQL", subscriptionsProtocol: "WS" },
    context: (initial) =>
      createContext(services, initial.authorization ?? initial.request?.headers.get("authorization"), initial.connection),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        const mapped = toGraphQLError(original);
        if (mapped) return new GraphQLError(mapped.message, { ...mapped, path: (error as GraphQLError).path, nodes: (error as GraphQLError).nodes });
        if (error instanceof GraphQLError && !error.originalError) return error;
        if (original instanceof GraphQLError) return original;
        log.error({ err: original }, "unexpected error while serving a GraphQL request");
        return new GraphQLError(message);
      },
    },
  });
}

/** One port: /graphql over HTTP and websockets, /healthz, and the dashboard everywhere else. */
export function createHttpServer(services: AppServices): { server: http.Server; dropConnections(): void; close(): Promise<void> } {
  const yoga = createYogaServer(services);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/graphql" || url.pathname.startsWith("/graphql/")) return void yoga(req, res);
    if (url.pathname === "/healthz") return void health(services, res);
    serveDashboard(url.pathname, res);
  });

  const wsServer = attachWebsocketServer(server, services, yoga);

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

async function health(services: AppServices, res: http.ServerResponse): Promise<void> {
  const started = performance.now();
  let body: Record<string, unknown>;
  let status = 200;
  try {
    await services.db.pool.query("SELECT 1");
    body = { status: "ok", database: { kind: services.db.kind, ok: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    status = 503;
    body = { status: "unavailable", database: { kind: services.db.kind, ok: false, error: (error as Error).message } };
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
function serveDashboard(pathname: string, res: http.ServerResponse): void {
  const shell = path.join(webBuildDir, "index.html");
  if (!fs.existsSync(shell)) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    res.end("The dashboard is not built yet: run `pnpm build`. The API is at /graphql.");
    return;
  }
  const requested = path.normalize(path.join(webBuildDir, decodeURIComponent(pathname)));
  const file =
    requested.startsWith(webBuildDir) && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : shell;
  const immutable = file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`);
  res.writeHead(200, {
    "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  fs.createReadStream(file).pipe(res);
}
