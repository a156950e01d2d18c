// The values a probe of Parley sent (issue #10, item 5), one hostile record per case with the field
// its rejection must name, and good records to send beside them: shared by the GraphQL and CLI tests.

const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
};
/** Random letters compress badly, so a long one is as large in an index as it is in the record. */
const incompressible = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

/** One hostile record per case, with the field its rejection must name. */
export function hostileCases(tag: string) {
  const person = (id: string, fields: Record<string, unknown>) => ({ type: "person", source: "probe", id: `${tag}-${id}`, name: "Probe Person", emails: [`${tag}-${id}@probe.example`], ...fields });
  const message = (id: string, fields: Record<string, unknown>) => ({
    type: "message", source: "probe", id: `${tag}-${id}`, channel: "forum", author: { email: `${tag}-author@probe.example` }, text: "hello", at: "2026-11-01T10:00:00Z", ...fields,
  });
  const touchpoint = (id: string, fields: Record<string, unknown>) => ({
    type: "touchpoint", source: "probe", id: `${tag}-${id}`, person: { email: `${tag}-author@probe.example` }, campaign: { id: "c1" }, kind: "webinar", at: "2026-11-01", ...fields,
  });
  const deal = (id: string, fields: Record<string, unknown>) => ({ type: "deal", source: "probe", id: `${tag}-${id}`, name: "Probe deal", ...fields });
  return [
    { field: "name", reason: /NUL/, record: person("nul-name", { name: "Ana\u0000Souza" }) },
    { field: "text", reason: /surrogate/, record: message("surrogate-text", { text: "broken \uD800 text" }) },
    { field: "id", reason: /NUL/, record: message("nul-id\u0000", {}) },
    { field: "source", reason: /surrogate/, record: { ...person("surrogate-source", {}), source: "pro\uDC00be" } },
    { field: "emails.0", reason: /NUL|email/, record: person("nul-email", { emails: ["a\u0000b@probe.example"] }) },
    { field: "handles.0.handle", reason: /surrogate/, record: person("surrogate-handle", { handles: [{ platform: "twitter", handle: "x\uD83D" }] }) },
    { field: "author.name", reason: /NUL/, record: message("nul-author-name", { author: { email: `${tag}-other@probe.example`, name: "Bo\u0000b" } }) },
    { field: "community.name", reason: /surrogate/, record: message("surrogate-community", { community: { platform: "forum", id: "f1", name: "\uDFFF" } }) },
    { field: "properties.note", reason: /NUL/, record: touchpoint("nul-property", { properties: { note: "x\u0000y" } }) },
    { field: "properties.\uFFFD", reason: /surrogate/, record: touchpoint("surrogate-property-key", { properties: { "\uD800": 1 } }) },
    { field: "stage", reason: /NUL/, record: deal("nul-stage", { stage: "won\u0000" }) },
    { field: "followers.twitter", reason: /at most 2147483647/, record: person("followers", { followers: { twitter: 1e308 } }) },
    { field: "metrics.shares", reason: /at most 2147483647/, record: message("shares", { metrics: { shares: 2 ** 40 } }) },
    { field: "amount", reason: /at most 999999999999\.99/, record: deal("amount", { amount: 1e308 }) },
    { field: "at", reason: /between 0001-01-01 and 9999-12-31/, record: message("at", { at: 1e20 }) },
    { field: "at", reason: /between 0001-01-01 and 9999-12-31/, record: touchpoint("at-year-0", { at: "0000-06-01" }) },
    { field: "closedAt", reason: /between/, record: deal("closed", { closedAt: -1e15 }) },
    { field: "name", reason: /at most 500 characters/, record: person("long-name", { name: incompressible(1_000_000) }) },
    { field: "text", reason: /at most 100000 characters/, record: message("long-text", { text: incompressible(100_001) }) },
    { field: "properties", reason: /nested at most 32 deep/, record: touchpoint("deep", { properties: nested(1000) }) },
    { field: "properties", reason: /at most 65536 bytes/, record: touchpoint("big", { properties: { blob: incompressible(70_000) } }) },
  ];
}

export const goodRecords = (tag: string) => [
  { type: "person", source: "probe", id: `${tag}-good-1`, name: "Good Person", emails: [`${tag}-good@probe.example`], followers: { twitter: 2147483647 } },
  { type: "message", source: "probe", id: `${tag}-good-2`, channel: "forum", author: { email: `${tag}-good@probe.example` }, text: "fine 🔥", at: "9999-12-31T23:59:59Z", metrics: { views: 2147483647 } },
  { type: "deal", source: "probe", id: `${tag}-good-3`, name: "Big deal", amount: 999999999999.99, at: "0001-01-01" },
];
