// The array literals Parameters.unnest builds must reach the database as exactly the values sent:
// text that looks like the literal's own syntax included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import { Parameters, runStatement } from "./statement.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("columns sent as array literals", () => {
  it("every value comes back as it was sent, in order", async () => {
    const rows = [
      { i: 1, f: 0.1, b: true, t: 'say "hi"', at: "2026-01-02T03:04:05.678Z" },
      { i: -2147483648, f: -1e-7, b: false, t: 'back\\slash and \\"both\\"', at: null },
      { i: null, f: null, b: null, t: "", at: "2026-12-31T23:59:59.999Z" },
      { i: 0, f: 12345.678, b: true, t: "NULL", at: null },
      { i: 7, f: 1e21, b: false, t: "{a,b}, (c) 'd' ; e\nf\tg", at: null },
      { i: 8, f: 2, b: true, t: "Zoë 🎉 日本", at: null },
      { i: 9, f: 3, b: false, t: null, at: null },
    ];
    const params = new Parameters();
    const input = params.unnest("r", rows, [
      { name: "i", type: "int", value: (r) => r.i },
      { name: "f", type: "float8", value: (r) => r.f },
      { name: "b", type: "boolean", value: (r) => r.b },
      { name: "t", type: "text", value: (r) => r.t },
      { name: "at", type: "timestamp(3)", value: (r) => r.at },
    ]);
    const { rows: back } = await runStatement(
      db.pool,
      params.statement(
        `SELECT i, f, b, t, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM ${input.sql}`,
      ),
    );
    expect(back).toEqual(rows);
  });

  it("a column of other values (dates) is left for pg to send", async () => {
    const at = new Date("2026-05-06T07:08:09.010Z");
    const params = new Parameters();
    const input = params.unnest(
      "r",
      [{ at }],
      [{ name: "at", type: "timestamptz", value: (r) => r.at }],
    );
    expect(params.values).toEqual([[at]]);
    const { rows } = await runStatement(db.pool, params.statement(`SELECT at FROM ${input.sql}`));
    expect(rows).toEqual([{ at }]);
  });
});
