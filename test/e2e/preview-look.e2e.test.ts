/**
 * The preview as a newcomer first sees it (issue 22), in Debian's Chromium: the grid shows the sheets
 * the add-in laid out as Excel would show them to the reader (percent, dollars, points, the chart
 * spacer styled away, numbers in the reader's notation); the pane opens at Excel's 320 px and its
 * splitter makes it wider by mouse or keyboard; the charts' step names, however long, never run into a
 * bar, and their legend lists the series in the order their bars are drawn. Screenshots of the pane at
 * 320 px in each language go to test/.tmp/screenshots/.
 *
 * @system-tools chromium
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { previewPagesForSuite } from "../helpers/preview-pages";

const SCREENSHOTS = join(__dirname, "..", ".tmp", "screenshots");
const open = previewPagesForSuite();
mkdirSync(SCREENSHOTS, { recursive: true });

/** What a cell of the grid shows. */
const shown = (page: Page, address: string) =>
  page.locator(`[data-testid="grid"] td[data-address="${address}"]`).textContent();

const tab = (page: Page, sheet: string) =>
  page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name: sheet, exact: true });

test("Shoes opens as Excel shows it: percent in D, dollars, points in Q, no spacer figures, real closing dates", async () => {
  const page = await open("sheet=Shoes&lang=en-US");
  expect(await Promise.all(["D6", "D7", "B10", "B11", "Q5", "Q7"].map((a) => shown(page, a)))).toEqual([
    "15.0%",
    "10.0%",
    "$90.00",
    "$29,700.00",
    "-1.8%",
    "+4.8%",
  ]);
  for (let row = 4; row <= 8; row++) await expect(shown(page, `I${row}`)).resolves.toBe("");
  await tab(page, "Funnel history").click();
  await page.locator('[data-testid="grid"][data-sheet="Funnel history"]').waitFor();
  const closed = await Promise.all(["G2", "G7", "G12"].map((a) => shown(page, a)));
  expect(closed).toEqual(["2026-07-02", "2026-10-01", "2026-10-02"]);
  await page.close();
});

test("in German and Dutch the grid shows the reader's notation; the workbook's dollars stay dollars", async () => {
  for (const [lang, expected] of [
    ["de-DE", ["15,0%", "$29.700,00", "-1,8%", "11.200", "1.138,5"]],
    ["nl-NL", ["15,0%", "$29.700,00", "-1,8%", "11.200", "1.138,5"]],
  ] as const) {
    const page = await open(`sheet=Shoes&lang=${lang}`);
    expect(await Promise.all(["D6", "B11", "Q5", "B4", "F6"].map((a) => shown(page, a)))).toEqual(expected);
    await page.close();
  }
});

test("the pane opens at 320 px; its splitter, named, widens it by keyboard and by mouse", async () => {
  const page = await open("sheet=Sheet1");
  const pane = page.locator(".pane");
  const width = async () => Math.round((await pane.boundingBox())?.width ?? 0);
  expect(await width()).toBe(320);
  const splitter = page.getByRole("separator", { name: "Task pane width" });
  await expect(splitter.getAttribute("aria-valuenow")).resolves.toBe("320");
  await splitter.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  expect(await width()).toBe(352);
  await expect(splitter.getAttribute("aria-valuenow")).resolves.toBe("352");
  await page.keyboard.press("Home");
  expect(await width()).toBe(320);
  // Never narrower than Excel's pane.
  await page.keyboard.press("ArrowRight");
  expect(await width()).toBe(320);
  await page.keyboard.press("End");
  expect(await width()).toBe(800);
  await page.keyboard.press("Home");

  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + 200, { steps: 5 });
  await page.mouse.up();
  expect(await width()).toBe(470);
  // The pane's content follows its width: nothing sticks out of it.
  const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBe(0);
  await page.close();
});

test("a 40-character step name wraps beside the bars, never over one; the legend lists the bars' order", async () => {
  const page = await open("sheet=Sheet1");
  const long = "Behaviour stimulated by our newsletter A";
  expect(long).toHaveLength(40);
  await page.getByLabel("Name of step 3", { exact: true }).fill(long);
  await page.getByTestId("recalculate").click();
  await page.getByTestId("written").waitFor();
  await page.locator(`[data-chart] text[data-category="${long}"]`).first().waitFor();
  const overlaps = await page.evaluate(() => {
    const found: string[] = [];
    for (const figure of document.querySelectorAll("figure[data-chart]")) {
      const bars = [...figure.querySelectorAll("rect")].map((r) => r.getBoundingClientRect());
      for (const name of figure.querySelectorAll("text[data-category]")) {
        const box = name.getBoundingClientRect();
        for (const bar of bars) {
          const apart =
            box.right <= bar.left || bar.right <= box.left || box.bottom <= bar.top || bar.bottom <= box.top;
          if (!apart) found.push(`${figure.getAttribute("data-chart") ?? ""}: "${name.textContent}"`);
        }
      }
    }
    return found;
  });
  expect(overlaps).toEqual([]);
  // Wrapped, not cut: every word of the name is shown.
  const lines = await page
    .locator(`[data-chart="FunnelForecastComparison"] text[data-category="${long}"] tspan`)
    .allTextContents();
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(" ")).toBe(long);
  // The comparison's legend reads as its bars are drawn, top to bottom in each step.
  const comparison = page.locator('[data-chart="FunnelForecastComparison"]');
  const legend = await comparison.locator("figcaption").textContent();
  const drawn = await comparison.evaluate((figure) => {
    const colours = [...figure.querySelectorAll("figcaption span > span")].map(
      (key) => getComputedStyle(key).backgroundColor,
    );
    const firstStep = [...figure.querySelectorAll("rect")].slice(0, colours.length);
    return firstStep
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((rect) => colours.indexOf(getComputedStyle(rect).fill));
  });
  expect(legend).toBe("NowForecast");
  expect(drawn).toEqual([0, 1]);
  await page.close();
});

test.each([
  ["en", "en-US"],
  ["nl", "nl-NL"],
  ["de", "de-DE"],
  ["hu", "hu-HU"],
  ["nb", "nb-NO"],
])("the pane at 320 px in %s, on Shoes (screenshot)", async (language, tag) => {
  const page = await open(`sheet=Shoes&lang=${tag}`);
  const pane = page.locator(".pane");
  expect(Math.round((await pane.boundingBox())?.width ?? 0)).toBe(320);
  await pane.screenshot({ path: join(SCREENSHOTS, `preview-pane-320-${language}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `preview-320-${language}.png`) });
  await page.close();
});
