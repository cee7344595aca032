/**
 * How sure the revenue is (DESIGN.md "How sure the forecast is, and when a change will show"): beside
 * the summary, today's and the forecast's revenue at least and at most (95 % sure), as live formulas over
 * the Wilson bounds (J, K), the conversions (C, E) and the improvements (D) of the step rows — the same
 * sums revenue-range.ts makes, in the same order: R·e^(∓z·√Σ(gᵢ·σᵢ/cᵢ)²), σᵢ = (Kᵢ − Jᵢ)/(2z). Each
 * is "" where a bound is missing (a count that is not whole, a step before it of 0) or a divisor is 0.
 */
import { Z_95 } from "../funnel/wilson";
import type { ImprovementMode } from "../funnel/types";
import { SIDE_COLUMNS, type PartCell } from "./plan-part";

export const RANGE_NAMES = [
  "FunnelRevenueLow",
  "FunnelRevenueHigh",
  "FunnelForecastRevenueLow",
  "FunnelForecastRevenueHigh",
] as const;
export type RangeName = (typeof RANGE_NAMES)[number];

export interface RangeLabels {
  revenueLow: string;
  revenueHigh: string;
  forecastRevenueLow: string;
  forecastRevenueHigh: string;
}

export interface RangeFrame {
  firstStepRow: number;
  lastStepRow: number;
  /** Row of the sale value; revenue now and forecast are the two rows below it. */
  summaryRow: number;
  mode: ImprovementMode;
  labels: RangeLabels;
  moneyFormat: string;
}

const Z = String(Z_95);

/**
 * gᵢ as an array expression over step rows `rows` (e.g. "6:10"): relative (1 + d) unless c(1 + d) > 1,
 * points 1 unless c + d is at or outside 0..1.
 */
function sensitivity(mode: ImprovementMode, column: (letter: string) => string): string {
  const c = column("C");
  const d = column("D");
  return mode === "points" ? `(${c}+${d}>0)*(${c}+${d}<1)` : `(${c}*(1+${d})<=1)*(1+${d})`;
}

export function planRange(frame: RangeFrame): { cells: PartCell[]; names: { name: RangeName; address: string }[] } {
  const { firstStepRow: p, lastStepRow: q, summaryRow: s, labels } = frame;
  const from = p + 1;
  const column = (letter: string) => `$${letter}$${from}:$${letter}$${q}`;
  const sigma = `((${column("K")}-${column("J")})/(2*${Z}))`;
  // Every step has both bounds (then every conversion is a number) and every divisor is above 0. The
  // ranges' length is counted by ROWS, not written in: a row the user inserts among the steps widens the
  // ranges, and its empty cells then make the figure "" (rather than #DIV/0!) until the next Recalculate.
  const defined = (divisor: string, revenue: string) =>
    `OR(${revenue}<=0,COUNT(${column("J")})<ROWS(${column("J")}),COUNTIF(${column(divisor)},">0")<ROWS(${column(divisor)}))`;
  const spread = (weight: string, divisor: string) => `${Z}*SQRT(SUMPRODUCT((${weight}${sigma}/${column(divisor)})^2))`;
  const bound = (revenue: string, divisor: string, weight: string, sign: "-" | "") =>
    `=IF(${defined(divisor, revenue)},"",${revenue}*EXP(${sign}${spread(weight, divisor)}))`;
  const revenue = `$B$${s + 1}`;
  const forecast = `$B$${s + 2}`;
  const g = `${sensitivity(frame.mode, column)}*`;
  const figures: { name: RangeName; label: string; formula: string }[] = [
    { name: "FunnelRevenueLow", label: labels.revenueLow, formula: bound(revenue, "C", "", "-") },
    { name: "FunnelRevenueHigh", label: labels.revenueHigh, formula: bound(revenue, "C", "", "") },
    { name: "FunnelForecastRevenueLow", label: labels.forecastRevenueLow, formula: bound(forecast, "E", g, "-") },
    { name: "FunnelForecastRevenueHigh", label: labels.forecastRevenueHigh, formula: bound(forecast, "E", g, "") },
  ];
  const cells: PartCell[] = [];
  const names: { name: RangeName; address: string }[] = [];
  figures.forEach(({ name, label, formula }, i) => {
    // Beside revenue now, forecast, extra and overall conversion: the first two lines speak of revenue now.
    const row = s + 1 + i;
    cells.push({ column: SIDE_COLUMNS.label, row, role: "output", value: label, text: true });
    cells.push({ column: SIDE_COLUMNS.value, row, role: "output", formula, numberFormat: frame.moneyFormat });
    names.push({ name, address: `${SIDE_COLUMNS.value}${row}` });
  });
  return { cells, names };
}
