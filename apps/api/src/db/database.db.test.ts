// The raw pool beside Prisma: a statement that fails must fail alone. pg-pool discards the
// connection a failed `pool.query` ran on and opens another; the embedded database once refused
// that replacement while the old connection was still closing, so the request after any failed
// statement failed too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe("the raw pool", () => {
  it("answers the statement after a failed one, every time", async () => {
    const failures = ["select 1 / 0", "select $1::int", "select (select generate_series(1, 3))"];
    for (const [i, text] of failures.entries()) {
      await expect(db.pool.query(text, text.includes("$1") ? ["abc"] : [])).rejects.toThrow(
        /division by zero|invalid input syntax|more than one row/,
      );
      const { rows } = await db.pool.query<{ n: number }>("select $1::int as n", [i]);
      expect(rows).toEqual([{ n: i }]);
    }
  });

  it("leaves Prisma's queries working after a failed raw statement", async () => {
    await expect(db.pool.query("select 1 / 0")).rejects.toThrow(/division by zero/);
    expect(await db.prisma.person.count()).toBe(0);
  });
});
