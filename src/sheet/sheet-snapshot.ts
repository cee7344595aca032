/**
 * What the reads of a worksheet tell the add-in: blocks of rows of columns A..N (values and formulas
 * exactly as Office.js returns them), which rows of A..N hold anything at all, the sheet-scoped names
 * and the selection. Pure data, so that finding the funnel and deciding what may be written are
 * testable without Office.
 *
 * Reads are bounded (a sheet may hold hundreds of thousands of other cells): only some rows are loaded.
 * Asking for a cell in a used row that was not loaded throws RowsNotLoaded, so no decision is ever
 * taken on a cell the add-in has not seen; the Excel adapter then loads those rows and asks again.
 */
import { parseArea, type AreaRef } from "./a1";

export interface SheetBlock {
  /** The rows this block was read for; a row of it with no entry in `values` is empty. */
  firstRow: number;
  lastRow: number;
  /** 1-based sheet row and column of values[0][0]; the arrays are empty when the rows are empty. */
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
  /** The cells' number formats, as Range.numberFormat gives them; absent where they were not read. */
  numberFormats?: readonly (readonly unknown[])[];
}

export interface SheetSnapshot {
  sheetName: string;
  /** First and last row of A..N holding anything, or null for an empty sheet; other rows are empty. */
  usedRows: { first: number; last: number } | null;
  /** First row where column B holds anything (the article layout starts there), or null. */
  firstUsedRowOfB: number | null;
  blocks: readonly SheetBlock[];
  /** Sheet-scoped names and what they refer to ("B12", "A3:H16"); names of other kinds are left out. */
  names: Readonly<Record<string, string>>;
  /** Selected rows on this sheet; null when nothing useful is selected. */
  selection: { firstRow: number; rowCount: number; firstColumn: number } | null;
  /** Merged areas starting in the input columns A..D of the rows read; absent where Excel cannot tell. */
  merged?: readonly AreaRef[];
}

/** A decision needed a row that was not read. */
export class RowsNotLoaded extends Error {
  constructor(readonly row: number) {
    super(`row ${row} was not read from the sheet`);
    this.name = "RowsNotLoaded";
  }
}

export function emptySnapshot(sheetName: string): SheetSnapshot {
  return { sheetName, usedRows: null, firstUsedRowOfB: null, blocks: [], names: {}, selection: null };
}

/** What `pick` gives of the block holding the cell (undefined for an empty row); RowsNotLoaded where none was read. */
export function cellAt(
  snapshot: SheetSnapshot,
  pick: (block: SheetBlock) => SheetBlock["values"],
  row: number,
  col: number,
): unknown {
  const used = snapshot.usedRows;
  if (used === null || row < used.first || row > used.last) return undefined;
  const block = snapshot.blocks.find((b) => row >= b.firstRow && row <= b.lastRow);
  if (block === undefined) throw new RowsNotLoaded(row);
  return pick(block)[row - block.top]?.[col - block.left];
}

/** The cell's value ("" when empty), as Range.values would give it. */
export function valueAt(snapshot: SheetSnapshot, row: number, col: number): unknown {
  return cellAt(snapshot, (b) => b.values, row, col) ?? "";
}

/** The cell's formula ("=..."), or its constant, as Range.formulas would give it. */
export function formulaAt(snapshot: SheetSnapshot, row: number, col: number): unknown {
  return cellAt(snapshot, (b) => b.formulas, row, col) ?? "";
}

export function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The last row of A..N holding anything (0 for an empty sheet). */
export function lastUsedRow(snapshot: SheetSnapshot): number {
  return snapshot.usedRows?.last ?? 0;
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
