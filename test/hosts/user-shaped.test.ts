/**
 * What the user shaped stays shaped (issue 20), on every host profile, through Microsoft's client: the
 * add-in chooses a chart's place and size once; afterwards places, sizes, titles, number formats,
 * fonts, fills and column widths are the user's. And a run writes only what must change: nothing at
 * all for an unchanged funnel or new results, improvements or money inputs (its formulas are live),
 * only the moved and new cells for a step added.
 */
import { recalculate } from "../../src/excel";
import { exampleFunnel } from "../../src/funnel/example";
import type { FunnelInput } from "../../src/funnel";
import { moneyCellsAt } from "../../src/sheet";
import {
  HOST_IDS,
  HOST_PROFILES,
  STANDARD_ROW_HEIGHT,
  userPastesChart,
  userShapesChart,
  type ChartModel,
  type HostId,
  type SimulatedWorkbook,
} from "../../src/simulation";
import { articleWorkbook, expectSheetToMatchEngine } from "../helpers/hosts";
import { counted, formula, supportsOf } from "../helpers/simulated-excel";
import { withRequests, writesOf } from "../helpers/request-writes";

const recalc = (wb: SimulatedWorkbook, moneyFormat?: string) =>
  counted(wb, (ctx) =>
    recalculate(ctx, { isSetSupported: supportsOf(wb), ...(moneyFormat === undefined ? {} : { moneyFormat }) }),
  );

/** What the user sees of a chart: where it is, how big, its title (and which chart it is). */
const looks = (chart: ChartModel) => ({
  id: chart.id,
  top: chart.top,
  left: chart.left,
  width: chart.width,
  height: chart.height,
  title: chart.title,
});

/** The user drags every chart elsewhere, resizes it and types a title of their own. */
function userShapesEveryChart(wb: SimulatedWorkbook): void {
  wb.sheet("Sheet1").charts.forEach((chart, i) => {
    userShapesChart(wb, "Sheet1", chart.id, {
      top: 600 + 320 * i,
      left: 30 + 10 * i,
      width: 520 - 20 * i,
      height: 300 + 15 * i,
      title: `Our own title ${i + 1}`,
    });
  });
}

/** The user's own formats on the add-in's cells: F as whole numbers, a red italic G6, a yellow H7, F wider. */
function userFormatsOutputs(wb: SimulatedWorkbook): void {
  const sheet = wb.sheet("Sheet1");
  for (let row = 5; row <= 10; row++) sheet.formats.set(`F${row}`, "#,##0");
  sheet.italic.add("G6");
  sheet.fontColors.set("G6", "#C00000");
  sheet.fills.set("H7", "#FFF2CC");
  wb.setColumnWidth(sheet, 6, 80);
}

const withStep = (input: FunnelInput, at: number, name: string, result: number): FunnelInput => ({
  ...input,
  steps: [...input.steps.slice(0, at), { name, result, improvement: 0 }, ...input.steps.slice(at)],
});

