/**
 * The issues' sentences in English: the texts of the English language pack, and the English message of
 * an issue for the command line, the export and the tests. The pane never needs them unless its
 * language is English, so they load with that language like any other (src/i18n).
 */
import { renderIssue, type IssueTexts } from "./messages";
import type { FunnelIssue } from "./types";

export const englishIssueTexts: IssueTexts = {
  stepNamed: "Step {step} '{name}'",
  stepUnnamed: "Step {step}",
  templates: {
    "too-few-steps":
      "A funnel needs at least 2 steps: the leads at the top and at least one result below them. This one has {count}.",
    "too-few-steps-at":
      "A funnel needs at least 2 steps: the leads at the top and at least one result below them. This one has {count}. Type the next step's name in {nameCell} and its result in {resultCell}, then recalculate.",
    "too-many-steps":
      "The steps starting in {cell} run on for more than {max:number} rows. Leave an empty row under the last step of the funnel (or select just the funnel's rows) and recalculate.",
    "result-missing": "{where} has no result. Type how many reached this step (0 if nobody did).",
    "result-not-number": '{where} holds "{value}", which is not a number. Type a plain number such as 320.',
    "text-number":
      '{where} holds "{value}" as text, so Excel does not count it. Retype it as the plain number {suggestion:number}.',
    "text-percent":
      '{where} holds the text "{value}". Retype it as a number: type {suggestion:percent} in a cell formatted as Percent (Excel stores it as {suggestion:number}).',
    "cell-error": "{where} shows the Excel error {value}. Fix the formula there or type the number itself.",
    negative: "{where} has {value:number}. A result counts people, so type 0 or more.",
    "not-finite": "{where} is not a finite number. Type a plain number such as 320.",
    "too-large":
      "{where} has {value:number}, more than the {max:number} this add-in accepts. Check for a typing error.",
    "step-exceeds-previous":
      "{where} has {value:number}, more than the {previous:number} of the step before it. Each step counts people who also passed the one before, so type at most {previous:number}.",
    "after-zero":
      "{where} has {value:number}, but the step before it has 0. Nobody reaches a step after one that nobody passed: type 0 here, or correct the step before.",
    "improvement-not-number":
      'The improvement of {where} holds "{value}". Type a percentage such as 10%, or leave it empty for no improvement.',
    "improvement-below-minus-100":
      "The improvement of {where} is {value:percent}. A step cannot lose more than all of it: type an improvement above -100%.",
    "sale-value-missing":
      "The average sale value{cellSuffix} is empty. Type what one purchase is worth, for example 1500.",
    "sale-value-invalid":
      'The average sale value{cellSuffix} is "{value}". Type a plain number of 0 or more, for example 1500, without a currency sign.',
    "costs-invalid":
      "The costs of the period{cellSuffix} are {value:number}. Type what this funnel cost in the period (ads, tools, sales time) as a plain amount of 0 or more, for example 12000, or clear the cell.",
    "improvement-cost-invalid":
      "The cost of the improvements{cellSuffix} is {value:number}. Type what the hoped-for improvements will cost as a plain amount of 0 or more, for example 3000, or clear the cell.",
    "margin-invalid":
      "The gross margin{cellSuffix} is {value:percent}. Type a percentage above 0% and at most 100%, for example 40% in a Percent cell (Excel stores it as 0.4), or clear the cell to count all revenue as margin.",
    "target-invalid":
      "The revenue target{cellSuffix} is {value:number}. Type the revenue you aim for as a plain amount above 0, for example 50000, or clear the cell.",
    "cycle-days-invalid":
      "The sales-cycle time{cellSuffix} is {value:number}. Type the average number of days from a lead's first contact to the purchase, above 0, for example 45, or clear the cell.",
    "lifetime-value-invalid":
      "The lifetime value of a customer{cellSuffix} is {value:number}. Type what one customer brings in over the whole relationship as a plain amount of 0 or more, for example 6000, or clear the cell.",
    "period-label-empty": "The period has no label. Type one such as 2026 Q3, then close the period.",
    "period-label-too-long":
      'The period label "{value}" is longer than {max} characters. Type a shorter one, such as 2026 Q3.',
    "name-too-long":
      '"{name}"{cellSuffix} has {count:number} characters; a name may have at most {max:number} (Excel matches no more with the closed periods). Type a shorter one; nothing was changed.',
    "name-control-character":
      '"{name}"{cellSuffix} holds an invisible control character, often pasted from another program, which an Excel file cannot keep. Type the name again by hand; nothing was changed.',
    "history-table-missing":
      "The history table {table} is gone (renamed or deleted), but the names that point at its columns are still there. Rename the table back to {table} (Table Design › Table Name), or delete the names FunnelHistory… (Formulas › Name Manager) to start a new history; nothing was changed.",
    "history-row-broken":
      '{cell} holds "{value}" where the history needs a number. Type the number there (or delete that row of the table), then close the period again; nothing was changed.',
    "funnel-name-taken":
      "The product name \"{value}\" in {cell} is already the name of the funnel on sheet '{sheet}'. Two funnels with one name would mix their history: type another name in {cell} (or clear it to use the sheet's name), then try again; nothing was changed.",
    "overview-too-many":
      "The workbook has {count:number} funnel sheets; the Overview lists at most {max:number}. Move some funnels to another workbook; nothing was changed.",
    "overview-no-funnels":
      "There is no funnel to list yet. Make one with New funnel sheet, or recalculate a funnel sheet, then update the Overview; nothing was changed.",
    "other-data":
      "Sheet '{sheet}' holds other data from {cell} on, not a funnel: a funnel has step names in column A and numbers in column B (for example Leads 800, Qualified 320). Open a funnel's sheet, or choose New funnel sheet; nothing was changed.",
    "history-sheet":
      "'{sheet}' is the history of closed periods, which Close period adds to. Open a funnel's sheet to recalculate it; nothing was changed.",
    "overview-sheet":
      "'{sheet}' is the Overview of all the funnels: it follows their sheets by itself, and Update the Overview (in the pane) adds or removes funnels. Open a funnel's sheet to recalculate it; nothing was changed.",
    "improvement-mode-invalid":
      'The improvement mode "{value}" is unknown. Use "relative" (percent of the current conversion) or "points" (percentage points).',
    "no-funnel":
      "No funnel found on sheet '{sheet}'. Type step names in column A and results in column B under a header row (for example Leads 800, Qualified 320), or choose New funnel sheet.",
    "no-header-row":
      "The funnel starts in {cell}, on row {row}, which leaves no row above it for the column headers. Insert an empty row above row {row} (Home › Insert › Insert Sheet Rows) and recalculate.",
    "gap-in-steps":
      "Row {row} is empty, but row {next} below it still holds a step. Type the step on row {row}, or delete that row (Home › Delete › Delete Sheet Rows), and recalculate.",
    "cell-edited":
      '{cell} ("{purpose}") was changed by hand: it holds {value}, where Funnel Forecast would write {planned}. Nothing was changed. To keep the edit, copy it to a cell outside the funnel; to put the add-in\'s content back, choose "Replace my edits" in the pane.',
    "cell-merged":
      "{range} are merged cells: Excel keeps only what is in {cell}, so the others read as empty. Unmerge them (Home › Merge & Center) and type each value in its own cell; nothing was changed.",
    "cell-taken":
      '{cell} holds "{value}", which Funnel Forecast did not write. It needs that cell for "{purpose}". Move or clear it, then recalculate; nothing was changed.',
    "chart-spacer-taken":
      "Excel did not accept a native funnel chart here, and the stacked-bar funnel needs {range} for its spacer, which holds your own data. Clear it and recalculate to get the funnel chart; everything else was written.",
    "write-refused": "Excel refused the change ({reason}). Nothing in the sheet was changed; try Recalculate again.",
    "changed-in-sheet":
      "{cell} was changed in the sheet since the pane read it: the sheet has {sheet}, the pane {pane}. Nothing was written.",
    "rows-changed-in-sheet":
      "The funnel's rows ({range}) changed in the sheet since the pane read them: the sheet has {sheetSteps} steps, the pane {paneSteps}. Nothing was written.",
    "write-stopped":
      "Excel stopped part-way through writing ({reason}). Written: {written}. Not written: {missing}. Recalculate to finish.",
    "charts-not-made":
      "The formulas and names were written, but Excel could not draw the charts ({reason}). Recalculate to try again; no half-made chart was left on the sheet.",
    capped:
      "{where}: {conversion:percent} conversion improved by {value:percent} would pass 100%, so the forecast uses 100%.",
    "improvement-over-100":
      "The improvement of {where} is {value:percent}. Did you mean {suggestion:percent}? In a percent cell type 10% for ten percent.",
    "name-missing":
      'Step {step}{cellSuffix} has no name. Type one there: until then the chart shows this step without a label, and the pane calls it "Step {step}".',
    "thin-data":
      "{where}: {value:wholePercent} of {base:number} — with so few, the true conversion could be anywhere from {low:wholePercent} to {high:wholePercent}. Count over a longer period before relying on this step.",
    "result-not-whole":
      "{where} has {value:number}, which is not a whole number. A result counts people, so this is usually a typing slip; the forecast uses {value:number} as it is.",
    "lifetime-below-sale":
      "The lifetime value of a customer{cellSuffix} is {value:number}, less than one sale of {saleValue:number}. A customer brings in at least their first sale: check whether you meant the value over the whole relationship.",
  },
};

/** The issue's sentence in English. */
export function issueMessage(issue: FunnelIssue): string {
  return renderIssue(issue.code, issue.params ?? {}, englishIssueTexts, "en-US");
}
