/**
 * Everything a colleague needs lives in the workbook as ordinary formulas, formats and names: a sheet
 * recalculated by the add-in (in the simulation) is saved as .xlsx, B and D, the costs, the margin, the
 * target, the sales-cycle time and the lifetime value are changed in the file, and LibreOffice — no
 * add-in anywhere — recalculates it to the engine's numbers for the new funnel, the revenue's range and
 * when each change shows included.
 *
 * @system-tools libreoffice
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { recalculate } from "../../src/excel";
import { scopeNamesToSheets } from "../../src/export/funnel-workbook";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../../src/funnel";
import { planSheet, SUMMARY_NAMES } from "../../src/sheet";
import { expectClose } from "../helpers/close";
import {
  expectedCells,
  expectedMoneyValues,
  expectedNamedValues,
  expectedRangeAndCycleValues,
  namedScale,
} from "../helpers/expected-cells";
import { recalculateWithLibreOffice, type CellReading } from "../helpers/libreoffice";
import { articleSteps, contextOf, newWorkbook, supportsOf, typeFunnel } from "../helpers/simulated-excel";
import { simulationToWorkbook } from "../helpers/simulation-to-xlsx";

function asNumber(reading: CellReading, label: string): number | null {
  if (reading === "" || reading === null) return null;
  if (typeof reading === "number") return reading;
  throw new Error(`${label}: LibreOffice gave ${JSON.stringify(reading)}`);
}

test.each(["relative", "points"] as const)(
  "a %s-mode sheet, edited in the file, recalculates in LibreOffice",
  async (mode) => {
    const wb = newWorkbook();
    typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
    const result = await recalculate(contextOf(wb), { improvementMode: mode, isSetSupported: supportsOf(wb) });
    expect(result.written).toBe(true);

    // Saved as .xlsx, then edited by the colleague: new results in B, new hopes in D, a new sale value.
    const dir = mkdtempSync(join(tmpdir(), "funnel-share-"));
    const saved = join(dir, "shared.xlsx");
    await simulationToWorkbook(wb, "Sheet1").xlsx.writeFile(saved);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(saved);
    const sheet = edited.worksheets[0]!;
    sheet.getCell("B6").value = 300;
    sheet.getCell("B9").value = 35;
    sheet.getCell("D7").value = 0.25;
    sheet.getCell("D8").value = 0;
    sheet.getCell("B12").value = 2000;
    // The costs and target block (heading on row 19): typed into its empty yellow cells.
    sheet.getCell("B20").value = 9000;
    sheet.getCell("B21").value = 1200;
    sheet.getCell("B22").value = 0.55;
    sheet.getCell("B23").value = 45000;
    // Beside them, the sales cycle and a customer's lifetime value.
    sheet.getCell("E20").value = 35;
    sheet.getCell("E21").value = 5200;
    scopeNamesToSheets(edited, new Set(planSheet(exampleFunnel, { headerRow: 4 }).names.map((n) => n.name)));
    const editedPath = join(dir, "edited.xlsx");
    await edited.xlsx.writeFile(editedPath);

    // No add-in: only ordinary functions, no custom functions or macros in the file.
    const zip = await JSZip.loadAsync(await edited.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const functions = new Set(
      [...xml.matchAll(/<f>([^<]*)<\/f>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((f) => f[1]),
      ),
    );
    expect(functions.size).toBeGreaterThan(0);
    const ordinary = [
      "IF",
      "MIN",
      "MAX",
      "OR",
      "AND",
      "INT",
      "SQRT",
      "ABS",
      "EXP",
      "SUMPRODUCT",
      "COUNT",
      "COUNTIF",
      "ROWS",
    ];
    for (const name of functions) expect(ordinary).toContain(name);
    expect(Object.keys(zip.files).some((f) => /vbaProject|customFunctions/i.test(f))).toBe(false);

    const [recalculated] = await recalculateWithLibreOffice([editedPath]);
    const input: FunnelInput = {
      steps: [
        { name: "Leads", result: 800, improvement: 0 },
        { name: "Qualified", result: 300, improvement: 0 },
        { name: "Engaged", result: 160, improvement: 0.25 },
        { name: "Proposal made", result: 64, improvement: 0 },
        { name: "Proposal discussed", result: 35, improvement: 0 },
        { name: "Purchase", result: 16, improvement: 0 },
      ],
      averageSaleValue: 2000,
      improvementMode: mode,
      costs: 9000,
      improvementCost: 1200,
      grossMargin: 0.55,
      revenueTarget: 45000,
      cycleDays: 35,
      lifetimeValue: 5200,
    };
    const forecast = forecastFunnel(input).forecast!;
    const plan = planSheet(input, { headerRow: 4 });
    for (const cell of expectedCells(input, plan, forecast)) {
      expectClose(
        asNumber(recalculated!.value(cell.address), cell.address),
        cell.expected,
        `${cell.address} (${cell.what})`,
        cell.scale,
      );
    }
    for (const [name, expected] of Object.entries(expectedNamedValues(forecast, input))) {
      expectClose(asNumber(recalculated!.named(name), name), expected, name, namedScale(name, forecast, input));
    }
    // Every money and target figure is there (the costs were typed, so none is empty), and so are the
    // revenue's range, the sales cycle's and the lifetime value's, and when the changed step shows.
    expect(Object.values(expectedMoneyValues(forecast)).every((v) => v !== null)).toBe(true);
    expect(Object.values(expectedRangeAndCycleValues(forecast)).every((v) => v !== null)).toBe(true);
    expect(forecast.steps[2]!.periodsToMeasure).not.toBeNull();
    // and the numbers did change: the file was really recalculated, not read back
    expect(forecast.forecastRevenue).not.toBeCloseTo(26400, 0);
  },
);

test("the saved file keeps the summary names scoped to the sheet", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  const buffer = await simulationToWorkbook(wb, "Sheet1").xlsx.writeBuffer();
  const workbookXml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
  for (const name of SUMMARY_NAMES)
    expect(workbookXml).toMatch(new RegExp(`<definedName name="${name}" localSheetId="0">`));
  writeFileSync(join(mkdtempSync(join(tmpdir(), "funnel-names-")), "x.xlsx"), Buffer.from(buffer));
});
