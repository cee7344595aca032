/**
 * Decides, cell by cell, what a recalculation may write. The add-in writes only cells it owns: empty
 * cells, cells already holding what it would write, and cells inside the block it laid out before (its
 * table name) that still hold what it wrote there (the record, written-record.ts). A header label the
 * user typed is kept as it is. Anything else is a conflict: nothing is written and each cell is named —
 * inside the block as edited by hand (with what it holds and what the add-in would write), outside it
 * as taken. Only cells the user listed and agreed to (`replace`) are written over.
 *
 * A block laid out before the record existed has none: there a cell is the add-in's only when it holds
 * what the add-in would write for the sheet as it is (`ownership.standIn`), or a label the add-in
 * writes in one of its languages.
 *
 * Of the cells it may write, it writes only what differs (a rerun of an unchanged funnel writes
 * nothing; its formulas are live, so new results or improvements need no write either):
 *  - the content, where the cell does not hold what the plan says;
 *  - the number format, where the cell is made now (it was empty, or an output goes where the add-in
 *    had not written, such as an input the pane's funnel replaces), or where it still has the format
 *    the add-in gave it (by the record, written-record.ts) and the plan's is another (a new currency).
 *    A cell in Excel's General format has no format anyone chose: it gets the add-in's too — so a funnel
 *    typed by hand shows its improvements in D as percent and its sale value as money once recalculated,
 *    and a number typed into such a cell afterwards means what the column means (15 typed in D is 15 %).
 *    Any other format on its cell is the user's and stays. Where the record does not say which format
 *    the add-in gave (a sheet written by an older version), a format other than the plan's is taken
 *    for the user's too: it is the safe reading, at the cost of such a cell not following a later
 *    change of currency.
 * The record then holds, for every cell the add-in owns, the plan's format as the one it gave: a cell
 * showing another is the user's from then on.
 * Fonts, fills and column widths are never written here: the header's bold goes only on a header cell
 * made now (write-cells.ts).
 */
import { columnLetter, columnNumber, parseCell } from "./a1";
import { INPUT_COLUMNS, makeIssue } from "../funnel/validate";
import { describeUnknown } from "../funnel/raw-value";
import type { FunnelLocation } from "./locate-funnel";
import type { PlannedCell, SheetPlan } from "./plan-sheet";
import { SPACER_COLUMN } from "./plan-sheet";
import { MONEY_COLUMNS } from "./plan-money";
import { PERIOD_COLUMNS } from "./plan-periods";
import { MEASURE_COLUMNS } from "./plan-measure";
import { optionalInputCells } from "./laid-out-inputs";
import { plainFormula } from "./formula-text";
import { normalizeLabel } from "./labels";
import { cellAt, formulaAt, isBlank, valueAt, type SheetSnapshot } from "./sheet-snapshot";
import type { FunnelIssue } from "../funnel/types";
import { gaveFormat, holdsRecorded, wroteAt, type RecordedCell, type WrittenRecord } from "./written-record";

export interface WriteDecision {
  /** Cells whose content the run writes (what they hold is not what the plan says), in plan order. */
  writes: PlannedCell[];
  /** Cells whose number format the run writes (see above), in plan order. */
  formats: PlannedCell[];
  /** The format each of those has before the run (null: not known), to put back if Excel stops. */
  formatsBefore: ReadonlyMap<string, string | null>;
  /** Addresses of the cells the run makes (empty before): a header made now gets the header's bold. */
  made: ReadonlySet<string>;
  /** Every output cell the add-in holds after the run, with the format it gave it: the record's cells. */
  owned: RecordedCell[];
  /** Addresses of cells the add-in wrote before and no longer needs; cleared before writing. */
  clears: string[];
  /** Of those, the ones still in a format the add-in gave them, which goes too. */
  clearFormats: string[];
  /** Cells holding what the user typed where the add-in needs to write; non-empty means write nothing. */
  conflicts: FunnelIssue[];
  /** Header cells (and the sale value's label) where the user's own label was kept. */
  keptHeaders: string[];
}

