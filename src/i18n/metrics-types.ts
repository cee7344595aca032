/** The shape of the pane's sentences of issues 23 and 24 (metrics-strings.ts), in every language. */

/** How a sentence names the user's periods: "per quarter", "one quarter", "quarters like this one". */
export interface UnitWords {
  per: string;
  one: string;
  many: string;
}

export type PeriodUnit = "quarter" | "half" | "month" | "period";

export interface MetricsStrings {
  /** Under the revenue: {range} {per} now, and the forecast's {forecastRange}. */
  range: string;
  /** The same without a forecast of its own (nothing improved, or no range for it). */
  rangeNowOnly: string;
  /** The hoped-for {extra} is smaller than the range's {spread}. */
  rangeTooWide: string;
  /** Per improved step: after about {count} {many}, or in {one} with {leads} leads. */
  measure: string;
  /** Per improved step, when one period like this one is enough: within {one}. */
  measureWithin: string;
  units: Record<PeriodUnit, UnitWords>;
  /** The card of the sales cycle and the lifetime value. */
  cycleHeading: string;
  /** Revenue per day, now → forecast; {days} is the cycle. */
  revenuePerDay: string;
  customersValue: string;
  ltvToCac: string;
  paybackSales: string;
}
