/**
 * closePeriod: copies the active sheet's funnel — each step's name and result, and the sale value — into
 * the FunnelHistory table under a period label, and lays the sheet out again to compare with it.
 *
 *  - The first close makes the history sheet (named in the sheet's language), the table and its
 *    workbook-scoped column names, which the funnel sheets' comparison formulas use.
 *  - It only appends. Closing a label this funnel already has replaces this funnel's rows for that
 *    label, and only after the caller confirms (`replace`); every other row — other funnels, other
 *    periods, rows the user added or edited — stays exactly as it is.
 *  - A table that is gone while its names remain (renamed or deleted), or a history row whose result is
 *    not a number, is reported with its cell, and nothing is written.
 *
 * Round trips: the sheet and what exists (1), the history's rows when there is a history (2), the
 * writes (3).
 */
import { columnLetter } from "../sheet/a1";
import { funnelRows, parseFunnelRows, periodHistoryOf } from "../sheet/funnel-rows";
import { locateFunnel } from "../sheet/locate-funnel";
import {
  HISTORY_COLUMNS,
  HISTORY_TABLE_NAME,
  MAX_PERIOD_LABEL,
  historyRowsFor,
  periodsOf,
  sameText,
} from "../funnel/periods";
export { suggestedPeriodLabel } from "../funnel/periods";
import { historyHeaders } from "../sheet/workbook-labels";
import type { FunnelLocation } from "../sheet/locate-funnel";
import type { SheetSnapshot } from "../sheet/sheet-snapshot";
import type { FunnelInput, FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import { nameProblem } from "../funnel/name-limits";
import { fromRead } from "./apply-plan";
import { uniqueSheetName } from "./new-funnel-sheet";
import { planOptionsOf, resolveOptions, sheetWording, type ExcelOptions } from "./options";
import { notFunnelSheetIssue, readSheet, readUntilLoaded, SETTING_CURRENCY, storedCurrencyOf } from "./read-sheet";
import { applyReadyRun, planAsIs, readyRun, storedMode, type RecalculateResult } from "./recalculate";
import { constantCell, textCell } from "./text-cell";

export interface ClosePeriodOptions extends ExcelOptions {
  /**
   * Replace this funnel's rows for the label, after the user said yes to the rows they were shown: the
   * `seen` of that "confirm" answer. The answer counts only while the history still holds those rows;
   * where a co-author (or the user, in the sheet) changed them since, the question is asked again.
   */
  replace?: string;
  /** yyyy-mm-dd; default: today. */
  closedOn?: string;
}

export type ClosePeriodResult =
  | { status: "closed"; period: string; rows: number; replaced: number; recalculation: RecalculateResult }
  | {
      status: "confirm";
      period: string;
      existing: number;
      /** What the user is asked to replace, to hand back as `replace` when they say yes. */
      seen: string;
      /** They said yes to other rows: the history changed since they were asked. */
      changed: boolean;
    }
  | { status: "refused"; errors: FunnelIssue[] };

/** The period label as typed, or the issue with it. */
export function checkPeriodLabel(label: string): { label: string } | { issue: FunnelIssue } {
  const trimmed = label.trim();
  if (trimmed === "") return { issue: makeIssue("period-label-empty", null, {}) };
  if (trimmed.length > MAX_PERIOD_LABEL) {
    return { issue: makeIssue("period-label-too-long", null, { value: trimmed, max: MAX_PERIOD_LABEL }) };
  }
  const problem = nameProblem(trimmed, "");
  if (problem !== null) return { issue: makeIssue(problem.code, null, problem.params) };
  return { label: trimmed };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rows of the table's body whose result or sale value is not a number, named by their cell. */
function brokenRows(values: readonly (readonly unknown[])[], sheetName: string, firstRow: number): FunnelIssue[] {
  const broken: FunnelIssue[] = [];
  values.forEach((line, i) => {
    const [, , , , result, saleValue] = line;
    const blank = line.every((v) => v === "" || v === null);
    if (blank) return;
    for (const [value, column] of [
      [result, 5],
      [saleValue, 6],
    ] as const) {
      if (typeof value !== "number") {
        const cell = `'${sheetName}'!${columnLetter(column)}${firstRow + i}`;
        broken.push(makeIssue("history-row-broken", null, { cell, value: String(value) }));
      }
    }
  });
  return broken;
}

type Found =
  { errors: FunnelIssue[] } | { snapshot: SheetSnapshot; location: FunnelLocation; input: FunnelInput; funnel: string };

export async function closePeriod(
  context: Excel.RequestContext,
  label: string,
  options: ClosePeriodOptions = {},
): Promise<ClosePeriodResult> {
  const checked = checkPeriodLabel(label);
  if ("issue" in checked) return { status: "refused", errors: [checked.issue] };
  const period = checked.label;
  const resolved = resolveOptions(options);
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getActiveWorksheet();
  const table = workbook.tables.getItemOrNullObject(HISTORY_TABLE_NAME);
  const firstName = workbook.names.getItemOrNullObject(HISTORY_COLUMNS[0].name);
  const read = await readSheet(
    context,
    sheet,
    () => {
      table.load("name");
      firstName.load("type");
    },
    resolved.supportsMergedAreas,
  );
  const onOverview = notFunnelSheetIssue(read);
  if (onOverview !== null) return { status: "refused", errors: [onOverview] };
  const facts = fromRead(read, resolved, false);

  const run = await readUntilLoaded(context, read, (snapshot): Found => {
    const found = locateFunnel(snapshot);
    if (found.location === null) return { errors: [found.issue] };
    const location = found.location;
    const rows = funnelRows(snapshot, location);
    const parsed = parseFunnelRows(rows, location, storedMode(read, options));
    if (parsed.input === null) return { errors: parsed.errors };
    return { snapshot, location, input: parsed.input, funnel: parsed.input.name ?? snapshot.sheetName };
  });
  if (!("input" in run)) return { status: "refused", errors: run.errors };
  const wording = sheetWording(resolved, storedCurrencyOf(read), run.snapshot, run.location);

  let replaceIndexes: number[] = [];
  let closedBefore: { funnel: string; period: string }[] = [];
  if (!table.isNullObject) {
    const body = table.getDataBodyRange();
    body.load("values,rowIndex");
    const historySheet = table.worksheet;
    historySheet.load("name");
    await context.sync();
    const broken = brokenRows(body.values as unknown[][], historySheet.name, body.rowIndex + 1);
    if (broken.length > 0) return { status: "refused", errors: broken };
    closedBefore = (body.values as unknown[][]).map((line) => ({ funnel: String(line[0]), period: String(line[1]) }));
    replaceIndexes = (body.values as unknown[][])
      .map((line, i) => (sameText(String(line[0]), run.funnel) && sameText(String(line[1]), period) ? i : -1))
      .filter((i) => i >= 0);
    const seen = JSON.stringify(replaceIndexes.map((i) => [i, (body.values as unknown[][])[i]]));
    if (replaceIndexes.length > 0 && options.replace !== seen) {
      return {
        status: "confirm",
        period,
        existing: replaceIndexes.length,
        seen,
        changed: options.replace !== undefined,
      };
    }
  } else if (!firstName.isNullObject) {
    return { status: "refused", errors: [makeIssue("history-table-missing", null, { table: HISTORY_TABLE_NAME })] };
  }

  const newRows = historyRowsFor(
    run.funnel,
    period,
    run.input.steps,
    run.input.averageSaleValue,
    options.closedOn ?? today(),
  );
  const before = periodHistoryOf(run.snapshot, run.location);
  // The block laid out with the new period may reach rows not read yet (a trend under a long funnel).
  const ready = await readUntilLoaded(context, read, (snapshot) => {
    const planOptions = { ...planOptionsOf(wording), sheetName: snapshot.sheetName };
    return readyRun(
      snapshot,
      run.location,
      run.input,
      read,
      facts,
      {
        ...planOptions,
        history: {
          latestPeriod: period,
          comparePeriod: before?.comparePeriod ?? "",
          // A label closed again keeps its place in the trend; a new one comes last.
          periods: periodsOf([...closedBefore, { funnel: run.funnel, period }], run.funnel, before?.periods),
        },
      },
      // A sheet from before the record: what a recalculation would write now is the add-in's.
      () => planAsIs(snapshot, run.location, read, planOptions),
    );
  });
  if (ready.decided.decision.conflicts.length > 0) {
    return { status: "refused", errors: ready.decided.decision.conflicts };
  }
  // Every text as text (the funnel's and the steps' names, the period, the date it was closed on).
  const values = newRows.map((row) => HISTORY_COLUMNS.map((column) => constantCell(row[column.key])));
  const recalculation = await applyReadyRun(context, read, ready, () => {
    // The money is formatted in the currency the pane holds: the workbook keeps it, as a write of the
    // inputs would, so that a colleague's run formats it the same.
    if (resolved.currency !== undefined && storedCurrencyOf(read) !== resolved.currency) {
      workbook.settings.add(SETTING_CURRENCY, resolved.currency);
    }
    if (table.isNullObject) {
      // A new history sheet speaks the funnel sheet's language.
      const labels = wording.labels;
      const name = uniqueSheetName(
        read.sheets.items.map((s) => s.name),
        labels.historySheet,
      );
      const history = workbook.worksheets.add(name);
      history.getRange("A1:G1").values = [historyHeaders(labels).map(textCell)];
      const created = history.tables.add(`'${name.replace(/'/g, "''")}'!A1:G1`, true);
      created.name = HISTORY_TABLE_NAME;
      created.rows.add(undefined, values);
      HISTORY_COLUMNS.forEach((column, i) => {
        const letter = columnLetter(i + 1);
        workbook.names.add(column.name, history.getRange(`${letter}:${letter}`));
      });
      return;
    }
    // Bottom up, so that each index still points at its row.
    for (const index of [...replaceIndexes].reverse()) table.rows.getItemAt(index).delete();
    table.rows.add(undefined, values);
  });
  return {
    status: "closed",
    period,
    rows: newRows.length,
    replaced: replaceIndexes.length,
    recalculation,
  };
}
