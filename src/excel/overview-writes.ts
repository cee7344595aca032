/**
 * Queues an Overview update as decided (src/sheet/decide-overview.ts): contents and formats run by run,
 * the total row's bold, and the comparison chart — made once, at its place, with its title; after that
 * its place, size, title and colours are the user's, and only its data ranges follow the funnels.
 */
import { rowRuns, type OverviewWrites } from "../sheet/decide-overview";
import type { OverviewPlan } from "../sheet/plan-overview";
import { textCell } from "./text-cell";

export const OVERVIEW_CHART_NAME = "FunnelsComparison";

function runRange(sheet: Excel.Worksheet, run: readonly { address: string }[]): Excel.Range {
  const first = run[0]?.address ?? "A1";
  const last = run[run.length - 1]?.address ?? first;
  return sheet.getRange(first === last ? first : `${first}:${last}`);
}

export function queueOverviewWrites(sheet: Excel.Worksheet, writes: OverviewWrites): void {
  // Formats first, then contents: if Excel stops in between, the next update writes the content again.
  const byFormat = new Map<string, OverviewWrites["formats"]>();
  for (const cell of writes.formats) byFormat.set(cell.format, [...(byFormat.get(cell.format) ?? []), cell]);
  for (const [format, cells] of byFormat) {
    for (const run of rowRuns(cells)) runRange(sheet, run).numberFormat = [run.map(() => format)];
  }
  for (const run of rowRuns(writes.contents)) {
    runRange(sheet, run).formulas = [run.map((cell) => cell.formula ?? textCell(cell.text ?? ""))];
  }
  for (const address of writes.bold) sheet.getRange(address).format.font.bold = true;
  for (const address of writes.unbold) sheet.getRange(address).format.font.bold = false;
}

export interface OverviewChartLabels {
  revenue: string;
  forecastRevenue: string;
  overviewChartTitle: string;
}

/**
 * Makes the comparison chart where the Overview has none (found by the id kept in the registry, since
 * Excel on the web renames a chart the user copies or moves — office-js issue 3034 — else by name);
 * otherwise points its two series at the funnels' rows when they moved, and names them again only when
 * the user relabelled the Overview. Returns the chart's id where it is known (null for a chart made in
 * this batch: it is read at the next update).
 */
export function queueOverviewChart(
  sheet: Excel.Worksheet,
  loaded: Excel.ChartCollection | null,
  knownId: string | undefined,
  plan: OverviewPlan,
  labels: OverviewChartLabels,
  change: { rowsMoved: boolean; relabelled: boolean },
  lastColumn: string,
): string | null {
  const items = loaded?.items ?? [];
  const found =
    (knownId === undefined ? undefined : items.find((c) => c.id === knownId)) ??
    items.find((c) => c.name === OVERVIEW_CHART_NAME);
  const first = plan.headerRow + 1;
  const last = plan.lastRow - 1;
  if (found !== undefined) {
    if (change.rowsMoved) {
      const categories = sheet.getRange(`A${first}:A${last}`);
      ["B", "C"].forEach((column, i) => {
        const series = found.series.getItemAt(i);
        series.setValues(sheet.getRange(`${column}${first}:${column}${last}`));
        series.setXAxisValues(categories);
      });
    }
    if (change.relabelled) {
      found.series.getItemAt(0).name = labels.revenue;
      found.series.getItemAt(1).name = labels.forecastRevenue;
      found.title.text = labels.overviewChartTitle;
    }
    return found.id;
  }
  // The funnels' rows alone (names, revenue now, forecast), the series named explicitly: whether a
  // header row becomes the series' names is Excel's guess, which the add-in does not rely on.
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(`A${first}:C${last}`), "Columns");
  chart.name = OVERVIEW_CHART_NAME;
  chart.series.getItemAt(0).name = labels.revenue;
  chart.series.getItemAt(1).name = labels.forecastRevenue;
  chart.title.text = labels.overviewChartTitle;
  chart.setPosition(`A${plan.lastRow + 2}`, `${lastColumn}${plan.lastRow + 18}`);
  return null;
}
