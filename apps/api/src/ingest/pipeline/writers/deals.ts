import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import { advanceStagesForDeals, type DealStageStep } from "../../../timeline/stages.ts";
import type { DealRecord } from "../../records/types.ts";
import { upsertOrganizations } from "../people.ts";
import { iso, lastPerKey, reserveIds, sourceKey } from "../sql.ts";
import { type ActivityRow, activityKinds, insertActivities } from "./activities.ts";
import { noteActivity, type Row, settle, type WriteContext } from "./context.ts";

type DealStatus = "open" | "won" | "lost";

export interface WrittenDeal {
  id: number;
  source: string;
  sourceId: string;
  inserted: boolean;
  stage: string;
  status: DealStatus;
  amount: string | null;
  contactId: number | null;
  openedAt: Date;
  closedAt: Date | null;
  oldStage: string | null;
  oldStatus: DealStatus | null;
}

const dealKey = (row: Row<DealRecord>) => sourceKey(row.record.source, row.record.id);

export function dealUpsert(
  rows: Array<{ row: Row<DealRecord>; organizationId: number | null; contactId: number | null }>,
): Statement {
  const params = new Parameters();
  const input = params.unnest("i", rows, [
    { name: "source", type: "text", value: (d) => d.row.record.source },
    { name: "sid", type: "text", value: (d) => d.row.record.id },
    { name: "name", type: "text", value: (d) => d.row.record.name },
    { name: "org", type: "int", value: (d) => d.organizationId },
    { name: "contact", type: "int", value: (d) => d.contactId },
    { name: "stage", type: "text", value: (d) => d.row.record.stage ?? null },
    {
      name: "amount",
      type: "numeric",
      value: (d) => (d.row.record.amount === undefined ? null : String(d.row.record.amount)),
    },
    { name: "currency", type: "text", value: (d) => d.row.record.currency },
    { name: "owner", type: "text", value: (d) => d.row.record.owner ?? null },
    { name: "status", type: "text", value: (d) => d.row.record.status },
    { name: "opened", type: "timestamp(3)", value: (d) => iso(d.row.record.at) },
    { name: "closed", type: "timestamp(3)", value: (d) => iso(d.row.record.closedAt) },
    { name: "changed", type: "timestamp(3)", value: (d) => iso(d.row.record.stageChangedAt) },
  ]);
  return params.statement(
    `WITH input AS (
       SELECT * FROM ${input.sql}
     ), old AS (
       SELECT d.*, (SELECT max(c."changedAt") FROM "DealStageChange" c WHERE c."dealId" = d.id) AS "lastChangedAt" FROM input i
       CROSS JOIN LATERAL (
         SELECT id, source, "sourceId", stage, status, "openedAt", "organizationId", "contactId", amount, owner
           FROM "Deal" WHERE source = i.source AND "sourceId" = i.sid LIMIT 1
       ) d
     ), up AS (
       INSERT INTO "Deal" AS d (source, "sourceId", name, "organizationId", "contactId", stage, amount, currency, owner, status, "openedAt", "closedAt")
       -- Fields a record leaves out keep what an earlier record said.
       SELECT i.source, i.sid, i.name, COALESCE(i.org, o."organizationId"), COALESCE(i.contact, o."contactId"),
              COALESCE(i.stage, o.stage, CASE i.status WHEN 'won' THEN 'closed won' WHEN 'lost' THEN 'closed lost' ELSE 'open' END),
              COALESCE(i.amount, o.amount), i.currency, COALESCE(i.owner, o.owner), i.status::"DealStatus", COALESCE(i.opened, o."openedAt", i.closed, now()), i.closed
         FROM input i LEFT JOIN old o ON o.source = i.source AND o."sourceId" = i.sid
        -- A record dated before the deal's latest move is older news (an earlier export): it moves nothing back.
        WHERE i.changed IS NULL OR o."lastChangedAt" IS NULL OR i.changed >= o."lastChangedAt"
       ON CONFLICT (source, "sourceId") DO UPDATE SET name = EXCLUDED.name, "organizationId" = EXCLUDED."organizationId",
         "contactId" = EXCLUDED."contactId", stage = EXCLUDED.stage, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
         owner = EXCLUDED.owner, status = EXCLUDED.status, "openedAt" = EXCLUDED."openedAt", "closedAt" = EXCLUDED."closedAt", "updatedAt" = now()
        WHERE (d.name, d."organizationId", d."contactId", d.stage, d.amount, d.currency, d.owner, d.status, d."openedAt", d."closedAt")
              IS DISTINCT FROM (EXCLUDED.name, EXCLUDED."organizationId", EXCLUDED."contactId", EXCLUDED.stage, EXCLUDED.amount,
                                EXCLUDED.currency, EXCLUDED.owner, EXCLUDED.status, EXCLUDED."openedAt", EXCLUDED."closedAt")
       RETURNING d.id, d.source, d."sourceId", (d.xmax = 0) AS inserted, d.stage, d.status, d.amount::text, d."contactId", d."openedAt", d."closedAt"
     )
     SELECT up.*, old.stage AS "oldStage", old.status AS "oldStatus" FROM up LEFT JOIN old ON old.id = up.id`,
  );
}

