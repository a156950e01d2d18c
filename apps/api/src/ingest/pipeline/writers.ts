// Set-based writers, one per record type. Each sends its rows as column arrays in one upsert whose
// WHERE clause skips rows that would not change, so re-sending a record is a no-op (no updatedAt
// churn) and RETURNING names exactly the rows inserted or changed.
import type pg from "pg";
import type { NewEvent } from "../../events/log.ts";
import { compileBrandMatcher, type BrandMatcher, type MessageScore } from "../../enrich/index.ts";
import type {
  BrandRecord, Community, DealRecord, MembershipRecord, MessageRecord, TouchpointRecord,
} from "../records/types.ts";
import { writeInteractions } from "../../influence/interactions.ts";
import { influenceScoreSql } from "../../influence/score.ts";
import { writeMentions, type MentionRow } from "./mentions.ts";
import { upsertOrganizations } from "./people.ts";
import { advanceStagesForDeals, type DealStageStep } from "../../timeline/stages.ts";
import { clampedInt4, iso, lastPerKey, reserveIds, rowsBySource, sourceKey } from "./sql.ts";

export type Outcome = "created" | "updated" | "merged" | "unchanged";

export interface WriteContext {
  client: pg.PoolClient;
  events: NewEvent[];
  outcomes: Outcome[];
  personOf(mention: number): number;
  reachOf(personId: number): number;
  /** Activity per person, applied to the person's counters once at the end of the batch. */
  activity: Map<number, PersonActivity>;
}

export interface PersonActivity {
  messages: number;
  sentimentSum: number;
  sentimentCount: number;
  /** Replies, shares and likes the person's messages gained. */
  engagement: number;
  first?: Date;
  last?: Date;
}

export interface Row<R> {
  record: R;
  /** Position among the batch's valid records. */
  index: number;
  /** The person mention of the record's person reference. */
  mention?: number;
}

function noteActivity(ctx: WriteContext, personId: number, at: Date | undefined, change: Partial<PersonActivity> = {}): void {
  const entry = ctx.activity.get(personId) ?? { messages: 0, sentimentSum: 0, sentimentCount: 0, engagement: 0 };
  entry.messages += change.messages ?? 0;
  entry.engagement += change.engagement ?? 0;
  entry.sentimentSum += change.sentimentSum ?? 0;
  entry.sentimentCount += change.sentimentCount ?? 0;
  if (at && (!entry.first || at < entry.first)) entry.first = at;
  if (at && (!entry.last || at > entry.last)) entry.last = at;
  ctx.activity.set(personId, entry);
}

function settle<R>(ctx: WriteContext, rows: Row<R>[], superseded: Row<R>[], changed: Map<string, boolean>, key: (row: Row<R>) => string): void {
  for (const row of rows) {
    const inserted = changed.get(key(row));
    ctx.outcomes[row.index] = inserted === undefined ? "unchanged" : inserted ? "created" : "updated";
  }
  // An earlier copy of a record sent twice in one batch: the last copy is the one written.
  for (const row of superseded) ctx.outcomes[row.index] = "unchanged";
}

/** Writes brand records; returns the brands added or changed, with every term they had or have. */
export async function writeBrands(ctx: WriteContext, all: Row<BrandRecord>[]): Promise<Array<{ brandId: number; terms: string[] }>> {
  if (all.length === 0) return [];
  const { kept, superseded } = lastPerKey(all, (row) => row.record.name.toLowerCase());
  const { rows } = await ctx.client.query<{ id: number; name: string; terms: string[]; oldTerms: string[] | null; inserted: boolean }>(
    `WITH old AS (
       SELECT name, terms FROM "Brand" WHERE name = ANY($1::text[])
     ), up AS (
       INSERT INTO "Brand" AS b (name, kind, terms, source, "sourceId")
       SELECT n, k::"BrandKind", ARRAY(SELECT jsonb_array_elements_text(t)), s, i
         FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::text[]) AS r(n, k, t, s, i)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, terms = EXCLUDED.terms
        WHERE (b.kind, b.terms) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.terms)
       RETURNING b.id, b.name, b.terms, (b.xmax = 0) AS inserted
     )
     SELECT up.*, old.terms AS "oldTerms" FROM up LEFT JOIN old ON old.name = up.name`,
    [
      kept.map((r) => r.record.name),
      kept.map((r) => r.record.kind),
      kept.map((r) => JSON.stringify(r.record.terms ?? [])),
      kept.map((r) => r.record.source),
      kept.map((r) => r.record.id),
    ],
  );
  settle(ctx, kept, superseded, new Map(rows.map((row) => [row.name.toLowerCase(), row.inserted])), (row) => row.record.name.toLowerCase());
  // A changed kind matters too: a term two brands share goes to the one the matcher lists first.
  return rows.map((row) => ({ brandId: row.id, terms: [row.name, ...row.terms, ...(row.oldTerms ?? [])] }));
}

