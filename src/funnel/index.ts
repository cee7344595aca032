export type {
  ImprovementMode,
  FunnelStepInput,
  FunnelInput,
  StepForecast,
  FunnelForecast,
  MoneyForecast,
  TargetForecast,
  RevenueRange,
  VelocityForecast,
  LifetimeForecast,
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
export { wilsonInterval, Z_95, THIN_DATA_WIDTH } from "./wilson";
export { Z_POWER_80, peopleToMeasure } from "./measure";
export { renderIssue, type IssueTexts } from "./messages";
export { issueMessage, englishIssueTexts } from "./issue-texts-en";
export { classifyRaw, type RawValue } from "./raw-value";
export { exampleFunnel, exampleFunnelWithMoney } from "./example";
