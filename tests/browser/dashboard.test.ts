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

describe.runIf(haveChromium)("the dashboard in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let viewerKey: string;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi();
    viewerKey = await api.keyFor("viewer");
    page = await newDashboardPage(browser);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const ingest = (records: Record<string, unknown>[]) => ingestOverHttp(api, records);

  const statValue = (name: string) => page.locator(`[data-testid="stat-${name}-value"]`);

  const waitForStat = (name: string, value: string) =>
    waitForText(page, `[data-testid="stat-${name}-value"]`, value);

  test("a wrong API key is refused with a readable error", async () => {
    await page.goto(`${api.url}/`);
    await page.waitForURL(/\/signin/);
    await page.fill("#api-key", "not-a-real-key-0000");
    await page.click("button[type=submit]");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("That API key was not accepted");
    await page.screenshot({ path: path.join(artifacts, "dashboard-signin-error.png") });
  });

  test("a viewer signs in and sees the headline numbers and an empty feed", async () => {
    await page.fill("#api-key", viewerKey);
    await page.click("button[type=submit]");
    await page.waitForURL(`${api.url}/`);
    await page.locator('[data-testid="overview"]').waitFor();
    expect(await page.locator('[data-testid="viewer"]').textContent()).toContain("viewer");
    expect(await statValue("people").textContent()).toBe("0");
    expect(await statValue("messagesLast24h").textContent()).toBe("0");
    await page.getByText("No conversations yet").waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="live-status"]')?.textContent?.includes("Live"),
      null,
      {
        timeout: 10_000,
      },
    );
    // Marks this document: if anything below reloads the page, the mark is gone.
    await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  });

  test("a message posted through the API appears in the feed and the numbers change without a reload", async () => {
    await ingest([
      {
        type: "person",
        source: "test",
        id: "p-maya",
        name: "Maya",
        title: "Operations Lead",
        emails: ["maya@example.com"],
        handles: [{ platform: "twitter", handle: "maya" }],
        followers: { twitter: 1_200_000 },
      },
      {
        type: "message",
        source: "test",
        id: "m1",
        channel: "twitter",
        conversation: "c1",
        author: { platform: "twitter", handle: "maya", name: "Maya" },
        text: "My washer broke again!!!",
        at: new Date().toISOString(),
      },
    ]);
    const row = page.locator('[data-testid="feed-row"]', { hasText: "My washer broke again!!!" });
    await row.waitFor({ timeout: 15_000 });
    await waitForStat("messagesLast24h", "1");
    await waitForStat("people", "1");
    expect(await row.textContent()).toContain("1.2M followers");
    await page.screenshot({ path: path.join(artifacts, "dashboard-overview.png"), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(
      true,
    );
  });

  test("the conversation feed prepends new messages live", async () => {
    await page.getByRole("link", { name: "Conversations", exact: true }).click();
    await page.waitForURL(`${api.url}/conversations`);
    await page
      .locator('[data-testid="feed-row"]', { hasText: "My washer broke again!!!" })
      .waitFor();
    await ingest([
      {
        type: "message",
        source: "test",
        id: "m2",
        channel: "twitter",
        conversation: "c1",
        author: { platform: "twitter", handle: "maya" },
        text: "Thanks, the technician fixed it. Great service!",
        at: new Date().toISOString(),
      },
    ]);
    await page
      .locator('[data-testid="feed-row"]', { hasText: "Great service" })
      .waitFor({ timeout: 15_000 });
    const rows = await page.locator('[data-testid="feed-row"]').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("Great service");
    expect(rows[1]).toContain("My washer broke again!!!");
    expect(rows[1]).toContain("twitter");
    const badge = page
      .locator('[data-testid="feed-row"]', { hasText: "My washer" })
      .locator('[data-testid="sentiment"]');
    expect(await badge.getAttribute("class")).toContain("negative");
    await page.screenshot({ path: path.join(artifacts, "dashboard-feed.png"), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(
      true,
    );
  });

  test("clicking the author opens the person page with profile, handles and timeline", async () => {
    await page
      .locator('[data-testid="feed-row"]', { hasText: "My washer" })
      .getByRole("link", { name: "Maya" })
      .click();
    await page.waitForURL(/\/people\/.+/);
    await page.locator('[data-testid="person-name"]').waitFor();
    expect(await page.locator('[data-testid="person-name"]').textContent()).toBe("Maya");
    await page.locator('[data-testid="timeline"]').waitFor();
    const timeline = await page.locator('[data-testid="timeline"] li').allTextContents();
    expect(timeline.some((entry) => entry.includes("My washer broke again!!!"))).toBe(true);
    const identities = await page.locator('[data-testid="identities"]').textContent();
    expect(identities).toContain("@maya");
    // A viewer key does not see personal data: the API leaves emails out.
    expect(await page.content()).not.toContain("maya@example.com");
    await page.screenshot({ path: path.join(artifacts, "dashboard-person.png"), fullPage: true });
  });

  test("the wall view shows the numbers in large type", async () => {
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await signIn(wall, api, "viewer");
    await wall.goto(`${api.url}/?wall`);
    await wall.locator('[data-testid="overview"]').waitFor();
    expect(await wall.evaluate(() => document.documentElement.classList.contains("wall"))).toBe(
      true,
    );
    await wall.screenshot({ path: path.join(artifacts, "dashboard-wall.png") });
    await wall.close();
  });

  test("signing out forgets the key and every page asks for it again", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/signin/);
    await page.goto(`${api.url}/conversations`);
    await page.waitForURL(/\/signin\?next=%2Fconversations/);
    expect(await page.evaluate(() => localStorage.getItem("parley.apiKey"))).toBeNull();
  });
});
