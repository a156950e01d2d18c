import type pg from "pg";
import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import type { Community } from "../../records/types.ts";
import { lastPerKey, rowsBySource, sourceKey } from "../sql.ts";

const communityKinds: Record<string, string> = {
  forum: "forum",
  reddit: "subreddit",
  slack: "slack",
  discord: "discord",
};
export const communityKey = (community: Community) => sourceKey(community.platform, community.id);

/** Communities are named by their platform and id, so the platform is their source. */
export function communityInsert(communities: Community[]): Statement {
  const params = new Parameters();
  const input = params.unnest("c", communities, [
    { name: "p", type: "text", value: (c) => c.platform },
    { name: "i", type: "text", value: (c) => c.id },
    {
      name: "k",
      type: "text",
      value: (c) => (c.id.startsWith("#") ? "hashtag" : (communityKinds[c.platform] ?? "other")),
    },
    { name: "n", type: "text", value: (c) => c.name ?? c.id },
  ]);
  return params.statement(
    `INSERT INTO "Community" (source, "sourceId", platform, kind, name)
     SELECT p, i, p, k::"CommunityKind", n FROM ${input.sql}
     ON CONFLICT (source, "sourceId") DO NOTHING`,
  );
}

/** Adds the communities not stored yet; returns every community's id by `communityKey`. */
export async function upsertCommunities(
  client: pg.PoolClient,
  communities: Community[],
): Promise<Map<string, number>> {
  const unique = lastPerKey(communities, communityKey).kept;
  if (unique.length === 0) return new Map();
  await runStatement(client, communityInsert(unique));
  const found = await rowsBySource(client, "Community", {
    sources: unique.map((c) => c.platform),
    ids: unique.map((c) => c.id),
  });
  return new Map([...found].map(([key, row]) => [key, row.id]));
}
