/**
 * readFunnel: what the pane shows when it opens or the user switches sheets — the funnel of the active
 * sheet as typed there (raw cell values, so the pane can show even a mistyped one), its issues and,
 * when valid, its forecast. One round trip; nothing is written.
 */
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../funnel/locate-funnel";
import { funnelRows, parseFunnelRows, type RawFunnelRows } from "../funnel/funnel-rows";
import type { FunnelIssue, FunnelOutcome } from "../funnel/types";
import { queueSheetRead, settingValue, snapshotOf } from "./read-sheet";
import { storedMode } from "./recalculate";

export type { RawFunnelRows } from "../funnel/funnel-rows";

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
  const rows = funnelRows(snapshot, location);
  const parsed = parseFunnelRows(rows, location, mode);
  const outcome =
    parsed.input === null
      ? { forecast: null, errors: parsed.errors, warnings: parsed.warnings }
      : forecastFunnel(parsed.input, { firstStepRow: location.firstStepRow, saleValueCell: location.saleValueCell });
  return { sheetName: snapshot.sheetName, location, rows, mode, currency, issue: null, outcome };
}
