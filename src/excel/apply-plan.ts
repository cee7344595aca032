/**
 * Round trip 2: queues what a plan needs written and syncs once — settings and other extras first,
 * then cells (in dependency order, see write-cells.ts), the clears of cells the add-in no longer needs,
 * names, the record, and last the charts. Only what differs from the sheet is queued (decide-writes.ts,
 * decide-charts.ts): where nothing does, nothing is sent at all, and the run is one read.
 *
 * A batch is not a transaction: when Excel stops part-way, what was queued before stays applied. The
 * recovery then reads back what is on the sheet (round trip 3). Because the charts come last, a cell or
 * name not in place means Excel stopped before any chart was touched: the result then lists exactly
 * which cells this run changed and which it did not (and no chart this run made stays). With every
 * cell and name in place the charts may be part-way: the charts this run made are removed and every
 * chart action is carried out again (round trip 4) — an existing chart given its data again, a chart
 * made again — and, where a native funnel is refused, the stacked-bar funnel is made instead (rounds
 * 5 and 6). No chart is ever left half made, and no chart of the user's is touched.
 */
import { parseCell } from "../sheet/a1";
import {
  decideWrites,
  isInPlace,
  type DecideOptions,
  type Ownership,
  type WriteDecision,
} from "../sheet/decide-writes";
import { decideCharts, withBarsFunnel, type ChartDecision, type SheetChart } from "../sheet/decide-charts";
import type { FunnelLocation } from "../sheet/locate-funnel";
import type { PlannedCell, SheetPlan } from "../sheet/plan-sheet";
import { isBlank, type SheetSnapshot } from "../sheet/sheet-snapshot";
import { LAST_PLAN_COLUMN } from "../sheet/plan-periods";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import { chartKindOf, queueChartActions, sheetCharts, type FunnelChartKind } from "./charts";
import type { ResolvedOptions } from "./options";
import { CHART_READ, type SheetRead } from "./read-sheet";
import { describeCells, queueCellWrites, queueClears, queueDecidedWrites } from "./write-cells";
import { queueRecord } from "./ownership";

/** What a run will write, decided before anything is queued (pure; may need more rows read). */
export interface ApplyDecision {
  decision: WriteDecision;
  charts: ChartDecision;
  supportsLabelFormat: boolean;
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
  charts: readonly SheetChart[];
  supportsNativeFunnel: boolean;
  /** ChartDataLabels.numberFormat is there (ExcelApi 1.8). */
  supportsLabelFormat: boolean;
  decide: Omit<DecideOptions, "includeSpacer" | "ownership">;
  /** What the add-in wrote in the block before (ownership.ts). */
  ownership: Ownership;
}

export function decideApply(input: DecideApplyInput): ApplyDecision {
  const { plan, snapshot, location } = input;
  const charts = decideCharts({
    plan,
    charts: input.charts,
    recorded: input.ownership.record?.charts ?? null,
    supportsNative: input.supportsNativeFunnel,
  });
  const bars = charts.funnel === "bars";
  const decide = { ...input.decide, ownership: input.ownership };
  const decision = decideWrites(plan, snapshot, location, { ...decide, includeSpacer: bars });
  const supportsLabelFormat = input.supportsLabelFormat;
  if (bars) return { decision, charts, supportsLabelFormat, spacerFallback: [] };
  const withSpacer = decideWrites(plan, snapshot, location, { ...decide, includeSpacer: true });
  const spacerCells = new Set(plan.spacerCells.map((c) => c.address));
  const spacerTaken = withSpacer.conflicts.some((c) => c.cell !== undefined && spacerCells.has(c.cell));
  return { decision, charts, supportsLabelFormat, spacerFallback: spacerTaken ? null : plan.spacerCells };
}

function plannedNames(plan: SheetPlan): { name: string; address: string }[] {
  return [...plan.names, { name: plan.tableName, address: plan.tableRange }];
}

/** The plan's names that do not point where the plan says (the ones a run writes). */
function namesToWrite(plan: SheetPlan, existing: ReadonlyMap<string, string | null>) {
  return plannedNames(plan).filter(({ name, address }) => existing.get(name) !== address);
}

function queueNames(
  sheet: Excel.Worksheet,
  names: readonly { name: string; address: string }[],
  existing: ReadonlyMap<string, string | null>,
): void {
  for (const { name, address } of names) {
    if (existing.has(name)) sheet.names.getItemOrNullObject(name).delete();
    sheet.names.add(name, sheet.getRange(address));
  }
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
  /** The sheet's charts as round trip 1 loaded them (in this request context); none on a new sheet. */
  loadedCharts: Excel.ChartCollection | null;
  /** Extra writes for the same round trip, queued before the cells (sheet title, settings). */
  alsoQueue?: () => void;
  /** Extra writes queued after the cells and names (column widths, activation). */
  afterCells?: () => void;
}

