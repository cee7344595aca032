/**
 * parseFunnelCells: raw cell values of a funnel block, exactly as Office.js returns them
 * (numbers, strings, booleans, "" for empty, "#REF!"-style error strings), into a FunnelInput —
 * or issues that name the cells (B4, D7, ...).
 */
import { validateFunnel, type Validation } from "./validate";
import type { RawMoney } from "./validate-money";
import type { FunnelLayout, ImprovementMode, MoneyCells } from "./types";

export interface FunnelCells {
  /** 1-based sheet row of the first step. */
  firstStepRow: number;
  /** Column A values, one per step row. */
  names: readonly unknown[];
  /** Column B values, one per step row. */
  results: readonly unknown[];
  /** Column D values, one per step row ("" when empty). */
  improvements: readonly unknown[];
  saleValue: unknown;
  /** A1 address of the sale value cell, for messages. */
  saleValueCell?: string;
  improvementMode?: ImprovementMode;
  /** The optional money and target inputs as read, and their cells. */
  money?: RawMoney;
  moneyCells?: MoneyCells;
  /** The funnel's name (FunnelName) as read, and its cell. */
  name?: unknown;
  nameCell?: string;
}

export function parseFunnelCells(cells: FunnelCells): Validation {
  const count = Math.max(cells.names.length, cells.results.length, cells.improvements.length);
  const steps = Array.from({ length: count }, (_, i) => ({
    name: cells.names[i],
    result: cells.results[i],
    improvement: cells.improvements[i],
  }));
  const layout: FunnelLayout = { firstStepRow: cells.firstStepRow };
  if (cells.saleValueCell !== undefined) layout.saleValueCell = cells.saleValueCell;
  if (cells.moneyCells !== undefined) layout.moneyCells = cells.moneyCells;
  if (cells.nameCell !== undefined) layout.nameCell = cells.nameCell;
  return validateFunnel(
    {
      steps,
      averageSaleValue: cells.saleValue,
      improvementMode: cells.improvementMode ?? "relative",
      name: cells.name,
      ...cells.money,
    },
    layout,
  );
}
