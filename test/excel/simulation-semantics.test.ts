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
  wb.sheet("Sheet1").names.push({ name: "Total", formula: "=Sheet1!$B$5" });
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
