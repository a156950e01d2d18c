import type { ExecutionArgs, ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { complexityLimit, defaultPageSize, maxPageSize } from "../builder.ts";
import type { Context } from "../context.ts";
import { runStatement } from "../db/statement.ts";
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
    const { rows } = await runStatement<{ data: Record<string, unknown> }>(ctx.db.pool, statement);
    return { data: rows[0]!.data };
  } catch (error) {
    log.warn(
      { err: (error as Error).message, operation: args.operationName ?? null },
      "a planned read failed; the resolvers answer it",
    );
    return null;
  }
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
