/**
 * Three-way writes of the pane's inputs: the pane writes only what the user changed in it, and only
 * where the sheet still holds what the pane last read there. A cell changed in the sheet since then
 * (by the user, a co-author, a formula) is never written over silently: it is a conflict, named with the
 * sheet's value and the pane's, until the user chooses which to keep.
 *
 * Three versions of each input cell meet here: `base` (what the pane read), the pane's (what the user
 * typed over it; only the keys in `changed` count) and the sheet's now. Pure: no Office, no React.
 */
import { cellAddress, columnNumber } from "./a1";
import type { RawFunnelRows } from "./funnel-rows";
import type { FunnelLocation } from "./locate-funnel";
import { moneyCellsAt } from "./plan-money";
import { periodCellsOf } from "./plan-periods";
import { INPUT_COLUMNS, makeIssue, type RawFunnel, type RawStep } from "./validate";
import { MONEY_FIELDS, type FunnelIssue, type MoneyField } from "./types";

/** One input of the funnel, by what it is rather than where (rows can move between two reads). */
export type InputKey =
  | `name:${number}`
  | `result:${number}`
  | `improvement:${number}`
  | "saleValue"
  | `money:${MoneyField}`
  | "product"
  /** The number of steps. */
  | "steps";

export type Choice = "sheet" | "pane";

export interface PaneEdits {
  /** What the pane read: the funnel's rows and where they were. */
  base: { rows: RawFunnelRows; firstStepRow: number };
  /** The inputs the user changed in the pane since it read them. */
  changed: ReadonlySet<InputKey>;
  /** For inputs changed in the sheet too: which to keep (asked of the user). */
  choices?: ReadonlyMap<InputKey, Choice>;
}

export interface InputConflict {
  key: InputKey;
  /** "B7", or "A5:D10" when the sheet's rows changed. */
  cell: string;
  /** What the sheet holds there now, and what the pane would write. */
  sheet: unknown;
  pane: unknown;
}

export interface Merged {
  /** What to write: the sheet's inputs with the pane's changes applied where they may be. */
  funnel: RawFunnel;
  conflicts: InputConflict[];
}

/** Empty, null and missing are one thing in a cell. */
function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

export function sameInput(a: unknown, b: unknown): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return typeof a === typeof b && String(a) === String(b);
}

type StepField = "name" | "result" | "improvement";
const ROW_FIELDS: Record<StepField, keyof Pick<RawFunnelRows, "names" | "results" | "improvements">> = {
  name: "names",
  result: "results",
  improvement: "improvements",
};

/** Where an input lives in a funnel laid out at `location`. */
export function inputCell(key: InputKey, location: FunnelLocation): string {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement")
    return cellAddress(location.firstStepRow + Number(at), columnNumber(INPUT_COLUMNS[kind]));
  if (kind === "saleValue") return location.saleValueCell;
  if (kind === "money") return moneyCellsAt(location.summaryRow)[at as MoneyField];
  if (kind === "product") return periodCellsOf(location.summaryRow).name;
  return `${INPUT_COLUMNS.name}${location.firstStepRow}:${INPUT_COLUMNS.improvement}${location.lastStepRow}`;
}

function stepCount(rows: RawFunnelRows): number {
  return rows.names.length;
}

/** The value of `key` in rows read from a sheet. */
function sheetValue(rows: RawFunnelRows, key: InputKey): unknown {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") return rows[ROW_FIELDS[kind]][Number(at)];
  if (kind === "saleValue") return rows.saleValue;
  if (kind === "money") return rows.money[at as MoneyField];
  if (kind === "product") return rows.name;
  return stepCount(rows);
}

/** The value of `key` in the pane's funnel. */
function paneValue(funnel: RawFunnel, key: InputKey): unknown {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") return funnel.steps[Number(at)]?.[kind];
  if (kind === "saleValue") return funnel.averageSaleValue;
  if (kind === "money") return funnel[at as MoneyField];
  if (kind === "product") return funnel.name;
  return funnel.steps.length;
}

/** The funnel as the sheet holds it now, in the pane's shape. */
function sheetFunnel(rows: RawFunnelRows, pane: RawFunnel): RawFunnel {
  const funnel: RawFunnel = {
    name: rows.name,
    steps: rows.names.map((name, i) => ({ name, result: rows.results[i], improvement: rows.improvements[i] })),
    averageSaleValue: rows.saleValue,
    improvementMode: pane.improvementMode,
  };
  for (const field of MONEY_FIELDS) funnel[field] = rows.money[field];
  return funnel;
}

function stepKeys(index: number): InputKey[] {
  return [`name:${index}`, `result:${index}`, `improvement:${index}`];
}

function otherKeys(): InputKey[] {
  return ["saleValue", "product", ...MONEY_FIELDS.map((field): InputKey => `money:${field}`)];
}

