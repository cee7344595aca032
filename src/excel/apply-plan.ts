/**
 * Round trip 2: queues everything a plan writes and syncs once — settings and other extras first,
 * then cells (in dependency order, see write-cells.ts), the clears of cells the add-in no longer needs,
 * names, and last the charts.
 *
 * A batch is not a transaction: when Excel stops part-way, what was queued before stays applied. The
 * recovery then reads back what is on the sheet (round trip 3). Because the charts come last, a
 * failure before them left every chart untouched, and a failure among them left every cell and name in
 * place: then the charts of this run (and any half-changed one of ours) are removed and drawn again in
 * the form every host supports (round trip 4) — which is also how a native funnel chart that Excel
 * refused becomes the stacked-bar funnel. The result says exactly which cells were and were not written.
 */
import { columnNumber } from "../funnel/a1";
import { decideWrites, isInPlace, type DecideOptions, type WriteDecision } from "../funnel/decide-writes";
import type { FunnelLocation } from "../funnel/locate-funnel";
import {
  CHART_NAME,
  COMPARISON_CHART_NAME,
  SPACER_COLUMN,
  type PlannedCell,
  type SheetPlan,
} from "../funnel/plan-sheet";
import { formulaAt, isBlank, type SheetSnapshot } from "../funnel/sheet-snapshot";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import {
  BARS_CHART_NAME,
  chartKindOf,
  existingCharts,
  funnelChartPlan,
  queueComparisonChart,
  queueFunnelChart,
  type ExistingChart,
  type FunnelChartKind,
  type FunnelChartPlan,
} from "./charts";
import type { ResolvedOptions } from "./options";
import type { SheetRead } from "./read-sheet";
import { describeCells, queueCellWrites, queueClears } from "./write-cells";

const OUR_CHARTS = new Set([CHART_NAME, BARS_CHART_NAME, COMPARISON_CHART_NAME]);

/** What a run will write, decided before anything is queued (pure; may need more rows read). */
export interface ApplyDecision {
  decision: WriteDecision;
  chartPlan: FunnelChartPlan;
  /** Column I for the stacked-bar funnel, when the run falls back to it; null when I holds the user's data. */
  spacerFallback: PlannedCell[] | null;
}

export interface ApplyResult {
  conflicts: FunnelIssue[];
  /** Excel stopped part-way: what was and was not written. */
  errors: FunnelIssue[];
  warnings: FunnelIssue[];
  written: boolean;
  chart: FunnelChartKind | null;
}

export interface DecideApplyInput {
  plan: SheetPlan;
  snapshot: SheetSnapshot;
  location: FunnelLocation | null;
  charts: readonly ExistingChart[];
  supportsNativeFunnel: boolean;
  decide: Omit<DecideOptions, "includeSpacer">;
}

/** True when column I of the steps holds the spacer an older version wrote for its stacked bars. */
function legacyBars(plan: SheetPlan, snapshot: SheetSnapshot): boolean {
  const formula = formulaAt(snapshot, plan.firstStepRow, columnNumber(SPACER_COLUMN));
  return typeof formula === "string" && formula.replace(/\s/g, "").toUpperCase().startsWith("=(MAX($B$");
}

export function decideApply(input: DecideApplyInput): ApplyDecision {
  const { plan, snapshot, location } = input;
  const chartPlan = funnelChartPlan(input.charts, input.supportsNativeFunnel, legacyBars(plan, snapshot));
  const bars = chartPlan === "bars";
  const decision = decideWrites(plan, snapshot, location, { ...input.decide, includeSpacer: bars });
  if (bars) return { decision, chartPlan, spacerFallback: [] };
  const withSpacer = decideWrites(plan, snapshot, location, { ...input.decide, includeSpacer: true });
  const spacerCells = new Set(plan.spacerCells.map((c) => c.address));
  const spacerTaken = withSpacer.conflicts.some((c) => c.cell !== undefined && spacerCells.has(c.cell));
  return { decision, chartPlan, spacerFallback: spacerTaken ? null : plan.spacerCells };
}

