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
} from "../support/browser.ts";
import { graphql } from "../support/graphql/index.ts";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const person = (id: string, name: string, followers: number, stage?: string) => ({
  type: "person",
  source: "twitter",
  id,
  name,
  handles: [{ platform: "twitter", handle: id }],
  followers: { twitter: followers },
  ...(stage ? { stage } : {}),
});
let sequence = 0;
const tweet = (author: string, text: string) => ({
  type: "message",
  source: "twitter",
  id: `t${++sequence}`,
  channel: "twitter",
  author: { id: author },
  text,
  at: minutesAgo(600 - sequence * 5),
});
const ticket = (author: string, text: string) => ({
  type: "message",
  source: "helpdesk",
  id: `k${++sequence}`,
  channel: "support_ticket",
  author: { platform: "twitter", handle: author },
  text,
  at: minutesAgo(300 - sequence),
});

/** Two circles of people who talk among themselves: Lumen owners around Maya, Orbit owners around Ivo. */
function conversationRecords(): Record<string, unknown>[] {
  const lumen = ["maya", "lee", "kim", "ola"];
  const orbit = ["ivo", "jan", "eva"];
  const records: Record<string, unknown>[] = [
    { type: "brand", source: "setup", id: "lumen", name: "Lumen", kind: "own", terms: ["Lumen"] },
    {
      type: "brand",
      source: "setup",
      id: "orbit",
      name: "Orbit",
      kind: "competitor",
      terms: ["Orbit"],
    },
    person("maya", "Maya Okafor", 1_200_000, "customer"),
    person("lee", "Lee Park", 900),
    person("kim", "Kim Berg", 300),
    person("ola", "Ola Nowak", 150),
    person("ivo", "Ivo Horvat", 5000),
    person("jan", "Jan Vos", 700),
    person("eva", "Eva Lind", 60),
  ];
  for (const [circle, brand] of [
    [lumen, "Lumen"],
    [orbit, "Orbit"],
  ] as const) {
    for (const a of circle)
      for (const b of circle)
        if (a !== b) records.push(tweet(a, `@${b} my ${brand} washer is great`));
    for (const a of circle.slice(1))
      records.push(tweet(a, `@${circle[0]} you are right about ${brand}, terrible support lately`));
  }
  records.push(
    tweet(
      "maya",
      "My Lumen washer broke again and flooded the kitchen. Terrible, I want a refund!",
    ),
  );
  return records;
}

const RECOMPUTE = graphql(`
  mutation BrowserInfluencersRecompute {
    recomputeInfluence { communities }
  }
`);

