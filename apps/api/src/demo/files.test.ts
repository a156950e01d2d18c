// The demo's source files without a database: the same seed gives the same bytes, the default size
// is what the README says, everything happens in the six months before `now`, and every text reads
// to the enrichment as the story needs it to.
import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileBrandMatcher, scoreMessage, type TextKind } from "../enrich/index.ts";
import { bloggerStory, demoBrands, templates } from "./catalog.ts";
import { DEFAULT_DEMO_PEOPLE } from "./demo.ts";
import { DEFAULT_SEED, writeDemoFiles } from "./files.ts";
import { buildWorld, WORLD_DAYS } from "./world.ts";

const now = new Date("2026-12-01T09:30:00Z");
const DAY = 86_400_000;
const directories: string[] = [];
const tempDirectory = () => {
  const directory = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-demo-files-"));
  directories.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of directories) fs.rmSync(directory, { recursive: true, force: true });
});

const contents = (directory: string) =>
  Object.fromEntries(
    fs
      .readdirSync(directory)
      .sort()
      .map((name) => [name, fs.readFileSync(nodePath.join(directory, name))]),
  );

describe("writeDemoFiles", () => {
  it("writes the same bytes for the same seed, size and now, and other bytes for another seed", () => {
    const a = writeDemoFiles(tempDirectory(), { people: 400, now, seed: 42 });
    const b = writeDemoFiles(tempDirectory(), { people: 400, now, seed: 42 });
    const c = writeDemoFiles(tempDirectory(), { people: 400, now, seed: 43 });
    const [first, second, other] = [
      contents(a.directory),
      contents(b.directory),
      contents(c.directory),
    ];
    expect(Object.keys(first).length).toBeGreaterThan(15);
    for (const [name, bytes] of Object.entries(first))
      expect(bytes.equals(second[name]!), name).toBe(true);
    expect(first["twitter-search.json"]!.equals(other["twitter-search.json"]!)).toBe(false);
  });

  it("lists its files in import order: brands first, the stage history before the contacts, the forum after Twitter", () => {
    const { files } = writeDemoFiles(tempDirectory(), { people: 50, now });
    const names = files.map((file) => nodePath.basename(file));
    expect(names[0]).toBe("brands.jsonl");
    expect(names.indexOf("hubspot-lifecycle-history.csv")).toBeLessThan(
      names.indexOf("hubspot-contacts.csv"),
    );
    expect(names.indexOf("salesforce-contacts.csv")).toBeLessThan(
      names.indexOf("salesforce-opportunities-1.csv"),
    );
    expect(names.slice(-2)).toEqual(["twitter-search.json", "forum.jsonl"]);
    // The column-mapped exports have their mapping beside them, where the generic-csv preset looks.
    for (const name of [
      "hubspot-lifecycle-history",
      "lead-ads",
      "webinar-attendees",
      "expo-badge-scans",
    ]) {
      expect(
        fs.existsSync(nodePath.join(nodePath.dirname(files[0]!), `${name}.mapping.json`)),
        name,
      ).toBe(true);
    }
  });
});

describe("the default world", () => {
  const world = buildWorld({ people: DEFAULT_DEMO_PEOPLE, now, seed: DEFAULT_SEED });
  const times = [
    ...world.people.flatMap((p) => p.stages.map((s) => s.at)),
    ...world.touchpoints.map((t) => t.at),
    ...world.deals.flatMap((d) => d.history.map((h) => h.at)),
    ...world.tweets.map((t) => t.at),
    ...world.forumPosts.map((p) => p.at),
    ...world.tickets.flatMap((t) => t.comments.map((c) => c.at)),
    ...world.salesMessages.map((m) => m.at),
    ...world.posts.map((p) => p.at),
  ];

  it("has a few thousand people and tens of thousands of activities over the last six months", () => {
    expect(world.people).toHaveLength(3000);
    expect(times.length).toBeGreaterThan(20_000);
    const earliest = Math.min(...times.map((t) => t.getTime()));
    expect(now.getTime() - earliest).toBeGreaterThan((WORLD_DAYS - 3) * DAY);
    expect(now.getTime() - earliest).toBeLessThanOrEqual(WORLD_DAYS * DAY);
    expect(times.every((t) => t < now)).toBe(true);
  });

  it("ends with the blogger's complaint minutes before now, replies and shares still coming in", () => {
    const complaint = world.tweets.find((t) => t.id === world.complaintId)!;
    expect(complaint.author.followers).toBe(1_200_000);
    expect((now.getTime() - complaint.at.getTime()) / 60_000).toBe(bloggerStory.minutesAgo);
    const after = world.tweets.filter((t) => t.at > complaint.at);
    expect(after.filter((t) => t.replyTo === complaint.id)).toHaveLength(bloggerStory.replyCount);
    expect(after.filter((t) => t.shareOf === complaint.id)).toHaveLength(bloggerStory.shareCount);
  });

  it("builds a world of 20,000 people with an organization of its own name for every 14 (the word lists hold 450 names)", () => {
    const big = buildWorld({ people: 20_000, now, seed: DEFAULT_SEED });
    expect(big.people).toHaveLength(20_000);
    const names = big.organizations.map((org) => org.name);
    expect(names).toHaveLength(Math.round(20_000 / 14));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(big.organizations.map((org) => org.domain)).size).toBe(names.length);
  });

  it("has organizations in several currencies and people in every segment", () => {
    expect(new Set(world.deals.map((d) => d.organization.country.currency)).size).toBe(3);
    expect(world.people.filter((p) => p.segment === "business").length).toBeGreaterThan(1000);
    expect(world.people.filter((p) => !p.inCrm).length).toBeGreaterThan(100);
  });
});

