// Generated hostile GraphQL requests (issue 14): random operations walked from the served schema,
// and the shapes that attack a GraphQL server's parser, validator and executor: depth, aliases,
// directives, duplicated fields, fragment fan-out and cycles, a fragment named `__schema`, huge
// literals, token floods, variables of the wrong type. Used by tests/hostile/.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

export const contract = buildSchema(
  fs.readFileSync(
    path.resolve(import.meta.dirname, "../../packages/schema/schema.graphql"),
    "utf8",
  ),
);

/** One request as a client sends it: the document, and its variables as they travel in JSON. */
export interface HostileRequest {
  shape: string;
  query: string;
  variables?: unknown;
  operationName?: unknown;
}

/** A small deterministic generator fed by fast-check's seed, so a walk of the schema replays. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const hostileStrings = [
  "",
  "\u0000",
  "\uD800",
  "x".repeat(600),
  "' OR 1=1 --",
  "%00",
  "../../etc/passwd",
  "\u202E",
  "💥",
  "null",
  "1e309",
  "-1",
];
const hostileInts = [
  "0",
  "-1",
  "2147483647",
  "2147483648",
  "-2147483649",
  "99999999999999999999",
  "1e3",
  "101",
  "1000000",
];

/** A literal of the argument's type; one time in six of another type (validation must say which). */
function literal(type: GraphQLInputType, r: Random, depth: number): string {
  if (r.chance(1 / 6) || depth > 4)
    return r.pick([
      '"wrong"',
      "12",
      "1.5",
      "true",
      "null",
      "[1, 2]",
      "{ a: 1 }",
      "WRONG_ENUM",
      hostileInts[r.int(hostileInts.length)]!,
    ]);
  if (isNonNullType(type)) return literal(type.ofType, r, depth);
  if (isListType(type))
    return `[${Array.from({ length: r.int(3) }, () => literal(type.ofType, r, depth + 1)).join(", ")}]`;
  if (isEnumType(type)) return r.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) || r.chance(0.3),
    );
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type, r, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    if (type.name === "Int") return r.pick([...hostileInts, "1", "5", "20"]);
    if (type.name === "Float") return r.pick(["0.5", "-1e308", "1e308", "3"]);
    if (type.name === "Boolean") return r.pick(["true", "false"]);
    if (type.name === "ID")
      return JSON.stringify(
        r.pick([
          "UGVyc29uOjE=",
          "Person:1",
          "UGVyc29uOi0x",
          "T3JnYW5pemF0aW9uOjk5OTk5OTk5OTk5",
          ...hostileStrings,
        ]),
      );
    if (type.name === "DateTime")
      return JSON.stringify(
        r.pick(["2026-11-01T00:00:00Z", "0000-01-01", "99999-01-01", "yesterday"]),
      );
    if (type.name === "JSON") return r.pick(["{}", "[]", '{ type: "person" }', "1"]);
    return JSON.stringify(r.pick(hostileStrings));
  }
  return "null";
}

function argumentsOf(args: readonly GraphQLArgument[], r: Random): string {
  const chosen = args.filter((arg) => isNonNullType(arg.type) || r.chance(0.35));
  if (chosen.length === 0) return "";
  return `(${chosen.map((arg) => `${arg.name}: ${literal(arg.type, r, 0)}`).join(", ")})`;
}

