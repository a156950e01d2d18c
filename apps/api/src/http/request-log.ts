import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../auth/keys.ts";
import { logger } from "../log.ts";

const log = logger("http");

/**
 * What one request's log line says. Filled in as the request goes (the router, then Yoga's
 * plugins) and written once when the answer is sent. It holds no header, variable or record: the
 * key is named by its id and role, the operation by its name.
 */
export interface RequestLogEntry {
  method: string;
  /** The path without its query string (a GET carries its variables there). */
  path: string;
  startedAt: number;
  code?: string;
  operation?: string;
  viewer?: Viewer;
  /** A fault outside GraphQL (serving a file), logged with its trace; GraphQL faults log their own. */
  fault?: unknown;
}

export function startRequestLog(method: string | undefined, path: string): RequestLogEntry {
  return { method: method ?? "GET", path: path.slice(0, 200), startedAt: performance.now() };
}

/** Rejections at info, faults at error, successes at debug only. */
export function writeRequestLine(entry: RequestLogEntry, status: number): void {
  const line = {
    method: entry.method,
    path: entry.path,
    status,
    code: entry.code,
    operation: entry.operation,
    keyId: entry.viewer?.keyId,
    role: entry.viewer?.role,
    durationMs: Math.round(performance.now() - entry.startedAt),
  };
  if (entry.fault !== undefined || status >= 500 || entry.code === "INTERNAL_SERVER_ERROR")
    log.error({ ...line, err: entry.fault }, "request failed");
  else if (status >= 400 || entry.code) log.info(line, "request rejected");
  else log.debug(line, "request served");
}

/** The part of the line only Yoga knows: the operation's name and the first error's code. */
export function useRequestLog(): Plugin<{ requestLog?: RequestLogEntry }> {
  return {
    onParams({ params, context }) {
      const entry = (context as { requestLog?: RequestLogEntry }).requestLog;
      if (entry && typeof params.operationName === "string")
        entry.operation = params.operationName.slice(0, 100);
    },
    onResultProcess({ result, serverContext }) {
      const entry = (serverContext as { requestLog?: RequestLogEntry }).requestLog;
      const errors =
        !Array.isArray(result) && "errors" in result
          ? (result.errors as readonly GraphQLError[] | undefined)
          : undefined;
      const code = errors?.[0]?.extensions?.code;
      if (entry && typeof code === "string") entry.code = code;
    },
  };
}
