import crypto from "node:crypto";
import type { ExecutionArgs, ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { complexityLimit, defaultPageSize, maxPageSize } from "../builder.ts";
import type { Context } from "../context.ts";
import type { Database } from "../db/database.ts";
import type { Statement } from "../db/statement.ts";
import { logger } from "../log.ts";
import { planRead } from "./plan.ts";

const log = logger("planner");

/**
 * The answer to a query document from one planned statement, or null when the planner does not
 * cover it (the resolvers answer it then). A statement that fails is also left to the resolvers,
 * which fail the same way with the errors clients know, or succeed where the plan was wrong: the
 * warning says which document to look at.
 */
export async function executePlanned(args: ExecutionArgs): Promise<ExecutionResult | null> {
  const ctx = args.contextValue as Context;
  const statement = planRead({
    schema: args.schema,
    document: args.document,
    operationName: args.operationName,
    variableValues: args.variableValues as Record<string, unknown> | undefined,
    ctx,
    limit: complexityLimit,
    pageSize: { default: defaultPageSize, max: maxPageSize },
  });
  if (!statement) return null;
  try {
    const { rows } = await runPlanned(ctx.db, statement);
    return { data: rows[0]!.data };
  } catch (error) {
    log.warn(
      { err: (error as Error).message, operation: args.operationName ?? null },
      "a planned read failed; the resolvers answer it",
    );
    return null;
  }
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
  return db.pool.query<{ data: Record<string, unknown> }>({
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
