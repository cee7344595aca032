/**
 * The pane's form: what the user typed, as text, and its conversion to and from the funnel.
 * Numbers are shown and parsed in the pane's locale; improvements are typed in percent (10 = 10 %).
 */
import type { RawFunnelRows } from "../excel/read-funnel";
import type { RawFunnel } from "../funnel/validate";
import type { ImprovementMode } from "../funnel/types";
import { fill, parseLocaleNumber, type PaneStrings } from "../i18n";

export interface StepForm {
  id: number;
  name: string;
  result: string;
  improvement: string;
}

export interface FunnelForm {
  steps: StepForm[];
  saleValue: string;
}

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
    steps: rows.names.map((name, i) =>
      newStep(
        shown(name, tag),
        shown(rows.results[i], tag),
        rows.improvements[i] === "" ? "" : shown(rows.improvements[i], tag, 100),
      ),
    ),
    saleValue: shown(rows.saleValue, tag),
  };
}

export function formFromNames(names: readonly string[]): FunnelForm {
  return { steps: names.map((name) => newStep(name)), saleValue: "" };
}

/** A typed number, or the text itself so that the validator can say what is wrong with it. */
function typed(text: string, tag: string): unknown {
  if (text.trim() === "") return undefined;
  return parseLocaleNumber(text, tag) ?? text;
}

function typedPercent(text: string, tag: string): unknown {
  const trimmed = text.trim().replace(/\s*%$/, "");
  if (trimmed === "") return 0;
  const value = parseLocaleNumber(trimmed, tag);
  return value === null ? text : value / 100;
}

export function funnelFromForm(form: FunnelForm, mode: ImprovementMode, tag: string): RawFunnel {
  return {
    steps: form.steps.map((step) => ({
      name: step.name,
      result: typed(step.result, tag),
      improvement: typedPercent(step.improvement, tag),
    })),
    averageSaleValue: typed(form.saleValue, tag),
    improvementMode: mode,
  };
}

/** Re-writes every number of the form from one locale's notation into another's. */
export function relocalize(form: FunnelForm, from: string, to: string): FunnelForm {
  const convert = (text: string) => {
    const value = parseLocaleNumber(text, from);
    return value === null ? text : plain(to).format(value);
  };
  return {
    steps: form.steps.map((s) => ({
      ...s,
      result: convert(s.result),
      improvement: convert(s.improvement.replace(/\s*%$/, "")),
    })),
    saleValue: convert(form.saleValue),
  };
}

/**
 * The pane's hints about improvements as typed there, in percent: 0.1 is most likely meant as 10 %, and
 * 200 as 20 %. (The engine's own warning speaks of typing in a percent-formatted cell, which is not
 * what the user did in the pane.) Keyed by step index.
 */
export function paneHints(form: FunnelForm, strings: PaneStrings, tag: string): Map<number, string> {
  const hints = new Map<number, string>();
  const number = plain(tag);
  form.steps.forEach((step, index) => {
    const value = parseLocaleNumber(step.improvement.trim().replace(/\s*%$/, ""), tag);
    if (value === null || value === 0) return;
    if (Math.abs(value) < 1) {
      hints.set(
        index,
        fill(strings.hintSmall, { typed: number.format(value), suggestion: number.format(value * 100) }),
      );
    } else if (value > 100) {
      hints.set(index, fill(strings.hintLarge, { typed: number.format(value), suggestion: number.format(value / 10) }));
    }
  });
  return hints;
}