export interface DecideOptions {
  /** Also write the inputs (A, B, D, sale value): only on the user's explicit action. */
  writeInputs: boolean;
  /** Write column I for the stacked-bar chart's spacer series. */
  includeSpacer: boolean;
  /** Every header and summary label the add-in writes, in every language it speaks. */
  knownLabels: ReadonlySet<string>;
  /** What the add-in wrote in the block before; see Ownership. */
  ownership: Ownership;
  /** Cells edited by hand that the user agreed to have written over ("Replace my edits"). */
  replace?: ReadonlySet<string>;
}

export interface Ownership {
  /** The sheet's record of what the add-in last wrote in its block; null for none. */
  record: WrittenRecord | null;
  /** Where there is no record: what the add-in would write for the sheet as it is, as a record. */
  standIn: WrittenRecord | null;
}

/** No block laid out before, or nothing known of it. */
export const NO_OWNERSHIP: Ownership = { record: null, standIn: null };

const OUTPUT_COLUMNS = [
  "C",
  "E",
  "F",
  "G",
  "H",
  SPACER_COLUMN,
  ...MONEY_COLUMNS,
  ...PERIOD_COLUMNS,
  ...MEASURE_COLUMNS,
];
const INPUT_LETTERS: readonly string[] = Object.values(INPUT_COLUMNS);

const GENERAL = "General";

/**
 * The cell's number format, as Range.numberFormat would give it; null where the read did not say (no
 * formats read, or an empty cell outside the used part of the rows read).
 */
function numberFormatAt(snapshot: SheetSnapshot, row: number, col: number): string | null {
  const format = cellAt(snapshot, (b) => b.numberFormats ?? [], row, col);
  return typeof format === "string" ? format : null;
}

/** True when a cell read back through Range.formulas holds exactly what the plan writes there. */
export function isInPlace(formula: unknown, planned: PlannedCell): boolean {
  return holdsPlanned(formula, formula, planned);
}

function holdsPlanned(formula: unknown, value: unknown, planned: PlannedCell): boolean {
  if (planned.formula !== undefined)
    return typeof formula === "string" && plainFormula(formula) === plainFormula(planned.formula);
  if (planned.value === undefined) return false;
  if (typeof planned.value === "number") return value === planned.value;
  return typeof value === "string" && value === planned.value;
}

/** A cell's content as a message shows it: its formula, or its value in quotes. */
function shownContent(formula: unknown, value: unknown): string {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  return `"${describeUnknown(value)}"`;
}

