// The read planner: one SQL statement for a whole query document, built from its selection set,
// as PostGraphile plans reads. The statement builds the response's `data` itself with
// json_build_object and json_agg, reading only the columns the document asks for, so the hot reads
// skip Prisma's interpreter, Pothos' per-row selection mapping and graphql-js' execution of the
// result tree. This module only builds the statement (it is pure and testable alone); planned.ts
// runs it.
//
// What it covers is deliberately narrow, and anything else is left to the resolvers: a document
// is planned only when every field in it is one the planner knows to answer exactly as the
// resolvers would, and the caller's role may read every one of them. A field a role may not read
// is never planned, so refusals keep their one home (the field's `authScopes` and Pothos'
// scope-auth errors). What is planned:
// - root fields marked with `plannedRead` (the `people` and `conversations` connections) and
//   `node(id:)`, forward pages only (`first`/`after`; `last`/`before` go to the resolvers);
// - on Prisma types: `id` (the global ID), `__typename`, exposed scalar columns (`t.expose*`), and
//   relations marked with `plannedRead` (to-one relations, lists, and connections forward with
//   `first` and no cursor).
// No directives, no variables the document does not declare, no second operation.

import { getMappedArgumentValues } from "@pothos/core";
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { type AuthScopes, authScopesOf } from "../auth/keys.ts";
import type { Context } from "../context.ts";
import { Parameters, type Statement } from "../db/statement.ts";
import { getDatamodel } from "../generated/pothos-types.ts";

/** The where and order a planned field reads with, in Prisma's input shapes (the resolver's own). */
export interface PlannedQuery {
  where?: Record<string, unknown>;
  orderBy?: Array<Record<string, unknown>>;
}

const plannedReadKey = "parleyPlannedRead";

interface PlannedRead {
  /** The resolver's where and order for these arguments and caller; none for a to-one relation. */
  query?: (args: Record<string, unknown>, ctx: Context) => PlannedQuery;
}

/**
 * The `extensions` of a field the planner may answer: the same where and order its resolver uses,
 * from the same function, so a rule (which rows a role sees, the order of a page) has one home.
 */
export function plannedRead(query?: PlannedRead["query"]): Record<string, unknown> {
  return { [plannedReadKey]: { query } satisfies PlannedRead };
}

/** The complexity limits of the schema (builder.ts): a document over them is left to the resolvers, whose check refuses it. */
export interface ComplexityLimit {
  complexity: number;
  depth: number;
  breadth: number;
}

export interface ReadToPlan {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  ctx: Context;
  limit: ComplexityLimit;
  pageSize: { default: number; max: number };
}

/** The document's one operation when it is a query: the only documents the planner covers. */
export function onlyQueryOf(document: DocumentNode): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations[0];
  return operations.length === 1 && operation?.operation === "query" ? operation : null;
}

/**
 * The statement that answers the whole document (one row, one column `data`: the response's data as
 * JSON text), or null when it is not one the planner covers. The statement depends on the caller
 * only through its role (the fields it may read, the rows it sees), so it may be kept per role.
 */
export function planRead(read: ReadToPlan): Statement | null {
  const operation = onlyQueryOf(read.document);
  if (!operation) return null;
  if (read.operationName && operation.name?.value !== read.operationName) return null;
  const coerced = getVariableValues(
    read.schema,
    operation.variableDefinitions ?? [],
    read.variableValues ?? {},
  );
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of read.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  try {
    const planner = new Planner(read, fragments, coerced.coerced);
    const data = planner.root(operation.selectionSet);
    // Checked last: most documents are not planned, and their resolvers check this themselves.
    if (overLimit(read, operation)) return null;
    // As text: the server sends it as it is, without parsing and writing it again (planned.ts).
    return planner.params.statement(`SELECT (${data})::text AS data`);
  } catch (error) {
    if (error instanceof Unplannable) return null;
    throw error;
  }
}

function overLimit(read: ReadToPlan, operation: OperationDefinitionNode): boolean {
  const { complexity, depth, breadth } = complexityFromQuery(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsOf(read.document)] },
    { schema: read.schema, variables: read.variableValues ?? {}, ctx: read.ctx },
  );
  return (
    complexity > read.limit.complexity || depth > read.limit.depth || breadth > read.limit.breadth
  );
}

function fragmentsOf(document: DocumentNode) {
  return document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
}

/** Thrown anywhere in planning when a part of the document is not covered: the resolvers answer it. */
class Unplannable extends Error {}

