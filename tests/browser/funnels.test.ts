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

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const person = (id: string, name: string) => ({
  type: "person",
  source: "test",
  id,
  name,
  emails: [`${id}@example.com`],
  handles: [{ platform: "forum", handle: id }],
});
const emailClick = (id: string, personId: string) => ({
  type: "touchpoint",
  source: "mailchimp",
  id,
  person: { email: `${personId}@example.com` },
  kind: "email_click",
  campaign: { id: "webinar", name: "Webinar invite", channel: "email" },
  at: hoursAgo(3),
});
const forumPost = (id: string, personId: string, at: string) => ({
  type: "message",
  source: "forum",
  id,
  channel: "forum",
  conversation: `thread-${id}`,
  author: { platform: "forum", handle: personId },
  text: "How do I connect the webinar tool to our CRM?",
  at,
});

describe.runIf(haveChromium)("the funnels page in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi();
    page = await newDashboardPage(browser, { width: 1400, height: 1000 });
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const ingest = (records: Record<string, unknown>[]) => ingestOverHttp(api, records);
  const waitForStepCount = (step: number, count: string) =>
    waitForText(page, `[data-testid="step-count-${step}"]`, count);

  test("an analyst builds a two-step funnel from ingested records, saves it and sees it change live", async () => {
    await ingest([
      person("ana", "Ana"),
      person("ben", "Ben"),
      person("cy", "Cy"),
      emailClick("t-ana", "ana"),
      emailClick("t-ben", "ben"),
      emailClick("t-cy", "cy"),
      forumPost("m-ana", "ana", hoursAgo(2)),
    ]);

    await signIn(page, api, "analyst", "Funnels");

    await page.getByRole("group", { name: "Step 1 Touchpoint" }).getByLabel("email click").check();
    await page.getByRole("group", { name: "Step 2 Channel" }).getByLabel("forum").check();
    await page.getByLabel("Step 2 name").fill("Asked in the forum");
    await page.getByLabel("Break down by").selectOption({ label: "First-touch campaign" });
    await page.getByRole("button", { name: "Show funnel" }).click();
    await waitForStepCount(1, "3");
    await waitForStepCount(2, "1");
    const rows = await page.locator('[data-testid="funnel-steps"] tbody tr').allTextContents();
    expect(rows[0]).toContain("Touchpoint: email click");
    expect(rows[1]).toContain("Asked in the forum");
    expect(rows[1]).toContain("33.3%");
    const breakdown = await page
      .locator('[data-testid="funnel-breakdown"] tbody tr')
      .allTextContents();
    expect(breakdown).toHaveLength(1);
    expect(breakdown[0]).toMatch(/^Webinar invite\s*3 100\.0%\s*1 33\.3%$/);
    // The chart is drawn by echarts (as SVG), not by hand: the first bar carries its share.
    await page
      .locator('[data-testid="funnel-chart"] svg text', { hasText: "100.0%" })
      .first()
      .waitFor();

    await page.getByLabel("Funnel name").fill("Webinar to forum");
    await page.getByRole("button", { name: "Save and follow live" }).click();
    await page
      .locator('[data-testid="saved-funnels"] li', { hasText: "Webinar to forum" })
      .waitFor();
    await page
      .locator('[data-testid="funnel-result"] h2', { hasText: "Webinar to forum" })
      .waitFor();
    await waitForStepCount(2, "1");

    await ingest([forumPost("m-ben", "ben", hoursAgo(1))]);
    await waitForStepCount(2, "2");
    await waitForStepCount(1, "3");
    expect(await page.locator('[data-testid="funnel-live"]').textContent()).toContain("updated");
    await page
      .locator('[data-testid="funnel-chart"] svg text', { hasText: "2 · 66.7%" })
      .first()
      .waitFor();
    // echarts animates the bars to their new height: the screenshot waits for the end.
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: path.join(artifacts, "dashboard-funnel.png"), fullPage: true });
  });

  test("clicking a step's drop-offs lists who stopped before it", async () => {
    await page
      .locator('[data-testid="funnel-steps"] tbody tr')
      .nth(1)
      .getByRole("button", { name: "Drop-offs" })
      .click();
    const people = page.locator('[data-testid="step-people"]');
    await people.getByRole("link", { name: "Cy" }).waitFor({ timeout: 15_000 });
    expect(await people.textContent()).not.toContain("Ana");
  });

  test("an exclusion between the steps and a breakdown by the second step's channel", async () => {
    // Ben wrote to support between his click and his forum post: with the exclusion he does not count.
    await ingest([
      {
        type: "message",
        source: "zendesk",
        id: "ticket-ben",
        channel: "support_ticket",
        author: { email: "ben@example.com" },
        text: "Login fails",
        at: hoursAgo(1.5),
      },
    ]);
    await page.getByRole("button", { name: "Add an exclusion" }).click();
    await page
      .getByRole("group", { name: "Exclusion 1 Channel" })
      .getByLabel("support ticket")
      .check();
    await page.getByLabel("Exclusion 1 after step").selectOption("1");
    await page.getByLabel("Exclusion 1 before step").selectOption("2");
    await page.getByLabel("Break down by").selectOption({ label: "Channel of a step's activity" });
    await page.getByLabel("Breakdown read at").selectOption({ label: "step…" });
    await page.getByLabel("Breakdown step").selectOption("2");
    await page.getByRole("button", { name: "Show funnel" }).click();
    await page.locator('[data-testid="funnel-result"] h2', { hasText: "This funnel" }).waitFor();
    await waitForStepCount(1, "3");
    await waitForStepCount(2, "1");
    const breakdown = await page
      .locator('[data-testid="funnel-breakdown"] tbody tr')
      .allTextContents();
    // Ana's forum post is the second step's activity; Ben and Cy have none, so they fall in "(none)".
    expect(breakdown).toHaveLength(2);
    expect(breakdown[0]).toMatch(/^\(none\)\s*2 100\.0%\s*0 0\.0%$/);
    expect(breakdown[1]).toMatch(/^forum\s*1 100\.0%\s*1 100\.0%$/);
    await page
      .locator('[data-testid="funnel-chart"] svg text', { hasText: "1 · 33.3%" })
      .first()
      .waitFor();
    await page.waitForTimeout(1_500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-funnel-exclusion.png"),
      fullPage: true,
    });
  });

  test("attribution shows each model's credit side by side, by channel", async () => {
    const deal = {
      type: "deal",
      source: "crm",
      id: "D-ana",
      name: "Ana's deal",
      contact: { email: "ana@example.com" },
      stage: "proposal",
      amount: 1000,
      currency: "USD",
    };
    await ingest([{ ...deal, at: hoursAgo(0.5) }]);
    await ingest([
      { ...deal, status: "won", stage: "closed won", closedAt: new Date().toISOString() },
    ]);
    await page.getByRole("link", { name: "Attribution", exact: true }).click();
    await page.waitForURL(`${api.url}/attribution`);
    await page.locator('[data-testid="attribution-table"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="attribution-summary"]').textContent()).toContain(
      "1 won deal, 1,000 USD",
    );
    const header = await page.locator('[data-testid="attribution-table"] thead').textContent();
    for (const model of [
      "First touch",
      "Last touch",
      "Linear",
      "Time decay",
      "Position based",
      "Data-driven",
    ])
      expect(header).toContain(model);
    const rows = await page.locator('[data-testid="attribution-table"] tbody tr').allTextContents();
    // Ana's touches before the win: the webinar email click, then her forum question.
    expect(rows.some((row) => row.startsWith("email"))).toBe(true);
    expect(rows.some((row) => row.startsWith("forum"))).toBe(true);
    await page.locator('[data-testid="attribution-chart"] svg').waitFor();
    await page.waitForTimeout(1_500);
    await page.screenshot({
      path: path.join(artifacts, "dashboard-attribution.png"),
      fullPage: true,
    });
  });
});
