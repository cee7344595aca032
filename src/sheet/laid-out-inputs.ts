/**
 * Which optional inputs a sheet already has. Inside the block the add-in laid out before, its optional
 * inputs (costs and target, product, period to compare with) are the user's; outside it, those cells are
 * not inputs yet. The sales cycle and lifetime value came later, beside the costs and target block, in
 * cells a sheet laid out before them may use for anything: there they are inputs only where the sheet
 * names them (FunnelCycleDays, FunnelLifetimeValue), which the add-in does when it lays them out.
 */
import { parseCell } from "./a1";
import type { FunnelLocation } from "./locate-funnel";
import { CYCLE_INPUTS, moneyCellsAt } from "./money-cells";
import { periodCellsOf } from "./block-layout";
import { namedArea, type SheetSnapshot } from "./sheet-snapshot";
import { MONEY_FIELDS, type MoneyField } from "../funnel/types";

/** The name of a sales-cycle or lifetime-value input; undefined for the inputs laid out from the start. */
function nameSince(field: MoneyField): string | undefined {
  return CYCLE_INPUTS.find((input) => input.field === field)?.name;
}

/** True when `row` lies in the block the add-in laid out before (from its table name). */
export function insideBlock(location: FunnelLocation | null, row: number): boolean {
  const block = location?.previous ?? null;
  return block !== null && row >= block.firstRow && row <= block.lastRow;
}

/** True when the optional input `field`, at `address`, was laid out before. */
export function moneyInputLaidOut(
  snapshot: SheetSnapshot,
  location: FunnelLocation | null,
  field: MoneyField,
  address: string,
): boolean {
  const cell = parseCell(address);
  if (!insideBlock(location, cell.row)) return false;
  const name = nameSince(field);
  if (name === undefined) return true;
  const named = namedArea(snapshot, name);
  return named !== null && named.first.row === cell.row && named.first.col === cell.col;
}

/** The optional inputs' cells for a funnel whose summary is on `summaryRow`, laid out before or not. */
export function optionalInputCells(
  snapshot: SheetSnapshot,
  location: FunnelLocation | null,
  summaryRow: number,
  laidOut: boolean,
): string[] {
  const money = moneyCellsAt(summaryRow);
  const period = periodCellsOf(summaryRow);
  const cells = MONEY_FIELDS.filter(
    (field) => moneyInputLaidOut(snapshot, location, field, money[field]) === laidOut,
  ).map((field) => money[field]);
  for (const address of [period.name, period.comparePeriod]) {
    if (insideBlock(location, parseCell(address).row) === laidOut) cells.push(address);
  }
  return cells;
}
