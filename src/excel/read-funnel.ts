/**
 * readFunnel: what the pane shows when it opens or the user switches sheets — the funnel of the active
 * sheet as typed there (raw cell values, so the pane can show even a mistyped one), its issues and,
 * when valid, its forecast. One round trip (more only for a funnel below the rows read up front);
 * nothing is written.
 */
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../funnel/locate-funnel";
import {
  comparisonOf,
  funnelRows,
  layoutOf,
  parseFunnelRows,
  type RawFunnelRows,
  type SheetComparison,
} from "../funnel/funnel-rows";
import type { FunnelIssue, FunnelOutcome } from "../funnel/types";
import { overviewIssue, readSheet, readUntilLoaded, settingValue, storedMode } from "./read-sheet";
import { funnelListOf, type FunnelList } from "./funnel-list";

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
  /** The sheet's comparison with a closed period, as Excel computed it; null for none. */
  comparison: SheetComparison | null;
  /** The workbook's funnels, to move between. */
  list: FunnelList;
}

export async function readFunnel(context: Excel.RequestContext): Promise<FunnelReading> {
  const read = await readSheet(context, context.workbook.worksheets.getActiveWorksheet());
  const mode = storedMode(read, {});
  const currency = settingValue(read.currency);
  const list = funnelListOf(read);
  const onOverview = overviewIssue(read);
  if (onOverview !== null) {
    const none = { forecast: null, errors: [], warnings: [] };
    const sheetName = read.sheet.name;
    return {
      sheetName,
      location: null,
      rows: null,
      mode,
      currency,
      issue: onOverview,
      outcome: none,
      comparison: null,
      list,
    };
  }
  return readUntilLoaded(context, read, (snapshot): FunnelReading => {
    const found = locateFunnel(snapshot);
    const none = { forecast: null, errors: [], warnings: [] };
    if (found.location === null) {
      const { sheetName } = snapshot;
      return {
        sheetName,
        location: null,
        rows: null,
        mode,
        currency,
        issue: found.issue,
        outcome: none,
        comparison: null,
        list,
      };
    }
    const location = found.location;
    const rows = funnelRows(snapshot, location);
    const parsed = parseFunnelRows(rows, location, mode);
    const outcome =
      parsed.input === null
        ? { forecast: null, errors: parsed.errors, warnings: parsed.warnings }
        : forecastFunnel(parsed.input, layoutOf(location));
    return {
      sheetName: snapshot.sheetName,
      location,
      rows,
      mode,
      currency,
      issue: null,
      outcome,
      comparison: comparisonOf(snapshot, location),
      list,
    };
  });
}