describe.runIf(haveChromium)("the influencers page and the overview charts in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi({ influence: { debounceMs: 60_000, intervalMs: 0 } });
    await ingestOverHttp(api, conversationRecords());
    const run = await api.gql(RECOMPUTE);
    expect(run.data?.recomputeInfluence.communities).toBe(2);
    page = await newDashboardPage(browser, { width: 1400, height: 1000 });
    await signIn(page, api, "viewer");
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const rowNames = () =>
    page.locator('[data-testid="influencer-row"] td:nth-child(2)').allTextContents();

  test("the leaderboard ranks people with each score's breakdown, and a filter narrows it", async () => {
    await page.getByRole("link", { name: "Influencers", exact: true }).click();
    await page.waitForURL(`${api.url}/influencers`);
    await page.locator('[data-testid="influencer-row"]').first().waitFor();
    expect(await page.getByTestId("influencer-count").textContent()).toContain("7 people");
    const names = await rowNames();
    expect(names[0]).toBe("Maya Okafor");
    expect(names).toHaveLength(7);

    const first = page.locator('[data-testid="influencer-row"]').first();
    const components = await first.getByTestId("influence-component").allTextContents();
    expect(components.map((text) => text.trim().split(" ")[0])).toEqual([
      "Network",
      "Reach",
      "Engagement",
    ]);
    expect(components[1]).toContain("1.2M followers");
    // The score is the sum of the contributions the row lists.
    const contributions = components.map((text) => Number(/(\d+\.\d) of/.exec(text)![1]));
    const score = Number(await first.getByTestId("influencer-score").textContent());
    expect(Math.abs(contributions.reduce((a, b) => a + b, 0) - score)).toBeLessThanOrEqual(0.15);
    // The stacked bars: one series per component, drawn by echarts.
    await page
      .locator('[data-testid="influence-breakdown-chart"] svg text', { hasText: "Maya Okafor" })
      .first()
      .waitFor();

    await page.getByLabel("Brand").selectOption({ label: "Orbit (competitor)" });
    await expect
      .poll(rowNames, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["Ivo Horvat", "Jan Vos", "Eva Lind"]));
    expect(await rowNames()).toHaveLength(3);
    await page.getByLabel("Brand").selectOption({ label: "Any" });
    await page.getByLabel("Lifecycle stage").selectOption({ label: "Customer" });
    await expect.poll(rowNames, { timeout: 15_000 }).toEqual(["Maya Okafor"]);
    await page.getByLabel("Lifecycle stage").selectOption({ label: "Any" });
    await expect.poll(async () => (await rowNames()).length, { timeout: 15_000 }).toBe(7);
  });

  test("the network map draws the graph with WebGL, coloured by community, and a click opens the person", async () => {
    const map = page.getByTestId("influence-map");
    await page
      .locator('[data-testid="influence-map"][data-state="ready"]')
      .waitFor({ timeout: 20_000 });
    expect(await map.getAttribute("data-nodes")).toBe("7");
    expect(Number(await map.getAttribute("data-edges"))).toBeGreaterThan(10);
    expect(await page.getByTestId("map-legend").locator("li").count()).toBe(2);
    expect(await map.locator("canvas").count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-influencers.png"),
      fullPage: true,
    });

    // Where sigma drew Maya's node, from sigma's own coordinates; the click then goes through its
    // WebGL picking, so opening her page proves the map was drawn.
    const target = await map.evaluate((element) => {
      type Renderer = {
        getGraph(): {
          findNode(
            test: (id: string, attributes: { label: string }) => boolean,
          ): string | undefined;
        };
        getNodeDisplayData(id: string): { x: number; y: number } | undefined;
        framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
      };
      const renderer = (element as HTMLElement & { sigma: Renderer }).sigma;
      const id = renderer
        .getGraph()
        .findNode((_id, attributes) => attributes.label === "Maya Okafor")!;
      return { id, ...renderer.framedGraphToViewport(renderer.getNodeDisplayData(id)!) };
    });
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForURL(`${api.url}/people/${encodeURIComponent(target.id)}`, {
      timeout: 10_000,
    });

    await page.getByTestId("person-influence-score").waitFor();
    const explanations = await page.getByTestId("person-influence-component").allTextContents();
    expect(explanations).toHaveLength(3);
    expect(explanations[1]).toContain("1.2M followers");
    expect(await page.getByTestId("person-network-community").textContent()).toContain(
      "around Maya Okafor",
    );
    expect(await page.getByTestId("person-scoped-influence").textContent()).toContain(
      "About Lumen",
    );
    await page
      .locator('[data-testid="person-influence-chart"] svg text', { hasText: "About Lumen" })
      .first()
      .waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-person-influence.png"),
      fullPage: true,
    });
  });

  test("the network community filter narrows the map and the leaderboard", async () => {
    await page.goto(`${api.url}/influencers`);
    await page
      .locator('[data-testid="influence-map"][data-state="ready"]')
      .waitFor({ timeout: 20_000 });
    const orbit = await page
      .getByRole("combobox", { name: "Network community" })
      .locator("option", { hasText: "around Ivo Horvat" })
      .getAttribute("value");
    await page.getByRole("combobox", { name: "Network community" }).selectOption(orbit!);
    await page
      .locator('[data-testid="influence-map"][data-state="ready"][data-nodes="3"]')
      .waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await rowNames()).sort(), { timeout: 15_000 })
      .toEqual(["Eva Lind", "Ivo Horvat", "Jan Vos"]);
  });

  test("the overview charts the day's messages by channel, the sentiment trend and the negative share", async () => {
    await ingestOverHttp(api, [
      ticket("maya", "Still no answer about my broken Lumen washer, this is awful"),
      ticket("lee", "Thanks, the Lumen fix worked"),
    ]);
    await page.goto(`${api.url}/`);
    const summary = page.getByTestId("volume-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/\d+ inbound messages on 2 channels/);
    await page
      .locator('[data-testid="volume-chart"] svg text', { hasText: "support ticket" })
      .first()
      .waitFor();
    await page
      .locator('[data-testid="sentiment-chart"] svg text', { hasText: "Negative share" })
      .first()
      .waitFor();
    expect(await summary.textContent()).toContain("by UTC hour");
    await page.waitForTimeout(1_500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-overview-charts.png"),
      fullPage: true,
    });
    await page.getByLabel("Range of the charts").selectOption({ label: "Last 14 days" });
    await page.locator('[data-testid="volume-summary"]', { hasText: "by UTC day" }).waitFor();
    await page
      .locator('[data-testid="volume-chart"] svg text', { hasText: "support ticket" })
      .first()
      .waitFor();
  });
});
