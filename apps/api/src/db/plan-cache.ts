// Prisma 6.19's query compiler (WebAssembly, "engineType = client") turns every call into a query
// plan from scratch: no plan cache (Prisma 7 has one). On Parley's hot reads that compilation was a
// third of the server's CPU per request. This caches plans by the request's shape: the values of
// filters are lifted out into the plan's own placeholders before compiling, so the people list or
// one person by id compile once and then only bind values.
//
// Why it is safe: the plan is still the compiler's own output for the same request shape, and the
// interpreter evaluates it with the lifted values bound by the plan language's `let`, exactly as
// it evaluates placeholders the compiler writes for nested reads. Values that change a plan's
// structure (null, take/skip, orderBy, pattern operators, booleans, dates) stay in the key, and so
// do cursors: the interpreter compares a cursor with rows in memory, where placeholders are not
// bound (a lifted cursor returned empty pages; the test of pages by cursor shows it).

// @ts-expect-error -- Prisma ships the compiler's runtime without types; only its QueryCompiler class is used.
import * as queryCompilerRuntime from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { LRUCache } from "lru-cache";

/** A plan node of Prisma's query interpreter: opaque here except for the `let` that binds values. */
type QueryPlan = object;

interface JsonQuery {
  arguments?: Record<string, unknown>;
  selection?: Record<string, unknown>;
}

/** Distinct request shapes kept: Parley's schema has a few hundred; a plan is a few KB. */
const maxPlans = 2_000;

/**
 * What the cache may hold, by an estimate of each entry's heap: a search term stays in the key
 * (pattern operators are compiled into the plan), so every distinct term is a shape of its own and
 * the plan holds the term again, twice (the value and its LIKE pattern). A heap snapshot after the
 * hostile suite showed 55 person searches of 37,000-character terms holding 9 MB; by count alone,
 * 2,000 such searches (or a few hundred of terms sent in variables, up to 4 MB each) would hold
 * gigabytes. Four bytes per character of the key and 2 KB for the plan's own nodes is an upper
 * bound (measured: 23 KB of heap per cached search of two 5,000-character terms, estimated 43 KB;
 * 2.8 KB per short shape, estimated 3.4 KB). A shape above 64 KB of that estimate (a search term
 * over some 16,000 characters) is compiled each time and not kept.
 */
export const maxPlanCacheBytes = 16_000_000;
const maxPlanEntryBytes = 64_000;
const planBytes = (key: string) => 2_000 + key.length * 4;

const plans = new LRUCache<string, QueryPlan>({
  max: maxPlans,
  maxSize: maxPlanCacheBytes,
  maxEntrySize: maxPlanEntryBytes,
  sizeCalculation: (_plan, key) => planBytes(key),
});

/**
 * Reads only: a write's plan also carries its data, and upserts and nested writes reuse filter
 * values in ways not worth auditing for the little CPU writes spend compiling.
 */
const cachedActions = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "aggregate",
]);

/** Operators whose operand is one value of the field's own type: a placeholder compiles the same SQL. */
const valueOperators = new Set(["equals", "not", "lt", "lte", "gt", "gte"]);
const listOperators = new Set(["in", "notIn"]);
/** Filters that hold further filters rather than a field's operators. */
const nestingKeys = new Set(["AND", "OR", "NOT", "some", "every", "none", "is", "isNot"]);

function isLiftable(value: unknown): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/** Replaces liftable values of one JSON-protocol request with placeholders, collecting their values. */
class Parameterizer {
  readonly values: Array<string | number> = [];

  private placeholder(value: string | number): { $type: "Param"; value: string } {
    this.values.push(value);
    return { $type: "Param", value: `parley${this.values.length - 1}` };
  }

  query(query: JsonQuery): JsonQuery {
    const out: JsonQuery = { ...query };
    if (query.arguments) {
      const args: Record<string, unknown> = { ...query.arguments };
      if (isObject(args.where)) args.where = this.filter(args.where);
      out.arguments = args;
    }
    if (query.selection) {
      const selection: Record<string, unknown> = {};
      for (const [field, selected] of Object.entries(query.selection)) {
        selection[field] =
          isObject(selected) && ("arguments" in selected || "selection" in selected)
            ? this.query(selected as JsonQuery)
            : selected;
      }
      out.selection = selection;
    }
    return out;
  }

  private filter(filter: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filter)) {
      if (nestingKeys.has(key)) {
        out[key] = Array.isArray(value)
          ? value.map((item) => (isObject(item) ? this.filter(item) : item))
          : isObject(value)
            ? this.filter(value)
            : value;
      } else if (isLiftable(value)) {
        out[key] = this.placeholder(value);
      } else if (isObject(value) && !("$type" in value)) {
        out[key] = this.fieldFilter(value);
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  /** One field's operators (`{ in: [...], gte: 3, mode: "insensitive" }`), or a relation's filter. */
  private fieldFilter(operators: Record<string, unknown>): Record<string, unknown> {
    // A JSON column's filter (`{ path, equals }`) compares encoded JSON: its values stay literal.
    if ("path" in operators) return operators;
    const out: Record<string, unknown> = {};
    for (const [operator, operand] of Object.entries(operators)) {
      if (valueOperators.has(operator) && isLiftable(operand))
        out[operator] = this.placeholder(operand);
      else if (listOperators.has(operator) && Array.isArray(operand) && operand.every(isLiftable))
        out[operator] = operand.map((item) => this.placeholder(item));
      else if (nestingKeys.has(operator) || (isObject(operand) && !("$type" in operand)))
        out[operator] = isObject(operand)
          ? this.filter(operand)
          : Array.isArray(operand)
            ? operand.map((item) => (isObject(item) ? this.filter(item) : item))
            : operand;
      else out[operator] = operand;
    }
    return out;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface QueryCompiler {
  compile(request: string): QueryPlan;
}

/**
 * The plan of one request, from the cache when its shape was compiled before. Exported for the
 * tests; Prisma calls it through `installPlanCache`.
 */
export function cachedPlan(
  compile: (request: string) => QueryPlan,
  requestJson: string,
): QueryPlan {
  const request = JSON.parse(requestJson) as {
    modelName?: string;
    action: string;
    query: JsonQuery;
  };
  if (!cachedActions.has(request.action)) return compile(requestJson);
  const parameters = new Parameterizer();
  const shape = JSON.stringify({ ...request, query: parameters.query(request.query) });
  let plan = plans.get(shape);
  if (!plan) {
    plan = compile(shape);
    plans.set(shape, plan);
  }
  if (parameters.values.length === 0) return plan;
  return {
    type: "let",
    args: {
      bindings: parameters.values.map((value, i) => ({
        name: `parley${i}`,
        expr: { type: "value", args: value },
      })),
      expr: plan,
    },
  };
}

let installed = false;

/** Puts the cache in front of the compiler of every Prisma client in this process (idempotent). */
export function installPlanCache(): void {
  if (installed) return;
  installed = true;
  const prototype = (
    queryCompilerRuntime as unknown as { QueryCompiler: { prototype: QueryCompiler } }
  ).QueryCompiler.prototype;
  const compile = prototype.compile;
  prototype.compile = function (this: QueryCompiler, request: string) {
    return cachedPlan((shape) => compile.call(this, shape), request);
  };
}

/** How many request shapes are cached (tests, and the bench's report). */
export function cachedPlanCount(): number {
  return plans.size;
}

/** The estimated heap the cached plans hold, at most maxPlanCacheBytes (tests). */
export function cachedPlanBytes(): number {
  return plans.calculatedSize;
}
