// RSS 2.0, RSS 1.0 and Atom documents as plain entries. Feeds on the open web are often wrong about
// their own encoding and sometimes not well-formed: the bytes are decoded by what they are, and a
// broken document is refused with the parser's line and reason rather than half read.
import { isUtf8 } from "node:buffer";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import iconv from "iconv-lite";

/** A document parsed at once is at most this big; a feed is a page of recent entries, not an archive. */
export const maxFeedBytes = 16 * 1024 * 1024;

export class FeedFormatError extends Error {
  override name = "FeedFormatError";
}

export interface FeedAuthor {
  name?: string;
  email?: string;
  uri?: string;
}

export interface FeedEntry {
  /** guid (RSS) or id (Atom). */
  id?: string;
  link?: string;
  title?: string;
  /** The body as plain text (HTML removed). */
  text?: string;
  published?: Date;
  author?: FeedAuthor;
  categories: string[];
  /** A rating element (review feeds). */
  rating?: string;
  /** georss:point as degrees. */
  point?: { lat: number; lng: number };
}

export interface FeedDocument {
  kind: "rss" | "atom";
  id?: string;
  title?: string;
  link?: string;
  updated?: Date;
  author?: FeedAuthor;
  entries: FeedEntry[];
  /** The encoding the bytes were read in. */
  encoding: string;
}

const LATIN_1 = /^(iso-?8859-1|latin-?1|us-ascii|ascii|windows-1252|cp1252)$/i;

/**
 * Text from a feed's bytes. A byte order mark decides; otherwise the XML declaration's encoding,
 * then the HTTP charset. A declared Latin-1 that is really UTF-8 (a common misconfiguration) is
 * read as UTF-8, and bytes that are not the UTF-8 they claim are read as Windows-1252.
 */
export function decodeFeed(
  bytes: Buffer,
  contentType?: string | null,
): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const head = bytes.subarray(0, 200).toString("latin1");
  const declared =
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ??
    /charset=["']?([A-Za-z0-9._-]+)/i.exec(contentType ?? "")?.[1];
  const valid = isUtf8(bytes);
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    // Latin-1 bytes above 0x7f are almost never valid UTF-8 by chance: valid UTF-8 with such bytes is UTF-8.
    if (LATIN_1.test(declared) && valid && bytes.some((byte) => byte >= 0x80))
      return { text: bytes.toString("utf8"), encoding: "utf-8" };
    // ISO-8859-1 as browsers read it: Windows-1252, which gives 0x80-0x9f their printable meaning.
    const encoding = LATIN_1.test(declared) ? "windows-1252" : declared.toLowerCase();
    return { text: iconv.decode(bytes, encoding), encoding };
  }
  return valid
    ? { text: bytes.toString("utf8"), encoding: "utf-8" }
    : { text: iconv.decode(bytes, "windows-1252"), encoding: "windows-1252" };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities are bounded: a "billion laughs" document cannot expand without limit.
  processEntities: {
    enabled: true,
    maxEntityCount: 50,
    maxEntitySize: 10_000,
    maxTotalExpansions: 10_000,
    maxExpandedLength: 1_000_000,
  },
  htmlEntities: true,
  maxNestedTags: 64,
  isArray: (name) => ["item", "entry", "link", "category", "author", "dc:creator"].includes(name),
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Node)
    : undefined;
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** The text of an element: a string, or an element with attributes and text. */
function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first.trim() || undefined;
  if (typeof first === "number" || typeof first === "boolean") return String(first);
  const node = asNode(first);
  return node ? textOf(node["#text"]) : undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

/** HTML (an escaped description, an Atom `type="html"` element) as the plain text a reader sees. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X"
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

function dateOf(value: unknown): Date | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** RSS's `author` is "email (Name)" or a name; Atom's is {name, email, uri}. */
function authorOf(value: unknown): FeedAuthor | undefined {
  const node = asNode(list(value)[0]);
  if (node && ("name" in node || "email" in node || "uri" in node)) {
    const author = { name: textOf(node.name), email: textOf(node.email), uri: textOf(node.uri) };
    return author.name || author.email || author.uri ? author : undefined;
  }
  const text = textOf(value);
  if (!text) return undefined;
  const withEmail = /^([^\s()<>]+@[^\s()<>]+)\s*(?:\(([^)]*)\))?$/.exec(text);
  if (withEmail) return { email: withEmail[1], name: withEmail[2]?.trim() || undefined };
  return { name: text };
}

