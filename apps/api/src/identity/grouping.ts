// Which records are one person, decided automatically: records sharing an identity key (an
// email, phone, handle or external id, or a record's own source and id) are joined with
// union-find, unless the join would put two different given names in one person (a family
// landline does not merge John and Mary). The import pipeline and the evaluation both group
// through this module, so the bench measures the rule production runs.
import type { IdentityKey, PersonCandidate } from "./candidate.ts";
import { deterministicKeys, identityKeyString } from "./identityKeys.ts";

/** A key a record holds, and whether sharing it is subject to the given-name guard. */
export interface GroupingKey {
  key: string;
  guarded: boolean;
}

/** The key of a record's own (source, id); the pipeline's owner lookup builds the same text in SQL. */
export const sourceRecordKey = (source: string, id: string) => `source:${source}\u0001${id}`;

/**
 * Every key a record groups by: its identity keys and the records its external ids name (both
 * guarded), and its own source and id (unguarded: the same record by definition).
 */
export function groupingKeys(
  candidate: PersonCandidate,
  own?: { source: string; id: string },
  identities: IdentityKey[] = deterministicKeys(candidate),
): GroupingKey[] {
  const keys = identities.map((key) => ({ key: identityKeyString(key), guarded: true }));
  // Another system's id for this person names that system's person record.
  for (const external of candidate.externalIds ?? [])
    keys.push({ key: sourceRecordKey(external.source, external.id), guarded: true });
  if (own) keys.push({ key: sourceRecordKey(own.source, own.id), guarded: false });
  return keys;
}

export interface Grouping {
  /** The representative node of a node's person. */
  find(node: number): number;
  /** Keys held by several records that were not used to join them, because given names differ. */
  guardedKeys: number;
}

/**
 * Groups nodes 0..records-1 (records) and records..records+existing-1 (people stored before,
 * found as the owners of keys). Unguarded keys go first; a guarded key joins two groups only when
 * at most one given name is stated between them (identityKeys.givenNamesAgree, applied per group).
 */
export function groupByKeys(input: {
  keysOf: ReadonlyArray<ReadonlyArray<GroupingKey>>;
  /** Given name key per node (records, then existing people); null when none is stated. */
  givenNames: Array<string | null>;
  /** The existing person's node that holds a key already, if any. */
  ownerOf?: (key: string) => number | undefined;
}): Grouping {
  const givenName = [...input.givenNames];
  const parent = Int32Array.from({ length: givenName.length }, (_, i) => i);
  const find = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  const union = (a: number, b: number, guarded: boolean): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    if (guarded && givenName[ra] && givenName[rb] && givenName[ra] !== givenName[rb]) return false;
    parent[rb] = ra;
    givenName[ra] = givenName[ra] ?? givenName[rb]!;
    return true;
  };
  const holders = new Map<string, { nodes: number[]; guarded: boolean }>();
  input.keysOf.forEach((keys, node) => {
    for (const { key, guarded } of keys) {
      let entry = holders.get(key);
      if (!entry) holders.set(key, (entry = { nodes: [], guarded }));
      entry.nodes.push(node);
      entry.guarded &&= guarded;
    }
  });
  // Unguarded keys (a record's own source and id) first: they are the same record by definition.
  const ordered = [...holders.entries()].sort(
    ([, a], [, b]) => Number(a.guarded) - Number(b.guarded),
  );
  let guardedKeys = 0;
  for (const [key, { nodes, guarded }] of ordered) {
    const owner = input.ownerOf?.(key);
    const all = owner === undefined ? nodes : [owner, ...nodes];
    let refused = false;
    for (let i = 1; i < all.length; i++) if (!union(all[0]!, all[i]!, guarded)) refused = true;
    if (refused) guardedKeys++;
  }
  return { find, guardedKeys };
}
