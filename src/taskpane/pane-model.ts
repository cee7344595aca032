/**
 * The pane's model: what the pane shows of the workbook and of the user's typing, and every transition
 * between them — the sheet read, the sheet changed (followed), a field edited, a write asked, done or
 * refused (conflicts included), Excel failing. Pure: the components render it and send it events; no
 * React, no Office. Preferences that are not the workbook's (the pane's language, the folded sections'
 * own state, the period label being typed) stay with the components.
 */
import type { FunnelList } from "../excel/funnel-list";
import type { FunnelReading } from "../excel/read-funnel";
import type { RecalculateResult } from "../excel/recalculate";
import type { SheetComparison } from "../sheet/funnel-rows";
import { inputCell, type InputConflict, type InputKey } from "../sheet/input-keys";
import type { FunnelLocation } from "../sheet/locate-funnel";
import type { FunnelIssue, FunnelOutcome, ImprovementMode } from "../funnel/types";
import { followSheet, type Baseline } from "./follow-sheet";
import { formFromRows, moneyInUse, relocalize, type FunnelForm } from "./form";

export type PaneStatus = "loading" | "idle" | "working";

export interface PaneState {
  status: PaneStatus;
  form: FunnelForm;
  /** What the pane last read of each input: a write meets it three-way with the sheet's value then. */
  baseline: Baseline | null;
  mode: ImprovementMode;
  /** The costs and target section is unfolded (by the user, or because the sheet holds some). */
  moneyOpen: boolean;
  location: FunnelLocation | null;
  sheetName: string;
  outcome: FunnelOutcome | null;
  /** Issues about the sheet that no field holds (a funnel that cannot be found, say). */
  general: FunnelIssue[];
  /** What Excel (not the funnel) failed with; shown in the pane's language. */
  failure: { error: unknown } | null;
  writtenTo: string | null;
  /** The form holds edits that are not written to the sheet yet: the figures below are out of date. */
  stale: boolean;
  /** The last run wrote nothing: the figures are the last good ones, and the banner takes the focus. */
  blocked: boolean;
  /** Inputs changed both in the sheet and in the pane, as the last write found them. */
  conflicts: InputConflict[];
  /** Cells where the pane kept the user's value although the sheet changed since. */
  keptCells: string[];
  /** What the active sheet is when it holds no funnel (empty, other data, the Overview, the history). */
  sheetNote: FunnelIssue | null;
  comparison: SheetComparison | null;
  list: FunnelList | null;
}

export type PaneEvent =
  | { type: "loading" }
  | { type: "working" }
  | { type: "idle" }
  /** The active sheet read as a whole (the pane opened, the user switched sheets, after a write). */
  | { type: "sheet-read"; reading: FunnelReading; tag: string }
  /** The sheet changed and was read again; `focused` is the input the user is typing in. */
  | { type: "sheet-changed"; reading: FunnelReading; focused: InputKey | null; tag: string }
  | { type: "field-edited"; form: FunnelForm }
  | { type: "mode-chosen"; mode: ImprovementMode }
  | { type: "money-toggled"; open: boolean }
  /** The form re-written in another locale's notation (the pane's language changed). */
  | { type: "relocalized"; from: string; to: string }
  /** A write (or a run that writes) came back; `after` is the sheet read again when it wrote. */
  | { type: "write-done"; result: RecalculateResult; after: FunnelReading | null; tag: string }
  | { type: "failed"; error: unknown }
  /** Excel failed in the background (following the sheet): shown, without ending an action under way. */
  | { type: "background-failed"; error: unknown };

export function initialPane(form: FunnelForm): PaneState {
  return {
    status: "loading",
    form,
    baseline: null,
    mode: "relative",
    moneyOpen: false,
    location: null,
    sheetName: "",
    outcome: null,
    general: [],
    failure: null,
    writtenTo: null,
    stale: false,
    blocked: false,
    conflicts: [],
    keptCells: [],
    sheetNote: null,
    comparison: null,
    list: null,
  };
}

/** Sheets said for what they are rather than as an error. */
const SHEET_KINDS = new Set(["no-funnel", "overview-sheet", "history-sheet", "other-data"]);

