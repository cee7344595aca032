/**
 * Headless Chromium from Debian, driven by playwright-core (which cannot download browsers here).
 * The harness installs the chromium package with apt-get when missing and running as root.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { requireSystemTool } from "./system-tool";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<BrowserContext> {
  const executablePath = requireSystemTool("chromium", "chromium", ["/usr/bin/chromium"]);
  const profile = mkdtempSync(join(tmpdir(), "funnel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, HOME: profile },
  });
  // No network beyond this machine: office.js from the CDN fails fast, as in a plain browser offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return context;
}
