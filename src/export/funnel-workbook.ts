/**
 * Writes a funnel laid out by planSheet into an .xlsx with exceljs: live formulas without cached
 * values (so Excel and LibreOffice compute them on open), number formats and sheet-scoped names.
 * Used by `npm run export` and by the build's downloadable template; never part of the task pane.
 */
import ExcelJS from "exceljs";
import { planSheet, type FunnelInput, type PlanOptions, type SheetPlan } from "../funnel";

export interface FunnelWorkbookOptions extends PlanOptions {
  sheetName?: string;
  /** Header row of the funnel table; rows above it hold a title and a one-line hint. */
  headerRow?: number;
  title?: string;
  hint?: string;
}

const COLUMN_WIDTHS: Record<string, number> = { A: 24, B: 14, C: 13, D: 20, E: 19, F: 16, G: 28, H: 22 };

interface NamedRange {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** exceljs writes every defined name workbook-wide; scope ours to their sheet as the sheet contract says. */
export function scopeNamesToSheet(workbook: ExcelJS.Workbook, names: Set<string>, sheetIndex: number): void {
  const proto = Object.getPrototypeOf(workbook) as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, "model");
  // A getter taken off the prototype and called with an explicit `this` just below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const getModel = descriptor?.get;
  if (getModel === undefined) throw new Error("exceljs: Workbook.model getter not found; cannot scope names");
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get(this: ExcelJS.Workbook) {
      const model = getModel.call(this) as { definedNames: NamedRange[] };
      model.definedNames = model.definedNames.map((d) => (names.has(d.name) ? { ...d, localSheetId: sheetIndex } : d));
      return model;
    },
  });
}

export function buildFunnelWorkbook(
  input: FunnelInput,
  options: FunnelWorkbookOptions = {},
): { workbook: ExcelJS.Workbook; plan: SheetPlan } {
  const sheetName = options.sheetName ?? "Funnel";
  const headerRow = options.headerRow ?? 3;
  const plan = planSheet(input, { headerRow }, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Funnel Forecast";
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(sheetName);
  for (const [column, width] of Object.entries(COLUMN_WIDTHS)) sheet.getColumn(column).width = width;
  if (headerRow >= 2) {
    const title = sheet.getCell("A1");
    title.value = options.title ?? "Sales funnel";
    title.font = { bold: true, size: 14 };
  }
  if (headerRow >= 3) {
    sheet.getCell("A2").value =
      options.hint ?? "Type results in column B and hoped-for improvements in column D; everything else recalculates.";
  }
  for (const planned of plan.cells) {
    const cell = sheet.getCell(planned.address);
    if (planned.formula !== undefined) {
      cell.value = { formula: planned.formula.slice(1), date1904: false };
    } else if (planned.value !== undefined) {
      cell.value = planned.text === true ? String(planned.value) : planned.value;
    }
    if (planned.numberFormat !== undefined) cell.numFmt = planned.numberFormat;
    if (planned.row === plan.headerRow) cell.font = { bold: true };
  }
  for (const name of plan.names) {
    sheet.getCell(name.address).name = name.name;
  }
  scopeNamesToSheet(workbook, new Set(plan.names.map((n) => n.name)), 0);
  return { workbook, plan };
}

export async function funnelWorkbookBuffer(input: FunnelInput, options: FunnelWorkbookOptions = {}): Promise<Buffer> {
  const { workbook } = buildFunnelWorkbook(input, options);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
