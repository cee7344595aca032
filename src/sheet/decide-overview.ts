/**
 * What an update of the Overview writes, decided against what its sheet holds: only the cells whose
 * content differs from the plan, and formats only where a cell has none (General) or one the add-in
 * gives (money in any currency, its percent and ratio formats) — a format the user chose stays. The
 * bold of the total row follows it when it moves; the rows a shorter Overview leaves are cleared.
 * Pure: the Excel adapter (src/excel/overview.ts) reads the sheet and queues the result.
 */
import { cellAddress } from "./a1";
import { currencyOfFormat } from "./format-currency";
import type { OverviewPlan } from "./plan-overview";

/** The Overview's block as read: rows from 1, columns from A (Range.formulas, values and numberFormat). */
export interface OverviewSheetState {
  formulas: readonly (readonly unknown[])[];
  values: readonly (readonly unknown[])[];
  numberFormats: readonly (readonly unknown[])[];
}

export interface OverviewCellWrite {
  address: string;
  row: number;
  column: number;
  /** The formula, or the text (the adapter writes text as text); "" clears the cell. */
  formula?: string;
  text?: string;
}

export interface OverviewWrites {
  contents: OverviewCellWrite[];
  formats: { address: string; row: number; column: number; format: string }[];
  bold: string[];
  /** Cells of the old total row that now hold a funnel or nothing. */
  unbold: string[];
}

function isBlank(content: unknown): boolean {
  return content === "" || content === null || content === undefined;
}

/** Whether `format` is one the add-in gives the Overview's cells, whatever the currency was then. */
export function isOverviewFormat(format: string, own: readonly string[]): boolean {
  return own.includes(format) || currencyOfFormat(format) !== null;
}

/**
 * The writes that bring `state` (null: a new sheet) to `plan`. `columns` is the block's width,
 * `oldLastRow` the last row the Overview took before (null when new), `ownFormats` the formats the
 * add-in gives (its money, percent and ratio formats).
 */
export function decideOverviewWrites(
  plan: OverviewPlan,
  state: OverviewSheetState | null,
  columns: number,
  oldLastRow: number | null,
  ownFormats: readonly string[],
): OverviewWrites {
  const at = (grid: OverviewSheetState["formulas"] | undefined, row: number, col: number): unknown =>
    grid?.[row - 1]?.[col - 1] ?? "";
  const planned = new Map(plan.cells.map((cell) => [cell.address, cell]));
  const writes: OverviewWrites = { contents: [], formats: [], bold: [], unbold: [] };
  const rows = Math.max(plan.lastRow, oldLastRow ?? 0);
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      const address = cellAddress(row, column);
      const cell = planned.get(address);
      const formula = at(state?.formulas, row, column);
      const value = at(state?.values, row, column);
      const read = at(state?.numberFormats, row, column);
      const format = typeof read === "string" && read !== "" ? read : "General";
      const wanted = cell?.numberFormat ?? "General";
      let changed: boolean;
      if (cell === undefined) {
        changed = !isBlank(formula);
        if (changed) writes.contents.push({ address, row, column, formula: "" });
      } else if (cell.formula !== undefined) {
        changed = formula !== cell.formula;
        if (changed) writes.contents.push({ address, row, column, formula: cell.formula });
      } else {
        const text = cell.value ?? "";
        changed = value !== text || (typeof formula === "string" && formula.startsWith("="));
        if (changed) writes.contents.push({ address, row, column, text });
      }
      if (format !== wanted && (format === "General" || isOverviewFormat(format, ownFormats))) {
        writes.formats.push({ address, row, column, format: wanted });
      }
      if (cell?.bold === true && (changed || state === null)) writes.bold.push(address);
      else if (cell?.bold !== true && changed && row === oldLastRow) writes.unbold.push(address);
    }
  }
  return writes;
}

/** Runs of contents on one row and neighbouring columns, each one range to write. */
export function rowRuns(cells: readonly OverviewCellWrite[]): OverviewCellWrite[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: OverviewCellWrite[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.row === cell.row && last.column + 1 === cell.column) {
      run.push(cell);
    } else runs.push([cell]);
  }
  return runs;
}
