/** The simulation must behave like Excel's proxies, or tests against it prove nothing. */
import { SimulatedRequestContext } from "../../src/simulation";
import { newWorkbook } from "../helpers/simulated-excel";

test("a property read before load, or after load but before sync, throws", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "B2", 42);
  const ctx = new SimulatedRequestContext(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2");
  expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
  range.load("values");
  expect(() => range.values).toThrow(/not available/);
  await ctx.sync();
  expect(range.values).toEqual([[42]]);
  expect(() => range.formulas).toThrow(/not available/);
});

test("every sync is counted, and writes take effect only at sync", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
  range.formulas = [[2, "=A1*21"]];
  expect(wb.valueAt(wb.sheet("Sheet1"), 1, 2)).toBe("");
  await ctx.sync();
  await ctx.sync();
  expect(wb.syncCount).toBe(2);
  expect(wb.valueAt(wb.sheet("Sheet1"), 1, 2)).toBe(42);
});

test("formulas are evaluated by a real engine, errors come back as Excel error text", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:C1");
  range.formulas = [["=1/0", '=IF(A2="","empty",1)', "=MIN(1,0.4*(1+0.1))"]];
  range.load("values,formulas");
  await ctx.sync();
  expect(range.values).toEqual([["#DIV/0!", "empty", 0.44000000000000006]]);
  expect(range.formulas[0]?.[0]).toBe("=1/0");
});

test("text that looks like a formula stays text with an apostrophe or a text format", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1:A2").formulas = [["'=SUM(1,2)"], ["=SUM(1,2)"]];
  const read = sheet.getRange("A1:A2");
  read.load("values");
  await ctx.sync();
  expect(read.values).toEqual([["=SUM(1,2)"], [3]]);
});

test("null objects: isNullObject after load and sync; reading their properties throws", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  const used = ctx.workbook.worksheets.getActiveWorksheet().getRange("A:I").getUsedRangeOrNullObject(true);
  used.load("values");
  expect(() => used.isNullObject).toThrow(/not available/);
  await ctx.sync();
  expect(used.isNullObject).toBe(true);
  expect(() => used.values).toThrow(/null object/);
});

test("a failing operation rejects the sync after the operations before it took effect", async () => {
  const wb = newWorkbook({ funnelChartFails: true });
  const ctx = new SimulatedRequestContext(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1").formulas = [["before"]];
  sheet.charts.add("Funnel", sheet.getRange("A1:B2"), "Columns");
  sheet.getRange("A2").formulas = [["after"]];
  await expect(ctx.sync()).rejects.toThrow(/not available/);
  expect(wb.valueAt(wb.sheet("Sheet1"), 1, 1)).toBe("before");
  expect(wb.valueAt(wb.sheet("Sheet1"), 2, 1)).toBe("");
});

test("a size mismatch between the array and the range is rejected like Excel does", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:A3").formulas = [[1], [2]];
  await expect(ctx.sync()).rejects.toThrow(/does not match/);
});

test("inserting and deleting rows shifts formulas, names and charts", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "B2", 5);
  wb.setInput("Sheet1", "B5", "=B2*2");
  wb.addSheetName(wb.sheet("Sheet1"), "Total", "=Sheet1!$B$5");
  const ctx = new SimulatedRequestContext(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("3:3").insert("Down");
  await ctx.sync();
  expect(wb.formulaAt(wb.sheet("Sheet1"), 6, 2)).toBe("=B2*2");
  expect(wb.sheet("Sheet1").names[0]?.formula).toBe("=Sheet1!$B$6");
  ctx.workbook.worksheets.getActiveWorksheet().getRange("1:1").delete("Up");
  await ctx.sync();
  expect(wb.formulaAt(wb.sheet("Sheet1"), 5, 2)).toBe("=B1*2");
  expect(wb.sheet("Sheet1").names[0]?.formula).toBe("=Sheet1!$B$5");
});

