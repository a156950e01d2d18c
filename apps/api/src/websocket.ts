import type http from "node:http";
import type { YogaServerInstance } from "graphql-yoga";
import type { ExecutionArgs, GraphQLError, execute as graphqlExecute, subscribe as graphqlSubscribe } from "graphql";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { createContext, type AppServices, type Context } from "./context.ts";
import type { InitialContext } from "./server.ts";

/** graphql-ws on the HTTP server's /graphql path, running every operation through Yoga's envelop. */
export function attachWebsocketServer(
  server: http.Server,
  services: AppServices,
  yoga: YogaServerInstance<InitialContext, Context>,
): WebSocketServer {
  const wsServer = new WebSocketServer({ server, path: "/graphql" });
  useServer<Record<string, unknown> | undefined, { socket: import("ws").WebSocket }>(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      // A missing or unknown key closes the socket with 4403 before any operation runs.
      onConnect: async (ctx) => {
        try {
          await createContext(services, bearerFromParams(ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const socket = ctx.extra.socket;
        const initial: InitialContext = {
          authorization: bearerFromParams(ctx.connectionParams),
          connection: { close: (code, reason) => socket.close(code, reason) },
        };
        // Yoga's envelop on the websocket path too, so its plugins (auth, limits, masking) apply.
        const { schema: enveloped, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped(initial);
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(enveloped, document);
        if (errors.length > 0) return errors;
        let contextValue;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          socket.close(4403, "Forbidden");
          return [error as GraphQLError];
        }
        return {
          schema: enveloped,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wsServer,
  );

  return wsServer;
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => ReturnType<typeof graphqlExecute>;
  subscribe: (args: ExecutionArgs) => ReturnType<typeof graphqlSubscribe>;
}

/** `connectionParams.authorization` may be "Bearer <key>" or the bare key. */
function bearerFromParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value !== "string" || !value.trim()) return null;
  return /^bearer\s/i.test(value) ? value : `Bearer ${value.trim()}`;
}
