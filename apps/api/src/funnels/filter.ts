// ActivityFilter: what a funnel step (or an exclusion, or a conversion) matches on the unified
// timeline, compiled to one SQL predicate over an Activity row `a` and the rows it points at. Every
// given field must hold; a field about messages (channels, intents...) holds only for messages, one
// about touchpoints only for touchpoints, and so on. Values are always bound parameters.
import type {
  ActivityKind,
  Channel,
  DealStatus,
  Direction,
  Intent,
  LifecycleStage,
  TouchpointKind,
} from "../generated/prisma/enums.ts";

export interface ActivityFilter {
  kinds?: ActivityKind[] | null;
  touchpointKinds?: TouchpointKind[] | null;
  campaignIds?: number[] | null;
  channels?: Channel[] | null;
  directions?: Direction[] | null;
  intents?: Intent[] | null;
  sentimentBelow?: number | null;
  sentimentAbove?: number | null;
  brandIds?: number[] | null;
  communityIds?: number[] | null;
  dealStages?: string[] | null;
  dealStatuses?: DealStatus[] | null;
  lifecycleStages?: LifecycleStage[] | null;
  sources?: string[] | null;
  /** Each key equals its value on the touchpoint's properties (JSON equality). */
  properties?: Record<string, unknown> | null;
}

/** Rows an Activity points at, joined only when a predicate needs them. */
export type ActivityJoin = "touchpoint" | "message" | "stageChange" | "deal" | "campaign";

export const ACTIVITY_JOINS: Record<ActivityJoin, string> = {
  touchpoint: `LEFT JOIN "Touchpoint" t ON t.id = a."touchpointId"`,
  message: `LEFT JOIN "Message" m ON m.id = a."messageId"`,
  stageChange: `LEFT JOIN "DealStageChange" c ON c.id = a."dealStageChangeId"`,
  deal: `LEFT JOIN "Deal" d ON d.id = a."dealId"`,
  campaign: `LEFT JOIN "Campaign" cp ON cp.id = t."campaignId"`,
};

/** Positional parameters of one statement, so a `$n` can never drift from its value. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

export interface CompiledFilter {
  /** A boolean SQL expression; NULL counts as false. */
  sql: string;
  joins: Set<ActivityJoin>;
}

/** Compiles a filter; an empty filter matches every activity. */
export function compileFilter(filter: ActivityFilter, params: SqlParams): CompiledFilter {
  const joins = new Set<ActivityJoin>();
  const terms: string[] = [];
  const given = <T>(values: T[] | null | undefined): values is T[] =>
    values !== undefined && values !== null;
  const anyOf = (column: string, values: unknown[], cast: string, ...needs: ActivityJoin[]) => {
    for (const join of needs) joins.add(join);
    terms.push(`${column} = ANY(${params.add(values, `${cast}[]`)})`);
  };
  if (given(filter.kinds)) anyOf(`a.kind`, filter.kinds, `"ActivityKind"`);
  if (given(filter.touchpointKinds))
    anyOf(`t.kind`, filter.touchpointKinds, `"TouchpointKind"`, "touchpoint");
  if (given(filter.campaignIds)) anyOf(`t."campaignId"`, filter.campaignIds, "int", "touchpoint");
  if (given(filter.channels)) anyOf(`m.channel`, filter.channels, `"Channel"`, "message");
  if (given(filter.directions)) anyOf(`m.direction`, filter.directions, `"Direction"`, "message");
  if (given(filter.intents)) anyOf(`m.intent`, filter.intents, `"Intent"`, "message");
  if (filter.sentimentBelow != null) {
    joins.add("message");
    terms.push(`m.sentiment < ${params.add(filter.sentimentBelow, "float8")}`);
  }
  if (filter.sentimentAbove != null) {
    joins.add("message");
    terms.push(`m.sentiment > ${params.add(filter.sentimentAbove, "float8")}`);
  }
  if (given(filter.brandIds)) {
    terms.push(
      `EXISTS (SELECT 1 FROM "BrandMention" b WHERE b."messageId" = a."messageId" AND b."brandId" = ANY(${params.add(filter.brandIds, "int[]")}))`,
    );
  }
  if (given(filter.communityIds)) anyOf(`m."communityId"`, filter.communityIds, "int", "message");
  if (given(filter.dealStages)) {
    // "Entered that stage": a change to it from another one (or the deal's first stage).
    anyOf(`c."toStage"`, filter.dealStages, "text", "stageChange");
    terms.push(`c."fromStage" IS DISTINCT FROM c."toStage"`);
  }
  if (given(filter.dealStatuses)) {
    anyOf(`c."toStatus"`, filter.dealStatuses, `"DealStatus"`, "stageChange");
    terms.push(`c."fromStatus" IS DISTINCT FROM c."toStatus"`);
  }
  if (given(filter.lifecycleStages)) anyOf(`a.stage`, filter.lifecycleStages, `"LifecycleStage"`);
  if (given(filter.sources)) {
    joins.add("touchpoint").add("message").add("deal");
    terms.push(
      `COALESCE(t.source, m.source, d.source, a.source) = ANY(${params.add(filter.sources, "text[]")})`,
    );
  }
  if (filter.properties != null) {
    joins.add("touchpoint");
    for (const [key, value] of Object.entries(filter.properties)) {
      terms.push(
        `(t.properties -> ${params.add(key, "text")}) = ${params.add(JSON.stringify(value), "jsonb")}`,
      );
    }
  }
  return {
    sql: terms.length === 0 ? "true" : terms.map((term) => `(${term})`).join(" AND "),
    joins,
  };
}

/** The JOIN clauses for a set of joins, in dependency order (the campaign hangs off the touchpoint). */
export function joinClauses(joins: Set<ActivityJoin>): string {
  if (joins.has("campaign")) joins.add("touchpoint");
  return (["touchpoint", "campaign", "message", "stageChange", "deal"] as const)
    .filter((join) => joins.has(join))
    .map((join) => ACTIVITY_JOINS[join])
    .join("\n");
}
