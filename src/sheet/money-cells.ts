/**
 * Where the costs and target block's cells sit, without the formulas plan-money.ts and plan-cycle.ts
 * write there: reading a sheet (the pane's first read, three-way writes, messages naming cells) needs
 * only these, so it does not load the code that lays a sheet out.
 */
import type { MoneyCells, MoneyField } from "../funnel/types";
import { SIDE_COLUMNS } from "./plan-part";

/** Rows below the summary row (the sale value's row) where the money block starts. */
const HEADING_OFFSET = 7;

/** The four inputs in A and B, in sheet order, with their names. */
export const MONEY_INPUTS = [
  { field: "costs", name: "FunnelCosts" },
  { field: "improvementCost", name: "FunnelImprovementCost" },
  { field: "grossMargin", name: "FunnelMargin" },
  { field: "revenueTarget", name: "FunnelTarget" },
] as const satisfies readonly { field: MoneyField; name: string }[];

export type MoneyInputName = (typeof MONEY_INPUTS)[number]["name"];
export const MONEY_INPUT_NAMES: readonly MoneyInputName[] = MONEY_INPUTS.map((input) => input.name);

export const MONEY_OUTPUT_NAMES = [
  "FunnelCostPerSale",
  "FunnelForecastCostPerSale",
  "FunnelProfit",
  "FunnelForecastProfit",
  "FunnelROI",
  "FunnelForecastROI",
  "FunnelImprovementROI",
  "FunnelBreakEvenSales",
  "FunnelSalesNeeded",
  "FunnelLeadsNeeded",
  "FunnelLeadsNeededForecast",
] as const;
export type MoneyOutputName = (typeof MONEY_OUTPUT_NAMES)[number];

/** The sales cycle and lifetime value, beside the four (SIDE_COLUMNS), in sheet order, with their names. */
export const CYCLE_INPUTS = [
  { field: "cycleDays", name: "FunnelCycleDays" },
  { field: "lifetimeValue", name: "FunnelLifetimeValue" },
] as const satisfies readonly { field: MoneyField; name: string }[];

export type CycleField = (typeof CYCLE_INPUTS)[number]["field"];
export type CycleInputName = (typeof CYCLE_INPUTS)[number]["name"];
export const CYCLE_INPUT_NAMES: readonly CycleInputName[] = CYCLE_INPUTS.map((input) => input.name);

/** The row of the costs and target block's heading of a funnel whose summary (sale value) is on `summaryRow`. */
export function moneyHeadingRowAt(summaryRow: number): number {
  return summaryRow + HEADING_OFFSET;
}

/** The last row of the money block of a funnel whose summary (sale value) is on `summaryRow`. */
export function moneyLastRowAt(summaryRow: number): number {
  return moneyHeadingRowAt(summaryRow) + MONEY_INPUTS.length + MONEY_OUTPUT_NAMES.length;
}

/** Where the optional inputs of a funnel whose summary (sale value) is on `summaryRow` live. */
export function moneyCellsAt(summaryRow: number): MoneyCells {
  const first = moneyHeadingRowAt(summaryRow) + 1;
  const cells = {} as MoneyCells;
  MONEY_INPUTS.forEach(({ field }, i) => (cells[field] = `B${first + i}`));
  CYCLE_INPUTS.forEach(({ field }, i) => (cells[field] = `${SIDE_COLUMNS.value}${first + i}`));
  return cells;
}

/** The cell of the money output `name` of a funnel whose summary (sale value) is on `summaryRow`. */
export function moneyOutputAt(summaryRow: number, name: MoneyOutputName): string {
  return `B${moneyHeadingRowAt(summaryRow) + 1 + MONEY_INPUTS.length + MONEY_OUTPUT_NAMES.indexOf(name)}`;
}