/** Queues the chart actions on the charts loaded in `loaded` (or, on a new sheet, none). */
function queueCharts(input: ApplyInput, loaded: Excel.ChartCollection | null, barsForNative = false): void {
  const { sheet, plan, decided } = input;
  queueChartActions(sheet, plan.chart, decided.charts.actions, {
    loaded,
    labelFormat: decided.supportsLabelFormat,
    barsForNative,
  });
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const { context, sheet, plan, decided } = input;
  const { decision } = decided;
  if (decision.conflicts.length > 0) {
    return { conflicts: decision.conflicts, errors: [], warnings: [], written: false, chart: null };
  }
  const names = namesToWrite(plan, input.existingNames);
  const changes =
    decision.writes.length +
    decision.formats.length +
    decision.clears.length +
    names.length +
    decided.charts.actions.length;
  input.alsoQueue?.();
  queueDecidedWrites(sheet, decision, plan.headerRow, plan.summaryRow);
  queueClears(sheet, decision.clears, decision.clearFormats);
  queueNames(sheet, names, input.existingNames);
  // The record describes the sheet as it is while nothing in it changes: it is written with a change.
  if (changes > 0) queueRecord(sheet, decision.owned, decided.charts.record, plan, input.existingRecord);
  input.afterCells?.();
  queueCharts(input, input.loadedCharts);
  try {
    // Where nothing was queued, Microsoft's client sends no request.
    await context.sync();
    return { conflicts: [], errors: [], warnings: [], written: true, chart: chartKindOf(decided.charts.funnel) };
  } catch (error) {
    return recover(input, names, error);
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
    ...decision.formats.map((c) => c.row),
    ...decision.clears.map((address) => parseCell(address).row),
  ];
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

interface Readback {
  /** written: changed by this run to what the plan says; missing: not (yet) what the plan says. */
  cells: { written: string[]; missing: string[] };
  /** Cells the run was to give a number format that do not have it (Excel stopped before). */
  formatsMissing: string[];
  names: { written: string[]; missing: string[] };
  charts: Excel.ChartCollection;
}

/** Round trip 3 of a failed run: which planned cells and names are in place now. */
async function readBack(input: ApplyInput, queued: readonly { name: string; address: string }[]): Promise<Readback> {
  const { context, sheet, plan, decided } = input;
  const { first, last } = touchedRows(plan, decided.decision);
  const region = sheet.getRange(`A${first}:${LAST_PLAN_COLUMN}${last}`);
  region.load("formulas,numberFormat");
  const names = sheet.names;
  names.load("items/name,items/formula,items/scope");
  const charts = loadCharts(input);
  await context.sync();
  const formulas = region.formulas as unknown[][];
  const formats = region.numberFormat as unknown[][];
  const at = (address: string, grid = formulas) => {
    const { row, col } = parseCell(address);
    return grid[row - first]?.[col - 1];
  };
  const written: string[] = [];
  const missing: string[] = [];
  for (const cell of decided.decision.writes)
    (isInPlace(at(cell.address), cell) ? written : missing).push(cell.address);
  for (const address of decided.decision.clears) (isBlank(at(address)) ? written : missing).push(address);
  const present = new Map(
    names.items.filter((n) => n.scope === "Worksheet").map((n) => [n.name, String(n.formula).replace(/\$/g, "")]),
  );
  const inPlace = ({ name, address }: { name: string; address: string }) =>
    present.get(name)?.endsWith(`!${address}`) ?? false;
  const formatsMissing = decided.decision.formats
    .filter((cell) => at(cell.address, formats) !== (cell.numberFormat ?? "General"))
    .map((cell) => cell.address);
  return {
    cells: { written, missing },
    formatsMissing,
    names: {
      written: queued.filter(inPlace).map((n) => n.name),
      missing: queued.filter((n) => !inPlace(n)).map((n) => n.name),
    },
    charts,
  };
}

/** Queues the loading of the sheet's charts, as round trip 1 loads them. */
function loadCharts(input: ApplyInput): Excel.ChartCollection {
  const charts = input.sheet.charts;
  charts.load(CHART_READ);
  return charts;
}

/** The ids of the charts the sheet had in round trip 1. */
function chartsBefore(input: ApplyInput): Set<string> {
  return new Set((input.loadedCharts?.items ?? []).map((c) => c.id));
}

/** Deletes, through the loaded items (so exactly those charts, whatever their names), every chart this run made. */
function queueRemovalOfNew(charts: Excel.ChartCollection, before: ReadonlySet<string>): void {
  for (const chart of charts.items) if (!before.has(chart.id)) chart.delete();
}

/** One round trip: removes every chart this run made (`charts` as loaded), and nothing else. */
async function removeChartsThisRunMade(
  input: ApplyInput,
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
): Promise<void> {
  queueRemovalOfNew(charts, before);
  await input.context.sync();
}

function written(chart: FunnelChartKind | null, warnings: FunnelIssue[] = []): ApplyResult {
  return { conflicts: [], errors: [], warnings, written: true, chart };
}

/** Loads the sheet's charts (one round trip), for removing exactly the ones a failed attempt left. */
async function chartsNow(input: ApplyInput): Promise<Excel.ChartCollection> {
  const charts = loadCharts(input);
  await input.context.sync();
  return charts;
}

/**
 * One round trip: removes every chart this run made (`charts` as loaded just before), writes the record
 * again (Excel may have stopped among its names) and carries out the chart actions again — on the
 * charts still there — with `spacer` written first where the funnel is made as stacked bars instead.
 * Throws when Excel refuses.
 */
async function redoCharts(
  input: ApplyInput,
  charts: Excel.ChartCollection,
  before: ReadonlySet<string>,
  barsForNative: boolean,
  spacer: readonly PlannedCell[],
): Promise<void> {
  const { sheet, plan, decided } = input;
  queueRemovalOfNew(charts, before);
  queueCellWrites(sheet, spacer, plan.headerRow);
  const owned = [
    ...decided.decision.owned,
    ...spacer.map((c) => ({ column: c.column, row: c.row, content: c.formula ?? "", numberFormat: c.numberFormat })),
  ];
  const recorded = barsForNative ? withBarsFunnel(decided.charts.record, plan) : decided.charts.record;
  queueRecord(sheet, owned, recorded, plan, input.existingRecord, true);
  queueCharts(input, charts, barsForNative);
  await input.context.sync();
}

/**
 * Puts back the number format of every cell the run was to format but whose content it did not write
 * (`written`: the cells it did), and the bold of a header it was to make: after Excel stopped among
 * the cells, only the cells the result lists as written have changed.
 */
function queueFormatsBack(input: ApplyInput, written: readonly string[]): void {
  const { sheet, plan, decided } = input;
  const { formatsBefore, made } = decided.decision;
  const done = new Set(written);
  for (const [address, format] of formatsBefore) {
    if (!done.has(address)) sheet.getRange(address).numberFormat = [[format ?? "General"]];
  }
  for (const address of made) {
    if (!done.has(address) && parseCell(address).row === plan.headerRow)
      sheet.getRange(address).format.font.bold = false;
  }
}

/** Names are the add-in's bookkeeping, not what the user looks at: the first few, then how many more. */
function describeNames(names: readonly string[]): string[] {
  const shown = 3;
  return names.length <= shown + 1 ? [...names] : [...names.slice(0, shown), `… (+${names.length - shown})`];
}

async function recover(
  input: ApplyInput,
  queuedNames: readonly { name: string; address: string }[],
  error: unknown,
): Promise<ApplyResult> {
  const { plan, decided } = input;
  const reason = reasonOf(error);
  const before = chartsBefore(input);
  const back = await readBack(input, queuedNames);
  if (back.cells.missing.length > 0 || back.formatsMissing.length > 0 || back.names.missing.length > 0) {
    // Excel stopped among the cells or names, before any chart was touched. Round trip 4: a cell whose
    // content it did not write gets back the format and bold it had (they go on before the content),
    // and, to be sure, no chart this run made stays.
    queueFormatsBack(input, back.cells.written);
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
  // Every cell and name is in place; the charts may be part-way. Round trip 4: their actions again.
  // Where that fails with a native funnel to make, rounds 5 and 6: the stacked-bar funnel instead (the
  // form every host supports) where column I is free for its spacer. Where nothing works: rounds 5 and
  // 6 leave no chart this run made, and the result says the charts are missing.
  const funnel = decided.charts.funnel;
  try {
    await redoCharts(input, back.charts, before, false, []);
    return written(chartKindOf(funnel));
  } catch (redoError) {
    const charts = await chartsNow(input);
    const makesNative = decided.charts.actions.some((a) => a.kind === "make" && a.chart === "native");
    if (makesNative && decided.spacerFallback !== null) {
      try {
        await redoCharts(input, charts, before, true, decided.spacerFallback);
        return written("stacked-bar");
      } catch (fallbackError) {
        return chartsNotMade(input, await chartsNow(input), before, fallbackError);
      }
    }
    if (makesNative) {
      await removeChartsThisRunMade(input, charts, before);
      const range = `${plan.spacerCells[0]?.address ?? ""}:${plan.spacerCells[plan.spacerCells.length - 1]?.address ?? ""}`;
      return written(null, [
        makeIssue("chart-spacer-taken", null, { range, cell: plan.spacerCells[0]?.address ?? "" }),
      ]);
    }
    return chartsNotMade(input, charts, before, redoError);
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
    charts: sheetCharts(read.charts),
    supportsNativeFunnel: resolved.supportsFunnelChart,
    supportsLabelFormat: resolved.supportsLabelFormat,
    decide: {
      writeInputs,
      knownLabels: resolved.knownLabels,
      ...(replace === undefined ? {} : { replace: new Set(replace) }),
    },
  };
}
