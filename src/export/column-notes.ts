/**
 * The lines above an exported funnel's table that say what each computed column shows: "C: Conversion —
 * the share of the step before that reached this step". Above the table, not under it, so that the
 * add-in, which lays the funnel out from its header row down (more steps, closed periods), never meets
 * them; and in text the add-in does not count among its own labels, so it never clears them.
 */
import type ExcelJS from "exceljs";
import type { NotedColumn, TemplateNotes } from "../i18n/template-notes";
import type { SheetPlan } from "../sheet";
import { MONEY_COLUMNS } from "../sheet/plan-money";
import { PERIOD_COLUMNS } from "../sheet/plan-periods";
import { FONT } from "./sheet-look";

/** Which note explains which column, in the order of the columns. */
const NOTED: readonly (readonly [string, NotedColumn])[] = [
  ["C", "conversion"],
  ["E", "forecastConversion"],
  ["F", "forecastResult"],
  ["G", "extraRevenueAlone"],
  ["H", "revenuePerPoint"],
  ...zip(MONEY_COLUMNS, ["conversionLow", "conversionHigh", "costPerResult", "neededForTarget", "conversionNeeded"]),
  ...zip(PERIOD_COLUMNS, ["previousResult", "previousConversion", "conversionChange"]),
];

/** Columns paired with their notes, as far as both go. */
function zip(columns: readonly string[], keys: readonly NotedColumn[]): (readonly [string, NotedColumn])[] {
  return keys.flatMap((key, i) => {
    const column = columns[i];
    return column === undefined ? [] : [[column, key] as const];
  });
}

/** One line per computed column the plan has a header for: its letter, its header and what it shows. */
export function columnNoteLines(plan: SheetPlan, notes: TemplateNotes): string[] {
  return NOTED.flatMap(([column, key]) => {
    const header = plan.cells.find((c) => c.row === plan.headerRow && c.column === column)?.value;
    return header === undefined ? [] : [`${column}: ${String(header)} — ${notes.columns[key]}`];
  });
}

/** Rows the notes take: a heading, a line per column and an empty row before the table. */
export function columnNoteRows(lines: readonly string[]): number {
  return lines.length + 2;
}

/** Writes the heading on `row` and the lines under it, in column A (each line runs on across the empty cells). */
export function writeColumnNotes(sheet: ExcelJS.Worksheet, row: number, heading: string, lines: readonly string[]) {
  const title = sheet.getCell(`A${row}`);
  title.value = heading;
  title.font = { ...FONT, bold: true };
  lines.forEach((line, i) => {
    const cell = sheet.getCell(`A${row + 1 + i}`);
    cell.value = line;
    cell.font = { ...FONT, size: 10, color: { argb: "FF404040" } };
  });
}
