/**
 * Round trip 2: queues everything a plan writes — clears of stale cells, cell writes, names, charts —
 * and syncs once. Only when Excel refuses the native funnel chart does a third round trip add the
 * stacked-bar funnel instead (its spacer column included).
 */
import { decideWrites, type WriteDecision, type DecideOptions } from "../funnel/decide-writes";
import type { FunnelLocation } from "../funnel/locate-funnel";
import type { SheetPlan } from "../funnel/plan-sheet";
import type { SheetSnapshot } from "../funnel/sheet-snapshot";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import {
  existingCharts,
  queueComparisonChart,
  queueFunnelChart,
  needsSpacer,
  type ExistingChart,
  type FunnelChartKind,
} from "./charts";
import type { ResolvedOptions } from "./options";
import type { SheetRead } from "./read-sheet";
import { queueCellWrites, queueClears } from "./write-cells";

export interface ApplyInput {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  plan: SheetPlan;
  snapshot: SheetSnapshot;
  location: FunnelLocation | null;
  /** Names that exist on the sheet now (any kind), with what they refer to when it is a cell range. */
  existingNames: ReadonlyMap<string, string | null>;
  existingCharts: readonly ExistingChart[];
  /** The chart to build when none exists yet: "funnel" where ExcelApi 1.9 is supported. */
  preferredChart: FunnelChartKind;
  decide: Omit<DecideOptions, "includeSpacer">;
  /** Extra writes for the same round trip (sheet title, settings, activation). */
  alsoQueue?: () => void;
}

export interface ApplyResult {
  conflicts: FunnelIssue[];
  warnings: FunnelIssue[];
  written: boolean;
  chart: FunnelChartKind | null;
  decision: WriteDecision;
}

function queueNames(sheet: Excel.Worksheet, plan: SheetPlan, existing: ReadonlyMap<string, string | null>): void {
  const wanted = [...plan.names, { name: plan.tableName, address: plan.tableRange }];
  for (const { name, address } of wanted) {
    if (existing.get(name) === address) continue;
    if (existing.has(name)) sheet.names.getItemOrNullObject(name).delete();
    sheet.names.add(name, sheet.getRange(address));
  }
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const { context, sheet, plan, snapshot, location } = input;
  const spacer = needsSpacer(plan.chart, input.existingCharts, input.preferredChart);
  const decision = decideWrites(plan, snapshot, location, { ...input.decide, includeSpacer: spacer });
  if (decision.conflicts.length > 0) {
    return { conflicts: decision.conflicts, warnings: [], written: false, chart: null, decision };
  }
  queueClears(sheet, decision.clears);
  queueCellWrites(sheet, decision.writes, plan.headerRow);
  queueNames(sheet, plan, input.existingNames);
  input.alsoQueue?.();
  queueComparisonChart(sheet, plan.chart, input.existingCharts);
  const kind = queueFunnelChart(sheet, plan.chart, input.existingCharts, input.preferredChart);
  const addsNativeFunnel = kind === "funnel" && !input.existingCharts.some((c) => c.name === plan.chart.name);
  try {
    await context.sync();
    return { conflicts: [], warnings: [], written: true, chart: kind, decision };
  } catch (error) {
    // Everything queued before the funnel chart has been applied; only the native funnel can be refused.
    if (!addsNativeFunnel) throw error;
  }
  const spacerDecision = decideWrites(plan, snapshot, location, { ...input.decide, includeSpacer: true });
  const spacerCells = new Set(plan.spacerCells.map((c) => c.address));
  const spacerConflicts = spacerDecision.conflicts.filter((c) => c.cell !== undefined && spacerCells.has(c.cell));
  if (spacerConflicts.length > 0) {
    const range = `${plan.spacerCells[0]?.address ?? ""}:${plan.spacerCells[plan.spacerCells.length - 1]?.address ?? ""}`;
    const warning = makeIssue("chart-spacer-taken", null, { range, cell: spacerConflicts[0]?.cell ?? "" });
    return { conflicts: [], warnings: [warning], written: true, chart: null, decision };
  }
  queueCellWrites(sheet, plan.spacerCells, plan.headerRow);
  queueFunnelChart(sheet, plan.chart, input.existingCharts, "stacked-bar");
  await context.sync();
  return { conflicts: [], warnings: [], written: true, chart: "stacked-bar", decision };
}

/** applyPlan on a sheet read by queueSheetRead: its names and charts as they are now. */
export function applyToReadSheet(
  read: SheetRead,
  args: Pick<ApplyInput, "context" | "plan" | "snapshot" | "location" | "alsoQueue"> & {
    resolved: ResolvedOptions;
    writeInputs: boolean;
  },
): Promise<ApplyResult> {
  const { resolved, writeInputs, ...rest } = args;
  return applyPlan({
    ...rest,
    sheet: read.sheet,
    existingNames: namesOf(read.names, args.snapshot),
    existingCharts: existingCharts(read.charts),
    preferredChart: resolved.supportsFunnelChart ? "funnel" : "stacked-bar",
    decide: { writeInputs, knownLabels: resolved.knownLabels },
  });
}

function namesOf(collection: Excel.NamedItemCollection, snapshot: SheetSnapshot): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const item of collection.items) map.set(item.name, snapshot.names[item.name] ?? null);
  return map;
}