function queueNames(sheet: Excel.Worksheet, plan: SheetPlan, existing: ReadonlyMap<string, string | null>): void {
  for (const { name, address } of plannedNames(plan)) {
    if (existing.get(name) === address) continue;
    if (existing.has(name)) sheet.names.getItemOrNullObject(name).delete();
    sheet.names.add(name, sheet.getRange(address));
  }
}

function plannedNames(plan: SheetPlan): { name: string; address: string }[] {
  return [...plan.names, { name: plan.tableName, address: plan.tableRange }];
}

export interface ApplyInput {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  plan: SheetPlan;
  decided: ApplyDecision;
  /** The sheet's own names now, with the cell range each refers to (null when not a range). */
  existingNames: ReadonlyMap<string, string | null>;
  existingCharts: readonly ExistingChart[];
  /** Extra writes for the same round trip, queued before the cells (sheet title, settings). */
  alsoQueue?: () => void;
  /** Extra writes queued after the cells and names (column widths, activation). */
  afterCells?: () => void;
}

function queueCharts(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  existing: readonly ExistingChart[],
  chartPlan: FunnelChartPlan,
): void {
  queueComparisonChart(sheet, plan.chart, existing);
  queueFunnelChart(sheet, plan.chart, existing, chartPlan);
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const { context, sheet, plan, decided } = input;
  const { decision } = decided;
  if (decision.conflicts.length > 0) {
    return { conflicts: decision.conflicts, errors: [], warnings: [], written: false, chart: null };
  }
  input.alsoQueue?.();
  queueCellWrites(sheet, decision.writes, plan.headerRow);
  queueClears(sheet, decision.clears);
  queueNames(sheet, plan, input.existingNames);
  input.afterCells?.();
  queueCharts(sheet, plan, input.existingCharts, decided.chartPlan);
  try {
    await context.sync();
    return { conflicts: [], errors: [], warnings: [], written: true, chart: chartKindOf(decided.chartPlan) };
  } catch (error) {
    return recover(input, error);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Rows the run wrote or cleared, to read back. */
function touchedRows(plan: SheetPlan, decision: WriteDecision): { first: number; last: number } {
  const rows = [
    plan.headerRow,
    plan.lastRow,
    ...decision.writes.map((c) => c.row),
    ...decision.clears.map((a) => Number(/\d+$/.exec(a)?.[0] ?? plan.headerRow)),
  ];
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

interface Readback {
  cells: { written: string[]; missing: string[] };
  names: { written: string[]; missing: string[] };
  charts: Excel.ChartCollection;
}

/** Round trip 3 of a failed run: which planned cells and names are in place now. */
async function readBack(input: ApplyInput): Promise<Readback> {
  const { context, sheet, plan, decided } = input;
  const { first, last } = touchedRows(plan, decided.decision);
  const region = sheet.getRange(`A${first}:${SPACER_COLUMN}${last}`);
  region.load("formulas");
  const names = sheet.names;
  names.load("items/name,items/formula,items/scope");
  const charts = sheet.charts;
  charts.load("items/name,items/id");
  await context.sync();
  const formulas = region.formulas as unknown[][];
  const at = (address: string) => {
    const row = Number(/\d+$/.exec(address)?.[0]);
    return formulas[row - first]?.[columnNumber(address.replace(/\d+$/, "")) - 1];
  };
  const written: string[] = [];
  const missing: string[] = [];
  for (const cell of decided.decision.writes)
    (isInPlace(at(cell.address), cell) ? written : missing).push(cell.address);
  for (const address of decided.decision.clears) (isBlank(at(address)) ? written : missing).push(address);
  const present = new Map(
    names.items.filter((n) => n.scope === "Worksheet").map((n) => [n.name, String(n.formula).replace(/\$/g, "")]),
  );
  const queued = plannedNames(plan).filter(({ name, address }) => input.existingNames.get(name) !== address);
  const inPlace = ({ name, address }: { name: string; address: string }) =>
    present.get(name)?.endsWith(`!${address}`) ?? false;
  return {
    cells: { written, missing },
    names: {
      written: queued.filter(inPlace).map((n) => n.name),
      missing: queued.filter((n) => !inPlace(n)).map((n) => n.name),
    },
    charts,
  };
}

/**
 * Deletes, through the loaded items (so exactly those charts, whatever their names), every chart this
 * run made and every chart `alsoRemove` names.
 */
function queueChartRemoval(
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
  alsoRemove: (name: string) => boolean,
): void {
  for (const chart of charts.items) {
    if (!before.has(chart.id) || alsoRemove(chart.name)) chart.delete();
  }
}

async function recover(input: ApplyInput, error: unknown): Promise<ApplyResult> {
  const { context, sheet, plan, decided } = input;
  const reason = reasonOf(error);
  const before = new Set(input.existingCharts.map((c) => c.id));
  const back = await readBack(input);
  if (back.cells.missing.length > 0 || back.names.missing.length > 0) {
    // Round trip 4: no chart this run made stays; the charts from before are left as they were.
    queueChartRemoval(back.charts, before, () => false);
    await context.sync();
    const nothing = back.cells.written.length === 0 && back.names.written.length === 0;
    const issue = nothing
      ? makeIssue("write-refused", null, { reason })
      : makeIssue("write-stopped", null, {
          reason,
          written: [...describeCells(back.cells.written), ...back.names.written].join(", "),
          missing: [...describeCells(back.cells.missing), ...back.names.missing].join(", "),
        });
    return { conflicts: [], errors: [issue], warnings: [], written: false, chart: null };
  }
  // Cells and names are all in place: the charts failed. Round trip 4: draw them again from scratch, the
  // funnel as stacked bars (the form every host supports), where column I is free for its spacer. A
  // native funnel the run was told to keep stays as it is.
  const keep = decided.chartPlan === "keep";
  queueChartRemoval(back.charts, before, (name) => OUR_CHARTS.has(name) && !(keep && name === CHART_NAME));
  const spacer = keep ? null : decided.spacerFallback;
  if (spacer !== null) queueCellWrites(sheet, spacer, plan.headerRow);
  queueComparisonChart(sheet, plan.chart, []);
  if (spacer !== null) queueFunnelChart(sheet, plan.chart, [], "bars");
  try {
    await context.sync();
  } catch (repairError) {
    // Rounds 5 and 6: leave no chart this run made, and say the charts are missing.
    const charts = sheet.charts;
    charts.load("items/name,items/id");
    await context.sync();
    queueChartRemoval(charts, before, () => false);
    await context.sync();
    const issue = makeIssue("charts-not-made", null, { reason: reasonOf(repairError) });
    return { conflicts: [], errors: [], warnings: [issue], written: true, chart: null };
  }
  if (keep) return { conflicts: [], errors: [], warnings: [], written: true, chart: "funnel" };
  if (spacer === null) {
    const range = `${plan.spacerCells[0]?.address ?? ""}:${plan.spacerCells[plan.spacerCells.length - 1]?.address ?? ""}`;
    const warning = makeIssue("chart-spacer-taken", null, { range, cell: plan.spacerCells[0]?.address ?? "" });
    return { conflicts: [], errors: [], warnings: [warning], written: true, chart: null };
  }
  return { conflicts: [], errors: [], warnings: [], written: true, chart: "stacked-bar" };
}

/** The sheet's own names with the ranges they refer to, from a snapshot of it. */
export function namesOf(snapshot: SheetSnapshot, collection: Excel.NamedItemCollection): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const item of collection.items) {
    if (item.scope === "Worksheet") map.set(item.name, snapshot.names[item.name] ?? null);
  }
  return map;
}

/** Everything applyPlan and decideApply need from a sheet read by readSheet. */
export function fromRead(read: SheetRead, resolved: ResolvedOptions, writeInputs: boolean) {
  return {
    charts: existingCharts(read.charts),
    supportsNativeFunnel: resolved.supportsFunnelChart,
    decide: { writeInputs, knownLabels: resolved.knownLabels },
  };
}
