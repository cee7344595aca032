/**
 * How an exported funnel sheet looks and prints: inputs marked as inputs, headers that wrap instead of
 * being cut, columns as wide as their contents, the hint across the table, one page wide on paper.
 * Pure layout over a plan; the cells themselves are written by funnel-workbook.ts.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../sheet";
import { columnNumber } from "../sheet/a1";
import { MONEY_COLUMNS } from "../sheet/plan-money";
import { PERIOD_COLUMNS } from "../sheet/plan-periods";
import { MEASURE_COLUMNS } from "../sheet/plan-measure";
import { SIDE_COLUMNS } from "../sheet/plan-part";

/** Fill of the cells a user types in (the convention of Excel's own "Input" cell style). */
export const INPUT_FILL = "FFF2CC";
const HEADER_FILL = "E7E6E6";
const BORDER_COLOUR = "BFBFBF";
/** Column I between H and J holds the bars chart's hidden spacer. */
const TABLE_COLUMNS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  ...MONEY_COLUMNS,
  ...PERIOD_COLUMNS,
  ...MEASURE_COLUMNS,
] as const;
/** Narrowest a table column gets, in Excel's width unit (characters of the default font). */
const MIN_WIDTH = 11;
/** Widest a header column gets; longer headers wrap onto more lines. */
const MAX_HEADER_WIDTH = 18;
/** The workbook's body font; a font without a name falls back to a serif face in LibreOffice. */
export const FONT = { name: "Calibri", size: 11 } as const;
/** Height of one line of 11 pt text, in points. */
const LINE_HEIGHT = 15;

function displayLength(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 2 }).length;
  return 0;
}

/** The lines a header of `text` takes in a column `width` characters wide, wrapping at spaces. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed > width && used > 0) {
      lines++;
      used = word.length;
    } else used = needed;
  }
  return lines;
}

/**
 * Column widths for the table: the longest word of the header fits on one line, the header on at most
 * three, and every value shown in the column (money with its currency sign, step names, summary labels)
 * fits whole. Column A holds the step names and the summary labels, which never wrap.
 */
export function columnWidths(plan: SheetPlan, moneyFormat: string): Record<string, number> {
  const widths: Record<string, number> = {};
  const last = columnNumber(plan.lastColumn);
  const currencyExtra = moneyFormat
    .replace(/"[^"]*"/g, (quoted) => "x".repeat(quoted.length - 2))
    .replace(/[#,0.]/g, "").length;
  for (const column of TABLE_COLUMNS.filter((c) => columnNumber(c) <= last)) {
    const cells = plan.cells.filter((c) => c.column === column);
    const header = cells.find((c) => c.row === plan.headerRow);
    const body = cells.filter((c) => c.row !== plan.headerRow);
    const headerText = String(header?.value ?? "");
    const longestWord = Math.max(...headerText.split(/\s+/).map((w) => w.length));
    let width = Math.max(MIN_WIDTH, longestWord + 2, Math.ceil(headerText.length / 3) + 2);
    width = Math.min(width, Math.max(MAX_HEADER_WIDTH, longestWord + 2));
    // Labels never wrap: the summary's and the costs block's in A, and those beside them.
    if (column === "A" || column === SIDE_COLUMNS.label) {
      width = Math.max(width, ...body.filter((c) => c.text === true).map((c) => displayLength(c.value) + 2));
    }
    const money = body.some((c) => c.numberFormat === moneyFormat);
    // Formulas' values are unknown here: leave room for a money amount in the millions.
    if (money) width = Math.max(width, "12,345,678.90".length + currencyExtra + 2);
    widths[column] = width;
  }
  return widths;
}

const thin = { style: "thin" as const, color: { argb: `FF${BORDER_COLOUR}` } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** Styles the sheet of `plan`: widths, header, inputs, the hint on `hintRow`, print set-up over `printArea`. */
export function styleFunnelSheet(
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  options: { moneyFormat: string; printArea: string; hintRow: number | null },
): void {
  const { moneyFormat, printArea, hintRow } = options;
  const widths = columnWidths(plan, moneyFormat);
  for (const [column, width] of Object.entries(widths)) sheet.getColumn(column).width = width;

  let headerLines = 1;
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.address);
    if (cell.row === plan.headerRow) {
      target.font = { ...FONT, bold: true };
      target.alignment = { wrapText: true, vertical: "bottom" };
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER_FILL}` } };
      target.border = box;
      headerLines = Math.max(
        headerLines,
        wrappedLines(String(cell.value ?? ""), (widths[cell.column] ?? MIN_WIDTH) - 1),
      );
      continue;
    }
    if (cell.role === "input") {
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${INPUT_FILL}` } };
    }
  }
  // A grid over the whole table, the first step's empty conversion cells included, and the summary.
  for (let row = plan.firstStepRow; row <= plan.lastStepRow; row++) {
    for (const column of Object.keys(widths)) sheet.getCell(`${column}${row}`).border = box;
  }
  const summaryRows = new Set(plan.cells.filter((c) => c.row >= plan.summaryRow && c.column === "B").map((c) => c.row));
  for (const row of summaryRows) {
    for (const column of ["A", "B"]) sheet.getCell(`${column}${row}`).border = box;
  }
  for (const row of [plan.moneyHeadingRow, plan.periodHeadingRow])
    sheet.getCell(`A${row}`).font = { ...FONT, bold: true };
  // The extra revenue, the figure the sheet is for, stands out from the summary.
  const extraRow = Number(
    plan.names.find((n) => n.name === "FunnelExtraRevenue")?.address.slice(1) ?? plan.summaryRow + 3,
  );
  for (const column of ["A", "B"]) sheet.getCell(`${column}${extraRow}`).font = { ...FONT, bold: true };
  sheet.getRow(plan.headerRow).height = headerLines * LINE_HEIGHT;

  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (hintRow !== null) styleHint(sheet, hintRow, widths, plan.lastColumn);
}

/** The hint above the table, spread over the table's width and wrapped rather than cut. */
function styleHint(sheet: ExcelJS.Worksheet, row: number, widths: Record<string, number>, last: string): void {
  sheet.mergeCells(`A${row}:${last}${row}`);
  const cell = sheet.getCell(`A${row}`);
  cell.alignment = { wrapText: true, vertical: "top" };
  const total = Object.values(widths).reduce((a, b) => a + b, 0);
  const text = typeof cell.value === "string" ? cell.value : "";
  sheet.getRow(row).height = wrappedLines(text, total - 2) * LINE_HEIGHT + 3;
}