function unplannable(why: string): never {
  throw new Unplannable(why);
}

interface ModelField {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

const models = (
  getDatamodel() as unknown as {
    datamodel: { models: Record<string, { fields: ModelField[] }> };
  }
).datamodel.models;

function modelField(model: string, name: string): ModelField {
  return models[model]?.fields.find((field) => field.name === name) ?? unplannable(name);
}

/** The rows of one table a part of the statement reads, and the columns it reads of them. */
class Scope {
  readonly columns = new Set<string>();
  constructor(
    readonly alias: string,
    readonly model: string,
  ) {}

  column(name: string): string {
    const field = modelField(this.model, name);
    if (field.kind === "object" || field.isList) unplannable(`${this.model}.${name}`);
    this.columns.add(name);
    return `${this.alias}.${quote(name)}`;
  }
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** SQL casts of the Prisma scalar types a filter or cursor may bind. */
const sqlTypes: Record<string, string> = {
  Int: "integer",
  Float: "double precision",
  String: "text",
  Boolean: "boolean",
};

interface Ordering {
  column: string;
  direction: "ASC" | "DESC";
  nulls?: "FIRST" | "LAST";
}

class Planner {
  readonly params = new Parameters();
  private aliases = 0;
  private readonly scopes: AuthScopes;

  constructor(
    private readonly read: ReadToPlan,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variableValues: Record<string, unknown>,
  ) {
    this.scopes = authScopesOf(read.ctx.viewer);
  }

  root(selectionSet: SelectionSetNode): string {
    const queryType = this.read.schema.getQueryType() ?? unplannable("Query");
    const pairs: string[] = [];
    for (const [key, nodes] of this.collect(queryType, [selectionSet])) {
      const name = nodes[0]!.name.value;
      if (name === "__typename") {
        pairs.push(literal(key), literal(queryType.name));
        continue;
      }
      const field = queryType.getFields()[name] ?? unplannable(name);
      this.checkAccess(queryType, field);
      const args = this.args(field, nodes[0]!);
      if (name === "node") pairs.push(literal(key), this.node(args.id, nodes));
      else {
        const planned = plannedOf(field) ?? unplannable(`Query.${name}`);
        const nodeType = this.connectionNodeType(field);
        const query = planned.query?.(args, this.read.ctx) ?? {};
        pairs.push(literal(key), this.connection(field, nodes, args, nodeType, query, null));
      }
    }
    return jsonObject(pairs);
  }

  /** `node(id:)`: the row of the ID's type, or null for an ID of nothing; other IDs are the resolver's. */
  private node(globalId: unknown, nodes: FieldNode[]): string {
    // Decoded by the relay plugin's argument mapper (builder.ts), as the resolver gets it.
    const decoded = globalId as { typename?: unknown; id?: unknown } | null;
    if (typeof decoded?.typename !== "string" || decoded.typename === "") unplannable("node id");
    const type = this.read.schema.getType(decoded.typename);
    if (!isObjectType(type) || !prismaModelOf(type)) unplannable(decoded.typename);
    const id = Number(decoded.id);
    if (!(Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647)) return "NULL::json";
    const scope = new Scope(this.alias(), prismaModelOf(type)!);
    const object = this.object(type, scope, nodes);
    return `(SELECT ${object} FROM ${quote(scope.model)} ${scope.alias} WHERE ${scope.alias}."id" = ${this.params.add(id, "integer")})`;
  }

  /** The json_build_object of one row of `type` for the merged selection of `nodes`. */
  private object(type: GraphQLObjectType, scope: Scope, nodes: readonly FieldNode[]): string {
    if (authScopesOptionOf(type.extensions) !== undefined) unplannable(type.name);
    const pairs: string[] = [];
    for (const [key, fields] of this.collect(type, selectionSetsOf(nodes)))
      pairs.push(literal(key), this.field(type, scope, fields));
    return jsonObject(pairs);
  }

