import type { IssueTexts } from "../funnel/messages";
import type { MetricsStrings } from "./metrics-types";
import type { SheetLabels } from "../sheet/plan-sheet";

/** Every string the task pane shows. {placeholders} are filled by `fill`. */
export interface PaneStrings {
  appTitle: string;
  intro: string;
  funnelOn: string;
  noFunnelYet: string;
  stepsHeading: string;
  stepColumn: string;
  resultColumn: string;
  improvementColumn: string;
  stepNameLabel: string;
  resultLabel: string;
  improvementLabel: string;
  addStep: string;
  removeStep: string;
  moveUp: string;
  moveDown: string;
  saleValue: string;
  currency: string;
  modeLabel: string;
  modeRelative: string;
  modePoints: string;
  modeRelativeHelp: string;
  modePointsHelp: string;
  language: string;
  recalculate: string;
  working: string;
  newSheet: string;
  template: string;
  resultsHeading: string;
  revenueNow: string;
  forecastRevenue: string;
  extraRevenue: string;
  overall: string;
  perStepHeading: string;
  conversion: string;
  forecastResult: string;
  extraAlone: string;
  perPoint: string;
  bottleneckBadge: string;
  bottleneckSentence: string;
  noBottleneck: string;
  errorsHeading: string;
  /** Heading of the errors when Excel stopped part-way (some cells were written). */
  stoppedHeading: string;
  warningsHeading: string;
  written: string;
  previewNote: string;
  outsideOffice: string;
  failure: string;
  autoOpen: string;
  autoOpenHelp: string;
  settingsHeading: string;
  /** While Office.onReady has not answered yet. */
  waitingForExcel: string;
  /** When it takes long: Office on a slow machine may need more than 10 seconds. */
  stillWaiting: string;
  /** Excel refuses every call while the user edits a cell (InvalidOperationInCellEditMode). */
  cellEditMode: string;
  /** Placeholder of an empty result field. */
  resultPlaceholder: string;
  /** Above the steps: what to type for each. */
  stepsHint: string;
  /** Over the figures after an edit that is not written yet. */
  stale: string;
  /** Beside Recalculate after an edit that is not written yet. */
  staleStatus: string;
  /** Under Recalculate when the sheet's labels are in another language than the pane's; {language}. */
  sheetLanguageNote: string;
  /** The button that writes the sheet's labels in the pane's language; {language}. */
  relabel: string;
  /** Under the button after a run that wrote nothing: the figures shown are the last good ones. */
  blockedStatus: string;
  /** How many problems the banner lists: "Problems: {count}". */
  problemsCount: string;
  /** The advice when several steps tie for the most per point; {steps} is a list. */
  bottleneckTie: string;
  /** The last joint of a list: "A, B and C". */
  listAnd: string;
  /** The pane's hint for an improvement between 0 and 1: probably meant as a whole percentage. */
  hintSmall: string;
  /** The pane's hint for an improvement over 100. */
  hintLarge: string;
  /** The two answers to inputs changed both in the sheet and in the pane. */
  keepSheetValues: string;
  writeMyValues: string;
  /** The pane kept values typed in it although the sheet changed them since. */
  keptWhileSheetChanged: string;
  /** The pane's offer to write over cells of the block edited by hand, after listing them. */
  replaceEdits: string;
  replaceEditsConfirm: string;
  replaceEditsYes: string;
  replaceEditsCell: string;
  /** Cancels. */
  cancel: string;
  /** Before an error next to a field. */
  errorPrefix: string;
  /** Before a warning next to a field. */
  warningPrefix: string;
  /** Label of the product (FunnelName) field. */
  productLabel: string;
  /** Hint under it. */
  productHint: string;
  /** Heading of the periods section. */
  periodHeading: string;
  /** What closing a period does. */
  periodIntro: string;
  /** Label of the period label field. */
  periodLabel: string;
  /** The button. */
  closePeriod: string;
  /** While closing. */
  closing: string;
  /** After closing; {period}, {rows}. */
  periodClosed: string;
  /** The label is already closed for this funnel; {period}, {rows}. */
  periodReplaceConfirm: string;
  periodRowsChanged: string;
  /** Confirms replacing. */
  periodReplaceYes: string;
  /** Label of the compare-period picker. */
  compareWith: string;
  /** Its first option: the latest closed period; {period}. */
  compareLatest: string;
  /** Heading of the funnels section. */
  funnelsHeading: string;
  /** What the Overview is. */
  funnelsIntro: string;
  /** Marks the funnel of the active sheet in the list. */
  funnelHere: string;
  /** The Overview button (no Overview yet / there is one). */
  overviewCreate: string;
  overviewUpdate: string;
  /** While updating. */
  overviewUpdating: string;
  /** After updating; {count}, {sheet}. */
  overviewUpdated: string;
  /** A funnel sheet renamed since; {from}, {to}. */
  overviewRenamed: string;
  /** Funnels whose sheet is gone; {names}. */
  overviewGone: string;
  /** Link to the Overview sheet. */
  overviewShow: string;
  /** Card label of the change in conversion; {period}. */
  changeSince: string;
  /** A rise in conversion; {points}. */
  pointsUp: string;
  /** A fall in conversion; {points}. */
  pointsDown: string;
  /** No change. */
  pointsSame: string;
  /** Heading of the optional costs and target section. */
  moneyHeading: string;
  /** What filling it in gives. */
  moneyIntro: string;
  /** Label: costs of the period. */
  costs: string;
  /** Hint under the costs. */
  costsHelp: string;
  /** Label: cost of the improvements. */
  improvementCost: string;
  /** Label: gross margin, typed in percent. */
  grossMargin: string;
  /** Hint under the margin. */
  grossMarginHelp: string;
  /** Label: the revenue target. */
  revenueTarget: string;
  /** Label: the sales-cycle time, in days; its hint; the unit after the field. */
  cycleDays: string;
  cycleDaysHelp: string;
  daysUnit: string;
  /** Label: what one customer brings in over the whole relationship; its hint. */
  lifetimeValue: string;
  lifetimeValueHelp: string;
  /** Heading of the money figures. */
  moneyResultsHeading: string;
  /** Cost per sale, now → forecast. */
  costPerSale: string;
  /** Profit, now → forecast. */
  profit: string;
  /** Return on costs, now → forecast. */
  roi: string;
  /** Return on the improvement's cost. */
  improvementRoi: string;
  /** Sales needed to pay the costs. */
  breakEven: string;
  /** Heading of the target figures; {target} is the amount. */
  targetHeading: string;
  /** Sales the target needs. */
  salesNeeded: string;
  /** Leads the target needs, now → with the improvements. */
  leadsNeeded: string;
  /** The conversion's 95 % range, in a step card. */
  range: string;
  /** What each person reaching a step cost. */
  costPerResult: string;
  /** The conversion this step alone would need for the target. */
  neededAlone: string;
  /** Above 100 %: this step cannot make the target on its own. */
  notReachable: string;
  /** A step with too little data: {conversion} of {base}, anywhere from {low} to {high}. */
  thinData: string;
}

export type LanguageCode = "en" | "nl" | "de" | "hu" | "nb";

export interface LanguagePack {
  code: LanguageCode;
  /** The language's own name, for the picker. */
  name: string;
  pane: PaneStrings;
  /** How sure the revenue is, when a change will show, the sales cycle and lifetime value (issues 23, 24). */
  metrics: MetricsStrings;
  /** Step names of the example funnel (the article's lead-to-purchase steps). */
  exampleSteps: string[];
  sheet: SheetLabels;
  issues: IssueTexts;
}
