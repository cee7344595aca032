/**
 * npm run screenshots: the README's pictures — the pane, taken in headless Chromium from the browser
 * preview (development build), and the downloadable template as LibreOffice prints it — written to
 * docs/screenshots/. Tests never write there; this command is the only thing that does.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { templateWorkbookBuffer } from "../src/export/template-workbook";
import { pickLocale } from "../src/i18n";
import type { BrowserContext } from "playwright-core";
import { launchBrowser } from "../test/helpers/browser";
import { buildDevelopment } from "../test/helpers/dev-build";
import { printWithLibreOffice } from "../test/helpers/libreoffice";
import { pdfPagePng } from "../test/helpers/pdf";
import { serveDirectory } from "../test/helpers/static-server";
import { installSystemTools, SYSTEM_TOOLS } from "../test/helpers/system-tool";

const OUT = resolve(__dirname, "..", "docs", "screenshots");

/** The template (npm run export -- --example, as the build makes it) printed by LibreOffice, page 1 as a PNG. */
async function templatePicture(): Promise<void> {
  const xlsx = join(mkdtempSync(join(tmpdir(), "funnel-template-picture-")), "funnel-template.xlsx");
  writeFileSync(xlsx, await templateWorkbookBuffer(pickLocale("en-US"), "USD"));
  const [pdf] = printWithLibreOffice([xlsx]);
  if (pdf === undefined) throw new Error("LibreOffice printed nothing");
  copyFileSync(pdfPagePng(pdf, 80), join(OUT, "template.png"));
}

/** The README's two-minute walk-through, step by step, in the preview at a laptop's size. */
async function walkThrough(browser: BrowserContext, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  await page.goto(`${url}/taskpane.html?sheet=Sheet1`);
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
  await page.screenshot({ path: join(OUT, "walkthrough-1-sheet1.png") });
  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
  await page.screenshot({ path: join(OUT, "walkthrough-2-recalculated.png") });
  const third = page.getByLabel("Result of step 3", { exact: true });
  await third.fill("lots");
  await page.getByTestId("recalculate").click();
  await page.getByTestId("errors").waitFor();
  await page.locator(".pane").screenshot({ path: join(OUT, "walkthrough-3-bad-value.png") });
  await third.fill("160");
  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  await page.getByTestId("period-label").fill("2026 Q4");
  await page.getByTestId("close-period").click();
  await page.getByTestId("period-closed").waitFor();
  await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
  await page.getByTestId("periods").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, "walkthrough-4-period-closed.png") });
  await page.close();
}

async function main(): Promise<void> {
  const { chromium, libreoffice, poppler } = SYSTEM_TOOLS;
  if (chromium === undefined || libreoffice === undefined || poppler === undefined) {
    throw new Error("SYSTEM_TOOLS lacks chromium, libreoffice or poppler");
  }
  installSystemTools([chromium, libreoffice, poppler], (line) => {
    console.log(line);
  });
  mkdirSync(OUT, { recursive: true });
  await templatePicture();
  const server = await serveDirectory(await buildDevelopment());
  const browser = await launchBrowser();
  try {
    for (const theme of ["light", "dark"]) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/taskpane.html?theme=${theme}`);
      await page.getByTestId("recalculate").click();
      await page.getByTestId("written").waitFor();
      // After a write the pane reads the comparison back; the picture waits until it is done.
      await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
      await page.screenshot({ path: join(OUT, `preview-${theme}.png`) });
      await page.locator(".pane").screenshot({ path: join(OUT, `pane-${theme}.png`) });
      await page.close();
    }
    await walkThrough(browser, server.url);
    const page = await browser.newPage();
    await page.goto(`${server.url}/taskpane.html?lang=nl`);
    await page.getByRole("button", { name: "Herberekenen" }).click();
    await page.getByTestId("written").waitFor();
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    await page.screenshot({ path: join(OUT, "pane-dutch.png") });
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
