/**
 * Sales-cycle time and lifetime value (DESIGN.md "Sales-cycle time and lifetime value"): how fast the
 * funnel earns (sales velocity, revenue ÷ cycle days) and what its customers are worth over the whole
 * relationship, weighed against what winning one costs. Every division by 0 gives null.
 */
import type { FunnelInput, LifetimeForecast, MoneyForecast, VelocityForecast } from "./types";

const ratio = (a: number, b: number | null): number | null => (b === null || b === 0 ? null : a / b);

export function velocityForecast(
  input: FunnelInput,
  revenue: number,
  forecastRevenue: number,
): VelocityForecast | null {
  const days = input.cycleDays;
  if (days === undefined) return null;
  return { revenuePerDay: revenue / days, forecastRevenuePerDay: forecastRevenue / days };
}

export function lifetimeForecast(
  input: FunnelInput,
  sales: number,
  forecastSales: number,
  money: MoneyForecast | null,
): LifetimeForecast | null {
  const lifetime = input.lifetimeValue;
  if (lifetime === undefined) return null;
  const costPerSale = money?.costPerSale ?? null;
  const margin = input.grossMargin ?? 1;
  return {
    customersValue: sales * lifetime,
    forecastCustomersValue: forecastSales * lifetime,
    ltvToCac: ratio(lifetime, costPerSale),
    forecastLtvToCac: ratio(lifetime, money?.forecastCostPerSale ?? null),
    paybackSales: costPerSale === null ? null : ratio(costPerSale, input.averageSaleValue * margin),
  };
}
