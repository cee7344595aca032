/**
 * A sheet laid out by the version before the revenue's range, "when a change shows", the sales cycle
 * and the lifetime value (issues 23 and 24) gains them on its next Recalculate: the labels and figures
 * beside the summary and the costs and target block (D, E), the two step columns (R, S), their names.
 * Nothing the user typed moves. Where a cell of the user's sits in the way it is named as a conflict,
 * nothing is written — and a note of theirs in the new inputs' cells is never read as a cycle time.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { recalculate } from "../../src/excel";
import { forecastFunnel } from "../../src/funnel";
import {
  CYCLE_INPUT_NAMES,
  CYCLE_OUTPUT_NAMES,
  MEASURE_COLUMNS,
  MEASURE_RANGE_NAMES,
  planSheet,
  RANGE_NAMES,
  type SheetPlan,
} from "../../src/sheet";
import { SIDE_COLUMNS } from "../../src/sheet/plan-part";
import { encodeRecord, recordFormulas, recordNames } from "../../src/sheet/written-record";
import type { SimulatedWorkbook } from "../../src/simulation";
import {
  articleSteps,
  contextOf,
  formula,
  newWorkbook,
  supportsOf,
  typeFunnel,
  value,
} from "../helpers/simulated-excel";

const options = (wb: SimulatedWorkbook) => ({ isSetSupported: supportsOf(wb) });
const NEW_NAMES = new Set<string>([
  ...RANGE_NAMES,
  ...MEASURE_RANGE_NAMES,
  ...CYCLE_INPUT_NAMES,
  ...CYCLE_OUTPUT_NAMES,
]);

/** The cells only this version writes: beside the summary and the costs block, and the two step columns. */
function isNewCell(plan: SheetPlan, column: string, row: number): boolean {
  const side = (column === SIDE_COLUMNS.label || column === SIDE_COLUMNS.value) && row >= plan.summaryRow;
  return side || (MEASURE_COLUMNS as readonly string[]).includes(column);
}

/**
 * The article's funnel as the version before left it: recalculated, then without this version's cells and
 * names, its record of what it wrote without them, and its table name over A..Q as it was.
 */
async function olderSheet(): Promise<{ wb: SimulatedWorkbook; plan: SheetPlan }> {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  const first = await recalculate(contextOf(wb), options(wb));
  if (!first.written) throw new Error("the first Recalculate should have written the sheet");
  wb.setInput("Sheet1", "B20", 6000); // the costs of the period, typed by the user since
  const plan = planSheet(first.input!, { headerRow: 4 });
  const sheet = wb.sheet("Sheet1");
  for (const cell of plan.cells) if (isNewCell(plan, cell.column, cell.row)) wb.setInput("Sheet1", cell.address, "");
  for (const name of [...sheet.names]) {
    if (NEW_NAMES.has(name.name) || name.name.startsWith("FunnelForecastWritten")) wb.deleteSheetName(sheet, name);
  }
  const older = plan.cells.filter((cell) => !isNewCell(plan, cell.column, cell.row));
  // The record an older version kept: every output cell it wrote, with the format it gave it.
  const owned = older
    .filter((cell) => cell.role === "output")
    .map((cell) => ({
      column: cell.column,
      row: cell.row,
      content: cell.formula ?? cell.value ?? "",
      numberFormat: cell.numberFormat ?? "General",
    }));
  const formulas = recordFormulas(encodeRecord(owned, plan.headerRow, plan.lastRow - plan.headerRow + 1));
  recordNames(formulas.length).forEach((name, i) => wb.addSheetName(sheet, name, formulas[i]!));
  const table = sheet.names.find((n) => n.name === "FunnelForecastTable")!;
  table.formula = table.formula.replace(/\$S\$/, "$Q$");
  return { wb, plan };
}

test("an older sheet gains the new cells and names on its next Recalculate; nothing typed moves", async () => {
  const { wb, plan } = await olderSheet();
  expect(formula(wb, "Sheet1", "E13")).toBe("");
  expect(formula(wb, "Sheet1", "R8")).toBe("");
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.outcome.errors).toEqual([]);
  expect(result.written).toBe(true);
  const names = wb.sheet("Sheet1").names.map((n) => n.name);
  for (const name of NEW_NAMES) expect(names).toContain(name);
  // The figures are the engine's; the new inputs are left empty, the user's costs where they were.
  const forecast = forecastFunnel({ ...result.input! }).forecast!;
  expect(value(wb, "Sheet1", "E13")).toBeCloseTo(forecast.range.revenueLow!, 6);
  expect(value(wb, "Sheet1", "E16")).toBeCloseTo(forecast.range.forecastRevenueHigh!, 6);
  expect(value(wb, "Sheet1", "R8")).toBeCloseTo(forecast.steps[3]!.periodsToMeasure!, 9);
  expect([value(wb, "Sheet1", "E20"), value(wb, "Sheet1", "E21"), value(wb, "Sheet1", "E22")]).toEqual(["", "", ""]);
  expect(value(wb, "Sheet1", "B20")).toBe(6000);
  expect(value(wb, "Sheet1", "D20")).toBe("Days from first contact to sale");
  expect(plan.names.find((n) => n.name === "FunnelCycleDays")!.address).toBe("E20");

  // Now a cycle time typed there is read as one, and its figures follow.
  wb.setInput("Sheet1", "E20", 40);
  const again = await recalculate(contextOf(wb), options(wb));
  expect(again.input?.cycleDays).toBe(40);
  expect(value(wb, "Sheet1", "E22")).toBeCloseTo(24000 / 40, 9);
  expect(again.outcome.forecast?.velocity?.revenuePerDay).toBeCloseTo(600, 9);
});

test("a cell of the user's where the new cells go is named as a conflict, and nothing is written", async () => {
  const { wb } = await olderSheet();
  wb.setInput("Sheet1", "E20", "ask Anna"); // a note where the cycle time goes
  wb.setInput("Sheet1", "R7", 12); // a number of their own where a step's periods go
  wb.setInput("Sheet1", "D14", "target met?"); // where a label goes
  const before = wb.fingerprint();
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.written).toBe(false);
  const conflicts = result.outcome.errors.map((e) => [e.code, e.cell, e.params?.purpose]);
  expect(conflicts).toEqual(
    expect.arrayContaining([
      ["cell-taken", "E20", "Days from first contact to sale"],
      ["cell-taken", "R7", "Periods like this one to see the change"],
      ["cell-taken", "D14", "Revenue now at most (95% sure)"],
    ]),
  );
  expect(conflicts).toHaveLength(3);
  // The note is not a cycle time: no "cycle-days-invalid", and the funnel itself read fine.
  expect(result.outcome.errors.some((e) => e.code === "cycle-days-invalid")).toBe(false);
  expect(result.input?.cycleDays).toBeUndefined();
  expect(wb.fingerprint()).toBe(before);
  expect(issueMessage(result.outcome.errors.find((e) => e.cell === "E20")!)).toMatch(/E20.*ask Anna/);
});
