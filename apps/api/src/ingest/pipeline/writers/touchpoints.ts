import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import type { TouchpointRecord } from "../../records/types.ts";
import { iso, lastPerKey, rowsBySource, sourceKey } from "../sql.ts";
import { type ActivityRow, activityKinds, insertActivities } from "./activities.ts";
import { noteActivity, type Row, settle, type WriteContext } from "./context.ts";

const touchpointKey = (row: Row<TouchpointRecord>) => sourceKey(row.record.source, row.record.id);
const campaignKey = (row: Row<TouchpointRecord>) =>
  sourceKey(row.record.source, row.record.campaign.id);

/** Campaigns by (source, id), each started at the earliest touchpoint the batch has of it. */
export function campaignUpsert(
  campaigns: Row<TouchpointRecord>[],
  firstAt: Map<string, Date>,
): Statement {
  const params = new Parameters();
  const input = params.unnest("k", campaigns, [
    { name: "s", type: "text", value: (r) => r.record.source },
    { name: "i", type: "text", value: (r) => r.record.campaign.id },
    { name: "n", type: "text", value: (r) => r.record.campaign.name ?? null },
    { name: "ch", type: "text", value: (r) => r.record.campaign.channel ?? null },
    { name: "st", type: "timestamp(3)", value: (r) => iso(firstAt.get(campaignKey(r))) },
  ]);
  return params.statement(
    `INSERT INTO "Campaign" AS c (source, "sourceId", name, channel, "startedAt")
     SELECT s, i, COALESCE(n, i), ch, st FROM ${input.sql}
     ON CONFLICT (source, "sourceId") DO UPDATE SET
       -- A touchpoint without the campaign's name leaves the stored name alone.
       name = CASE WHEN EXCLUDED.name = EXCLUDED."sourceId" THEN c.name ELSE EXCLUDED.name END,
       channel = COALESCE(EXCLUDED.channel, c.channel), "startedAt" = LEAST(c."startedAt", EXCLUDED."startedAt")
      WHERE (c.name, c.channel, c."startedAt") IS DISTINCT FROM
            (CASE WHEN EXCLUDED.name = EXCLUDED."sourceId" THEN c.name ELSE EXCLUDED.name END,
             COALESCE(EXCLUDED.channel, c.channel), LEAST(c."startedAt", EXCLUDED."startedAt"))`,
  );
}

export function touchpointUpsert(
  rows: Array<{ row: Row<TouchpointRecord>; personId: number; campaignId: number }>,
): Statement {
  const params = new Parameters();
  const input = params.unnest("r", rows, [
    { name: "s", type: "text", value: (t) => t.row.record.source },
    { name: "i", type: "text", value: (t) => t.row.record.id },
    { name: "p", type: "int", value: (t) => t.personId },
    { name: "c", type: "int", value: (t) => t.campaignId },
    { name: "k", type: "text", value: (t) => t.row.record.kind },
    { name: "o", type: "timestamp(3)", value: (t) => iso(t.row.record.at) },
    { name: "pr", type: "jsonb", value: (t) => JSON.stringify(t.row.record.properties ?? {}) },
  ]);
  return params.statement(
    `INSERT INTO "Touchpoint" AS t (source, "sourceId", "personId", "campaignId", kind, "occurredAt", properties)
     SELECT s, i, p, c, k::"TouchpointKind", o, pr FROM ${input.sql}
     ON CONFLICT (source, "sourceId") DO UPDATE SET "personId" = EXCLUDED."personId", "campaignId" = EXCLUDED."campaignId",
       kind = EXCLUDED.kind, "occurredAt" = EXCLUDED."occurredAt", properties = EXCLUDED.properties
      WHERE (t."personId", t."campaignId", t.kind, t."occurredAt", t.properties)
            IS DISTINCT FROM (EXCLUDED."personId", EXCLUDED."campaignId", EXCLUDED.kind, EXCLUDED."occurredAt", EXCLUDED.properties)
     RETURNING id, source, "sourceId", (xmax = 0) AS inserted, "personId"`,
  );
}

export async function writeTouchpoints(
  ctx: WriteContext,
  all: Row<TouchpointRecord>[],
): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, touchpointKey);
  const campaigns = lastPerKey(kept, campaignKey).kept;
  const firstAt = new Map<string, Date>();
  for (const row of kept) {
    const key = campaignKey(row);
    const at = firstAt.get(key);
    if (!at || row.record.at < at) firstAt.set(key, row.record.at);
  }
  await runStatement(client, campaignUpsert(campaigns, firstAt));
  const campaignOf = await rowsBySource<{ id: number; name: string }>(
    client,
    "Campaign",
    {
      sources: campaigns.map((r) => r.record.source),
      ids: campaigns.map((r) => r.record.campaign.id),
    },
    ", name",
  );
  const campaignFor = (row: Row<TouchpointRecord>) => campaignOf.get(campaignKey(row))!;

  const { rows } = await runStatement<{
    id: number;
    source: string;
    sourceId: string;
    inserted: boolean;
    personId: number;
  }>(
    client,
    touchpointUpsert(
      kept.map((row) => ({
        row,
        personId: ctx.personOf(row.mention!),
        campaignId: campaignFor(row).id,
      })),
    ),
  );
  settle(
    ctx,
    kept,
    superseded,
    new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])),
    touchpointKey,
  );
  const bySource = new Map(kept.map((row) => [touchpointKey(row), row]));
  const activities: ActivityRow[] = [];
  for (const row of rows) {
    if (!row.inserted) continue;
    const input = bySource.get(sourceKey(row.source, row.sourceId))!;
    const campaign = campaignFor(input);
    noteActivity(ctx, row.personId, input.record.at);
    activities.push({
      personId: row.personId,
      at: input.record.at,
      summary: `${input.record.kind.replace("_", " ")}: ${campaign.name}`,
      refColumn: row.id,
    });
    ctx.events.push({
      type: "touchpoint_recorded",
      personId: row.personId,
      payload: { kind: input.record.kind, campaignId: campaign.id },
    });
  }
  await insertActivities(client, activityKinds.touchpoint, activities);
}
