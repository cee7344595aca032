/**
 * The workbook owns its currency and its language (issue 22), in the preview in Debian's Chromium: a
 * German pane on the English Shoes sheet shows the workbook's dollars, says the sheet's labels are
 * English and keeps them on Recalculate, and writes them in German only when the user asks.
 *
 * @system-tools chromium
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { eventually } from "../helpers/browser";
import { previewPagesForSuite } from "../helpers/preview-pages";
import { sheetLabels } from "../../src/i18n/sheet-labels";

const SCREENSHOTS = join(__dirname, "..", ".tmp", "screenshots");
const open = previewPagesForSuite();
const cell = (page: Page, address: string) =>
  page.locator(`[data-testid="grid"] td[data-address="${address}"]`).getAttribute("data-value");

test("a German pane keeps the English sheet English and its dollars dollars, until asked to relabel", async () => {
  const page = await open("sheet=Shoes&lang=de-DE");
  const note = page.getByTestId("sheet-language");
  await note.waitFor();
  expect(await note.textContent()).toContain("Englisch");
  // The workbook's currency, not the pane's language's: dollars.
  const pane = (await page.locator(".pane").textContent()) ?? "";
  expect(pane).toContain("$");
  expect(pane).not.toContain("€");

  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  expect(await cell(page, "C3")).toBe(sheetLabels.en.conversion);
  expect(await note.isVisible()).toBe(true);
  await note.scrollIntoViewIfNeeded();
  await page.locator(".pane").screenshot({ path: join(SCREENSHOTS, "pane-320-de-on-english-sheet.png") });

  await page.getByTestId("relabel").click();
  expect(
    await eventually(
      () => cell(page, "C3"),
      (v) => v === sheetLabels.de.conversion,
    ),
  ).toBe(sheetLabels.de.conversion);
  // The sheet now speaks the pane's language: nothing more to offer.
  await note.waitFor({ state: "detached" });
  const money = (await page.locator(".pane").textContent()) ?? "";
  expect(money).not.toContain("€");
  await page.close();
});

test("an English pane on the English sheet says nothing about languages", async () => {
  const page = await open("sheet=Shoes&lang=en-US");
  await page.getByTestId("recalculate").waitFor();
  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  expect(await page.getByTestId("sheet-language").count()).toBe(0);
  await page.close();
});
