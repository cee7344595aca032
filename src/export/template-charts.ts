/**
 * The two charts of an exported workbook, side by side under the step table, right of the costs and
 * target block (which only uses A:B), so the sheet prints on one page: the funnel as stacked bars (its
 * invisible spacer in column I) and each step's conversion now and forecast. They carry the names the add-in looks for, so a later Recalculate updates them in place
 * (and moves them beside the table, where the add-in keeps its charts).
 */
import { BARS_CHART_NAME, COMPARISON_CHART_NAME, type SheetPlan } from "../funnel";
import { absoluteReference, parseArea } from "../funnel/a1";
import type { ChartSpec } from "./xlsx-charts";

export const CHART_COLOURS = { now: "0F6CBD", forecast: "3A8A3A" } as const;
/** Rows each chart is tall. */
const CHART_ROWS = 18;

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
    from: { col: 3, row: top },
    to: { col: 7, row: bottom },
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
    from: { col: 7, row: top },
    to: { col: 14, row: bottom },
  };
  return { charts: [funnel, conversions], lastRow: bottom };
}
