import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { importSample, ofType } from "../ingest/presets/testing.ts";
import { decodeFeed, FeedFormatError, parseFeed } from "./parse.ts";
import { canonicalLink, feedRecords } from "./records.ts";

const rss = (items: string, declaration = `<?xml version="1.0" encoding="UTF-8"?>`) =>
  `${declaration}<rss version="2.0"><channel><title>T</title><link>https://blog.example/</link>${items}</channel></rss>`;
const item = (guid: string, title: string, extra = "") =>
  `<item><guid>${guid}</guid><title>${title}</title><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>${extra}</item>`;
const recordsOf = (xml: string | Buffer) =>
  feedRecords(parseFeed(Buffer.isBuffer(xml) ? xml : Buffer.from(xml)), { source: "feed" });

describe("the feed preset", () => {
  test("an RSS 2.0 blog: one message per entry by its author, with its place; a repost of the same link is dropped", async () => {
    const { records, problems, preset } = await importSample("feed-blog.xml");
    expect(preset).toBe("feed");
    expect(problems).toEqual([]);
    const messages = ofType(records, "message");
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({
      source: "feed",
      id: "https://laundrylab.example/2026/11/lumen-w9-six-months",
      channel: "blog",
      author: {
        by: "inline",
        name: "Maya Okafor",
        handles: [{ platform: "laundrylab.example", handle: "maya okafor" }],
      },
      subject: "Lumen W9 after six months: still quiet, still leaking",
      text: "Lumen W9 after six months: still quiet, still leaking\n\nShort version: the Lumen W9 is quiet, but the door seal is leaking again.\nZephyr's support fixed the same problem in a day.",
      at: new Date("2026-11-02T09:15:00Z"),
      url: "https://laundrylab.example/2026/11/lumen-w9-six-months",
      place: { lat: 38.7223, lng: -9.1393 },
    });
    expect(messages[1]).toMatchObject({
      author: { by: "inline", name: "Sam Reyes", emails: ["editor@laundrylab.example"] },
      text: 'Zephyr Air dryer: first look\n\nThe Zephyr Air is fast and "surprisingly" gentle.',
      at: new Date("2026-10-30T15:00:00Z"),
    });
  });

  test("a Google Alerts feed works as it is: redirect links unwrapped, the site as author, channel other", async () => {
    const { records, problems } = await importSample("feed-alerts.xml");
    expect(problems).toEqual([]);
    expect(ofType(records, "message").map((m) => [m.id, m.channel, m.author, m.subject])).toEqual([
      [
        "https://homefixes.example/lumen-flood",
        "other",
        {
          by: "inline",
          name: "homefixes.example",
          handles: [{ platform: "web", handle: "homefixes.example" }],
        },
        "Why my Lumen washer flooded the kitchen",
      ],
      [
        "https://news.example.pt/lumen-porto",
        "other",
        {
          by: "inline",
          name: "news.example.pt",
          handles: [{ platform: "web", handle: "news.example.pt" }],
        },
        "Lumen opens a service centre in Porto",
      ],
    ]);
  });
});

