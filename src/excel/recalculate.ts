/**
 * recalculate: finds the funnel on the active sheet, reads and validates it, and on success writes
 * what differs from the plan — output formulas, the summary, the names and the charts (apply-plan.ts).
 * One read and at most one write whatever the number of steps (more only where the funnel lies below
 * the rows read up front, a chart is selected, or Excel stops part-way — see read-sheet.ts and
 * apply-plan.ts); a rerun with nothing to change — the formulas are live, so new results in B or
 * improvements in D need none — is the read alone. On any error it writes nothing and returns the
 * issues.
 */
import type { InputConflict } from "../sheet/three-way";
import { forecastFunnel } from "../funnel/forecast";
import { locateFunnel, type FunnelLocation } from "../sheet/locate-funnel";
import { funnelRows, layoutOf, parseFunnelRows, periodHistoryOf } from "../sheet/funnel-rows";
import { planSheet } from "../sheet/plan-sheet";
import type { FunnelInput, FunnelIssue, FunnelOutcome } from "../funnel/types";
import { applyPlan, decideApply, fromRead, namesOf, type ApplyDecision, type ApplyResult } from "./apply-plan";
import type { FunnelChartKind } from "./charts";
import { planOptionsOf, resolveOptions, sheetWording, type ExcelOptions } from "./options";
import { ownershipOf, recordFormulasOf } from "./ownership";
import {
  notFunnelSheetIssue,
  readSheet,
  readUntilLoaded,
  settingValue,
  storedCurrencyOf,
  storedMode,
  type SheetRead,
} from "./read-sheet";
import type { PlanOptions, SheetPlan } from "../sheet/plan-sheet";
import type { SheetSnapshot } from "../sheet/sheet-snapshot";
import { quoteSheet } from "../sheet/a1";
import {
  parseRegistry,
  reconcile,
  registryWith,
  REGISTRY_SETTING,
  sameProduct,
  type RegisteredFunnel,
  type SheetIdentity,
} from "../sheet/funnel-registry";
import { makeIssue } from "../funnel/validate";

export interface RecalculateResult {
  outcome: FunnelOutcome;
  /** Where the funnel lives, when one was found. */
  location: FunnelLocation | null;
  /** The funnel as read from the sheet (null when it could not be read). */
  input: FunnelInput | null;
  written: boolean;
  chart: FunnelChartKind | null;
  /** Inputs changed both in the sheet and in the pane since it read them (writeInputs); nothing was written. */
  conflicts?: InputConflict[];
}

export function failed(
  errors: FunnelIssue[],
  location: FunnelLocation | null,
  warnings: FunnelIssue[] = [],
): RecalculateResult {
  return { outcome: { forecast: null, errors, warnings }, location, input: null, written: false, chart: null };
}

/** The result of a run that got as far as applying a plan. */
export function appliedResult(
  applied: ApplyResult,
  outcome: FunnelOutcome,
  location: FunnelLocation,
  input: FunnelInput,
): RecalculateResult {
  if (!applied.written) {
    return {
      outcome: { forecast: null, errors: [...applied.conflicts, ...applied.errors], warnings: outcome.warnings },
      location,
      input,
      written: false,
      chart: null,
    };
  }
  return {
    outcome: { ...outcome, warnings: [...outcome.warnings, ...applied.warnings] },
    location,
    input,
    written: true,
    chart: applied.chart,
  };
}

export { storedMode } from "./read-sheet";

/** Everything decided about a run before it writes (pure, so it can be repeated after more rows are read). */
export interface ReadyRun {
  location: FunnelLocation;
  input: FunnelInput;
  outcome: FunnelOutcome;
  plan: SheetPlan;
  decided: ApplyDecision;
  existingNames: ReadonlyMap<string, string | null>;
}

/**
 * The plan and write decision for `input`, laid out where the funnel at `location` is (pure, so it can
 * be made again after more rows are read). `facts` and `read` come from the sheet read this run made.
 * `standIn`: what the add-in would write for the sheet as it is, where the sheet keeps no record of what
 * it wrote (a file from before the record); by default, this very plan.
 */
