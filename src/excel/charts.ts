/**
 * Carries out the chart actions decided by decide-charts.ts: makes a chart (names it and sets it up,
 * once), gives an existing one new data ranges in place (nothing else about it changes: its place,
 * size, title, colours and labels are the user's), or deletes one.
 *
 * Which funnel chart a sheet has is never told by reading `chartType` back as a test of "ours": Excel
 * reads newer chart types back as null (office-js issue 2971) and refuses their title and series
 * (issues 2041, docs 910).
 *  - "FunnelForecastChart": Excel's native funnel (ExcelApi 1.9). Only what every host supports is done
 *    to it — add, name, place, delete. Its data cannot be changed: it is made again where its source
 *    changes, where the user had put it.
 *  - "FunnelForecastBars": the stacked-bar funnel, where the native one is missing or was refused; an
 *    ordinary chart. Its first, invisible series (column I) centres the bars.
 *  - "FunnelForecastComparison": now versus forecast per step, clustered bars.
 *  - "FunnelForecastTrend": each step's conversion over the closed periods, a line with markers per
 *    step; removed where the funnel has no closed period.
 */
import type { ChartPlan } from "../sheet/plan-sheet";
import {
  CHART_NAMES,
  type ChartAction,
  type ChartKind,
  type ChartPlace,
  type FunnelChartPlan,
  type SheetChart,
} from "../sheet/decide-charts";

export type FunnelChartKind = "funnel" | "stacked-bar";

export function sheetCharts(charts: Excel.ChartCollection): SheetChart[] {
  return charts.items.map((c) => ({
    id: c.id,
    name: c.name,
    chartType: (c.chartType as string | null | undefined) ?? null,
    top: c.top,
    left: c.left,
    width: c.width,
    height: c.height,
  }));
}

export function chartKindOf(plan: FunnelChartPlan): FunnelChartKind {
  return plan === "bars" ? "stacked-bar" : "funnel";
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
  chart.title.text = plan.title;
}

/**
 * Conversion per step, now versus forecast, as clustered bars with their values in percent beside them:
 * every step on the same 0-100 % scale, so the gain shows at the bottom of the funnel as clearly as at
 * the top (bars of people would be scaled by the leads). Categories and values are set per series, as
 * the names (A) and the conversions (C, E) are not side by side.
 */
function shapeAsComparison(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan, labelFormat: boolean): void {
  const { comparison } = plan;
  const categories = sheet.getRange(comparison.categories);
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
  if (labelFormat) chart.dataLabels.numberFormat = comparison.numberFormat;
  chart.title.text = plan.comparisonTitle;
}

function place(chart: Excel.Chart, where: ChartPlace): void {
  if ("cells" in where) {
    chart.setPosition(where.cells.start, where.cells.end);
    return;
  }
  const { top, left, width, height } = where.geometry;
  chart.top = top;
  chart.left = left;
  chart.width = width;
  chart.height = height;
}

/** Adds a chart of `kind`, names it, sets it up as the add-in does and puts it at `where`. */
function makeChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  kind: ChartKind,
  where: ChartPlace,
  labelFormat: boolean,
): void {
  let chart: Excel.Chart;
  switch (kind) {
    case "native":
      chart = sheet.charts.add("Funnel", sheet.getRange(plan.source), "Columns");
      break;
    case "bars":
      chart = sheet.charts.add("BarStacked", sheet.getRange(plan.source), "Columns");
      shapeAsStackedFunnel(sheet, chart, plan);
      break;
    case "comparison":
      chart = sheet.charts.add("BarClustered", sheet.getRange(plan.comparison.now.values), "Columns");
      shapeAsComparison(sheet, chart, plan, labelFormat);
      break;
    case "trend": {
      const trend = plan.trend;
      if (trend === null) return;
      chart = sheet.charts.add("LineMarkers", sheet.getRange(trend.source), "Rows");
      chart.title.text = trend.title;
      break;
    }
  }
  chart.name = CHART_NAMES[kind];
  place(chart, where);
}

/** Gives an existing chart of `kind` the plan's data ranges, series by series where it has fixed ones. */
function updateChart(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan, kind: ChartKind): void {
  switch (kind) {
    case "bars": {
      chart.series.getItemAt(0).setValues(sheet.getRange(plan.spacer.values));
      const results = chart.series.getItemAt(1);
      results.setValues(sheet.getRange(plan.results.values));
      results.setXAxisValues(sheet.getRange(plan.categories));
      return;
    }
    case "comparison": {
      const categories = sheet.getRange(plan.comparison.categories);
      const series = [plan.comparison.now, plan.comparison.forecast];
      series.forEach((planned, i) => {
        const one = chart.series.getItemAt(i);
        one.setValues(sheet.getRange(planned.values));
        one.setXAxisValues(categories);
      });
      return;
    }
    case "trend":
      // One series per step row: their number changes with the steps, so the source is set as a whole.
      if (plan.trend !== null) chart.setData(sheet.getRange(plan.trend.source), "Rows");
      return;
    case "native":
      // The API cannot change a native funnel's data (decide-charts.ts makes it again instead).
      return;
  }
}

export interface QueueChartsOptions {
  /** The charts on the sheet as loaded (in this request context): the ones actions name by id; null for none. */
  loaded: Excel.ChartCollection | null;
  /** ChartDataLabels.numberFormat is there (ExcelApi 1.8). */
  labelFormat: boolean;
  /** Makes the funnel as stacked bars where the actions say native (the fallback when Excel refuses it). */
  barsForNative?: boolean;
}

/**
 * Queues `actions`. An action on a chart that is no longer on the sheet (`loaded` lacks it: Excel
 * stopped after deleting it) is left out.
 */
export function queueChartActions(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  actions: readonly ChartAction[],
  options: QueueChartsOptions,
): void {
  const byId = (id: string) => options.loaded?.items.find((c) => c.id === id);
  for (const action of actions) {
    if (action.kind === "make") {
      const kind = action.chart === "native" && options.barsForNative === true ? "bars" : action.chart;
      makeChart(sheet, plan, kind, action.place, options.labelFormat);
      continue;
    }
    const chart = byId(action.id);
    if (chart === undefined) continue;
    if (action.kind === "delete") {
      chart.delete();
      continue;
    }
    updateChart(sheet, chart, plan, action.chart);
    if (action.rename) chart.name = CHART_NAMES[action.chart];
  }
}
