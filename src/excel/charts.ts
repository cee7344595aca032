/**
 * The funnel chart and the now-versus-forecast chart, found again by name on every run and updated
 * (source, title, position) instead of added again. The funnel is Excel's native "Funnel" chart where
 * ExcelApi 1.9 is supported and the add succeeds; otherwise stacked bars whose first, invisible series
 * (column I) centres the bars. Formatting stays minimal: the native funnel is fragile to format.
 */
import type { ChartPlan } from "../funnel/plan-sheet";

export type FunnelChartKind = "funnel" | "stacked-bar";

export interface ExistingChart {
  name: string;
  chartType: string;
}

export function existingCharts(charts: Excel.ChartCollection): ExistingChart[] {
  return charts.items.map((c) => ({ name: c.name, chartType: c.chartType }));
}

function place(chart: Excel.Chart, position: { start: string; end: string }, title: string): void {
  chart.title.text = title;
  chart.setPosition(position.start, position.end);
}

/** Stacked bars drawn as a funnel: the spacer series first and invisible, categories top-down. */
function shapeAsStackedFunnel(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan): void {
  chart.series.getItemAt(0).name = plan.results.name;
  const spacer = chart.series.add(plan.spacer.name, 0);
  spacer.setValues(sheet.getRange(plan.spacer.values));
  spacer.format.fill.clear();
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = false;
}

export function queueComparisonChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: readonly ExistingChart[],
): void {
  const source = sheet.getRange(plan.source);
  const found = existing.find((c) => c.name === plan.comparisonName);
  let chart: Excel.Chart;
  if (found === undefined) {
    chart = sheet.charts.add("BarClustered", source, "Columns");
    chart.name = plan.comparisonName;
  } else {
    chart = sheet.charts.getItemOrNullObject(plan.comparisonName);
    chart.setData(source, "Columns");
  }
  chart.series.getItemAt(0).name = plan.results.name;
  const forecast = chart.series.add(plan.forecast.name);
  forecast.setValues(sheet.getRange(plan.forecast.values));
  chart.axes.categoryAxis.reversePlotOrder = true;
  place(chart, plan.comparisonPosition, plan.comparisonTitle);
}

/**
 * Queues the funnel chart. `kind` is what to build when the chart does not exist yet; an existing
 * chart keeps its kind. Returns the kind that was queued.
 */
export function queueFunnelChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: readonly ExistingChart[],
  kind: FunnelChartKind,
): FunnelChartKind {
  const source = sheet.getRange(plan.source);
  const found = existing.find((c) => c.name === plan.name);
  if (found !== undefined) {
    const chart = sheet.charts.getItemOrNullObject(plan.name);
    chart.setData(source, "Columns");
    const stacked = found.chartType !== "Funnel";
    if (stacked) shapeAsStackedFunnel(sheet, chart, plan);
    place(chart, plan.position, plan.title);
    return stacked ? "stacked-bar" : "funnel";
  }
  const chart = sheet.charts.add(kind === "funnel" ? "Funnel" : "BarStacked", source, "Columns");
  chart.name = plan.name;
  if (kind === "stacked-bar") shapeAsStackedFunnel(sheet, chart, plan);
  place(chart, plan.position, plan.title);
  return kind;
}

/** True when the existing funnel chart (if any) is a stacked-bar one, which needs column I. */
export function needsSpacer(plan: ChartPlan, existing: readonly ExistingChart[], kind: FunnelChartKind): boolean {
  const found = existing.find((c) => c.name === plan.name);
  return found === undefined ? kind === "stacked-bar" : found.chartType !== "Funnel";
}
