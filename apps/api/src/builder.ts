import SchemaBuilder from "@pothos/core";
import ComplexityPlugin, { ComplexityErrorKind } from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { resolveNodes } from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import {
  GraphQLError,
  type GraphQLResolveInfo,
  GraphQLScalarType,
  getNullableType,
  isListType,
  Kind,
} from "graphql";
import { type AuthScopes, authScopesOf } from "./auth/keys.ts";
import type { Context } from "./context.ts";
import { ForbiddenError, ValidationError } from "./errors.ts";
import type PrismaTypes from "./generated/pothos-types.ts";
import { getDatamodel } from "./generated/pothos-types.ts";
import { limitExceeded } from "./http/limits.ts";
import { LIMITS } from "./ingest/records/fields.ts";

/** Largest page a connection returns; also what a missing `first` is charged at by the cost limit. */
export const maxPageSize = 100;
export const defaultPageSize = 20;
/** What one document may cost (see `complexity` below); the read planner leaves a document over it to this check. */
export const complexityLimit = { complexity: 25_000, depth: 12, breadth: 300 };

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    Decimal: { Input: string; Output: string };
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  // A field is non-null unless it says `nullable: true`: clients should not have to null-check
  // fields that always have a value. Fields a role may be refused stay nullable, so the refusal is
  // an error on that field rather than the loss of its parent.
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => authScopesOf(ctx.viewer),
    unauthorizedError: (_parent, ctx, info) =>
      new ForbiddenError(
        `The ${ctx.viewer.role} role may not access ${info.parentType.name}.${info.fieldName}`,
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
    nodeQueryOptions: { resolve: (_root, args, ctx, info) => nodeOrNull(ctx, info, args.id, "id") },
    nodesQueryOptions: {
      // Bounded like every list: each ID is a lookup, and 2,400 of them held a probe's request for 7 s.
      resolve: (_root, args, ctx, info) => {
        if (args.ids.length > maxPageSize)
          throw new ValidationError(
            "ids",
            `must hold at most ${maxPageSize} IDs, got ${args.ids.length}`,
          );
        return Promise.all(args.ids.map((id) => nodeOrNull(ctx, info, id, "ids")));
      },
    },
  },
  complexity: {
    // Connections are charged by the page they ask for, so a deep query of big pages is refused
    // before any SQL runs; other lists are charged a flat 10x.
    fieldComplexity: (args, _ctx, field) => {
      if ("first" in args || "last" in args) {
        const size = Math.min(Number(args.first ?? args.last ?? defaultPageSize), maxPageSize);
        return { field: 1, multiplier: Math.max(1, size) };
      }
      if (field.name === "edges" || field.name === "nodes") return { field: 0, multiplier: 1 };
      return { field: 1, multiplier: isListType(getNullableType(field.type)) ? 10 : 1 };
    },
    limit: complexityLimit,
    // Pothos' own messages, as errors that say they are a limit (one per request, not per root field).
    complexityError: (kind, { depth, breadth, complexity, maxDepth, maxBreadth, maxComplexity }) =>
      limitExceeded(
        kind === ComplexityErrorKind.Depth
          ? `Query exceeds maximum depth (depth: ${depth}, max: ${maxDepth})`
          : kind === ComplexityErrorKind.Breadth
            ? `Query exceeds maximum breadth (breadth: ${breadth}, max: ${maxBreadth})`
            : `Query exceeds maximum complexity (complexity: ${complexity}, max: ${maxComplexity})`,
      ),
  },
});

builder.queryType({});
// Every mutation changes data, so only roles that may write reach any of them.
builder.mutationType({ authScopes: { write: true } });
builder.subscriptionType({});

