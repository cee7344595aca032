/**
 * English sentences for every issue, written for the person who keeps the funnel, not for a programmer.
 * Each message is built from the issue's code and params, so a translated pane can build its own.
 */
import { formatNumber, formatPercent } from "./format";
import type { IssueCode, IssueParams } from "./types";

function str(params: IssueParams, key: string): string {
  const value = params[key];
  return value === undefined ? "" : String(value);
}

function num(params: IssueParams, key: string): number {
  const value = params[key];
  return typeof value === "number" ? value : Number(value);
}

/** "Step 3 'Proposal' (B4)" — or without the cell when the funnel's place in a sheet is unknown. */
export function describeStep(params: IssueParams): string {
  const name = str(params, "name");
  const cell = str(params, "cell");
  const named = name === "" ? `Step ${str(params, "step")}` : `Step ${str(params, "step")} '${name}'`;
  return cell === "" ? named : `${named} (${cell})`;
}

function saleValueCell(params: IssueParams): string {
  const cell = str(params, "cell");
  return cell === "" ? "" : ` (${cell})`;
}

type Template = (params: IssueParams) => string;

export const englishIssueMessages: Record<IssueCode, Template> = {
  "too-few-steps": (p) =>
    `A funnel needs at least 2 steps: the leads at the top and at least one result below them. This one has ${str(p, "count")}.`,
  "result-missing": (p) => `${describeStep(p)} has no result. Type how many reached this step (0 if nobody did).`,
  "result-not-number": (p) =>
    `${describeStep(p)} holds "${str(p, "value")}", which is not a number. Type a plain number such as 320.`,
  "text-number": (p) =>
    `${describeStep(p)} holds "${str(p, "value")}" as text, so Excel does not count it. Retype it as the plain number ${formatNumber(num(p, "suggestion"))}.`,
  "text-percent": (p) =>
    `${describeStep(p)} holds the text "${str(p, "value")}". Retype it as a number: type ${formatPercent(num(p, "suggestion"))} in a cell formatted as Percent (Excel stores it as ${formatNumber(num(p, "suggestion"))}).`,
  "cell-error": (p) =>
    `${describeStep(p)} shows the Excel error ${str(p, "value")}. Fix the formula there or type the number itself.`,
  negative: (p) =>
    `${describeStep(p)} has ${formatNumber(num(p, "value"))}. A result counts people, so type 0 or more.`,
  "not-finite": (p) => `${describeStep(p)} is not a finite number. Type a plain number such as 320.`,
  "too-large": (p) =>
    `${describeStep(p)} has ${formatNumber(num(p, "value"))}, more than the ${formatNumber(num(p, "max"))} this add-in accepts. Check for a typing error.`,
  "step-exceeds-previous": (p) =>
    `${describeStep(p)} has ${formatNumber(num(p, "value"))}, more than the ${formatNumber(num(p, "previous"))} of the step before it. Each step counts people who also passed the one before, so type at most ${formatNumber(num(p, "previous"))}.`,
  "after-zero": (p) =>
    `${describeStep(p)} has ${formatNumber(num(p, "value"))}, but the step before it has 0. Nobody reaches a step after one that nobody passed: type 0 here, or correct the step before.`,
  "improvement-not-number": (p) =>
    `The improvement of ${describeStep(p)} holds "${str(p, "value")}". Type a percentage such as 10%, or leave it empty for no improvement.`,
  "improvement-below-minus-100": (p) =>
    `The improvement of ${describeStep(p)} is ${formatPercent(num(p, "value"))}. A step cannot lose more than all of it: type an improvement above -100%.`,
  "sale-value-missing": (p) =>
    `The average sale value${saleValueCell(p)} is empty. Type what one purchase is worth, for example 1500.`,
  "sale-value-invalid": (p) =>
    `The average sale value${saleValueCell(p)} is "${str(p, "value")}". Type a plain number of 0 or more, for example 1500, without a currency sign.`,
  "improvement-mode-invalid": (p) =>
    `The improvement mode "${str(p, "value")}" is unknown. Use "relative" (percent of the current conversion) or "points" (percentage points).`,
  "no-funnel": (p) =>
    `No funnel found on sheet '${str(p, "sheet")}'. Type step names in column A and results in column B under a header row (for example Leads 800, Qualified 320), or choose New funnel sheet.`,
  "no-header-row": (p) =>
    `The funnel starts in ${str(p, "cell")}, on row ${str(p, "row")}, which leaves no row above it for the column headers. Insert an empty row above row ${str(p, "row")} (Home › Insert › Insert Sheet Rows) and recalculate.`,
  "gap-in-steps": (p) =>
    `Row ${str(p, "row")} is empty, but row ${str(p, "next")} below it still holds a step. Type the step on row ${str(p, "row")}, or delete that row (Home › Delete › Delete Sheet Rows), and recalculate.`,
  "cell-taken": (p) =>
    `${str(p, "cell")} holds "${str(p, "value")}", which Funnel Forecast did not write. It needs that cell for ${str(p, "purpose")}. Move or clear it, then recalculate; nothing was changed.`,
  "chart-spacer-taken": (p) =>
    `Excel did not accept a native funnel chart here, and the stacked-bar funnel needs ${str(p, "range")} for its spacer, which holds your own data. Clear it and recalculate to get the funnel chart; everything else was written.`,
  capped: (p) =>
    `${describeStep(p)}: ${formatPercent(num(p, "conversion"))} conversion improved by ${formatPercent(num(p, "value"))} would pass 100%, so the forecast uses 100%.`,
  "improvement-over-100": (p) =>
    `The improvement of ${describeStep(p)} is ${formatPercent(num(p, "value"))}. Did you mean ${formatPercent(num(p, "suggestion"))}? In a percent cell type 10% for ten percent.`,
  "name-missing": (p) =>
    `Step ${str(p, "step")}${str(p, "cell") === "" ? "" : ` (${str(p, "cell")})`} has no name; it is shown as "Step ${str(p, "step")}".`,
};

export function issueMessage(code: IssueCode, params: IssueParams): string {
  return englishIssueMessages[code](params);
}
