import { describe, expect, it } from "vitest";
import { activityInsert, activityKinds } from "../ingest/pipeline/writers/activities.ts";
import { Parameters } from "./statement.ts";

describe("statements built apart from running them", () => {
  it("binds each column's array at the placeholder that names it, in the columns' order", () => {
    const params = new Parameters();
    const input = params.unnest(
      "r",
      [
        { a: 1, b: "x" },
        { a: 2, b: "y" },
      ],
      [
        { name: "a", type: "int", value: (row) => row.a },
        { name: "b", type: "text", value: (row) => row.b },
      ],
    );
    const limit = params.add(10, "int");
    expect(input.sql).toBe("unnest($1::int[], $2::text[]) AS r(a, b)");
    expect(input.array("b")).toBe("$2::text[]");
    expect(limit).toBe("$3::int");
    expect(params.values).toEqual(["{1,2}", '{"x","y"}', 10]);
    expect(() => input.array("c")).toThrow("unnest r has no column c");
  });

  it("an activity insert sends its scalars after its arrays, each where the statement reads it", () => {
    const at = new Date("2026-01-02T03:04:05.678Z");
    const statement = activityInsert(activityKinds.touchpoint, [
      { personId: 7, at, summary: "opened: Spring", refColumn: 3 },
    ]);
    expect(statement.text).toContain(
      `SELECT p, $6::"ActivityKind", $7::"Department", o, s, r, d FROM unnest($1::int[], $2::timestamp(3)[], $3::text[], $4::int[], $5::int[]) AS a(p, o, s, r, d)`,
    );
    expect(statement.values).toEqual([
      "{7}",
      '{"2026-01-02T03:04:05.678Z"}',
      '{"opened: Spring"}',
      "{3}",
      "{NULL}",
      "touchpoint",
      "marketing",
    ]);
  });
});
