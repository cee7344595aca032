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
 *  - The number format the add-in gave each of those cells, by the same runs ("F#2-601=1x3k9a"): a
 *    cell still holding it has the add-in's format, which the add-in may change (a new currency);
 *    any other format on it is the user's, and stays (decide-writes.ts). Where rows moved, a format
 *    the add-in gave anywhere in that column counts.
 *  - The add-in's charts, one entry per role ("@comparison={id}>A2:A7,C2:C7,E2:E7"): the chart's id,
 *    by which it is found again whatever Excel or the user named it (Excel on the web renames a chart
 *    it copies or moves, office-js issue 3034), and the ranges its data was last given, rows counted
 *    from the block's first row (so a chart is given data again only when they change). A chart made
 *    in the run that wrote the record has no id yet — Excel gives it one in that very request — so
 *    its id is "?" until a later run writes the record; meanwhile "K=..." lists (by hash) the charts
 *    the sheet had before, so that a chart of the add-in that lost its name can still be told from
 *    them (decide-charts.ts).
 *
 * Pure: the Excel adapter stores the text in a sheet-scoped name (excel/ownership.ts) and reads it back.
 */
import { columnNumber } from "./a1";
import { outsideText, plainFormula } from "./formula-text";

/**
 * The record's format, first in its text: FFW2 with formats and charts; FFW1 (cells only) is still
 * read. A record in another format is not read (treated as none).
 */
const FORMAT = "FFW2";
const CELLS_ONLY_FORMAT = "FFW1";

export interface RecordedCell {
  column: string;
  row: number;
  /** The content as Range.formulas gives it: "=..." for a formula, else the constant. */
  content: unknown;
  /** The number format the add-in gave the cell; undefined where it is not known. */
  numberFormat?: string;
}

/** The add-in's charts: the funnel (native or stacked bars), now versus forecast, and the trend. */
export const CHART_ROLES = ["funnel", "comparison", "trend"] as const;
export type ChartRole = (typeof CHART_ROLES)[number];

export interface RecordedChart {
  /** Chart.id; null while not known yet (the chart was made by the run that wrote the record). */
  id: string | null;
  /** The ranges the chart's data was given, rows counted from the block's first row ("A1:B6"). */
  ranges: string;
}

export interface RecordedCharts {
  byRole: ReadonlyMap<ChartRole, RecordedChart>;
  /** While an id is not known: hashes (chartKey) of the charts the sheet had before; else null. */
  known: ReadonlySet<string> | null;
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
  /** Prints of the formats given, by column letter and row offset; null in a record from before them. */
  formats: ReadonlyMap<string, string> | null;
  /** The prints of the formats given in each column (for where rows moved). */
  formatsByColumn: ReadonlyMap<string, ReadonlySet<string>>;
  /** The add-in's charts; null in a record from before them. */
  charts: RecordedCharts | null;
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

/** The print of a number format, as the record keeps it. */
export const formatPrint = (format: string): string => fnv1a(`m${format}`);

/** A chart's id as the record's list of charts the sheet had before keeps it. */
export const chartKey = (id: string): string => fnv1a(`c${id}`);

interface Print {
  offset: number;
  print: string;
}

/** One column's prints as runs of consecutive rows with one print: "C:1-600=abc" (`mark` ":" or "#"). */
function runsOf(column: string, mark: string, prints: Print[]): string[] {
  const list = [...prints].sort((a, b) => a.offset - b.offset);
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= list.length; i++) {
    const first = list[start];
    const current = list[i];
    const previous = list[i - 1];
    if (first === undefined || previous === undefined) continue;
    if (current !== undefined && current.print === first.print && current.offset === previous.offset + 1) continue;
    const span = previous.offset === first.offset ? `${first.offset}` : `${first.offset}-${previous.offset}`;
    runs.push(`${column}${mark}${span}=${first.print}`);
    start = i;
  }
  return runs;
}

