/**
 * readFunnel: what the pane shows when it opens or the user switches sheets — the funnel of the active
 * sheet as typed there (raw cell values, so the pane can show even a mistyped one), its issues and,
 * when valid, its forecast. One round trip (more only for a funnel below the rows read up front);
 * nothing is written.
 */
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../sheet/locate-funnel";
import {
  comparisonOf,
  funnelRows,
  layoutOf,
  parseFunnelRows,
  type RawFunnelRows,
  type SheetComparison,
} from "../sheet/funnel-rows";
import type { FunnelIssue, FunnelOutcome } from "../funnel/types";
import { notFunnelSheetIssue, readSheet, readUntilLoaded, settingValue, storedMode } from "./read-sheet";
import { funnelListOf, type FunnelList } from "./funnel-list";
import { currencyOfFormats } from "../sheet/format-currency";
import { labelTextsOf, moneyFormatsOf } from "../sheet/sheet-texts";

export type { RawFunnelRows } from "../sheet/funnel-rows";

export interface FunnelReading {
  sheetName: string;
  location: FunnelLocation | null;
  rows: RawFunnelRows | null;
  mode: unknown;
  /** The workbook's currency: the one stored in it, else the one its money cells show (null for none). */
  currency: unknown;
  /**
   * The texts of the funnel's header and summary rows: its labels among them, to tell the language the
   * sheet was laid out in (sheet-language.ts, loaded with the code that writes). Empty without a funnel.
   */
  labelTexts: string[];
  outcome: FunnelOutcome;
  /** Why no funnel was found, when none was. */
  issue: FunnelIssue | null;
  /** The sheet's comparison with a closed period, as Excel computed it; null for none. */
  comparison: SheetComparison | null;
  /** The workbook's funnels, to move between. */
  list: FunnelList;
}

/** `mergedAreas`: the host has ExcelApi 1.13, so merged input cells are named as such. */
export async function readFunnel(context: Excel.RequestContext, mergedAreas = false): Promise<FunnelReading> {
  const read = await readSheet(context, context.workbook.worksheets.getActiveWorksheet(), undefined, mergedAreas);
  const mode = storedMode(read, {});
  const currency = settingValue(read.currency);
  const list = funnelListOf(read);
  /** A sheet with no funnel to show, and why. */
  const noFunnel = (sheetName: string, issue: FunnelIssue | null): FunnelReading => ({
    sheetName,
    location: null,
    rows: null,
    mode,
    currency,
    labelTexts: [],
    issue,
    outcome: { forecast: null, errors: [], warnings: [] },
    comparison: null,
    list,
  });
  const onOverview = notFunnelSheetIssue(read);
  if (onOverview !== null) return noFunnel(read.sheet.name, onOverview);
  return readUntilLoaded(context, read, (snapshot): FunnelReading => {
    const found = locateFunnel(snapshot);
    if (found.location === null) return noFunnel(snapshot.sheetName, found.issue);
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
      currency: currency ?? currencyOfFormats(moneyFormatsOf(snapshot, location)),
      labelTexts: labelTextsOf(snapshot, location),
      issue: null,
      outcome,
      comparison: comparisonOf(snapshot, location),
      list,
    };
  });
}