/** A random selection set on a type of the schema, `depth` levels deep at most. */
function selection(type: GraphQLNamedType, r: Random, depth: number, width: number): string {
  if (isUnionType(type)) {
    return `{ __typename ${type
      .getTypes()
      .slice(0, 3)
      .map((member) => `... on ${member.name} ${selection(member, r, depth - 1, width)}`)
      .join(" ")} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return "";
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const leaves = fields.filter(
    (field) =>
      !isObjectType(getNamedType(field.type)) &&
      !isInterfaceType(getNamedType(field.type)) &&
      !isUnionType(getNamedType(field.type)),
  );
  const picked: string[] = [];
  for (let i = 0; i < 1 + r.int(width); i++) {
    const field =
      depth > 0 && r.chance(0.6) ? r.pick(fields) : r.pick(leaves.length ? leaves : fields);
    const inner = selection(getNamedType(field.type), r, depth - 1, width);
    const alias = r.chance(0.15) ? `a${r.int(1000)}: ` : "";
    const directive = r.chance(0.1)
      ? ` @${r.pick(["include(if: true)", "skip(if: false)", "include(if: $maybe)", "skip(if: 1)", "nonexistent", "deprecated"])}`
      : "";
    if (!inner && !leaves.includes(field)) continue;
    picked.push(`${alias}${field.name}${argumentsOf(field.args, r)}${directive} ${inner}`);
  }
  return `{ __typename ${picked.join(" ")} }`;
}

/** A random operation walked from the schema: mostly valid, often with a wrong argument. */
const walkedOperation: fc.Arbitrary<HostileRequest> = fc
  .tuple(
    fc.integer(),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom("query", "query", "query", "mutation", "subscription"),
  )
  .map(([seed, depth, kind]) => {
    const r = random(seed);
    const root =
      kind === "query"
        ? contract.getQueryType()!
        : kind === "mutation"
          ? contract.getMutationType()!
          : contract.getSubscriptionType()!;
    const body = selection(root, r, depth, kind === "subscription" ? 1 : 3);
    const maybe = body.includes("$maybe") ? "($maybe: Boolean)" : "";
    return {
      shape: `walk-${kind}`,
      query: `${kind} Walk${maybe} ${body}`,
      variables: maybe ? { maybe: r.pick([true, false, "yes", null, 1]) } : undefined,
    };
  });

/** `{ people { edges { node { organization { people { ... } } } } } }`, deeper than the limit. */
const deep = fc.integer({ min: 1, max: 60 }).map((depth): HostileRequest => {
  let inner = "{ id displayName }";
  for (let i = 0; i < depth; i++)
    inner = `{ edges { node { organization { people(first: 2) ${inner} } } } }`;
  return { shape: "depth", query: `{ people(first: 2) ${inner} }` };
});

const aliases = fc
  .tuple(
    fc.integer({ min: 1, max: 3_000 }),
    fc.constantFrom(
      "viewer { role }",
      "overview { people }",
      "people(first: 100) { totalCount }",
      "__typename",
      'node(id: "UGVyc29uOjE=") { id }',
    ),
  )
  .map(
    ([count, field]): HostileRequest => ({
      shape: "aliases",
      query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`,
    }),
  );

const directives = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.constantFrom(
      "@include(if: true)",
      "@skip(if: false)",
      "@include(if: $v)",
      "@skip",
      '@include(if: "yes")',
      "@unknownDirective(x: 1)",
      '@deprecated(reason: "x")',
      '@specifiedBy(url: "x")',
      "@oneOf",
    ),
  )
  .map(
    ([count, directive]): HostileRequest => ({
      shape: "directives",
      query: `query D($v: Boolean) ${directive} { viewer ${Array(count).fill(directive).join(" ")} { role ${directive} } ...F ${directive} } fragment F on Query ${directive} { __typename }`,
      variables: { v: true },
    }),
  );

const duplicated = fc.tuple(fc.integer({ min: 2, max: 2_500 }), fc.boolean()).map(
  ([count, conflicting]): HostileRequest => ({
    shape: "duplicated-fields",
    query: conflicting
      ? `{ ${Array.from({ length: count }, (_, i) => `people(first: ${(i % 100) + 1}) { totalCount }`).join(" ")} }`
      : `{ viewer { ${"role name ".repeat(count)} } }`,
  }),
);

