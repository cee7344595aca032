/**
 * The product and period part of the sheet plan: under the costs and target block, the funnel's name
 * (FunnelName, an input: empty means the sheet's name) and — in a workbook that keeps a FunnelHistory
 * table — the period to compare with, the latest closed one, the one in use and the revenue then, plus
 * three columns per step (O result then, P conversion then, Q change in points). Every comparison is a
 * COUNTIFS/SUMIFS formula over the history's workbook-scoped column names, matching funnel, period
 * and step name exactly but without regard to case (wildcards and operators in names are escaped), so
 * a renamed or reordered step still finds its own row, and the sheet stays live without the add-in.
 */
import { parseCell } from "./a1";
import { periodCellsAt } from "./block-layout";
import { funnelExpression, HISTORY_RESULT, HISTORY_SALE_VALUE, historyCriteria } from "./history-formulas";
import { planTrend, TREND_RANGE_NAME } from "./plan-trend";
import type { PartCell } from "./plan-part";

export { LAST_PLAN_COLUMN, periodCellsAt, periodCellsOf } from "./block-layout";

export const PERIOD_COLUMNS = ["O", "P", "Q"] as const;

export const PERIOD_INPUT_NAMES = ["FunnelName", "FunnelComparePeriod"] as const;
export const PERIOD_OUTPUT_NAMES = ["FunnelLatestPeriod", "FunnelComparedPeriod", "FunnelPreviousRevenue"] as const;
export const PERIOD_RANGE_NAMES = [
  "FunnelPreviousResult",
  "FunnelPreviousConversion",
  "FunnelConversionChange",
] as const;
export type PeriodName =
  | (typeof PERIOD_INPUT_NAMES)[number]
  | (typeof PERIOD_OUTPUT_NAMES)[number]
  | (typeof PERIOD_RANGE_NAMES)[number]
  | typeof TREND_RANGE_NAME;

export interface PeriodLabels {
  periodHeading: string;
  funnelName: string;
  comparePeriod: string;
  latestPeriod: string;
  comparedPeriod: string;
  previousRevenue: string;
  previousResult: string;
  previousConversion: string;
  conversionChange: string;
  /** The trend's heading (A, on the row of the period labels) and its chart's title. */
  trendHeading: string;
  trendTitle: string;
}

/** The labels of the funnel's latest closed period and of the one the user chose ("" for none). */
export interface PeriodHistory {
  latestPeriod: string;
  comparePeriod?: string;
  /** The funnel's closed periods, oldest first, for the trend (plan-trend.ts); none: no trend. */
  periods?: readonly string[];
}

export interface PeriodFrame {
  firstStepRow: number;
  lastStepRow: number;
  /** The last row of the block above (costs and target); this part starts two rows below it. */
  afterRow: number;
  sheetName: string;
  labels: PeriodLabels;
  /** The funnel's name as typed ("" for none). */
  name: string;
  /** Present where the sheet compares with its history: the latest closed period and the one chosen. */
  history: PeriodHistory | null;
  formats: { count: string; percent: string; points: string; money: string };
}

export interface PeriodPlan {
  cells: PartCell[];
  names: { name: PeriodName; address: string }[];
  headingRow: number;
  nameCell: string;
  lastRow: number;
  /** The last column written (Q with a history, else none beyond the money columns). */
  lastColumn: string | null;
  /** The trend chart's source range, where the funnel has closed periods; null otherwise. */
  trendSource: string | null;
}

const parseRow = (address: string) => parseCell(address).row;