describe.each(HOST_IDS)("%s", (id: HostId) => {
  test("charts moved, resized and retitled, and formats, a font, a fill and a column width set by the user, stay through 10 reruns of one request each", async () => {
    const wb = articleWorkbook(id);
    expect((await recalc(wb)).syncs).toBe(2);
    userShapesEveryChart(wb);
    userFormatsOutputs(wb);
    const shaped = wb.fingerprint();
    const charts = wb.sheet("Sheet1").charts.map(looks);
    expect(charts).toHaveLength(2);
    for (let run = 0; run < 10; run++) {
      const { result, syncs } = await recalc(wb);
      expect([run, result.written, syncs]).toEqual([run, true, 1]);
    }
    expect(wb.sheet("Sheet1").charts.map(looks)).toEqual(charts);
    expect(wb.numberFormatAt(wb.sheet("Sheet1"), 7, 6)).toBe("#,##0");
    expect(wb.fingerprint()).toBe(shaped);
    expect(expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 4)).toBeGreaterThan(20);
  });

  test("a step inserted in the sheet keeps every chart where the user put it, and the user's formats", async () => {
    const wb = articleWorkbook(id);
    await recalc(wb);
    userShapesEveryChart(wb);
    userFormatsOutputs(wb);
    const sheet = wb.sheet("Sheet1");
    // The user inserts a row among the steps and types a step there: Excel moves and sizes the charts
    // with the cells (nothing here lies across row 8, so they only move down).
    wb.shiftRows(sheet, 8, 1);
    wb.setInput("Sheet1", "A8", "Demo given");
    wb.setInput("Sheet1", "B8", 120);
    const placed = sheet.charts.map(looks);
    const { result, syncs } = await recalc(wb);
    expect([result.written, syncs]).toEqual([true, 2]);
    const after = sheet.charts.map(looks);
    expect(after).toHaveLength(2);
    const native = HOST_PROFILES[id].excelApiMinor >= 9;
    for (const [i, before] of placed.entries()) {
      const now = after.find((c) => c.id === before.id);
      if (now !== undefined) {
        expect(now).toEqual(before);
        continue;
      }
      // Only the native funnel is made again (the API cannot give it new data), where the user had it.
      expect([i, native]).toEqual([0, true]);
      const remade = sheet.charts.find((c) => c.name === "FunnelForecastChart")!;
      expect(looks(remade)).toMatchObject({
        top: before.top,
        left: before.left,
        width: before.width,
        height: before.height,
      });
      expect(remade.categories).toBe("Sheet1!$A$5:$A$11");
    }
    // The user's formats moved with their rows and stay; the new row's cells have the add-in's.
    for (const row of [5, 6, 7, 9, 10, 11]) expect(wb.numberFormatAt(sheet, row, 6)).toBe("#,##0");
    expect(wb.numberFormatAt(sheet, 8, 6)).toBe("#,##0.0");
    expect([sheet.italic.has("G6"), sheet.fills.get("H7"), sheet.columnWidths.get(6)]).toEqual([true, "#FFF2CC", 80]);
    expectSheetToMatchEngine(wb, "Sheet1", withStep(exampleFunnel, 3, "Demo given", 120), 4);
  });

  test("new results in B, improvements in D and money inputs need no write: one request each, figures right", async () => {
    const wb = articleWorkbook(id);
    await recalc(wb);
    const money = moneyCellsAt(12);
    const changes: [string, number, (input: FunnelInput) => FunnelInput][] = [
      ["B7", 200, (f) => ({ ...f, steps: f.steps.map((s, i) => (i === 2 ? { ...s, result: 200 } : s)) })],
      ["D9", 0.25, (f) => ({ ...f, steps: f.steps.map((s, i) => (i === 4 ? { ...s, improvement: 0.25 } : s)) })],
      [money.costs, 12_000, (f) => ({ ...f, costs: 12_000 })],
      [money.grossMargin, 0.4, (f) => ({ ...f, grossMargin: 0.4 })],
      [money.revenueTarget, 90_000, (f) => ({ ...f, revenueTarget: 90_000 })],
    ];
    let input = exampleFunnel;
    for (const [cell, typed, next] of changes) {
      wb.setInput("Sheet1", cell, typed);
      input = next(input);
      const { requests, result } = await withRequests(wb, () => recalc(wb));
      expect([cell, result.result.written, result.syncs, requests.length]).toEqual([cell, true, 1, 1]);
      expect(writesOf(requests[0]!)).toEqual({ contents: new Set(), formats: new Set(), other: [] });
      expectSheetToMatchEngine(wb, "Sheet1", input, 4);
    }
  });
});

test("a currency change reformats the money cells the user left alone, and keeps the one they formatted", async () => {
  const wb = articleWorkbook("windows-m365");
  await recalc(wb);
  const sheet = wb.sheet("Sheet1");
  sheet.formats.set("G6", "0");
  const euro = '"€ "#,##0.00';
  expect((await recalc(wb, euro)).syncs).toBe(2);
  expect(wb.numberFormatAt(sheet, 6, 7)).toBe("0");
  for (const row of [5, 7, 8, 9, 10]) expect(wb.numberFormatAt(sheet, row, 7)).toBe(euro);
  expect(wb.numberFormatAt(sheet, 13, 2)).toBe(euro);
  // Conversions are no money: untouched.
  expect(wb.numberFormatAt(sheet, 6, 3)).toBe("0.0%");
  expect((await recalc(wb, euro)).syncs).toBe(1);
  // With no format given, the workbook's money stays as it is: euros, in the format they have (no write).
  expect((await recalc(wb)).syncs).toBe(1);
  expect(wb.numberFormatAt(sheet, 7, 7)).toBe(euro);
  // Back to the plain format: the user's G6 still stays.
  expect((await recalc(wb, "#,##0.00")).syncs).toBe(2);
  expect([wb.numberFormatAt(sheet, 6, 7), wb.numberFormatAt(sheet, 7, 7)]).toEqual(["0", "#,##0.00"]);
});