describe("the world's texts", () => {
  const fill = (text: string) =>
    text
      .replaceAll("{brand}", "Lumen Home")
      .replaceAll("{n}", "12")
      .replaceAll("{handle}", "anasouza")
      .replaceAll("{first}", "Ana");
  const reads = (
    texts: readonly string[],
    intent: string,
    sentiment: (s: number) => boolean,
    kind: TextKind = "social",
  ) => {
    for (const text of texts) {
      const score = scoreMessage(fill(text), kind);
      expect({ text, intent: score.intent, fits: sentiment(score.sentiment) }).toEqual({
        text,
        intent,
        fits: true,
      });
    }
  };

  it("read to the enrichment as their tone says: praise is positive, problems negative, questions questions", () => {
    reads(templates.social.praise, "praise", (s) => s > 0.3);
    // Tweets keep VADER's raters' word ratings ("Refund please": "please" is +1.3), so a
    // complaint tweet can read only mildly negative; tickets and reviews read it in full.
    reads(templates.social.problem, "problem", (s) => s < 0);
    reads(templates.social.question, "question", (s) => s >= 0);
    reads(templates.social.idea, "idea", () => true);
    reads(templates.review.praise, "praise", (s) => s > 0.3, "reviews");
    reads(templates.review.problem, "problem", (s) => s < -0.3, "reviews");
    reads(
      [...templates.sudsyRecall, ...templates.lumenFirmware, ...templates.ticketFirmware],
      "problem",
      (s) => s < -0.3,
    );
    reads(
      [
        ...templates.forumQuestionPro,
        ...templates.forumQuestionOwners,
        ...templates.ticketQuestion,
        ...templates.prospectReply,
      ],
      "question",
      (s) => s >= 0,
    );
    reads([...templates.forumAnswer, ...templates.forumPost], "praise", (s) => s > 0.3);
  });

  it("make the blogger's complaint negative, a problem, and so are most replies to it", () => {
    reads([bloggerStory.complaint, bloggerStory.call], "problem", (s) => s < -0.5);
    // The world sends her ticket by email.
    reads([bloggerStory.ticket], "problem", (s) => s < -0.5, "email");
    reads(bloggerStory.replies, "problem", (s) => s < -0.3);
  });
});

describe("the fixture feeds", () => {
  const feed = (name: string) =>
    fs.readFileSync(nodePath.join(import.meta.dirname, "feeds", name), "utf8");
  const mentions = compileBrandMatcher(demoBrands.map((brand) => ({ ...brand, id: brand.name })));

  it("are an RSS 2.0 and an Atom feed whose every entry has an id, a date, an author and a brand mention", () => {
    const rss = feed("laundry-lab.rss.xml");
    const atom = feed("appliance-reviews.atom.xml");
    expect(rss).toMatch(/<rss version="2\.0"/);
    expect(atom).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const entries = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const item of items)
      expect(item).toMatch(
        /<guid[^>]*>[^<]+<\/guid>[\s\S]*<dc:creator>[^<]+<\/dc:creator>[\s\S]*<pubDate>[^<]+<\/pubDate>/,
      );
    for (const entry of entries)
      expect(entry).toMatch(
        /<id>[^<]+<\/id>[\s\S]*<published>[^<]+<\/published>[\s\S]*<author><name>[^<]+<\/name>/,
      );
    const brands = new Set(
      [...items, ...entries].flatMap((entry) => mentions(entry).map((m) => m.brandId)),
    );
    expect([...brands].sort()).toEqual(demoBrands.map((b) => b.name).sort());
    for (const entry of [...items, ...entries])
      expect(mentions(entry).length, entry.slice(0, 80)).toBeGreaterThan(0);
  });
});