/** The Brand table as a matcher; loaded once per batch, after the batch's own brand records. */
export async function loadBrandMatcher(client: pg.PoolClient): Promise<BrandMatcher<number>> {
  const { rows } = await client.query<{ id: number; name: string; kind: "own" | "competitor"; terms: string[] }>(
    `SELECT id, name, kind, terms FROM "Brand" ORDER BY kind, id`,
  );
  return compileBrandMatcher(rows);
}

const communityKinds: Record<string, string> = { forum: "forum", reddit: "subreddit", slack: "slack", discord: "discord" };
const communityKey = (community: Community) => sourceKey(community.platform, community.id);

/** Communities are named by their platform and id, so the platform is their source. */
async function upsertCommunities(client: pg.PoolClient, communities: Community[]): Promise<Map<string, number>> {
  const unique = lastPerKey(communities, communityKey).kept;
  if (unique.length === 0) return new Map();
  const params = [
    unique.map((c) => c.platform),
    unique.map((c) => c.id),
    unique.map((c) => (c.id.startsWith("#") ? "hashtag" : (communityKinds[c.platform] ?? "other"))),
    unique.map((c) => c.name ?? c.id),
  ];
  await client.query(
    `INSERT INTO "Community" (source, "sourceId", platform, kind, name)
     SELECT p, i, p, k::"CommunityKind", n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS c(p, i, k, n)
     ON CONFLICT (source, "sourceId") DO NOTHING`,
    params,
  );
  const found = await rowsBySource(client, "Community", { sources: params[0]!, ids: params[1]! });
  return new Map([...found].map(([key, row]) => [key, row.id]));
}

/** The first `length` characters, without cutting an emoji's surrogate pair in half. */
function preview(text: string, length: number): string {
  const end = /[\uD800-\uDBFF]/.test(text[length - 1] ?? "") ? length - 1 : length;
  return text.slice(0, end);
}

