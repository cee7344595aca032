/** The funnel's input cells at a location in a sheet snapshot, as typed, and their parsing. */
import { cellAddress, columnNumber, parseCell } from "./a1";
import type { FunnelLocation } from "./locate-funnel";
import { parseFunnelCells } from "../funnel/parse-cells";
import { moneyCellsAt } from "./money-cells";
import type { PeriodHistory } from "./plan-periods";
import { periodCellsOf, trendColumn } from "./block-layout";
import { MAX_TREND_PERIODS, periodLabel } from "../funnel/periods";
import { namedArea, valueAt, type SheetSnapshot } from "./sheet-snapshot";
import { MONEY_FIELDS, type FunnelIssue, type FunnelLayout, type ImprovementMode } from "../funnel/types";
import { insideBlock, moneyInputLaidOut } from "./laid-out-inputs";
import { INPUT_COLUMNS, makeIssue, type Validation } from "../funnel/validate";
import type { RawMoney } from "../funnel/validate-money";

export interface RawFunnelRows {
  names: unknown[];
  results: unknown[];
  improvements: unknown[];
  saleValue: unknown;
  /** The optional inputs; only cells inside the block the add-in laid out count (others are not inputs yet). */
  money: RawMoney;
  /** The funnel's name (FunnelName), on the same terms. */
  name: unknown;
  /** Merged cells among these inputs, each an issue: the cells after an area's first read as empty. */
  merged: FunnelIssue[];
}

/** The comparison with a closed period the sheet was laid out with, kept on every run; null for none. */
export function periodHistoryOf(snapshot: SheetSnapshot, location: FunnelLocation): PeriodHistory | null {
  if (namedArea(snapshot, "FunnelComparedPeriod") === null) return null;
  const cells = periodCellsOf(location.summaryRow);
  const text = (address: string) => {
    const { row, col } = parseCell(address);
    return insideBlock(location, row) ? periodLabel(valueAt(snapshot, row, col)) : "";
  };
  // The period the user chose to compare with is theirs: kept as typed whenever the block is written again.
  const latestPeriod = text(cells.latestPeriod);
  return {
    latestPeriod,
    comparePeriod: text(cells.comparePeriod),
    periods: trendPeriods(snapshot, location, latestPeriod),
  };
}

/**
 * The periods of the trend as the add-in last wrote them (the labels row, B onwards, up to the first
 * empty cell); a sheet laid out before the trend existed shows its latest closed period.
 */
function trendPeriods(snapshot: SheetSnapshot, location: FunnelLocation, latestPeriod: string): string[] {
  const row = periodCellsOf(location.summaryRow).trendHeaderRow;
  const periods: string[] = [];
  if (insideBlock(location, row)) {
    for (let j = 0; j < MAX_TREND_PERIODS; j++) {
      const label = periodLabel(valueAt(snapshot, row, columnNumber(trendColumn(j))));
      if (label.trim() === "") break;
      periods.push(label);
    }
  }
  return periods.length === 0 && latestPeriod !== "" ? [latestPeriod] : periods;
}

/** What the sheet shows of its comparison: the period in use and each step's change in points. */
export interface SheetComparison {
  period: string;
  /** The period typed in FunnelComparePeriod ("" = the latest closed), and the latest closed. */
  chosen: string;
  latest: string;
  /** Per step: conversion now − then (Q), null where the sheet shows nothing. */
  changes: (number | null)[];
}

/** The comparison as the sheet last computed it; null where the sheet has none or no period yet. */
export function comparisonOf(snapshot: SheetSnapshot, location: FunnelLocation): SheetComparison | null {
  const history = periodHistoryOf(snapshot, location);
  if (history === null) return null;
  const latest = parseCell(periodCellsOf(location.summaryRow).latestPeriod);
  const period = periodLabel(valueAt(snapshot, latest.row + 1, latest.col));
  if (period === "") return null;
  const changes: (number | null)[] = [];
  for (let row = location.firstStepRow; row <= location.lastStepRow; row++) {
    const change = valueAt(snapshot, row, columnNumber("Q"));
    changes.push(typeof change === "number" ? change : null);
  }
  return { period, changes, chosen: history.comparePeriod ?? "", latest: history.latestPeriod };
}

