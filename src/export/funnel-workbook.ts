/**
 * Writes a funnel laid out by planSheet into an .xlsx with exceljs: live formulas without cached
 * values (so Excel and LibreOffice compute them on open), number formats, sheet-scoped names, inputs
 * marked as inputs, a print set-up one page wide and the two charts under the table.
 * Used by `npm run export` and by the build's downloadable template; never part of the task pane.
 */
import ExcelJS from "exceljs";
import type { FunnelInput } from "../funnel";
import { NUMBER_FORMATS, planSheet, type PlanOptions, type SheetPlan } from "../sheet";
import { quoteSheet, sheetOfReference } from "../sheet/a1";
import { FONT, rowsFillingPage, styleFunnelSheet } from "./sheet-look";
import { templateCharts } from "./template-charts";
import { addCharts, type ChartSpec } from "./xlsx-charts";
import { namesAsExcelWrites, type WorkbookModel } from "./defined-names";
import { columnNoteLines, columnNoteRows, writeColumnNotes } from "./column-notes";
import type { TemplateNotes } from "../i18n/template-notes";

export interface FunnelWorkbookOptions extends PlanOptions {
  sheetName?: string;
  /** Header row of the funnel table; rows above it hold a title and a one-line hint. */
  headerRow?: number;
  title?: string;
  hint?: string;
  /** Draw the funnel and conversion charts under the table (default true). */
  charts?: boolean;
  /** Lines above the table saying what each computed column shows (the template has them). */
  notes?: TemplateNotes;
}

/**
 * exceljs writes every defined name workbook-wide, one entry per name whatever the sheets; the sheet
 * contract scopes the funnel's names to their sheet. Each of `names` is split into one entry per sheet
 * its ranges are on, scoped to that sheet; other names stay workbook-wide. `wholeColumns` are added as
 * they are (workbook-wide): exceljs cannot take a whole-column reference such as 'Funnel history'!$E:$E.
 * Then every name, print areas included, is written as Excel writes it (defined-names.ts).
 */
export function scopeNamesToSheets(
  workbook: ExcelJS.Workbook,
  names: Set<string>,
  wholeColumns: readonly { name: string; range: string }[] = [],
): void {
  const proto = Object.getPrototypeOf(workbook) as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, "model");
  // A getter taken off the prototype and called with an explicit `this` just below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const getModel = descriptor?.get;
  if (getModel === undefined) throw new Error("exceljs: Workbook.model getter not found; cannot scope names");
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get(this: ExcelJS.Workbook) {
      const model = getModel.call(this) as WorkbookModel;
      const sheetIndex = new Map(this.worksheets.map((sheet, i) => [sheet.name, i]));
      model.definedNames = model.definedNames.flatMap((d) => {
        if (!names.has(d.name)) return [d];
        return [...new Set(d.ranges.map(sheetOfReference))].map((sheet) => ({
          name: d.name,
          ranges: d.ranges.filter((r) => sheetOfReference(r) === sheet),
          localSheetId: sheetIndex.get(sheet) ?? 0,
        }));
      });
      model.definedNames.push(...wholeColumns.map(({ name, range }) => ({ name, ranges: [range] })));
      namesAsExcelWrites(model);
      return model;
    },
  });
}

/** A funnel sheet added to `workbook`, and the charts to draw on it. */
export interface AddedFunnelSheet {
  plan: SheetPlan;
  sheetName: string;
  sheet: ExcelJS.Worksheet;
  charts: ChartSpec[];
}

