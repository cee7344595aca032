/**
 * The conversion trend, under the product and period rows: one row per step from the second (its name
 * follows column A), one column per closed period of this funnel (oldest first, at most
 * MAX_TREND_PERIODS), each cell the step's conversion in that period as a COUNTIFS/SUMIFS formula over
 * the history, matched by step name like the comparison. The period labels in the first row are texts
 * the add-in rewrites at every close; a recalculation reads them back from the sheet.
 *
 * Where a step has no conversion in a period (a name missing then, or the step before had 0) the cell
 * is #N/A, which a line chart leaves out; an empty text would be drawn as 0 %.
 */
import { trendColumn, trendHeaderRowAt } from "./block-layout";
import { HISTORY_RESULT, historyCriteria } from "./history-formulas";
import type { PartCell } from "./plan-part";

/** Excel draws at most 255 series in one chart ("Excel specifications and limits", Charts). */
export const MAX_CHART_SERIES = 255;
export const TREND_RANGE_NAME = "FunnelConversionTrend";
export { trendColumn, trendHeaderRowAt } from "./block-layout";

export interface TrendFrame {
  firstStepRow: number;
  lastStepRow: number;
  /** The last row of the rows above; the trend starts two rows below it. */
  afterRow: number;
  /** The funnel's name as a formula expression (FunnelName, or the sheet's name). */
  funnel: string;
  periods: readonly string[];
  heading: string;
  percentFormat: string;
}

export interface TrendPlan {
  cells: PartCell[];
  name: { name: typeof TREND_RANGE_NAME; address: string };
  /** The row of the period labels (and the heading in A). */
  headerRow: number;
  lastRow: number;
  /** The chart's source: the labels row and the steps' rows, at most MAX_CHART_SERIES of them. */
  chartSource: string;
}

export function planTrend(frame: TrendFrame): TrendPlan {
  const { firstStepRow: p, lastStepRow: q, periods } = frame;
  const top = trendHeaderRowAt(frame.afterRow);
  const cells: PartCell[] = [{ column: "A", row: top, role: "output", value: frame.heading, text: true }];
  periods.forEach((period, j) =>
    cells.push({ column: trendColumn(j), row: top, role: "output", value: period, text: true }),
  );
  for (let k = p + 1; k <= q; k++) {
    const row = top + (k - p);
    cells.push({ column: "A", row, role: "output", formula: `=$A${k}&""` });
    periods.forEach((_, j) => {
      const column = trendColumn(j);
      const period = `${column}$${top}`;
      const criteria = (step: number) => historyCriteria(frame.funnel, period, `$A${step}`);
      const result = (step: number) => `SUMIFS(${HISTORY_RESULT},${criteria(step)})`;
      // A step before missing then sums to 0, which the last test turns into #N/A as well.
      const formula =
        `=IF(OR($A${k}="",$A${k - 1}=""),NA(),IF(COUNTIFS(${criteria(k)})=0,NA(),` +
        `IF(${result(k - 1)}>0,${result(k)}/${result(k - 1)},NA())))`;
      cells.push({ column, row, role: "output", formula, numberFormat: frame.percentFormat });
    });
  }
  const lastRow = top + (q - p);
  const lastColumn = trendColumn(periods.length - 1);
  return {
    cells,
    name: { name: TREND_RANGE_NAME, address: `A${top}:${lastColumn}${lastRow}` },
    headerRow: top,
    lastRow,
    chartSource: `A${top}:${lastColumn}${Math.min(lastRow, top + MAX_CHART_SERIES)}`,
  };
}
