import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../auth/keys.ts";
import { type AppServices, authenticate } from "../context.ts";
import type { RequestLogEntry } from "./request-log.ts";

/**
 * Only JSON POSTs run operations. A form or multipart POST is what a foreign page can send without
 * a CORS preflight (cross-site request forgery), and `application/graphql` text bodies are a
 * second way to do the one job; GET runs queries only (Yoga refuses mutations over GET).
 */
export function useJsonPosts(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== "POST") return;
      const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
      if (type === "application/json" || type === "application/graphql+json") return;
      throw new GraphQLError(
        `POST requests must send 'Content-Type: application/json', got ${JSON.stringify(type ?? "none")}`,
        {
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE", http: { status: 415 } },
        },
      );
    },
  };
}

/** Yoga's GET parser lets JSON.parse throw (an "Unexpected error." with 200): this one answers 400 naming the parameter. */
export function useStrictGetParameters(): Plugin {
  return {
    onRequestParse({ request, url, setRequestParser }) {
      if (request.method !== "GET") return;
      setRequestParser(() => ({
        query: url.searchParams.get("query") ?? undefined,
        operationName: url.searchParams.get("operationName") ?? undefined,
        variables: jsonObjectParameter(url.searchParams, "variables"),
        extensions: jsonObjectParameter(url.searchParams, "extensions"),
      }));
    },
  };
}

function jsonObjectParameter(
  parameters: URLSearchParams,
  name: string,
): Record<string, unknown> | undefined {
  const raw = parameters.get(name);
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest(`The ${name} parameter must be a JSON object, and is not valid JSON`);
  }
  if (value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value))
    throw badRequest(`The ${name} parameter must be a JSON object`);
  return value as Record<string, unknown>;
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
}

/** The viewer each HTTP request authenticated as, for its context. */
const viewers = new WeakMap<Request, Viewer>();

export function viewerOf(request: Request): Viewer | undefined {
  return viewers.get(request);
}

/**
 * Authenticates from the Authorization header before the body is read or anything parsed: without
 * a valid key a request costs one hash and one indexed lookup, and learns nothing of the schema
 * (no syntax errors, no "Did you mean" suggestions).
 */
export function useAuthenticationFirst(services: AppServices): Plugin {
  return {
    async onRequestParse({ request, serverContext }) {
      const viewer = await authenticate(services, request.headers.get("authorization"));
      viewers.set(request, viewer);
      const entry = (serverContext as { requestLog?: RequestLogEntry }).requestLog;
      if (entry) entry.viewer = viewer;
    },
  };
}
