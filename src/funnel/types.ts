/** Shapes shared by the funnel engine, the sheet planner and every adapter. */

export type ImprovementMode = "relative" | "points";

export interface FunnelStepInput {
  name: string;
  /** People (or deals) who reached this step. */
  result: number;
  /** Hoped-for improvement as a fraction: 0.1 means 10 %. 0 means none. */
  improvement: number;
}

export interface FunnelInput {
  steps: FunnelStepInput[];
  averageSaleValue: number;
  improvementMode?: ImprovementMode;
}

export interface StepForecast {
  name: string;
  result: number;
  /** result / previous result; null for the first step and after a step of 0. */
  conversion: number | null;
  /** result / first result; null when the first step is 0. */
  shareOfTop: number | null;
  improvement: number;
  /** Improved conversion; null where the conversion is null. */
  forecastConversion: number | null;
  forecastResult: number;
  /** Extra revenue if only this step were improved. */
  extraRevenueAlone: number;
  /** Extra revenue of one more percentage point of conversion at this step; null for the first step. */
  revenuePerPoint: number | null;
  /** The improved conversion was capped at 100 %. */
  capped: boolean;
}

export interface FunnelForecast {
  steps: StepForecast[];
  revenue: number;
  forecastRevenue: number;
  extraRevenue: number;
  overallConversion: number | null;
  forecastOverallConversion: number | null;
  /**
   * 0-based indexes of the steps where one more point of conversion is worth most: every step tied for
   * that (within 1e-9, relative), earliest first; empty if none helps.
   */
  bottleneckIndexes: number[];
}

export type ErrorCode =
  | "too-few-steps"
  | "too-few-steps-at"
  | "too-many-steps"
  | "result-missing"
  | "result-not-number"
  | "negative"
  | "not-finite"
  | "too-large"
  | "step-exceeds-previous"
  | "after-zero"
  | "improvement-not-number"
  | "improvement-below-minus-100"
  | "sale-value-missing"
  | "sale-value-invalid"
  | "cell-error"
  | "text-number"
  | "text-percent"
  | "improvement-mode-invalid"
  | "no-funnel"
  | "no-header-row"
  | "gap-in-steps"
  | "cell-taken"
  | "write-refused"
  | "write-stopped";

/** Issues that do not stop anything being written (shown, not blocking). */
export const WARNING_CODES = [
  "capped",
  "improvement-over-100",
  "name-missing",
  "result-not-whole",
  // The cells were written; only a chart is missing.
  "chart-spacer-taken",
  "charts-not-made",
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export type IssueCode = ErrorCode | WarningCode;

/** Values a message is built from; kept so a translated pane can rebuild the sentence. */
export type IssueParams = Record<string, string | number>;

export interface FunnelIssue {
  code: IssueCode;
  /** 1-based step number, or null for problems of the whole funnel (sale value, too few steps). */
  step: number | null;
  /** A1 address of the cell concerned, when the funnel's place in a sheet is known. */
  cell?: string;
  message: string;
  params?: IssueParams;
}

export interface FunnelOutcome {
  forecast: FunnelForecast | null;
  errors: FunnelIssue[];
  warnings: FunnelIssue[];
}

/**
 * Where a funnel sits in a sheet, so that issues can name cells.
 * Rows are 1-based sheet rows; columns follow the sheet contract (A name, B result, D improvement).
 */
export interface FunnelLayout {
  firstStepRow: number;
  saleValueCell?: string;
}
