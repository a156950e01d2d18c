import crypto from "node:crypto";
import type { ExecutionArgs, ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import { complexityLimit, defaultPageSize, maxPageSize } from "../builder.ts";
import type { Context } from "../context.ts";
import type { Database } from "../db/database.ts";
import type { Statement } from "../db/statement.ts";
import { toGraphQLError } from "../errors.ts";
import { executionKey } from "../execution-key.ts";
import { logger } from "../log.ts";
import { onlyQueryOf, planRead } from "./plan.ts";

const log = logger("planner");

/**
 * The answer to a query document from one planned statement, or null when the planner does not
 * cover it (the resolvers answer it then). A statement that fails is also left to the resolvers,
 * which fail the same way with the errors clients know, or succeed where the plan was wrong: the
 * warning says which document to look at.
 */
export async function executePlanned(args: ExecutionArgs): Promise<ExecutionResult | null> {
  const ctx = args.contextValue as Context;
  const statement = cachedPlan(args, ctx);
  if (!statement) return null;
  try {
    const { rows } = await runPlanned(ctx.db, statement);
    return plannedResult(rows[0]!.data);
  } catch (error) {
    log.warn(
      { err: (error as Error).message, operation: args.operationName ?? null },
      "a planned read failed; the resolvers answer it",
    );
    return null;
  }
}

/**
 * A planned statement, or null for a document left to the resolvers, per document, operation,
 * role and variables: a repeated read (a dashboard's page, a poll) skips planning, which cost
 * more CPU than running a point read (the key: execution-key.ts). Bounded in entries and in the text they
 * hold (statements and variables), so distinct documents or variables cannot grow memory without
 * end; an entry pushed out is planned again.
 */
const planCache = new LRUCache<string, { statement: Statement | null }>({
  max: 5_000,
  maxSize: 8_000_000,
  // A read with megabytes of variables is planned each time rather than pushing out a thousand others.
  maxEntrySize: 100_000,
  sizeCalculation: (entry, key) => key.length + (entry.statement?.text.length ?? 0) + 1,
});

function cachedPlan(args: ExecutionArgs, ctx: Context): Statement | null {
  // Only a document of one query is ever planned (plan.ts); anything else, a mutation above all,
  // skips the key, which would write out its variables: an import's records, on every import.
  if (!onlyQueryOf(args.document)) return null;
  // Everything the planner reads of the caller is its role (plan.ts), which the key holds.
  const key = executionKey(args);
  if (key === null) return planOrLeave(args, ctx);
  const cached = planCache.get(key);
  if (cached) return cached.statement;
  const statement = planOrLeave(args, ctx);
  planCache.set(key, { statement });
  return statement;
}

/**
 * The planned statement, or null when planning refuses: the filters the planner shares with the
 * resolvers refuse an argument the caller's role may not use (a viewer filtering by source) by
 * throwing. Thrown here, that error would escape the execution itself, which on a websocket closes
 * the socket and every operation on it; the resolvers refuse the same argument as an error of this
 * operation alone.
 */
function planOrLeave(args: ExecutionArgs, ctx: Context): Statement | null {
  try {
    return planRead({
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variableValues: args.variableValues as Record<string, unknown> | undefined,
      ctx,
      limit: complexityLimit,
      pageSize: { default: defaultPageSize, max: maxPageSize },
    });
  } catch (error) {
    // A typed error (a refused or invalid argument) is the client's; anything else is worth a look.
    if (!toGraphQLError(error))
      log.warn(
        { err: (error as Error).message, operation: args.operationName ?? null },
        "planning a read failed; the resolvers answer it",
      );
    return null;
  }
}

/**
 * The result of a planned read. Yoga writes a result with its own `stringify` when it has one: the
 * statement's JSON text goes into the response as PostgreSQL wrote it (the same values and keys in
 * the same order as the resolvers', with PostgreSQL's spacing), not parsed and written again. Only
 * what reads `data` itself (a websocket's frame) parses it, once; a result some plugin rebuilt
 * (errors or extensions added) is no longer this one and is written as usual.
 */
function plannedResult(json: string): ExecutionResult {
  let data: Record<string, unknown> | undefined;
  const result = {
    get data() {
      data ??= JSON.parse(json) as Record<string, unknown>;
      return data;
    },
    stringify: (sent: unknown) => (sent === result ? `{"data":${json}}` : JSON.stringify(sent)),
  };
  return result;
}

/**
 * At most this many distinct planned statements are prepared on each PostgreSQL connection: a
 * planned statement is planned by PostgreSQL once per connection instead of once per request
 * (planning cost more than running the point read), and a stream of distinct documents cannot
 * grow the server's memory without end: statements past the first ones run unprepared.
 */
const maxPreparedStatements = 500;
const preparedNames = new Map<string, string>();

function runPlanned(db: Database, statement: Statement) {
  // The embedded database's one session outlives a dropped connection, and with it the prepared
  // statements the pool's next connection would prepare again: there every statement is unnamed.
  let name = db.kind === "postgresql" ? preparedNames.get(statement.text) : undefined;
  if (
    db.kind === "postgresql" &&
    name === undefined &&
    preparedNames.size < maxPreparedStatements
  ) {
    name = `parley_plan_${crypto.createHash("sha1").update(statement.text).digest("hex").slice(0, 20)}`;
    preparedNames.set(statement.text, name);
  }
  return db.pool.query<{ data: string }>({
    name,
    text: statement.text,
    values: statement.values,
  });
}

/** Answers the documents the planner covers with one statement, before graphql-js executes anything. */
export function usePlannedReads(): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const result = await executePlanned(args);
      if (result) setResultAndStopExecution(result);
    },
  };
}
