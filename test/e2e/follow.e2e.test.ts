/**
 * The sheet is the truth, end to end in Chromium (issue 19): the preview's pane follows a value typed in
 * the grid, never reverts it on Recalculate, and asks when the same cell was changed in both places.
 *
 * @system-tools chromium
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { eventually } from "../helpers/browser";
import { previewPagesForSuite } from "../helpers/preview-pages";

const SCREENSHOTS = join(__dirname, "..", ".tmp", "screenshots");
const preview = previewPagesForSuite();
const open = () => preview("sheet=Sheet1");

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Types into a cell through the preview's formula bar, as the user does in Excel. */
async function typeInSheet(page: Page, address: string, typed: string): Promise<void> {
  await page.locator(`[data-testid="grid"] td[data-address="${address}"]`).click();
  await page.getByTestId("formula-bar").fill(typed);
  await page.getByTestId("formula-bar").press("Enter");
}

const shown = (page: Page, address: string) =>
  page.locator(`[data-testid="grid"] td[data-address="${address}"]`).getAttribute("data-value");

test("a result typed in the sheet reaches the pane at once, and Recalculate keeps it", async () => {
  const page = await open();
  await expect(field(page, "Result of step 3").inputValue()).resolves.toBe("160");
  await typeInSheet(page, "B7", "150");
  expect(
    await eventually(
      () => field(page, "Result of step 3").inputValue(),
      (v) => v === "150",
    ),
  ).toBe("150");
  // The pane's own change elsewhere is written; the sheet's value stays.
  await field(page, "Result of step 5").fill("33");
  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  expect(
    await eventually(
      () => shown(page, "B7"),
      (v) => v === "150",
    ),
  ).toBe("150");
  expect(
    await eventually(
      () => shown(page, "B9"),
      (v) => v === "33",
    ),
  ).toBe("33");
  await page.close();
});

test("the field being typed in is left alone; the same cell changed in both places is asked about", async () => {
  const page = await open();
  await field(page, "Result of step 3").fill("170");
  // Meanwhile in the sheet (the pane's field keeps what the user typed).
  await typeInSheet(page, "B7", "150");
  await page.getByTestId("kept-while-changed").waitFor();
  await expect(field(page, "Result of step 3").inputValue()).resolves.toBe("170");
  await page.getByTestId("recalculate").click();
  await page.getByTestId("sheet-conflicts").waitFor();
  const banner = await page.getByTestId("errors").textContent();
  expect(banner).toContain("Fix these first");
  expect(
    await page.getByText(/B7 was changed in the sheet since the pane read it: the sheet has 150, the pane 170/).count(),
  ).toBe(1);
  expect(await shown(page, "B7")).toBe("150");
  await page.locator(".pane").screenshot({ path: join(SCREENSHOTS, "conflict-en-320.png") });
  await page.getByTestId("write-mine").click();
  await page.getByTestId("written").waitFor();
  expect(
    await eventually(
      () => shown(page, "B7"),
      (v) => v === "170",
    ),
  ).toBe("170");
  await expect(field(page, "Result of step 3").inputValue()).resolves.toBe("170");
  await page.close();
});

test("keeping the sheet's value: the pane then shows it", async () => {
  const page = await open();
  await field(page, "Improvement hoped for at step 4, in percent").fill("20");
  await typeInSheet(page, "D8", "0.15");
  await page.getByTestId("recalculate").click();
  await page.getByTestId("keep-sheet").click();
  await page.getByTestId("written").waitFor();
  expect(
    await eventually(
      () => shown(page, "D8"),
      (v) => v === "0.15",
    ),
  ).toBe("0.15");
  expect(
    await eventually(
      () => field(page, "Improvement hoped for at step 4, in percent").inputValue(),
      (v) => v === "15",
    ),
  ).toBe("15");
  await page.close();
});