export async function writeMessages(ctx: WriteContext, all: Row<MessageRecord>[], scores: MessageScore[], matcher: BrandMatcher<number>): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const scoreOf = new Map(all.map((row, i) => [row, scores[i]!]));
  const { kept, superseded } = lastPerKey(all, (row) => sourceKey(row.record.source, row.record.id));
  const communities = await upsertCommunities(client, kept.flatMap((row) => (row.record.community ? [row.record.community] : [])));
  const communityOf = (row: Row<MessageRecord>) => (row.record.community ? communities.get(communityKey(row.record.community))! : null);
  const conversationKey = (row: Row<MessageRecord>) => sourceKey(row.record.source, row.record.conversation ?? row.record.id);

  // Conversations: who started it and when, from the earliest message the batch has of each.
  const threads = new Map<string, { source: string; id: string; first: Row<MessageRecord>; subject?: string; community: number | null; start: Date; end: Date }>();
  for (const row of kept) {
    const key = conversationKey(row);
    const thread = threads.get(key);
    const { record } = row;
    if (!thread) {
      threads.set(key, { source: record.source, id: record.conversation ?? record.id, first: row, subject: record.subject, community: communityOf(row), start: record.at, end: record.at });
      continue;
    }
    if (record.at < thread.start) [thread.start, thread.first] = [record.at, row];
    if (record.at > thread.end) thread.end = record.at;
    thread.subject ??= record.subject;
    thread.community ??= communityOf(row);
  }
  const threadList = [...threads.values()];
  const threadParams = [threadList.map((t) => t.source), threadList.map((t) => t.id)];
  await client.query(
    `INSERT INTO "Conversation" AS c (source, "sourceId", channel, subject, "communityId", "personId", "startedAt", "lastMessageAt")
     SELECT s, i, ch::"Channel", subj, com, p, st, en
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::timestamp(3)[], $8::timestamp(3)[]) AS t(s, i, ch, subj, com, p, st, en)
     ON CONFLICT (source, "sourceId") DO UPDATE SET
       "startedAt" = LEAST(c."startedAt", EXCLUDED."startedAt"), "lastMessageAt" = GREATEST(c."lastMessageAt", EXCLUDED."lastMessageAt"),
       subject = COALESCE(c.subject, EXCLUDED.subject), "communityId" = COALESCE(c."communityId", EXCLUDED."communityId"), "updatedAt" = now()
      WHERE EXCLUDED."startedAt" < c."startedAt" OR EXCLUDED."lastMessageAt" > c."lastMessageAt"
         OR (c.subject IS NULL AND EXCLUDED.subject IS NOT NULL) OR (c."communityId" IS NULL AND EXCLUDED."communityId" IS NOT NULL)`,
    [
      ...threadParams,
      threadList.map((t) => t.first.record.channel),
      threadList.map((t) => t.subject ?? null),
      threadList.map((t) => t.community),
      threadList.map((t) => ctx.personOf(t.first.mention!)),
      threadList.map((t) => iso(t.start)),
      threadList.map((t) => iso(t.end)),
    ],
  );
  const conversations = await rowsBySource(client, "Conversation", { sources: threadParams[0]!, ids: threadParams[1]! });

  const enriched = kept.map((row) => ({ ...scoreOf.get(row)!, mentions: matcher(row.record.text) }));
  const authors = kept.map((row) => ctx.personOf(row.mention!));
  const { rows } = await client.query<{
    id: number; source: string; sourceId: string; inserted: boolean; authorId: number; conversationId: number;
    sentiment: number; engagement: number; oldAuthorId: number | null; oldConversationId: number | null; oldSentiment: number | null;
    oldEngagement: number | null;
  }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                            $11::timestamp(3)[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[], $17::float8[], $18::text[], $19::jsonb[])
         AS i(source, sid, conv, author, community, channel, direction, subject, text, url, posted, reach, likes, replies, shares, views, sentiment, intent, place)
     ), old AS (
       SELECT m.* FROM input i
       CROSS JOIN LATERAL (
         SELECT id, "authorId", "conversationId", sentiment, ${clampedInt4(`likes::bigint + "replyCount" + shares`)} AS engagement
           FROM "Message" WHERE source = i.source AND "sourceId" = i.sid LIMIT 1
       ) m
     ), up AS (
       INSERT INTO "Message" AS m (source, "sourceId", "conversationId", "authorId", "communityId", channel, direction, subject, text, url,
                                   "postedAt", reach, likes, "replyCount", shares, views, sentiment, intent,
                                   "placeName", "placeCity", "placeCountry", "placeLat", "placeLng")
       SELECT source, sid, conv, author, community, channel::"Channel", direction::"Direction", subject, text, url,
              posted, reach, likes, replies, shares, views, sentiment, intent::"Intent",
              place->>'name', place->>'city', place->>'country', (place->>'lat')::float8, (place->>'lng')::float8
         FROM input
       ON CONFLICT (source, "sourceId") DO UPDATE SET
         "conversationId" = EXCLUDED."conversationId", "authorId" = EXCLUDED."authorId", "communityId" = EXCLUDED."communityId",
         channel = EXCLUDED.channel, direction = EXCLUDED.direction, subject = EXCLUDED.subject, text = EXCLUDED.text, url = EXCLUDED.url,
         "postedAt" = EXCLUDED."postedAt", likes = EXCLUDED.likes, "replyCount" = EXCLUDED."replyCount", shares = EXCLUDED.shares,
         views = EXCLUDED.views, sentiment = EXCLUDED.sentiment, intent = EXCLUDED.intent, "placeName" = EXCLUDED."placeName",
         "placeCity" = EXCLUDED."placeCity", "placeCountry" = EXCLUDED."placeCountry", "placeLat" = EXCLUDED."placeLat", "placeLng" = EXCLUDED."placeLng"
        -- reach is the author's audience when the message was posted: later follower counts leave it alone.
        WHERE (m."conversationId", m."authorId", m."communityId", m.channel, m.direction, m.subject, m.text, m.url, m."postedAt",
               m.likes, m."replyCount", m.shares, m.views, m.sentiment, m.intent, m."placeName", m."placeCity", m."placeCountry", m."placeLat", m."placeLng")
              IS DISTINCT FROM
              (EXCLUDED."conversationId", EXCLUDED."authorId", EXCLUDED."communityId", EXCLUDED.channel, EXCLUDED.direction, EXCLUDED.subject,
               EXCLUDED.text, EXCLUDED.url, EXCLUDED."postedAt", EXCLUDED.likes, EXCLUDED."replyCount", EXCLUDED.shares, EXCLUDED.views,
               EXCLUDED.sentiment, EXCLUDED.intent, EXCLUDED."placeName", EXCLUDED."placeCity", EXCLUDED."placeCountry", EXCLUDED."placeLat", EXCLUDED."placeLng")
       RETURNING m.id, m.source, m."sourceId", (m.xmax = 0) AS inserted, m."authorId", m."conversationId", m.sentiment,
                 ${clampedInt4(`m.likes::bigint + m."replyCount" + m.shares`)} AS engagement
     )
     SELECT up.*, old."authorId" AS "oldAuthorId", old."conversationId" AS "oldConversationId", old.sentiment AS "oldSentiment",
            old.engagement AS "oldEngagement"
       FROM up LEFT JOIN old ON old.id = up.id`,
    [
      kept.map((r) => r.record.source),
      kept.map((r) => r.record.id),
      kept.map((r) => conversations.get(conversationKey(r))!.id),
      authors,
      kept.map(communityOf),
      kept.map((r) => r.record.channel),
      kept.map((r) => r.record.direction ?? "inbound"),
      kept.map((r) => r.record.subject ?? null),
      kept.map((r) => r.record.text),
      kept.map((r) => r.record.url ?? null),
      kept.map((r) => iso(r.record.at)),
      authors.map((id) => ctx.reachOf(id)),
      kept.map((r) => Math.round(r.record.metrics?.likes ?? 0)),
      kept.map((r) => Math.round(r.record.metrics?.replies ?? 0)),
      kept.map((r) => Math.round(r.record.metrics?.shares ?? 0)),
      kept.map((r) => Math.round(r.record.metrics?.views ?? 0)),
      enriched.map((e) => e.sentiment),
      enriched.map((e) => e.intent),
      kept.map((r) => (r.record.place ? JSON.stringify(r.record.place) : null)),
    ],
  );
  settle(ctx, kept, superseded, new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])), (row) => sourceKey(row.record.source, row.record.id));

  const position = new Map(kept.map((row, i) => [sourceKey(row.record.source, row.record.id), i]));
  const threadDelta = new Map<number, number>();
  const mentionRows: MentionRow[] = [];
  const activities: Array<{ personId: number; messageId: number; at: Date; summary: string }> = [];
  for (const row of rows) {
    const i = position.get(sourceKey(row.source, row.sourceId))!;
    const { record } = kept[i]!;
    const enrichment = enriched[i]!;
    // Counters move exactly: a new message adds itself, a changed one moves from its old author and thread.
    if (row.inserted || row.oldAuthorId !== row.authorId || row.oldSentiment !== row.sentiment) {
      if (!row.inserted && row.oldAuthorId !== null) {
        noteActivity(ctx, row.oldAuthorId, undefined, {
          messages: -1, sentimentSum: -(row.oldSentiment ?? 0), sentimentCount: row.oldSentiment === null ? 0 : -1, engagement: -(row.oldEngagement ?? 0),
        });
      }
      noteActivity(ctx, row.authorId, record.at, { messages: 1, sentimentSum: row.sentiment, sentimentCount: 1, engagement: row.engagement });
    } else if (row.engagement !== row.oldEngagement) {
      noteActivity(ctx, row.authorId, undefined, { engagement: row.engagement - (row.oldEngagement ?? 0) });
    }
    if (row.inserted || row.oldConversationId !== row.conversationId) {
      threadDelta.set(row.conversationId, (threadDelta.get(row.conversationId) ?? 0) + 1);
      if (!row.inserted && row.oldConversationId !== null) threadDelta.set(row.oldConversationId, (threadDelta.get(row.oldConversationId) ?? 0) - 1);
    }
    for (const mention of enrichment.mentions) {
      mentionRows.push({ brandId: mention.brandId, messageId: row.id, term: mention.term, sentiment: enrichment.sentiment, at: iso(record.at)! });
    }
    if (!row.inserted) continue;
    activities.push({ personId: row.authorId, messageId: row.id, at: record.at, summary: `${record.channel}: ${preview(record.text, 80)}` });
    ctx.events.push({
      type: "message_added",
      personId: row.authorId,
      conversationId: row.conversationId,
      messageId: row.id,
      payload: {
        channel: record.channel,
        communityId: communityOf(kept[i]!),
        brandIds: enrichment.mentions.map((m) => m.brandId),
        sentiment: enrichment.sentiment,
        reach: ctx.reachOf(row.authorId),
      },
    });
  }
  if (threadDelta.size > 0) {
    await client.query(
      `UPDATE "Conversation" c SET "messageCount" = c."messageCount" + d.n, "updatedAt" = now()
         FROM unnest($1::int[], $2::int[]) AS d(id, n) WHERE c.id = ANY($1::int[]) AND c.id = d.id AND d.n <> 0`,
      [[...threadDelta.keys()], [...threadDelta.values()]],
    );
  }
  // An edited message keeps only the mentions its new text makes.
  await writeMentions(client, mentionRows, rows.filter((row) => !row.inserted).map((row) => row.id));
  await insertActivities(client, "message", "communications", activities.map((a) => ({ ...a, refColumn: a.messageId })), "messageId");

  await linkReplies(client, kept, rows.filter((row) => row.inserted).map((row) => row.id));
  await writeInteractions(client, rows.map((row) => ({ messageId: row.id, authorId: row.authorId, record: kept[position.get(sourceKey(row.source, row.sourceId))!]!.record, inserted: row.inserted })));
}

/**
 * Replies point at their parent within the same source. A reply whose parent is not stored yet
 * waits in PendingReply; each batch's new messages pick up the replies waiting for them.
 */
async function linkReplies(client: pg.PoolClient, kept: Row<MessageRecord>[], insertedIds: number[]): Promise<void> {
  const replies = kept.filter((row) => row.record.inReplyTo !== undefined);
  if (replies.length > 0) {
    await client.query(
      `WITH r AS (
         SELECT m.id, r.source, r.parent, p.id AS "parentId"
           FROM unnest($1::text[], $2::text[], $3::text[]) AS r(source, sid, parent)
           CROSS JOIN LATERAL (SELECT id FROM "Message" WHERE source = r.source AND "sourceId" = r.sid LIMIT 1) m
           LEFT JOIN LATERAL (SELECT id FROM "Message" WHERE source = r.source AND "sourceId" = r.parent LIMIT 1) p ON true
       ), linked AS (
         UPDATE "Message" m SET "replyToId" = r."parentId" FROM r
          WHERE m.id = r.id AND r."parentId" IS NOT NULL AND m."replyToId" IS DISTINCT FROM r."parentId"
       )
       INSERT INTO "PendingReply" ("messageId", source, "parentSourceId")
       SELECT id, source, parent FROM r WHERE "parentId" IS NULL
       ON CONFLICT ("messageId") DO UPDATE SET "parentSourceId" = EXCLUDED."parentSourceId"`,
      [replies.map((r) => r.record.source), replies.map((r) => r.record.id), replies.map((r) => r.record.inReplyTo!)],
    );
  }
  if (insertedIds.length > 0) {
    await client.query(
      `WITH arrived AS (
         DELETE FROM "PendingReply" w USING "Message" p
          WHERE p.id = ANY($1::int[]) AND p.source = w.source AND p."sourceId" = w."parentSourceId"
         RETURNING w."messageId", p.id AS "parentId"
       )
       UPDATE "Message" m SET "replyToId" = a."parentId" FROM arrived a WHERE m.id = a."messageId"`,
      [insertedIds],
    );
  }
}

async function insertActivities(
  client: pg.PoolClient,
  kind: "message" | "touchpoint" | "deal_change",
  department: "communications" | "marketing" | "sales",
  rows: Array<{ personId: number; at: Date; summary: string; refColumn: number; dealId?: number }>,
  column: "messageId" | "touchpointId" | "dealStageChangeId",
): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "Activity" ("personId", kind, department, "occurredAt", summary, "${column}", "dealId")
     SELECT p, $6::"ActivityKind", $7::"Department", o, s, r, d FROM unnest($1::int[], $2::timestamp(3)[], $3::text[], $4::int[], $5::int[]) AS a(p, o, s, r, d)
     ON CONFLICT ("${column}") DO NOTHING`,
    [rows.map((r) => r.personId), rows.map((r) => iso(r.at)), rows.map((r) => r.summary), rows.map((r) => r.refColumn), rows.map((r) => r.dealId ?? null), kind, department],
  );
}

