import type { DocumentNode, ExecutionArgs } from "graphql";
import type { Context } from "./context.ts";

const documentIds = new WeakMap<DocumentNode, number>();
let documentCount = 0;

/**
 * What an execution's answer depends on besides the data: the document, the operation, the
 * variables and the caller's role (field rules read only the role), as one string. Executions with
 * equal keys may share work: a read's plan (planner/planned.ts), a subscription's result per event
 * (events/shared-execution.ts). Documents are Yoga's cached parse of their text, so the same text
 * is the same object and the same number. Null for variables that cannot be written out (nested
 * deeper than JSON.stringify recurses, which graphql-js accepts in a variable the document does
 * not declare): such an execution shares with no one.
 */
export function executionKey(args: ExecutionArgs): string | null {
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = ++documentCount));
  const role = (args.contextValue as Context | undefined)?.viewer?.role ?? "";
  try {
    return `${documentId}\u0000${role}\u0000${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  } catch {
    return null;
  }
}