function read(state: PaneState, reading: FunnelReading, tag: string): PaneState {
  const next: PaneState = {
    ...state,
    status: "idle",
    sheetName: reading.sheetName,
    location: reading.location,
    writtenTo: null,
    mode: reading.mode === "points" || reading.mode === "relative" ? reading.mode : state.mode,
    baseline: null,
    conflicts: [],
    keptCells: [],
    outcome: reading.outcome,
    comparison: reading.comparison,
    list: reading.list,
    sheetNote: reading.issue !== null && SHEET_KINDS.has(reading.issue.code) ? reading.issue : null,
    general: reading.issue !== null && !SHEET_KINDS.has(reading.issue.code) ? [reading.issue] : [],
    failure: null,
    stale: false,
    blocked: false,
  };
  if (reading.rows === null || reading.location === null) return next;
  const form = formFromRows(reading.rows, tag);
  return {
    ...next,
    form,
    moneyOpen: moneyInUse(form),
    baseline: { form, rows: reading.rows, firstStepRow: reading.location.firstStepRow },
  };
}

function followed(state: PaneState, reading: FunnelReading, focused: InputKey | null, tag: string): PaneState {
  if (reading.rows === null || reading.location === null || state.baseline === null) return read(state, reading, tag);
  const at = reading.location;
  const sheet = { form: formFromRows(reading.rows, tag), rows: reading.rows, firstStepRow: at.firstStepRow };
  const result = followSheet(state.form, state.baseline, sheet, focused, state.mode, tag);
  return {
    ...state,
    form: result.form,
    baseline: result.baseline,
    location: at,
    sheetName: reading.sheetName,
    // After a run that wrote nothing, its problems stay listed until the next Recalculate.
    outcome: state.blocked ? { ...reading.outcome, errors: state.outcome?.errors ?? [] } : reading.outcome,
    comparison: reading.comparison,
    list: reading.list,
    keptCells: result.rowsMoved ? [inputCell("steps", at)] : result.kept.map((key) => inputCell(key, at)),
  };
}

/** The reading is of the funnel the pane shows and has a baseline for. */
function sameFunnel(state: PaneState, reading: FunnelReading): boolean {
  return (
    state.baseline !== null &&
    state.location !== null &&
    reading.location !== null &&
    reading.sheetName === state.sheetName &&
    reading.location.firstStepRow === state.location.firstStepRow
  );
}

function written(state: PaneState, result: RecalculateResult, after: FunnelReading | null, tag: string): PaneState {
  const base: PaneState = {
    ...state,
    status: "idle",
    location: result.location,
    sheetName: result.location?.sheetName ?? state.sheetName,
    general: [],
    conflicts: result.conflicts ?? [],
  };
  if (!result.written) {
    // Nothing written: the last good figures stay in view, dimmed and marked not updated.
    return {
      ...base,
      outcome: { ...result.outcome, forecast: result.outcome.forecast ?? state.outcome?.forecast ?? null },
      writtenTo: null,
      blocked: true,
      stale: true,
    };
  }
  // The sheet is the truth: after a write the pane shows what the sheet holds and reads from there.
  const shown = after === null ? { ...base, stale: false, blocked: false } : read(base, after, tag);
  return {
    ...shown,
    outcome: result.outcome,
    writtenTo: result.location?.sheetName ?? null,
    location: after?.location ?? result.location,
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "loading":
      return { ...state, status: "loading" };
    case "working":
      return { ...state, status: "working", failure: null };
    case "idle":
      return { ...state, status: "idle" };
    case "sheet-read":
      // The same funnel read again (after choosing a compare period, say, or a late activation of the
      // sheet the pane shows) while the pane holds edits not written yet: they stay, as when following.
      if (state.stale && !state.blocked && sameFunnel(state, event.reading))
        return { ...followed(state, event.reading, null, event.tag), status: "idle" };
      return read(state, event.reading, event.tag);
    case "sheet-changed":
      return followed(state, event.reading, event.focused, event.tag);
    case "field-edited":
      return { ...state, form: event.form, stale: true };
    case "mode-chosen":
      return { ...state, mode: event.mode, stale: true };
    case "money-toggled":
      return { ...state, moneyOpen: event.open };
    case "relocalized":
      // The baseline too, so that the same numbers do not read as changed in the new notation.
      return {
        ...state,
        form: relocalize(state.form, event.from, event.to),
        baseline:
          state.baseline === null
            ? null
            : { ...state.baseline, form: relocalize(state.baseline.form, event.from, event.to) },
      };
    case "write-done":
      return written(state, event.result, event.after, event.tag);
    case "failed":
      return { ...state, status: "idle", failure: { error: event.error } };
    case "background-failed":
      return { ...state, failure: { error: event.error } };
  }
}
