// The demo world loaded through the import path on a real database (both backends), and the stories
// it exists to tell, read back the way the analyses read them: the funnel query, the interaction
// graph and influence run, brand mentions, memberships. A smaller world than `pnpm start` loads
// keeps this fast; the stories are causes in the simulation, so they hold at this size too.
import fs from "node:fs";
import os from "node:os";
import nodePath from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../../tests/support/database.ts";
import type { AppServices } from "../context.ts";
import type { Live } from "../events/live.ts";
import type { ActivityFilter } from "../funnels/filter.ts";
import { runFunnel } from "../funnels/service.ts";
import { runInfluence } from "../influence/run.ts";
import { importFile } from "../ingest/import-file.ts";
import { bloggerStory, demoBrands } from "./catalog.ts";
import { type LoadedDemo, loadDemoIfEmpty } from "./demo.ts";

const PEOPLE = 800;
const DAY_SECONDS = 86_400;

let db: TestDatabase;
let services: AppServices;
let loaded: LoadedDemo;
let directory: string;
const now = new Date();

beforeAll(async () => {
  db = await freshDatabase();
  services = { db, live: { notify() {} } as unknown as Live };
  directory = fs.mkdtempSync(nodePath.join(os.tmpdir(), "parley-demo-test-"));
  loaded = (await loadDemoIfEmpty(services, { people: PEOPLE, now, directory }))!;
}, 300_000);