/**
 * The funnel to write into the sheet at `location` (read just now as `sheet`), given the pane's funnel
 * and what the user changed in it. Inputs the user did not change keep the sheet's value; inputs they
 * changed are the pane's where the sheet still holds what the pane read, and conflicts elsewhere.
 */
export function mergeWithSheet(
  pane: RawFunnel,
  edits: PaneEdits,
  sheet: RawFunnelRows,
  location: FunnelLocation,
): Merged {
  const { base, changed } = edits;
  const choices = edits.choices ?? new Map<InputKey, Choice>();
  if (changed.size === 0) return { funnel: sheetFunnel(sheet, pane), conflicts: [] };
  // Rows inserted, deleted or moved in the sheet since the pane read it: cell-by-cell matching would
  // put values on the wrong steps, so the whole block is one question.
  if (location.firstStepRow !== base.firstStepRow || stepCount(sheet) !== stepCount(base.rows)) {
    const choice = choices.get("steps");
    if (choice === "pane") return { funnel: pane, conflicts: [] };
    if (choice === "sheet") return { funnel: sheetFunnel(sheet, pane), conflicts: [] };
    return {
      funnel: pane,
      conflicts: [
        { key: "steps", cell: inputCell("steps", location), sheet: stepCount(sheet), pane: pane.steps.length },
      ],
    };
  }
  const conflicts: InputConflict[] = [];
  const steps = sheet.names.map((name, i): RawStep => ({
    name,
    result: sheet.results[i],
    improvement: sheet.improvements[i],
  }));
  const merged: RawFunnel = { ...sheetFunnel(sheet, pane), steps };
  /** The value to write for `key`: the sheet's, or the pane's where the user changed it. */
  const decide = (key: InputKey): unknown => {
    const now = sheetValue(sheet, key);
    if (!changed.has(key)) return now;
    const mine = paneValue(pane, key);
    const unchangedInSheet = sameInput(now, sheetValue(base.rows, key));
    if (unchangedInSheet || sameInput(now, mine)) return mine;
    const choice = choices.get(key);
    if (choice === "pane") return mine;
    if (choice === "sheet") return now;
    conflicts.push({ key, cell: inputCell(key, location), sheet: now, pane: mine });
    return now;
  };
  const kept = Math.min(pane.steps.length, steps.length);
  for (let i = 0; i < kept; i++) {
    const step = steps[i];
    if (step === undefined) continue;
    step.name = decide(`name:${i}`);
    step.result = decide(`result:${i}`);
    step.improvement = decide(`improvement:${i}`);
  }
  // Steps the pane removed: only where the sheet did not change them since the read.
  for (let i = kept; i < steps.length; i++) {
    for (const key of stepKeys(i)) {
      const now = sheetValue(sheet, key);
      if (!sameInput(now, sheetValue(base.rows, key)) && choices.get(key) !== "pane")
        conflicts.push({ key, cell: inputCell(key, location), sheet: now, pane: "" });
    }
  }
  // Steps the pane added are the pane's.
  const added = pane.steps
    .slice(kept)
    .map((step): RawStep => ({ name: step?.name, result: step?.result, improvement: step?.improvement }));
  merged.steps = [...steps.slice(0, kept), ...added];
  merged.averageSaleValue = decide("saleValue");
  merged.name = decide("product");
  for (const field of MONEY_FIELDS) merged[field] = decide(`money:${field}`);
  return { funnel: merged, conflicts };
}

/** Every key of a funnel of `steps` steps, for comparing two versions of the pane's form. */
export function inputKeys(steps: number): InputKey[] {
  return [...Array.from({ length: steps }, (_, i) => stepKeys(i)).flat(), ...otherKeys()];
}

/** A value as the conflict message shows it: text in quotes, a percent input in percent, empty as "(empty)". */
function shownValue(value: unknown, percent: boolean): string {
  if (blank(value)) return "(empty)";
  if (typeof value === "number" && percent) return `${String(Math.round(value * 100 * 1e8) / 1e8)}%`;
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** The issue that names a conflict: the cell, the sheet's value and the pane's. */
export function conflictIssue(conflict: InputConflict): FunnelIssue {
  if (conflict.key === "steps")
    return makeIssue("rows-changed-in-sheet", null, {
      range: conflict.cell,
      sheetSteps: Number(conflict.sheet),
      paneSteps: Number(conflict.pane),
      key: conflict.key,
    });
  const [kind, at] = conflict.key.split(":");
  const step = kind === "name" || kind === "result" || kind === "improvement" ? Number(at) + 1 : null;
  const percent = kind === "improvement" || conflict.key === "money:grossMargin";
  return makeIssue("changed-in-sheet", step, {
    cell: conflict.cell,
    sheet: shownValue(conflict.sheet, percent),
    pane: shownValue(conflict.pane, percent),
    key: conflict.key,
  });
}
