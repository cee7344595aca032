/**
 * Several funnels with their history (`npm run export` with `{ "funnels": [...] }`): LibreOffice — no
 * add-in — recalculates every funnel sheet, the comparison with the latest closed period (steps
 * reordered and renamed between periods, names with "?"), and the Overview with its totals, to the
 * engine's numbers, in both improvement modes.
 *
 * @system-tools libreoffice
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import {
  buildFunnelsWorkbook,
  funnelsSpecProblems,
  funnelsWorkbookBuffer,
  historyOf,
} from "../../src/export/funnels-workbook";
import { forecastFunnel } from "../../src/funnel";
import { comparePeriod, conversionTrend } from "../../src/funnel/periods";
import { columnLetter, parseArea } from "../../src/sheet/a1";
import { expectClose } from "../helpers/close";
import { expectedCells, expectedNamedValues, namedScale } from "../helpers/expected-cells";
import { recalculate } from "../../src/excel";
import { recalculateWithLibreOffice, type CellReading } from "../helpers/libreoffice";
import { contextOf, formula, supportsOf, value } from "../helpers/simulated-excel";
import { xlsxToSimulation } from "../helpers/xlsx-to-simulation";
import { twoProducts } from "../helpers/two-products";

function asNumber(reading: CellReading, label: string): number | null {
  if (reading === "" || reading === null) return null;
  if (typeof reading === "number") return reading;
  throw new Error(`${label}: LibreOffice gave ${JSON.stringify(reading)}`);
}

test.each(["relative", "points"] as const)(
  "two products, two closed periods: every sheet and the Overview recalculate to the engine's numbers (%s)",
  async (mode) => {
    const spec = twoProducts(mode);
    expect(funnelsSpecProblems(spec)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "funnels-export-"));
    const path = join(dir, "funnels.xlsx");
    writeFileSync(path, await funnelsWorkbookBuffer(spec));
    const [book] = await recalculateWithLibreOffice([path]);
    const built = buildFunnelsWorkbook(spec);
    const history = historyOf(spec);
    let revenue = 0;
    let forecastRevenue = 0;
    let compared = 0;
    let trended = 0;
    spec.funnels.forEach((funnel, i) => {
      const sheet = book!.sheet(i + 2); // the Overview is sheet 1
      const { plan } = built.funnels[i]!;
      const forecast = forecastFunnel(funnel).forecast!;
      revenue += forecast.revenue;
      forecastRevenue += forecast.forecastRevenue;
      for (const cell of expectedCells(funnel, plan, forecast)) {
        const label = `${funnel.sheet} ${cell.address} (${cell.what})`;
        expectClose(asNumber(sheet.value(cell.address), label), cell.expected, label, cell.scale);
      }
      for (const [name, expected] of Object.entries(expectedNamedValues(forecast, funnel))) {
        const label = `${funnel.sheet} ${name}`;
        expectClose(asNumber(sheet.named(name), label), expected, label, namedScale(name, forecast, funnel));
      }
      const latest = funnel.history![funnel.history!.length - 1]!.period;
      expect(sheet.named("FunnelComparedPeriod")).toBe(latest);
      const comparison = comparePeriod(
        history,
        funnel.name ?? funnel.sheet!,
        latest,
        forecast.steps.map((s) => ({ name: s.name, conversion: s.conversion })),
      );
      forecast.steps.forEach((_, k) => {
        const row = plan.firstStepRow + k;
        const label = (what: string) => `${funnel.sheet} ${what}${row}`;
        expectClose(asNumber(sheet.value(`O${row}`), label("O")), comparison.previousResult[k]!, label("O"));
        if (k === 0) return;
        expectClose(asNumber(sheet.value(`P${row}`), label("P")), comparison.previousConversion[k]!, label("P"));
        expectClose(asNumber(sheet.value(`Q${row}`), label("Q")), comparison.conversionChange[k]!, label("Q"));
        compared += 3;
      });
      expectClose(asNumber(sheet.named("FunnelPreviousRevenue"), "revenue then"), comparison.previousRevenue, "then");

      // The trend: every closed period of this funnel, each step's conversion then, by step name.
      const periods = funnel.history!.map((h) => h.period);
      const top = parseArea(plan.chart.trend!.source).first.row;
      periods.forEach((period, j) => {
        expect(sheet.value(`${columnLetter(2 + j)}${top}`)).toBe(period);
      });
      const trend = conversionTrend(
        history,
        funnel.name ?? funnel.sheet!,
        periods,
        funnel.steps.map((s) => s.name),
      );
      trend.forEach((row, i) => {
        row.forEach((expected, j) => {
          const address = `${columnLetter(2 + j)}${top + 1 + i}`;
          const reading = sheet.value(address);
          if (expected === null) expect([address, reading]).toEqual([address, { error: "#N/A" }]);
          else expectClose(asNumber(reading, address), expected, `${funnel.sheet} ${address}`);
          trended += 1;
        });
      });
    });
    expect(trended).toBe(4 * 2 + 2 * 1); // Shoes: 4 steps × 2 periods; Bags: 2 steps × 1
    expect(compared).toBeGreaterThan(10);
    // Hand-checked: Shoes' Qualified converted 300 of 760 in Q2 (39.5 %), 40 % now: +0.5 points.
    expectClose(asNumber(book!.sheet(2).value("Q5"), "Q5"), 0.4 - 300 / 760, "Shoes Q5");
    // Bags' last step was "Customers" then and is "Buyers" now: nothing to compare, no error.
    expect(asNumber(book!.sheet(3).value("O6"), "Bags O6")).toBeNull();
    expect(asNumber(book!.sheet(3).value("O5"), "Bags O5")).toBe(300);
    expect(asNumber(book!.sheet(3).named("FunnelPreviousRevenue"), "Bags revenue then")).toBeNull();

    // The Overview: one row per funnel pointing at its sheet, and workbook-wide totals.
    const overview = book!.sheet(1);
    expect([overview.value("A4"), overview.value("A5")]).toEqual(["Running shoes", "Bags"]);
    // Each funnel's revenue range, revenue per day and LTV:CAC ("" where Bags has no cycle or costs).
    spec.funnels.forEach((funnel, i) => {
      const f = forecastFunnel(funnel).forecast!;
      const row = 4 + i;
      const figures: [string, number | null][] = [
        ["I", f.range.revenueLow],
        ["J", f.range.revenueHigh],
        ["K", f.velocity?.revenuePerDay ?? null],
        ["L", f.lifetime?.ltvToCac ?? null],
      ];
      for (const [column, expected] of figures) {
        const label = `Overview ${column}${row}`;
        expectClose(asNumber(overview.value(`${column}${row}`), label), expected, label);
      }
    });
    expect(asNumber(overview.value("K4"), "K4")).toBeCloseTo((16 * 120) / 21, 9);
    expect(asNumber(overview.value("L5"), "L5")).toBeNull();
    expectClose(asNumber(overview.named("FunnelsRevenue"), "FunnelsRevenue"), revenue, "FunnelsRevenue");
    expectClose(asNumber(overview.named("FunnelsForecastRevenue"), "forecast"), forecastRevenue, "forecast");
    expectClose(
      asNumber(overview.named("FunnelsExtraRevenue"), "extra"),
      forecastRevenue - revenue,
      "FunnelsExtraRevenue",
      forecastRevenue,
    );
  },
);

test("the file: an Excel table FunnelHistory, names scoped as the contract says, a chart on every sheet", async () => {
  const zip = await JSZip.loadAsync(await funnelsWorkbookBuffer(twoProducts()));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheetNames).toEqual(["Overview", "Shoes", "Bags", "Funnel history"]);
  const tables = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
  expect(tables).toHaveLength(1);
  const table = await zip.file(tables[0]!)!.async("string");
  expect(table).toMatch(/name="FunnelHistory"/);
  expect(table).toMatch(/ref="A1:G14"/); // header and 13 rows
  // Each funnel's names on its own sheet; the history columns and the totals workbook-wide.
  expect(workbook).toMatch(/<definedName name="FunnelRevenue" localSheetId="1">Shoes!\$B\$/);
  expect(workbook).toMatch(/<definedName name="FunnelRevenue" localSheetId="2">Bags!\$B\$/);
  expect(workbook).toMatch(/<definedName name="FunnelHistoryResult">&apos;Funnel history&apos;!\$E:\$E<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="FunnelsRevenue">Overview!\$B\$6<\/definedName>/);
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1 + 2 * 3); // the Overview's, and three per funnel sheet (funnel, conversions, trend)
  const lines = await Promise.all(charts.map((f) => zip.file(f)!.async("string")));
  expect(lines.filter((xml) => xml.includes("<c:lineChart>"))).toHaveLength(2);
  for (const n of [1, 2, 3]) {
    const rels = await zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`)!.async("string");
    expect(rels).toMatch(/drawings\/drawing\d+\.xml/);
  }
});

test("bad several-funnels files are refused with every problem named", () => {
  const spec = twoProducts();
  spec.funnels[1]!.name = "running SHOES";
  spec.funnels[1]!.sheet = "Shoes";
  spec.funnels[0]!.history![1]!.period = "";
  spec.funnels[0]!.history![0]!.steps[2]!.result = -1;
  expect(funnelsSpecProblems(spec)).toEqual([
    `Funnel 1 'Running shoes', history entry 1, step 3: the result must be a number of 0 or more.`,
    `Funnel 1 'Running shoes', history entry 2: the period label is empty; give one such as "2026 Q2".`,
    `Funnel 2 'running SHOES': funnel 1 already uses the sheet name "Shoes"; give each its own.`,
    `Funnel 2 'running SHOES': funnel 1 has the same name "running SHOES"; give each funnel its own name.`,
  ]);
});

test("the add-in recalculating a funnel sheet of that file keeps its comparison, changes nothing typed, in 2 syncs", async () => {
  const spec = twoProducts();
  const wb = await xlsxToSimulation(await funnelsWorkbookBuffer(spec));
  wb.userActivates("Shoes");
  const sheet = wb.sheet("Shoes");
  const snapshot = () => ["A4", "B5", "D7", "B35", "O5", "P6", "Q8", "B38", "B39"].map((a) => formula(wb, "Shoes", a));
  const before = snapshot();
  const syncs = wb.syncCount;
  const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  expect(result.outcome.errors).toEqual([]);
  expect(result.written).toBe(true);
  expect(wb.syncCount - syncs).toBe(2);
  expect(snapshot()).toEqual(before);
  // The block ends with the trend: its labels row 41 (2026 Q1, 2026 Q2), then the four steps after the first.
  expect(sheet.names.find((n) => n.name === "FunnelForecastTable")?.formula).toBe("=Shoes!$A$3:$S$45");
  expect(["A41", "B41", "C41", "D41"].map((a) => value(wb, "Shoes", a))).toEqual([
    "Conversion per closed period",
    "2026 Q1",
    "2026 Q2",
    "",
  ]);
  expectClose(value(wb, "Shoes", "C42") as number, 300 / 760, "C42"); // Qualified in Q2
  expect(sheet.charts.filter((c) => c.name === "FunnelForecastTrend")).toHaveLength(1);
  // The simulation evaluates the comparison through the history's workbook-wide names, as Excel would.
  const forecast = forecastFunnel(spec.funnels[0]!).forecast!;
  const comparison = comparePeriod(
    historyOf(spec),
    "Running shoes",
    "2026 Q2",
    forecast.steps.map((s) => ({ name: s.name, conversion: s.conversion })),
  );
  forecast.steps.forEach((_, k) => {
    expectClose(
      asNumber(value(wb, "Shoes", `O${4 + k}`) as CellReading, "O"),
      comparison.previousResult[k]!,
      `O${4 + k}`,
    );
    if (k > 0)
      expectClose(
        asNumber(value(wb, "Shoes", `Q${4 + k}`) as CellReading, "Q"),
        comparison.conversionChange[k]!,
        `Q${4 + k}`,
      );
  });
  expect(value(wb, "Shoes", "B38")).toBe("2026 Q2");
  expect(value(wb, "Shoes", "B39")).toBe(15 * 115);
});
