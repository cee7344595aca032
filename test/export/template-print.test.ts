/**
 * The template (as the build makes it) printed by LibreOffice: one page, filled; the notes on what each
 * computed column shows; the table with its headers whole and money in dollars; both charts drawn —
 * their titles, their labels (the series named on their first bars) and their bars are on the page. The
 * same workbook without charts is printed alongside, so each check is seen to fail where they are missing.
 *
 * @system-tools libreoffice, poppler
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { funnelWorkbookBuffer } from "../../src/export/funnel-workbook";
import { CHART_COLOURS } from "../../src/export/template-charts";
import { exportOptions, templateInput, templateWorkbookBuffer } from "../../src/export/template-workbook";
import { pickLocale } from "../../src/i18n";
import { printWithLibreOffice } from "../helpers/libreoffice";
import { inkedRows, pdfPageCount, pdfRaster, pdfText, pixelsOf } from "../helpers/pdf";

const dir = mkdtempSync(join(tmpdir(), "funnel-print-"));
let printed: Record<"english" | "german" | "bare", string>;

beforeAll(async () => {
  const files = {
    english: await templateWorkbookBuffer(pickLocale("en-US"), "USD"),
    german: await templateWorkbookBuffer(pickLocale("de-DE"), "EUR"),
    bare: await funnelWorkbookBuffer(templateInput(pickLocale("en-US")), {
      ...exportOptions(pickLocale("en-US"), "USD"),
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

test("the template prints on one page, in English and in German (the longest headers), and fills it", () => {
  expect(pdfPageCount(printed.english)).toBe(1);
  expect(pdfPageCount(printed.german)).toBe(1);
  // No empty half page: what is printed reaches at least three quarters of the way down the page (the
  // bottom margin is 7 %); the table and blocks alone, without the charts beside them, do not.
  const reach = (pdf: string) => {
    const raster = pdfRaster(pdf, 30);
    return (inkedRows(raster)?.last ?? 0) / raster.height;
  };
  expect(reach(printed.english)).toBeGreaterThan(0.75);
  expect(reach(printed.german)).toBeGreaterThan(0.75);
  expect(reach(printed.bare)).toBeLessThan(0.75);
});

test("above the table, one line per computed column says what it shows; the product is named", () => {
  const text = pdfText(printed.english);
  expect(text).toContain("What the computed columns show");
  for (const letter of ["C", "E", "F", "G", "H", "J", "K", "L", "M", "N"])
    expect(text).toMatch(new RegExp(`${letter}: .+ — `));
  expect(text).toMatch(
    /H: Revenue per \+1 point — the revenue gained if this step converted one percentage point more/,
  );
  expect(text).toMatch(/Product \(empty: the sheet's name\)\s+Consulting/);
  expect(pdfText(printed.german)).toMatch(/C: Konversion — der Anteil des vorigen Schritts/);
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
  // The series are named on their first bars (no legend to read in the wrong order): Qualified, 40.0% both.
  expect([count(without, "Now: 40.0%"), count(withCharts, "Now: 40.0%")]).toEqual([0, 1]);
  expect([count(without, "Forecast: 40.0%"), count(withCharts, "Forecast: 40.0%")]).toEqual([0, 1]);
  // Forecast bars are green, and nothing else on the sheet is.
  const bars = pdfRaster(printed.english, 50);
  const bare = pdfRaster(printed.bare, 50);
  expect(pixelsOf(bare, CHART_COLOURS.forecast)).toBe(0);
  expect(pixelsOf(bars, CHART_COLOURS.forecast)).toBeGreaterThan(400);
  expect(pixelsOf(bars, CHART_COLOURS.now)).toBeGreaterThan(pixelsOf(bars, CHART_COLOURS.forecast));
});