export async function writeTouchpoints(ctx: WriteContext, all: Row<TouchpointRecord>[]): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, (row) => sourceKey(row.record.source, row.record.id));
  const campaigns = lastPerKey(kept, (row) => sourceKey(row.record.source, row.record.campaign.id)).kept;
  const campaignParams = [campaigns.map((r) => r.record.source), campaigns.map((r) => r.record.campaign.id)];
  const firstAt = new Map<string, Date>();
  for (const row of kept) {
    const key = sourceKey(row.record.source, row.record.campaign.id);
    const at = firstAt.get(key);
    if (!at || row.record.at < at) firstAt.set(key, row.record.at);
  }
  await client.query(
    `INSERT INTO "Campaign" AS c (source, "sourceId", name, channel, "startedAt")
     SELECT s, i, COALESCE(n, i), ch, st FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamp(3)[]) AS k(s, i, n, ch, st)
     ON CONFLICT (source, "sourceId") DO UPDATE SET
       -- A touchpoint without the campaign's name leaves the stored name alone.
       name = CASE WHEN EXCLUDED.name = EXCLUDED."sourceId" THEN c.name ELSE EXCLUDED.name END,
       channel = COALESCE(EXCLUDED.channel, c.channel), "startedAt" = LEAST(c."startedAt", EXCLUDED."startedAt")
      WHERE (c.name, c.channel, c."startedAt") IS DISTINCT FROM
            (CASE WHEN EXCLUDED.name = EXCLUDED."sourceId" THEN c.name ELSE EXCLUDED.name END,
             COALESCE(EXCLUDED.channel, c.channel), LEAST(c."startedAt", EXCLUDED."startedAt"))`,
    [
      ...campaignParams,
      campaigns.map((r) => r.record.campaign.name ?? null),
      campaigns.map((r) => r.record.campaign.channel ?? null),
      campaigns.map((r) => iso(firstAt.get(sourceKey(r.record.source, r.record.campaign.id)))),
    ],
  );
  const campaignOf = await rowsBySource<{ id: number; name: string }>(client, "Campaign", { sources: campaignParams[0]!, ids: campaignParams[1]! }, ", name");
  const campaignFor = (row: Row<TouchpointRecord>) => campaignOf.get(sourceKey(row.record.source, row.record.campaign.id))!;

  const { rows } = await client.query<{ id: number; source: string; sourceId: string; inserted: boolean; personId: number }>(
    `INSERT INTO "Touchpoint" AS t (source, "sourceId", "personId", "campaignId", kind, "occurredAt", properties)
     SELECT s, i, p, c, k::"TouchpointKind", o, pr FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::timestamp(3)[], $7::jsonb[]) AS r(s, i, p, c, k, o, pr)
     ON CONFLICT (source, "sourceId") DO UPDATE SET "personId" = EXCLUDED."personId", "campaignId" = EXCLUDED."campaignId",
       kind = EXCLUDED.kind, "occurredAt" = EXCLUDED."occurredAt", properties = EXCLUDED.properties
      WHERE (t."personId", t."campaignId", t.kind, t."occurredAt", t.properties)
            IS DISTINCT FROM (EXCLUDED."personId", EXCLUDED."campaignId", EXCLUDED.kind, EXCLUDED."occurredAt", EXCLUDED.properties)
     RETURNING id, source, "sourceId", (xmax = 0) AS inserted, "personId"`,
    [
      kept.map((r) => r.record.source),
      kept.map((r) => r.record.id),
      kept.map((r) => ctx.personOf(r.mention!)),
      kept.map((r) => campaignFor(r).id),
      kept.map((r) => r.record.kind),
      kept.map((r) => iso(r.record.at)),
      kept.map((r) => JSON.stringify(r.record.properties ?? {})),
    ],
  );
  settle(ctx, kept, superseded, new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])), (row) => sourceKey(row.record.source, row.record.id));
  const bySource = new Map(kept.map((row) => [sourceKey(row.record.source, row.record.id), row]));
  const activities = [];
  for (const row of rows) {
    if (!row.inserted) continue;
    const input = bySource.get(sourceKey(row.source, row.sourceId))!;
    const campaign = campaignFor(input);
    noteActivity(ctx, row.personId, input.record.at);
    activities.push({ personId: row.personId, at: input.record.at, summary: `${input.record.kind.replace("_", " ")}: ${campaign.name}`, refColumn: row.id });
    ctx.events.push({ type: "touchpoint_recorded", personId: row.personId, payload: { kind: input.record.kind, campaignId: campaign.id } });
  }
  await insertActivities(client, "touchpoint", "marketing", activities, "touchpointId");
}

