import type pg from "pg";
import { Parameters, runStatement, type Statement } from "../../../db/statement.ts";
import type { BrandMatcher, MessageScore } from "../../../enrich/index.ts";
import { writeInteractions } from "../../../influence/interactions.ts";
import { type Priority, provisionalPriority } from "../../../influence/priority.ts";
import type { MessageRecord } from "../../records/types.ts";
import { type MentionRow, writeMentions } from "../mentions.ts";
import { clampedInt4, iso, lastPerKey, rowsBySource, sourceKey } from "../sql.ts";
import { type ActivityRow, activityKinds, insertActivities } from "./activities.ts";
import { communityKey, upsertCommunities } from "./communities.ts";
import { noteActivity, type Row, settle, type WriteContext } from "./context.ts";

/** A conversation as the batch saw it: who started it and when, from its earliest message. */
export interface Thread {
  source: string;
  id: string;
  first: Row<MessageRecord>;
  subject?: string;
  community: number | null;
  start: Date;
  end: Date;
  /** The batch's messages in it: a conversation the batch creates is inserted with this count. */
  messages: number;
}

/** A message to write, with what the pipeline resolved and computed for it. */
export interface MessageInput {
  row: Row<MessageRecord>;
  conversationId: number;
  authorId: number;
  communityId: number | null;
  reach: number;
  sentiment: number;
  intent: string;
  /** Inbound messages start at provisionalPriority; outbound ones at the column's default. */
  priority: Priority;
}

export interface WrittenMessage {
  id: number;
  source: string;
  sourceId: string;
  inserted: boolean;
  authorId: number;
  conversationId: number;
  sentiment: number;
  engagement: number;
  oldAuthorId: number | null;
  oldConversationId: number | null;
  oldSentiment: number | null;
  oldEngagement: number | null;
}

/** A count of the message's metrics as its column stores it. */
const metricOf = (record: MessageRecord, name: "likes" | "replies" | "shares" | "views") =>
  Math.round(record.metrics?.[name] ?? 0);

/** The replies, shares and likes the message gained, as the author's engagement counts them. */
const engagementOf = (record: MessageRecord) =>
  metricOf(record, "likes") + metricOf(record, "replies") + metricOf(record, "shares");

/** The first `length` characters, without cutting an emoji's surrogate pair in half. */
function preview(text: string, length: number): string {
  const end = /[\uD800-\uDBFF]/.test(text[length - 1] ?? "") ? length - 1 : length;
  return text.slice(0, end);
}

export function conversationUpsert(
  threads: Thread[],
  personOf: (mention: number) => number,
): Statement {
  const params = new Parameters();
  const input = params.unnest("t", threads, [
    { name: "s", type: "text", value: (t) => t.source },
    { name: "i", type: "text", value: (t) => t.id },
    { name: "ch", type: "text", value: (t) => t.first.record.channel },
    { name: "subj", type: "text", value: (t) => t.subject ?? null },
    { name: "com", type: "int", value: (t) => t.community },
    { name: "p", type: "int", value: (t) => personOf(t.first.mention!) },
    { name: "st", type: "timestamp(3)", value: (t) => iso(t.start) },
    { name: "en", type: "timestamp(3)", value: (t) => iso(t.end) },
    { name: "n", type: "int", value: (t) => t.messages },
  ]);
  // A new conversation is inserted counting the batch's messages in it, as they will almost always
  // all be new (writeMessages corrects the exceptions); an existing one is counted after the
  // messages are written. Counting every conversation after was a second write of each new row.
  return params.statement(
    `INSERT INTO "Conversation" AS c (source, "sourceId", channel, subject, "communityId", "personId", "startedAt", "lastMessageAt", "messageCount")
     SELECT s, i, ch::"Channel", subj, com, p, st, en, n
       FROM ${input.sql}
     ON CONFLICT (source, "sourceId") DO UPDATE SET
       "startedAt" = LEAST(c."startedAt", EXCLUDED."startedAt"), "lastMessageAt" = GREATEST(c."lastMessageAt", EXCLUDED."lastMessageAt"),
       subject = COALESCE(c.subject, EXCLUDED.subject), "communityId" = COALESCE(c."communityId", EXCLUDED."communityId"), "updatedAt" = now()
      WHERE EXCLUDED."startedAt" < c."startedAt" OR EXCLUDED."lastMessageAt" > c."lastMessageAt"
         OR (c.subject IS NULL AND EXCLUDED.subject IS NOT NULL) OR (c."communityId" IS NULL AND EXCLUDED."communityId" IS NOT NULL)
     RETURNING c.id, (c.xmax = 0) AS inserted`,
  );
}

