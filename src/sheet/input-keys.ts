/**
 * The funnel's inputs by what they are rather than where (rows can move between two readings): the
 * keys the pane and the three-way write share, where each lives in the sheet, and its value in the
 * pane's funnel and in rows read from a sheet. Pure: no Office, no React.
 */
import { cellAddress, columnNumber } from "./a1";
import type { RawFunnelRows } from "./funnel-rows";
import type { FunnelLocation } from "./locate-funnel";
import { moneyCellsAt } from "./money-cells";
import { periodCellsOf } from "./block-layout";
import { MONEY_FIELDS, type MoneyField } from "../funnel/types";
import { INPUT_COLUMNS, type RawFunnel } from "../funnel/validate";

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
  /**
   * What the sheet held at each input when the user answered: a choice counts only while the sheet
   * still holds that (a co-author's later edit is asked about again, not written over).
   */
  seen?: ReadonlyMap<InputKey, unknown>;
}

export interface InputConflict {
  key: InputKey;
  /** "B7", or "A5:D10" when the sheet's rows changed. */
  cell: string;
  /** What the sheet holds there now, and what the pane would write. */
  sheet: unknown;
  pane: unknown;
}

/** Empty, null and missing are one thing in a cell. */
export function blank(value: unknown): boolean {
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

export function stepCount(rows: RawFunnelRows): number {
  return rows.names.length;
}

/** The value of `key` in rows read from a sheet (the number of steps for "steps"). */
export function rowsValue(rows: RawFunnelRows, key: InputKey): unknown {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") return rows[ROW_FIELDS[kind]][Number(at)];
  if (kind === "saleValue") return rows.saleValue;
  if (kind === "money") return rows.money[at as MoneyField];
  if (kind === "product") return rows.name;
  return stepCount(rows);
}

/** The value of `key` in the pane's funnel. */
export function paneValue(funnel: RawFunnel, key: InputKey): unknown {
  const [kind, at] = key.split(":") as [string, string | undefined];
  if (kind === "name" || kind === "result" || kind === "improvement") return funnel.steps[Number(at)]?.[kind];
  if (kind === "saleValue") return funnel.averageSaleValue;
  if (kind === "money") return funnel[at as MoneyField];
  if (kind === "product") return funnel.name;
  return funnel.steps.length;
}

export function stepKeys(index: number): InputKey[] {
  return [`name:${index}`, `result:${index}`, `improvement:${index}`];
}

function otherKeys(): InputKey[] {
  return ["saleValue", "product", ...MONEY_FIELDS.map((field): InputKey => `money:${field}`)];
}

/** Every key of a funnel of `steps` steps, for comparing two versions of the pane's form. */
export function inputKeys(steps: number): InputKey[] {
  return [...Array.from({ length: steps }, (_, i) => stepKeys(i)).flat(), ...otherKeys()];
}