test("a step added sends one write holding exactly the cells whose content changes, formats only for new cells and typed ones without a format, no chart's looks", async () => {
  const wb = articleWorkbook("windows-m365");
  await recalc(wb);
  userShapesEveryChart(wb);
  const sheet = wb.sheet("Sheet1");
  wb.shiftRows(sheet, 8, 1);
  wb.setInput("Sheet1", "A8", "Demo given");
  wb.setInput("Sheet1", "B8", 120);
  const cells = (row: number) => "ABCDEFGHIJKLMNOPQRS".split("").map((column) => `${column}${row}`);
  const all = Array.from({ length: 60 }, (_, i) => cells(i + 1)).flat();
  const before = new Map(all.map((address) => [address, formula(wb, "Sheet1", address)]));
  const formatBefore = (address: string) =>
    wb.numberFormatAt(sheet, Number(address.slice(1)), address.charCodeAt(0) - 64);
  const unformatted = all.filter((address) => formatBefore(address) === "General");
  const { requests, result } = await withRequests(wb, () => recalc(wb));
  expect([result.result.written, requests.length]).toEqual([true, 2]);
  const written = writesOf(requests[1]!);
  const changed = all.filter((address) => formula(wb, "Sheet1", address) !== before.get(address));
  expect([...written.contents].sort()).toEqual(changed.sort());
  // The new row's cells, and the ones moved a row (C9's conversion now divides by the new step's).
  expect(changed).toEqual(expect.arrayContaining(["C8", "E8", "F8", "G8", "H8", "C9", "F9"]));
  expect(changed.length).toBeLessThan(40);
  // Nothing the user typed (step names, results, improvements, the sale value) is in the write.
  const typed = (address: string) => /^[ABD]([5-9]|1[01])$/.test(address) || address === "B13";
  expect([...written.contents].filter(typed)).toEqual([]);
  // Formats go only on cells made now, and on the user's new step typed in cells without a format
  // (General): its result gets the column's number format; the user's value stays.
  for (const address of written.formats)
    expect([address, before.get(address) === "" || (typed(address) && unformatted.includes(address))]).toEqual([
      address,
      true,
    ]);
  expect(written.formats).toContain("B8");
  expect(formula(wb, "Sheet1", "B8")).toBe(120);
  const chartLooks = written.other.filter((op) =>
    /Title|SetPosition|DataLabels|Legend|Fill|ReversePlotOrder|HasDataLabels/.test(op),
  );
  expect(chartLooks).toEqual([]);
  expectSheetToMatchEngine(wb, "Sheet1", withStep(exampleFunnel, 3, "Demo given", 120), 4);
});

