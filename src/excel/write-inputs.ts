/**
 * writeInputs: the only code that writes columns A, B, D and the sale value — on the user's explicit
 * action in the pane. Writes the steps, results, improvements and sale value typed there into the
 * funnel of the active sheet (re-laying outputs for a changed number of steps), or into a new funnel
 * sheet when the active sheet has none; then everything a recalculation writes. Two round trips.
 * With `options.paneEdits`, three-way: only the inputs the user changed in the pane are written, and
 * only where the sheet still holds what the pane read; a cell changed in both places stops the run
 * with nothing written, as a conflict the user answers.
 */
import { forecastFunnel } from "../funnel/forecast";
import { funnelRows, layoutAt, mergedIssues, periodHistoryOf } from "../sheet/funnel-rows";
import { laidOutBlock, locateFunnel } from "../sheet/locate-funnel";
import { planSheet } from "../sheet/plan-sheet";
import { conflictIssue, mergeWithSheet } from "../sheet/three-way";
import { validateFunnel, type RawFunnel } from "../funnel/validate";
import { decideApply, fromRead, namesOf } from "./apply-plan";
import { layOutNewSheet, NEW_SHEET_HEADER_ROW, queueSettings } from "./new-funnel-sheet";
import { planOptionsOf, resolveOptions, sheetWording, type ExcelOptions } from "./options";
import { notFunnelSheetIssue, readSheet, readUntilLoaded, storedCurrencyOf } from "./read-sheet";
import { ownershipOf } from "./ownership";
import { applyReadyRun, failed, planAsIs, type ReadyRun, type RecalculateResult } from "./recalculate";

/**
 * `funnel` may hold values exactly as typed (text that is not a number, an empty result): they are
 * validated here, with issues naming the cells they were meant for, and nothing is written.
 */
export async function writeInputs(
  context: Excel.RequestContext,
  funnel: RawFunnel,
  options: ExcelOptions = {},
): Promise<RecalculateResult> {
  const resolved = resolveOptions(options);
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const read = await readSheet(context, sheet, undefined, resolved.supportsMergedAreas);
  const onOverview = notFunnelSheetIssue(read);
  if (onOverview !== null) return failed([onOverview], null);
  const facts = fromRead(read, resolved, true, options.replaceEdits);

  const run = await readUntilLoaded(context, read, (snapshot): ReadyRun | RecalculateResult | "new-sheet" => {
    const found = locateFunnel(snapshot);
    // The pane's funnel replaces the whole block the add-in laid out (unless rows are selected), even
    // where an earlier run stopped part-way and left rows that no longer read as one funnel.
    const block = found.location?.source === "selection" ? null : laidOutBlock(snapshot);
    const location = block ?? found.location;
    if (location === null) {
      if (found.issue === null) throw new Error("locateFunnel found no funnel and gave no reason");
      return found.issue.code === "no-funnel" ? "new-sheet" : failed([found.issue], null);
    }
    // The pane's values would land in merged cells, where Excel keeps only the first.
    const merged = mergedIssues(snapshot, location);
    if (merged.length > 0) return failed(merged, location);
    const edits = options.paneEdits;
    // Compared with the funnel as the sheet holds it now (the laid-out block may reach further down).
    const now = found.location ?? location;
    const three = edits === undefined ? null : mergeWithSheet(funnel, edits, funnelRows(snapshot, now), now);
    if (three !== null && three.conflicts.length > 0) {
      return { ...failed(three.conflicts.map(conflictIssue), now), conflicts: three.conflicts };
    }
    const written = three?.funnel ?? funnel;
    const lastStepRow = location.headerRow + written.steps.length;
    const layout = layoutAt(location.firstStepRow, lastStepRow + 2);
    // The pane does not edit the funnel's name (yet): the one in the sheet stays.
    const funnelName = written.name === undefined ? funnelRows(snapshot, location).name : written.name;
    const checked = validateFunnel({ ...written, name: funnelName }, layout);
    // Reported on the funnel's own rows (the laid-out block may reach further down).
    if (checked.input === null) return failed(checked.errors, found.location ?? location, checked.warnings);
    const input = checked.input;
    const wording = sheetWording(resolved, storedCurrencyOf(read), snapshot, location);
    const planOptions = { ...planOptionsOf(wording), sheetName: snapshot.sheetName };
    const plan = planSheet(
      input,
      { headerRow: location.headerRow },
      { ...planOptions, history: periodHistoryOf(snapshot, location) },
    );
    // A sheet from before the record: its cells are the add-in's where they hold what it would write
    // for the funnel as the sheet has it (when that funnel reads at all).
    const ownership = ownershipOf(read, location, () =>
      found.location === null ? null : planAsIs(snapshot, found.location, read, planOptions),
    );
    return {
      location: {
        ...location,
        lastStepRow: plan.lastStepRow,
        summaryRow: plan.summaryRow,
        saleValueCell: plan.saleValueCell,
      },
      input,
      outcome: forecastFunnel(input, layout),
      plan,
      decided: decideApply({ plan, snapshot, location, ...facts, ownership }),
      existingNames: namesOf(snapshot, read.names),
    };
  });

  if (run === "new-sheet") {
    const checked = validateFunnel(
      funnel,
      layoutAt(NEW_SHEET_HEADER_ROW + 1, NEW_SHEET_HEADER_ROW + funnel.steps.length + 2),
    );
    if (checked.input === null) return failed(checked.errors, null, checked.warnings);
    return layOutNewSheet(
      context,
      read.sheets.items.map((s) => ({ id: s.id, name: s.name })),
      read.registry,
      checked.input,
      { ...resolved, currency: resolved.currency ?? storedCurrencyOf(read) },
    );
  }
  if (!("plan" in run)) return run;
  const mode = run.input.improvementMode ?? "relative";
  return applyReadyRun(context, read, run, () => {
    queueSettings(context, read, mode, resolved.currency);
  });
}