/** A chart's id as the record can hold it inside its text; null (not known) for one it cannot. */
const storableId = (id: string | null): string | null => (id !== null && /^[^;>"~=]+$/.test(id) ? id : null);

/**
 * The record's text for `cells`, in a block whose first row is `top` and which is `height` rows tall,
 * with the add-in's charts (where given).
 */
export function encodeRecord(
  cells: readonly RecordedCell[],
  top: number,
  height: number,
  charts: RecordedCharts | null = null,
): string {
  const byColumn = new Map<string, { contents: Print[]; formats: Print[] }>();
  const shapes = new Map<string, Set<string>>();
  for (const cell of cells) {
    const lists = byColumn.get(cell.column) ?? { contents: [], formats: [] };
    const offset = cell.row - top;
    lists.contents.push({ offset, print: fingerprint(cell.content, cell.row, top) });
    if (cell.numberFormat !== undefined) lists.formats.push({ offset, print: formatPrint(cell.numberFormat) });
    byColumn.set(cell.column, lists);
    if (isFormula(cell.content)) {
      const columnShapes = shapes.get(cell.column) ?? new Set<string>();
      columnShapes.add(shape(cell.content));
      shapes.set(cell.column, columnShapes);
    }
  }
  const runs: string[] = [`H=${height}`];
  const columns = [...byColumn.keys()].sort((a, b) => columnNumber(a) - columnNumber(b));
  for (const column of columns) {
    const lists = byColumn.get(column) ?? { contents: [], formats: [] };
    runs.push(...runsOf(column, ":", lists.contents));
    const columnShapes = shapes.get(column);
    if (columnShapes !== undefined) runs.push(`${column}~${[...columnShapes].sort().join(".")}`);
    runs.push(...runsOf(column, "#", lists.formats));
  }
  for (const role of CHART_ROLES) {
    const chart = charts?.byRole.get(role);
    if (chart !== undefined) runs.push(`@${role}=${storableId(chart.id) ?? "?"}>${chart.ranges}`);
  }
  if (charts?.known != null) runs.push(`K=${[...charts.known].sort().join(".")}`);
  return [FORMAT, ...runs].join(";");
}

/**
 * The record in `text`, for a block whose first row is now `top` and which is now `height` rows tall;
 * null when there is none or it is unreadable.
 */
export function decodeRecord(text: string | null, top: number, height: number): WrittenRecord | null {
  if (text === null) return null;
  const [format, tall, ...runs] = text.split(";");
  if ((format !== FORMAT && format !== CELLS_ONLY_FORMAT) || tall === undefined || !/^H=\d+$/.test(tall)) return null;
  const withFormats = format === FORMAT;
  const fingerprints = new Map<string, string>();
  const formats = new Map<string, string>();
  const shapes = new Map<string, Set<string>>();
  const byRole = new Map<ChartRole, RecordedChart>();
  let known: Set<string> | null = null;
  for (const run of runs) {
    const shaped = /^([A-Z]{1,3})~([0-9a-z.]*)$/.exec(run);
    if (shaped !== null) {
      shapes.set(shaped[1] ?? "", new Set((shaped[2] ?? "").split(".")));
      continue;
    }
    const chart = withFormats ? /^@([a-z]+)=([^>]*)>([A-Z0-9:,]*)$/.exec(run) : null;
    if (chart !== null && (CHART_ROLES as readonly string[]).includes(chart[1] ?? "")) {
      byRole.set(chart[1] as ChartRole, { id: chart[2] === "?" ? null : (chart[2] ?? null), ranges: chart[3] ?? "" });
      continue;
    }
    const listed = withFormats ? /^K=([0-9a-z.]*)$/.exec(run) : null;
    if (listed !== null) {
      known = new Set((listed[1] ?? "").split(".").filter((key) => key !== ""));
      continue;
    }
    const match = (
      withFormats ? /^([A-Z]{1,3})([:#])(\d+)(?:-(\d+))?=([0-9a-z]+)$/ : /^([A-Z]{1,3})(:)(\d+)(?:-(\d+))?=([0-9a-z]+)$/
    ).exec(run);
    if (match === null) return null;
    const [, column, mark, from, to, print] = match as unknown as [
      string,
      string,
      string,
      string,
      string | undefined,
      string,
    ];
    // No funnel has a block this tall (MAX_SHEET_STEPS); such a run was not written by the add-in.
    if (Number(to ?? from) - Number(from) > 50_000) return null;
    const into = mark === "#" ? formats : fingerprints;
    for (let offset = Number(from); offset <= Number(to ?? from); offset++) into.set(`${column}${offset}`, print);
  }
  const formatsByColumn = new Map<string, Set<string>>();
  for (const [key, print] of formats) {
    const column = /^[A-Z]+/.exec(key)?.[0] ?? "";
    formatsByColumn.set(column, (formatsByColumn.get(column) ?? new Set<string>()).add(print));
  }
  for (const [key, print] of fingerprints) {
    const column = /^[A-Z]+/.exec(key)?.[0] ?? "";
    const columnShapes = shapes.get(column) ?? new Set<string>();
    columnShapes.add(print);
    shapes.set(column, columnShapes);
  }
  return {
    top,
    fingerprints,
    shapes,
    sameRows: Number(tall.slice(2)) === height,
    formats: withFormats ? formats : null,
    formatsByColumn,
    charts: withFormats ? { byRole, known } : null,
  };
}

/**
 * Whether `format` on the cell at `column`/`row` is the one the add-in gave it (where rows moved in the
 * block since: one it gave in that column); null where the record does not say (a record from before
 * formats were kept, a cell it holds no format of).
 */
export function gaveFormat(record: WrittenRecord, column: string, row: number, format: string): boolean | null {
  const formats = record.formats;
  if (formats === null) return null;
  const print = formatPrint(format);
  if (!record.sameRows) {
    const given = record.formatsByColumn.get(column);
    return given === undefined ? null : given.has(print);
  }
  const given = formats.get(`${column}${row - record.top}`);
  return given === undefined ? null : given === print;
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
