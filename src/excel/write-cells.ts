/**
 * Queues cell writes and clears as few, contiguous ranges: one range per run of consecutive rows in a
 * column, whatever the number of steps. Formulas go through `formulas` (English, comma separators).
 * A recalculation writes only what its decision lists (decide-writes.ts): the contents that differ,
 * the number formats the add-in may change, the header's bold on a header cell it makes.
 *
 * Writes are queued in an order that keeps the sheet consistent if Excel stops part-way (a batch is
 * not a transaction): the user's inputs first, then labels, then formulas column by column in the
 * order they depend on each other — C (conversion), E, F, G, H, I, J..L, the summary in B, then M and N
 * (which divide by the summary's revenue), O..Q (the period compared with is in B), R and S, and the
 * figures beside the summary (E, over B and the step columns) — so every formula already written refers
 * to cells that are already written. The labels beside the summary (D) come last: until the formulas
 * are in place, an old step row's E there may still multiply by that D.
 */
import { parseCell } from "../sheet/a1";
import type { WriteDecision } from "../sheet/decide-writes";
import { SIDE_COLUMNS } from "../sheet/plan-part";
import type { PlannedCell } from "../sheet/plan-sheet";
import { constantCell } from "./text-cell";

interface Run<T> {
  column: string;
  firstRow: number;
  items: T[];
}

/** Formula columns in dependency order; the summary (column B) before the columns that use its revenue. */
const FORMULA_ORDER = ["C", "E", "F", "G", "H", "I", "J", "K", "L", "B", "M", "N", "O", "P", "Q", "R", "S"];
/** After every column above: the figures beside the summary, then the labels beside them. */
const SIDE_FIGURES = 2 + FORMULA_ORDER.length + 1;

/**
 * Where a cell's run goes in the queue: inputs, then labels, then formulas in dependency order, then what
 * sits beside the summary (from `summaryRow` down).
 */
function rank(cell: PlannedCell, summaryRow: number): number {
  if (cell.role === "input") return 0;
  const beside = cell.row >= summaryRow && (cell.column === SIDE_COLUMNS.label || cell.column === SIDE_COLUMNS.value);
  if (cell.formula === undefined) return beside ? SIDE_FIGURES + 1 : 1;
  if (beside) return SIDE_FIGURES;
  const position = FORMULA_ORDER.indexOf(cell.column);
  return 2 + (position < 0 ? FORMULA_ORDER.length : position);
}

function runsOf<T>(items: readonly T[], place: (item: T) => { column: string; row: number; rank: number }): Run<T>[] {
  const sorted = [...items].sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    if (pa.rank !== pb.rank) return pa.rank - pb.rank;
    if (pa.column !== pb.column) return pa.column < pb.column ? -1 : 1;
    return pa.row - pb.row;
  });
  const runs: (Run<T> & { rank: number })[] = [];
  for (const item of sorted) {
    const { column, row, rank: r } = place(item);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.column === column && last.rank === r && last.firstRow + last.items.length === row)
      last.items.push(item);
    else runs.push({ column, firstRow: row, items: [item], rank: r });
  }
  return runs;
}

/** "C5:C9", or "C5" for one cell. */
export function runAddress(run: { column: string; firstRow: number; items: readonly unknown[] }): string {
  const last = run.firstRow + run.items.length - 1;
  return last === run.firstRow ? `${run.column}${last}` : `${run.column}${run.firstRow}:${run.column}${last}`;
}

/** Cell addresses grouped into runs of consecutive rows per column, column by column. */
function addressRuns(addresses: readonly string[]): Run<{ column: string; row: number }>[] {
  const cells = addresses.map((address) => ({ column: address.replace(/\d+$/, ""), row: parseCell(address).row }));
  return runsOf(cells, (c) => ({ ...c, rank: 0 }));
}

/** The addresses as a short list of column runs ("C5:C9, E5:E9"), in the order they are written. */
export function describeCells(addresses: readonly string[]): string[] {
  return addressRuns(addresses).map(runAddress);
}

function content(cell: PlannedCell): string | number {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return "";
  return constantCell(cell.value);
}

export function queueCellWrites(
  sheet: Excel.Worksheet,
  cells: readonly PlannedCell[],
  headerRow: number,
  summaryRow = Number.POSITIVE_INFINITY,
): void {
  for (const run of runsOf(cells, (c) => ({ column: c.column, row: c.row, rank: rank(c, summaryRow) }))) {
    const range = sheet.getRange(runAddress(run));
    range.numberFormat = run.items.map((c) => [c.numberFormat ?? "General"]);
    range.formulas = run.items.map((c) => [content(c)]);
  }
  for (const cell of cells) if (cell.row === headerRow) sheet.getRange(cell.address).format.font.bold = true;
}

/**
 * Queues what a decision writes, run by run in the order above; a run's cells that need the same
 * (format, content, or both) share one range: first the bold of the header cells it makes, then the
 * number formats (so that a text format applies before its value arrives), then the contents. Bold and
 * format go on before the content: if Excel stops in between, the cell is still empty, so the next run
 * makes it again, bold and all.
 */
export function queueDecidedWrites(
  sheet: Excel.Worksheet,
  decision: WriteDecision,
  headerRow: number,
  summaryRow = Number.POSITIVE_INFINITY,
): void {
  const formatted = new Set(decision.formats.map((c) => c.address));
  const written = new Set(decision.writes.map((c) => c.address));
  const cells = [...decision.writes, ...decision.formats.filter((c) => !written.has(c.address))];
  const needs = (c: PlannedCell) => (formatted.has(c.address) ? 1 : 0) + (written.has(c.address) ? 2 : 0);
  const parts = runsOf(cells, (c) => ({ column: c.column, row: c.row, rank: rank(c, summaryRow) * 4 + needs(c) }));
  for (const part of parts) {
    const first = part.items[0];
    if (first === undefined) continue;
    for (const cell of part.items) {
      if (cell.row === headerRow && decision.made.has(cell.address))
        sheet.getRange(cell.address).format.font.bold = true;
    }
    const range = sheet.getRange(runAddress(part));
    if (formatted.has(first.address)) range.numberFormat = part.items.map((c) => [c.numberFormat ?? "General"]);
    if (written.has(first.address)) range.formulas = part.items.map((c) => [content(c)]);
  }
}

/**
 * Clears cells the add-in wrote before and no longer needs: the number format first (where it is the
 * add-in's, `formats`), then the content, so that if Excel stops in between, the cell still holds the
 * add-in's content and the next run recognises it and finishes the job.
 */
export function queueClears(sheet: Excel.Worksheet, addresses: readonly string[], formats: readonly string[]): void {
  for (const run of addressRuns(formats)) {
    sheet.getRange(runAddress(run)).numberFormat = run.items.map(() => ["General"]);
  }
  for (const run of addressRuns(addresses)) sheet.getRange(runAddress(run)).clear("Contents");
}