export function stageChangeInsert(
  changes: Array<{ id: number; deal: WrittenDeal; changedAt: Date }>,
): Statement {
  const params = new Parameters();
  const input = params.unnest("s", changes, [
    { name: "id", type: "int", value: (c) => c.id },
    { name: "d", type: "int", value: (c) => c.deal.id },
    { name: "fs", type: "text", value: (c) => c.deal.oldStage },
    { name: "ts", type: "text", value: (c) => c.deal.stage },
    { name: "fst", type: "text", value: (c) => c.deal.oldStatus },
    { name: "tst", type: "text", value: (c) => c.deal.status },
    { name: "a", type: "numeric", value: (c) => c.deal.amount },
    { name: "c", type: "timestamp(3)", value: (c) => iso(c.changedAt) },
  ]);
  return params.statement(
    `INSERT INTO "DealStageChange" (id, "dealId", "fromStage", "toStage", "fromStatus", "toStatus", amount, "changedAt")
     SELECT id, d, fs, ts, fst::"DealStatus", tst::"DealStatus", a, c
       FROM ${input.sql}`,
  );
}

export async function writeDeals(ctx: WriteContext, all: Row<DealRecord>[]): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, dealKey);
  const organizationOf = await upsertOrganizations(
    client,
    kept.map((row) => row.record.organization),
  );
  const { rows } = await runStatement<WrittenDeal>(
    client,
    dealUpsert(
      kept.map((row) => ({
        row,
        organizationId: row.record.organization ? organizationOf(row.record.organization) : null,
        contactId: row.mention === undefined ? null : ctx.personOf(row.mention),
      })),
    ),
  );
  settle(
    ctx,
    kept,
    superseded,
    new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])),
    dealKey,
  );

  // One stage change per new deal (its first stage) and per change of stage or status.
  const bySource = new Map(kept.map((row) => [dealKey(row), row]));
  const changes = rows.filter(
    (row) => row.inserted || row.stage !== row.oldStage || row.status !== row.oldStatus,
  );
  if (changes.length === 0) return;
  const ids = await reserveIds(client, "DealStageChange", changes.length);
  const now = new Date();
  const changedAt = (row: WrittenDeal) =>
    row.inserted
      ? row.openedAt
      : row.status !== "open" && row.closedAt
        ? row.closedAt
        : (bySource.get(sourceKey(row.source, row.sourceId))?.record.stageChangedAt ?? now);
  await runStatement(
    client,
    stageChangeInsert(
      changes.map((deal, i) => ({ id: ids[i]!, deal, changedAt: changedAt(deal) })),
    ),
  );
  const activities: ActivityRow[] = [];
  const lifecycle: DealStageStep[] = [];
  for (const [i, change] of changes.entries()) {
    ctx.events.push({
      type: "deal_stage_changed",
      personId: change.contactId,
      dealId: change.id,
      payload: { fromStage: change.oldStage, toStage: change.stage, status: change.status },
    });
    if (change.contactId === null) continue;
    noteActivity(ctx, change.contactId, changedAt(change));
    activities.push({
      personId: change.contactId,
      at: changedAt(change),
      summary: `Deal moved to ${change.stage}`,
      refColumn: ids[i]!,
      dealId: change.id,
    });
    const step = { personId: change.contactId, dealId: change.id, source: change.source };
    if (change.inserted) lifecycle.push({ ...step, stage: "opportunity", at: change.openedAt });
    if (change.status === "won" && change.oldStatus !== "won")
      lifecycle.push({ ...step, stage: "customer", at: changedAt(change) });
  }
  await insertActivities(client, activityKinds.dealChange, activities);
  await advanceStagesForDeals(client, lifecycle);
}
