/**
 * What a laid-out funnel says about the workbook it sits in, read from the cells the add-in writes:
 * the texts of its header row and of the rows under its steps (its labels, in the language the sheet
 * was laid out in) and the number formats there (its money cells, in the workbook's currency).
 * Only rows already read are looked at; nothing here asks for more.
 */
import type { SheetSnapshot } from "./sheet-snapshot";
import type { FunnelLocation } from "./locate-funnel";

/** Rows under the summary that hold the add-in's labels (money, cycle, periods and trend blocks). */
const ROWS_BELOW_SUMMARY = 120;

function cellsOf(
  snapshot: SheetSnapshot,
  location: FunnelLocation,
  pick: (block: SheetSnapshot["blocks"][number]) => readonly (readonly unknown[])[] | undefined,
): unknown[] {
  const rows = [location.headerRow, ...range(location.summaryRow, location.summaryRow + ROWS_BELOW_SUMMARY)];
  const cells: unknown[] = [];
  for (const row of rows) {
    const block = snapshot.blocks.find((b) => row >= b.firstRow && row <= b.lastRow);
    const line = block === undefined ? undefined : pick(block)?.[row - block.top];
    if (line !== undefined) cells.push(...line);
  }
  return cells;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The texts of the funnel's header row and of the rows from its summary down (its labels, among others). */
export function labelTextsOf(snapshot: SheetSnapshot, location: FunnelLocation): string[] {
  return cellsOf(snapshot, location, (b) => b.values).filter(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
}

/** The number formats of those rows, where they were read. */
export function numberFormatsOf(snapshot: SheetSnapshot, location: FunnelLocation): string[] {
  return cellsOf(snapshot, location, (b) => b.numberFormats).filter(
    (v): v is string => typeof v === "string" && v !== "General",
  );
}