  private field(type: GraphQLObjectType, scope: Scope, nodes: FieldNode[]): string {
    const name = nodes[0]!.name.value;
    if (name === "__typename") return literal(type.name);
    const field = type.getFields()[name] ?? unplannable(name);
    this.checkAccess(type, field);
    if (name === "id" && type.getInterfaces().some((i) => i.name === "Node")) {
      return base64(`${literal(`${type.name}:`)} || ${scope.column("id")}`);
    }
    const exposed = (field.extensions as { pothosExposedField?: string }).pothosExposedField;
    if (exposed !== undefined) {
      if (nodes[0]!.arguments?.length) unplannable(name);
      return this.leaf(field, scope, exposed);
    }
    const planned = plannedOf(field) ?? unplannable(`${type.name}.${name}`);
    const relation =
      (field.extensions as { pothosPrismaRelationField?: ModelField }).pothosPrismaRelationField ??
      unplannable(name);
    const args = this.args(field, nodes[0]!);
    const target = relation.type;
    if (!relation.isList) {
      const from = relation.relationFromFields ?? [];
      if (from.length !== 1 || planned.query) unplannable(name);
      const targetType = getNamedType(field.type);
      if (!isObjectType(targetType)) unplannable(name);
      const inner = new Scope(this.alias(), target);
      const object = this.object(targetType, inner, nodes);
      return `(SELECT ${object} FROM ${quote(target)} ${inner.alias} WHERE ${inner.alias}."id" = ${scope.column(from[0]!)})`;
    }
    const back = backReference(scope.model, relation);
    const query = planned.query?.(args, this.read.ctx) ?? {};
    const nullable = getNullableType(field.type);
    if (isListType(nullable)) {
      const itemType = getNamedType(nullable);
      if (!isObjectType(itemType) || Object.keys(args).length > 0) unplannable(name);
      const inner = new Scope(this.alias(), target);
      const object = this.object(itemType, inner, nodes);
      const conditions = [
        `${inner.alias}.${quote(back)} = ${scope.column("id")}`,
        ...this.where(inner, query.where ?? {}),
      ];
      const order = orderingOf(target, query.orderBy ?? []);
      const orderBy = order.length ? ` ORDER BY ${orderSql(inner.alias, order)}` : "";
      return `COALESCE((SELECT json_agg(${object}${orderBy}) FROM ${quote(target)} ${inner.alias} WHERE ${conditions.join(" AND ")}), '[]'::json)`;
    }
    if (args.after != null) unplannable(`${name}(after:)`);
    const nodeType = this.connectionNodeType(field);
    return this.connection(field, nodes, args, nodeType, query, {
      column: back,
      parent: scope.column("id"),
    });
  }