export function messageUpsert(messages: MessageInput[]): Statement {
  const params = new Parameters();
  const input = params.unnest("i", messages, [
    { name: "source", type: "text", value: (m) => m.row.record.source },
    { name: "sid", type: "text", value: (m) => m.row.record.id },
    { name: "conv", type: "int", value: (m) => m.conversationId },
    { name: "author", type: "int", value: (m) => m.authorId },
    { name: "community", type: "int", value: (m) => m.communityId },
    { name: "channel", type: "text", value: (m) => m.row.record.channel },
    { name: "direction", type: "text", value: (m) => m.row.record.direction ?? "inbound" },
    { name: "subject", type: "text", value: (m) => m.row.record.subject ?? null },
    { name: "text", type: "text", value: (m) => m.row.record.text },
    { name: "url", type: "text", value: (m) => m.row.record.url ?? null },
    { name: "posted", type: "timestamp(3)", value: (m) => iso(m.row.record.at) },
    { name: "reach", type: "int", value: (m) => m.reach },
    { name: "likes", type: "int", value: (m) => metricOf(m.row.record, "likes") },
    { name: "replies", type: "int", value: (m) => metricOf(m.row.record, "replies") },
    { name: "shares", type: "int", value: (m) => metricOf(m.row.record, "shares") },
    { name: "views", type: "int", value: (m) => metricOf(m.row.record, "views") },
    { name: "sentiment", type: "float8", value: (m) => m.sentiment },
    { name: "intent", type: "text", value: (m) => m.intent },
    { name: "priority", type: "text", value: (m) => m.priority },
    {
      name: "place",
      type: "jsonb",
      value: (m) => (m.row.record.place ? JSON.stringify(m.row.record.place) : null),
    },
  ]);
  return params.statement(
    `WITH input AS (
       SELECT * FROM ${input.sql}
     ), old AS (
       SELECT m.* FROM input i
       CROSS JOIN LATERAL (
         SELECT id, "authorId", "conversationId", sentiment, ${clampedInt4(`likes::bigint + "replyCount" + shares`)} AS engagement
           FROM "Message" WHERE source = i.source AND "sourceId" = i.sid LIMIT 1
       ) m
     ), up AS (
       INSERT INTO "Message" AS m (source, "sourceId", "conversationId", "authorId", "communityId", channel, direction, subject, text, url,
                                   "postedAt", reach, likes, "replyCount", shares, views, sentiment, intent, priority,
                                   "placeName", "placeCity", "placeCountry", "placeLat", "placeLng")
       SELECT source, sid, conv, author, community, channel::"Channel", direction::"Direction", subject, text, url,
              posted, reach, likes, replies, shares, views, sentiment, intent::"Intent", priority::"Priority",
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
  );
}

export function conversationCountUpdate(delta: Map<number, number>): Statement {
  const params = new Parameters();
  const input = params.unnest(
    "d",
    [...delta],
    [
      { name: "id", type: "int", value: ([id]) => id },
      { name: "n", type: "int", value: ([, n]) => n },
    ],
  );
  return params.statement(
    `UPDATE "Conversation" c SET "messageCount" = c."messageCount" + d.n, "updatedAt" = now()
       FROM ${input.sql} WHERE c.id = ANY(${input.array("id")}) AND c.id = d.id AND d.n <> 0`,
  );
}

export async function writeMessages(
  ctx: WriteContext,
  all: Row<MessageRecord>[],
  scores: MessageScore[],
  matcher: BrandMatcher<number>,
): Promise<void> {
  if (all.length === 0) return;
  const { client } = ctx;
  const scoreOf = new Map(all.map((row, i) => [row, scores[i]!]));
  const { kept, superseded } = lastPerKey(all, (row) =>
    sourceKey(row.record.source, row.record.id),
  );
  const communities = await upsertCommunities(
    client,
    kept.flatMap((row) => (row.record.community ? [row.record.community] : [])),
  );
  const communityOf = (row: Row<MessageRecord>) =>
    row.record.community ? communities.get(communityKey(row.record.community))! : null;
  const conversationKey = (row: Row<MessageRecord>) =>
    sourceKey(row.record.source, row.record.conversation ?? row.record.id);

  // Conversations: who started it and when, from the earliest message the batch has of each.
  const threads = new Map<string, Thread>();
  for (const row of kept) {
    const key = conversationKey(row);
    const thread = threads.get(key);
    const { record } = row;
    if (!thread) {
      threads.set(key, {
        source: record.source,
        id: record.conversation ?? record.id,
        first: row,
        subject: record.subject,
        community: communityOf(row),
        start: record.at,
        end: record.at,
        messages: 1,
      });
      continue;
    }
    thread.messages++;
    if (record.at < thread.start) [thread.start, thread.first] = [record.at, row];
    if (record.at > thread.end) thread.end = record.at;
    thread.subject ??= record.subject;
    thread.community ??= communityOf(row);
  }
  const threadList = [...threads.values()];
  const upserted = await runStatement<{ id: number; inserted: boolean }>(
    client,
    conversationUpsert(threadList, ctx.personOf),
  );
  const conversations = await rowsBySource(client, "Conversation", {
    sources: threadList.map((t) => t.source),
    ids: threadList.map((t) => t.id),
  });

  const enriched = kept.map((row) => ({
    ...scoreOf.get(row)!,
    mentions: matcher(row.record.text),
  }));
  const inputs = kept.map((row, i): MessageInput => {
    const authorId = ctx.personOf(row.mention!);
    return {
      row,
      conversationId: conversations.get(conversationKey(row))!.id,
      authorId,
      communityId: communityOf(row),
      reach: ctx.reachOf(authorId),
      sentiment: enriched[i]!.sentiment,
      intent: enriched[i]!.intent,
      priority:
        (row.record.direction ?? "inbound") === "inbound"
          ? provisionalPriority({
              sentiment: enriched[i]!.sentiment,
              intent: enriched[i]!.intent,
              authorReach: ctx.reachOf(authorId),
              engagement: engagementOf(row.record),
            })
          : "normal",
    };
  });
  const { rows } = await runStatement<WrittenMessage>(client, messageUpsert(inputs));
  settle(
    ctx,
    kept,
    superseded,
    new Map(rows.map((row) => [sourceKey(row.source, row.sourceId), row.inserted])),
    (row) => sourceKey(row.record.source, row.record.id),
  );

  const position = new Map(kept.map((row, i) => [sourceKey(row.record.source, row.record.id), i]));
  // What the conversations' counts must still move by: the batch's messages moved in or out, less
  // what a conversation the batch created was inserted with.
  const created = new Set(upserted.rows.flatMap((row) => (row.inserted ? [row.id] : [])));
  const threadDelta = new Map<number, number>();
  for (const thread of threadList) {
    const { id } = conversations.get(sourceKey(thread.source, thread.id))!;
    if (created.has(id)) threadDelta.set(id, -thread.messages);
  }
  const mentionRows: MentionRow[] = [];
  const activities: ActivityRow[] = [];
  for (const row of rows) {
    const i = position.get(sourceKey(row.source, row.sourceId))!;
    const { record } = kept[i]!;
    const enrichment = enriched[i]!;
    // Counters move exactly: a new message adds itself, a changed one moves from its old author and thread.
    if (row.inserted || row.oldAuthorId !== row.authorId || row.oldSentiment !== row.sentiment) {
      if (!row.inserted && row.oldAuthorId !== null) {
        noteActivity(ctx, row.oldAuthorId, undefined, {
          messages: -1,
          sentimentSum: -(row.oldSentiment ?? 0),
          sentimentCount: row.oldSentiment === null ? 0 : -1,
          engagement: -(row.oldEngagement ?? 0),
        });
      }
      noteActivity(ctx, row.authorId, record.at, {
        messages: 1,
        sentimentSum: row.sentiment,
        sentimentCount: 1,
        engagement: row.engagement,
      });
    } else if (row.engagement !== row.oldEngagement) {
      noteActivity(ctx, row.authorId, undefined, {
        engagement: row.engagement - (row.oldEngagement ?? 0),
      });
    }
    if (row.inserted || row.oldConversationId !== row.conversationId) {
      threadDelta.set(row.conversationId, (threadDelta.get(row.conversationId) ?? 0) + 1);
      if (!row.inserted && row.oldConversationId !== null)
        threadDelta.set(row.oldConversationId, (threadDelta.get(row.oldConversationId) ?? 0) - 1);
    }
    for (const mention of enrichment.mentions) {
      mentionRows.push({
        brandId: mention.brandId,
        messageId: row.id,
        term: mention.term,
        sentiment: enrichment.sentiment,
        at: iso(record.at)!,
      });
    }
    if (!row.inserted) continue;
    activities.push({
      personId: row.authorId,
      refColumn: row.id,
      at: record.at,
      summary: `${record.channel}: ${preview(record.text, 80)}`,
    });
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
  for (const [id, n] of threadDelta) if (n === 0) threadDelta.delete(id);
  if (threadDelta.size > 0) await runStatement(client, conversationCountUpdate(threadDelta));
  // An edited message keeps only the mentions its new text makes.
  await writeMentions(
    client,
    mentionRows,
    rows.filter((row) => !row.inserted).map((row) => row.id),
  );
  await insertActivities(client, activityKinds.message, activities);

  await linkReplies(
    client,
    kept,
    rows.filter((row) => row.inserted).map((row) => row.id),
  );
  await writeInteractions(
    client,
    rows.map((row) => ({
      messageId: row.id,
      authorId: row.authorId,
      record: kept[position.get(sourceKey(row.source, row.sourceId))!]!.record,
      inserted: row.inserted,
    })),
  );
}

/** Links each reply to its parent, or parks it in PendingReply until the parent arrives. */
export function replyLinks(replies: Row<MessageRecord>[]): Statement {
  const params = new Parameters();
  const input = params.unnest("r", replies, [
    { name: "source", type: "text", value: (r) => r.record.source },
    { name: "sid", type: "text", value: (r) => r.record.id },
    { name: "parent", type: "text", value: (r) => r.record.inReplyTo! },
  ]);
  return params.statement(
    `WITH r AS (
       SELECT m.id, r.source, r.parent, p.id AS "parentId"
         FROM ${input.sql}
         CROSS JOIN LATERAL (SELECT id FROM "Message" WHERE source = r.source AND "sourceId" = r.sid LIMIT 1) m
         LEFT JOIN LATERAL (SELECT id FROM "Message" WHERE source = r.source AND "sourceId" = r.parent LIMIT 1) p ON true
     ), linked AS (
       UPDATE "Message" m SET "replyToId" = r."parentId" FROM r
        WHERE m.id = r.id AND r."parentId" IS NOT NULL AND m."replyToId" IS DISTINCT FROM r."parentId"
     )
     INSERT INTO "PendingReply" ("messageId", source, "parentSourceId")
     SELECT id, source, parent FROM r WHERE "parentId" IS NULL
     ON CONFLICT ("messageId") DO UPDATE SET "parentSourceId" = EXCLUDED."parentSourceId"`,
  );
}

/**
 * Replies point at their parent within the same source. A reply whose parent is not stored yet
 * waits in PendingReply; each batch's new messages pick up the replies waiting for them.
 */
async function linkReplies(
  client: pg.PoolClient,
  kept: Row<MessageRecord>[],
  insertedIds: number[],
): Promise<void> {
  const replies = kept.filter((row) => row.record.inReplyTo !== undefined);
  if (replies.length > 0) await runStatement(client, replyLinks(replies));
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
