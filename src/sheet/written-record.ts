/**
 * The record of what the add-in wrote: one fingerprint per cell it owns, so that a later run can tell
 * its own content from a colleague's edit (a number typed over a formula, a formula of their own).
 *
 *  - A cell's fingerprint is a 32-bit FNV-1a hash of its content as Range.formulas gives it, spaces
 *    and case outside text ignored. Inside a formula, a relative row reference is counted from the
 *    cell's own row and an absolute one from the block's first row, so rows inserted above the block
 *    (which Excel shifts every reference for) leave every fingerprint as it was.
 *  - Cells are keyed by column and by row counted from the block's first row (the header row).
 *  - Consecutive rows of one column with one fingerprint are one run ("F:2-601=1x3k9a"): the formulas
 *    of a column repeat row after row, so the record grows with the columns and labels of the funnel,
 *    not with its steps (a few hundred bytes at 6 steps and at 600).
 *  - Rows inserted or deleted inside the block (a step added in Excel) move cells and change the rows
 *    their formulas point at. The record keeps the block's height: where the block is now taller or
 *    shorter, a cell is the add-in's when its content has the shape of one the add-in wrote in that
 *    column — the same formula with every reference (or #REF!) counted as one — since which cells a
 *    formula points at is exactly what such an edit of the sheet changes. An edit that changes only
 *    a reference goes unnoticed then; any other formula, a number or a text over a formula does not.
 *
 * Pure: the Excel adapter stores the text in a sheet-scoped name (excel/ownership.ts) and reads it back.
 */
import { columnNumber } from "./a1";
import { outsideText, plainFormula } from "./formula-text";

/** The record's format, first in its text: a record in another format is not read (treated as none). */
const FORMAT = "FFW1";

export interface RecordedCell {
  column: string;
  row: number;
  /** The content as Range.formulas gives it: "=..." for a formula, else the constant. */
  content: unknown;
}

