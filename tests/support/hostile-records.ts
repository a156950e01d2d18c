import fc from "fast-check";

// The values a probe of Parley sent (issue #10, item 5), one hostile record per case with the field
// its rejection must name, and good records to send beside them: shared by the GraphQL and CLI tests.

const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
};
/** Random letters compress badly, so a long one is as large in an index as it is in the record. */
const incompressible = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

/** One hostile record per case, with the field its rejection must name. */
export function hostileCases(tag: string) {
  const person = (id: string, fields: Record<string, unknown>) => ({
    type: "person",
    source: "probe",
    id: `${tag}-${id}`,
    name: "Probe Person",
    emails: [`${tag}-${id}@probe.example`],
    ...fields,
  });
  const message = (id: string, fields: Record<string, unknown>) => ({
    type: "message",
    source: "probe",
    id: `${tag}-${id}`,
    channel: "forum",
    author: { email: `${tag}-author@probe.example` },
    text: "hello",
    at: "2026-11-01T10:00:00Z",
    ...fields,
  });
  const touchpoint = (id: string, fields: Record<string, unknown>) => ({
    type: "touchpoint",
    source: "probe",
    id: `${tag}-${id}`,
    person: { email: `${tag}-author@probe.example` },
    campaign: { id: "c1" },
    kind: "webinar",
    at: "2026-11-01",
    ...fields,
  });
  const deal = (id: string, fields: Record<string, unknown>) => ({
    type: "deal",
    source: "probe",
    id: `${tag}-${id}`,
    name: "Probe deal",
    ...fields,
  });
  return [
    { field: "name", reason: /NUL/, record: person("nul-name", { name: "Ana\u0000Souza" }) },
    {
      field: "text",
      reason: /surrogate/,
      record: message("surrogate-text", { text: "broken \uD800 text" }),
    },
    { field: "id", reason: /NUL/, record: message("nul-id\u0000", {}) },
    {
      field: "source",
      reason: /surrogate/,
      record: { ...person("surrogate-source", {}), source: "pro\uDC00be" },
    },
    {
      field: "emails.0",
      reason: /NUL|email/,
      record: person("nul-email", { emails: ["a\u0000b@probe.example"] }),
    },
    {
      field: "handles.0.handle",
      reason: /surrogate/,
      record: person("surrogate-handle", { handles: [{ platform: "twitter", handle: "x\uD83D" }] }),
    },
    {
      field: "author.name",
      reason: /NUL/,
      record: message("nul-author-name", {
        author: { email: `${tag}-other@probe.example`, name: "Bo\u0000b" },
      }),
    },
    {
      field: "community.name",
      reason: /surrogate/,
      record: message("surrogate-community", {
        community: { platform: "forum", id: "f1", name: "\uDFFF" },
      }),
    },
    {
      field: "properties.note",
      reason: /NUL/,
      record: touchpoint("nul-property", { properties: { note: "x\u0000y" } }),
    },
    {
      field: "properties.\uFFFD",
      reason: /surrogate/,
      record: touchpoint("surrogate-property-key", { properties: { "\uD800": 1 } }),
    },
    { field: "stage", reason: /NUL/, record: deal("nul-stage", { stage: "won\u0000" }) },
    {
      field: "followers.twitter",
      reason: /at most 2147483647/,
      record: person("followers", { followers: { twitter: 1e308 } }),
    },
    {
      field: "metrics.shares",
      reason: /at most 2147483647/,
      record: message("shares", { metrics: { shares: 2 ** 40 } }),
    },
    {
      field: "amount",
      reason: /at most 999999999999\.99/,
      record: deal("amount", { amount: 1e308 }),
    },
    {
      field: "at",
      reason: /between 0001-01-01 and 9999-12-31/,
      record: message("at", { at: 1e20 }),
    },
    {
      field: "at",
      reason: /between 0001-01-01 and 9999-12-31/,
      record: touchpoint("at-year-0", { at: "0000-06-01" }),
    },
    { field: "closedAt", reason: /between/, record: deal("closed", { closedAt: -1e15 }) },
    {
      field: "name",
      reason: /at most 500 characters/,
      record: person("long-name", { name: incompressible(1_000_000) }),
    },
    {
      field: "text",
      reason: /at most 100000 characters/,
      record: message("long-text", { text: incompressible(100_001) }),
    },
    {
      field: "properties",
      reason: /nested at most 32 deep/,
      record: touchpoint("deep", { properties: nested(1000) }),
    },
    {
      field: "properties",
      reason: /at most 65536 bytes/,
      record: touchpoint("big", { properties: { blob: incompressible(70_000) } }),
    },
  ];
}

export const goodRecords = (tag: string) => [
  {
    type: "person",
    source: "probe",
    id: `${tag}-good-1`,
    name: "Good Person",
    emails: [`${tag}-good@probe.example`],
    followers: { twitter: 2147483647 },
  },
  {
    type: "message",
    source: "probe",
    id: `${tag}-good-2`,
    channel: "forum",
    author: { email: `${tag}-good@probe.example` },
    text: "fine 🔥",
    at: "9999-12-31T23:59:59Z",
    metrics: { views: 2147483647 },
  },
  {
    type: "deal",
    source: "probe",
    id: `${tag}-good-3`,
    name: "Big deal",
    amount: 999999999999.99,
    at: "0001-01-01",
  },
];

