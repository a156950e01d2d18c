/**
 * SQLSTATE classes of a refusal caused by the data itself: data exceptions (22: a value a column
 * cannot hold), integrity constraints (23) and program limits (54: an index row too large).
 * Anything else (a lost connection, a deadlock, a bug in a statement) is not the data's fault.
 */
const RECORD_FAULT_CLASSES = new Set(["22", "23", "54"]);

export type DatabaseRefusal = Error & { code: string; constraint?: string; table?: string };

/** Whether the database refused a statement because of the values it was given. */
export const isRecordFault = (error: unknown): error is DatabaseRefusal => {
  const code = error instanceof Error ? (error as Partial<DatabaseRefusal>).code : undefined;
  return typeof code === "string" && RECORD_FAULT_CLASSES.has(code.slice(0, 2));
};