describe("a chart Excel on the web renamed when the user moved it (office-js 3034) is still the add-in's", () => {
  const USER_CHART: ChartModel = {
    id: "{user-bars}",
    name: "Chart 1",
    chartType: "BarClustered",
    title: "Orders per region",
    categories: "Sheet1!$A$40:$A$43",
    series: [{ name: "Orders", values: "Sheet1!$B$40:$B$43", filled: true }],
    top: 900,
    left: 0,
    width: 360,
    height: 216,
    reversePlotOrder: false,
    legendVisible: true,
  };

  /** The article's funnel on the web beside a bar chart of the user's own, laid out once. */
  async function laidOut(): Promise<SimulatedWorkbook> {
    const wb = articleWorkbook("web");
    wb.sheet("Sheet1").charts.push(structuredClone(USER_CHART));
    await recalc(wb);
    return wb;
  }

  /** After a step inserted: the comparison chart `id` has the new steps' data, and nothing was doubled. */
  function expectUpdatedNotDoubled(
    wb: SimulatedWorkbook,
    id: string,
    at: { top: number; left: number },
    userChart: ChartModel,
  ): void {
    const charts = wb.sheet("Sheet1").charts;
    expect(charts.filter((c) => c.chartType === "BarClustered")).toHaveLength(2);
    const comparison = charts.find((c) => c.id === id)!;
    expect(comparison.series.map((s) => [s.values, s.xValues])).toEqual([
      ["Sheet1!$C$6:$C$11", "Sheet1!$A$6:$A$11"],
      ["Sheet1!$E$6:$E$11", "Sheet1!$A$6:$A$11"],
    ]);
    // It gets the add-in's name back with the data it was given anyway; where the user put it, it stays.
    expect(comparison).toMatchObject({ name: "FunnelForecastComparison", ...at });
    expect(charts.find((c) => c.id === USER_CHART.id)).toEqual(userChart);
  }

  /** The user inserts a step; what the user's own chart looks like then (Excel moved it with its cells). */
  function insertStep(wb: SimulatedWorkbook): ChartModel {
    wb.shiftRows(wb.sheet("Sheet1"), 8, 1);
    wb.setInput("Sheet1", "A8", "Demo given");
    wb.setInput("Sheet1", "B8", 120);
    return structuredClone(wb.sheet("Sheet1").charts.find((c) => c.id === USER_CHART.id)!);
  }

  test("moved right after the run that made it (its id not recorded yet): found among the charts the sheet did not have", async () => {
    const wb = await laidOut();
    const moved = userPastesChart(wb, "Sheet1", "FunnelForecastComparison", { top: 420, left: 60 }, "cut");
    expect(moved.name).toBe("Chart 2");
    expect((await recalc(wb)).syncs).toBe(1);
    const userChart = insertStep(wb);
    const { result, syncs } = await recalc(wb);
    expect([result.written, syncs]).toEqual([true, 2]);
    // Where the user put it, moved down one row with the cells under it (Excel's doing, not the add-in's).
    expectUpdatedNotDoubled(wb, moved.id, { top: 420 + STANDARD_ROW_HEIGHT, left: 60 }, userChart);
    expectSheetToMatchEngine(wb, "Sheet1", withStep(exampleFunnel, 3, "Demo given", 120), 4);
  });

  test("moved after a run that recorded its id: found by its id, and a copy the user made is left alone", async () => {
    const wb = await laidOut();
    // A run that writes (a new currency) records the charts' ids.
    expect((await recalc(wb, '"€ "#,##0.00')).syncs).toBe(2);
    const copy = userPastesChart(wb, "Sheet1", "FunnelForecastComparison", { top: 1200, left: 0 }, "copy");
    const moved = userPastesChart(wb, "Sheet1", "FunnelForecastComparison", { top: 420, left: 60 }, "cut");
    expect([copy.name, moved.name]).toEqual(["Chart 2", "Chart 3"]);
    const copied = structuredClone(copy);
    const userChart = insertStep(wb);
    const shiftedCopy = structuredClone(wb.sheet("Sheet1").charts.find((c) => c.id === copy.id)!);
    await recalc(wb, '"€ "#,##0.00');
    const charts = wb.sheet("Sheet1").charts;
    expect(charts.find((c) => c.id === copy.id)).toEqual(shiftedCopy);
    expect(shiftedCopy.series).toEqual(
      copied.series.map((s) => ({
        ...s,
        values: s.values.replace("$10", "$11"),
        xValues: s.xValues?.replace("$10", "$11"),
      })),
    );
    expect(charts.filter((c) => c.chartType === "BarClustered")).toHaveLength(3);
    const comparison = charts.find((c) => c.id === moved.id)!;
    expect(comparison).toMatchObject({ name: "FunnelForecastComparison", top: 420 + STANDARD_ROW_HEIGHT, left: 60 });
    expect(comparison.series.map((s) => s.values)).toEqual(["Sheet1!$C$6:$C$11", "Sheet1!$E$6:$E$11"]);
    expect(charts.find((c) => c.id === USER_CHART.id)).toEqual(userChart);
  });
});

test("a sheet last written by the version before formats were recorded: the formats its cells have stay", async () => {
  const wb = articleWorkbook("web");
  await recalc(wb);
  // What that version left: a record of the cells only (FFW1), no formats, no charts.
  const record = wb.sheet("Sheet1").names.find((n) => n.name === "FunnelForecastWritten")!;
  record.formula = record.formula
    .replace(/^="FFW2/, '="FFW1')
    .replace(/;(?:[A-Z]+#|@|K=)[^;"]*/g, "")
    .replace(/"&"/g, "");
  expect(record.formula).not.toMatch(/#|@/);
  const sheet = wb.sheet("Sheet1");
  sheet.formats.set("F7", "#,##0");
  sheet.formats.set("G7", "0");
  const { result } = await recalc(wb);
  expect(result.outcome.errors).toEqual([]);
  expect([wb.numberFormatAt(sheet, 7, 6), wb.numberFormatAt(sheet, 7, 7), wb.numberFormatAt(sheet, 8, 7)]).toEqual([
    "#,##0",
    "0",
    "#,##0.00",
  ]);
  expect(wb.sheet("Sheet1").names.find((n) => n.name === "FunnelForecastWritten")!.formula).toMatch(/^="FFW2;/);
  // And from then on they are the user's: reruns keep them, and send nothing.
  for (let run = 0; run < 3; run++) expect((await recalc(wb)).syncs).toBe(1);
  expect([wb.numberFormatAt(sheet, 7, 6), wb.numberFormatAt(sheet, 7, 7)]).toEqual(["#,##0", "0"]);
  expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 4);
});