describe("parseFeed", () => {
  test("entries with a rating are reviews; bare guids are named under the feed; the same id twice is one entry", () => {
    const records = recordsOf(
      rss(
        item("7", "Great washer", "<review:rating>5</review:rating>") +
          item("8", "A post") +
          item("8", "A post, edited"),
      ),
    );
    expect(records.map((r) => [r.id, r.channel])).toEqual([
      ["https://blog.example/#7", "review"],
      ["https://blog.example/#8", "blog"],
    ]);
  });

  test("broken XML is refused with its line; a document that is no feed names its root", () => {
    expect(() =>
      parseFeed(Buffer.from(`<?xml version="1.0"?>\n<rss><channel>\n<item><title>cut off`)),
    ).toThrow(FeedFormatError);
    expect(() => parseFeed(Buffer.from(`<rss>\n<channel>\n<item></channel></rss>`))).toThrow(
      /not well-formed XML: .*\(line 3\)/,
    );
    expect(() => parseFeed(Buffer.from(`<html><body>Not a feed</body></html>`))).toThrow(
      "is neither RSS nor Atom (its root element is <html>)",
    );
  });

  test("entities cannot blow a document up: nested ones stay unexpanded, too many or too much is refused", () => {
    const doctype = (entities: string) => `<?xml version="1.0"?><!DOCTYPE rss [${entities}]>`;
    const levels = ["a", "b", "c", "d", "e", "f"];
    const laughs = levels
      .map((name, i) => `<!ENTITY ${name} "${i === 0 ? "lol" : `&${levels[i - 1]};`.repeat(10)}">`)
      .join("");
    const [entry] = parseFeed(
      Buffer.from(`${doctype(laughs)}<rss><channel>${item("1", "&f;&f;&f;")}</channel></rss>`),
    ).entries;
    expect(entry!.title).toBe("&f;&f;&f;");
    const many = Array.from({ length: 60 }, (_, i) => `<!ENTITY e${i} "x">`).join("");
    expect(() =>
      parseFeed(Buffer.from(`${doctype(many)}<rss><channel>${item("1", "&e1;")}</channel></rss>`)),
    ).toThrow(/Entity count/);
    const wide = `<!ENTITY a "${"a".repeat(9_000)}">`;
    expect(() =>
      parseFeed(
        Buffer.from(
          `${doctype(wide)}<rss><channel>${item("1", "&a;".repeat(200))}</channel></rss>`,
        ),
      ),
    ).toThrow(/Expanded content length limit/);
  });

  test("a huge entry is cut to the 100,000 characters a message holds, without splitting an emoji", () => {
    const body = `${"x".repeat(99_990)}${"😀".repeat(20)}`;
    const [record] = recordsOf(rss(item("1", "Big", `<description>${body}</description>`)));
    const text = record!.text as string;
    expect(text.length).toBeLessThanOrEqual(100_000);
    expect(text.startsWith("Big\n\nxxx")).toBe(true);
    expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
  });
});

describe("decodeFeed: feeds are often wrong about their encoding", () => {
  const title = "Café crème à Zürich";
  test("ISO-8859-1 declared and true", () => {
    const bytes = iconv.encode(
      rss(item("1", title), `<?xml version="1.0" encoding="ISO-8859-1"?>`),
      "latin1",
    );
    expect(decodeFeed(bytes).encoding).toBe("windows-1252");
    expect(recordsOf(bytes)[0]!.subject).toBe(title);
  });

  test("ISO-8859-1 declared but the bytes are UTF-8", () => {
    const bytes = Buffer.from(
      rss(item("1", title), `<?xml version="1.0" encoding="ISO-8859-1"?>`),
      "utf8",
    );
    expect(decodeFeed(bytes).encoding).toBe("utf-8");
    expect(recordsOf(bytes)[0]!.subject).toBe(title);
  });

  test("UTF-8 declared (or nothing) but the bytes are Windows-1252; the HTTP charset when the document says nothing", () => {
    const bytes = iconv.encode(rss(item("1", `${title} – “quoted”`)), "windows-1252");
    expect(recordsOf(bytes)[0]!.subject).toBe(`${title} – “quoted”`);
    const undeclared = iconv.encode(
      rss(item("1", "Ελληνικά"), `<?xml version="1.0"?>`),
      "iso-8859-7",
    );
    expect(decodeFeed(undeclared, "application/rss+xml; charset=ISO-8859-7").text).toContain(
      "Ελληνικά",
    );
  });

  test("UTF-16 with a byte order mark", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(rss(item("1", title), `<?xml version="1.0" encoding="UTF-16"?>`), "utf-16le"),
    ]);
    expect(recordsOf(bytes)[0]!.subject).toBe(title);
  });
});

test("canonicalLink drops tracking parameters and fragments and unwraps redirect links", () => {
  expect(canonicalLink("https://a.example/p?id=3&utm_source=x&fbclid=y#top")).toBe(
    "https://a.example/p?id=3",
  );
  expect(canonicalLink("https://www.google.com/url?rct=j&url=https://b.example/x&ct=ga")).toBe(
    "https://b.example/x",
  );
  expect(canonicalLink("javascript:alert(1)")).toBeUndefined();
});