test("tables: a header-only table has one blank row the first add fills; adds must match its width; a deleted row moves only the table's own cells up", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "J3", "beside the table");
  const ctx = new SimulatedRequestContext(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1:B1").values = [["Name", "Count"]];
  const table = sheet.tables.add("A1:B1", true);
  table.name = "Counts";
  table.rows.add(undefined, [
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  await ctx.sync();
  const body = ctx.workbook.tables.getItemOrNullObject("Counts").getDataBodyRange();
  body.load("values");
  await ctx.sync();
  expect(body.values).toEqual([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  table.rows.add(undefined, [["too", "wide", "row"]]);
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  ctx.workbook.tables.getItemOrNullObject("Counts").rows.getItemAt(0).delete();
  await ctx.sync();
  expect([1, 2, 3, 4].map((r) => wb.valueAt(wb.sheet("Sheet1"), r, 1))).toEqual(["Name", "b", "c", ""]);
  expect(wb.valueAt(wb.sheet("Sheet1"), 3, 10)).toBe("beside the table");
  // The last row deleted: its cells are gone too.
  ctx.workbook.tables.getItemOrNullObject("Counts").rows.getItemAt(1).delete();
  await ctx.sync();
  expect([1, 2, 3].map((r) => wb.valueAt(wb.sheet("Sheet1"), r, 1))).toEqual(["Name", "b", ""]);
  const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
  missing.load("name");
  await ctx.sync();
  expect(missing.isNullObject).toBe(true);
});

test("a chart by rows takes its categories from the first row and a series per further row; 256 series are refused", async () => {
  const wb = newWorkbook();
  const ctx = new SimulatedRequestContext(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1:C3").formulas = [
    ["", "Q1", "Q2"],
    ["Leads", 1, 2],
    ["Sales", 3, 4],
  ];
  sheet.charts.add("LineMarkers", sheet.getRange("A1:C3"), "Rows");
  // Code that leaves seriesBy out gets series by columns, as Excel on the web does ("auto" = columns).
  sheet.charts.add("LineMarkers", sheet.getRange("A1:C3"));
  await ctx.sync();
  const [byRows, byDefault] = wb.sheet("Sheet1").charts;
  expect(byRows?.categories).toBe("Sheet1!$B$1:$C$1");
  expect(byRows?.series.map((s) => [s.name, s.values])).toEqual([
    ["Leads", "Sheet1!$B$2:$C$2"],
    ["Sales", "Sheet1!$B$3:$C$3"],
  ]);
  expect(byDefault?.series.map((s) => s.values)).toEqual(["Sheet1!$B$1:$B$3", "Sheet1!$C$1:$C$3"]);
  sheet.charts.add("LineMarkers", sheet.getRange("A1:B257"), "Rows");
  await expect(ctx.sync()).rejects.toThrow(/at most 255 series/);
  expect(wb.sheet("Sheet1").charts).toHaveLength(2);
});

test("merged cells keep only the first cell's content; their areas are found by their top-left cell, from ExcelApi 1.13", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "B6", 320);
  wb.setInput("Sheet1", "B7", 160);
  const ctx = new SimulatedRequestContext(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("B6:B7").merge();
  sheet.getRange("C1:D2").merge();
  await ctx.sync();
  expect([wb.valueAt(wb.sheet("Sheet1"), 6, 2), wb.valueAt(wb.sheet("Sheet1"), 7, 2)]).toEqual([320, ""]);
  const found = sheet.getRange("A1:D10").getMergedAreasOrNullObject();
  found.load("address");
  // A range holding only the lower part of B6:B7 does not find it [#3611]: code that asks from the
  // row it is about would miss the merge.
  const lowerHalf = sheet.getRange("B7:B10").getMergedAreasOrNullObject();
  lowerHalf.load("address");
  await ctx.sync();
  expect(found.address).toBe("Sheet1!B6:B7, Sheet1!C1:D2");
  expect(lowerHalf.isNullObject).toBe(true);
  // Excel 2019 (ExcelApi 1.8) has no such method: asking fails the whole batch.
  const old = newWorkbook({ excelApiMinor: 8 });
  const oldCtx = new SimulatedRequestContext(old);
  oldCtx.workbook.worksheets.getActiveWorksheet().getRange("A1:D10").getMergedAreasOrNullObject().load("address");
  await expect(oldCtx.sync()).rejects.toThrow(/ExcelApi 1.13/);
});

describe("sheets renamed, moved and deleted; a sheet's own names used from another sheet", () => {
  /** Shoes!B2 = 30 named FunnelRevenue on Shoes; Overview!A1 = 'Shoes'!FunnelRevenue. */
  async function twoSheets() {
    const wb = newWorkbook();
    wb.addSheet("Shoes");
    wb.setInput("Shoes", "B2", 30);
    const ctx = new SimulatedRequestContext(wb);
    const shoes = ctx.workbook.worksheets.getItem("Shoes");
    shoes.names.add("FunnelRevenue", shoes.getRange("B2"));
    const overview = ctx.workbook.worksheets.getItem("Sheet1");
    overview.getRange("A1:B1").formulas = [["=Shoes!FunnelRevenue*2", "=Shoes!$B$2"]];
    await ctx.sync();
    return { wb, ctx, overview };
  }

  async function read(ctx: SimulatedRequestContext) {
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.load("values,formulas");
    await ctx.sync();
    return { values: range.values[0], formulas: range.formulas[0] };
  }

  test("'Sheet'!Name reads the name scoped to that sheet, and follows it when rows are inserted", async () => {
    const { wb, ctx } = await twoSheets();
    expect(await read(ctx)).toEqual({ values: [60, 30], formulas: ["=Shoes!FunnelRevenue*2", "=Shoes!$B$2"] });
    wb.shiftRows(wb.sheet("Shoes"), 1, 2);
    wb.setInput("Shoes", "B4", 40);
    expect((await read(ctx)).values?.[0]).toBe(80);
  });

  test("a renamed sheet: formulas follow it under its new name; the id stays", async () => {
    const { ctx } = await twoSheets();
    const sheet = ctx.workbook.worksheets.getItem("Shoes");
    sheet.load("id");
    await ctx.sync();
    const id = sheet.id;
    sheet.name = "Boots & shoes";
    await ctx.sync();
    expect(await read(ctx)).toEqual({
      values: [60, 30],
      formulas: ["='Boots & shoes'!FunnelRevenue*2", "='Boots & shoes'!$B$2"],
    });
    const again = ctx.workbook.worksheets.getItem(id);
    again.load("name,position");
    await ctx.sync();
    expect([again.name, again.position]).toEqual(["Boots & shoes", 1]);
  });

  test("a deleted sheet: what pointed at it shows #REF!; getItem throws, getItemOrNullObject is null", async () => {
    const { ctx } = await twoSheets();
    ctx.workbook.worksheets.getItem("Shoes").delete();
    await ctx.sync();
    expect(await read(ctx)).toEqual({ values: ["#REF!", "#REF!"], formulas: ["=#REF!*2", "=#REF!$B$2"] });
    const gone = ctx.workbook.worksheets.getItemOrNullObject("Shoes");
    gone.load("name");
    await ctx.sync();
    expect(gone.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem("Shoes").getRange("A1").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a deleted name shows #NAME?; the last sheet cannot be deleted; getFirst follows the tab order", async () => {
    const { ctx } = await twoSheets();
    ctx.workbook.worksheets.getItem("Shoes").names.getItemOrNullObject("FunnelRevenue").delete();
    await ctx.sync();
    expect((await read(ctx)).values?.[0]).toBe("#NAME?");
    ctx.workbook.worksheets.getItem("Shoes").position = 0;
    const first = ctx.workbook.worksheets.getFirst();
    first.load("name");
    await ctx.sync();
    expect(first.name).toBe("Shoes");
    ctx.workbook.worksheets.getItem("Sheet1").delete();
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Shoes").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