function pointOf(value: unknown): FeedEntry["point"] {
  const [lat, lng] = (textOf(value) ?? "").split(/[\s,]+/).map(Number);
  return lat !== undefined &&
    lng !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
    ? { lat, lng }
    : undefined;
}

/** Atom links: the alternate one (or the first without a rel). */
function atomLink(value: unknown): string | undefined {
  const links = list(value)
    .map(asNode)
    .filter((node): node is Node => node !== undefined);
  const chosen = links.find((link) => (link["@rel"] ?? "alternate") === "alternate") ?? links[0];
  return typeof chosen?.["@href"] === "string" ? chosen["@href"].trim() : textOf(value);
}

/** A rating element under any namespace prefix (review:rating, g:rating, rating). */
function ratingOf(item: Node): string | undefined {
  const key = Object.keys(item).find((name) => /(^|:)rating$/i.test(name));
  return key === undefined ? undefined : textOf(item[key]);
}

function bodyOf(item: Node): string | undefined {
  const html =
    textOf(item["content:encoded"]) ??
    textOf(item.content) ??
    textOf(item.summary) ??
    textOf(item.description);
  return html === undefined ? undefined : plainText(html);
}

function rssEntry(item: Node): FeedEntry {
  const guid = item.guid;
  return {
    id: textOf(guid),
    link:
      textOf(item.link) ?? (asNode(guid)?.["@isPermaLink"] !== "false" ? textOf(guid) : undefined),
    title: textOf(item.title) === undefined ? undefined : plainText(textOf(item.title)!),
    text: bodyOf(item),
    published: dateOf(item.pubDate) ?? dateOf(item["dc:date"]),
    author: authorOf(item.author) ?? authorOf(item["dc:creator"]),
    categories: list(item.category).flatMap((c) => textOf(c) ?? []),
    rating: ratingOf(item),
    point: pointOf(item["georss:point"]),
  };
}

function atomEntry(entry: Node): FeedEntry {
  return {
    id: textOf(entry.id),
    link: atomLink(entry.link),
    title: textOf(entry.title) === undefined ? undefined : plainText(textOf(entry.title)!),
    text: bodyOf(entry),
    published: dateOf(entry.published) ?? dateOf(entry.updated),
    author: authorOf(entry.author),
    categories: list(entry.category).flatMap((c) => {
      const node = asNode(c);
      return typeof node?.["@term"] === "string" ? [node["@term"]] : (textOf(c) ?? []);
    }),
    rating: ratingOf(entry),
    point: pointOf(entry["georss:point"]),
  };
}

/**
 * Parses a feed's bytes. Throws FeedFormatError for a document that is not well-formed XML (with
 * its line) or is neither RSS nor Atom; at most `maxEntries` entries are read.
 */
export function parseFeed(
  bytes: Buffer,
  options: { contentType?: string | null; maxEntries?: number } = {},
): FeedDocument {
  if (bytes.length > maxFeedBytes)
    throw new FeedFormatError(`is ${bytes.length} bytes; a feed may have at most ${maxFeedBytes}`);
  const { text, encoding } = decodeFeed(bytes, options.contentType);
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new FeedFormatError(`is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let root: Node;
  try {
    root = parser.parse(text) as Node;
  } catch (error) {
    throw new FeedFormatError(`could not be read: ${(error as Error).message}`);
  }
  const maxEntries = options.maxEntries ?? 1_000;
  const rss = asNode(root.rss) ?? asNode(root["rdf:RDF"]);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    const items = [...list(channel.item), ...list(rss.item)]
      .map(asNode)
      .filter((node): node is Node => node !== undefined);
    return {
      kind: "rss",
      title: textOf(channel.title),
      link: textOf(channel.link),
      updated: dateOf(channel.lastBuildDate) ?? dateOf(channel.pubDate),
      entries: items.slice(0, maxEntries).map(rssEntry),
      encoding,
    };
  }
  const feed = asNode(root.feed);
  if (feed) {
    return {
      kind: "atom",
      id: textOf(feed.id),
      title: textOf(feed.title) === undefined ? undefined : plainText(textOf(feed.title)!),
      link: atomLink(feed.link),
      updated: dateOf(feed.updated),
      author: authorOf(feed.author),
      entries: list(feed.entry)
        .map(asNode)
        .filter((node): node is Node => node !== undefined)
        .slice(0, maxEntries)
        .map(atomEntry),
      encoding,
    };
  }
  const top = Object.keys(root).find((key) => !key.startsWith("?"));
  throw new FeedFormatError(`is neither RSS nor Atom (its root element is <${top ?? "nothing"}>)`);
}
