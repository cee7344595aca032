/** The funnel's input cells at a location in a sheet snapshot, as typed, and their parsing. */
import { columnNumber } from "./a1";
import type { FunnelLocation } from "./locate-funnel";
import { parseFunnelCells } from "./parse-cells";
import { valueAt, type SheetSnapshot } from "./sheet-snapshot";
import type { ImprovementMode } from "./types";
import { INPUT_COLUMNS, type Validation } from "./validate";

export interface RawFunnelRows {
  names: unknown[];
  results: unknown[];
  improvements: unknown[];
  saleValue: unknown;
}

export function funnelRows(snapshot: SheetSnapshot, location: FunnelLocation): RawFunnelRows {
  const column = (letter: string) =>
    Array.from({ length: location.lastStepRow - location.firstStepRow + 1 }, (_, i) =>
      valueAt(snapshot, location.firstStepRow + i, columnNumber(letter)),
    );
  return {
    names: column(INPUT_COLUMNS.name),
    results: column(INPUT_COLUMNS.result),
    improvements: column(INPUT_COLUMNS.improvement),
    saleValue: valueAt(snapshot, location.summaryRow, columnNumber(INPUT_COLUMNS.result)),
  };
}

export function parseFunnelRows(rows: RawFunnelRows, location: FunnelLocation, mode: unknown): Validation {
  return parseFunnelCells({
    firstStepRow: location.firstStepRow,
    ...rows,
    saleValueCell: location.saleValueCell,
    improvementMode: mode as ImprovementMode,
  });
}