afterAll(async () => {
  await db?.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const one = async <T>(sql: string, values: unknown[] = []) =>
  (await db.pool.query(sql, values)).rows[0] as T;
const campaignId = async (sourceId: string) =>
  (await one<{ id: number }>(`SELECT id FROM "Campaign" WHERE "sourceId" = $1`, [sourceId])).id;

describe("the demo world", () => {
  it("loads every file through the import path without a rejected record, and only once", async () => {
    expect(loaded.reports.map((r) => r.rejected + r.unreadable)).toEqual(
      loaded.reports.map(() => 0),
    );
    expect(loaded.reports.every((r) => r.file.startsWith(directory))).toBe(true);
    expect(loaded.summary).toMatch(/people/);
    const people = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Person" WHERE "mergedIntoId" IS NULL`,
    );
    expect(people.n).toBeGreaterThan(PEOPLE * 0.9);
    expect(await loadDemoIfEmpty(services, { people: PEOPLE, now, directory })).toBeNull();
  });

  it("moves people through the lifecycle: a funnel over the stages has people at every step, fewer at each", async () => {
    const stage = (name: string): { name: string; where: ActivityFilter } => ({
      name,
      where: { lifecycleStages: [name as never] },
    });
    const run = await runFunnel(db.pool, {
      steps: ["subscriber", "lead", "mql", "sql", "opportunity", "customer"].map(stage),
      windowSeconds: 200 * DAY_SECONDS,
      order: "ordered",
    });
    const counts = run.steps.map((s) => s.count);
    expect(
      counts.every((count) => count > 0),
      JSON.stringify(counts),
    ).toBe(true);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThan(counts[i - 1]!);
    // Each step takes days, not the same instant: stage changes carry the times they happened.
    expect(run.steps[2]!.medianSecondsFromPrevious).toBeGreaterThan(DAY_SECONDS);
  });

  it("has campaigns that convert clearly better than others: the hotel webinar against Google Ads", async () => {
    const conversion = async (campaign: string) => {
      const run = await runFunnel(db.pool, {
        steps: [
          { name: "touched", where: { campaignIds: [await campaignId(campaign)] } },
          { name: "sales-qualified", where: { lifecycleStages: ["sql"] } },
        ],
        windowSeconds: 120 * DAY_SECONDS,
        order: "ordered",
      });
      return { entered: run.steps[0]!.count, rate: run.steps[1]!.conversionFromFirst };
    };
    const webinar = await conversion("web-hotel-laundry");
    const ads = await conversion("ads-google-pro");
    expect(webinar.entered).toBeGreaterThan(20);
    expect(ads.entered).toBeGreaterThan(40);
    expect(webinar.rate).toBeGreaterThan(2 * ads.rate);
  });

  it("wins more deals for prospects whose forum question was answered", async () => {
    const { rows } = await db.pool.query<{ answered: boolean; won: number; closed: number }>(
      `WITH answered AS (
         SELECT DISTINCT q."authorId" AS person
           FROM "Message" q JOIN "Message" a ON a."replyToId" = q.id AND a."authorId" <> q."authorId"
          WHERE q.channel = 'forum' AND q.intent = 'question'
       )
       SELECT (d."contactId" IN (SELECT person FROM answered)) AS answered,
              count(*) FILTER (WHERE d.status = 'won')::int AS won, count(*)::int AS closed
         FROM "Deal" d WHERE d.status <> 'open' AND d."contactId" IS NOT NULL GROUP BY 1`,
    );
    const rate = (answered: boolean) => {
      const row = rows.find((r) => r.answered === answered)!;
      return row.won / row.closed;
    };
    expect(rows.find((r) => r.answered)?.closed).toBeGreaterThan(5);
    expect(rate(true)).toBeGreaterThan(1.5 * rate(false));
  });

  it("has deals won and lost, with stage history and amounts in several currencies", async () => {
    const deals = await one<{
      won: number;
      lost: number;
      open: number;
      currencies: number;
      history: number;
    }>(
      `SELECT count(*) FILTER (WHERE status = 'won')::int AS won, count(*) FILTER (WHERE status = 'lost')::int AS lost,
              count(*) FILTER (WHERE status = 'open')::int AS open, count(DISTINCT currency)::int AS currencies,
              (SELECT count(*)::int FROM (SELECT "dealId" FROM "DealStageChange" GROUP BY 1 HAVING count(*) >= 2) h) AS history
         FROM "Deal"`,
    );
    expect(deals.won).toBeGreaterThan(5);
    expect(deals.lost).toBeGreaterThan(5);
    expect(deals.open).toBeGreaterThan(0);
    expect(deals.currencies).toBeGreaterThanOrEqual(2);
    expect(deals.history).toBeGreaterThanOrEqual(deals.won + deals.lost);
    // Every move is dated when it happened in the CRM, none at the time of the import.
    const moves = await one<{ perClosedDeal: number; afterNow: number }>(
      `SELECT (SELECT count(*) FROM "DealStageChange" c JOIN "Deal" d ON d.id = c."dealId" WHERE d.status <> 'open')::float
                / (SELECT count(*) FROM "Deal" WHERE status <> 'open') AS "perClosedDeal",
              (SELECT count(*)::int FROM "DealStageChange" WHERE "changedAt" > $1) AS "afterNow"`,
      [now],
    );
    expect(moves.perClosedDeal).toBeGreaterThan(3);
    expect(moves.afterNow).toBe(0);
  });

  it("replays nothing when the opportunity exports are imported again: an older export moves no deal back", async () => {
    const state = `SELECT (SELECT count(*)::int FROM "DealStageChange") AS changes, (SELECT string_agg(stage || status, ',' ORDER BY id) FROM "Deal") AS stages`;
    const before = await one(state);
    const exports = loaded.reports
      .map((r) => r.file)
      .filter((file) => /salesforce-opportunities-\d+\.csv$/.test(file));
    expect(exports.length).toBeGreaterThanOrEqual(4);
    for (const file of exports) await importFile(services, file);
    expect(await one(state)).toEqual(before);
  });

  it("spans six months of activity on every channel", async () => {
    const { rows } = await db.pool.query<{ channel: string; n: number }>(
      `SELECT channel::text, count(*)::int AS n FROM "Message" GROUP BY 1`,
    );
    const channels = Object.fromEntries(rows.map((r) => [r.channel, r.n]));
    for (const channel of [
      "twitter",
      "forum",
      "email",
      "phone",
      "chat",
      "support_ticket",
      "review",
      "blog",
    ])
      expect(channels[channel], channel).toBeGreaterThan(0);
    const span = await one<{ days: number }>(
      `SELECT EXTRACT(EPOCH FROM max("occurredAt") - min("occurredAt"))::float / 86400 AS days FROM "Activity" WHERE "occurredAt" <= $1`,
      [now],
    );
    expect(span.days).toBeGreaterThan(170);
  });

  it("merges the same people across sources, and suggests the duplicates no key links", async () => {
    const blogger = await one<{ sources: string[]; reach: number; displayName: string }>(
      `SELECT p."displayName", p.reach, array_agg(DISTINCT s.source ORDER BY s.source) AS sources
         FROM "Person" p JOIN "PersonSource" s ON s."personId" = p.id WHERE p.reach = $1 AND p."mergedIntoId" IS NULL GROUP BY p.id`,
      [bloggerStory.followers],
    );
    expect(blogger.displayName).toMatch(/^Maya Okafor/);
    expect(blogger.sources).toEqual(
      expect.arrayContaining(["forum", "hubspot", "twitter", "zendesk"]),
    );
    const channels = await db.pool.query<{ channel: string }>(
      `SELECT DISTINCT m.channel::text FROM "Message" m JOIN "Person" p ON p.id = m."authorId" WHERE p.reach = $1 ORDER BY 1`,
      [bloggerStory.followers],
    );
    expect(channels.rows.map((r) => r.channel)).toEqual([
      "blog",
      "email",
      "forum",
      "phone",
      "twitter",
    ]);
    const linked = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT "personId" FROM "PersonSource" GROUP BY 1 HAVING count(DISTINCT source) >= 3) x`,
    );
    expect(linked.n).toBeGreaterThan(PEOPLE / 10);
    const suggestions = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM "MergeSuggestion" WHERE status = 'pending'`,
    );
    expect(suggestions.n).toBeGreaterThan(0);
    // The forum, imported after Twitter, links CRM contacts to Twitter accounts nothing linked before.
    const merges = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "PersonMerge"`);
    expect(merges.n).toBeGreaterThan(0);
  });

  it("has the influential blogger's fresh complaint: negative, a problem, urgent, with replies piling up", async () => {
    const complaint = await one<{
      sentiment: number;
      intent: string;
      priority: string;
      followers: number;
      minutesAgo: number;
      replies: number;
    }>(
      `SELECT m.sentiment, m.intent::text, m.priority::text, p.reach AS followers,
              EXTRACT(EPOCH FROM $2::timestamptz - m."postedAt")::float / 60 AS "minutesAgo",
              (SELECT count(*)::int FROM "Message" r WHERE r."replyToId" = m.id) AS replies
         FROM "Message" m JOIN "Person" p ON p.id = m."authorId" WHERE m.text = $1`,
      [bloggerStory.complaint, now],
    );
    expect(complaint).toMatchObject({
      intent: "problem",
      priority: "urgent",
      followers: 1_200_000,
    });
    expect(complaint.sentiment).toBeLessThan(-0.5);
    expect(complaint.minutesAgo).toBeGreaterThan(1);
    expect(complaint.minutesAgo).toBeLessThan(15);
    expect(complaint.replies).toBeGreaterThanOrEqual(bloggerStory.replyCount);
  });

  it("gives the interaction graph communities and hubs, with the blogger among the most influential", async () => {
    const run = await runInfluence(db, "request");
    expect(run.communities).toBeGreaterThanOrEqual(3);
    const top = await db.pool.query<{ displayName: string }>(
      `SELECT "displayName" FROM "Person" WHERE "mergedIntoId" IS NULL ORDER BY "influenceScore" DESC LIMIT 5`,
    );
    expect(top.rows.map((r) => r.displayName)).toContain("Maya Okafor");
  });

  it("reads the two blogs' feeds through the feed preset: their entries are blog and review messages that mention the brands", async () => {
    const feeds = loaded.reports.filter((r) => r.preset === "feed");
    expect(feeds.map((r) => nodePath.basename(r.file)).sort()).toEqual([
      "appliance-reviews.atom.xml",
      "laundry-lab.rss.xml",
    ]);
    for (const report of feeds) expect(report.created, report.file).toBeGreaterThan(0);
    const entries = await db.pool.query<{ channel: string; mentioned: boolean }>(
      `SELECT m.channel::text, EXISTS (SELECT 1 FROM "BrandMention" b WHERE b."messageId" = m.id) AS mentioned
         FROM "Message" m WHERE m.source = 'feed'`,
    );
    expect(entries.rows.length).toBe(feeds.reduce((sum, r) => sum + r.created, 0));
    expect(new Set(entries.rows.map((r) => r.channel))).toEqual(new Set(["blog", "review"]));
    expect(entries.rows.filter((r) => r.mentioned).length).toBeGreaterThan(entries.rows.length / 2);
  });

  it("tracks own and competitor brands with mentions each, tones that differ, and negative bursts", async () => {
    const { rows } = await db.pool.query<{
      name: string;
      kind: string;
      mentions: number;
      sentiment: number;
    }>(
      `SELECT b.name, b.kind::text, count(m.*)::int AS mentions, avg(m.sentiment)::float AS sentiment
         FROM "Brand" b LEFT JOIN "BrandMention" m ON m."brandId" = b.id GROUP BY b.id ORDER BY b.name`,
    );
    expect(rows.map((r) => [r.name, r.kind]).sort()).toEqual(
      demoBrands.map((b) => [b.name, b.kind]).sort(),
    );
    for (const row of rows) expect(row.mentions, row.name).toBeGreaterThan(10);
    const tone = Object.fromEntries(rows.map((r) => [r.name, r.sentiment]));
    expect(tone["Lumen Pro"]).toBeGreaterThan(tone.Sudsy! + 0.2);
    // Share of voice drifts: Lumen Home speaks for more of the conversation in the last two months than in the first two.
    const share = async (fromDays: number, toDays: number) =>
      (
        await one<{ share: number }>(
          `SELECT (count(*) FILTER (WHERE b.name = 'Lumen Home'))::float / count(*) AS share
           FROM "BrandMention" m JOIN "Brand" b ON b.id = m."brandId"
          WHERE m."postedAt" >= $1::timestamptz - make_interval(days => $2) AND m."postedAt" < $1::timestamptz - make_interval(days => $3)`,
          [now, fromDays, toDays],
        )
      ).share;
    expect(await share(60, 1)).toBeGreaterThan((await share(182, 122)) * 1.3);
    // Sudsy's recall: its worst week has several times the negative mentions of its typical week.
    const weeks = await db.pool.query<{ negative: number }>(
      `SELECT count(*) FILTER (WHERE m.sentiment < -0.3)::int AS negative
         FROM "BrandMention" m JOIN "Brand" b ON b.id = m."brandId" WHERE b.name = 'Sudsy' GROUP BY date_trunc('week', m."postedAt") ORDER BY 1`,
    );
    const negatives = weeks.rows.map((r) => r.negative);
    const median = negatives[Math.floor(negatives.length / 2)]!;
    expect(negatives[negatives.length - 1]!).toBeGreaterThan(3 * Math.max(1, median));
  });

  it("has communities whose members join over months, some staying and some drifting away", async () => {
    const members = await one<{
      months: number;
      active: number;
      lapsed: number;
      fastAnswers: number;
      slowAnswers: number;
    }>(
      `SELECT count(DISTINCT date_trunc('month', "joinedAt"))::int AS months,
              count(*) FILTER (WHERE "lastActiveAt" > $1::timestamptz - interval '30 days')::int AS active,
              count(*) FILTER (WHERE "lastActiveAt" < $1::timestamptz - interval '45 days')::int AS lapsed,
              (SELECT count(*)::int FROM "Message" q JOIN "Message" a ON a."replyToId" = q.id
                WHERE q.channel = 'forum' AND a."postedAt" - q."postedAt" < interval '12 hours') AS "fastAnswers",
              (SELECT count(*)::int FROM "Message" q JOIN "Message" a ON a."replyToId" = q.id
                WHERE q.channel = 'forum' AND a."postedAt" - q."postedAt" > interval '1 day') AS "slowAnswers"
         FROM "Membership"`,
      [now],
    );
    expect(members.months).toBeGreaterThanOrEqual(6);
    expect(members.active).toBeGreaterThan(10);
    expect(members.lapsed).toBeGreaterThan(10);
    expect(members.fastAnswers).toBeGreaterThan(5);
    expect(members.slowAnswers).toBeGreaterThan(5);
  });
});
