import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { COMPLAINT, maya, tweet } from "../support/alerts.ts";
import { ingestOverHttp, startTestApi, type TestApi } from "../support/api.ts";
import {
  artifacts,
  haveChromium,
  launchDashboardBrowser,
  newDashboardPage,
  signIn,
} from "../support/browser.ts";
import { graphql } from "../support/graphql/index.ts";

const ACKNOWLEDGED_ALERTS = graphql(`
  query BrowserAlertsAcknowledged {
    alerts(first: 5, filter: { acknowledged: true }) {
      edges { node { message { text } acknowledgedBy } }
    }
  }
`);

describe.runIf(haveChromium)("the alerts inbox in Chromium", () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchDashboardBrowser();
    api = await startTestApi();
    page = await newDashboardPage(browser, { width: 1300, height: 900 });
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const rows = () => page.locator('[data-testid="alert-row"]');

  test("an imported complaint arrives live without a reload; an analyst acknowledges it", async () => {
    await ingestOverHttp(api, [maya]);
    await signIn(page, api, "analyst", "Alerts");
    await page.getByText("No open alerts").waitFor();

    // The page stays as it is: the alert must come over the subscription. Until the subscription
    // is live, probes in threads of their own (the first to arrive proves it).
    for (let i = 0; (await rows().count()) === 0; i++) {
      expect(i, "no alert arrived live within 15 s").toBeLessThan(75);
      if (i % 5 === 0)
        await ingestOverHttp(api, [
          tweet(`probe-${i}`, "Broken again, awful", { conversation: `probe-${i}` }),
        ]);
      await page.waitForTimeout(200);
    }
    await ingestOverHttp(api, [tweet("washer", COMPLAINT, { conversation: "washer" })]);
    const complaint = rows().filter({ hasText: COMPLAINT });
    await complaint.waitFor({ timeout: 5_000 });
    expect(await complaint.getByTestId("severity").textContent()).toBe("high");
    expect(await complaint.getByTestId("alert-reason").textContent()).toMatch(
      /^Maya Okafor: 1\.2M followers, influence \d+, sentiment -0\.\d+, a problem/,
    );
    expect(await complaint.getByRole("link", { name: "Maya Okafor" }).getAttribute("href")).toMatch(
      /^\/people\//,
    );
    await page.screenshot({ path: path.join(artifacts, "dashboard-alerts.png"), fullPage: true });

    await complaint.getByRole("button", { name: "Acknowledge" }).click();
    // Acknowledged alerts leave the open inbox; "Show acknowledged" brings them back, marked.
    await complaint.waitFor({ state: "detached" });
    await page.getByLabel("Show acknowledged").check();
    await rows().filter({ hasText: COMPLAINT }).getByTestId("acknowledged").waitFor();
    expect(
      await rows().filter({ hasText: COMPLAINT }).getByTestId("acknowledged").textContent(),
    ).toMatch(/^Acknowledged by test analyst/);
    const stored = await api.gql(ACKNOWLEDGED_ALERTS);
    expect(stored.data!.alerts.edges.map((edge) => edge.node)).toEqual([
      { message: { text: COMPLAINT }, acknowledgedBy: "test analyst" },
    ]);
  });
});
