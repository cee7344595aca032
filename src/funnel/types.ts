/** Shapes shared by the funnel engine, the sheet planner and every adapter. */

export type ImprovementMode = "relative" | "points";

export interface FunnelStepInput {
  name: string;
  /** People (or deals) who reached this step. */
  result: number;
  /** Hoped-for improvement as a fraction: 0.1 means 10 %. 0 means none. */
  improvement: number;
  /** True where no improvement was typed at all (counted as 0, and written back as an empty cell). */
  improvementBlank?: boolean;
}

export interface FunnelInput {
  /** The product or service this funnel is for (FunnelName); absent or "" = the sheet's name. */
  name?: string;
  steps: FunnelStepInput[];
  averageSaleValue: number;
  improvementMode?: ImprovementMode;
  /** Costs of the period spent on this funnel (ads, tools, sales time), C ≥ 0; absent = not given. */
  costs?: number;
  /** Cost of the hoped-for improvements, K ≥ 0; absent = 0. */
  improvementCost?: number;
  /** Gross margin as a fraction, 0 < m ≤ 1; absent = 1 (all revenue is margin). */
  grossMargin?: number;
  /** Revenue target of the period, T > 0; absent = not given. */
  revenueTarget?: number;
  /** Average days from a lead's first contact to the purchase (the sales-cycle time), D > 0; absent = not given. */
  cycleDays?: number;
  /** What one customer brings in over the whole relationship, L ≥ 0; absent = not given. */
  lifetimeValue?: number;
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
  /** Costs / this step's result: what each person reaching this step cost; null without costs or at 0. */
  costPerResult: number | null;
  /** The reverse funnel: how many must reach this step, at today's conversions, to make the target. */
  neededForTarget: number | null;
  /**
   * The conversion this step alone would need to reach the target with today's leads (above 1: not
   * reachable by this step alone); null for the first step, without a target or conversion.
   */
  conversionNeededAlone: number | null;
  /** Wilson 95 % interval of the conversion; null unless both results are whole and the one before > 0. */
  conversionLow: number | null;
  conversionHigh: number | null;
  /**
   * Periods like this one, before and after, needed to see the hoped-for change of this step's conversion
   * in the numbers (95 % two-sided, 80 % power); null for step 1, without a change or a conversion.
   */
  periodsToMeasure: number | null;
  /** Leads at the top that would show the change in one period; null where periodsToMeasure is. */
  leadsToMeasure: number | null;
}

/** What the funnel costs and earns; present when the costs of the period are given. */
export interface MoneyForecast {
  /** Costs / sales now. */
  costPerSale: number | null;
  /** (Costs + cost of the improvements) / forecast sales. */
  forecastCostPerSale: number | null;
  /** Revenue × margin − costs. */
  profit: number;
  /** Forecast revenue × margin − costs − cost of the improvements. */
  forecastProfit: number;
  /** Profit / costs. */
  roi: number | null;
  /** Forecast profit / (costs + cost of the improvements). */
  forecastRoi: number | null;
  /** (Extra revenue × margin − cost of the improvements) / cost of the improvements. */
  improvementRoi: number | null;
  /** Sales needed to pay the costs: costs / (sale value × margin). */
  breakEvenSales: number | null;
}

/**
 * What the data says this funnel earns per period at today's leads: the 95 % uncertainty of the estimated
 * conversions carried to the revenue (log-normal approximation). Each bound is null where a conversion's
 * Wilson interval is missing or a divisor is 0.
 */
export interface RevenueRange {
  revenueLow: number | null;
  revenueHigh: number | null;
  forecastRevenueLow: number | null;
  forecastRevenueHigh: number | null;
}

/** How fast the funnel earns; present when the sales-cycle time is given. */
export interface VelocityForecast {
  /** Revenue / cycle days (sales velocity: leads × win rate × sale value ÷ cycle length). */
  revenuePerDay: number;
  forecastRevenuePerDay: number;
}

/** What the customers are worth over the whole relationship; present when the lifetime value is given. */
export interface LifetimeForecast {
  /** Sales × lifetime value. */
  customersValue: number;
  /** Forecast sales × lifetime value. */
  forecastCustomersValue: number;
  /** Lifetime value / cost per sale (LTV:CAC); null without costs or on a zero divisor. */
  ltvToCac: number | null;
  /** Lifetime value / forecast cost per sale. */
  forecastLtvToCac: number | null;
  /** Sales at the average sale value and margin that pay back winning one customer: cost per sale / (v·m). */
  paybackSales: number | null;
}

/** What the revenue target asks of the funnel; present when a target is given. */
export interface TargetForecast {
  /** The target itself, T. */
  revenueTarget: number;
  /** Target / sale value. */
  salesNeeded: number | null;
  /** Leads needed at today's conversions. */
  leadsNeeded: number | null;
  /** Leads needed at the improved conversions. */
  leadsNeededForecast: number | null;
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
  money: MoneyForecast | null;
  target: TargetForecast | null;
  range: RevenueRange;
  velocity: VelocityForecast | null;
  lifetime: LifetimeForecast | null;
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
  | "costs-invalid"
  | "improvement-cost-invalid"
  | "margin-invalid"
  | "target-invalid"
  | "cycle-days-invalid"
  | "lifetime-value-invalid"
  | "period-label-empty"
  | "period-label-too-long"
  | "name-too-long"
  | "name-control-character"
  | "history-table-missing"
  | "history-row-broken"
  | "funnel-name-taken"
  | "overview-too-many"
  | "overview-no-funnels"
  | "overview-sheet"
  | "history-sheet"
  | "other-data"
  | "no-funnel"
  | "no-header-row"
  | "gap-in-steps"
  | "cell-taken"
  | "cell-edited"
  | "cell-merged"
  | "write-refused"
  | "write-stopped"
  | "changed-in-sheet"
  | "rows-changed-in-sheet";

/** Issues that do not stop anything being written (shown, not blocking). */
export const WARNING_CODES = [
  "capped",
  "improvement-over-100",
  "name-missing",
  "result-not-whole",
  // The conversion's 95 % range is wider than 20 points: too little data to lean on.
  "thin-data",
  // A customer's lifetime value below one sale's value: usually a typing slip.
  "lifetime-below-sale",
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
  /** What the sentence says (the pane renders it in its language; issueMessage in English). */
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
  /** Cells of the optional money and target inputs. */
  moneyCells?: MoneyCells;
  /** The funnel's name (FunnelName). */
  nameCell?: string;
}

/** Where each optional money input sits (A1 addresses). */
export type MoneyCells = Record<MoneyField, string>;

/**
 * The optional inputs of the costs and target block: DESIGN.md "Money, target and how sure the numbers
 * are", then "Sales-cycle time and lifetime value".
 */
export const MONEY_FIELDS = [
  "costs",
  "improvementCost",
  "grossMargin",
  "revenueTarget",
  "cycleDays",
  "lifetimeValue",
] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];
