/**
 * What one read of a worksheet tells the add-in: the used cells of columns A..I (values and formulas
 * exactly as Office.js returns them), the sheet-scoped names and the selection. Pure data, so that
 * finding the funnel and deciding what may be written are testable without Office.
 */
import { parseArea, type AreaRef } from "./a1";

export interface SheetSnapshot {
  sheetName: string;
  /** 1-based sheet row and column of values[0][0]; the arrays are empty for an empty sheet. */
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
  /** Sheet-scoped names and what they refer to ("B12", "A3:H16"); names of other kinds are left out. */
  names: Readonly<Record<string, string>>;
  /** Selected rows on this sheet; null when nothing useful is selected. */
  selection: { firstRow: number; rowCount: number; firstColumn: number } | null;
}

export function emptySnapshot(sheetName: string): SheetSnapshot {
  return { sheetName, top: 1, left: 1, values: [], formulas: [], names: {}, selection: null };
}

function at(grid: SheetSnapshot["values"], snapshot: SheetSnapshot, row: number, col: number): unknown {
  return grid[row - snapshot.top]?.[col - snapshot.left];
}

/** The cell's value ("" when empty), as Range.values would give it. */
export function valueAt(snapshot: SheetSnapshot, row: number, col: number): unknown {
  return at(snapshot.values, snapshot, row, col) ?? "";
}

/** The cell's formula ("=..."), or its constant, as Range.formulas would give it. */
export function formulaAt(snapshot: SheetSnapshot, row: number, col: number): unknown {
  return at(snapshot.formulas, snapshot, row, col) ?? "";
}

export function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function lastUsedRow(snapshot: SheetSnapshot): number {
  return snapshot.top + snapshot.values.length - 1;
}

export function namedArea(snapshot: SheetSnapshot, name: string): AreaRef | null {
  const target = snapshot.names[name];
  if (target === undefined) return null;
  try {
    return parseArea(target);
  } catch {
    // A name pointing at something that is not a cell range (#REF! after a deletion) is no anchor.
    return null;
  }
}