export function planPeriods(frame: PeriodFrame): PeriodPlan {
  const { firstStepRow: p, lastStepRow: q, labels, formats } = frame;
  const heading = frame.afterRow + 2;
  const at = periodCellsAt(frame.afterRow);
  const cells: PartCell[] = [];
  const names: PeriodPlan["names"] = [];
  const label = (row: number, text: string) =>
    cells.push({ column: "A", row, role: "output", value: text, text: true });

  label(heading, labels.periodHeading);
  const nameRow = parseRow(at.name);
  label(nameRow, labels.funnelName);
  cells.push({ column: "B", row: nameRow, role: "input", value: frame.name, text: true });
  names.push({ name: "FunnelName", address: `B${nameRow}` });
  if (frame.history === null) {
    return {
      cells,
      names,
      headingRow: heading,
      nameCell: `B${nameRow}`,
      lastRow: nameRow,
      lastColumn: null,
      trendSource: null,
    };
  }

  const compareRow = parseRow(at.comparePeriod);
  const latestRow = parseRow(at.latestPeriod);
  const comparedRow = latestRow + 1;
  const revenueRow = latestRow + 2;
  label(compareRow, labels.comparePeriod);
  cells.push({ column: "B", row: compareRow, role: "input", value: frame.history.comparePeriod ?? "", text: true });
  label(latestRow, labels.latestPeriod);
  // The label as closed: a cell the add-in rewrites at every close.
  cells.push({ column: "B", row: latestRow, role: "output", value: frame.history.latestPeriod, text: true });
  label(comparedRow, labels.comparedPeriod);
  cells.push({
    column: "B",
    row: comparedRow,
    role: "output",
    formula: `=IF($B$${compareRow}<>"",$B$${compareRow},$B$${latestRow})`,
  });
  names.push(
    { name: "FunnelComparePeriod", address: `B${compareRow}` },
    { name: "FunnelLatestPeriod", address: `B${latestRow}` },
    { name: "FunnelComparedPeriod", address: `B${comparedRow}` },
  );

  const funnel = funnelExpression(`$B$${nameRow}`, frame.sheetName);
  const period = `$B$${comparedRow}`;
  const criteria = (k: number) => historyCriteria(funnel, period, `A${k}`);
  const headers = [labels.previousResult, labels.previousConversion, labels.conversionChange];
  PERIOD_COLUMNS.forEach((letter, i) => {
    cells.push({ column: letter, row: p - 1, role: "output", value: headers[i], text: true });
    names.push({ name: PERIOD_RANGE_NAMES[i] as PeriodName, address: `${letter}${p}:${letter}${q}` });
  });
  /** The result step row k had then (a formula expression), or "" where the period has no such step. */
  const then = (k: number, value: string) => `IF(OR(A${k}="",${period}="",COUNTIFS(${criteria(k)})=0),"",${value})`;
  for (let k = p; k <= q; k++) {
    cells.push({
      column: "O",
      row: k,
      role: "output",
      formula: `=${then(k, `SUMIFS(${HISTORY_RESULT},${criteria(k)})`)}`,
      numberFormat: formats.count,
    });
    if (k === p) continue;
    cells.push({
      column: "P",
      row: k,
      role: "output",
      formula: `=IF(OR(O${k}="",O${k - 1}=""),"",IF(O${k - 1}>0,O${k}/O${k - 1},""))`,
      numberFormat: formats.percent,
    });
    cells.push({
      column: "Q",
      row: k,
      role: "output",
      formula: `=IF(OR(C${k}="",P${k}=""),"",C${k}-P${k})`,
      numberFormat: formats.points,
    });
  }
  label(revenueRow, labels.previousRevenue);
  cells.push({
    column: "B",
    row: revenueRow,
    role: "output",
    // Over the history itself, not O: the summary is written before the step columns.
    formula: `=${then(q, `SUMIFS(${HISTORY_RESULT},${criteria(q)})*SUMIFS(${HISTORY_SALE_VALUE},${criteria(q)})`)}`,
    numberFormat: formats.money,
  });
  names.push({ name: "FunnelPreviousRevenue", address: `B${revenueRow}` });
  const periods = frame.history.periods ?? [];
  if (periods.length === 0) {
    return {
      cells,
      names,
      headingRow: heading,
      nameCell: `B${nameRow}`,
      lastRow: revenueRow,
      lastColumn: "Q",
      trendSource: null,
    };
  }
  const trend = planTrend({
    firstStepRow: p,
    lastStepRow: q,
    afterRow: revenueRow,
    funnel,
    periods,
    heading: labels.trendHeading,
    percentFormat: formats.percent,
  });
  cells.push(...trend.cells);
  names.push(trend.name);
  return {
    cells,
    names,
    headingRow: heading,
    nameCell: `B${nameRow}`,
    lastRow: trend.lastRow,
    lastColumn: "Q",
    trendSource: trend.chartSource,
  };
}