/** Each fragment spreads the next twice: 2^levels spreads if nothing stopped it. */
const fanOut = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2, max: 8 }))
  .map(([levels, spreads]): HostileRequest => {
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { viewer { role } }`
        : `fragment F${i} on Query { ${Array(spreads)
            .fill(`...F${i + 1}`)
            .join(" ")} viewer { name } }`,
    );
    return { shape: "fragment-fan-out", query: `{ ...F0 } ${fragments.join(" ")}` };
  });

const cycles = fc.constantFrom<HostileRequest>(
  {
    shape: "fragment-cycle",
    query: "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
  },
  { shape: "fragment-cycle", query: "{ ...A } fragment A on Query { viewer { role } ...A }" },
  {
    shape: "fragment-cycle",
    query:
      "{ people(first: 1) { ...P } } fragment P on QueryPeopleConnection { edges { node { organization { people(first: 1) { ...P } } } } }",
  },
  {
    shape: "fragment-__schema",
    query:
      "{ ...__schema } fragment __schema on Query { __schema { types { name fields { name } } } }",
  },
  {
    shape: "fragment-__schema",
    query:
      "query { ...__schema __schema { queryType { name } } } fragment __schema on Query { viewer { role } }",
  },
  {
    shape: "fragment-__schema",
    query:
      '{ ...__type } fragment __type on Query { __type(name: "Person") { fields { name type { ofType { ofType { ofType { name } } } } } } }',
  },
  {
    shape: "fragment-__schema",
    query:
      "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
  },
  { shape: "fragment-unknown-type", query: "{ ...F } fragment F on NoSuchType { x }" },
  {
    shape: "fragment-unused",
    query:
      "{ viewer { role } } fragment F on Query { viewer { role } } fragment F on Query { overview { people } }",
  },
  {
    shape: "fragment-inline",
    query:
      "{ ... on Query { ... on Query { ... on Query { ... on Person { id } viewer { role } } } } }",
  },
  {
    shape: "operations",
    query: "query A { viewer { role } } query A { overview { people } }",
    operationName: "A",
  },
  { shape: "operations", query: "{ viewer { role } } { overview { people } }" },
  { shape: "operations", query: "query A { viewer { role } }", operationName: "B" },
  { shape: "operations", query: "query A { viewer { role } }", operationName: { not: "a string" } },
  { shape: "operations", query: "subscription { events { cursor } overviewUpdated { people } }" },
  { shape: "operations", query: "mutation { __typename }" },
  { shape: "introspection", query: '{ __type(name: "\\u0000") { name } }' },
);

const hugeLiterals = fc
  .tuple(
    fc.constantFrom("string", "block", "int", "float", "list", "object", "id-list"),
    fc.integer({ min: 1, max: 90_000 }),
  )
  .map(([kind, size]): HostileRequest => {
    const value = {
      string: JSON.stringify("x".repeat(size)),
      block: `"""${"y".repeat(size)}"""`,
      int: "9".repeat(Math.min(size, 20_000)),
      float: `1e${size}`,
      list: `[${Array(Math.min(size, 2_400)).fill("1").join(",")}]`,
      object: `${"{ a: ".repeat(Math.min(size, 1_200))}1${" }".repeat(Math.min(size, 1_200))}`,
      "id-list": `[${Array(Math.min(size, 2_400)).fill('"UGVyc29uOjE="').join(",")}]`,
    }[kind];
    const field = {
      string: `searchPeople(query: ${value}) { id }`,
      block: `searchPeople(query: ${value}) { id }`,
      int: `people(first: ${value}) { totalCount }`,
      float: `people(first: ${value}) { totalCount }`,
      list: `nodes(ids: ${value}) { id }`,
      object: `people(filter: ${value}) { totalCount }`,
      "id-list": `nodes(ids: ${value}) { id }`,
    }[kind];
    return { shape: `huge-literal-${kind}`, query: `{ ${field} }` };
  });

const tokenFloods = fc
  .tuple(
    fc.constantFrom("{", "[", "(", ",", "#\n", "...", "$", "@", "viewer ", '"" ', "\\u0000"),
    fc.integer({ min: 1, max: 30_000 }),
    fc.boolean(),
  )
  .map(
    ([token, count, wrapped]): HostileRequest => ({
      shape: "token-flood",
      query: wrapped ? `{ viewer { role } ${token.repeat(count)} }` : token.repeat(count),
    }),
  );

/** Declared variables sent with values of other types, too many, or none; and `variables` that is no object. */
const wrongVariables = fc
  .tuple(
    fc.constantFrom(
      "query Q($first: Int) { people(first: $first) { totalCount } }",
      "query Q($filter: PersonFilter) { people(filter: $filter, first: 5) { totalCount } }",
      "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }",
      "query Q($id: ID!) { node(id: $id) { id } }",
      "query Q($input: FunnelInput!) { funnel(input: $input) { entered } }",
      "query Q($after: String, $types: [EventType!]) { eventLog(after: $after, types: $types) { events { cursor } } }",
      "mutation M($records: [JSON!]!) { ingest(records: $records) { created rejected { index field } } }",
      "query Q($q: String!) { searchPeople(query: $q) { id } }",
      "query Q($x: NoSuchInput) { viewer { role } }",
      'query Q($first: Int = "ten") { people(first: $first) { totalCount } }',
    ),
    fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(
        null,
        [],
        "variables",
        7,
        { first: "10" },
        { first: 2 ** 53 },
        { first: 1e308 },
        { ids: "notalist" },
        { ids: Array(3_000).fill("x") },
        { filter: { stage: "NOPE" } },
        { filter: { minReach: "lots" } },
        { id: null },
        { id: { toString: "x" } },
        { records: "x" },
        { records: [null, 1, "s", []] },
        { q: "\u0000" },
        { after: "9:9:9" },
        { after: "-1:-1" },
        { types: ["NOPE"] },
        { input: { steps: "x" } },
      ),
      fc
        .integer({ min: 10, max: 3_000 })
        .map((depth) => ({ filter: JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`) })),
    ),
  )
  .map(([query, variables]): HostileRequest => ({ shape: "wrong-variables", query, variables }));

