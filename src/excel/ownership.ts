/**
 * The record of what the add-in wrote on a funnel sheet (written-record.ts), kept in the sheet's own
 * name FunnelForecastWritten: read with the sheet's names in round trip 1, written with the cells in
 * round trip 2, so a run stays at two round trips. A name scoped to the sheet travels with it — copied,
 * moved to another workbook, renamed — and co-authors merge it like any other name; nothing else in the
 * workbook changes with it. Its comment says what it is.
 *
 * It holds, for every cell the add-in owns, a fingerprint of its content and of the number format the
 * add-in gave it (so a format the user set is told from the add-in's and kept: decide-writes.ts), and
 * the id and data ranges of each of its charts (decide-charts.ts). It is written only by a run that
 * writes something else: a run with nothing to change sends no write at all, and leaves the record as
 * it is (it still describes the sheet; a chart id it is missing is recorded by the next run that writes).
 */
import type { Ownership } from "../sheet/decide-writes";
import type { FunnelLocation } from "../sheet/locate-funnel";
import type { PlannedCell, SheetPlan } from "../sheet/plan-sheet";
import {
  decodeRecord,
  encodeRecord,
  RECORD_NAME,
  recordFormulas,
  recordNames,
  recordText,
  type RecordedCell,
  type RecordedCharts,
  type WrittenRecord,
} from "../sheet/written-record";
import type { SheetRead } from "./read-sheet";

const COMMENT =
  "Funnel Forecast: a fingerprint of each cell the add-in wrote in its block and of the format it gave it, and its charts, so that it never writes over what someone edited or shaped by hand. Kept by the add-in; please leave it as it is.";

/** The cells of `cells` the add-in owns once written (its outputs, not the user's inputs). */
function owned(cells: readonly PlannedCell[]): RecordedCell[] {
  return cells
    .filter((cell) => cell.role === "output")
    .map((cell) => ({ column: cell.column, row: cell.row, content: cell.formula ?? cell.value ?? "" }));
}

/** The rows of the block the plan lays out. */
const heightOf = (plan: SheetPlan) => plan.lastRow - plan.headerRow + 1;

/** The plan's own cells as a record: what the add-in would write, standing in for a missing record. */
function standInRecord(plan: SheetPlan): WrittenRecord | null {
  const text = encodeRecord(owned([...plan.cells, ...plan.spacerCells]), plan.headerRow, heightOf(plan));
  // It knows nothing of formats or charts: the sheet is from before they were recorded.
  const record = decodeRecord(text, plan.headerRow, heightOf(plan));
  return record === null ? null : { ...record, formats: null, charts: null };
}

/** The sheet's own names that hold the record, with their formulas. */
export function recordFormulasOf(read: SheetRead): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const item of read.names.items) {
    const formula: unknown = item.formula;
    if (item.scope === "Worksheet" && item.name.startsWith(RECORD_NAME) && typeof formula === "string") {
      formulas.set(item.name, formula);
    }
  }
  return formulas;
}

/**
 * What the add-in wrote in the block at `location`: the sheet's record; where the block is from
 * before the record, the plan `standIn` gives for the sheet as it is (null: none can be made).
 */
export function ownershipOf(
  read: SheetRead,
  location: FunnelLocation | null,
  standIn: () => SheetPlan | null,
): Ownership {
  const previous = location?.previous ?? null;
  if (previous === null) return { record: null, standIn: null };
  const height = previous.lastRow - previous.firstRow + 1;
  const record = decodeRecord(recordText(recordFormulasOf(read)), previous.firstRow, height);
  if (record !== null) return { record, standIn: null };
  const plan = standIn();
  return { record: null, standIn: plan === null ? null : standInRecord(plan) };
}

/**
 * Queues the record of the block after this run (`cells`: what the add-in holds in the block `plan`
 * lays out, with the formats it gave; `charts`: its charts) in place of the old one (`existing`: the
 * record's names as round trip 1 read them, with their formulas), leaving a name that already holds
 * its part as it is. Queued after the cells: if Excel stops before it, the old record still describes
 * every cell this run did not reach, and every cell it did reach holds what the plan says.
 * `again`: queued once more after Excel stopped part-way, when the record's names may be in any
 * state: each is replaced whatever it holds.
 */
export function queueRecord(
  sheet: Excel.Worksheet,
  cells: readonly RecordedCell[],
  charts: RecordedCharts,
  plan: SheetPlan,
  existing: ReadonlyMap<string, string>,
  again = false,
): void {
  const formulas = recordFormulas(encodeRecord(cells, plan.headerRow, heightOf(plan), charts));
  const wanted = new Map(recordNames(formulas.length).map((name, i) => [name, formulas[i] ?? '=""']));
  const stale = (name: string) => again || wanted.get(name) !== existing.get(name);
  for (const name of new Set([...existing.keys(), ...(again ? wanted.keys() : [])])) {
    if (stale(name)) sheet.names.getItemOrNullObject(name).delete();
  }
  for (const [name, formula] of wanted) {
    if (stale(name)) sheet.names.add(name, formula, COMMENT);
  }
}
