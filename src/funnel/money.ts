/**
 * Money and target (DESIGN.md "Money, target and how sure the numbers are"): what the funnel costs and
 * earns, and what a revenue target asks of each step. Pure arithmetic on a funnel already forecast;
 * every division by 0 gives null, so nothing here is ever Infinity or NaN.
 */
import type { FunnelInput, MoneyForecast, TargetForecast } from "./types";

/** a / b, or null when b is 0. */
function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** The totals money and target are computed from. */
export interface FunnelTotals {
  firstResult: number;
  lastResult: number;
  firstForecast: number;
  lastForecast: number;
  revenue: number;
  forecastRevenue: number;
}

export function moneyForecast(input: FunnelInput, totals: FunnelTotals): MoneyForecast | null {
  const costs = input.costs;
  if (costs === undefined) return null;
  const k = input.improvementCost ?? 0;
  const m = input.grossMargin ?? 1;
  const profit = totals.revenue * m - costs;
  const forecastProfit = totals.forecastRevenue * m - costs - k;
  return {
    costPerSale: ratio(costs, totals.lastResult),
    forecastCostPerSale: ratio(costs + k, totals.lastForecast),
    profit,
    forecastProfit,
    roi: ratio(profit, costs),
    forecastRoi: ratio(forecastProfit, costs + k),
    improvementRoi: ratio((totals.forecastRevenue - totals.revenue) * m - k, k),
    breakEvenSales: ratio(costs, input.averageSaleValue * m),
  };
}

export function targetForecast(input: FunnelInput, totals: FunnelTotals): TargetForecast | null {
  const target = input.revenueTarget;
  if (target === undefined) return null;
  return {
    revenueTarget: target,
    salesNeeded: ratio(target, input.averageSaleValue),
    leadsNeeded: ratio(totals.firstResult * target, totals.revenue),
    leadsNeededForecast: ratio(totals.firstForecast * target, totals.forecastRevenue),
  };
}

export interface StepMoney {
  costPerResult: number | null;
  neededForTarget: number | null;
  conversionNeededAlone: number | null;
}

/** One step's cost per result and its share of the reverse funnel; `conversion` is null for step 1. */
export function stepMoney(input: FunnelInput, result: number, conversion: number | null, revenue: number): StepMoney {
  const costs = input.costs;
  const target = input.revenueTarget;
  // Multiplied before dividing, as the sheet's formulas do, so both round alike.
  const ofTarget = (x: number | null) => (target === undefined || x === null ? null : ratio(x * target, revenue));
  return {
    costPerResult: costs === undefined ? null : ratio(costs, result),
    neededForTarget: ofTarget(result),
    conversionNeededAlone: ofTarget(conversion),
  };
}
