/**
 * Periods (DESIGN.md "Several funnels and periods"): closing a period copies each step's name and
 * result, and the sale value, into the FunnelHistory table, one row per step. A funnel sheet compares
 * with one closed period, matching steps by name, case-insensitively — exactly as the sheet's
 * COUNTIFS/SUMIFS formulas do (plan-periods.ts), so the engine and the sheet always agree:
 *  - result then = the sum of the matching rows' results (empty when no row matches);
 *  - conversion then = result then / the step before's result then; change = conversion now − then;
 *  - revenue then = the last step's result then × the sum of those rows' sale values.
 */

/** One row of the FunnelHistory table. */
export interface HistoryRow {
  funnel: string;
  period: string;
  /** 1-based step number when it was closed. */
  step: number;
  stepName: string;
  result: number;
  saleValue: number;
  /** ISO date (yyyy-mm-dd) the period was closed on; "" when not known (imported history). */
  closedOn: string;
}

/** The table's columns, in order, and the workbook-scoped names the funnel sheets' formulas use. */
export const HISTORY_COLUMNS = [
  { key: "funnel", name: "FunnelHistoryFunnel" },
  { key: "period", name: "FunnelHistoryPeriod" },
  { key: "step", name: "FunnelHistoryStep" },
  { key: "stepName", name: "FunnelHistoryStepName" },
  { key: "result", name: "FunnelHistoryResult" },
  { key: "saleValue", name: "FunnelHistorySaleValue" },
  { key: "closedOn", name: "FunnelHistoryClosedOn" },
] as const satisfies readonly { key: keyof HistoryRow; name: string }[];

export type HistoryColumnName = (typeof HISTORY_COLUMNS)[number]["name"];
export const HISTORY_TABLE_NAME = "FunnelHistory";
/** Longest period label accepted ("2026 Q3", "First half 2027"). */
export const MAX_PERIOD_LABEL = 40;

/**
 * A period label as a cell gives it: a text as it is; a number or a logical (a label typed in Excel as
 * 2025, or written before labels were kept as text) as Excel shows it; "" for an empty cell.
 */
export function periodLabel(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" ? String(value) : "";
}

/** Excel's COUNTIFS/SUMIFS compare text without regard to case. */
export function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The rows closing `period` for funnel `funnel` adds. */
export function historyRowsFor(
  funnel: string,
  period: string,
  steps: readonly { name: string; result: number }[],
  saleValue: number,
  closedOn: string,
): HistoryRow[] {
  return steps.map((step, i) => ({
    funnel,
    period,
    step: i + 1,
    stepName: step.name,
    result: step.result,
    saleValue,
    closedOn,
  }));
}

/** The label of the funnel's most recently closed period: its last row in the table, or null. */
export function latestPeriod(history: readonly HistoryRow[], funnel: string): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const row = history[i] as HistoryRow;
    if (sameText(row.funnel, funnel)) return row.period;
  }
  return null;
}

export interface PeriodComparison {
  period: string;
  /** Per step: the result then; null where the step's name is empty or not in that period. */
  previousResult: (number | null)[];
  /** Per step from the second: the conversion then; null where either result then is missing or 0. */
  previousConversion: (number | null)[];
  /** Per step: conversion now − conversion then, in points (0.05 = 5 points); null where either is. */
  conversionChange: (number | null)[];
  /** The last step's result then × that period's sale value; null where it is missing. */
  previousRevenue: number | null;
}

/** Compares a funnel (its step names, and its conversions now) with a closed period of its history. */
export function comparePeriod(
  history: readonly HistoryRow[],
  funnel: string,
  period: string,
  steps: readonly { name: string; conversion: number | null }[],
): PeriodComparison {
  const rows = history.filter((r) => sameText(r.funnel, funnel) && sameText(r.period, period));
  const matching = (name: string) => (name === "" ? [] : rows.filter((r) => sameText(r.stepName, name)));
  const sum = (list: readonly HistoryRow[], pick: (r: HistoryRow) => number) =>
    list.reduce((total, r) => total + pick(r), 0);
  const previousResult = steps.map((step) => {
    const found = matching(step.name);
    return found.length === 0 ? null : sum(found, (r) => r.result);
  });
  const previousConversion = previousResult.map((result, i) => {
    const before = i === 0 ? null : (previousResult[i - 1] ?? null);
    return result === null || before === null || before <= 0 ? null : result / before;
  });
  const conversionChange = steps.map((step, i) => {
    const then = previousConversion[i] ?? null;
    return step.conversion === null || then === null ? null : step.conversion - then;
  });
  const last = steps[steps.length - 1];
  const lastRows = last === undefined ? [] : matching(last.name);
  const lastResult = previousResult[previousResult.length - 1] ?? null;
  return {
    period,
    previousResult,
    previousConversion,
    conversionChange,
    previousRevenue: lastResult === null ? null : lastResult * sum(lastRows, (r) => r.saleValue),
  };
}

/** The most closed periods the conversion trend shows: the latest ones, three years of quarters. */
export const MAX_TREND_PERIODS = 12;

/**
 * The funnel's closed periods for the trend, oldest first: those the trend showed before (`shown`, in
 * its order) that the table still has, and the table's others in the order it first lists them (as
 * they were closed): after them, or before them where closed before the first of them. So a label closed
 * again keeps its place, and one that dropped out of the trend does not come back. At most the latest
 * MAX_TREND_PERIODS.
 */
export function periodsOf(
  history: readonly Pick<HistoryRow, "funnel" | "period">[],
  funnel: string,
  shown: readonly string[] = [],
): string[] {
  const inTable: string[] = [];
  const has = (list: readonly string[], period: string) => list.some((p) => sameText(p, period));
  for (const row of history) {
    if (sameText(row.funnel, funnel) && !has(inTable, row.period)) inTable.push(row.period);
  }
  const kept = shown.filter((period, i) => has(inTable, period) && !has(shown.slice(0, i), period));
  // The others in the table's order: those closed before the first one shown (one that dropped out of
  // the latest twelve, or a trend from before there were more) before it, the rest after.
  const firstShown = Math.min(...kept.map((period) => inTable.findIndex((p) => sameText(p, period))));
  const others = inTable.filter((period) => !has(kept, period));
  const earlier = others.filter((period) => inTable.indexOf(period) < firstShown);
  const periods = [...earlier, ...kept, ...others.filter((period) => !earlier.includes(period))];
  return periods.slice(-MAX_TREND_PERIODS);
}

/**
 * Each step's conversion in each period (the trend): per step from the second, per period, the
 * conversion then as comparePeriod computes it (null where a name is missing or the step before had 0).
 */
export function conversionTrend(
  history: readonly HistoryRow[],
  funnel: string,
  periods: readonly string[],
  stepNames: readonly string[],
): (number | null)[][] {
  const steps = stepNames.map((name) => ({ name, conversion: null }));
  const byPeriod = periods.map((period) => comparePeriod(history, funnel, period, steps).previousConversion);
  return stepNames.slice(1).map((_, i) => byPeriod.map((conversions) => conversions[i + 1] ?? null));
}

/** "2026 Q3" for a date in July to September 2026. */
export function suggestedPeriodLabel(today: Date): string {
  return `${today.getFullYear()} Q${Math.floor(today.getMonth() / 3) + 1}`;
}
