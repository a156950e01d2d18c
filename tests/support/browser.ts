import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import type { ApiKeyRole } from "../../apps/api/src/generated/prisma/enums.ts";
import type { TestApi } from "./api.ts";
import { loudWarning } from "./backends.ts";

const root = path.resolve(import.meta.dirname, "../..");
const webBuild = path.join(root, "apps/web/build/index.html");
/** Where browser tests save their screenshots. */
export const artifacts = path.join(root, "tests/artifacts");
const chromiumPath = process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium";
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  // WebGL (the influencers page's network map) in software: with no GPU, Chromium draws WebGL
  // through ANGLE on SwiftShader. Newer Chromium no longer falls back to it by itself.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Whether Chromium is installed; without it a browser test is skipped loudly (and fails on CI). */
export const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  const message = [
    `Chromium is not installed at ${chromiumPath}: the dashboard browser tests cannot run.`,
    "Install it with `apt-get install -y chromium` (or point PARLEY_CHROMIUM at a Chromium binary).",
  ];
  if (process.env.CI === "true") throw new Error(message.join(" "));
  loudWarning([...message, "The browser tests are SKIPPED on this machine."]);
}

/** Makes the screenshot folder and starts Chromium; the suite's global setup has built the dashboard. */
export async function launchDashboardBrowser(): Promise<Browser> {
  if (!existsSync(webBuild))
    throw new Error(
      "No dashboard build (apps/web/build): the global setup (tests/support/global-setup.ts) builds it",
    );
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** A page of the dashboard that reports the browser's uncaught errors in the test output. */
export async function newDashboardPage(
  browser: Browser,
  viewport = { width: 1400, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("pageerror", (error) => console.error("[browser] uncaught:", error.message));
  return page;
}

/**
 * Signs in on the sign-in page with a key of `role` and waits for the overview; with `open`, then
 * follows the navigation link of that name, as a user would, and waits for its page.
 */
export async function signIn(
  page: Page,
  api: TestApi,
  role: ApiKeyRole,
  open?: string,
): Promise<void> {
  await page.goto(`${api.url}/signin`);
  await page.fill("#api-key", await api.keyFor(role));
  await page.click("button[type=submit]");
  // The key is stored once sign-in lands on the overview; going on before that raced it.
  await page.waitForURL(`${api.url}/`);
  if (!open) return;
  const link = page.getByRole("link", { name: open, exact: true });
  const target = new URL((await link.getAttribute("href")) ?? "/", api.url).href;
  await link.click();
  await page.waitForURL(target);
}

/** Waits until the element's text is exactly this: live numbers change without a reload. */
export async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ([query, text]) => document.querySelector(query)?.textContent?.trim() === text,
    [selector, expected] as const,
    { timeout: 15_000 },
  );
}
