/**
 * The template printed by LibreOffice: one page, the table with its headers whole and money in dollars,
 * and both charts drawn — their titles, their labels and their bars are on the page. The same workbook
 * without charts is printed alongside, so each check is seen to fail where the charts are missing.
 *
 * @system-tools libreoffice, poppler
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { funnelWorkbookBuffer } from "../../src/export/funnel-workbook";
import { CHART_COLOURS } from "../../src/export/template-charts";
import { exampleFunnelWithMoney } from "../../src/funnel";
import { excelMoneyFormat } from "../../src/i18n";
import { sheetLabels } from "../../src/i18n/sheet-labels";
import { printWithLibreOffice } from "../helpers/libreoffice";
import { pdfPageCount, pdfRaster, pdfText, pixelsOf } from "../helpers/pdf";

const dir = mkdtempSync(join(tmpdir(), "funnel-print-"));
let printed: Record<"english" | "german" | "bare", string>;

beforeAll(async () => {
  const files = {
    english: await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: excelMoneyFormat("en-US", "USD") }),
    german: await funnelWorkbookBuffer(exampleFunnelWithMoney, {
      moneyFormat: excelMoneyFormat("de-DE", "EUR"),
      labels: sheetLabels.de,
    }),
    bare: await funnelWorkbookBuffer(exampleFunnelWithMoney, {
      moneyFormat: excelMoneyFormat("en-US", "USD"),
      charts: false,
    }),
  };
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, bytes);
    return path;
  });
  const [english, german, bare] = printWithLibreOffice(paths) as [string, string, string];
  printed = { english, german, bare };
}, 300_000);

const count = (text: string, what: string) => text.split(what).length - 1;

test("the template prints on one page, in English and in German (the longest headers)", () => {
  expect(pdfPageCount(printed.english)).toBe(1);
  expect(pdfPageCount(printed.german)).toBe(1);
});

test("headers and the instruction line print whole; money shows its currency", () => {
  const text = pdfText(printed.english);
  expect(text).toMatch(/everything else recalculates\./);
  expect(text).toMatch(/Improvement[\s\S]*hoped for/);
  expect(text).toMatch(/\(this step alone\)/);
  expect(text).toMatch(/Revenue per \+1[\s\S]*point/);
  expect(text).toContain("$24,000.00");
  expect(text).toContain("$2,400.00");
  // The costs and target block: its heading, a cost per sale of $375 (6,000 / 16) and 1,200 leads needed.
  expect(text).toContain("Costs and target (optional)");
  expect(text).toMatch(/Cost per sale now\s+\$375\.00/);
  expect(text).toMatch(/Leads needed now\s+1,200\.0/);
  // No column too narrow for its number.
  expect(text.split("\n").filter((line) => line.includes("###"))).toEqual([]);
  // The symbol after the amount, as in German; the separators are the reader's (LibreOffice here runs in en-US).
  expect(pdfText(printed.german)).toContain("24,000.00 €");
});

test("both charts are drawn: their titles, their value labels and their bars", () => {
  const withCharts = pdfText(printed.english);
  const without = pdfText(printed.bare);
  expect(count(without, "Conversion per step: now and forecast")).toBe(0);
  expect(count(withCharts, "Conversion per step: now and forecast")).toBe(1);
  // "Sales funnel" titles the sheet and the funnel chart.
  expect([count(without, "Sales funnel"), count(withCharts, "Sales funnel")]).toEqual([1, 2]);
  // 62.5% is in C and E of "Proposal discussed", and labels its two bars in the comparison chart.
  expect([count(without, "62.5%"), count(withCharts, "62.5%")]).toEqual([2, 4]);
  // Forecast bars are green, and nothing else on the sheet is.
  const bars = pdfRaster(printed.english, 50);
  const bare = pdfRaster(printed.bare, 50);
  expect(pixelsOf(bare, CHART_COLOURS.forecast)).toBe(0);
  expect(pixelsOf(bars, CHART_COLOURS.forecast)).toBeGreaterThan(400);
  expect(pixelsOf(bars, CHART_COLOURS.now)).toBeGreaterThan(pixelsOf(bars, CHART_COLOURS.forecast));
});
