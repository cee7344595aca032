/**
 * The pane's form: what the user typed, as text, and its conversion to and from the funnel.
 * Numbers are shown and parsed in the pane's locale; improvements are typed in percent (10 = 10 %).
 */
import type { RawFunnelRows } from "../excel/read-funnel";
import type { RawFunnel } from "../funnel/validate";
import { MONEY_FIELDS, type ImprovementMode, type MoneyField } from "../funnel/types";
import { fill, parseLocaleNumber, type PaneStrings } from "../i18n";
import { uncappedSuggestion } from "../funnel/suggest-improvement";

export interface StepForm {
  id: number;
  name: string;
  result: string;
  improvement: string;
}

/** The optional costs and target, as typed; the margin in percent (40 = 40 %). */
export type MoneyForm = Record<MoneyField, string>;

export interface FunnelForm {
  /** The product (FunnelName); empty means the sheet's name. */
  name: string;
  steps: StepForm[];
  saleValue: string;
  money: MoneyForm;
}

export const NO_MONEY: MoneyForm = {
  costs: "",
  improvementCost: "",
  grossMargin: "",
  revenueTarget: "",
  cycleDays: "",
  lifetimeValue: "",
};

/** The margin is typed in percent; the others are amounts (and the cycle a number of days). */
const PERCENT_FIELDS: ReadonlySet<MoneyField> = new Set(["grossMargin"]);

let nextId = 1;
export function newStep(name = "", result = "", improvement = ""): StepForm {
  return { id: nextId++, name, result, improvement };
}

function plain(tag: string) {
  return new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 8 });
}

/** Shows a cell value in the form: numbers in the locale, anything else as it was typed. */
function shown(value: unknown, tag: string, scale = 1): string {
  if (typeof value === "number") return plain(tag).format(Math.round(value * scale * 1e8) / 1e8);
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function formFromRows(rows: RawFunnelRows, tag: string): FunnelForm {
  return {
    name: shown(rows.name, tag),
    steps: rows.names.map((name, i) =>
      newStep(
        shown(name, tag),
        shown(rows.results[i], tag),
        rows.improvements[i] === "" ? "" : shown(rows.improvements[i], tag, 100),
      ),
    ),
    saleValue: shown(rows.saleValue, tag),
    money: Object.fromEntries(
      MONEY_FIELDS.map((field) => [field, shown(rows.money[field], tag, PERCENT_FIELDS.has(field) ? 100 : 1)]),
    ) as MoneyForm,
  };
}

export function formFromNames(names: readonly string[]): FunnelForm {
  return { name: "", steps: names.map((name) => newStep(name)), saleValue: "", money: NO_MONEY };
}

/** The costs and target section holds something: it opens by itself. */
export function moneyInUse(form: FunnelForm): boolean {
  return MONEY_FIELDS.some((field) => form.money[field].trim() !== "");
}

/** A typed number, or the text itself so that the validator can say what is wrong with it. */
function typed(text: string, tag: string): unknown {
  if (text.trim() === "") return undefined;
  return parseLocaleNumber(text, tag) ?? text;
}

/** A percentage typed as 40 or 40 %, as a fraction; undefined when nothing is typed. */
function typedPercent(text: string, tag: string): unknown {
  const trimmed = text.trim().replace(/\s*%$/, "");
  if (trimmed === "") return undefined;
  const value = parseLocaleNumber(trimmed, tag);
  return value === null ? text : value / 100;
}

export function funnelFromForm(form: FunnelForm, mode: ImprovementMode, tag: string): RawFunnel {
  return {
    name: form.name,
    steps: form.steps.map((step) => ({
      name: step.name,
      result: typed(step.result, tag),
      // Left empty, it stays empty in column D (and counts as no improvement).
      improvement: typedPercent(step.improvement, tag),
    })),
    averageSaleValue: typed(form.saleValue, tag),
    improvementMode: mode,
    ...Object.fromEntries(
      MONEY_FIELDS.map((field) => [
        field,
        PERCENT_FIELDS.has(field) ? typedPercent(form.money[field], tag) : typed(form.money[field], tag),
      ]),
    ),
  };
}

/** Re-writes every number of the form from one locale's notation into another's. */
export function relocalize(form: FunnelForm, from: string, to: string): FunnelForm {
  const convert = (text: string) => {
    const value = parseLocaleNumber(text, from);
    return value === null ? text : plain(to).format(value);
  };
  return {
    name: form.name,
    steps: form.steps.map((s) => ({
      ...s,
      result: convert(s.result),
      improvement: convert(s.improvement.replace(/\s*%$/, "")),
    })),
    saleValue: convert(form.saleValue),
    money: Object.fromEntries(
      MONEY_FIELDS.map((field) => [field, convert(form.money[field].replace(/\s*%$/, ""))]),
    ) as MoneyForm,
  };
}

/**
 * The pane's hints about improvements as typed there, in percent: 0.1 is most likely meant as 10 %, and
 * 200 as 20 % — or less, where the step's forecast conversion would pass 100 % with that and so be
 * capped: 2000 at a step converting 90 % suggests 2 %. (The engine's own warning speaks of typing in a
 * percent-formatted cell, which is not what the user did in the pane.) Keyed by step index.
 */
export function paneHints(
  form: FunnelForm,
  strings: PaneStrings,
  tag: string,
  mode: ImprovementMode,
): Map<number, string> {
  const hints = new Map<number, string>();
  const number = plain(tag);
  const results = form.steps.map((step) => parseLocaleNumber(step.result, tag));
  form.steps.forEach((step, index) => {
    const value = parseLocaleNumber(step.improvement.trim().replace(/\s*%$/, ""), tag);
    if (value === null || value === 0) return;
    if (Math.abs(value) < 1) {
      hints.set(
        index,
        fill(strings.hintSmall, { typed: number.format(value), suggestion: number.format(value * 100) }),
      );
    } else if (value > 100) {
      const result = results[index] ?? null;
      const before = index === 0 ? null : (results[index - 1] ?? null);
      const conversion = result !== null && before !== null && before > 0 ? result / before : null;
      // The first step is a volume: its improvement is always relative.
      const suggestion = uncappedSuggestion(value / 1000, conversion, index === 0 ? "relative" : mode);
      hints.set(
        index,
        fill(strings.hintLarge, { typed: number.format(value), suggestion: number.format(suggestion * 100) }),
      );
    }
  });
  return hints;
}
