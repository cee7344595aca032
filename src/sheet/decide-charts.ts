/**
 * Decides what a run does to the add-in's charts (pure; the Excel adapter carries it out, charts.ts).
 *
 * The add-in chooses a chart's place and size once, when it makes it. After that, its place, size,
 * title, colours, style, legend and labels are the user's: a run gives an existing chart new data
 * ranges only where the plan's differ from the ones it gave it last (kept in the record,
 * written-record.ts), and changes nothing else about it. Excel's native funnel cannot be given new
 * data through the API (office-js issue 2041; docs issue 910): it is made again, only when its ranges
 * change, at the place and size the user gave it.
 *
 * Which chart is which: first by the id the record keeps (so a chart Excel renamed, as Excel on the web
 * does to a chart the user copies or moves — office-js issue 3034 — is still the add-in's, never made
 * a second time); then by the name the add-in gives its charts; then, for a chart made by the run that
 * wrote the record (its id was not known yet), the one chart of its type the sheet did not have before.
 * Any other chart on the sheet is the user's, even one bearing the add-in's name (Excel on Windows and
 * Mac keep the name on a copy), and is never touched.
 */
import {
  BARS_CHART_NAME,
  CHART_NAME,
  COMPARISON_CHART_NAME,
  TREND_CHART_NAME,
  type ChartPlan,
  type SheetPlan,
} from "./plan-sheet";
import { chartKey, type ChartRole, type RecordedChart, type RecordedCharts } from "./written-record";