const defaultStage = (status: string) => (status === "won" ? "closed won" : status === "lost" ? "closed lost" : "open");

export async function writeDeals(ctx: WriteContext, all: Row<DealRecord>[]): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, (row) => sourceKey(row.record.source, row.record.id));
  const organizationOf = await upsertOrganizations(client, kept.map((row) => row.record.organization));
  const { rows } = await client.query<{
    id: number; source: string; sourceId: string; inserted: boolean; stage: string; status: "open" | "won" | "lost";
    amount: string | null; contactId: number | null; openedAt: Date; closedAt: Date | null; oldStage: string | null; oldStatus: "open" | "won" | "lost" | null;
  }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::numeric[], $8::text[], $9::text[], $10::text[],
                            $11::timestamp(3)[], $12::timestamp(3)[], $13::timestamp(3)[])
         AS i(source, sid, name, org, contact, stage, amount, currency, owner, status, opened, closed, changed)
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
    [
      kept.map((r) => r.record.source),
      kept.map((r) => r.record.id),
      kept.map((r) => r.record.name),
      kept.map((r) => (r.record.organization ? organizationOf(r.record.organization) : null)),
      kept.map((r) => (r.mention === undefined ? null : ctx.personOf(r.mention))),
      kept.map((r) => r.record.stage ?? null),
      kept.map((r) => (r.record.amount === undefined ? null : String(r.record.amount))),
      kept.map((r) => r.record.currency),
      kept.map((r) => r.record.owner ?? null),
      kept.map((r) => r.record.status),
      kept.map((r) => iso(r.record.at)),
      kept.map((r) => iso(r.record.closedAt)),
      kept.map((r) => iso(r.record.stageChangedAt)),
    ],
  );
  settle(ctx, kept, superseded, new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])), (row) => sourceKey(row.record.source, row.record.id));

  // One stage change per new deal (its first stage) and per change of stage or status.
  const bySource = new Map(kept.map((row) => [sourceKey(row.record.source, row.record.id), row]));
  const changes = rows.filter((row) => row.inserted || row.stage !== row.oldStage || row.status !== row.oldStatus);
  if (changes.length === 0) return;
  const ids = await reserveIds(client, "DealStageChange", changes.length);
  const now = new Date();
  const changedAt = (row: (typeof rows)[number]) =>
    row.inserted
      ? row.openedAt
      : row.status !== "open" && row.closedAt
        ? row.closedAt
        : (bySource.get(sourceKey(row.source, row.sourceId))?.record.stageChangedAt ?? now);
  await client.query(
    `INSERT INTO "DealStageChange" (id, "dealId", "fromStage", "toStage", "fromStatus", "toStatus", amount, "changedAt")
     SELECT id, d, fs, ts, fst::"DealStatus", tst::"DealStatus", a, c
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::timestamp(3)[]) AS s(id, d, fs, ts, fst, tst, a, c)`,
    [
      ids,
      changes.map((c) => c.id),
      changes.map((c) => c.oldStage),
      changes.map((c) => c.stage),
      changes.map((c) => c.oldStatus),
      changes.map((c) => c.status),
      changes.map((c) => c.amount),
      changes.map((c) => iso(changedAt(c))),
    ],
  );
  const activities = [];
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
    activities.push({ personId: change.contactId, at: changedAt(change), summary: `Deal moved to ${change.stage}`, refColumn: ids[i]!, dealId: change.id });
    const step = { personId: change.contactId, dealId: change.id, source: change.source };
    if (change.inserted) lifecycle.push({ ...step, stage: "opportunity", at: change.openedAt });
    if (change.status === "won" && change.oldStatus !== "won") lifecycle.push({ ...step, stage: "customer", at: changedAt(change) });
  }
  await insertActivities(client, "deal_change", "sales", activities, "dealStageChangeId");
  await advanceStagesForDeals(client, lifecycle);
}

