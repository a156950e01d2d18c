import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ingestOverHttp, startTestApi, type TestApi } from "../support/api.ts";
import {
  artifacts,
  haveChromium,
  launchDashboardBrowser,
  newDashboardPage,
  signIn,
  waitForText,
} from "../support/browser.ts";
import { graphql } from "../support/graphql/index.ts";

const daysAgo = (days: number, hour = 9) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};
/** Day `day` of the month `months` before this one, at `hour` UTC. */
const monthsAgo = (months: number, day: number, hour = 9) => {
  const now = new Date();
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day, hour),
  ).toISOString();
};

const author = (handle: string, followers: number) => ({
  name: handle.toUpperCase(),
  handles: [{ platform: "twitter", handle }],
  followers: { twitter: followers },
});
const tweet = (
  id: string,
  who: ReturnType<typeof author>,
  text: string,
  at: string,
  place?: object,
) => ({
  type: "message",
  source: "twitter",
  id,
  channel: "twitter",
  author: who,
  text,
  at,
  ...(place ? { place } : {}),
});

const lisbon = { city: "Lisbon", country: "Portugal" };
const porto = { city: "Porto", country: "Portugal" };
const ana = author("ana", 5_000);
const ben = author("ben", 200);

const listening = [
  { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: [] },
  { type: "brand", source: "setup", id: "zephyr", name: "Zephyr", kind: "competitor", terms: [] },
  // The baseline, two months ago: what is usually said about Lumen.
  tweet("b1", ana, "Lumen washer works fine", daysAgo(50)),
  tweet("b2", ben, "Lumen dryer is quiet", daysAgo(52)),
  // This month: leaking door seals.
  tweet("p1", ana, "My Lumen washer is leaking again, the door seal is gone", daysAgo(3), lisbon),
  tweet("p2", ben, "Lumen door seal leaking after a year", daysAgo(2), lisbon),
  tweet("p3", ben, "Zephyr dryer arrived, nice", daysAgo(2), porto),
];

const community = { platform: "forum", id: "owners", name: "Lumen owners" };
const member = (who: string, joinedAt: string) => ({
  type: "membership",
  source: "forum",
  id: `m-${who}`,
  person: { email: `${who}@example.com`, name: who.toUpperCase() },
  community,
  joinedAt,
});
const post = (id: string, who: string, at: string, conversation: string, inReplyTo?: string) => ({
  type: "message",
  source: "forum",
  id,
  channel: "forum",
  author: { email: `${who}@example.com` },
  text: `Forum post ${id} about my washer`,
  at,
  conversation,
  inReplyTo,
  community,
});
const communityRecords = [
  member("mod", monthsAgo(4, 1)),
  member("eva", monthsAgo(2, 3)),
  member("finn", monthsAgo(2, 10)),
  post("f0", "mod", monthsAgo(4, 2), "t0"),
  post("f1", "eva", monthsAgo(2, 3, 9), "t1"),
  post("f2", "mod", monthsAgo(2, 3, 10), "t1", "f1"),
  post("f3", "finn", monthsAgo(2, 10, 9), "t2"),
  post("f4", "mod", monthsAgo(2, 10, 12), "t2", "f3"),
  post("f5", "eva", monthsAgo(1, 5), "t1"),
];

const RECOMPUTE = graphql(`
  mutation BrowserListeningRecompute {
    recomputeInfluence { id }
  }
`);

describe.runIf(haveChromium)("the listening and communities pages in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi();
    page = await newDashboardPage(browser, { width: 1400, height: 1000 });
    await ingestOverHttp(api, [...listening, ...communityRecords]);
    const run = await api.gql(RECOMPUTE);
    expect(run.errors).toBeUndefined();
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test("share of voice, sentiment, rising terms with examples, places and a live mention stream filtered by brand", async () => {
    await signIn(page, api, "viewer", "Listening");

    // Last 30 days: Lumen 2 of 3 mentions, Zephyr 1 of 3.
    const totals = page.locator('[data-testid="brand-totals"] tbody tr');
    await totals.first().waitFor({ timeout: 15_000 });
    const rows = await totals.allTextContents();
    expect(rows[0]).toMatch(/^Lumen ours\s*2\s*67%/);
    expect(rows[1]).toMatch(/^Zephyr competitor\s*1\s*33%/);
    await page.locator('[data-testid="share-of-voice-chart"] svg').waitFor();
    await page.locator('[data-testid="sentiment-chart"] svg').waitFor();

    // "leaking" and "door seal" rise for Lumen against its own history, with the messages that say them.
    const terms = page.locator('[data-testid="rising-terms"]');
    await terms.waitFor({ timeout: 15_000 });
    const termText = await terms.textContent();
    expect(termText).toContain("leaking");
    expect(termText).toContain("door seal");
    expect(termText).toContain("My Lumen washer is leaking again");

    const places = await page.locator('[data-testid="place-breakdown"] tbody tr').allTextContents();
    expect(places[0]).toMatch(/^Lisbon, Portugal\s*2/);
    expect(places[1]).toMatch(/^Porto, Portugal\s*1/);

    // The stream, filtered to Zephyr: Lumen's messages leave it, and a new Zephyr mention arrives live.
    await page.getByLabel("Stream brand").selectOption({ label: "Zephyr" });
    const stream = page.locator('[data-testid="live-feed"]');
    await stream.getByText("Zephyr dryer arrived").waitFor({ timeout: 15_000 });
    expect(await stream.textContent()).not.toContain("door seal");
    await ingestOverHttp(api, [
      tweet("p4", ana, "Zephyr support answered in minutes, impressive", new Date().toISOString()),
    ]);
    await stream.getByText("Zephyr support answered in minutes").waitFor({ timeout: 15_000 });
    await ingestOverHttp(api, [
      tweet("p5", ben, "Lumen again, nothing about the other one", new Date().toISOString()),
    ]);
    await page.waitForTimeout(1_000);
    expect(await stream.textContent()).not.toContain("nothing about the other one");

    await page.getByLabel("Stream brand").selectOption({ label: "All messages" });
    await page.waitForTimeout(1_500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-listening.png"),
      fullPage: true,
    });
  });

  test("a community's first-answer times, members over time, cohort heatmap and superusers", async () => {
    await page.getByRole("link", { name: "Communities", exact: true }).click();
    await page.waitForURL(`${api.url}/communities`);
    // Eva waited an hour for the moderator, Finn three: median 1 h, 90th percentile 3 h.
    await waitForText(page, '[data-testid="first-answer-median"]', "1 h");
    await waitForText(page, '[data-testid="first-answer-p90"]', "3 h");
    await page.locator('[data-testid="members-chart"] svg').waitFor();
    // The cohort of two months ago (Eva and Finn): half of it (Eva) active a month later.
    await page
      .locator('[data-testid="cohort-heatmap"] svg text', { hasText: "50%" })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="superusers"] li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="superusers"]').textContent()).toMatch(/MOD|EVA|FINN/);
    await page.waitForTimeout(1_500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-communities.png"),
      fullPage: true,
    });
  });
});
