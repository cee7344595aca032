/**
 * What a laid-out funnel says about the workbook it sits in, read from the cells the add-in writes:
 * the texts of its header row and of the rows under its steps (its labels, in the language the sheet
 * was laid out in) and the number formats of its money cells (in the workbook's currency).
 * Only rows already read are looked at; nothing here asks for more.
 */
import type { SheetSnapshot } from "./sheet-snapshot";
import type { FunnelLocation } from "./locate-funnel";
import { columnNumber } from "./a1";

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

/** The cells that hold money in every funnel the add-in laid out: the sale value and the summary's revenues. */
const MONEY_NAMES = ["FunnelSaleValue", "FunnelRevenue", "FunnelForecastRevenue", "FunnelExtraRevenue"] as const;

/**
 * The number formats of the funnel's money cells (the named ones, else the sale value's cell), where
 * they were read: what tells the workbook's currency — never a cell of the user's elsewhere on the sheet.
 */
export function moneyFormatsOf(snapshot: SheetSnapshot, location: FunnelLocation): string[] {
  const named = MONEY_NAMES.map((name) => snapshot.names[name]).filter((a): a is string => a !== undefined);
  const cells = named.length > 0 ? named : [location.saleValueCell];
  const formats: string[] = [];
  for (const address of cells) {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.replace(/^.*!/, ""));
    if (match === null) continue;
    const row = Number(match[2]);
    const col = columnNumber(match[1] ?? "");
    const block = snapshot.blocks.find((b) => row >= b.firstRow && row <= b.lastRow);
    const format = block?.numberFormats?.[row - block.top]?.[col - block.left];
    if (typeof format === "string" && format !== "General") formats.push(format);
  }
  return formats;
}
