/**
 * What running on Microsoft's own Excel client (instead of the project's former imitation of it) showed,
 * and what the add-in does about it (issue 18):
 *  - the sheet the add-in read is the sheet it writes, even when the user clicks another tab between
 *    its read and its write (the client addresses a worksheet by its id once the id is loaded);
 *  - ExcelApi 1.7 hosts (Excel 2019 for Mac): ChartDataLabels.numberFormat (1.8) is not set there;
 *  - the auto-open check box never saves a stale copy of the document's settings over the add-in's own;
 *  - a recalculation is two requests as the client sends them (no Excel.run cleanup request);
 *  - the host refuses a member above its ExcelApi version, from the client library's own table.
 * Each behaviour is shown failing code that ignores it.
 */
import { recalculate } from "../../src/excel";
import { officeHost } from "../../src/excel/office-host";
import { HOST_IDS, HOST_PROFILES, MODERN_HOST_IDS, nodeExcelClient, type HostId } from "../../src/simulation";
import { articleWorkbook, expectSheetToMatchEngine, withOffice } from "../helpers/hosts";
import { exampleFunnel } from "../../src/funnel/example";
import { contextOf, formula, runIn, supportsOf } from "../helpers/simulated-excel";

describe.each(HOST_IDS)("%s", (id: HostId) => {
  test("the user clicks another tab between Recalculate's read and its write: the writes stay on the sheet read", async () => {
    const wb = articleWorkbook(id);
    wb.addSheet("Other");
    let requests = 0;
    wb.beforeRequest = () => {
      requests++;
      if (requests === 2) wb.userActivates("Other");
    };
    const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
    wb.beforeRequest = null;
    expect(result.written).toBe(true);
    expect(wb.activeSheet).toBe("Other");
    expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 4);
    expect(wb.usedArea(wb.sheet("Other"), { first: { row: 1, col: 1 }, last: { row: 200, col: 40 } })).toBeNull();
  });

  test("code that re-evaluates getActiveWorksheet() at the write would write on the other sheet", async () => {
    const wb = articleWorkbook(id);
    wb.addSheet("Other");
    const context = contextOf(wb);
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    wb.userActivates("Other");
    context.workbook.worksheets.getActiveWorksheet().getRange("Z1").values = [["written"]];
    await context.sync();
    expect(formula(wb, "Other", "Z1")).toBe("written");
    expect(formula(wb, "Sheet1", "Z1")).toBe("");
  });
});

test("Excel 2019 for Mac (ExcelApi 1.7): the comparison chart is drawn without its label format", async () => {
  const wb = articleWorkbook("mac-2019");
  const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  expect([result.written, result.chart]).toEqual([true, "stacked-bar"]);
  const comparison = wb.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastComparison");
  expect(comparison?.dataLabels).toEqual({ showValue: true, position: "OutsideEnd" });
  // Where 1.8 is there, the format is set.
  const newer = articleWorkbook("windows-2019-edgehtml");
  await recalculate(contextOf(newer), { isSetSupported: supportsOf(newer) });
  expect(
    newer.sheet("Sheet1").charts.find((c) => c.name === "FunnelForecastComparison")?.dataLabels?.numberFormat,
  ).toBe("0.0%");
});

test("the 1.7 host refuses ChartDataLabels.numberFormat, as the old ungated line did", async () => {
  const wb = articleWorkbook("mac-2019");
  await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  const context = contextOf(wb);
  context.workbook.worksheets.getActiveWorksheet().charts.getItem("FunnelForecastComparison").dataLabels.numberFormat =
    "0.0%";
  await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("the requirement table comes from the client library itself", () => {
  for (const build of ["web", "win32", "mac"] as const) {
    const table = nodeExcelClient(build).requirements;
    expect(table.size).toBeGreaterThan(400);
    expect(table.get("ChartDataLabels.numberFormat")).toEqual({ set: "ExcelApi", minor: 8 });
    expect(table.get("Range.getMergedAreasOrNullObject")).toEqual({ set: "ExcelApi", minor: 13 });
    expect(table.get("WorksheetCollection.onActivated")).toEqual({ set: "ExcelApi", minor: 7 });
  }
});

describe.each(MODERN_HOST_IDS)("%s: the pane's host", (id) => {
  test("a recalculation is 2 requests as the client sends them (the read alone where nothing changes), none left for Excel.run to clean up", async () => {
    const wb = articleWorkbook(id);
    await withOffice(id, wb, async () => {
      const host = officeHost();
      for (const [run, requests] of [
        ["first", 2],
        ["rerun", 1],
      ] as const) {
        const before = wb.syncCount;
        const result = await host.run((context) => recalculate(context, { isSetSupported: supportsOf(wb) }));
        expect([run, result.written, wb.syncCount - before]).toEqual([run, true, requests]);
      }
    });
  });

  test("Excel.run, by contrast, keeps its objects and spends a third request releasing them", async () => {
    const wb = articleWorkbook(id);
    const before = wb.syncCount;
    await runIn(wb, (context) => recalculate(context, { isSetSupported: supportsOf(wb) }));
    expect(wb.syncCount - before).toBe(3);
  });

  test("the auto-open check box keeps the add-in's settings another request wrote after the pane opened", async () => {
    const wb = articleWorkbook(id);
    wb.settings.set("FunnelForecast.improvementMode", "relative");
    await withOffice(id, wb, async (standIn) => {
      const host = officeHost();
      // After the pane opened, a Recalculate stored the points mode in the workbook's settings.
      await runIn(wb, async (context) => {
        context.workbook.settings.add("FunnelForecast.improvementMode", "points");
        await context.sync();
      });
      await host.autoOpen?.set(true);
      expect(standIn.settings.get("FunnelForecast.improvementMode")).toBe("points");
      expect(standIn.settings.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
      expect(host.autoOpen?.get()).toBe(true);
    });
  });

  test("saving the pane's start-up copy without refreshing it, as the check box did, puts the old mode back", async () => {
    const wb = articleWorkbook(id);
    wb.settings.set("FunnelForecast.improvementMode", "relative");
    await withOffice(id, wb, async () => {
      await runIn(wb, async (context) => {
        context.workbook.settings.add("FunnelForecast.improvementMode", "points");
        await context.sync();
      });
      const settings = Office.context.document.settings;
      settings.set("Office.AutoShowTaskpaneWithDocument", true);
      await new Promise<void>((resolve) => {
        settings.saveAsync(() => {
          resolve();
        });
      });
    });
    expect(wb.settings.get("FunnelForecast.improvementMode")).toBe("relative");
  });
});

test("every profile loads its own client build", () => {
  expect(HOST_IDS.map((id) => [id, HOST_PROFILES[id].clientBuild])).toEqual([
    ["web", "web"],
    ["windows-m365", "win32"],
    ["windows-2019-edgehtml", "win32"],
    ["windows-2019-trident", "win32"],
    ["mac", "mac"],
    ["mac-2019", "mac"],
  ]);
});
