/**
 * Queues cell writes and clears as few, contiguous ranges: one range per run of consecutive rows in a
 * column, whatever the number of steps. Formulas go through `formulas` (English, comma separators).
 */
import { parseCell } from "../funnel/a1";
import type { PlannedCell } from "../funnel/plan-sheet";

interface Run<T> {
  column: string;
  firstRow: number;
  items: T[];
}

function runsOf<T>(items: readonly T[], place: (item: T) => { column: string; row: number }): Run<T>[] {
  const sorted = [...items].sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    return pa.column === pb.column ? pa.row - pb.row : pa.column < pb.column ? -1 : 1;
  });
  const runs: Run<T>[] = [];
  for (const item of sorted) {
    const { column, row } = place(item);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.column === column && last.firstRow + last.items.length === row)
      last.items.push(item);
    else runs.push({ column, firstRow: row, items: [item] });
  }
  return runs;
}

/** Text that Excel would turn into a formula or a number is prefixed with an apostrophe to stay text. */
export function asText(text: string): string {
  if (/^[=+\-@']/.test(text)) return `'${text}`;
  if (text.trim() !== "" && !Number.isNaN(Number(text.trim()))) return `'${text}`;
  return text;
}

function content(cell: PlannedCell): string | number {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return "";
  if (cell.text === true) return asText(String(cell.value));
  return cell.value;
}

export function queueCellWrites(sheet: Excel.Worksheet, cells: readonly PlannedCell[], headerRow: number): void {
  for (const run of runsOf(cells, (c) => ({ column: c.column, row: c.row }))) {
    const range = sheet.getRange(`${run.column}${run.firstRow}:${run.column}${run.firstRow + run.items.length - 1}`);
    // Number formats first, so that text formats apply before the values arrive.
    range.numberFormat = run.items.map((c) => [c.numberFormat ?? "General"]);
    range.formulas = run.items.map((c) => [content(c)]);
    if (run.firstRow <= headerRow && run.firstRow + run.items.length > headerRow) {
      sheet.getRange(`${run.column}${headerRow}`).format.font.bold = true;
    }
  }
}

export function queueClears(sheet: Excel.Worksheet, addresses: readonly string[]): void {
  const cells = addresses.map((address) => {
    const { row } = parseCell(address);
    return { column: address.replace(/\d+$/, ""), row };
  });
  for (const run of runsOf(cells, (c) => c)) {
    const range = sheet.getRange(`${run.column}${run.firstRow}:${run.column}${run.firstRow + run.items.length - 1}`);
    range.clear("Contents");
    range.numberFormat = run.items.map(() => ["General"]);
  }
}