/** The cells that issues name for a funnel whose summary (the sale value) is on `summaryRow`. */
export function layoutAt(firstStepRow: number, summaryRow: number): FunnelLayout {
  return {
    firstStepRow,
    saleValueCell: `B${summaryRow}`,
    moneyCells: moneyCellsAt(summaryRow),
    nameCell: periodCellsOf(summaryRow).name,
  };
}

export function layoutOf(location: FunnelLocation): FunnelLayout {
  return layoutAt(location.firstStepRow, location.summaryRow);
}

/** The optional inputs where the add-in laid them out before (laid-out-inputs.ts); elsewhere not inputs yet. */
function moneyRows(snapshot: SheetSnapshot, location: FunnelLocation): RawMoney {
  const money: RawMoney = {};
  const cells = moneyCellsAt(location.summaryRow);
  for (const field of MONEY_FIELDS) {
    const { row, col } = parseCell(cells[field]);
    if (moneyInputLaidOut(snapshot, location, field, cells[field])) money[field] = valueAt(snapshot, row, col);
  }
  return money;
}

function nameOf(snapshot: SheetSnapshot, location: FunnelLocation): unknown {
  const { row, col } = parseCell(periodCellsOf(location.summaryRow).name);
  return insideBlock(location, row) ? valueAt(snapshot, row, col) : "";
}

export function funnelRows(snapshot: SheetSnapshot, location: FunnelLocation): RawFunnelRows {
  const column = (letter: string) =>
    Array.from({ length: location.lastStepRow - location.firstStepRow + 1 }, (_, i) =>
      valueAt(snapshot, location.firstStepRow + i, columnNumber(letter)),
    );
  return {
    names: column(INPUT_COLUMNS.name),
    results: column(INPUT_COLUMNS.result),
    improvements: column(INPUT_COLUMNS.improvement),
    saleValue: valueAt(snapshot, location.summaryRow, columnNumber(INPUT_COLUMNS.result)),
    money: moneyRows(snapshot, location),
    name: nameOf(snapshot, location),
    merged: mergedIssues(snapshot, location),
  };
}

export function parseFunnelRows(rows: RawFunnelRows, location: FunnelLocation, mode: unknown): Validation {
  // Merged cells are named as such, not as the empty cells they make.
  if (rows.merged.length > 0) return { input: null, errors: rows.merged, warnings: [] };
  const layout = layoutOf(location);
  return parseFunnelCells({
    firstStepRow: location.firstStepRow,
    ...rows,
    saleValueCell: location.saleValueCell,
    improvementMode: mode as ImprovementMode,
    ...(layout.moneyCells === undefined ? {} : { moneyCells: layout.moneyCells }),
    ...(layout.nameCell === undefined ? {} : { nameCell: layout.nameCell }),
  });
}

/**
 * Merged cells among the funnel's inputs (A..D from its first step down to its last row): Excel keeps
 * only what is in an area's first cell, so the others would read as empty. Each area is named as
 * merged, with its range, instead of its cells being reported as empty.
 */
export function mergedIssues(snapshot: SheetSnapshot, location: FunnelLocation): FunnelIssue[] {
  const lastRow = Math.max(location.summaryRow, location.previous?.lastRow ?? 0);
  return (snapshot.merged ?? [])
    .filter(
      (area) =>
        area.first.col <= columnNumber("D") && area.last.row >= location.firstStepRow && area.first.row <= lastRow,
    )
    .map((area) => {
      const cell = cellAddress(area.first.row, area.first.col);
      const range = `${cell}:${cellAddress(area.last.row, area.last.col)}`;
      return makeIssue("cell-merged", null, { cell, range });
    });
}
