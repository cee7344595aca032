/**
 * readFunnel: what the pane shows when it opens or the user switches sheets — the funnel of the active
 * sheet as typed there (raw cell values, so the pane can show even a mistyped one), its issues and,
 * when valid, its forecast. One round trip; nothing is written.
 */
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../funnel/locate-funnel";
import { valueAt } from "../funnel/sheet-snapshot";
import type { FunnelIssue, FunnelOutcome } from "../funnel/types";
import { queueSheetRead, settingValue, snapshotOf } from "./read-sheet";
import { readFunnelCells, storedMode } from "./recalculate";

export interface RawFunnelRows {
  names: unknown[];
  results: unknown[];
  improvements: unknown[];
  saleValue: unknown;
}

export interface FunnelReading {
  sheetName: string;
  location: FunnelLocation | null;
  rows: RawFunnelRows | null;
  mode: unknown;
  currency: unknown;
  outcome: FunnelOutcome;
  /** Why no funnel was found, when none was. */
  issue: FunnelIssue | null;
}

export async function readFunnel(context: Excel.RequestContext): Promise<FunnelReading> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const read = queueSheetRead(context, sheet);
  await context.sync();
  const snapshot = snapshotOf(read);
  const mode = storedMode(read, {});
  const currency = settingValue(read.currency);
  const found = locateFunnel(snapshot);
  if (found.location === null) {
    return {
      sheetName: snapshot.sheetName,
      location: null,
      rows: null,
      mode,
      currency,
      issue: found.issue,
      outcome: { forecast: null, errors: [], warnings: [] },
    };
  }
  const location = found.location;
  const rowsAt = (col: number) =>
    Array.from({ length: location.lastStepRow - location.firstStepRow + 1 }, (_, i) =>
      valueAt(snapshot, location.firstStepRow + i, col),
    );
  const rows = {
    names: rowsAt(1),
    results: rowsAt(2),
    improvements: rowsAt(4),
    saleValue: valueAt(snapshot, location.summaryRow, 2),
  };
  const parsed = readFunnelCells(snapshot, location, mode);
  const outcome =
    parsed.input === null
      ? { forecast: null, errors: parsed.errors, warnings: parsed.warnings }
      : forecastFunnel(parsed.input, { firstStepRow: location.firstStepRow, saleValueCell: location.saleValueCell });
  return { sheetName: snapshot.sheetName, location, rows, mode, currency, issue: null, outcome };
}
