// Feed entries as message records: one message per entry, on a blog, review or other channel, by
// its author when the feed names one and by the site otherwise.

import type { RawRecord } from "../ingest/presets/types.ts";
import { compact, stableId } from "../ingest/presets/values.ts";
import { LIMITS } from "../ingest/records/fields.ts";
import type { FeedAuthor, FeedDocument, FeedEntry } from "./parse.ts";

/** Query parameters that only say where a reader came from: the same article with or without them. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)$/i;

/**
 * The address an entry points at, as one spelling: alert feeds link through a redirect
 * (google.com/url?url=...), which is unwrapped; tracking parameters and the fragment are dropped.
 */
export function canonicalLink(raw: string | undefined): string | undefined {
  if (!raw || !URL.canParse(raw)) return undefined;
  let url = new URL(raw);
  const target =
    /(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === "/url"
      ? (url.searchParams.get("url") ?? url.searchParams.get("q"))
      : null;
  if (target && URL.canParse(target)) url = new URL(target);
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  for (const key of [...url.searchParams.keys()])
    if (TRACKING.test(key)) url.searchParams.delete(key);
  const text = url.toString();
  return text.length <= LIMITS.url ? text : undefined;
}

/** An alert feed (web mentions of a search term) links to many sites: its entries are no blog's. */
export function isAlertFeed(feed: FeedDocument): boolean {
  return (
    /^tag:google\.com,\d+:(reminders|googlealerts)/i.test(feed.id ?? "") ||
    /^(google|talkwalker) alerts?\b/i.test(feed.title ?? "") ||
    feed.entries.some((entry) =>
      /^https?:\/\/(www\.)?google\.[a-z.]+\/url\?/.test(entry.link ?? ""),
    )
  );
}

/** review when the entry rates something, other for alert feeds, blog otherwise. */
function channelOf(feed: FeedDocument, entry: FeedEntry): "blog" | "review" | "other" {
  if (
    entry.rating !== undefined ||
    entry.categories.some((category) => /^reviews?$/i.test(category))
  )
    return "review";
  return isAlertFeed(feed) ? "other" : "blog";
}

const hostOf = (link: string | undefined) =>
  link && URL.canParse(link) ? new URL(link).hostname.replace(/^www\./, "") : undefined;

/** The first `max` characters, without cutting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * The entry's author as a person reference: by email when the feed gives one, else by name as a
 * handle on the site; an entry without an author is written by the site itself.
 */
function authorRef(author: FeedAuthor | undefined, site: string): Record<string, unknown> {
  const name = author?.name ? cut(author.name, LIMITS.text) : undefined;
  if (author?.email && /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(author.email))
    return compact({ email: author.email, name });
  if (name)
    return {
      name,
      handles: [{ platform: cut(site, LIMITS.platform), handle: cut(name, LIMITS.handle) }],
    };
  return { name: site, handles: [{ platform: "web", handle: cut(site, LIMITS.handle) }] };
}

export interface FeedRecordOptions {
  source: string;
  /** When an entry has no date and the feed none either (a poller passes the time it first saw it). */
  fallbackAt?: Date;
  /** The feed's own address: entries without a link or a globally unique id are named under it. */
  feedUrl?: string;
}

/**
 * One message record per entry, in feed order. The record id is the entry's canonical link, or its
 * id when it has no link, so an entry seen again (in the next poll, in another feed, in a file) is
 * the same record; within one document a second entry with an id or link already seen is dropped.
 */
export function feedRecords(feed: FeedDocument, options: FeedRecordOptions): RawRecord[] {
  const seen = new Set<string>();
  const records: RawRecord[] = [];
  const feedSite = hostOf(feed.link) ?? hostOf(options.feedUrl) ?? "feed";
  for (const entry of feed.entries) {
    const link = canonicalLink(entry.link);
    // A bare guid ("42") is unique within its feed only.
    const id =
      entry.id && !/[:/]/.test(entry.id)
        ? `${feed.link ?? options.feedUrl ?? feed.title ?? ""}#${entry.id}`
        : entry.id;
    const keys = [link && `link ${link}`, id && `id ${id}`].filter((key): key is string =>
      Boolean(key),
    );
    if (keys.length === 0 || keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    const site = hostOf(link) ?? feedSite;
    const title = entry.title ? cut(entry.title, LIMITS.text) : undefined;
    const body = entry.text && entry.text !== entry.title ? entry.text : undefined;
    const text = cut([entry.title, body].filter(Boolean).join("\n\n"), LIMITS.body);
    records.push(
      compact({
        type: "message",
        source: options.source,
        // Links may be longer than ids: a long one is named by its hash, the same for every copy.
        id: (link ?? id!).length <= LIMITS.id ? (link ?? id!) : `sha1:${stableId(link ?? id!)}`,
        channel: channelOf(feed, entry),
        author: authorRef(entry.author ?? feed.author, site),
        text: text || link || id,
        subject: title,
        at: (entry.published ?? feed.updated ?? options.fallbackAt)?.toISOString(),
        url: link,
        place: entry.point,
      }),
    );
  }
  return records;
}
