/**
 * Resolves on the event loop's next turn, after the I/O that arrived meanwhile has been handled.
 * Long CPU work on the import path (preparing a batch, scoring merge candidates) awaits it between
 * slices: it shares the thread with the connections writing the graph, which cannot send their
 * next statement until the thread is free, so in one piece it left the database idle.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
