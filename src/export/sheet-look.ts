/**
 * How an exported funnel sheet looks and prints: inputs marked as inputs, headers that wrap instead of
 * being cut, columns as wide as their contents, the hint across the table, one page wide on paper.
 * Pure layout over a plan; the cells themselves are written by funnel-workbook.ts.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../sheet";
import { columnNumber, parseArea } from "../sheet/a1";
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
/** Height over width of a landscape Letter page's printable area, margins taken off (25.4 × 18.5 cm). */
const PAGE_ASPECT = 0.73;
/**
 * Points per character of column width: Calibri 11's digit is 5.25 pt; where Calibri (and its metric
 * twin Carlito) is missing, LibreOffice stands in a wider font (DejaVu Sans, about 6.5 pt) and the same
 * columns come out wider. The page is shaped for the middle: either way the sheet fills most of one
 * page, and fitToHeight makes it a little smaller where it would not fit (Calibri on A4).
 */
const POINTS_PER_CHARACTER = 5.9;

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

/** A column's width on screen and paper, in points: its characters and a margin. */
const columnPoints = (width: number) => width * POINTS_PER_CHARACTER + 3.75;

/** The lines the header row takes: its longest header, wrapped in its column. */
function headerLinesOf(plan: SheetPlan, widths: Record<string, number>): number {
  const lines = plan.cells
    .filter((cell) => cell.row === plan.headerRow)
    .map((cell) => wrappedLines(String(cell.value ?? ""), (widths[cell.column] ?? MIN_WIDTH) - 1));
  return Math.max(1, ...lines);
}

/** The lines the hint takes, spread across the table's columns. */
function hintLinesOf(hint: string, widths: Record<string, number>): number {
  const total = Object.values(widths).reduce((a, b) => a + b, 0);
  return wrappedLines(hint, total - 2);
}

/**
 * The last row of a print area that fills a landscape page as well as the table's width allows: as many
 * rows as the page's shape gives the table's columns (the header's and the hint's extra lines counted).
 */
export function rowsFillingPage(plan: SheetPlan, moneyFormat: string, hint: string | null): number {
  const widths = columnWidths(plan, moneyFormat);
  const width = Object.values(widths).reduce((sum, w) => sum + columnPoints(w), 0);
  const extraLines = headerLinesOf(plan, widths) - 1 + (hint === null ? 0 : hintLinesOf(hint, widths) - 1);
  return Math.floor((PAGE_ASPECT * width) / LINE_HEIGHT) - extraLines;
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
  // Every row of the printed area one line of the body font tall, as Excel makes them: LibreOffice's own
  // default is lower, and the page is laid out for these heights (rowsFillingPage).
  const lastPrinted = parseArea(printArea).last.row;
  for (let row = 1; row <= lastPrinted; row++) sheet.getRow(row).height = LINE_HEIGHT;

  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.address);
    if (cell.row === plan.headerRow) {
      target.font = { ...FONT, bold: true };
      target.alignment = { wrapText: true, vertical: "bottom" };
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER_FILL}` } };
      target.border = box;
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
  sheet.getRow(plan.headerRow).height = headerLinesOf(plan, widths) * LINE_HEIGHT;

  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    // One page: the print area is shaped to fill it (rowsFillingPage); on a page of another shape it
    // is made smaller rather than split.
    fitToHeight: 1,
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
  const text = typeof cell.value === "string" ? cell.value : "";
  sheet.getRow(row).height = hintLinesOf(text, widths) * LINE_HEIGHT + 3;
}
