// The influencer leaderboard: people by influence score, most influential first, filtered. Built
// as SQL apart from running it (one filter, one clause) because a filter on average sentiment
// compares two columns, which Prisma's filters cannot express.
import type pg from "pg";
import type { LifecycleStage } from "../generated/prisma/enums.ts";

export interface InfluencerFilter {
  networkCommunityId?: number;
  /** Members of the community, or people who posted or were reached there. */
  communityId?: number;
  /** People whose messages mention the brand. */
  brandId?: number;
  minReach?: number;
  /** Average sentiment of their messages below this. */
  sentimentBelow?: number;
  stage?: LifecycleStage;
}

export interface PlannedQuery {
  text: string;
  values: unknown[];
}

function whereClause(filter: InfluencerFilter, values: unknown[]): string {
  const bind = (value: unknown) => `$${values.push(value)}`;
  const clauses = [`p."mergedIntoId" IS NULL`];
  if (filter.networkCommunityId !== undefined)
    clauses.push(`p."networkCommunityId" = ${bind(filter.networkCommunityId)}`);
  if (filter.communityId !== undefined) {
    const id = bind(filter.communityId);
    clauses.push(`(EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."personId" = p.id AND ms."communityId" = ${id})
                  OR EXISTS (SELECT 1 FROM "ScopedInfluence" si WHERE si.scope = 'community' AND si."scopeId" = ${id} AND si."personId" = p.id))`);
  }
  if (filter.brandId !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM "Message" m JOIN "BrandMention" bm ON bm."messageId" = m.id
                          WHERE m."authorId" = p.id AND bm."brandId" = ${bind(filter.brandId)})`);
  }
  if (filter.minReach !== undefined) clauses.push(`p.reach >= ${bind(filter.minReach)}`);
  if (filter.sentimentBelow !== undefined)
    clauses.push(
      `p."sentimentCount" > 0 AND p."sentimentSum" < ${bind(filter.sentimentBelow)}::float8 * p."sentimentCount"`,
    );
  if (filter.stage !== undefined) clauses.push(`p.stage = ${bind(filter.stage)}::"LifecycleStage"`);
  return clauses.join("\n   AND ");
}

/** One page of ids, most influential first (ties by id), after the person `afterId` when given. */
export function planInfluencerPage(
  filter: InfluencerFilter,
  page: { take: number; afterId?: number },
): PlannedQuery {
  const values: unknown[] = [];
  const where = whereClause(filter, values);
  const after =
    page.afterId === undefined
      ? ""
      : `\n   AND (p."influenceScore", p.id) < (SELECT "influenceScore", id FROM "Person" WHERE id = $${values.push(page.afterId)})`;
  return {
    text: `SELECT p.id FROM "Person" p\n WHERE ${where}${after}\n ORDER BY p."influenceScore" DESC, p.id DESC\n LIMIT $${values.push(page.take)}`,
    values,
  };
}

export function planInfluencerCount(filter: InfluencerFilter): PlannedQuery {
  const values: unknown[] = [];
  return {
    text: `SELECT count(*)::int AS count FROM "Person" p\n WHERE ${whereClause(filter, values)}`,
    values,
  };
}

export async function influencerIds(
  pool: pg.Pool,
  filter: InfluencerFilter,
  page: { take: number; afterId?: number },
): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(planInfluencerPage(filter, page));
  return rows.map((row) => row.id);
}

export async function countInfluencers(pool: pg.Pool, filter: InfluencerFilter): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(planInfluencerCount(filter));
  return rows[0]!.count;
}
