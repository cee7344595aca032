/**
 * Finds the funnel on a sheet:
 *  1. two or more selected rows win;
 *  2. a sheet the add-in laid out is found again by its sheet-scoped names;
 *  3. otherwise the article's layout: names in A, results in B, improvements in D, a header row above,
 *     steps in consecutive rows ending at the first empty row, starting on any row.
 */
import { columnNumber } from "./a1";
import { INPUT_COLUMNS, makeIssue } from "../funnel/validate";
import { TABLE_NAME } from "./block-layout";
export { TABLE_NAME } from "./block-layout";
import { isBlank, lastUsedRow, namedArea, valueAt, type SheetSnapshot } from "./sheet-snapshot";
import type { FunnelIssue } from "../funnel/types";

export interface FunnelLocation {
  sheetName: string;
  headerRow: number;
  firstStepRow: number;
  lastStepRow: number;
  summaryRow: number;
  saleValueCell: string;
  source: "selection" | "names" | "layout";
  /** Rows the add-in laid out before (from its table name), for ownership and clean-up; null if none. */
  previous: { firstRow: number; lastRow: number; summaryRow: number | null } | null;
}

/**
 * More selected rows than this is a whole-column or whole-sheet selection, not a funnel; a block of
 * steps longer than this is a data table the funnel runs into. Either way, reading on would mean
 * loading a large part of the sheet (5 MB per request in Excel on the web).
 */
export const MAX_SHEET_STEPS = 10_000;
const A = columnNumber(INPUT_COLUMNS.name);
const B = columnNumber(INPUT_COLUMNS.result);
const D = columnNumber(INPUT_COLUMNS.improvement);

function rowIsEmpty(snapshot: SheetSnapshot, row: number): boolean {
  return [A, B, D].every((col) => isBlank(valueAt(snapshot, row, col)));
}

function looksLikeHeader(snapshot: SheetSnapshot, row: number): boolean {
  const b = valueAt(snapshot, row, B);
  return typeof b === "string" && b.trim() !== "" && Number.isNaN(Number(b.trim().replace(/[,\s%]/g, "")));
}

function previousLayout(snapshot: SheetSnapshot): FunnelLocation["previous"] {
  const table = namedArea(snapshot, TABLE_NAME);
  if (table === null) return null;
  const sale = namedArea(snapshot, "FunnelSaleValue");
  return { firstRow: table.first.row, lastRow: table.last.row, summaryRow: sale?.first.row ?? null };
}

function located(
  snapshot: SheetSnapshot,
  source: FunnelLocation["source"],
  headerRow: number,
  firstStepRow: number,
  lastStepRow: number,
  previous: FunnelLocation["previous"],
): FunnelLocation {
  const namedSummary = previous?.summaryRow ?? null;
  const summaryRow = namedSummary !== null && namedSummary > lastStepRow ? namedSummary : lastStepRow + 2;
  return {
    sheetName: snapshot.sheetName,
    headerRow,
    firstStepRow,
    lastStepRow,
    summaryRow,
    saleValueCell: `B${summaryRow}`,
    source,
    previous,
  };
}

function noHeaderRoom(row: number): FunnelIssue {
  return makeIssue("no-header-row", null, { row, cell: `A${row}` });
}

/** Walks down from `first` while rows hold a step; stops before `stopBefore`; null past MAX_SHEET_STEPS. */
function lastStepFrom(snapshot: SheetSnapshot, first: number, stopBefore: number): number | null {
  let row = first;
  while (row + 1 < stopBefore && !rowIsEmpty(snapshot, row + 1)) {
    row++;
    if (row - first + 1 > MAX_SHEET_STEPS) return null;
  }
  return row;
}

function tooManySteps(first: number): LocateResult {
  return {
    location: null,
    issue: makeIssue("too-many-steps", null, { cell: `A${first}`, max: MAX_SHEET_STEPS }),
  };
}

/**
 * The whole block the add-in laid out on this sheet (from its names), whatever it holds now — what the
 * pane's own funnel replaces. Unlike locateFunnel it does not stop at an empty row: after Excel stopped
 * part-way through writing a funnel of another length, the block may hold a mix of old and new rows,
 * and the pane must still be able to write over all of it. Null where the add-in laid nothing out.
 */