builder.addScalarType(
  "DateTime",
  new GraphQLScalarType<Date, string>({
    name: "DateTime",
    description: "An ISO 8601 timestamp in UTC",
    serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
    parseValue: (value) => parseDate(value),
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
);

builder.addScalarType(
  "JSON",
  new GraphQLScalarType({
    name: "JSON",
    description: "Any JSON value",
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: parseJsonLiteral,
  }),
);

builder.addScalarType(
  "Decimal",
  new GraphQLScalarType<string, string>({
    name: "Decimal",
    description: "An exact decimal number, as a string (money amounts)",
    serialize: (value) => String(value),
    parseValue: (value) => String(value),
  }),
);

function parseDate(value: unknown): Date {
  const date = new Date(String(value));
  if (typeof value !== "string" || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`);
  }
  // JavaScript dates reach year 275760; PostgreSQL's timestamps and Parley's records stop at 9999.
  if (date.getTime() < LIMITS.earliest || date.getTime() > LIMITS.latest) {
    throw new GraphQLError(
      `DateTime must be between 0001-01-01 and 9999-12-31, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}

function parseJsonLiteral(ast: import("graphql").ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(parseJsonLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((field) => [field.name.value, parseJsonLiteral(field.value)]),
      );
    default:
      throw new GraphQLError("JSON literals cannot contain variables");
  }
}

/** Exposes a Prisma enum to GraphQL with conventional UPPER_CASE names and the database's values. */
export function prismaEnum<T extends string>(
  name: string,
  values: Record<string, T>,
  description?: string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.values(values).map((value) => [value.toUpperCase(), { value }]),
    ) as Record<string, { value: T }>,
  });
}

export const SortDirection = builder.enumType("SortDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

/** The database id behind a global ID argument, refusing an ID of another type. */
export function idOf(
  globalId: { typename: string; id: string },
  typename: string,
  field: string,
): number {
  if (globalId.typename === malformed) throw notAnIssuedId(field, globalId.id);
  const id = Number(globalId.id);
  if (globalId.typename !== typename || !Number.isInteger(id)) {
    throw new ValidationError(
      field,
      `must be the ID of a ${typename}, got an ID of a ${globalId.typename}`,
    );
  }
  if (!isStoredId(id)) throw new ValidationError(field, `is not the ID of any ${typename}`);
  return id;
}

/**
 * A `prismaConnection` ordered in SQL (by a score, a due time) rather than by a Prisma orderBy:
 * `pageIds` reads the page's ids in that order, forward from the cursor, and `load` fetches those
 * rows with the selection Pothos planned; the rows come back in the ids' order.
 */
export async function pageInSqlOrder<Q extends object, T extends { id: number }>(
  query: Q,
  listName: string,
  pageIds: (page: { take: number; afterId?: number }) => Promise<number[]>,
  load: (selection: Omit<Q, "take" | "skip" | "cursor">, ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const {
    take,
    skip: _skip,
    cursor,
    ...selection
  } = query as Q & { take: number; skip?: number; cursor?: { id: number } };
  if (take < 0)
    throw new ValidationError(
      "last",
      `is not supported: ${listName} pages forward, with first and after`,
    );
  const ids = await pageIds({ take, afterId: cursor?.id });
  return inIdOrder(await load(selection, ids), ids);
}

/** Rows fetched by `id IN (…)` in the order of `ids`; ids with no row are left out. */
export function inIdOrder<T extends { id: number }>(rows: T[], ids: number[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every table's key is a PostgreSQL integer: a number outside its range names nothing. */
function isStoredId(id: number): boolean {
  return Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647;
}

/** The typename of an ID that does not decode: no type has it, so `idOf` and `node` refuse it. */
const malformed = "";

function notAnIssuedId(field: string, globalID: string): ValidationError {
  return new ValidationError(
    field,
    `must be an ID this API returned, got ${JSON.stringify(globalID.slice(0, 60))}`,
  );
}

/**
 * Global IDs are base64 of `Type:number`; anything else is refused naming the argument, not a crash.
 * Decoding runs before the field's role check, so it does not throw: a role that may not use the
 * field gets FORBIDDEN whatever the ID, and the resolver refuses a malformed one (`idOf`).
 */
function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const match = /^([A-Z][A-Za-z]*):(\d{1,18})$/.exec(
    Buffer.from(globalID, "base64").toString("utf8"),
  );
  if (!match) return { typename: malformed, id: globalID };
  return { typename: match[1], id: match[2] };
}

/** `node`/`nodes`: an ID of nothing (deleted, never issued) is null, as Relay expects, not an error. */
async function nodeOrNull(
  ctx: Context,
  info: GraphQLResolveInfo,
  globalId: { typename: string; id: unknown },
  field: string,
): Promise<unknown> {
  if (globalId.typename === malformed) throw notAnIssuedId(field, String(globalId.id));
  if (!builder.configStore.hasConfig(globalId.typename)) {
    throw new ValidationError(
      field,
      `must be an ID this API returned: there is no ${globalId.typename}`,
    );
  }
  if (!isStoredId(Number(globalId.id))) return null;
  try {
    const [node] = await resolveNodes(builder, ctx, info, [
      globalId as { typename: string; id: string },
    ]);
    return node ?? null;
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") return null;
    throw error;
  }
}
