/**
 * The pane follows the sheet (issue 19): what the pane last read of each input (the baseline), what the
 * user changed in the pane since, and how a new reading of the sheet comes in — every input the user
 * did not change (and is not typing in) takes the sheet's value at once; an input the user changed
 * keeps the user's value and the baseline it was changed from, so that writing it later meets the
 * sheet's value in a three-way comparison (src/funnel/three-way.ts) instead of writing over it.
 * Pure: no React, no Office.
 */
import type { RawFunnelRows } from "../sheet/funnel-rows";
import { inputKeys, paneValue, rowsValue, sameInput, type InputKey, type PaneEdits } from "../sheet/input-keys";
import type { ImprovementMode, MoneyField } from "../funnel/types";
import { funnelFromForm, newStep, type FunnelForm, type StepForm } from "./form";

/** What the pane last read of the sheet's inputs, as the form showed it and as the cells held it. */
export interface Baseline {
  form: FunnelForm;
  rows: RawFunnelRows;
  firstStepRow: number;
}

/** The inputs the user changed in the pane since the baseline (compared as values, not as text). */
export function changedKeys(form: FunnelForm, baseline: FunnelForm, mode: ImprovementMode, tag: string): Set<InputKey> {
  const now = funnelFromForm(form, mode, tag);
  const then = funnelFromForm(baseline, mode, tag);
  const changed = new Set<InputKey>();
  if (form.steps.length !== baseline.steps.length) changed.add("steps");
  for (const key of inputKeys(Math.max(form.steps.length, baseline.steps.length)))
    if (!sameInput(paneValue(now, key), paneValue(then, key))) changed.add(key);
  return changed;
}

/** What writeInputs needs to write three-way: the baseline and the inputs changed in the pane. */
export function paneEdits(form: FunnelForm, baseline: Baseline, mode: ImprovementMode, tag: string): PaneEdits {
  return {
    base: { rows: baseline.rows, firstStepRow: baseline.firstStepRow },
    changed: changedKeys(form, baseline.form, mode, tag),
  };
}

type StepField = "name" | "result" | "improvement";
const ROW_OF: Record<StepField, "names" | "results" | "improvements"> = {
  name: "names",
  result: "results",
  improvement: "improvements",
};

function formText(form: FunnelForm, key: InputKey): string {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") return form.steps[Number(at)]?.[kind] ?? "";
  if (kind === "saleValue") return form.saleValue;
  if (kind === "money") return form.money[at as MoneyField];
  return form.name;
}

function setFormText(form: FunnelForm, key: InputKey, text: string): void {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") {
    const step = form.steps[Number(at)];
    if (step !== undefined) step[kind] = text;
  } else if (kind === "saleValue") form.saleValue = text;
  else if (kind === "money") form.money[at as MoneyField] = text;
  else if (kind === "product") form.name = text;
}

function setRowValue(rows: RawFunnelRows, key: InputKey, value: unknown): void {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") rows[ROW_OF[kind]][Number(at)] = value;
  else if (kind === "saleValue") rows.saleValue = value;
  else if (kind === "money") rows.money[at as MoneyField] = value;
  else if (kind === "product") rows.name = value;
}

function copyForm(form: FunnelForm): FunnelForm {
  return { ...form, steps: form.steps.map((s): StepForm => ({ ...s })), money: { ...form.money } };
}

function copyRows(rows: RawFunnelRows): RawFunnelRows {
  return {
    ...rows,
    names: [...rows.names],
    results: [...rows.results],
    improvements: [...rows.improvements],
    money: { ...rows.money },
  };
}

export interface Followed {
  form: FunnelForm;
  baseline: Baseline;
  /** Inputs where the pane kept the user's value although the sheet's differs now. */
  kept: InputKey[];
  /** The sheet's rows moved or changed in number while the user had changes of their own. */
  rowsMoved: boolean;
}

/**
 * A new reading of the sheet (`read`, with its form) brought into the pane showing `form` over
 * `baseline`; `focused` is the input the user is typing in (never changed under the cursor).
 */
export function followSheet(
  form: FunnelForm,
  baseline: Baseline,
  read: Baseline,
  focused: InputKey | null,
  mode: ImprovementMode,
  tag: string,
): Followed {
  const typed = changedKeys(form, baseline.form, mode, tag);
  const sameRows = read.firstStepRow === baseline.firstStepRow && read.rows.names.length === baseline.rows.names.length;
  if (typed.size === 0 && (focused === null || !sameRows))
    return { form: read.form, baseline: read, kept: [], rowsMoved: false };
  if (!sameRows) {
    // Rows moved in the sheet while the user has changes of their own: the pane keeps what it shows
    // and its baseline, and writing asks about the whole block.
    return { form, baseline, kept: [...typed], rowsMoved: true };
  }
  const changed = new Set(typed);
  if (focused !== null) changed.add(focused);
  const next = copyForm(form);
  const base: Baseline = { form: copyForm(read.form), rows: copyRows(read.rows), firstStepRow: read.firstStepRow };
  const kept: InputKey[] = [];
  const sheetSteps = read.rows.names.length;
  const onSheet = (key: InputKey) => !/^(name|result|improvement):/.test(key) || Number(key.split(":")[1]) < sheetSteps;
  for (const key of inputKeys(form.steps.length)) {
    if (key === "steps") continue;
    if (changed.has(key)) {
      // The user's value stays, over the baseline it was typed over (a step the pane added has none).
      if (!onSheet(key)) continue;
      setFormText(base.form, key, formText(baseline.form, key));
      setRowValue(base.rows, key, rowsValue(baseline.rows, key));
      if (!sameInput(rowsValue(read.rows, key), rowsValue(baseline.rows, key))) kept.push(key);
    } else {
      setFormText(next, key, formText(read.form, key));
    }
  }
  // Steps the pane removed keep the baseline they were removed from.
  for (let i = form.steps.length; i < sheetSteps; i++)
    for (const key of [`name:${i}`, `result:${i}`, `improvement:${i}`] as InputKey[])
      setRowValue(base.rows, key, rowsValue(baseline.rows, key));
  // Step ids stay the pane's, so the field being typed in keeps its place.
  next.steps = next.steps.map((step, i) => ({ ...step, id: form.steps[i]?.id ?? newStep().id }));
  return { form: next, baseline: base, kept, rowsMoved: false };
}
