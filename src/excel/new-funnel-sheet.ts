/**
 * createFunnelSheet: adds a sheet ("Funnel", "Funnel 2", ...) holding a funnel laid out by planSheet —
 * title, headers, inputs, formulas, summary with the sale value, names, charts — and activates it.
 * Two round trips: the sheet names, then everything else.
 */
import { NO_OWNERSHIP } from "../sheet/decide-writes";
import { exampleFunnel } from "../funnel/example";
import { forecastFunnel } from "../funnel/forecast";
import { layoutAt } from "../sheet/funnel-rows";
import { planSheet, type PlannedCell } from "../sheet/plan-sheet";
import { emptySnapshot } from "../sheet/sheet-snapshot";
import type { FunnelInput } from "../funnel/types";
import { applyPlan, decideApply } from "./apply-plan";
import {
  languageOfLabels,
  moneyFormatOf,
  planOptionsOf,
  resolveOptions,
  type ExcelOptions,
  type ResolvedOptions,
} from "./options";
import { SETTING_CURRENCY, SETTING_MODE, settingValue, type SheetRead } from "./read-sheet";
import { appliedResult, failed, registration, type RecalculateResult } from "./recalculate";
import { REGISTRY_SETTING, type SheetIdentity } from "../sheet/funnel-registry";
import { queueCellWrites } from "./write-cells";

/**
 * Stores the improvement mode and (when chosen) the currency in the workbook, for colleagues' add-ins —
 * where they differ from what the workbook holds (`read`, when it was read; null on a new sheet).
 */
export function queueSettings(
  context: Excel.RequestContext,
  read: Pick<SheetRead, "mode" | "currency"> | null,
  mode: string,
  currency: string | undefined,
): void {
  if (read === null || settingValue(read.mode) !== mode) context.workbook.settings.add(SETTING_MODE, mode);
  if (currency !== undefined && (read === null || settingValue(read.currency) !== currency))
    context.workbook.settings.add(SETTING_CURRENCY, currency);
}

/** Header row of a new funnel sheet: a title on row 1 and a hint on row 2 stand above it. */
export const NEW_SHEET_HEADER_ROW = 3;

export function uniqueSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} ${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Queues a new sheet with `input` laid out on it and syncs (round trip 2 of the caller). */
export async function layOutNewSheet(
  context: Excel.RequestContext,
  existingSheets: readonly SheetIdentity[],
  registrySetting: Excel.Setting,
  input: FunnelInput,
  resolved: ResolvedOptions,
): Promise<RecalculateResult> {
  const name = uniqueSheetName(
    existingSheets.map((s) => s.name),
    resolved.labels.sheetName,
  );
  const outcome = forecastFunnel(
    input,
    layoutAt(NEW_SHEET_HEADER_ROW + 1, NEW_SHEET_HEADER_ROW + input.steps.length + 2),
  );
  if (outcome.forecast === null) return failed(outcome.errors, null, outcome.warnings);
  // A new sheet speaks the pane's language, with the workbook's currency written its way.
  const wording = {
    labels: resolved.labels,
    moneyFormat: resolved.moneyFormat ?? moneyFormatOf(resolved.currency, languageOfLabels(resolved.labels)),
  };
  const plan = planSheet(input, { headerRow: NEW_SHEET_HEADER_ROW }, { ...planOptionsOf(wording), sheetName: name });
  // The new sheet's id is not known before this batch runs: it is recorded by name until the next read.
  const registered = registration(context, registrySetting, existingSheets, {
    id: null,
    sheet: name,
    product: input.name ?? name,
    nameCell: plan.nameCell,
  });
  if ("issue" in registered) return failed([registered.issue], null);
  const sheet = context.workbook.worksheets.add(name);
  const heading: PlannedCell[] = [
    { address: "A1", row: 1, column: "A", role: "output", value: resolved.labels.sheetTitle, text: true },
    { address: "A2", row: 2, column: "A", role: "output", value: resolved.labels.sheetHint, text: true },
  ];
  const decided = decideApply({
    plan,
    snapshot: emptySnapshot(name),
    location: null,
    charts: [],
    supportsNativeFunnel: resolved.supportsFunnelChart,
    supportsLabelFormat: resolved.supportsLabelFormat,
    decide: { writeInputs: true, knownLabels: resolved.knownLabels },
    ownership: NO_OWNERSHIP,
  });
  const applied = await applyPlan({
    context,
    sheet,
    plan,
    decided,
    existingNames: new Map(),
    existingRecord: new Map(),
    loadedCharts: null,
    alsoQueue: () => {
      queueCellWrites(sheet, heading, 1);
      queueSettings(context, null, input.improvementMode ?? "relative", resolved.currency);
      registered.queue();
    },
    afterCells: () => {
      sheet.getRange("A:A").format.autofitColumns();
      sheet.activate();
    },
  });
  const location = {
    sheetName: name,
    headerRow: plan.headerRow,
    firstStepRow: plan.firstStepRow,
    lastStepRow: plan.lastStepRow,
    summaryRow: plan.summaryRow,
    saleValueCell: plan.saleValueCell,
    source: "names" as const,
    previous: null,
  };
  return appliedResult(applied, outcome, location, input);
}

export async function createFunnelSheet(
  context: Excel.RequestContext,
  example: FunnelInput = exampleFunnel,
  options: ExcelOptions = {},
): Promise<RecalculateResult> {
  const resolved = resolveOptions(options);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const registry = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registry.load("value");
  await context.sync();
  const input: FunnelInput = {
    ...example,
    improvementMode: options.improvementMode ?? example.improvementMode ?? "relative",
  };
  return layOutNewSheet(
    context,
    sheets.items.map((s) => ({ id: s.id, name: s.name })),
    registry,
    input,
    resolved,
  );
}
