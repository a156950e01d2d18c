// Keeps the interaction graph current as messages arrive: each message's replies, shares and
// @mentions become Interaction rows pointing at the person they reach. A target that is not
// stored yet (a reply imported before its parent, a handle nobody has yet) waits in its row with
// no person and is filled in by the batch that brings it.
import type pg from "pg";
import { normalizeHandle } from "../identity/normalize.ts";
import type { MessageRecord, ParleyRecord, PersonRef } from "../ingest/records/types.ts";

/**
 * "@name" as Twitter, Instagram, forums and chat tools write it: not inside an email address or a
 * word, at most 30 letters, digits, "_" or ".", without the sentence's closing full stop.
 */
const HANDLE_MENTION =
  /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?)/gu;

/**
 * The handles a message mentions, normalized as identities store them, each once. They are
 * handles of the platform the message was posted on: its community's, or its channel.
 */
export function mentionedHandles(
  record: Pick<MessageRecord, "text" | "channel" | "community">,
): Array<{ platform: string; handle: string }> {
  const found = new Map<string, { platform: string; handle: string }>();
  for (const match of record.text.matchAll(HANDLE_MENTION)) {
    const handle = normalizeHandle(record.community?.platform ?? record.channel, match[1]!);
    if (handle) found.set(`${handle.platform}\u0001${handle.handle}`, handle);
  }
  return [...found.values()];
}

export interface WrittenMessage {
  messageId: number;
  authorId: number;
  record: MessageRecord;
  /** False when an existing message was re-sent with changes: its old interactions are replaced. */
  inserted: boolean;
}

/**
 * Writes the interactions of the batch's new and changed messages (one statement), then points
 * the rows that were waiting for one of the new messages at its author (a second).
 */
export async function writeInteractions(
  client: pg.PoolClient,
  messages: WrittenMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  const rows: Array<{
    messageId: number;
    authorId: number;
    kind: string;
    scope: string;
    key: string;
  }> = [];
  for (const { messageId, authorId, record } of messages) {
    if (record.inReplyTo !== undefined)
      rows.push({
        messageId,
        authorId,
        kind: "reply",
        scope: record.source,
        key: record.inReplyTo,
      });
    if (record.shareOf !== undefined)
      rows.push({ messageId, authorId, kind: "share", scope: record.source, key: record.shareOf });
    for (const { platform, handle } of mentionedHandles(record))
      rows.push({ messageId, authorId, kind: "mention", scope: platform, key: handle });
  }
  const changed = messages
    .filter((message) => !message.inserted)
    .map((message) => message.messageId);
  await client.query(
    `WITH input AS (
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[]) AS i(message, author, kind, scope, key)
     ), gone AS (
       -- An edited message keeps only the interactions its new version makes.
       DELETE FROM "Interaction" x WHERE x."messageId" = ANY($6::int[])
          AND NOT EXISTS (SELECT 1 FROM input i WHERE i.message = x."messageId" AND i.kind = x.kind::text AND i.scope = x."targetScope" AND i.key = x."targetKey")
     )
     INSERT INTO "Interaction" AS x ("messageId", kind, "fromPersonId", "toPersonId", "targetScope", "targetKey")
     SELECT i.message, i.kind::"InteractionKind", i.author,
            CASE WHEN i.kind = 'mention'
                 THEN (SELECT "personId" FROM "Identity" WHERE kind = 'handle' AND platform = i.scope AND value = i.key)
                 ELSE (SELECT "authorId" FROM "Message" WHERE source = i.scope AND "sourceId" = i.key LIMIT 1) END,
            i.scope, i.key
       FROM input i
     ON CONFLICT ("messageId", kind, "targetScope", "targetKey") DO UPDATE SET "fromPersonId" = EXCLUDED."fromPersonId", "toPersonId" = EXCLUDED."toPersonId"
      WHERE (x."fromPersonId", x."toPersonId") IS DISTINCT FROM (EXCLUDED."fromPersonId", EXCLUDED."toPersonId")`,
    [
      rows.map((r) => r.messageId),
      rows.map((r) => r.authorId),
      rows.map((r) => r.kind),
      rows.map((r) => r.scope),
      rows.map((r) => r.key),
      changed,
    ],
  );
  // Replies and shares of these messages, imported earlier or pointing at a changed author.
  await client.query(
    `UPDATE "Interaction" x SET "toPersonId" = m."authorId"
       FROM "Message" m
      WHERE m.id = ANY($1::int[]) AND x."targetScope" = m.source AND x."targetKey" = m."sourceId"
        AND x.kind IN ('reply', 'share') AND x."toPersonId" IS DISTINCT FROM m."authorId"`,
    [messages.map((message) => message.messageId)],
  );
}

/** Mentions of the batch's handles that were waiting for someone to have them. */
export async function resolveWaitingMentions(
  client: pg.PoolClient,
  records: ParleyRecord[],
): Promise<void> {
  const handles = new Map<string, { platform: string; handle: string }>();
  const note = (platform: string, raw: string) => {
    const handle = normalizeHandle(platform, raw);
    if (handle) handles.set(`${handle.platform}\u0001${handle.handle}`, handle);
  };
  const noteRef = (ref: PersonRef | undefined) => {
    if (ref?.by === "handle") note(ref.platform, ref.handle);
    if (ref?.by === "inline") for (const h of ref.handles ?? []) note(h.platform, h.handle);
  };
  for (const record of records) {
    if (record.type === "person") for (const h of record.handles ?? []) note(h.platform, h.handle);
    else if (record.type === "message") noteRef(record.author);
    else if (record.type === "deal") noteRef(record.contact);
    else if (record.type === "touchpoint" || record.type === "membership") noteRef(record.person);
  }
  if (handles.size === 0) return;
  const list = [...handles.values()];
  await client.query(
    `UPDATE "Interaction" x SET "toPersonId" = i."personId"
       FROM unnest($1::text[], $2::text[]) AS h(platform, handle)
       JOIN "Identity" i ON i.kind = 'handle' AND i.platform = h.platform AND i.value = h.handle
      WHERE x."targetScope" = h.platform AND x."targetKey" = h.handle AND x.kind = 'mention' AND x."toPersonId" IS NULL`,
    [list.map((h) => h.platform), list.map((h) => h.handle)],
  );
}
