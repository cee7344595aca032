export type {
  ImprovementMode,
  FunnelStepInput,
  FunnelInput,
  StepForecast,
  FunnelForecast,
  MoneyForecast,
  TargetForecast,
  MoneyCells,
  MoneyField,
  FunnelIssue,
  FunnelOutcome,
  FunnelLayout,
  IssueCode,
  ErrorCode,
  WarningCode,
  IssueParams,
} from "./types";
export { forecastFunnel, computeForecast, improvedConversion, ONE_POINT } from "./forecast";
export {
  validateFunnel,
  MAX_RESULT,
  MAX_SALE_VALUE,
  displayName,
  type RawFunnel,
  type RawStep,
  type Validation,
} from "./validate";
export { parseFunnelCells, type FunnelCells } from "./parse-cells";
export {
  planSheet,
  englishSheetLabels,
  SUMMARY_NAMES,
  BARS_CHART_NAME,
  CHART_NAME,
  COMPARISON_CHART_NAME,
  TABLE_NAME,
  SPACER_COLUMN,
  NUMBER_FORMATS,
  type SheetPlan,
  type PlannedCell,
  type PlannedName,
  type ChartPlan,
  type ChartSeriesPlan,
  type SheetLabels,
  type SummaryName,
  type PlanName,
  type PlanAnchor,
  type PlanOptions,
  type CellRole,
} from "./plan-sheet";
export {
  MONEY_INPUT_NAMES,
  MONEY_OUTPUT_NAMES,
  STEP_RANGE_NAMES,
  MONEY_COLUMNS,
  moneyCellsAt,
  type MoneyLabels,
} from "./plan-money";
export { wilsonInterval, Z_95, THIN_DATA_WIDTH } from "./wilson";
export { issueMessage, renderIssue, englishIssueTexts, type IssueTexts } from "./messages";
export { classifyRaw, type RawValue } from "./raw-value";
export { exampleFunnel, exampleFunnelWithMoney } from "./example";