/** What a fuzzer types: random text, or a valid operation with a few characters changed. */
const garbage = fc.oneof(
  fc
    .string({ unit: "binary", maxLength: 200 })
    .map((query): HostileRequest => ({ shape: "garbage", query })),
  fc
    .tuple(
      walkedOperation,
      fc.array(fc.tuple(fc.nat(), fc.string({ unit: "binary", minLength: 1, maxLength: 3 })), {
        minLength: 1,
        maxLength: 5,
      }),
    )
    .map(([operation, edits]): HostileRequest => {
      let query = operation.query;
      for (const [at, text] of edits) {
        const position = at % (query.length + 1);
        query = query.slice(0, position) + text + query.slice(position + 1);
      }
      return { shape: "mutated", query, variables: operation.variables };
    }),
);

const idArguments = fc
  .oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom(
      "UGVyc29uOjE=",
      "Person:1",
      "UGVyc29uOjk5OTk5OTk5OTk5OTk5OTk5OTk5OQ==",
      "UGVyc29uOi0x",
      "T3JnYW5pemF0aW9uOjA=",
      "=====",
      "%%%",
    ),
  )
  .map(
    (id): HostileRequest => ({
      shape: "ids",
      query:
        "query Q($id: ID!) { node(id: $id) { id ... on Person { displayName } } nodes(ids: [$id, $id]) { id } }",
      variables: { id },
    }),
  );

/** Every shape, weighted so that the cheap random walks make up most of a run. */
export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  { weight: 8, arbitrary: walkedOperation },
  { weight: 2, arbitrary: deep },
  { weight: 2, arbitrary: aliases },
  { weight: 2, arbitrary: directives },
  { weight: 2, arbitrary: duplicated },
  { weight: 2, arbitrary: fanOut },
  { weight: 2, arbitrary: cycles },
  { weight: 2, arbitrary: hugeLiterals },
  { weight: 2, arbitrary: tokenFloods },
  { weight: 3, arbitrary: wrongVariables },
  { weight: 3, arbitrary: garbage },
  { weight: 2, arbitrary: idArguments },
);

/** Bodies that are not even a GraphQL request: broken JSON, invalid UTF-8, wrong shapes. */
export const hostileBodies: fc.Arbitrary<{ shape: string; body: Buffer }> = fc.oneof(
  fc
    .constantFrom(
      Buffer.from([0xff, 0xfe, 0xfd]),
      Buffer.concat([
        Buffer.from('{"query":"{ viewer { role } }", "x":"'),
        Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8]),
        Buffer.from('"}'),
      ]),
      Buffer.concat([
        Buffer.from('{"query":"{ searchPeople(query: \\"'),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from('\\") { id } }"}'),
      ]),
      Buffer.concat([
        Buffer.from('{"query":"{ viewer { role } }","variables":{"a":"'),
        Buffer.from([0x80, 0x80]),
        Buffer.from('"}}'),
      ]),
      Buffer.from('{"query": 12}'),
      Buffer.from('{"query": ["{ viewer { role } }"]}'),
      Buffer.from('{"query": null}'),
      Buffer.from("[]"),
      Buffer.from('[{"query":"{ viewer { role } }"},{"query":"{ viewer { role } }"}]'),
      Buffer.from('"just a string"'),
      Buffer.from("null"),
      Buffer.from('{"query":"{ viewer { role } }","extensions":"x"}'),
      Buffer.from(
        '{"query":"{ viewer { role } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":12}}}',
      ),
      Buffer.from('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000"}}}'),
      Buffer.from(
        '{"query":"{ viewer { role } }","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      ),
      Buffer.from(
        `{"query":"{ viewer { role } }","variables":${"[".repeat(5_000)}${"]".repeat(5_000)}}`,
      ),
      Buffer.from(""),
    )
    .map((body) => ({ shape: "raw-body", body })),
  fc
    .string({ unit: "binary", maxLength: 300 })
    .map((text) => ({ shape: "raw-body-random", body: Buffer.from(text) })),
  fc
    .uint8Array({ maxLength: 300 })
    .map((bytes) => ({ shape: "raw-bytes", body: Buffer.from(bytes) })),
);
