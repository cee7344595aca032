import { createFunnelSheet, recalculate, writeInputs } from "../../src/excel";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../../src/funnel";
import { cellsBox, type SimulatedWorkbook } from "../../src/simulation";
import {
  articleSteps,
  contextOf,
  counted,
  formula,
  newWorkbook,
  supportsOf,
  typeFunnel,
  value,
} from "../helpers/simulated-excel";

const run = (wb: SimulatedWorkbook) => recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });

function articleSheet(): SimulatedWorkbook {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "A1", "Sales funnel Q3");
  wb.setInput("Sheet1", "A2", "(our own notes)");
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  return wb;
}

/** Columns A, B and D of rows 1..40: what the user typed. */
function inputs(wb: SimulatedWorkbook, sheet = "Sheet1"): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (let row = 1; row <= 40; row++)
    for (const col of ["A", "B", "D"]) out.set(`${col}${row}`, formula(wb, sheet, `${col}${row}`));
  return out;
}

/** Addresses whose content differs between two `inputs` reads. */
function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  return [...after].filter(([address, v]) => before.get(address) !== v).map(([address]) => address);
}

function chartNames(wb: SimulatedWorkbook, sheet = "Sheet1"): string[] {
  return wb
    .sheet(sheet)
    .charts.map((c) => c.name)
    .sort();
}

