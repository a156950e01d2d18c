import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import type { MembershipRecord } from "../../records/types.ts";
import { iso, lastPerKey, sourceKey } from "../sql.ts";
import { communityKey, upsertCommunities } from "./communities.ts";
import { type Row, settle, type WriteContext } from "./context.ts";

const membershipKey = (row: Row<MembershipRecord>) => sourceKey(row.record.source, row.record.id);

export function membershipUpsert(
  rows: Array<{ row: Row<MembershipRecord>; personId: number; communityId: number }>,
): Statement {
  const params = new Parameters();
  const input = params.unnest("x", rows, [
    { name: "s", type: "text", value: (m) => m.row.record.source },
    { name: "i", type: "text", value: (m) => m.row.record.id },
    { name: "p", type: "int", value: (m) => m.personId },
    { name: "c", type: "int", value: (m) => m.communityId },
    { name: "r", type: "text", value: (m) => m.row.record.role ?? null },
    { name: "j", type: "timestamp(3)", value: (m) => iso(m.row.record.joinedAt) },
    { name: "l", type: "timestamp(3)", value: (m) => iso(m.row.record.lastActiveAt) },
  ]);
  return params.statement(
    `INSERT INTO "Membership" AS m (source, "sourceId", "personId", "communityId", role, "joinedAt", "lastActiveAt")
     SELECT s, i, p, c, COALESCE(r, 'member'), j, l FROM ${input.sql}
      LEFT JOIN LATERAL (SELECT source, "sourceId" FROM "Membership" o WHERE o."personId" = x.p AND o."communityId" = x.c LIMIT 1) o ON true
      WHERE o.source IS NULL OR (o.source, o."sourceId") = (x.s, x.i)
     ON CONFLICT (source, "sourceId") DO UPDATE SET "personId" = EXCLUDED."personId", "communityId" = EXCLUDED."communityId",
       role = EXCLUDED.role, "joinedAt" = EXCLUDED."joinedAt", "lastActiveAt" = EXCLUDED."lastActiveAt"
      WHERE (m."personId", m."communityId", m.role, m."joinedAt", m."lastActiveAt")
            IS DISTINCT FROM (EXCLUDED."personId", EXCLUDED."communityId", EXCLUDED.role, EXCLUDED."joinedAt", EXCLUDED."lastActiveAt")
     RETURNING source, "sourceId", (xmax = 0) AS inserted`,
  );
}

export async function writeMemberships(
  ctx: WriteContext,
  all: Row<MembershipRecord>[],
): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, membershipKey);
  const communities = await upsertCommunities(
    client,
    kept.map((row) => row.record.community),
  );
  // One membership per person and community: a second source's record of it is not a second row.
  const { kept: unique, superseded: sameMembership } = lastPerKey(
    kept,
    (row) => `${ctx.personOf(row.mention!)}:${communityKey(row.record.community)}`,
  );
  const { rows } = await runStatement<{ source: string; sourceId: string; inserted: boolean }>(
    client,
    membershipUpsert(
      unique.map((row) => ({
        row,
        personId: ctx.personOf(row.mention!),
        communityId: communities.get(communityKey(row.record.community))!,
      })),
    ),
  );
  settle(
    ctx,
    unique,
    [...superseded, ...sameMembership],
    new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])),
    membershipKey,
  );
}
