/**
 * Headless Chromium from Debian, driven by playwright-core (which cannot download browsers here).
 * The global setup installs the chromium package (suites say "@system-tools chromium").
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { requireSystemTool, SYSTEM_TOOLS } from "./system-tool";

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
  const executablePath = requireSystemTool(SYSTEM_TOOLS.chromium!);
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

/** Asks `read` again (every 50 ms, up to `timeoutMs`) until `accept` says yes; returns the last answer. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
