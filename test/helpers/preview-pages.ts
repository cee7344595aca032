/**
 * The browser preview (development build) opened in Chromium for a suite: one build, one server and one
 * browser for all its tests, page errors checked after each test.
 */
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { buildDevelopment } from "./dev-build";
import { serveDirectory, type StaticServer } from "./static-server";

/** Sets up the suite's preview; the function returned opens it with `query` at 1280 × 900. */
export function previewPagesForSuite(): (query: string) => Promise<Page> {
  let server: StaticServer | null = null;
  let browser: BrowserContext | null = null;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await serveDirectory(await buildDevelopment());
    browser = await launchBrowser();
  }, 300_000);
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return async (query) => {
    if (browser === null || server === null) throw new Error("the suite's preview is not started yet");
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/taskpane.html?${query}`);
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    return page;
  };
}
