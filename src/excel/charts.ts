/**
 * The funnel chart and the now-versus-forecast chart, found again by name on every run.
 *
 * Which funnel chart a sheet has is told by its name, never by reading `chartType` back: Excel reads
 * newer chart types back as null (office-js issue 2971) and refuses their title and series
 * (issues 2041, docs 910).
 *  - "FunnelForecastChart": Excel's native funnel (ExcelApi 1.9). Only what every host supports is done
 *    to it — add, name, position, delete. It is added afresh on every run (the old one deleted first),
 *    so its source always matches the steps without touching its series.
 *  - "FunnelForecastBars": the stacked-bar funnel, where the native one is missing or was refused; an
 *    ordinary chart, updated in place. Its first, invisible series (column I) centres the bars.
 *  - "FunnelForecastComparison": now versus forecast per step, clustered bars, updated in place.
 *  - "FunnelForecastTrend": each step's conversion over the closed periods, a line with markers per
 *    step, updated in place; removed where the funnel has no closed period.
 */
import {
  BARS_CHART_NAME,
  CHART_NAME,
  COMPARISON_CHART_NAME,
  TREND_CHART_NAME,
  type ChartPlan,
} from "../sheet/plan-sheet";

export type FunnelChartKind = "funnel" | "stacked-bar";

export { BARS_CHART_NAME };

export interface ExistingChart {
  name: string;
  id: string;
}

export function existingCharts(charts: Excel.ChartCollection): ExistingChart[] {
  return charts.items.map((c) => ({ name: c.name, id: c.id }));
}

/**
 * What a run does with the funnel chart:
 *  - "bars": update (or add) the stacked-bar funnel;
 *  - "native": delete any native funnel and add it again;
 *  - "keep": a native funnel made where ExcelApi 1.9 exists, on a host without it (or one left by an
 *    older version of the add-in): leave it alone rather than replace it with a lesser chart.
 */
export type FunnelChartPlan = "bars" | "native" | "keep";

export function funnelChartPlan(
  existing: readonly ExistingChart[],
  supportsNative: boolean,
  legacyBarsOnSheet: boolean,
): FunnelChartPlan {
  if (existing.some((c) => c.name === BARS_CHART_NAME)) return "bars";
  if (supportsNative) return "native";
  const native = existing.some((c) => c.name === CHART_NAME);
  return native && !legacyBarsOnSheet ? "keep" : "bars";
}

export function chartKindOf(plan: FunnelChartPlan): FunnelChartKind {
  return plan === "bars" ? "stacked-bar" : "funnel";
}

/** Deletes every chart of that name on the sheet (an earlier failure may have left two). */
function queueDeleteAll(sheet: Excel.Worksheet, name: string, existing: readonly ExistingChart[]): void {
  for (const chart of existing) {
    if (chart.name === name) sheet.charts.getItemOrNullObject(name).delete();
  }
}

/** Stacked bars drawn as a funnel: the spacer series first and invisible, categories top-down. */
function shapeAsStackedFunnel(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan): void {
  const results = chart.series.getItemAt(0);
  results.name = plan.results.name;
  // Each bar says how many people it stands for.
  results.hasDataLabels = true;
  const spacer = chart.series.add(plan.spacer.name, 0);
  spacer.setValues(sheet.getRange(plan.spacer.values));
  spacer.format.fill.clear();
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = false;
}

/** An ordinary chart of that name: the existing one (its data reset), or a new one. */
function classicChart(
  sheet: Excel.Worksheet,
  name: string,
  type: Parameters<Excel.ChartCollection["add"]>[0],
  source: Excel.Range,
  existing: readonly ExistingChart[],
  seriesBy: "Columns" | "Rows" = "Columns",
): Excel.Chart {
  const count = existing.filter((c) => c.name === name).length;
  if (count === 1) {
    const chart = sheet.charts.getItemOrNullObject(name);
    chart.setData(source, seriesBy);
    return chart;
  }
  queueDeleteAll(sheet, name, existing);
  const chart = sheet.charts.add(type, source, seriesBy);
  chart.name = name;
  return chart;
}

/**
 * Conversion per step, now versus forecast, as clustered bars with their values in percent beside them:
 * every step on the same 0-100 % scale, so the gain shows at the bottom of the funnel as clearly as at
 * the top (bars of people would be scaled by the leads). Categories and values are set per series, as
 * the names (A) and the conversions (C, E) are not side by side.
 */
export function queueComparisonChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: readonly ExistingChart[],
  supportsLabelFormat: boolean,
) {
  const { comparison } = plan;
  const categories = sheet.getRange(comparison.categories);
  const chart = classicChart(
    sheet,
    COMPARISON_CHART_NAME,
    "BarClustered",
    sheet.getRange(comparison.now.values),
    existing,
  );
  const now = chart.series.getItemAt(0);
  now.name = comparison.now.name;
  now.setXAxisValues(categories);
  const forecast = chart.series.add(comparison.forecast.name);
  forecast.setValues(sheet.getRange(comparison.forecast.values));
  forecast.setXAxisValues(categories);
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.dataLabels.showValue = true;
  chart.dataLabels.position = "OutsideEnd";
  // ExcelApi 1.8: where it is missing (Excel 2019 for Mac) the labels show the cells' own percent format.
  if (supportsLabelFormat) chart.dataLabels.numberFormat = comparison.numberFormat;
  chart.title.text = plan.comparisonTitle;
  chart.setPosition(plan.comparisonPosition.start, plan.comparisonPosition.end);
}

/** Queues the funnel chart as `chartPlan` says (see funnelChartPlan). */
export function queueFunnelChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: readonly ExistingChart[],
  chartPlan: FunnelChartPlan,
): void {
  if (chartPlan === "keep") return;
  const source = sheet.getRange(plan.source);
  if (chartPlan === "native") {
    queueDeleteAll(sheet, CHART_NAME, existing);
    queueDeleteAll(sheet, BARS_CHART_NAME, existing);
    const chart = sheet.charts.add("Funnel", source, "Columns");
    chart.name = CHART_NAME;
    chart.setPosition(plan.position.start, plan.position.end);
    return;
  }
  // A native funnel (or an older version's stacked bars under that name) gives way to the bars.
  queueDeleteAll(sheet, CHART_NAME, existing);
  const chart = classicChart(sheet, BARS_CHART_NAME, "BarStacked", source, existing);
  shapeAsStackedFunnel(sheet, chart, plan);
  chart.title.text = plan.title;
  chart.setPosition(plan.position.start, plan.position.end);
}

/**
 * Each step's conversion over the closed periods: one line per step row of the trend (its name in A,
 * the period labels above as categories); removed where the funnel has no closed period.
 */
export function queueTrendChart(sheet: Excel.Worksheet, plan: ChartPlan, existing: readonly ExistingChart[]): void {
  const { trend } = plan;
  if (trend === null) {
    queueDeleteAll(sheet, TREND_CHART_NAME, existing);
    return;
  }
  const chart = classicChart(sheet, trend.name, "LineMarkers", sheet.getRange(trend.source), existing, "Rows");
  chart.title.text = trend.title;
  chart.setPosition(trend.position.start, trend.position.end);
}
