/**
 * The two charts of an exported workbook, side by side under the step table, right of the costs and
 * target block and of the sales cycle and lifetime value beside it (A:E), so the sheet prints on one page: the funnel as stacked bars (its
 * invisible spacer in column I) and each step's conversion now and forecast. They carry the names the add-in looks for, so a later Recalculate updates them in place
 * (and moves them beside the table, where the add-in keeps its charts).
 */
import { BARS_CHART_NAME, COMPARISON_CHART_NAME, type SheetPlan } from "../sheet";
import { columnLetter } from "../sheet/a1";
import { absoluteReference, parseArea } from "../sheet/a1";
import type { ChartSpec } from "./xlsx-charts";

export const CHART_COLOURS = { now: "0F6CBD", forecast: "3A8A3A" } as const;
/** Rows each chart is tall. */
const CHART_ROWS = 18;
/** Zero-based columns the two charts span: F..J and J..Q. */
const FUNNEL_COLUMNS = { from: 5, to: 9 };
const COMPARISON_COLUMNS = { from: 9, to: 16 };

/** The charts' specs and the last sheet row they cover. */
export function templateCharts(plan: SheetPlan, sheetName: string): { charts: ChartSpec[]; lastRow: number } {
  const ref = (range: string) => absoluteReference(sheetName, parseArea(range));
  const { chart } = plan;
  // Zero-based anchor rows: from the costs and target heading (one row under the summary's own rows).
  const top = plan.moneyHeadingRow - 1;
  const bottom = top + CHART_ROWS;
  const funnel: ChartSpec = {
    name: BARS_CHART_NAME,
    title: chart.title,
    categories: ref(chart.categories),
    series: [
      { name: chart.spacer.name, values: ref(chart.spacer.values), colour: null, labels: null },
      { name: chart.results.name, values: ref(chart.results.values), colour: CHART_COLOURS.now, labels: "#,##0" },
    ],
    grouping: "stacked",
    axisFormat: null,
    legend: false,
    from: { col: FUNNEL_COLUMNS.from, row: top },
    to: { col: FUNNEL_COLUMNS.to, row: bottom },
  };
  const { comparison } = chart;
  const conversions: ChartSpec = {
    name: COMPARISON_CHART_NAME,
    title: chart.comparisonTitle,
    categories: ref(comparison.categories),
    series: [
      {
        name: comparison.now.name,
        values: ref(comparison.now.values),
        colour: CHART_COLOURS.now,
        labels: comparison.numberFormat,
      },
      {
        name: comparison.forecast.name,
        values: ref(comparison.forecast.values),
        colour: CHART_COLOURS.forecast,
        labels: comparison.numberFormat,
      },
    ],
    grouping: "clustered",
    axisFormat: "0%",
    legend: true,
    from: { col: COMPARISON_COLUMNS.from, row: top },
    to: { col: COMPARISON_COLUMNS.to, row: bottom },
  };
  const trend = trendChart(plan, ref);
  return trend === null
    ? { charts: [funnel, conversions], lastRow: bottom }
    : { charts: [funnel, conversions, trend.chart], lastRow: Math.max(bottom, trend.lastRow) };
}

/**
 * Each step's conversion over the closed periods, under the trend's rows (which sit under the other
 * charts' rows): one line per step row of the trend, named after the step.
 */
function trendChart(plan: SheetPlan, ref: (range: string) => string): { chart: ChartSpec; lastRow: number } | null {
  const { trend } = plan.chart;
  if (trend === null) return null;
  const area = parseArea(trend.source);
  const stepName = (row: number) =>
    String(
      plan.cells.find((c) => c.column === "A" && c.row === plan.firstStepRow + (row - area.first.row))?.value ?? "",
    );
  const span = (row: number) => `${columnLetter(area.first.col + 1)}${row}:${columnLetter(area.last.col)}${row}`;
  const series = [];
  for (let row = area.first.row + 1; row <= area.last.row; row++) {
    series.push({ name: stepName(row), values: ref(span(row)), colour: null, labels: null });
  }
  const top = plan.lastRow + 1; // zero-based: the row under the trend
  const chart: ChartSpec = {
    name: trend.name,
    kind: "line",
    title: trend.title,
    categories: ref(span(area.first.row)),
    series,
    grouping: "clustered",
    axisFormat: "0%",
    legend: true,
    from: { col: 0, row: top },
    to: { col: 8, row: top + CHART_ROWS },
  };
  return { chart, lastRow: top + CHART_ROWS };
}