export function laidOutBlock(snapshot: SheetSnapshot): FunnelLocation | null {
  const previous = previousLayout(snapshot);
  if (previous === null) return null;
  const header = previous.firstRow;
  const summary = previous.summaryRow !== null && previous.summaryRow > header + 1 ? previous.summaryRow : null;
  const lastStepRow = summary === null ? previous.lastRow : summary - 1;
  if (lastStepRow <= header) return null;
  return located(snapshot, "names", header, header + 1, lastStepRow, previous);
}

export type LocateResult = { location: FunnelLocation; issue: null } | { location: null; issue: FunnelIssue };

export function locateFunnel(snapshot: SheetSnapshot): LocateResult {
  const previous = previousLayout(snapshot);
  const used = lastUsedRow(snapshot);

  const selection = snapshot.selection;
  if (
    selection !== null &&
    selection.rowCount >= 2 &&
    selection.rowCount <= MAX_SHEET_STEPS &&
    selection.firstColumn <= D
  ) {
    let first = selection.firstRow;
    let last = Math.min(selection.firstRow + selection.rowCount - 1, used);
    if (looksLikeHeader(snapshot, first)) first++;
    while (last > first && rowIsEmpty(snapshot, last)) last--;
    if (last - first + 1 >= 2) {
      if (first === 1) return { location: null, issue: noHeaderRoom(first) };
      return { location: located(snapshot, "selection", first - 1, first, last, previous), issue: null };
    }
  }

  if (previous !== null) {
    const header = previous.firstRow;
    const stop = previous.summaryRow ?? used + 2;
    const first = header + 1;
    const last = lastStepFrom(snapshot, first, stop);
    if (last === null) return tooManySteps(first);
    for (let row = last + 2; row < stop; row++) {
      if (!rowIsEmpty(snapshot, row)) {
        return {
          location: null,
          issue: makeIssue("gap-in-steps", null, { row: last + 1, next: row, cell: `A${last + 1}` }),
        };
      }
    }
    return { location: located(snapshot, "names", header, first, last, previous), issue: null };
  }

  // The article layout starts at the first row where column B holds anything; a block of other data
  // (see otherData) is passed over, and the search goes on under it.
  let passedOver: number | null = null;
  for (let row = snapshot.firstUsedRowOfB ?? used + 1; row <= used; row++) {
    if (isBlank(valueAt(snapshot, row, B))) continue;
    const header = looksLikeHeader(snapshot, row) && !rowIsEmpty(snapshot, row + 1) ? row : row - 1;
    const first = header + 1;
    const last = lastStepFrom(snapshot, first, Number.POSITIVE_INFINITY);
    if (last !== null && otherData(snapshot, first, last)) {
      passedOver ??= first;
      row = last;
      continue;
    }
    if (header < 1) return { location: null, issue: noHeaderRoom(first) };
    if (last === null) return tooManySteps(first);
    return { location: located(snapshot, "layout", header, first, last, null), issue: null };
  }

  if (passedOver !== null)
    return {
      location: null,
      issue: makeIssue("other-data", null, { sheet: snapshot.sheetName, cell: `A${passedOver}` }),
    };
  return { location: null, issue: makeIssue("no-funnel", null, { sheet: snapshot.sheetName }) };
}

/** Text that a person typing a result meant as a number: "1,200", "1 200", "12%", "$5", "€ 90". */
function numberLike(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (typeof value !== "string") return false;
  const bare = value.trim().replace(/[\s,.'%$€£¥]/g, "");
  return bare !== "" && /^[-+(]?\d+\)?$/.test(bare);
}

/**
 * Rows first..last of the article layout hold something other than a funnel: no result in B is a
 * number, nor text meant as one (a list of names and e-mail addresses, a log of periods and products),
 * or column A holds no text at all while B holds numbers (a table of dates or figures). A funnel typed
 * with mistakes — results typed as text with a word in them, a missing name — still has numbers in B and
 * names in A, and is read so that its mistakes can be named cell by cell.
 */
function otherData(snapshot: SheetSnapshot, first: number, last: number): boolean {
  let numbers = 0;
  let names = 0;
  let filledNames = 0;
  for (let row = first; row <= last; row++) {
    if (numberLike(valueAt(snapshot, row, B))) numbers++;
    const name = valueAt(snapshot, row, A);
    if (!isBlank(name)) filledNames++;
    if (typeof name === "string" && name.trim() !== "" && !numberLike(name)) names++;
  }
  if (numbers === 0) return true;
  return filledNames >= 2 && names === 0;
}
