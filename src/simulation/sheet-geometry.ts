/**
 * Where cells and charts are on a simulated sheet, in points from its top-left corner, as Chart.top,
 * left, width and height and Range.format.columnWidth give them.
 *
 *  - Rows are Excel's standard 15 points (row heights are not modelled); a column is Excel's standard
 *    48 points (8.43 characters of Calibri 11, 64 pixels) unless its width was set.
 *  - A chart moves and sizes with the cells under it, Excel's default for a chart ("Move and size with
 *    cells", Excel.Placement twoCell): rows inserted above it move it down, rows inserted across it
 *    make it taller, and a column widened left of it or across it moves or widens it.
 *  - A chart added without a place is Excel's default 5 by 3 inches (360 by 216 points).
 *  - Autofit gives a column the width of its longest shown text, at 5.25 points a character (7 pixels
 *    of Calibri 11) plus one character of margin: an approximation of Excel's measurement, enough for
 *    a test to tell a column the add-in autofitted from one the user sized.
 */
import { parseArea } from "../sheet/a1";

/** Where a chart sits on its sheet, in points from the sheet's top-left corner (Chart.top, left, width, height). */
export interface ChartGeometry {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What of a sheet the geometry depends on (workbook-model.ts's SheetModel has these). */
interface SheetLayout {
  /** Column widths in points, by 1-based column, where they are not the standard width. */
  columnWidths: ReadonlyMap<number, number>;
  charts: ChartGeometry[];
}

export const STANDARD_ROW_HEIGHT = 15;
export const STANDARD_COLUMN_WIDTH = 48;
export const DEFAULT_CHART_SIZE = { width: 360, height: 216 } as const;
const POINTS_PER_CHARACTER = 5.25;

export function columnWidthOf(sheet: SheetLayout, col: number): number {
  return sheet.columnWidths.get(col) ?? STANDARD_COLUMN_WIDTH;
}

/** The left edge of column `col` (1-based). */
export function columnLeft(sheet: SheetLayout, col: number): number {
  let left = 0;
  for (let c = 1; c < col; c++) left += columnWidthOf(sheet, c);
  return left;
}

/** The top edge of row `row` (1-based). */
export const rowTop = (row: number): number => (row - 1) * STANDARD_ROW_HEIGHT;

/** The box from the top-left of cell `start` to the bottom-right of cell `end` (Chart.setPosition). */
export function cellsBox(sheet: SheetLayout, start: string, end: string): ChartGeometry {
  const from = parseArea(start).first;
  const to = parseArea(end).last;
  const top = rowTop(from.row);
  const left = columnLeft(sheet, from.col);
  return {
    top,
    left,
    width: columnLeft(sheet, to.col + 1) - left,
    height: rowTop(to.row + 1) - top,
  };
}

/** Where an edge at `at` goes when `by` points are inserted at `from` (or, where negative, deleted from it). */
function moveEdge(at: number, from: number, by: number, isTop: boolean): number {
  if (by >= 0) return at > from || (isTop && at === from) ? at + by : at;
  const end = from - by;
  if (at <= from) return at;
  return at >= end ? at + by : from;
}

/** Rows inserted (count > 0) or deleted (count < 0) at `row` move and size the sheet's charts. */
export function moveChartsWithRows(sheet: SheetLayout, row: number, count: number): void {
  const from = rowTop(row);
  const by = count * STANDARD_ROW_HEIGHT;
  for (const chart of sheet.charts) {
    const bottom = chart.top + chart.height;
    chart.top = moveEdge(chart.top, from, by, true);
    chart.height = Math.max(0, moveEdge(bottom, from, by, false) - chart.top);
  }
}

/** Column `col` going from `before` to `after` points wide moves and sizes the sheet's charts. */
export function moveChartsWithColumn(sheet: SheetLayout, col: number, before: number, after: number): void {
  if (after === before) return;
  const left = columnLeft(sheet, col);
  for (const chart of sheet.charts) {
    const right = chart.left + chart.width;
    if (chart.left >= left + before) chart.left += after - before;
    else if (right > left) chart.width = Math.max(0, chart.width + (after - before));
  }
}

/** The width autofit gives a column whose shown texts are `texts` (the standard width when it is empty). */
export function autofitWidth(texts: readonly string[]): number {
  const longest = Math.max(0, ...texts.map((t) => t.length));
  return longest === 0 ? STANDARD_COLUMN_WIDTH : (longest + 1) * POINTS_PER_CHARACTER;
}