export async function writeMemberships(ctx: WriteContext, all: Row<MembershipRecord>[]): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const { kept, superseded } = lastPerKey(all, (row) => sourceKey(row.record.source, row.record.id));
  const communities = await upsertCommunities(client, kept.map((row) => row.record.community));
  // One membership per person and community: a second source's record of it is not a second row.
  const { kept: unique, superseded: sameMembership } = lastPerKey(kept, (row) => `${ctx.personOf(row.mention!)}:${communityKey(row.record.community)}`);
  const { rows } = await client.query<{ source: string; sourceId: string; inserted: boolean }>(
    `INSERT INTO "Membership" AS m (source, "sourceId", "personId", "communityId", role, "joinedAt", "lastActiveAt")
     SELECT s, i, p, c, COALESCE(r, 'member'), j, l FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::timestamp(3)[], $7::timestamp(3)[]) AS x(s, i, p, c, r, j, l)
      LEFT JOIN LATERAL (SELECT source, "sourceId" FROM "Membership" o WHERE o."personId" = x.p AND o."communityId" = x.c LIMIT 1) o ON true
      WHERE o.source IS NULL OR (o.source, o."sourceId") = (x.s, x.i)
     ON CONFLICT (source, "sourceId") DO UPDATE SET "personId" = EXCLUDED."personId", "communityId" = EXCLUDED."communityId",
       role = EXCLUDED.role, "joinedAt" = EXCLUDED."joinedAt", "lastActiveAt" = EXCLUDED."lastActiveAt"
      WHERE (m."personId", m."communityId", m.role, m."joinedAt", m."lastActiveAt")
            IS DISTINCT FROM (EXCLUDED."personId", EXCLUDED."communityId", EXCLUDED.role, EXCLUDED."joinedAt", EXCLUDED."lastActiveAt")
     RETURNING source, "sourceId", (xmax = 0) AS inserted`,
    [
      unique.map((r) => r.record.source),
      unique.map((r) => r.record.id),
      unique.map((r) => ctx.personOf(r.mention!)),
      unique.map((r) => communities.get(communityKey(r.record.community))!),
      unique.map((r) => r.record.role ?? null),
      unique.map((r) => iso(r.record.joinedAt)),
      unique.map((r) => iso(r.record.lastActiveAt)),
    ],
  );
  settle(ctx, unique, [...superseded, ...sameMembership], new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])), (row) => sourceKey(row.record.source, row.record.id));
}