/** A parsed record: fingerprints by column letter and row offset from the block's first row. */
export interface WrittenRecord {
  /** The block's first row the offsets count from, on the sheet as it was read. */
  top: number;
  fingerprints: ReadonlyMap<string, string>;
  /**
   * What was written by column, where rows were inserted or deleted in the block since: the shapes of
   * its formulas and the fingerprints of its constants (which do not depend on the row).
   */
  shapes: ReadonlyMap<string, ReadonlySet<string>>;
  /** False where the block is taller or shorter now than when it was written. */
  sameRows: boolean;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A row reference, outside text: optional sheet part before it is left as it is. */
const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/** A plain formula with its row references made relative (see above). */
function normalFormula(formula: string, row: number, top: number): string {
  return outsideText(plainFormula(formula), (part) =>
    part.replace(
      REFERENCE,
      (_m, before: string, dollarColumn: string, letters: string, dollarRow: string, digits: string) => {
        const at = Number(digits);
        const rowPart = dollarRow === "$" ? `{${at - top}}` : `[${at - row}]`;
        return `${before}${dollarColumn}${letters}${dollarRow}${rowPart}`;
      },
    ),
  );
}

/** The shape of a formula: every reference in it, or what is left of one after its cells were deleted, counted as one. */
export function shape(formula: string): string {
  const shaped = outsideText(plainFormula(formula), (part) =>
    part.replace(/#REF!/g, "@").replace(REFERENCE, (_m, before: string) => `${before}@`),
  );
  return fnv1a(`s${shaped}`);
}

const isFormula = (content: unknown): content is string => typeof content === "string" && content.startsWith("=");

/** The fingerprint of a cell's content at `row`, in a block whose first row is `top`. */
export function fingerprint(content: unknown, row: number, top: number): string {
  if (isFormula(content)) return fnv1a(`f${normalFormula(content, row, top)}`);
  if (typeof content === "number") return fnv1a(`n${content}`);
  if (typeof content === "boolean") return fnv1a(`b${content}`);
  return fnv1a(`t${typeof content === "string" ? content : JSON.stringify(content ?? "")}`);
}

/** The record's text for `cells`, in a block whose first row is `top` and which is `height` rows tall. */
export function encodeRecord(cells: readonly RecordedCell[], top: number, height: number): string {
  const byColumn = new Map<string, { offset: number; print: string }[]>();
  const shapes = new Map<string, Set<string>>();
  for (const cell of cells) {
    const list = byColumn.get(cell.column) ?? [];
    list.push({ offset: cell.row - top, print: fingerprint(cell.content, cell.row, top) });
    byColumn.set(cell.column, list);
    if (isFormula(cell.content)) {
      const columnShapes = shapes.get(cell.column) ?? new Set<string>();
      columnShapes.add(shape(cell.content));
      shapes.set(cell.column, columnShapes);
    }
  }
  const runs: string[] = [`H=${height}`];
  const columns = [...byColumn.keys()].sort((a, b) => columnNumber(a) - columnNumber(b));
  for (const column of columns) {
    const list = (byColumn.get(column) ?? []).sort((a, b) => a.offset - b.offset);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const first = list[start];
      const current = list[i];
      const previous = list[i - 1];
      if (first === undefined || previous === undefined) continue;
      if (current !== undefined && current.print === first.print && current.offset === previous.offset + 1) continue;
      const span = previous.offset === first.offset ? `${first.offset}` : `${first.offset}-${previous.offset}`;
      runs.push(`${column}:${span}=${first.print}`);
      start = i;
    }
    const columnShapes = shapes.get(column);
    if (columnShapes !== undefined) runs.push(`${column}~${[...columnShapes].sort().join(".")}`);
  }
  return [FORMAT, ...runs].join(";");
}

/**
 * The record in `text`, for a block whose first row is now `top` and which is now `height` rows tall;
 * null when there is none or it is unreadable.
 */
export function decodeRecord(text: string | null, top: number, height: number): WrittenRecord | null {
  if (text === null) return null;
  const [format, tall, ...runs] = text.split(";");
  if (format !== FORMAT || tall === undefined || !/^H=\d+$/.test(tall)) return null;
  const fingerprints = new Map<string, string>();
  const shapes = new Map<string, Set<string>>();
  for (const run of runs) {
    const shaped = /^([A-Z]{1,3})~([0-9a-z.]*)$/.exec(run);
    if (shaped !== null) {
      shapes.set(shaped[1] ?? "", new Set((shaped[2] ?? "").split(".")));
      continue;
    }
    const match = /^([A-Z]{1,3}):(\d+)(?:-(\d+))?=([0-9a-z]+)$/.exec(run);
    if (match === null) return null;
    const [, column, from, to, print] = match as unknown as [string, string, string, string | undefined, string];
    // No funnel has a block this tall (MAX_SHEET_STEPS); such a run was not written by the add-in.
    if (Number(to ?? from) - Number(from) > 50_000) return null;
    for (let offset = Number(from); offset <= Number(to ?? from); offset++) {
      fingerprints.set(`${column}${offset}`, print);
    }
  }
  for (const [key, print] of fingerprints) {
    const column = /^[A-Z]+/.exec(key)?.[0] ?? "";
    const columnShapes = shapes.get(column) ?? new Set<string>();
    columnShapes.add(print);
    shapes.set(column, columnShapes);
  }
  return { top, fingerprints, shapes, sameRows: Number(tall.slice(2)) === height };
}

/** True when the add-in wrote the cell at `column`/`row` (where rows moved since: anything in that column). */
export function wroteAt(record: WrittenRecord, column: string, row: number): boolean {
  if (!record.sameRows) return record.shapes.has(column);
  return record.fingerprints.has(`${column}${row - record.top}`);
}

/**
 * True when the cell at `column`/`row` holds what the record says the add-in wrote there — or, where
 * rows were inserted or deleted in the block since, content of a shape it wrote in that column.
 */
export function holdsRecorded(record: WrittenRecord, column: string, row: number, content: unknown): boolean {
  if (!record.sameRows) {
    const print = isFormula(content) ? shape(content) : fingerprint(content, row, record.top);
    return record.shapes.get(column)?.has(print) === true;
  }
  const recorded = record.fingerprints.get(`${column}${row - record.top}`);
  return recorded !== undefined && recorded === fingerprint(content, row, record.top);
}

/** The sheet-scoped name(s) the record is kept in: FunnelForecastWritten, then …2, …3 if it is long. */
export const RECORD_NAME = "FunnelForecastWritten";
/** Excel refuses a text of more than 255 characters inside a formula, and a formula over 8,192. */
const LITERAL = 255;
const PER_NAME = 30 * LITERAL;

/** The formulas of the record's names, in order: text literals joined with &. */
export function recordFormulas(text: string): string[] {
  const formulas: string[] = [];
  for (let start = 0; start < text.length || start === 0; start += PER_NAME) {
    const part = text.slice(start, start + PER_NAME);
    const literals: string[] = [];
    for (let i = 0; i < part.length || i === 0; i += LITERAL) literals.push(`"${part.slice(i, i + LITERAL)}"`);
    formulas.push(`=${literals.join("&")}`);
  }
  return formulas;
}

/** The names the record's formulas go in, in order. */
export function recordNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? RECORD_NAME : `${RECORD_NAME}${i + 1}`));
}

/**
 * The record's text from the sheet's names (name → formula, as Excel gives them), or null when the
 * sheet has none (a file from before the record, a sheet never written) or one the add-in cannot read.
 */
export function recordText(formulas: ReadonlyMap<string, string>): string | null {
  const parts: string[] = [];
  for (const name of recordNames(100)) {
    const formula = formulas.get(name);
    if (formula === undefined) break;
    const literals = /^="[^"]*"(?:&"[^"]*")*$/.test(formula) ? (formula.match(/"[^"]*"/g) ?? []) : null;
    if (literals === null) return null;
    parts.push(literals.map((l) => l.slice(1, -1)).join(""));
  }
  return parts.length === 0 ? null : parts.join("");
}
