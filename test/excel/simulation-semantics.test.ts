/**
 * The simulated host must answer Microsoft's own Excel client the way Excel does, or tests against it
 * prove nothing. Every test here drives the real client (`contextOf`: a plain RequestContext; `runIn`:
 * Excel.run) against the simulated host.
 */
import type { OperationInfo, SimulatedWorkbook } from "../../src/simulation";
import { WireHost } from "../../src/simulation/host/wire-host";
import type { RequestBody } from "../../src/simulation/host/wire-protocol";
import { contextOf, newWorkbook, runIn } from "../helpers/simulated-excel";

const cell = (wb: SimulatedWorkbook, sheet: string, row: number, col: number) => wb.valueAt(wb.sheet(sheet), row, col);

/** What `run` throws (the test fails if it throws nothing). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("Nothing was thrown.");
}

/** What `promise` rejects with (the test fails if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: unknown; message?: unknown }> {
  return promise.then(
    () => {
      throw new Error("The promise resolved.");
    },
    (error: unknown) => error as { code?: unknown; message?: unknown },
  );
}

afterEach(() => {
  jest.restoreAllMocks();
});

test("a property read before load, or after load but before sync, throws PropertyNotLoaded from the client", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "B2", 42);
  const ctx = contextOf(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("B2");
  expect(thrownBy(() => range.values)).toMatchObject({ code: "PropertyNotLoaded" });
  range.load("values");
  expect(thrownBy(() => range.values)).toMatchObject({ code: "PropertyNotLoaded" });
  await ctx.sync();
  expect(range.values).toEqual([[42]]);
  expect(thrownBy(() => range.formulas)).toMatchObject({ code: "PropertyNotLoaded" });
});

test("every request is counted, and writes take effect only at sync", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
  range.formulas = [[2, "=A1*21"]];
  expect(cell(wb, "Sheet1", 1, 2)).toBe("");
  expect(wb.syncCount).toBe(0);
  await ctx.sync();
  expect(wb.syncCount).toBe(1);
  expect(cell(wb, "Sheet1", 1, 2)).toBe(42);
  // A sync with nothing queued sends no request.
  await ctx.sync();
  expect(wb.syncCount).toBe(1);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
  await ctx.sync();
  expect(wb.syncCount).toBe(2);
});

test("formulas are evaluated by a real engine, errors come back as Excel error text", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
  const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:C1");
  range.formulas = [["=1/0", '=IF(A2="","empty",1)', "=MIN(1,0.4*(1+0.1))"]];
  range.load("values,formulas");
  await ctx.sync();
  expect(range.values).toEqual([["#DIV/0!", "empty", 0.44000000000000006]]);
  expect(range.formulas[0]?.[0]).toBe("=1/0");
});

test("text that looks like a formula stays text with an apostrophe or a text format", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("B1").numberFormat = [["@"]];
  sheet.getRange("A1:B2").formulas = [
    ["'=SUM(1,2)", "=SUM(1,2)"],
    ["=SUM(1,2)", 7],
  ];
  const read = sheet.getRange("A1:B2");
  read.load("values");
  await ctx.sync();
  expect(read.values).toEqual([
    ["=SUM(1,2)", "=SUM(1,2)"],
    [3, 7],
  ]);
});

test("null objects: isNullObject after load and sync; their properties read as undefined", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
  const used = ctx.workbook.worksheets.getActiveWorksheet().getRange("A:I").getUsedRangeOrNullObject(true);
  used.load("values");
  expect(thrownBy(() => used.isNullObject)).toMatchObject({ code: "PropertyNotLoaded" });
  await ctx.sync();
  expect(used.isNullObject).toBe(true);
  // Microsoft's client does not throw for a null object's properties: it answers undefined.
  expect(used.values).toBeUndefined();
  const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
  missing.load("name");
  await ctx.sync();
  expect(missing.isNullObject).toBe(true);
  expect(missing.name).toBeUndefined();
});

test("a failing operation rejects the sync after the operations before it took effect", async () => {
  const wb = newWorkbook();
  const seen: OperationInfo[] = [];
  wb.failOperation = (op) => {
    seen.push(op);
    return op.label === "ChartCollection.add" ? new Error("The chart engine is unavailable.") : undefined;
  };
  const ctx = contextOf(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1").formulas = [["before"]];
  sheet.charts.add("Funnel", sheet.getRange("A1:B2"), "Columns");
  sheet.getRange("A2").formulas = [["after"]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
  expect(seen.map((op) => [op.label, op.index, op.sync])).toEqual([
    ["Range.formulas", 0, 1],
    ["ChartCollection.add", 1, 1],
  ]);
  expect(cell(wb, "Sheet1", 1, 1)).toBe("before");
  expect(cell(wb, "Sheet1", 2, 1)).toBe("");
  expect(wb.sheet("Sheet1").charts).toHaveLength(0);
});

test("a host that refuses funnel charts fails the sync at charts.add, keeping what came before", async () => {
  const wb = newWorkbook({ funnelChartFails: true });
  const ctx = contextOf(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.getRange("A1").formulas = [["before"]];
  sheet.charts.add("Funnel", sheet.getRange("A1:B2"), "Columns");
  sheet.getRange("A2").formulas = [["after"]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
  expect([cell(wb, "Sheet1", 1, 1), cell(wb, "Sheet1", 2, 1)]).toEqual(["before", ""]);
});

test("a size mismatch between the array and the range is rejected with InvalidArgument", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:A3").formulas = [[1], [2]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(cell(wb, "Sheet1", 1, 1)).toBe("");
});

test("inserting and deleting rows shifts formulas, names and charts", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "A2", "Leads");
  wb.setInput("Sheet1", "B2", 5);
  wb.setInput("Sheet1", "B5", "=B2*2");
  wb.addSheetName(wb.sheet("Sheet1"), "Total", "=Sheet1!$B$5");
  const ctx = contextOf(wb);
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
  await ctx.sync();
  const seriesValues = () => wb.sheet("Sheet1").charts[0]?.series.map((s) => s.values);
  expect(seriesValues()).toEqual(["Sheet1!$B$1:$B$2"]);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("2:2").insert("Down");
  await ctx.sync();
  expect(wb.formulaAt(wb.sheet("Sheet1"), 6, 2)).toBe("=B3*2");
  expect(wb.sheet("Sheet1").names[0]?.formula).toBe("=Sheet1!$B$6");
  expect(seriesValues()).toEqual(["Sheet1!$B$1:$B$3"]);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("1:1").delete("Up");
  await ctx.sync();
  expect(wb.formulaAt(wb.sheet("Sheet1"), 5, 2)).toBe("=B2*2");
  expect(cell(wb, "Sheet1", 5, 2)).toBe(10);
  expect(wb.sheet("Sheet1").names[0]?.formula).toBe("=Sheet1!$B$5");
  expect(seriesValues()).toEqual(["Sheet1!$B$1:$B$2"]);
});

test("tables: a header-only table has one blank row the first add fills; adds must match its width; a deleted row moves only the table's own cells up", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "J3", "beside the table");
  const ctx = contextOf(wb);
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
  // Each later request finds the table again by name (the object tables.add() gave is of that request).
  const counts = () => ctx.workbook.tables.getItem("Counts");
  const body = counts().getDataBodyRange();
  body.load("values");
  await ctx.sync();
  expect(body.values).toEqual([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  counts().rows.add(undefined, [["too", "wide", "row"]]);
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  counts().rows.getItemAt(0).delete();
  await ctx.sync();
  expect([1, 2, 3, 4].map((r) => cell(wb, "Sheet1", r, 1))).toEqual(["Name", "b", "c", ""]);
  expect(cell(wb, "Sheet1", 3, 10)).toBe("beside the table");
  // The last row deleted: its cells are gone too.
  counts().rows.getItemAt(1).delete();
  await ctx.sync();
  expect([1, 2, 3].map((r) => cell(wb, "Sheet1", r, 1))).toEqual(["Name", "b", ""]);
  const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
  missing.load("name");
  await ctx.sync();
  expect(missing.isNullObject).toBe(true);
  counts().rows.getItemAt(5).delete();
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("a chart by rows takes its categories from the first row and a series per further row; 256 series are refused", async () => {
  const wb = newWorkbook();
  const ctx = contextOf(wb);
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
  const again = ctx.workbook.worksheets.getActiveWorksheet();
  again.charts.add("LineMarkers", again.getRange("A1:B257"), "Rows");
  const refused = await rejectionOf(ctx.sync());
  expect(refused.code).toBe("InvalidArgument");
  expect(refused.message).toMatch(/at most 255 series/);
  expect(wb.sheet("Sheet1").charts).toHaveLength(2);
});

test("merged cells keep only the first cell's content; their areas are found by their top-left cell, from ExcelApi 1.13", async () => {
  const wb = newWorkbook();
  wb.setInput("Sheet1", "B6", 320);
  wb.setInput("Sheet1", "B7", 160);
  await runIn(wb, async (ctx) => {
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("B6:B7").merge();
    sheet.getRange("C1:D2").merge();
    await ctx.sync();
    expect([cell(wb, "Sheet1", 6, 2), cell(wb, "Sheet1", 7, 2)]).toEqual([320, ""]);
    const found = sheet.getRange("A1:D10").getMergedAreasOrNullObject();
    found.load("address");
    // A range holding only the lower part of B6:B7 does not find it [#3611]: code that asks from the
    // row it is about would miss the merge.
    const lowerHalf = sheet.getRange("B7:B10").getMergedAreasOrNullObject();
    lowerHalf.load("address");
    await ctx.sync();
    expect(found.address).toBe("Sheet1!B6:B7, Sheet1!C1:D2");
    expect(lowerHalf.isNullObject).toBe(true);
  });
  // Excel 2019 (ExcelApi 1.8) has no such method: the host refuses it and the whole request fails.
  const old = newWorkbook({ excelApiMinor: 8 });
  const oldCtx = contextOf(old);
  oldCtx.workbook.worksheets.getActiveWorksheet().getRange("A1:D10").getMergedAreasOrNullObject().load("address");
  const missing = await rejectionOf(oldCtx.sync());
  expect(missing.code).toBe("ApiNotFound");
  expect(missing.message).toMatch(/ExcelApi 1\.13/);
});

describe("sheets renamed, moved and deleted; a sheet's own names used from another sheet", () => {
  /** Shoes!B2 = 30 named FunnelRevenue on Shoes; Sheet1!A1 = Shoes!FunnelRevenue*2, B1 = Shoes!$B$2. */
  async function twoSheets() {
    const wb = newWorkbook();
    wb.addSheet("Shoes");
    wb.setInput("Shoes", "B2", 30);
    const ctx = contextOf(wb);
    const shoes = ctx.workbook.worksheets.getItem("Shoes");
    shoes.names.add("FunnelRevenue", shoes.getRange("B2"));
    const overview = ctx.workbook.worksheets.getItem("Sheet1");
    overview.getRange("A1:B1").formulas = [["=Shoes!FunnelRevenue*2", "=Shoes!$B$2"]];
    await ctx.sync();
    return { wb, ctx };
  }

  async function read(ctx: Excel.RequestContext) {
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
    // Its id loaded, the sheet object stays usable in later requests, even outside Excel.run.
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

  test("a deleted sheet: what pointed at it shows #REF!; getItem fails with ItemNotFound, getItemOrNullObject is null", async () => {
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

describe("what Microsoft's client does across requests", () => {
  test("outside Excel.run, a range from an earlier request cannot be written (InvalidObjectPath); inside Excel.run it can", async () => {
    const wb = newWorkbook();
    const ctx = contextOf(wb);
    const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
    range.load("values");
    await ctx.sync();
    const late = thrownBy(() => {
      range.values = [["late"]];
    });
    expect(late).toMatchObject({ code: "InvalidObjectPath" });
    expect(cell(wb, "Sheet1", 1, 1)).toBe("");

    await runIn(wb, async (run) => {
      const kept = run.workbook.worksheets.getActiveWorksheet().getRange("A1");
      kept.load("values");
      await run.sync();
      kept.values = [["in time"]];
      await run.sync();
    });
    expect(cell(wb, "Sheet1", 1, 1)).toBe("in time");
  });

  test("a worksheet whose id was loaded is addressed by id afterwards; one whose id was not is resolved again at each request", async () => {
    const wb = newWorkbook();
    wb.addSheet("Other");
    await runIn(wb, async (ctx) => {
      const byId = ctx.workbook.worksheets.getActiveWorksheet();
      byId.load("id");
      const byPath = ctx.workbook.worksheets.getActiveWorksheet();
      byPath.load("name");
      await ctx.sync();
      expect(byPath.name).toBe("Sheet1");
      wb.userActivates("Other");
      byId.getRange("A1").values = [["by id"]];
      byPath.getRange("A2").values = [["by path"]];
      await ctx.sync();
    });
    expect([cell(wb, "Sheet1", 1, 1), cell(wb, "Other", 1, 1)]).toEqual(["by id", ""]);
    expect([cell(wb, "Sheet1", 2, 1), cell(wb, "Other", 2, 1)]).toEqual(["", "by path"]);
  });

  test("Excel.run that kept objects ends with one more request, the client's _RemoveReference", async () => {
    const wb = newWorkbook();
    const execute = jest.spyOn(WireHost.prototype, "execute");
    const before = wb.syncCount;
    let afterSync = 0;
    await runIn(wb, async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.load("values");
      await ctx.sync();
      afterSync = wb.syncCount;
    });
    expect(afterSync - before).toBe(1);
    expect(wb.syncCount - before).toBe(2);
    const last = execute.mock.calls.at(-1)?.[0] as RequestBody;
    expect(last.Actions.map((a) => a.Name)).toContain("_RemoveReference");
    // A run that kept nothing (a worksheet is not kept: only ranges are) has no closing request.
    const start = wb.syncCount;
    await runIn(wb, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await ctx.sync();
    });
    expect(wb.syncCount - start).toBe(1);
  });

  test("writing the values of more than 1,500 cells: the client sends _ValidateArraySize and the rows in chunks, in one request", async () => {
    const wb = newWorkbook();
    const rows = 1_000;
    const grid = Array.from({ length: rows }, (_, i) => [i + 1, `row ${i + 1}`, (i + 1) * 2]);
    const execute = jest.spyOn(WireHost.prototype, "execute");
    const writes: string[] = [];
    wb.failOperation = (op) => {
      writes.push(op.label);
      return undefined;
    };
    const payloads = wb.payloads.length;
    const ctx = contextOf(wb);
    ctx.workbook.worksheets.getActiveWorksheet().getRange(`A1:C${rows}`).values = grid;
    await ctx.sync();
    expect(wb.payloads.length).toBe(payloads + 1);
    const body = execute.mock.calls.at(-1)?.[0] as RequestBody;
    const names = body.Actions.map((a) => a.Name);
    expect(names).toContain("_ValidateArraySize");
    expect(names.indexOf("_ValidateArraySize")).toBeLessThan(names.indexOf("Values"));
    expect(writes.length).toBeGreaterThan(1);
    expect(new Set(writes)).toEqual(new Set(["Range.values"]));
    for (let r = 1; r <= rows; r++) {
      expect([cell(wb, "Sheet1", r, 1), cell(wb, "Sheet1", r, 2), cell(wb, "Sheet1", r, 3)]).toEqual(grid[r - 1]);
    }
  });
});

describe("the host's charts, fonts, fills and column widths (what the user shapes)", () => {
  test("a chart's place and size: setPosition covers its cells, top/left/width/height read and write in points", async () => {
    const wb = newWorkbook();
    wb.setInput("Sheet1", "A1", 1);
    // Excel.run: the chart added is used again after a sync.
    await runIn(wb, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B:B").format.columnWidth = 100;
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1"), "Columns");
      chart.setPosition("B2", "C4");
      chart.title.text = "Mine";
      chart.load("id,top,left,width,height,name,title/text");
      await ctx.sync();
      // B is 100 points wide, C the standard 48; rows are 15 points.
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([15, 48, 148, 45]);
      expect([chart.name, chart.title.text]).toEqual(["Chart 1", "Mine"]);
      chart.top = 300;
      chart.width = 400;
      chart.load("top,left,width,height");
      await ctx.sync();
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([300, 48, 400, 45]);
      chart.height = -1;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("charts move and size with the cells: rows inserted above or across them, a column widened left of them", async () => {
    const wb = newWorkbook();
    const ctx = contextOf(wb);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const chart = sheet.charts.add("BarClustered", sheet.getRange("A1"), "Columns");
    chart.setPosition("D5", "F10");
    await ctx.sync();
    const model = wb.sheet("Sheet1").charts[0]!;
    const box = () => [model.top, model.left, model.width, model.height];
    expect(box()).toEqual([60, 144, 144, 90]);
    sheet.getRange("2:3").insert("Down");
    await ctx.sync();
    expect(box()).toEqual([90, 144, 144, 90]);
    sheet.getRange("9:9").insert("Down");
    await ctx.sync();
    expect(box()).toEqual([90, 144, 144, 105]);
    sheet.getRange("A:A").format.columnWidth = 60;
    sheet.getRange("E:E").format.columnWidth = 100;
    await ctx.sync();
    expect(box()).toEqual([90, 156, 196, 105]);
    sheet.getRange("1:1").delete("Up");
    await ctx.sync();
    expect(box()).toEqual([75, 156, 196, 105]);
  });

  test("column widths read back, null where the columns differ; autofit sizes a column to its longest text", async () => {
    const wb = newWorkbook();
    wb.setInput("Sheet1", "A1", "A rather long label");
    const ctx = contextOf(wb);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A:A").format.autofitColumns();
    const a = sheet.getRange("A1").format;
    const both = sheet.getRange("A1:B1").format;
    const b = sheet.getRange("B:B").format;
    a.load("columnWidth");
    both.load("columnWidth");
    b.load("columnWidth");
    await ctx.sync();
    expect([a.columnWidth, both.columnWidth, b.columnWidth]).toEqual([(19 + 1) * 5.25, null, 48]);
  });

  test("fonts and fills: set, read back (null where they differ), cleared with the formats but not with the contents", async () => {
    const wb = newWorkbook();
    await runIn(wb, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      const cell = sheet.getRange("C3");
      cell.values = [[5]];
      cell.numberFormat = [["0.0"]];
      cell.format.font.italic = true;
      cell.format.font.color = "#C00000";
      cell.format.fill.color = "#FFF2CC";
      const pair = sheet.getRange("C3:D3");
      pair.format.font.load("italic,color");
      pair.format.fill.load("color");
      await ctx.sync();
      expect([pair.format.font.italic, pair.format.font.color, pair.format.fill.color]).toEqual([null, null, null]);
      cell.clear("Contents");
      cell.format.font.load("italic,color");
      cell.format.fill.load("color");
      await ctx.sync();
      expect([cell.format.font.italic, cell.format.font.color, cell.format.fill.color]).toEqual([
        true,
        "#C00000",
        "#FFF2CC",
      ]);
      cell.clear("Formats");
      cell.format.font.load("italic,color");
      cell.format.fill.load("color");
      cell.load("numberFormat");
      await ctx.sync();
      expect([cell.format.font.italic, cell.format.font.color, cell.format.fill.color]).toEqual([
        false,
        "#000000",
        "#FFFFFF",
      ]);
      expect(cell.numberFormat).toEqual([["General"]]);
    });
  });
});
