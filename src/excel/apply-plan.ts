/**
 * Round trip 2: queues everything a plan writes and syncs once — settings and other extras first,
 * then cells (in dependency order, see write-cells.ts), the clears of cells the add-in no longer needs,
 * names, and last the charts.
 *
 * A batch is not a transaction: when Excel stops part-way, what was queued before stays applied. The
 * recovery then reads back what is on the sheet (round trip 3). Because the charts come last, a cell or
 * name not in place means Excel stopped before any chart was touched: the result then lists exactly
 * which cells this run changed and which it did not. With every cell and name in place the charts may
 * be in any state: they are removed and drawn again as planned (round trip 4) and, where a native
 * funnel is refused, as the stacked-bar funnel (rounds 5 and 6) — so no chart is ever left half made
 * and no two charts share a name.
 */
import { columnNumber, parseCell } from "../sheet/a1";
import {
  decideWrites,
  isInPlace,
  type DecideOptions,
  type Ownership,
  type WriteDecision,
} from "../sheet/decide-writes";
import type { FunnelLocation } from "../sheet/locate-funnel";
import {
  CHART_NAME,
  COMPARISON_CHART_NAME,
  SPACER_COLUMN,
  TREND_CHART_NAME,
  type PlannedCell,
  type SheetPlan,
} from "../sheet/plan-sheet";
import { formulaAt, isBlank, type SheetSnapshot } from "../sheet/sheet-snapshot";
import { LAST_PLAN_COLUMN } from "../sheet/plan-periods";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import {
  BARS_CHART_NAME,
  chartKindOf,
  existingCharts,
  funnelChartPlan,
  queueComparisonChart,
  queueFunnelChart,
  queueTrendChart,
  type ExistingChart,
  type FunnelChartKind,
  type FunnelChartPlan,
} from "./charts";
import type { ResolvedOptions } from "./options";
import type { SheetRead } from "./read-sheet";
import { describeCells, queueCellWrites, queueClears } from "./write-cells";
import { queueRecord } from "./ownership";

const OUR_CHARTS = new Set([CHART_NAME, BARS_CHART_NAME, COMPARISON_CHART_NAME, TREND_CHART_NAME]);

/** What a run will write, decided before anything is queued (pure; may need more rows read). */
export interface ApplyDecision {
  decision: WriteDecision;
  chartPlan: FunnelChartPlan;
  supportsLabelFormat: boolean;
  /** Column I for the stacked-bar funnel, when the run falls back to it; null when I holds the user's data. */
  spacerFallback: PlannedCell[] | null;
  /** Cells the run writes that already hold exactly that (a rerun): not "written" when Excel stops. */
  inPlaceBefore: ReadonlySet<string>;
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
  /** ChartDataLabels.numberFormat is there (ExcelApi 1.8). */
  supportsLabelFormat: boolean;
  decide: Omit<DecideOptions, "includeSpacer" | "ownership">;
  /** What the add-in wrote in the block before (ownership.ts). */
  ownership: Ownership;
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
  const decide = { ...input.decide, ownership: input.ownership };
  const decision = decideWrites(plan, snapshot, location, { ...decide, includeSpacer: bars });
  const inPlaceBefore = new Set(
    decision.writes
      .filter((cell) => isInPlace(formulaAt(snapshot, cell.row, columnNumber(cell.column)), cell))
      .map((cell) => cell.address),
  );
  const supportsLabelFormat = input.supportsLabelFormat;
  if (bars) return { decision, chartPlan, supportsLabelFormat, spacerFallback: [], inPlaceBefore };
  const withSpacer = decideWrites(plan, snapshot, location, { ...decide, includeSpacer: true });
  const spacerCells = new Set(plan.spacerCells.map((c) => c.address));
  const spacerTaken = withSpacer.conflicts.some((c) => c.cell !== undefined && spacerCells.has(c.cell));
  return {
    decision,
    chartPlan,
    supportsLabelFormat,
    spacerFallback: spacerTaken ? null : plan.spacerCells,
    inPlaceBefore,
  };
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
  /** The names holding the record of what the add-in wrote (ownership.ts), with their formulas. */
  existingRecord: ReadonlyMap<string, string>;
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
  supportsLabelFormat: boolean,
): void {
  queueComparisonChart(sheet, plan.chart, existing, supportsLabelFormat);
  queueFunnelChart(sheet, plan.chart, existing, chartPlan);
  queueTrendChart(sheet, plan.chart, existing);
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const { context, sheet, plan, decided } = input;
  const { decision } = decided;
  if (decision.conflicts.length > 0) {
    return { conflicts: decision.conflicts, errors: [], warnings: [], written: false, chart: null };
  }
  input.alsoQueue?.();
  queueCellWrites(sheet, decision.writes, plan.headerRow, plan.summaryRow);
  queueClears(sheet, decision.clears);
  queueNames(sheet, plan, input.existingNames);
  queueRecord(sheet, decision.writes, plan, input.existingRecord);
  input.afterCells?.();
  queueCharts(sheet, plan, input.existingCharts, decided.chartPlan, decided.supportsLabelFormat);
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
    ...decision.clears.map((address) => parseCell(address).row),
  ];
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