/**
 * Message counts, sentiment sums, engagement and first/last seen, moved by exactly what this batch
 * added; the influence score follows the new engagement at once.
 */
export async function applyPersonActivity(client: pg.PoolClient, activity: Map<number, PersonActivity>): Promise<void> {
  if (activity.size === 0) return;
  // In id order, so two batches touching the same people lock them in the same order.
  const entries = [...activity.entries()].sort(([a], [b]) => a - b);
  await client.query(
    `UPDATE "Person" p SET "messageCount" = p."messageCount" + a.n, "sentimentSum" = p."sentimentSum" + a.s,
            "sentimentCount" = p."sentimentCount" + a.c, "firstSeenAt" = LEAST(p."firstSeenAt", a.first),
            "lastSeenAt" = GREATEST(p."lastSeenAt", a.last), engagement = ${clampedInt4("p.engagement::bigint + a.e")},
            "influenceScore" = ${influenceScoreSql({ pageRankPercentile: `p."pageRankPercentile"`, reach: "p.reach", engagement: clampedInt4("p.engagement::bigint + a.e") })},
            "updatedAt" = now()
       FROM unnest($1::int[], $2::int[], $3::float8[], $4::int[], $5::timestamp(3)[], $6::timestamp(3)[], $7::int8[]) AS a(id, n, s, c, first, last, e)
      WHERE p.id = ANY($1::int[]) AND p.id = a.id
        AND (a.n <> 0 OR a.s <> 0 OR a.c <> 0 OR a.e <> 0 OR p."firstSeenAt" IS DISTINCT FROM LEAST(p."firstSeenAt", a.first)
             OR p."lastSeenAt" IS DISTINCT FROM GREATEST(p."lastSeenAt", a.last))`,
    [
      entries.map(([id]) => id),
      entries.map(([, a]) => a.messages),
      entries.map(([, a]) => a.sentimentSum),
      entries.map(([, a]) => a.sentimentCount),
      entries.map(([, a]) => iso(a.first)),
      entries.map(([, a]) => iso(a.last)),
      entries.map(([, a]) => a.engagement),
    ],
  );
}


