// The cases queue and case page in Chromium: a complaint imported while the queue is open appears
// in it live with a ticking SLA timer; the analyst opens it, notes, replies, resolves; the
// customer's person page lists the case.
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

const SAVE_TEAMMATE = graphql(`
  mutation BrowserCasesSaveTeammate {
    saveTeammate(input: { name: "Sam Okafor", handle: "sam", team: "Care" }) { id }
  }
`);

describe.runIf(haveChromium)("the cases pages in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi();
    page = await newDashboardPage(browser, { width: 1400, height: 1000 });
    await api.gql(SAVE_TEAMMATE);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test("a complaint appears in the queue live; reply, note and resolve on its page", async () => {
    await signIn(page, api, "analyst", "Cases");
    await waitForText(page, '[data-testid="case-count"]', "0");

    await ingestOverHttp(api, [
      {
        type: "message",
        source: "twitter",
        id: "t-1",
        channel: "twitter",
        conversation: "t-1",
        at: new Date(Date.now() - 60_000).toISOString(),
        author: {
          platform: "twitter",
          handle: "homeblogger",
          name: "Mia Laurent",
          followers: { twitter: 1_200_000 },
        },
        text: "@AcmeHome my brand new washing machine is broken after two days. Terrible service!",
      },
    ]);
    await waitForText(page, '[data-testid="case-count"]', "1");
    const row = page.locator('[data-testid="case-row"]').first();
    expect(await row.textContent()).toContain("Mia Laurent");
    expect(await row.locator('[data-testid="case-status"]').textContent()).toBe("new");
    const timer = row.locator('[data-testid="sla-timer"]');
    const first = await timer.textContent();
    expect(first).toMatch(/First response.*left/);
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="sla-timer"]')?.textContent !== before,
      first,
      { timeout: 5_000 },
    );
    await page.screenshot({
      path: path.join(artifacts, "dashboard-cases-queue.png"),
      fullPage: true,
    });

    await row.getByRole("link").first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByLabel("Assignee").selectOption({ label: "Sam Okafor (Care)" });
    await page.getByLabel(/^Note/).fill("@sam she has 1.2M followers: call her today");
    await page.getByRole("button", { name: "Add note" }).click();
    await page.locator('[data-testid="case-note"] mark', { hasText: "@sam" }).waitFor();
    await page
      .getByLabel(/^Reply on twitter/)
      .fill("So sorry Mia, a technician is on the way today.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page
      .locator('[data-testid="case-message"].outbound', { hasText: "technician is on the way" })
      .waitFor();
    await waitForText(page, '[data-testid="case-status"]', "pending");
    await page.screenshot({ path: path.join(artifacts, "dashboard-case.png"), fullPage: true });

    await page.getByRole("button", { name: "Resolve" }).click();
    await waitForText(page, '[data-testid="case-status"]', "resolved");
    await page.getByRole("button", { name: "Reopen" }).waitFor();
    expect(await page.locator('[data-testid="sla-timer"]').textContent()).toContain("met");

    await page.getByRole("link", { name: "Mia Laurent" }).click();
    await page.waitForURL(/\/people\//);
    await page
      .locator('[data-testid="case-row"]', { hasText: "resolved" })
      .waitFor({ timeout: 15_000 });
    await page.screenshot({
      path: path.join(artifacts, "dashboard-person-cases.png"),
      fullPage: true,
    });
  });
});