interface Readback {
  /** written: changed by this run to what the plan says; missing: not (yet) what the plan says. */
  cells: { written: string[]; missing: string[] };
  names: { written: string[]; missing: string[] };
  charts: Excel.ChartCollection;
}

/** Round trip 3 of a failed run: which planned cells and names are in place now. */
async function readBack(input: ApplyInput): Promise<Readback> {
  const { context, sheet, plan, decided } = input;
  const { first, last } = touchedRows(plan, decided.decision);
  const region = sheet.getRange(`A${first}:${LAST_PLAN_COLUMN}${last}`);
  region.load("formulas");
  const names = sheet.names;
  names.load("items/name,items/formula,items/scope");
  const charts = sheet.charts;
  charts.load("items/name,items/id");
  await context.sync();
  const formulas = region.formulas as unknown[][];
  const at = (address: string) => {
    const { row, col } = parseCell(address);
    return formulas[row - first]?.[col - 1];
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

/** One round trip: removes every chart this run made (`charts` as loaded), and nothing else. */
async function removeChartsThisRunMade(
  input: ApplyInput,
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
): Promise<void> {
  queueChartRemoval(charts, before, () => false);
  await input.context.sync();
}

function written(chart: FunnelChartKind | null, warnings: FunnelIssue[] = []): ApplyResult {
  return { conflicts: [], errors: [], warnings, written: true, chart };
}

/** Loads the sheet's charts (one round trip), for removing exactly the ones a failed attempt left. */
async function loadCharts(input: ApplyInput): Promise<Excel.ChartCollection> {
  const charts = input.sheet.charts;
  charts.load("items/name,items/id");
  await input.context.sync();
  return charts;
}

/**
 * One round trip: removes every chart this run made and every chart of ours (`charts` as loaded just
 * before), then draws the charts as `chartPlan` says, from scratch. Throws when Excel refuses.
 */
async function redrawCharts(
  input: ApplyInput,
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
  chartPlan: FunnelChartPlan,
  spacer: readonly PlannedCell[],
): Promise<void> {
  const { sheet, plan } = input;
  const keep = chartPlan === "keep";
  queueChartRemoval(charts, before, (name) => OUR_CHARTS.has(name) && !(keep && name === CHART_NAME));
  queueCellWrites(sheet, spacer, plan.headerRow);
  queueCharts(sheet, plan, [], chartPlan, input.decided.supportsLabelFormat);
  await input.context.sync();
}

/** Names are the add-in's bookkeeping, not what the user looks at: the first few, then how many more. */
function describeNames(names: readonly string[]): string[] {
  const shown = 3;
  return names.length <= shown + 1 ? [...names] : [...names.slice(0, shown), `… (+${names.length - shown})`];
}

async function recover(input: ApplyInput, error: unknown): Promise<ApplyResult> {
  const { plan, decided } = input;
  const reason = reasonOf(error);
  const before = new Set(input.existingCharts.map((c) => c.id));
  const back = await readBack(input);
  if (back.cells.missing.length > 0 || back.names.missing.length > 0) {
    // Excel stopped among the cells or names, before any chart was touched. Round trip 4: to be sure,
    // no chart this run made stays.
    await removeChartsThisRunMade(input, back.charts, before);
    const nothing = back.cells.written.length === 0 && back.names.written.length === 0;
    const issue = nothing
      ? makeIssue("write-refused", null, { reason })
      : makeIssue("write-stopped", null, {
          reason,
          written: [...describeCells(back.cells.written), ...describeNames(back.names.written)].join(", "),
          missing: [...describeCells(back.cells.missing), ...describeNames(back.names.missing)].join(", "),
        });
    return { conflicts: [], errors: [issue], warnings: [], written: false, chart: null };
  }
  // Every cell and name is in place; the charts may be in any state. Round trip 4: draw them again as
  // planned. Where that fails with a native funnel, rounds 5 and 6: draw the stacked-bar funnel instead
  // (the form every host supports) where column I is free for its spacer. Where nothing works: rounds
  // 5 and 6 leave no chart this run made, and the result says the charts are missing.
  try {
    await redrawCharts(input, back.charts, before, decided.chartPlan, []);
    return written(chartKindOf(decided.chartPlan));
  } catch (redrawError) {
    const charts = await loadCharts(input);
    if (decided.chartPlan === "native" && decided.spacerFallback !== null) {
      try {
        await redrawCharts(input, charts, before, "bars", decided.spacerFallback);
        return written("stacked-bar");
      } catch (fallbackError) {
        return chartsNotMade(input, await loadCharts(input), before, fallbackError);
      }
    }
    if (decided.chartPlan === "native") {
      await removeChartsThisRunMade(input, charts, before);
      const range = `${plan.spacerCells[0]?.address ?? ""}:${plan.spacerCells[plan.spacerCells.length - 1]?.address ?? ""}`;
      return written(null, [
        makeIssue("chart-spacer-taken", null, { range, cell: plan.spacerCells[0]?.address ?? "" }),
      ]);
    }
    return chartsNotMade(input, charts, before, redrawError);
  }
}

/** Removes every chart this run made (one round trip) and says the charts could not be drawn. */
async function chartsNotMade(
  input: ApplyInput,
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
  error: unknown,
): Promise<ApplyResult> {
  await removeChartsThisRunMade(input, charts, before);
  return written(null, [makeIssue("charts-not-made", null, { reason: reasonOf(error) })]);
}

/** The sheet's own names with the ranges they refer to, from a snapshot of it. */
export function namesOf(snapshot: SheetSnapshot, collection: Excel.NamedItemCollection): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const item of collection.items) {
    if (item.scope === "Worksheet") map.set(item.name, snapshot.names[item.name] ?? null);
  }
  return map;
}

/**
 * Everything applyPlan and decideApply need from a sheet read by readSheet (but the ownership, which
 * depends on where the funnel is). `replace`: the cells edited by hand the user agreed to write over.
 */
export function fromRead(
  read: SheetRead,
  resolved: ResolvedOptions,
  writeInputs: boolean,
  replace?: readonly string[],
) {
  return {
    charts: existingCharts(read.charts),
    supportsNativeFunnel: resolved.supportsFunnelChart,
    supportsLabelFormat: resolved.supportsLabelFormat,
    decide: {
      writeInputs,
      knownLabels: resolved.knownLabels,
      ...(replace === undefined ? {} : { replace: new Set(replace) }),
    },
  };
}
