/**
 * Three-way writes of the pane's inputs: the pane writes only what the user changed in it, and only
 * where the sheet still holds what the pane last read there. A cell changed in the sheet since then
 * (by the user, a co-author, a formula) is never written over silently: it is a conflict, named with the
 * sheet's value and the pane's, until the user chooses which to keep.
 *
 * Three versions of each input cell meet here: `base` (what the pane read), the pane's (what the user
 * typed over it; only the keys in `changed` count) and the sheet's now. Pure: no Office, no React.
 */
import type { RawFunnelRows } from "./funnel-rows";
import {
  blank,
  inputCell,
  paneValue,
  rowsValue,
  sameInput,
  stepCount,
  stepKeys,
  type Choice,
  type InputConflict,
  type InputKey,
  type PaneEdits,
} from "./input-keys";
import type { FunnelLocation } from "./locate-funnel";
import { makeIssue, type RawFunnel, type RawStep } from "../funnel/validate";
import { MONEY_FIELDS, type FunnelIssue } from "../funnel/types";

export type { Choice, InputConflict, InputKey, PaneEdits } from "./input-keys";
export { inputCell, inputKeys, sameInput } from "./input-keys";

export interface Merged {
  /** What to write: the sheet's inputs with the pane's changes applied where they may be. */
  funnel: RawFunnel;
  conflicts: InputConflict[];
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
  const answers = edits.choices ?? new Map<InputKey, Choice>();
  /** The user's answer for `key`, while the sheet still holds what they saw when they gave it. */
  const choices = {
    get: (key: InputKey): Choice | undefined => {
      const answer = answers.get(key);
      const seen = edits.seen;
      if (answer === undefined || seen === undefined || !seen.has(key)) return answer;
      return sameInput(seen.get(key), key === "steps" ? stepCount(sheet) : rowsValue(sheet, key)) ? answer : undefined;
    },
  };
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
    const now = rowsValue(sheet, key);
    if (!changed.has(key)) return now;
    const mine = paneValue(pane, key);
    const unchangedInSheet = sameInput(now, rowsValue(base.rows, key));
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
  // Steps the pane removed: only where the sheet did not change them since the read. Where the user
  // keeps the sheet's, the step stays, as the sheet has it.
  const keptBySheet: RawStep[] = [];
  for (let i = kept; i < steps.length; i++) {
    let stays = false;
    for (const key of stepKeys(i)) {
      const now = rowsValue(sheet, key);
      if (sameInput(now, rowsValue(base.rows, key))) continue;
      const choice = choices.get(key);
      if (choice === "sheet") stays = true;
      else if (choice !== "pane") conflicts.push({ key, cell: inputCell(key, location), sheet: now, pane: "" });
    }
    const step = steps[i];
    if (stays && step !== undefined) keptBySheet.push(step);
  }
  // Steps the pane added are the pane's.
  const added = pane.steps
    .slice(kept)
    .map((step): RawStep => ({ name: step?.name, result: step?.result, improvement: step?.improvement }));
  merged.steps = [...steps.slice(0, kept), ...keptBySheet, ...added];
  merged.averageSaleValue = decide("saleValue");
  merged.name = decide("product");
  for (const field of MONEY_FIELDS) merged[field] = decide(`money:${field}`);
  return { funnel: merged, conflicts };
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