/** A chart on the sheet as the read gave it (Chart.id, name, chartType, top, left, width, height). */
export interface SheetChart {
  id: string;
  name: string;
  /** null for Excel's newer chart types, the native funnel among them (office-js issue 2971). */
  chartType: string | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What kind of chart the add-in makes. */
export type ChartKind = "native" | "bars" | "comparison" | "trend";

/** Where a chart the run makes goes: the plan's cells (a new chart), or where the user put its predecessor. */
export type ChartPlace =
  { cells: { start: string; end: string } } | { geometry: Pick<SheetChart, "top" | "left" | "width" | "height"> };

export type ChartAction =
  /** Make the chart (and name it, and set it up as the add-in does). */
  | { kind: "make"; role: ChartRole; chart: ChartKind; place: ChartPlace }
  /** Give an existing chart new data ranges; `rename`: it lost the add-in's name, which it gets back. */
  | { kind: "update"; role: ChartRole; chart: ChartKind; id: string; rename: boolean }
  | { kind: "delete"; id: string };

/**
 * The funnel chart after the run:
 *  - "native": Excel's funnel chart (ExcelApi 1.9);
 *  - "bars": the stacked-bar funnel, where the native one is missing, was refused, or was there before;
 *  - "keep": a native funnel made where ExcelApi 1.9 exists, on a host without it: left as it is
 *    rather than replaced with a lesser chart.
 */
export type FunnelChartPlan = "native" | "bars" | "keep";

export interface ChartDecision {
  actions: ChartAction[];
  funnel: FunnelChartPlan;
  /** The record's charts once the actions are carried out. */
  record: RecordedCharts;
}

export interface DecideChartsInput {
  plan: SheetPlan;
  charts: readonly SheetChart[];
  /** The record's charts; null where the sheet keeps none (or one from before charts were recorded). */
  recorded: RecordedCharts | null;
  supportsNative: boolean;
}

export const CHART_NAMES: Record<ChartKind, string> = {
  native: CHART_NAME,
  bars: BARS_CHART_NAME,
  comparison: COMPARISON_CHART_NAME,
  trend: TREND_CHART_NAME,
};

/** The names a role's chart goes by (the stacked bars first: where both are there, the bars win). */
const ROLE_NAMES: Record<ChartRole, readonly string[]> = {
  funnel: [BARS_CHART_NAME, CHART_NAME],
  comparison: [COMPARISON_CHART_NAME],
  trend: [TREND_CHART_NAME],
};

/** Excel's newer chart types read back as null (office-js issue 2971), some hosts may say "Funnel". */
const isNative = (chart: SheetChart) => chart.chartType === null || chart.chartType === "Funnel";

/** The chart types a role's chart has when the add-in made it. */
function fitsRole(role: ChartRole, chart: SheetChart): boolean {
  if (role === "funnel") return isNative(chart) || chart.chartType === "BarStacked";
  return chart.chartType === (role === "comparison" ? "BarClustered" : "LineMarkers");
}

/** The ranges a chart of `kind` is given, from the plan. */
export function chartRanges(chart: ChartPlan, kind: ChartKind): string[] {
  switch (kind) {
    case "native":
      return [chart.source];
    case "bars":
      return [chart.source, chart.spacer.values];
    case "comparison":
      return [chart.comparison.categories, chart.comparison.now.values, chart.comparison.forecast.values];
    case "trend":
      return chart.trend === null ? [] : [chart.trend.source];
  }
}

/** Ranges with their rows counted from `top` ("A5:B10" under a header on row 4: "A1:B6"), as the record keeps them. */
export function relativeRanges(ranges: readonly string[], top: number): string {
  return ranges
    .map((range) => range.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) - top}`))
    .join(",");
}

/** Which chart on the sheet plays each role (see above). */
function identify(charts: readonly SheetChart[], recorded: RecordedCharts | null): Map<ChartRole, SheetChart> {
  const found = new Map<ChartRole, SheetChart>();
  const claimed = new Set<string>();
  const take = (role: ChartRole, chart: SheetChart | undefined) => {
    if (chart === undefined || found.has(role)) return;
    found.set(role, chart);
    claimed.add(chart.id);
  };
  const free = (chart: SheetChart) => !claimed.has(chart.id);
  const roles: ChartRole[] = ["funnel", "comparison", "trend"];
  const where = (test: (chart: SheetChart) => boolean) => charts.find((chart) => test(chart) && free(chart));
  for (const role of roles) {
    const id = recorded?.byRole.get(role)?.id ?? null;
    const byId = id === null ? undefined : where((chart) => chart.id === id);
    take(role, byId);
  }
  for (const role of roles) {
    const byName = ROLE_NAMES[role].map((name) => where((chart) => chart.name === name)).find((c) => c !== undefined);
    take(role, byName);
  }
  const known = recorded?.known ?? null;
  if (known === null) return found;
  const ours = new Set(Object.values(CHART_NAMES));
  for (const role of roles) {
    if (found.has(role) || recorded?.byRole.get(role)?.id !== null) continue;
    const candidates = charts.filter(
      (c) => free(c) && !known.has(chartKey(c.id)) && !ours.has(c.name) && fitsRole(role, c),
    );
    if (candidates.length === 1) take(role, candidates[0]);
  }
  return found;
}

export function decideCharts(input: DecideChartsInput): ChartDecision {
  const { plan, charts, recorded } = input;
  const top = plan.headerRow;
  const found = identify(charts, recorded);
  const actions: ChartAction[] = [];
  const entries = new Map<ChartRole, RecordedChart>();
  /** The role's chart stays as it is, or gets new data where its ranges changed. */
  const keepOrUpdate = (role: ChartRole, chart: SheetChart, kind: ChartKind) => {
    const ranges = relativeRanges(chartRanges(plan.chart, kind), top);
    if (recorded?.byRole.get(role)?.ranges !== ranges) {
      actions.push({ kind: "update", role, chart: kind, id: chart.id, rename: chart.name !== CHART_NAMES[kind] });
    }
    entries.set(role, { id: chart.id, ranges });
  };
  const make = (role: ChartRole, kind: ChartKind, place: ChartPlace) => {
    actions.push({ kind: "make", role, chart: kind, place });
    entries.set(role, { id: null, ranges: relativeRanges(chartRanges(plan.chart, kind), top) });
  };
  const geometryOf = (chart: SheetChart): ChartPlace => ({
    geometry: { top: chart.top, left: chart.left, width: chart.width, height: chart.height },
  });

  const funnelChart = found.get("funnel");
  const fresh: FunnelChartPlan = input.supportsNative ? "native" : "bars";
  let funnel: FunnelChartPlan = fresh;
  if (funnelChart === undefined) {
    make("funnel", fresh, { cells: plan.chart.position });
  } else if (funnelChart.name === CHART_NAME && !isNative(funnelChart)) {
    // Stacked bars an older version named like the native funnel (an ordinary chart reads back its
    // type; a native funnel reads null): made again as today's funnel chart, where they were.
    actions.push({ kind: "delete", id: funnelChart.id });
    make("funnel", fresh, geometryOf(funnelChart));
  } else if (!isNative(funnelChart)) {
    funnel = "bars";
    keepOrUpdate("funnel", funnelChart, "bars");
  } else if (!input.supportsNative) {
    // Its data cannot be changed, and a host without the native funnel cannot make it again.
    funnel = "keep";
    entries.set("funnel", { id: funnelChart.id, ranges: recorded?.byRole.get("funnel")?.ranges ?? "" });
  } else {
    const ranges = relativeRanges(chartRanges(plan.chart, "native"), top);
    if (recorded?.byRole.get("funnel")?.ranges === ranges) entries.set("funnel", { id: funnelChart.id, ranges });
    else {
      actions.push({ kind: "delete", id: funnelChart.id });
      make("funnel", "native", geometryOf(funnelChart));
    }
  }

  const comparison = found.get("comparison");
  if (comparison === undefined) make("comparison", "comparison", { cells: plan.chart.comparisonPosition });
  else keepOrUpdate("comparison", comparison, "comparison");

  const trend = found.get("trend");
  if (plan.chart.trend === null) {
    if (trend !== undefined) actions.push({ kind: "delete", id: trend.id });
  } else if (trend === undefined) make("trend", "trend", { cells: plan.chart.trend.position });
  else keepOrUpdate("trend", trend, "trend");

  const pending = [...entries.values()].some((entry) => entry.id === null);
  return {
    actions,
    funnel,
    record: { byRole: entries, known: pending ? new Set(charts.map((c) => chartKey(c.id))) : null },
  };
}

/** The record's charts where the funnel was made as stacked bars after Excel refused the native one. */
export function withBarsFunnel(record: RecordedCharts, plan: SheetPlan): RecordedCharts {
  const byRole = new Map(record.byRole);
  byRole.set("funnel", { id: null, ranges: relativeRanges(chartRanges(plan.chart, "bars"), plan.headerRow) });
  return { byRole, known: record.known };
}