export function readyRun(
  snapshot: SheetSnapshot,
  location: FunnelLocation,
  input: FunnelInput,
  read: SheetRead,
  facts: ReturnType<typeof fromRead>,
  planOptions: PlanOptions,
  standIn?: () => SheetPlan | null,
): ReadyRun {
  const plan = planSheet(input, { headerRow: location.headerRow, summaryRow: location.summaryRow }, planOptions);
  const ownership = ownershipOf(read, location, standIn ?? (() => plan));
  return {
    location,
    input,
    outcome: forecastFunnel(input, layoutOf(location)),
    plan,
    decided: decideApply({ plan, snapshot, location, ...facts, ownership }),
    existingNames: namesOf(snapshot, read.names),
  };
}

/** The plan a recalculation would make of the funnel as the sheet has it (null where it does not read). */
export function planAsIs(
  snapshot: SheetSnapshot,
  location: FunnelLocation,
  read: SheetRead,
  planOptions: PlanOptions,
): SheetPlan | null {
  const parsed = parseFunnelRows(funnelRows(snapshot, location), location, storedMode(read, {}));
  if (parsed.input === null) return null;
  const anchor = { headerRow: location.headerRow, summaryRow: location.summaryRow };
  return planSheet(parsed.input, anchor, { ...planOptions, history: periodHistoryOf(snapshot, location) });
}

export async function recalculate(
  context: Excel.RequestContext,
  options: ExcelOptions = {},
): Promise<RecalculateResult> {
  const resolved = resolveOptions(options);
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const read = await readSheet(context, sheet, undefined, resolved.supportsMergedAreas);
  const onOverview = notFunnelSheetIssue(read);
  if (onOverview !== null) return failed([onOverview], null);
  const facts = fromRead(read, resolved, false, options.replaceEdits);

  const run = await readUntilLoaded(context, read, (snapshot): ReadyRun | RecalculateResult => {
    const found = locateFunnel(snapshot);
    if (found.location === null) return failed([found.issue], null);
    const location = found.location;
    const parsed = parseFunnelRows(funnelRows(snapshot, location), location, storedMode(read, options));
    if (parsed.input === null) return failed(parsed.errors, location, parsed.warnings);
    return readyRun(snapshot, location, parsed.input, read, facts, {
      ...planOptionsOf(sheetWording(resolved, storedCurrencyOf(read), snapshot, location)),
      sheetName: snapshot.sheetName,
      history: periodHistoryOf(snapshot, location),
    });
  });
  if (!("plan" in run)) return run;
  return applyReadyRun(context, read, run);
}

/**
 * Records the funnel in the workbook's registry of funnels (funnel-registry.ts), queued with the run's
 * writes; or the issue when another funnel that still exists goes by the same product name.
 */
export function registration(
  context: Excel.RequestContext,
  registrySetting: Excel.Setting,
  sheets: readonly SheetIdentity[],
  funnel: RegisteredFunnel,
): { queue: () => void } | { issue: FunnelIssue } {
  const registry = parseRegistry(settingValue(registrySetting));
  const live = { ...registry, funnels: reconcile(registry, sheets).funnels };
  const twin = sameProduct(live, funnel);
  if (twin !== null) {
    const cell = `${quoteSheet(funnel.sheet)}!${funnel.nameCell}`;
    return { issue: makeIssue("funnel-name-taken", null, { value: funnel.product, cell, sheet: twin.sheet }) };
  }
  const updated = registryWith(registry, funnel);
  return {
    queue: () => {
      if (updated !== null) context.workbook.settings.add(REGISTRY_SETTING, updated);
    },
  };
}

/** Round trip 2 of a run decided on a read sheet: writes its plan, and says what came of it. */
export async function applyReadyRun(
  context: Excel.RequestContext,
  read: SheetRead,
  run: ReadyRun,
  alsoQueue?: () => void,
): Promise<RecalculateResult> {
  const sheetName = read.sheet.name;
  const registered = registration(
    context,
    read.registry,
    read.sheets.items.map((s) => ({ id: s.id, name: s.name })),
    { id: read.sheet.id, sheet: sheetName, product: run.input.name ?? sheetName, nameCell: run.plan.nameCell },
  );
  if ("issue" in registered) return failed([registered.issue], run.location);
  const applied = await applyPlan({
    context,
    sheet: read.sheet,
    plan: run.plan,
    decided: run.decided,
    existingNames: run.existingNames,
    existingRecord: recordFormulasOf(read),
    loadedCharts: read.charts,
    alsoQueue: () => {
      alsoQueue?.();
      registered.queue();
    },
  });
  return appliedResult(applied, run.outcome, run.location, run.input);
}
