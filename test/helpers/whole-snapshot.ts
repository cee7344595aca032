/** A SheetSnapshot of one block holding everything used, as the add-in's reads once produced it. */
import type { SheetBlock, SheetSnapshot } from "../../src/sheet/sheet-snapshot";

export function wholeSnapshot(
  sheetName: string,
  top: number,
  left: number,
  values: SheetBlock["values"],
  formulas: SheetBlock["formulas"],
  extra: Partial<Pick<SheetSnapshot, "names" | "selection">> = {},
): SheetSnapshot {
  const last = top + values.length - 1;
  const used = values.length === 0 ? null : { first: top, last };
  let firstB: number | null = null;
  values.forEach((line, i) => {
    const b = line[2 - left];
    if (firstB === null && b !== undefined && b !== "" && b !== null) firstB = top + i;
  });
  return {
    sheetName,
    usedRows: used,
    firstUsedRowOfB: firstB,
    blocks: used === null ? [] : [{ firstRow: top, lastRow: last, top, left, values, formulas }],
    names: extra.names ?? {},
    selection: extra.selection ?? null,
  };
}
