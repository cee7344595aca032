/**
 * How sure the revenue is (DESIGN.md "How sure the forecast is, and when a change will show"): each
 * conversion's Wilson 95 % interval gives it a standard error σᵢ = (high − low) / (2z); revenue is the
 * top times the product of the conversions, so its logarithm's variance is the sum of (σᵢ / cᵢ)² (the
 * delta method), and the range is revenue × e^(±z·S). The forecast's conversions move with today's by
 * gᵢ (1 + dᵢ relative, 1 in points mode, 0 where the forecast is capped or clamped), so a capped step adds
 * no uncertainty to the forecast. The sheet computes the same sums (plan-range.ts).
 */
import { Z_95 } from "./wilson";
import type { ImprovementMode, RevenueRange } from "./types";

/** What the range needs of each step from the second. */
export interface RangeStep {
  conversion: number | null;
  improvement: number;
  forecastConversion: number | null;
  conversionLow: number | null;
  conversionHigh: number | null;
}

/**
 * How much the forecast conversion moves with today's: relative (1 + d) unless capped at 100 %, points
 * 1 unless clamped at 0 % or 100 %.
 */
export function forecastSensitivity(conversion: number, improvement: number, mode: ImprovementMode): number {
  if (mode === "points") {
    const raw = conversion + improvement;
    return raw > 0 && raw < 1 ? 1 : 0;
  }
  return conversion * (1 + improvement) <= 1 ? 1 + improvement : 0;
}

/** Σ (weight·σ / divisor)² over the steps; null where a bound is missing or a divisor is not above 0. */
function logVariance(
  steps: readonly RangeStep[],
  term: (step: RangeStep) => { weight: number; divisor: number | null },
): number | null {
  let sum = 0;
  for (const step of steps) {
    if (step.conversionLow === null || step.conversionHigh === null) return null;
    const { weight, divisor } = term(step);
    if (divisor === null || !(divisor > 0)) return null;
    const sigma = (step.conversionHigh - step.conversionLow) / (2 * Z_95);
    sum += ((weight * sigma) / divisor) ** 2;
  }
  return sum;
}

function bounds(centre: number, variance: number | null): [number | null, number | null] {
  if (variance === null || !(centre > 0)) return [null, null];
  const spread = Z_95 * Math.sqrt(variance);
  return [centre * Math.exp(-spread), centre * Math.exp(spread)];
}

/** The revenue range now and forecast; `steps` are the funnel's steps from the second. */
export function revenueRange(
  steps: readonly RangeStep[],
  revenue: number,
  forecastRevenue: number,
  mode: ImprovementMode,
): RevenueRange {
  const now = logVariance(steps, (step) => ({ weight: 1, divisor: step.conversion }));
  const forecast = logVariance(steps, (step) => ({
    weight: step.conversion === null ? 0 : forecastSensitivity(step.conversion, step.improvement, mode),
    divisor: step.forecastConversion,
  }));
  const [revenueLow, revenueHigh] = bounds(revenue, now);
  const [forecastRevenueLow, forecastRevenueHigh] = bounds(forecastRevenue, forecast);
  return { revenueLow, revenueHigh, forecastRevenueLow, forecastRevenueHigh };
}