// Property tests (apps/api/src/ingest/pipeline/hostile-property.db.test.ts, tests/hostile/): any value in any field.

/** A valid record of each type, and the paths of the fields a hostile value may replace. */
const templates: Record<string, { record: Record<string, unknown>; paths: string[] }> = {
  person: {
    record: {
      type: "person",
      source: "prop",
      name: "Ana Souza",
      emails: ["ana@probe.example"],
      handles: [{ platform: "twitter", handle: "ana" }],
      followers: { twitter: 10 },
    },
    paths: [
      "source",
      "id",
      "name",
      "emails.0",
      "phones.0",
      "handles.0.platform",
      "handles.0.handle",
      "externalIds.0.source",
      "externalIds.0.id",
      "organization.name",
      "organization.domain",
      "title",
      "location",
      "followers.twitter",
      "followers",
      "stage",
      "at",
    ],
  },
  message: {
    record: {
      type: "message",
      source: "prop",
      channel: "forum",
      author: { email: "ana@probe.example" },
      text: "hello",
      at: "2026-11-01T10:00:00Z",
    },
    paths: [
      "channel",
      "author.email",
      "author.name",
      "author.id",
      "author.handle",
      "text",
      "at",
      "conversation",
      "inReplyTo",
      "direction",
      "url",
      "metrics.likes",
      "metrics.views",
      "community.platform",
      "community.id",
      "community.name",
      "subject",
    ],
  },
  touchpoint: {
    record: {
      type: "touchpoint",
      source: "prop",
      person: { email: "ana@probe.example" },
      campaign: { id: "c1" },
      kind: "webinar",
      at: "2026-11-01",
    },
    paths: [
      "person.email",
      "person.phone",
      "campaign.id",
      "campaign.name",
      "campaign.channel",
      "kind",
      "at",
      "properties",
      "properties.note",
      "properties.nested.deeper",
    ],
  },
  deal: {
    record: {
      type: "deal",
      source: "prop",
      name: "Pilot",
      contact: { email: "ana@probe.example" },
    },
    paths: [
      "name",
      "organization.name",
      "organization.domain",
      "contact.email",
      "contact.name",
      "stage",
      "amount",
      "currency",
      "status",
      "at",
      "closedAt",
      "owner",
    ],
  },
  membership: {
    record: {
      type: "membership",
      source: "prop",
      person: { email: "ana@probe.example" },
      community: { platform: "forum", id: "f1" },
    },
    paths: [
      "person.email",
      "community.platform",
      "community.id",
      "community.name",
      "role",
      "joinedAt",
      "lastActiveAt",
    ],
  },
  brand: {
    record: { type: "brand", source: "prop", name: "Lumen", kind: "own" },
    paths: ["name", "kind", "terms.0", "terms"],
  },
};

const deep = (depth: number): unknown => (depth === 0 ? "leaf" : { deeper: deep(depth - 1) });
const letters = (length: number) =>
  "abcdefghijklmnopqrstuvwxyz".repeat(Math.ceil(length / 26)).slice(0, length);

/** Strings that break storage: NUL, halves of surrogate pairs, lengths past an index, odd Unicode. */
const hostileString = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom("\u0000", "\uD800", "\uDFFF", "\uD83D", "\uFFFF", "\u200B", "\u202E"),
        fc.string({ maxLength: 10 }),
      )
      .map((parts) => parts.join("")),
  },
  { weight: 2, arbitrary: fc.integer({ min: 450, max: 3_000 }).map((length) => letters(length)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\t\n",
      "ana@probe.example",
      "https://example.com/x",
      "+44 20 7946 0958",
      "2026-02-30",
      "0000-01-01",
      "9999-12-31T23:59:59Z",
      "1e308",
      "-1",
    ),
  },
);
const hostileNumber = fc.oneof(
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      -1,
      -0,
      0.5,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 40,
      2 ** 53 + 1,
      1e11,
      1e15,
      8.64e15,
      1e20,
      1e308,
      -1e308,
      999999999999.99,
      999999999999.995,
      1e12,
    ),
  },
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      [],
      {},
      [null],
      { "\u0000": 1 },
      { "\uD800": "x" },
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 1_000 }).map(deep) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

function withValue(
  record: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(record);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((key, i) => {
    if (typeof node[key] !== "object" || node[key] === null)
      node[key] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
  return copy;
}

let serial = 0;
/** Any record type with one field replaced by a hostile value (and, one time in five, a good record). */
export const hostileRecord = fc
  .tuple(fc.constantFrom(...Object.keys(templates)), fc.nat(), hostileValue, fc.nat(9))
  .map(([type, pick, value, hostile]) => {
    const { record, paths } = templates[type]!;
    const base = { ...record, id: `r${serial++}` };
    // Mostly hostile, with a few good records for a bad one to sink.
    return hostile < 8 ? withValue(base, paths[pick % paths.length]!, value) : base;
  });
