import { GraphQLError } from "graphql";
import { bodyTooLarge } from "./http/limits.ts";
import { logger } from "./log.ts";

const log = logger("graphql");

/** Bad input: names the record, the field and the reason. */
export class ValidationError extends Error {
  constructor(
    public readonly field: string,
    public readonly reason: string,
    public readonly record?: string,
  ) {
    super(`${record ? `${record}: ` : ""}${field} ${reason}`);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends Error {
  constructor(
    public readonly entity: string,
    public readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The one mapping from Parley's typed errors to GraphQL errors with a stable `code`. */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  if (error instanceof ValidationError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: "BAD_USER_INPUT",
        field: error.field,
        reason: error.reason,
        record: error.record,
      },
    });
  }
  if (error instanceof NotFoundError) {
    return new GraphQLError(error.message, {
      extensions: { code: "NOT_FOUND", entity: error.entity, id: error.id },
    });
  }
  if (error instanceof ForbiddenError) {
    return new GraphQLError(error.message, { extensions: { code: "FORBIDDEN" } });
  }
  return undefined;
}

/** SQLSTATE codes and socket errors that mean the database cannot serve at all, whatever the query. */
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
  // connection_exception class, admin/crash shutdown, cannot_connect_now, too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  // Prisma: can't reach, timed out, server closed the connection, pool timeout, too many connections
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2037",
]);
const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const unavailableMessages =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Can't reach database server|the embedded database stopped|The PGlite thread/i;

/**
 * Whether an error (or anything in its cause chain) says the database is down or unreachable,
 * as opposed to a query that was wrong: the first is the caller's to retry, the second a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const candidate = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
    };
    if (typeof candidate.code === "string" && unavailableCodes.has(candidate.code)) return true;
    if (typeof candidate.kind === "string" && unavailableKinds.has(candidate.kind)) return true;
    const adapterKind = candidate.meta?.driverAdapterError?.cause?.kind;
    if (typeof adapterKind === "string" && unavailableKinds.has(adapterKind)) return true;
    if (typeof candidate.message === "string" && unavailableMessages.test(candidate.message))
      return true;
  }
  return false;
}

/**
 * An error and the errors behind it (`cause`, a GraphQLError's `originalError`), at most 8 deep:
 * drivers and Prisma wrap the database's error, sometimes in a cycle.
 */
function* causeChain(error: unknown): Generator<object> {
  let current = error;
  for (let depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    yield current;
    current =
      (current as { cause?: unknown }).cause ??
      (current instanceof GraphQLError ? current.originalError : undefined);
  }
}

/** Text PostgreSQL cannot store (a NUL character, a broken byte sequence) is the caller's input, not a fault. */
function isUnstorableText(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const candidate = current as { code?: unknown; originalCode?: unknown; message?: unknown };
    if (
      candidate.code === "22021" ||
      candidate.originalCode === "22021" ||
      candidate.code === "22P05"
    )
      return true;
    if (
      typeof candidate.message === "string" &&
      /invalid byte sequence for encoding/.test(candidate.message)
    )
      return true;
  }
  return false;
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(
    "Database unavailable: Parley cannot reach its database right now; retry shortly",
    {
      extensions: {
        code: "SERVICE_UNAVAILABLE",
        http: { status: 503, headers: { "retry-after": "5" } },
      },
    },
  );
}

/**
 * Yoga's `maskError`: Parley's typed errors keep their code, a database that cannot be reached is
 * 503, GraphQL's own errors (syntax, validation, limits) pass unchanged, and anything else is a
 * fault: the client sees only "Unexpected error.", the log gets its trace, once.
 */
export function maskError(error: unknown, message: string): GraphQLError {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError ?? error;
  const at = { path: located?.path, nodes: located?.nodes };
  const mapped = toGraphQLError(original);
  if (mapped) return new GraphQLError(mapped.message, { ...mapped, ...at });
  if (isDatabaseUnavailable(original)) return databaseUnavailable();
  if (isUnstorableText(original)) {
    return new GraphQLError("Text arguments may not contain NUL characters or invalid UTF-8", {
      ...at,
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  // Yoga's own body limit (it also counts bodies sent without a length) says too little.
  if (located?.extensions?.code === "REQUEST_ENTITY_TOO_LARGE") return bodyTooLarge();
  if (located && !located.originalError) return located;
  if (original instanceof GraphQLError) return original;
  log.error(
    { err: original, path: located?.path?.join(".") },
    "unexpected error while serving a GraphQL operation",
  );
  // `unexpected` makes Yoga answer 500 when the fault left no data to return.
  return new GraphQLError(message, {
    ...at,
    extensions: { code: "INTERNAL_SERVER_ERROR", unexpected: true },
  });
}