export function decideWrites(
  plan: SheetPlan,
  snapshot: SheetSnapshot,
  location: FunnelLocation | null,
  options: DecideOptions,
): WriteDecision {
  const previous = location?.previous ?? null;
  const inPrevious = (row: number) => previous !== null && row >= previous.firstRow && row <= previous.lastRow;
  const { record, standIn } = options.ownership;
  const isOurs = (row: number, col: number): boolean => {
    if (!inPrevious(row)) return false;
    const content = formulaAt(snapshot, row, col);
    const column = columnLetter(col);
    if (record !== null) return holdsRecorded(record, column, row, content);
    if (standIn !== null && holdsRecorded(standIn, column, row, content)) return true;
    return typeof content === "string" && !content.startsWith("=") && options.knownLabels.has(normalizeLabel(content));
  };
  /**
   * A cell of the old block the add-in wrote (by its record, or for an older sheet by what it would
   * write there): content there that is not its own is an edit of its cell, which the user may have it
   * replace. Elsewhere — an input of the old block, a cell it never wrote — the content is the user's own.
   */
  const wasOurs = (row: number, column: string): boolean => {
    if (!inPrevious(row)) return false;
    const known = record ?? standIn;
    return known !== null && wroteAt(known, column, row);
  };
  /**
   * The optional inputs (money, the sales cycle and lifetime value, the funnel's name, the period to
   * compare with): where the block laid out before has them they are the user's; elsewhere those cells
   * are not inputs yet (laid-out-inputs.ts).
   */
  const oldMoneyInputs = location === null ? [] : optionalInputCells(snapshot, location, location.summaryRow, true);
  const newMoneyInputs = optionalInputCells(snapshot, location, plan.summaryRow, false);
  /** Cells holding the user's current inputs, which an explicit "write inputs" may replace. */
  const isOldInput = (row: number, column: string): boolean => {
    if (location === null) return false;
    const address = `${column}${row}`;
    if (address === location.saleValueCell || oldMoneyInputs.includes(address)) return true;
    return INPUT_LETTERS.includes(column) && row >= location.firstStepRow && row <= location.lastStepRow;
  };

  /**
   * The label of what the add-in wants to write there: its column header, or under the summary its line's
   * label (the nearest label to its left: A for B, D for E).
   */
  const purposeOf = (cell: PlannedCell): string => {
    const col = columnNumber(cell.column);
    if (cell.row >= plan.summaryRow) {
      const label = plan.cells
        .filter((c) => c.row === cell.row && c.text === true && columnNumber(c.column) <= col)
        .sort((a, b) => columnNumber(b.column) - columnNumber(a.column))[0];
      return String(label?.value ?? cell.address);
    }
    const header = plan.cells.find((c) => c.row === plan.headerRow && c.column === cell.column);
    return String(header?.value ?? cell.address);
  };

  const candidates = [...plan.cells, ...(options.includeSpacer ? plan.spacerCells : [])].filter(
    (cell) => cell.role === "output" || options.writeInputs,
  );
  /** Whether the cell's format `format` is the one the add-in gave it; null where nothing says. */
  const gave = (row: number, column: string, format: string): boolean | null => {
    if (!inPrevious(row) || record === null) return null;
    return gaveFormat(record, column, row, format);
  };
  const writes: PlannedCell[] = [];
  const formats: PlannedCell[] = [];
  const formatsBefore = new Map<string, string | null>();
  const made = new Set<string>();
  const owned: RecordedCell[] = [];
  const conflicts: FunnelIssue[] = [];
  const keptHeaders: string[] = [];
  for (const cell of candidates) {
    const col = columnNumber(cell.column);
    const formula = formulaAt(snapshot, cell.row, col);
    const value = valueAt(snapshot, cell.row, col);
    const inPlace = holdsPlanned(formula, value, cell);
    const free =
      isBlank(formula) ||
      inPlace ||
      isOurs(cell.row, col) ||
      // Writing the pane's funnel replaces the old steps, so whatever lands on their inputs may go there.
      (options.writeInputs && isOldInput(cell.row, cell.column)) ||
      (wasOurs(cell.row, cell.column) && options.replace?.has(cell.address) === true);
    // Labels the user typed for their own columns, or beside their own sale value where it already is,
    // stay as they are.
    const besideSaleValue =
      cell.column === "A" && cell.row === plan.summaryRow && location?.summaryRow === plan.summaryRow;
    const userLabel = cell.row === plan.headerRow || besideSaleValue;
    if (free) {
      const planned = cell.numberFormat ?? GENERAL;
      const format = numberFormatAt(snapshot, cell.row, col);
      // The cell is made now: it was empty, or an output lands where the add-in had not written (an
      // input the pane's funnel replaces). It gets the add-in's format. An input the pane writes over
      // one the user typed keeps the user's format.
      const making = isBlank(formula) || (cell.role === "output" && !wasOurs(cell.row, cell.column));
      // null: the record does not say (see above); the format stays.
      const ours = format === null || making ? null : gave(cell.row, cell.column, format);
      const formatted = format !== planned && (making || ours === true || format === GENERAL);
      if (!inPlace) writes.push(cell);
      if (formatted) {
        formats.push(cell);
        formatsBefore.set(cell.address, format);
      }
      if (making && !inPlace) made.add(cell.address);
      if (cell.role === "output") {
        owned.push({
          column: cell.column,
          row: cell.row,
          content: cell.formula ?? cell.value ?? "",
          numberFormat: planned,
        });
      }
    } else if (userLabel) {
      keptHeaders.push(cell.address);
    } else if (wasOurs(cell.row, cell.column)) {
      conflicts.push(
        makeIssue("cell-edited", null, {
          cell: cell.address,
          value: shownContent(formula, value),
          planned: shownContent(cell.formula ?? cell.value, cell.value),
          purpose: purposeOf(cell),
        }),
      );
    } else {
      const shown = typeof formula === "string" && formula.startsWith("=") ? formula : describeUnknown(value);
      conflicts.push(makeIssue("cell-taken", null, { cell: cell.address, value: shown, purpose: purposeOf(cell) }));
    }
  }

  if (!options.writeInputs) {
    // The inputs a recalculation never writes still get the column's format where they have none
    // (General): D in percent, the sale value and the money inputs as money.
    for (const cell of plan.cells) {
      if (cell.role !== "input" || cell.numberFormat === undefined || cell.numberFormat === GENERAL) continue;
      const format = numberFormatAt(snapshot, cell.row, columnNumber(cell.column));
      // An optional input laid out now is an empty cell the read may say nothing about (null).
      if (format !== GENERAL && !(format === null && newMoneyInputs.includes(cell.address))) continue;
      formats.push(cell);
      formatsBefore.set(cell.address, format);
    }
    // The optional inputs' cells the add-in lays out for the first time: the user's own data there
    // would be read as a cost or a target on the next run, so it is a conflict like any other.
    for (const cell of plan.cells) {
      if (!newMoneyInputs.includes(cell.address)) continue;
      const formula = formulaAt(snapshot, cell.row, columnNumber(cell.column));
      if (isBlank(formula)) continue;
      conflicts.push(
        makeIssue("cell-taken", null, {
          cell: cell.address,
          value: describeUnknown(formula),
          purpose: purposeOf(cell),
        }),
      );
    }
  }

  const plannedAddresses = new Set(candidates.map((c) => c.address));
  const newInputs = new Set(plan.cells.filter((c) => c.role === "input").map((c) => c.address));
  const clears: string[] = [];
  if (previous !== null) {
    for (let row = previous.firstRow; row <= previous.lastRow; row++) {
      const columns = [...OUTPUT_COLUMNS];
      // Under the summary the add-in also writes labels (A), figures (B) and the trend (B onwards).
      if (previous.summaryRow !== null && row >= previous.summaryRow) columns.push("A", "B", "D");
      for (const column of columns) {
        const address = `${column}${row}`;
        if (plannedAddresses.has(address) || newInputs.has(address)) continue;
        if (isOurs(row, columnNumber(column))) clears.push(address);
      }
    }
  }
  if (options.writeInputs && location !== null) {
    // The pane is the source of truth: inputs of steps it removed, and a sale value that moved, go.
    const oldInputs = [location.saleValueCell, ...oldMoneyInputs];
    for (let row = location.firstStepRow; row <= location.lastStepRow; row++) {
      for (const column of INPUT_LETTERS) oldInputs.push(`${column}${row}`);
    }
    for (const address of oldInputs) {
      const { row, col } = parseCell(address);
      if (plannedAddresses.has(address) || clears.includes(address) || isBlank(formulaAt(snapshot, row, col))) continue;
      clears.push(address);
    }
  }
  // A cleared cell loses the format the add-in gave it (or, where nothing says, any but General).
  const clearFormats = clears.filter((address) => {
    const { row, col } = parseCell(address);
    const format = numberFormatAt(snapshot, row, col);
    return format !== GENERAL && (format === null || gave(row, columnLetter(col), format) !== false);
  });
  return { writes, formats, formatsBefore, made, owned, clears, clearFormats, conflicts, keptHeaders };
}