test("the article's layout on row 4, under a title, is found and filled without touching A, B, D", async () => {
  const wb = articleSheet();
  const before = inputs(wb);
  const result = await run(wb);
  expect(result.location).toMatchObject({
    headerRow: 4,
    firstStepRow: 5,
    lastStepRow: 10,
    summaryRow: 12,
    source: "layout",
  });
  // Only the summary's labels and formulas (rows 12-17) and the money block (heading on 19, inputs
  // B20:B23 left empty, outputs 24-34) were added, and beside them in D the labels of the revenue's
  // range (13-16) and of the sales cycle and lifetime value (heading on 19, inputs E20:E21 left empty,
  // outputs to 28); no step's D, not the sale value.
  const added = changed(before, inputs(wb));
  const expected = [];
  for (let row = 13; row <= 34; row++) {
    if (row !== 18) expected.push(`A${row}`);
    if (row === 34) expected.push("A36", "A37"); // "Product and period", and the product's label
    if (row === 13) expected.push("A12"); // the sale value's label
    if ((row >= 13 && row <= 17) || row >= 24) expected.push(`B${row}`);
  }
  for (let row = 13; row <= 28; row++) if (row <= 16 || row >= 19) expected.push(`D${row}`);
  expect(added.sort()).toEqual(expected.sort());
  expect(["B20", "B21", "B22", "B23", "B37", "E20", "E21"].map((a) => formula(wb, "Sheet1", a))).toEqual([
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  expect(value(wb, "Sheet1", "D13")).toBe("Revenue now at least (95% sure)");
  expect(value(wb, "Sheet1", "E13")).toBeCloseTo(result.outcome.forecast!.range.revenueLow!, 6);
  expect(value(wb, "Sheet1", "A1")).toBe("Sales funnel Q3");
  expect(value(wb, "Sheet1", "A2")).toBe("(our own notes)");
  expect(value(wb, "Sheet1", "C4")).toBe("Conversion");
  expect(value(wb, "Sheet1", "H4")).toBe("Revenue per +1 point");
  expect(value(wb, "Sheet1", "A13")).toBe("Revenue now");
  expect(value(wb, "Sheet1", "B14")).toBeCloseTo(26400, 8);
  expect(wb.numberFormatAt(wb.sheet("Sheet1"), 6, 3)).toBe("0.0%");
  expect(wb.sheet("Sheet1").names.map((n) => n.name)).toEqual([
    "FunnelSaleValue",
    "FunnelRevenue",
    "FunnelForecastRevenue",
    "FunnelExtraRevenue",
    "FunnelConversion",
    "FunnelForecastConversion",
    ...["FunnelConversionLow", "FunnelConversionHigh", "FunnelCostPerResult", "FunnelNeededForTarget"],
    "FunnelConversionNeeded",
    ...["FunnelCosts", "FunnelImprovementCost", "FunnelMargin", "FunnelTarget"],
    ...["FunnelCostPerSale", "FunnelForecastCostPerSale", "FunnelProfit", "FunnelForecastProfit", "FunnelROI"],
    ...["FunnelForecastROI", "FunnelImprovementROI", "FunnelBreakEvenSales", "FunnelSalesNeeded"],
    ...["FunnelLeadsNeeded", "FunnelLeadsNeededForecast"],
    ...["FunnelRevenueLow", "FunnelRevenueHigh", "FunnelForecastRevenueLow", "FunnelForecastRevenueHigh"],
    ...["FunnelPeriodsToMeasure", "FunnelLeadsToMeasure", "FunnelCycleDays", "FunnelLifetimeValue"],
    ...["FunnelRevenuePerDay", "FunnelForecastRevenuePerDay", "FunnelCustomersValue"],
    ...["FunnelForecastCustomersValue", "FunnelLtvToCac", "FunnelForecastLtvToCac", "FunnelPaybackSales"],
    "FunnelName",
    "FunnelForecastTable",
    // What the add-in wrote, to tell its cells from hand edits (written-record.ts).
    "FunnelForecastWritten",
  ]);
  expect(chartNames(wb)).toEqual(["FunnelForecastChart", "FunnelForecastComparison"]);
  expect(result.outcome.forecast?.bottleneckIndexes[0]).toBe(1);
});

test("20 recalculations leave identical cells and one chart of each kind", async () => {
  const wb = articleSheet();
  await run(wb);
  const first = wb.fingerprint();
  for (let i = 0; i < 19; i++) await run(wb);
  expect(wb.fingerprint()).toBe(first);
  expect(chartNames(wb)).toEqual(["FunnelForecastChart", "FunnelForecastComparison"]);
});

test("the user's own header labels, and their label beside the sale value, are kept", async () => {
  const wb = articleSheet();
  wb.setInput("Sheet1", "C4", "Conversie");
  wb.setInput("Sheet1", "A12", "Gemiddelde orderwaarde");
  await run(wb);
  expect(value(wb, "Sheet1", "C4")).toBe("Conversie");
  expect(value(wb, "Sheet1", "E4")).toBe("Forecast conversion");
  expect(value(wb, "Sheet1", "A12")).toBe("Gemiddelde orderwaarde");
  expect(value(wb, "Sheet1", "A13")).toBe("Revenue now");
});

test("a selection of two or more step rows wins", async () => {
  const wb = newWorkbook();
  typeFunnel(
    wb,
    "Sheet1",
    2,
    [
      ["Leads", 100],
      ["Buyers", 10],
    ],
    20,
  );
  typeFunnel(
    wb,
    "Sheet1",
    12,
    [
      ["Visitors", 5000],
      ["Sign-ups", 500],
      ["Customers", 50, 0.2],
    ],
    99,
  );
  wb.selection = { sheet: "Sheet1", address: "A13:B15" };
  const result = await run(wb);
  expect(result.location).toMatchObject({ headerRow: 12, firstStepRow: 13, lastStepRow: 15, source: "selection" });
  expect(value(wb, "Sheet1", "F15")).toBeCloseTo(60, 10);
  expect(formula(wb, "Sheet1", "C3")).toBe(""); // the first funnel was not touched
  wb.selection = { sheet: "Sheet1", address: "A1" };
  const again = await run(wb); // found again by its names
  expect(again.location).toMatchObject({ headerRow: 12, source: "names" });
});

test("a row inserted into the steps re-lays the outputs and the charts", async () => {
  const wb = articleSheet();
  await run(wb);
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("8:8").insert("Down");
  await ctx.sync();
  wb.setInput("Sheet1", "A8", "Demo given");
  wb.setInput("Sheet1", "B8", 120);
  const result = await run(wb);
  expect(result.outcome.errors).toEqual([]);
  expect(result.location).toMatchObject({ firstStepRow: 5, lastStepRow: 11, summaryRow: 13 });
  const input: FunnelInput = {
    steps: [...articleSteps.slice(0, 3), ["Demo given", 120], ...articleSteps.slice(3)].map(([name, result, d]) => ({
      name: String(name),
      result: result as number,
      improvement: (d as number | undefined) ?? 0,
    })),
    averageSaleValue: 1500,
  };
  const forecast = forecastFunnel(input).forecast!;
  forecast.steps.forEach((step, i) => {
    expect(value(wb, "Sheet1", `F${5 + i}`)).toBeCloseTo(step.forecastResult, 9);
    expect(value(wb, "Sheet1", `G${5 + i}`)).toBeCloseTo(step.extraRevenueAlone, 6);
  });
  expect(formula(wb, "Sheet1", "C9")).toBe('=IF(B8>0,B9/B8,"")');
  const chart = wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastChart")!;
  expect(chart.categories).toBe("Sheet1!$A$5:$A$11");
  expect(chartNames(wb)).toEqual(["FunnelForecastChart", "FunnelForecastComparison"]);
});

test("a deleted step row, and a cleared last step, leave no stale outputs", async () => {
  const wb = articleSheet();
  await run(wb);
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("7:7").delete("Up");
  await ctx.sync();
  let result = await run(wb);
  expect(result.location).toMatchObject({ firstStepRow: 5, lastStepRow: 9, summaryRow: 11 });
  expect(value(wb, "Sheet1", "B12")).toBe(16 * 1500);
  // Now clear the last step's inputs instead of deleting its row.
  for (const col of ["A", "B", "D"]) wb.setInput("Sheet1", `${col}9`, null);
  result = await run(wb);
  expect(result.outcome.errors).toEqual([]);
  expect(result.location).toMatchObject({ lastStepRow: 8, summaryRow: 11 });
  for (const col of ["C", "E", "F", "G", "H"]) expect(formula(wb, "Sheet1", `${col}9`)).toBe("");
  expect(value(wb, "Sheet1", "B12")).toBe(40 * 1500);
});

test("a gap inside an add-in sheet's steps is named, not silently cut", async () => {
  const wb = articleSheet();
  await run(wb);
  for (const col of ["A", "B", "D"]) wb.setInput("Sheet1", `${col}7`, null);
  const before = wb.fingerprint();
  const result = await run(wb);
  expect(result.outcome.errors[0]).toMatchObject({ code: "gap-in-steps", cell: "A7" });
  expect(wb.fingerprint()).toBe(before);
});

describe("the funnel chart", () => {
  test("native Funnel where ExcelApi 1.9 is supported", async () => {
    const wb = articleSheet();
    const result = await run(wb);
    expect(result.chart).toBe("funnel");
    const chart = wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastChart")!;
    // Only name and position: title and series are refused on newer chart types (office-js 2041, docs 910).
    expect(chart).toMatchObject({ chartType: "Funnel", title: "", categories: "Sheet1!$A$5:$A$10" });
    expect(chart).toMatchObject(cellsBox(wb.sheet("Sheet1"), "U4", "AA18"));
    expect(chart.series.map((s) => s.values)).toEqual(["Sheet1!$B$5:$B$10"]);
    expect(formula(wb, "Sheet1", "I5")).toBe("");
  });

  test.each([
    ["ExcelApi 1.8 only", { excelApiMinor: 8 }],
    ["1.9 but the add fails", { funnelChartFails: true }],
  ])("stacked bars with an invisible spacer when %s", async (_label, options) => {
    const wb = newWorkbook(options);
    typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
    const result = await run(wb);
    expect(result.chart).toBe("stacked-bar");
    const chart = wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastBars")!;
    expect(chart.chartType).toBe("BarStacked");
    expect(chart.title).toBe("Sales funnel");
    // The people of each step are written on its bar; the invisible spacer says nothing.
    expect(chart.series.map((s) => s.dataLabels ?? false)).toEqual([false, true]);
    expect(chart.reversePlotOrder).toBe(true);
    expect(chart.series.map((s) => [s.values, s.filled])).toEqual([
      ["Sheet1!$I$5:$I$10", false],
      ["Sheet1!$B$5:$B$10", true],
    ]);
    expect(value(wb, "Sheet1", "I5")).toBe(0);
    expect(value(wb, "Sheet1", "I10")).toBe((800 - 16) / 2);
    // Styled away rather than hidden (a hidden column's cells drop out of a chart unless
    // plotVisibleOnly is false, ExcelApi 1.8): the spacer's figures show as nothing, the column stays.
    for (let row = 5; row <= 10; row++) expect(wb.numberFormatAt(wb.sheet("Sheet1"), row, 9)).toBe(";;;");
    for (let i = 0; i < 3; i++) await run(wb);
    expect(chartNames(wb)).toEqual(["FunnelForecastBars", "FunnelForecastComparison"]);
    expect(wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastBars")!.series).toHaveLength(2);
  });

  test("the comparison chart shows each step's conversion now and forecast, labelled in percent, top-down", async () => {
    const wb = articleSheet();
    await run(wb);
    const chart = wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastComparison")!;
    expect(chart.chartType).toBe("BarClustered");
    expect(chart.title).toBe("Conversion per step: now and forecast");
    expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Now", "Sheet1!$C$6:$C$10", "Sheet1!$A$6:$A$10"],
      ["Forecast", "Sheet1!$E$6:$E$10", "Sheet1!$A$6:$A$10"],
    ]);
    expect(chart.dataLabels).toEqual({ showValue: true, position: "OutsideEnd", numberFormat: "0.0%" });
    expect(chart.reversePlotOrder).toBe(true);
  });
});

describe("createFunnelSheet", () => {
  test("adds 'Funnel', then 'Funnel 2', each laid out, numbered right and activated", async () => {
    const wb = newWorkbook();
    const first = await createFunnelSheet(contextOf(wb), undefined, { isSetSupported: supportsOf(wb) });
    const second = await createFunnelSheet(contextOf(wb), undefined, { isSetSupported: supportsOf(wb) });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Funnel", "Funnel 2"]);
    expect(wb.activeSheet).toBe("Funnel 2");
    expect(first.location?.sheetName).toBe("Funnel");
    expect(second.written).toBe(true);
    expect(value(wb, "Funnel", "A1")).toBe("Sales funnel");
    expect(value(wb, "Funnel", "A3")).toBe("Step");
    expect(value(wb, "Funnel", "B11")).toBe(1500);
    expect(value(wb, "Funnel", "B13")).toBeCloseTo(26400, 8);
    for (const col of [3, 4, 5]) expect(wb.numberFormatAt(wb.sheet("Funnel"), 6, col)).toBe("0.0%");
    expect(chartNames(wb, "Funnel")).toEqual(["FunnelForecastChart", "FunnelForecastComparison"]);
    // and it is found again by its names
    wb.activeSheet = "Funnel";
    const again = await run(wb);
    expect(again.location).toMatchObject({ source: "names", headerRow: 3 });
    expect(again.outcome.forecast?.extraRevenue).toBeCloseTo(2400, 8);
  });

  test("step names that look like formulas are written as text", async () => {
    const wb = newWorkbook();
    const names = ["=SUM(1,2)", "+31 leads", "-discount", "@home", "2024"];
    const input: FunnelInput = {
      steps: names.map((name, i) => ({ name, result: 100 - i * 10, improvement: 0 })),
      averageSaleValue: 10,
    };
    await createFunnelSheet(contextOf(wb), input, { isSetSupported: supportsOf(wb) });
    names.forEach((name, i) => {
      expect(value(wb, "Funnel", `A${4 + i}`)).toBe(name);
    });
    const again = await run(Object.assign(wb, { activeSheet: "Funnel" }));
    expect(again.outcome.forecast?.steps.map((s) => s.name)).toEqual(names);
  });
});

describe("writeInputs", () => {
  const input = (steps: [string, number, number][], value = 1000): FunnelInput => ({
    steps: steps.map(([name, result, improvement]) => ({ name, result, improvement })),
    averageSaleValue: value,
  });

  test("an improvement left empty in the pane stays an empty cell in D; a 0 typed there is written as 0 %", async () => {
    const wb = articleSheet();
    await run(wb);
    const raw = {
      steps: [
        { name: "Leads", result: 1000, improvement: undefined },
        { name: "Qualified", result: 300, improvement: 0 },
        { name: "Won", result: 30, improvement: 0.2 },
      ],
      averageSaleValue: 2000,
    };
    const result = await writeInputs(contextOf(wb), raw, { isSetSupported: supportsOf(wb) });
    expect(result.outcome.errors).toEqual([]);
    expect([formula(wb, "Sheet1", "D5"), formula(wb, "Sheet1", "D6"), formula(wb, "Sheet1", "D7")]).toEqual([
      "",
      0,
      0.2,
    ]);
    // The empty improvement counts as none: Leads' forecast is the leads themselves.
    expect(value(wb, "Sheet1", "F5")).toBe(1000);
  });

  test("writes A, B, D and the sale value, then everything a recalculation writes", async () => {
    const wb = articleSheet();
    await run(wb);
    const { result, syncs } = await counted(wb, (ctx) =>
      writeInputs(
        ctx,
        input(
          [
            ["Leads", 1000, 0.1],
            ["Qualified", 300, 0],
            ["Won", 30, 0.2],
          ],
          2000,
        ),
        { isSetSupported: supportsOf(wb) },
      ),
    );
    expect(syncs).toBe(2);
    expect(result.outcome.errors).toEqual([]);
    expect([value(wb, "Sheet1", "A7"), value(wb, "Sheet1", "B7"), value(wb, "Sheet1", "D7")]).toEqual(["Won", 30, 0.2]);
    expect(value(wb, "Sheet1", "B9")).toBe(2000); // sale value moved up under the shorter funnel
    expect(value(wb, "Sheet1", "B10")).toBe(60000);
    expect(value(wb, "Sheet1", "B11")).toBeCloseTo(1000 * 1.1 * 0.3 * 0.1 * 1.2 * 2000, 6);
    // the new summary fills rows 9..14, its money block 16..31 and its product rows 33..34; row 8 held
    // the last old step, and rows 35..37 the end of the old block: all cleared
    for (const row of [8, 15, 32, 35, 36, 37]) {
      for (const col of ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N"])
        expect(formula(wb, "Sheet1", `${col}${row}`)).toBe("");
    }
    expect(value(wb, "Sheet1", "A16")).toBe("Costs and target (optional)");
    expect(value(wb, "Sheet1", "A33")).toBe("Product and period");
    const again = await run(wb);
    expect(again.outcome.forecast?.forecastRevenue).toBeCloseTo(1000 * 1.1 * 0.3 * 0.1 * 1.2 * 2000, 6);
  });

  test("a longer funnel from the pane is refused where the user's own data sits below", async () => {
    const wb = articleSheet();
    wb.setInput("Sheet1", "A20", "Budget notes");
    const before = wb.fingerprint();
    const steps: [string, number, number][] = Array.from({ length: 14 }, (_, i) => [`S${i + 1}`, 1000 - i * 10, 0]);
    const result = await writeInputs(contextOf(wb), input(steps), { isSetSupported: supportsOf(wb) });
    expect(result.written).toBe(false);
    expect(result.outcome.errors.map((e) => e.cell)).toContain("A20");
    expect(wb.fingerprint()).toBe(before);
  });

  test("errors in the pane's numbers name the cells they would go to, and nothing is written", async () => {
    const wb = articleSheet();
    const before = wb.fingerprint();
    const result = await writeInputs(
      contextOf(wb),
      input([
        ["Leads", 100, 0],
        ["Won", 200, 0],
      ]),
    );
    expect(result.outcome.errors[0]).toMatchObject({ code: "step-exceeds-previous", cell: "B6" });
    expect(wb.fingerprint()).toBe(before);
  });

  test("a sheet without a funnel gets a new funnel sheet", async () => {
    const wb = newWorkbook();
    const result = await writeInputs(contextOf(wb), exampleFunnel, { isSetSupported: supportsOf(wb) });
    expect(result.location?.sheetName).toBe("Funnel");
    expect(wb.activeSheet).toBe("Funnel");
  });
});

test("a funnel typed by hand gets the columns' formats where its cells have none; a format the user set stays", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  wb.setInput("Sheet1", "D7", 0.2);
  wb.sheet("Sheet1").formats.set("D8", "0%");
  const sheet = wb.sheet("Sheet1");
  expect(wb.numberFormatAt(sheet, 7, 4)).toBe("General");
  const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  expect(result.written).toBe(true);
  // D in percent (typed 0.2 shows 20.0 %), the sale value as money; the user's 0 % on D8 stays.
  expect([5, 7, 10].map((row) => wb.numberFormatAt(sheet, row, 4))).toEqual(["0.0%", "0.0%", "0.0%"]);
  expect(wb.numberFormatAt(sheet, 8, 4)).toBe("0%");
  expect(wb.numberFormatAt(sheet, 12, 2)).not.toBe("General");
  // The values are the user's, unchanged; a second run has nothing left to format.
  expect(value(wb, "Sheet1", "D7")).toBe(0.2);
  const again = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(again.syncs).toBe(1);
});