/** Adds a funnel sheet laid out by planSheet: cells, formats, names, look, print set-up, chart specs. */
export function addFunnelSheet(
  workbook: ExcelJS.Workbook,
  input: FunnelInput,
  options: FunnelWorkbookOptions = {},
): AddedFunnelSheet {
  const sheetName = options.sheetName ?? options.labels?.sheetName ?? "Funnel";
  const notesRow = options.headerRow ?? 3;
  const notes =
    options.notes === undefined
      ? []
      : columnNoteLines(planSheet(input, { headerRow: notesRow }, { ...options, sheetName }), options.notes);
  const headerRow = notesRow + (options.notes === undefined ? 0 : columnNoteRows(notes));
  const plan = planSheet(input, { headerRow }, { ...options, sheetName });
  const sheet = workbook.addWorksheet(sheetName);
  if (options.notes !== undefined) writeColumnNotes(sheet, notesRow, options.notes.heading, notes);
  if (headerRow >= 2) {
    const title = sheet.getCell("A1");
    title.value = options.title ?? options.labels?.sheetTitle ?? "Sales funnel";
    title.font = { ...FONT, bold: true, size: 14 };
  }
  const hintRow = headerRow >= 3 ? 2 : null;
  if (hintRow !== null) {
    sheet.getCell(`A${hintRow}`).value =
      options.hint ??
      options.labels?.sheetHint ??
      "Type results in column B and hoped-for improvements in column D; everything else recalculates.";
  }
  for (const planned of plan.cells) {
    const cell = sheet.getCell(planned.address);
    if (planned.formula !== undefined) {
      cell.value = { formula: planned.formula.slice(1), date1904: false };
    } else if (planned.value !== undefined && planned.value !== "") {
      // (An input not given stays blank: a cell holding the text "" would make C+K a #VALUE! in Excel.)
      cell.value = planned.text === true ? String(planned.value) : planned.value;
    }
    if (planned.numberFormat !== undefined) cell.numFmt = planned.numberFormat;
  }
  // The summary cells, the step columns and the whole laid-out block, by which the add-in finds this
  // funnel again (sheet contract).
  for (const { name, address } of [...plan.names, { name: plan.tableName, address: plan.tableRange }]) {
    workbook.definedNames.add(`${quoteSheet(sheetName)}!${address}`, name);
  }

  const drawCharts = options.charts !== false;
  let printedTo = plan.lastRow;
  let charts: ChartSpec[] = [];
  if (drawCharts) {
    // The bars funnel's invisible spacer series: computed, hidden, and out of the printed area.
    for (const planned of plan.spacerCells) {
      const cell = sheet.getCell(planned.address);
      cell.value = { formula: (planned.formula ?? "").slice(1), date1904: false };
      // Shown as nothing (the plan's format): LibreOffice prints "###" for numbers in a hidden column.
      cell.numFmt = planned.numberFormat ?? NUMBER_FORMATS.hidden;
    }
    sheet.getColumn(plan.spacerCells[0]?.column ?? "I").hidden = true;
    // Down to where the print area fills a landscape page, or the block's last row if that is lower.
    const hintText = hintRow === null ? null : sheet.getCell(`A${hintRow}`).value;
    const hint = typeof hintText === "string" ? hintText : null;
    const fill = rowsFillingPage(plan, options.moneyFormat ?? NUMBER_FORMATS.money, hint);
    const drawn = templateCharts(plan, sheetName, Math.max(plan.lastRow, fill));
    charts = drawn.charts;
    printedTo = Math.max(plan.lastRow, drawn.lastRow);
  }
  styleFunnelSheet(sheet, plan, {
    moneyFormat: options.moneyFormat ?? NUMBER_FORMATS.money,
    printArea: `A1:${plan.lastColumn}${printedTo}`,
    hintRow,
  });
  return { plan, sheetName, sheet, charts };
}

/** The names planSheet gives, all scoped to their sheet. */
export function funnelNames(plan: SheetPlan): Set<string> {
  return new Set([...plan.names.map((n) => n.name), plan.tableName]);
}

export function buildFunnelWorkbook(
  input: FunnelInput,
  options: FunnelWorkbookOptions = {},
): { workbook: ExcelJS.Workbook; plan: SheetPlan; sheetName: string; charts: ChartSpec[] } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Funnel Forecast";
  workbook.calcProperties.fullCalcOnLoad = true;
  const added = addFunnelSheet(workbook, input, options);
  scopeNamesToSheets(workbook, funnelNames(added.plan));
  return { workbook, plan: added.plan, sheetName: added.sheetName, charts: added.charts };
}

export async function funnelWorkbookBuffer(input: FunnelInput, options: FunnelWorkbookOptions = {}): Promise<Buffer> {
  const { workbook, charts } = buildFunnelWorkbook(input, options);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  if (charts.length === 0) return file;
  return addCharts(file, charts);
}
