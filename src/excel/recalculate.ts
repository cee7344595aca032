/**
 * recalculate: finds the funnel on the active sheet, reads and validates it, and on success writes
 * every output formula, the summary, the names and the charts. Two context.sync() calls whatever the
 * number of steps (a third only if Excel refuses the native funnel chart). On any error it writes
 * nothing and returns the issues.
 */
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../funnel/locate-funnel";
import { funnelRows, parseFunnelRows } from "../funnel/funnel-rows";
import { planSheet } from "../funnel/plan-sheet";
import type { FunnelInput, FunnelIssue, FunnelOutcome } from "../funnel/types";
import { applyToReadSheet } from "./apply-plan";
import type { FunnelChartKind } from "./charts";
import { planOptionsOf, resolveOptions, type ExcelOptions } from "./options";
import { queueSheetRead, settingValue, snapshotOf, type SheetRead } from "./read-sheet";

export interface RecalculateResult {
  outcome: FunnelOutcome;
  /** Where the funnel lives, when one was found. */
  location: FunnelLocation | null;
  /** The funnel as read from the sheet (null when it could not be read). */
  input: FunnelInput | null;
  written: boolean;
  chart: FunnelChartKind | null;
}

export function failed(
  errors: FunnelIssue[],
  location: FunnelLocation | null,
  warnings: FunnelIssue[] = [],
): RecalculateResult {
  return { outcome: { forecast: null, errors, warnings }, location, input: null, written: false, chart: null };
}

/** The improvement mode to use: the caller's, else the one stored in the workbook, else relative. */
export function storedMode(read: SheetRead, options: ExcelOptions): unknown {
  return options.improvementMode ?? settingValue(read.mode) ?? "relative";
}

export async function recalculate(
  context: Excel.RequestContext,
  options: ExcelOptions = {},
): Promise<RecalculateResult> {
  const resolved = resolveOptions(options);
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const read = queueSheetRead(context, sheet);
  await context.sync();

  const snapshot = snapshotOf(read);
  const found = locateFunnel(snapshot);
  if (found.location === null) return failed([found.issue], null);
  const location = found.location;
  const parsed = parseFunnelRows(funnelRows(snapshot, location), location, storedMode(read, options));
  if (parsed.input === null) return failed(parsed.errors, location, parsed.warnings);

  const storedCurrency = settingValue(read.currency);
  const moneyFormat =
    resolved.moneyFormat ?? (typeof storedCurrency === "string" ? options.moneyFormatFor?.(storedCurrency) : undefined);
  const layout = { firstStepRow: location.firstStepRow, saleValueCell: location.saleValueCell };
  const outcome = forecastFunnel(parsed.input, layout);
  const plan = planSheet(
    parsed.input,
    { headerRow: location.headerRow, summaryRow: location.summaryRow },
    planOptionsOf(resolved, moneyFormat),
  );
  const applied = await applyToReadSheet(read, { context, plan, snapshot, location, resolved, writeInputs: false });
  if (!applied.written) return { ...failed(applied.conflicts, location, outcome.warnings), input: parsed.input };
  return {
    outcome: { ...outcome, warnings: [...outcome.warnings, ...applied.warnings] },
    location,
    input: parsed.input,
    written: true,
    chart: applied.chart,
  };
}
