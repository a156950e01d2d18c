import type pg from "pg";

/**
 * The pool with a lost connection at COMMIT, as if the process died there: `marks(sql)` picks out
 * the transactions concerned by one of their statements, and `fails()` is asked at each of their
 * COMMITs. Other transactions, and pool.query() (which connects with a callback), run as usual.
 */
export function poolFailingCommits(
  pool: pg.Pool,
  marks: (sql: string) => boolean,
  fails: () => boolean = () => true,
): pg.Pool {
  const connect = pool.connect.bind(pool);
  return Object.assign(Object.create(pool), {
    connect: async (callback?: unknown) => {
      if (typeof callback === "function") return (connect as (cb: unknown) => void)(callback);
      const client = await connect();
      const query = client.query.bind(client);
      let marked = false;
      return Object.assign(Object.create(client), {
        query: (sql: unknown, ...rest: unknown[]) => {
          if (typeof sql === "string" && marks(sql)) marked = true;
          if (sql === "COMMIT" && marked && fails())
            return Promise.reject(new Error("connection lost"));
          return (query as (...args: unknown[]) => unknown)(sql, ...rest);
        },
        release: (...args: unknown[]) => client.release(...(args as [])),
      });
    },
  });
}
