/**
 * The charts of an exported workbook, under the step table and right of the summary, costs and target
 * blocks and of the sales cycle and lifetime value beside them (A:E), down to `lastRow`, so the sheet
 * fills one printed page: the funnel as stacked bars (its invisible spacer in column I) beside each
 * step's conversion now and forecast, and under them, where the funnel has closed periods, each step's
 * conversion over those periods. They carry the names the add-in looks for, so a later Recalculate
 * updates them in place (and moves them beside the table, where the add-in keeps its charts).
 */
import { BARS_CHART_NAME, COMPARISON_CHART_NAME, type SheetPlan } from "../sheet";
import { columnLetter, columnNumber } from "../sheet/a1";
import { absoluteReference, parseArea } from "../sheet/a1";
import type { ChartSpec } from "./xlsx-charts";

export const CHART_COLOURS = { now: "0F6CBD", forecast: "3A8A3A" } as const;
/** The fewest rows the charts are tall. */
export const MIN_CHART_ROWS = 18;
/** Columns (zero-based) where the funnel starts and where it meets the conversion chart: F and J. */
const FUNNEL_COLUMNS = { from: 5, to: 9 } as const;
/** How many columns the funnel is wide. */
const FUNNEL_WIDTH = FUNNEL_COLUMNS.to - FUNNEL_COLUMNS.from;

/** The charts' specs and the last sheet row they cover (`lastRow`, or lower where they need more). */
export function templateCharts(
  plan: SheetPlan,
  sheetName: string,
  lastRow: number,
): { charts: ChartSpec[]; lastRow: number } {
  const ref = (range: string) => absoluteReference(sheetName, parseArea(range));
  const { chart } = plan;
  // Zero-based anchor rows: from the summary's first row (the sale value) down.
  const top = plan.summaryRow - 1;
  const end = Math.max(lastRow, top + MIN_CHART_ROWS * (chart.trend === null ? 1 : 2));
  // With the trend under them, the funnel and the conversions take the upper part.
  const bottom = chart.trend === null ? end : top + Math.round((end - top) * 0.55);
  const right = columnNumber(plan.lastColumn);
  // Right of the trend's figures too (one column per closed period from B), which they must not cover.
  const left = Math.max(FUNNEL_COLUMNS.from, chart.trend === null ? 0 : parseArea(chart.trend.source).last.col);
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
    seriesNames: "none",
    from: { col: left, row: top },
    to: { col: left + FUNNEL_WIDTH, row: bottom },
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
    seriesNames: "first-bars",
    from: { col: left + FUNNEL_WIDTH, row: top },
    to: { col: Math.max(right, left + 2 * FUNNEL_WIDTH), row: bottom },
  };
  const trend = trendChart(plan, ref, { top: bottom + 1, bottom: end, left, right });
  return { charts: trend === null ? [funnel, conversions] : [funnel, conversions, trend], lastRow: end };
}

/**
 * Each step's conversion over the closed periods, under the other charts: one line per step row of the
 * trend, named after the step.
 */
function trendChart(
  plan: SheetPlan,
  ref: (range: string) => string,
  place: { top: number; bottom: number; left: number; right: number },
): ChartSpec | null {
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
  return {
    name: trend.name,
    kind: "line",
    title: trend.title,
    categories: ref(span(area.first.row)),
    series,
    grouping: "clustered",
    axisFormat: "0%",
    seriesNames: "legend",
    from: { col: place.left, row: place.top },
    to: { col: Math.max(place.right, place.left + 2 * FUNNEL_WIDTH), row: place.bottom },
  };
}
