/**
 * What a laid-out funnel says about the workbook it sits in, read from the cells the add-in writes:
 * the texts of its header row and of the rows under its steps (its labels, in the language the sheet
 * was laid out in) and the number formats of its money cells (in the workbook's currency).
 * Only rows already read are looked at; nothing here asks for more.
 */
import { namedArea, type SheetBlock, type SheetSnapshot } from "./sheet-snapshot";
import type { FunnelLocation } from "./locate-funnel";
import { parseCell, type AreaRef } from "./a1";

/** Rows under the summary that hold the add-in's labels (money, cycle, periods and trend blocks). */
const ROWS_BELOW_SUMMARY = 120;

type Pick = (block: SheetBlock) => readonly (readonly unknown[])[] | undefined;

/** What `pick` gives of a row already read (its cells from the block's left column); undefined otherwise. */
function loadedRow(
  snapshot: SheetSnapshot,
  row: number,
  pick: Pick,
): { cells: readonly unknown[]; left: number } | undefined {
  const block = snapshot.blocks.find((b) => row >= b.firstRow && row <= b.lastRow);
  const cells = block === undefined ? undefined : pick(block)?.[row - block.top];
  return block === undefined || cells === undefined ? undefined : { cells, left: block.left };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The texts of the funnel's header row and of the rows from its summary down (its labels, among others). */
export function labelTextsOf(snapshot: SheetSnapshot, location: FunnelLocation): string[] {
  const rows = [location.headerRow, ...range(location.summaryRow, location.summaryRow + ROWS_BELOW_SUMMARY)];
  return rows
    .flatMap((row) => loadedRow(snapshot, row, (b) => b.values)?.cells ?? [])
    .filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** The cells that hold money in every funnel the add-in laid out: the sale value and the summary's revenues. */
const MONEY_NAMES = ["FunnelSaleValue", "FunnelRevenue", "FunnelForecastRevenue", "FunnelExtraRevenue"] as const;

/**
 * The number formats of the funnel's money cells (the named ones, else the sale value's cell), where
 * they were read: what tells the workbook's currency — never a cell of the user's elsewhere on the sheet.
 */
export function moneyFormatsOf(snapshot: SheetSnapshot, location: FunnelLocation): string[] {
  // A name pointing at no cell any more (#REF! after a deletion) tells nothing.
  const named = MONEY_NAMES.map((name) => namedArea(snapshot, name)).filter((a): a is AreaRef => a !== null);
  const cells = named.length > 0 ? named.map((area) => area.first) : [parseCell(location.saleValueCell)];
  const formats: string[] = [];
  for (const cell of cells) {
    const line = loadedRow(snapshot, cell.row, (b) => b.numberFormats);
    const format = line?.cells[cell.col - line.left];
    if (typeof format === "string" && format !== "General") formats.push(format);
  }
  return formats;
}
