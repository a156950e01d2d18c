// Brand mentions: the rows a message's text makes with the tracked brands, rewritten when the
// message is edited and when the brands themselves change.
import type pg from "pg";
import { type BrandMatcher, termWords } from "../../enrich/index.ts";

export interface MentionRow {
  brandId: number;
  messageId: number;
  term: string;
  sentiment: number | null;
  /** When the message was posted, as timestamp text (the column holds UTC wall time). */
  at: string;
}

/** Messages read per round trip while re-matching. */
const REMATCH_CHUNK = 5_000;

/**
 * Stores `rows`; each message of `replacing` keeps only the mentions among them (its text changed,
 * or the brands did).
 */
export async function writeMentions(
  client: pg.PoolClient,
  rows: MentionRow[],
  replacing: number[],
): Promise<void> {
  if (replacing.length > 0) {
    await client.query(
      `DELETE FROM "BrandMention" b
        WHERE b."messageId" = ANY($1::int[])
          AND NOT EXISTS (SELECT 1 FROM unnest($2::int[], $3::int[]) AS k(brand, message) WHERE k.brand = b."brandId" AND k.message = b."messageId")`,
      [replacing, rows.map((m) => m.brandId), rows.map((m) => m.messageId)],
    );
  }
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "BrandMention" ("brandId", "messageId", term, sentiment, "postedAt")
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::float8[], $5::timestamp(3)[])
     ON CONFLICT ("brandId", "messageId") DO UPDATE SET term = EXCLUDED.term, sentiment = EXCLUDED.sentiment, "postedAt" = EXCLUDED."postedAt"`,
    [
      rows.map((m) => m.brandId),
      rows.map((m) => m.messageId),
      rows.map((m) => m.term),
      rows.map((m) => m.sentiment),
      rows.map((m) => m.at),
    ],
  );
}

/**
 * After brands were added or changed, the stored messages are matched again with `matcher` (all
 * brands), so a competitor tracked today is found in what was said last year, and a term taken
 * away lets go of its mentions. Only messages that can be affected are read: those holding a word
 * of a changed brand's old or new terms (case-insensitively), and those that mention it now.
 * Returns how many messages were read.
 */
export async function rematchMentions(
  client: pg.PoolClient,
  matcher: BrandMatcher<number>,
  changed: Array<{ brandId: number; terms: string[] }>,
): Promise<number> {
  if (changed.length === 0) return 0;
  // The longest word of each term, as an ILIKE pattern. Case-insensitive matching in the database
  // may not fold letters outside ASCII as JavaScript does, so such a term reads every message.
  const patterns = new Set<string>();
  for (const { terms } of changed) {
    for (const term of terms) {
      const longest = termWords(term).sort((a, b) => b.length - a.length)[0];
      if (longest === undefined) continue;
      patterns.add(
        /^[\x20-\x7e]*$/.test(longest) ? `%${longest.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : "%",
      );
    }
  }
  const brandIds = changed.map((brand) => brand.brandId);
  let read = 0;
  for (let after = 0; ; ) {
    const { rows } = await client.query<{
      id: number;
      text: string;
      sentiment: number | null;
      postedAt: string;
    }>(
      `SELECT m.id, m.text, m.sentiment, m."postedAt"::text AS "postedAt" FROM "Message" m
        WHERE m.id > $1 AND (m.text ILIKE ANY($2::text[]) OR m.id IN (SELECT "messageId" FROM "BrandMention" WHERE "brandId" = ANY($3::int[])))
        ORDER BY m.id LIMIT $4`,
      [after, [...patterns], brandIds, REMATCH_CHUNK],
    );
    if (rows.length === 0) return read;
    read += rows.length;
    after = rows[rows.length - 1]!.id;
    const mentions = rows.flatMap((message) =>
      matcher(message.text).map((mention) => ({
        brandId: mention.brandId,
        messageId: message.id,
        term: mention.term,
        sentiment: message.sentiment,
        at: message.postedAt,
      })),
    );
    await writeMentions(
      client,
      mentions,
      rows.map((message) => message.id),
    );
  }
}
