import { parseFeed } from "../../feeds/parse.ts";
import { feedRecords } from "../../feeds/records.ts";
import type { XmlPreset } from "./types.ts";

/** Entries a file may hold: a feed export read whole, far beyond the page a polled feed serves. */
const maxFileEntries = 100_000;

export const feed: XmlPreset = {
  name: "feed",
  description: "An RSS 2.0, RSS 1.0 or Atom feed (.xml, .rss, .atom): one message per entry",
  input: "xml",
  formats: ["xml"],
  defaultSource: "feed",
  toRecords(bytes, ctx) {
    return feedRecords(parseFeed(bytes, { maxEntries: maxFileEntries }), { source: ctx.source });
  },
};