  /** A column's value as the field's GraphQL type serializes it. */
  private leaf(field: GraphQLField<unknown, unknown>, scope: Scope, column: string): string {
    const type = getNamedType(field.type);
    const stored = modelField(scope.model, column);
    const sql = scope.column(column);
    if (isEnumType(type)) {
      if (stored.kind !== "enum") unplannable(field.name);
      const cases = type
        .getValues()
        .map((value) => `WHEN ${literal(String(value.value))} THEN ${literal(value.name)}`);
      return `CASE ${sql}::text ${cases.join(" ")} END`;
    }
    const expected: Record<string, string> = {
      String: "String",
      Int: "Int",
      Float: "Float",
      Boolean: "Boolean",
      DateTime: "DateTime",
      JSON: "Json",
    };
    if (expected[type.name] !== stored.type || stored.kind !== "scalar")
      unplannable(`${field.name}: ${type.name}`);
    // Prisma's DateTime columns hold UTC wall time, and the scalar writes toISOString().
    if (type.name === "DateTime") return `to_char(${sql}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    return sql;
  }

  /**
   * A forward page of a connection, as Pothos' Prisma plugin answers it: `first` rows (20 when not
   * given, at most 100) read with one more to tell whether a next page exists, an `after` cursor
   * read as Prisma reads one (rows from the cursor's row on, in the page's order, less the first;
   * none when the cursor's row is not one of the page's).
   */
  private connection(
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    args: Record<string, unknown>,
    nodeType: GraphQLObjectType,
    query: PlannedQuery,
    parent: { column: string; parent: string } | null,
  ): string {
    if (args.last != null || args.before != null) unplannable("backward page");
    const first = args.first as number | null | undefined;
    if (first != null && (!Number.isInteger(first) || first < 0)) unplannable("first");
    const size = Math.min(first ?? this.read.pageSize.default, this.read.pageSize.max);
    const model = prismaModelOf(nodeType) ?? unplannable(nodeType.name);
    const after = args.after == null ? null : cursorId(args.after);
    const connectionType = getNamedType(field.type) as GraphQLObjectType;
    const order = orderingOf(model, query.orderBy ?? []);
    if (!order.some((o) => o.column === "id")) unplannable("an order without id");

    const row = new Scope(this.alias(), model);
    const cursor = base64(`'GPC:N:' || ${row.column("id")}`);
    const onPage = `${row.alias}."__row" <= ${size}`;
    const pairs: string[] = [];
    for (const [key, fields] of this.collect(connectionType, selectionSetsOf(nodes))) {
      const name = fields[0]!.name.value;
      if (name === "__typename") pairs.push(literal(key), literal(connectionType.name));
      else if (name === "edges") {
        const edgeType = getNamedType(connectionType.getFields().edges!.type) as GraphQLObjectType;
        const edgePairs: string[] = [];
        for (const [edgeKey, edgeNodes] of this.collect(edgeType, selectionSetsOf(fields))) {
          const edgeField = edgeNodes[0]!.name.value;
          if (edgeField === "__typename") edgePairs.push(literal(edgeKey), literal(edgeType.name));
          else if (edgeField === "cursor") edgePairs.push(literal(edgeKey), cursor);
          else if (edgeField === "node")
            edgePairs.push(literal(edgeKey), this.object(nodeType, row, edgeNodes));
          else unplannable(edgeField);
        }
        pairs.push(
          literal(key),
          `COALESCE(json_agg(${jsonObject(edgePairs)} ORDER BY ${row.alias}."__row") FILTER (WHERE ${onPage}), '[]'::json)`,
        );
      } else if (name === "pageInfo") {
        const pageInfoType = getNamedType(
          connectionType.getFields().pageInfo!.type,
        ) as GraphQLObjectType;
        const infoPairs: string[] = [];
        for (const [infoKey, infoNodes] of this.collect(pageInfoType, selectionSetsOf(fields))) {
          const infoField = infoNodes[0]!.name.value;
          const value =
            infoField === "__typename"
              ? literal(pageInfoType.name)
              : infoField === "hasNextPage"
                ? `count(*) > ${size}`
                : infoField === "hasPreviousPage"
                  ? after === null
                    ? "false"
                    : "true"
                  : infoField === "startCursor"
                    ? `(array_agg(${cursor} ORDER BY ${row.alias}."__row") FILTER (WHERE ${onPage}))[1]`
                    : infoField === "endCursor"
                      ? `(array_agg(${cursor} ORDER BY ${row.alias}."__row" DESC) FILTER (WHERE ${onPage}))[1]`
                      : unplannable(infoField);
          infoPairs.push(literal(infoKey), value);
        }
        pairs.push(literal(key), jsonObject(infoPairs));
      } else if (name === "totalCount" && parent === null) {
        const counted = new Scope(this.alias(), model);
        const where = this.where(counted, query.where ?? {});
        pairs.push(
          literal(key),
          `(SELECT count(*)::int FROM ${quote(model)} ${counted.alias}${where.length ? ` WHERE ${where.join(" AND ")}` : ""})`,
        );
      } else unplannable(name);
    }

    // The page's rows: only the columns the selection read, and the order's.
    const table = new Scope(this.alias(), model);
    for (const ordering of order) row.column(ordering.column);
    const conditions = this.where(table, query.where ?? {});
    if (parent) conditions.push(`${table.alias}.${quote(parent.column)} = ${parent.parent}`);
    if (after !== null)
      conditions.push(this.atOrAfter(table, model, order, after, query.where ?? {}));
    const columns = [...row.columns].map((column) => `${table.alias}.${quote(column)}`);
    const page = `SELECT ${columns.join(", ")} FROM ${quote(model)} ${table.alias}${conditions.length ? ` WHERE ${conditions.join(" AND ")}` : ""} ORDER BY ${orderSql(table.alias, order)}${after !== null ? " OFFSET 1" : ""} LIMIT ${size + 1}`;
    const numbered = this.alias();
    // GROUP BY (): one row whatever the page holds, also when no aggregate is selected (a count alone).
    return `(SELECT ${jsonObject(pairs)} FROM (SELECT ${numbered}.*, row_number() OVER (ORDER BY ${orderSql(numbered, order)}) AS "__row" FROM (${page}) ${numbered}) ${row.alias} GROUP BY ())`;
  }

  /**
   * Rows at or after the cursor's row in the page's order, as Prisma pages from a cursor (its row
   * included, then skipped with OFFSET 1).
   */
  private atOrAfter(
    table: Scope,
    model: string,
    order: Ordering[],
    id: number,
    where: Record<string, unknown>,
  ): string {
    const cursorRow = this.alias();
    const idParam = this.params.add(id, "integer");
    const cursorValue = (column: string) =>
      `(SELECT ${cursorRow}.${quote(column)} FROM ${quote(model)} ${cursorRow} WHERE ${cursorRow}."id" = ${idParam})`;
    const terms = order.map((ordering) => {
      const mine = table.column(ordering.column);
      const theirs = cursorValue(ordering.column);
      const beyond = `${mine} ${ordering.direction === "ASC" ? ">" : "<"} ${theirs}`;
      const nullable = !modelField(model, ordering.column).isRequired;
      const nullsLast =
        (ordering.nulls ?? (ordering.direction === "ASC" ? "LAST" : "FIRST")) === "LAST";
      const after = !nullable
        ? beyond
        : nullsLast
          ? `(${theirs} IS NOT NULL AND (${mine} IS NULL OR ${beyond}))`
          : `(${mine} IS NOT NULL AND (${theirs} IS NULL OR ${beyond}))`;
      const same = nullable ? `${mine} IS NOT DISTINCT FROM ${theirs}` : `${mine} = ${theirs}`;
      return { after, same };
    });
    let condition = `(${terms[terms.length - 1]!.after} OR ${terms[terms.length - 1]!.same})`;
    for (let i = terms.length - 2; i >= 0; i--)
      condition = `(${terms[i]!.after} OR (${terms[i]!.same} AND ${condition}))`;
    // A cursor at a row the page does not hold (another filter's, a merged-away person's, none)
    // gives an empty page, as Prisma finds the cursor among the page's rows.
    const cursorScope = new Scope(this.alias(), model);
    const cursorWhere = [
      `${cursorScope.alias}."id" = ${idParam}`,
      ...this.where(cursorScope, where),
    ];
    return `EXISTS (SELECT 1 FROM ${quote(model)} ${cursorScope.alias} WHERE ${cursorWhere.join(" AND ")}) AND ${condition}`;
  }

  /** A Prisma where of equalities, `in` lists and comparisons, as SQL conditions; anything else is the resolver's. */
  private where(scope: Scope, where: Record<string, unknown>): string[] {
    const conditions: string[] = [];
    for (const [name, filter] of Object.entries(where)) {
      const field = modelField(scope.model, name);
      const column = scope.column(name);
      const type = field.kind === "enum" ? quote(field.type) : sqlTypes[field.type];
      if (!type) unplannable(`${scope.model}.${name}`);
      if (filter === null) conditions.push(`${column} IS NULL`);
      else if (typeof filter !== "object")
        conditions.push(`${column} = ${this.params.add(filter, type)}`);
      else
        for (const [operator, operand] of Object.entries(filter as Record<string, unknown>)) {
          const comparison = { equals: "=", lt: "<", lte: "<=", gt: ">", gte: ">=" }[operator];
          if (operator === "in" && Array.isArray(operand))
            conditions.push(`${column} = ANY(${this.params.add(operand, `${type}[]`)})`);
          else if (comparison && operand === null && operator === "equals")
            conditions.push(`${column} IS NULL`);
          else if (comparison && operand !== null && typeof operand !== "object")
            conditions.push(`${column} ${comparison} ${this.params.add(operand, type)}`);
          else unplannable(`${scope.model}.${name}.${operator}`);
        }
    }
    return conditions;
  }

  /** The fields of one selection for a row of `type`, by response key, as graphql-js collects them. */
  private collect(
    type: GraphQLObjectType,
    selectionSets: readonly SelectionSetNode[],
  ): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (selection.directives?.length) unplannable("a directive");
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list) list.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (appliesTo(type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          if (visited.has(name)) continue;
          visited.add(name);
          const fragment = this.fragments[name] ?? unplannable(name);
          if (fragment.directives?.length) unplannable("a directive");
          if (appliesTo(type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) visit(selectionSet);
    return fields;
  }

  /** The arguments the resolver would get (Pothos' argument mappers applied, so global IDs are decoded). */
  private args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      const args = getMappedArgumentValues(field, node, this.read.ctx, {
        schema: this.read.schema,
        fragments: this.fragments,
        variableValues: this.variableValues,
      } as never);
      if (args instanceof Promise) unplannable("asynchronous argument mapping");
      return args as Record<string, unknown>;
    } catch (error) {
      if (error instanceof Unplannable) throw error;
      // Bad input is the resolver's to refuse, with its own message.
      unplannable(`arguments of ${field.name}`);
    }
  }

  /** The caller's role must be allowed the field: a refusal is the resolvers' (Pothos' error on that field). */
  private checkAccess(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): void {
    const options = (field.extensions as { pothosOptions?: Record<string, unknown> }).pothosOptions;
    if (options?.grantScopes !== undefined || options?.skipTypeScopes !== undefined)
      unplannable(`${type.name}.${field.name}`);
    const scopes = authScopesOptionOf(field.extensions);
    if (scopes === undefined) return;
    if (typeof scopes !== "object" || scopes === null) unplannable(`${type.name}.${field.name}`);
    const entries = Object.entries(scopes as Record<string, unknown>);
    if (entries.some(([name, value]) => value !== true || !(name in this.scopes)))
      unplannable(`${type.name}.${field.name}`);
    // Pothos' scope map: any one of the scopes named grants the field.
    if (!entries.some(([name]) => this.scopes[name as keyof AuthScopes]))
      unplannable(`${type.name}.${field.name} refused`);
  }

  private connectionNodeType(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
    const connection = getNamedType(field.type);
    if (!isObjectType(connection) || !isNonNullType(field.type)) unplannable(field.name);
    const edges = connection.getFields().edges ?? unplannable(field.name);
    const edge = getNamedType(edges.type);
    if (!isObjectType(edge)) unplannable(field.name);
    const node = getNamedType(edge.getFields().node?.type ?? unplannable(field.name));
    if (!isObjectType(node)) unplannable(field.name);
    return node;
  }

  private alias(): string {
    return `t${++this.aliases}`;
  }
}

function selectionSetsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function appliesTo(type: GraphQLObjectType, condition: string | undefined): boolean {
  return (
    condition === undefined ||
    condition === type.name ||
    type.getInterfaces().some((i) => i.name === condition)
  );
}

function plannedOf(field: GraphQLField<unknown, unknown>): PlannedRead | undefined {
  return (field.extensions as Record<string, unknown>)[plannedReadKey] as PlannedRead | undefined;
}

function authScopesOptionOf(extensions: unknown): unknown {
  return (extensions as { pothosOptions?: { authScopes?: unknown } } | null | undefined)
    ?.pothosOptions?.authScopes;
}

function prismaModelOf(type: GraphQLNamedType): string | undefined {
  return (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
}

/** The column of the target model that points back at `model` for a list relation. */
function backReference(model: string, relation: ModelField): string {
  const back = models[relation.type]?.fields.find(
    (field) =>
      field.relationName === relation.relationName &&
      field.type === model &&
      field.relationFromFields?.length === 1,
  );
  return back?.relationFromFields?.[0] ?? unplannable(relation.name);
}

function orderingOf(model: string, orderBy: Array<Record<string, unknown>>): Ordering[] {
  return orderBy.map((item) => {
    const entries = Object.entries(item);
    if (entries.length !== 1) unplannable("orderBy");
    const [column, spec] = entries[0]!;
    const field = modelField(model, column);
    if (field.kind === "object" || field.isList) unplannable(`orderBy ${column}`);
    if (spec === "asc" || spec === "desc")
      return { column, direction: spec === "asc" ? "ASC" : "DESC" };
    const { sort, nulls, ...rest } = (spec ?? {}) as { sort?: string; nulls?: string };
    if (Object.keys(rest).length || (sort !== "asc" && sort !== "desc")) unplannable("orderBy");
    if (nulls !== undefined && nulls !== "first" && nulls !== "last") unplannable("orderBy");
    return {
      column,
      direction: sort === "asc" ? "ASC" : "DESC",
      nulls: nulls === undefined ? undefined : nulls === "first" ? "FIRST" : "LAST",
    };
  });
}

function orderSql(alias: string, order: Ordering[]): string {
  return order
    .map((o) => `${alias}.${quote(o.column)} ${o.direction}${o.nulls ? ` NULLS ${o.nulls}` : ""}`)
    .join(", ");
}

/** PostgreSQL functions take at most 100 arguments: a bigger object is the resolvers'. */
function jsonObject(pairs: string[]): string {
  if (pairs.length > 100) unplannable("more than 50 fields in one object");
  return `json_build_object(${pairs.join(", ")})`;
}

/** Base64 of UTF-8 text, as Pothos encodes global IDs and cursors (short: no line breaks). */
function base64(text: string): string {
  return `encode(convert_to(${text}, 'UTF8'), 'base64')`;
}

/** The id inside a Prisma cursor `GPC:N:<id>`, or unplannable for any other cursor. */
function cursorId(cursor: unknown): number {
  let value: unknown;
  try {
    value = parsePrismaCursor(cursor);
  } catch {
    unplannable("cursor");
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value)) unplannable("cursor");
  return value;
}
