/**
 * When a change will show (DESIGN.md "How sure the forecast is, and when a change will show"): the
 * people needed at the step before, in each of two periods (before and after), for a two-sided test at
 * 95 % to see a conversion move from p to q with 80 % power:
 *   N = (z·√(2p̄(1−p̄)) + z_β·√(p(1−p) + q(1−q)))² / (q − p)², p̄ = (p + q) / 2.
 * Divided by the people who reach the step before in one period, that is how many periods like this one
 * it takes; times the top's share of them, how many leads would show it in one.
 */
import { Z_95 } from "./wilson";

/** z for 80 % power: the standard normal's 80th percentile. */
export const Z_POWER_80 = 0.8416212335729143;

/** Changes smaller than this are no change (and would need an infinite sample). */
export const NO_CHANGE = 1e-12;

export interface Measure {
  periodsToMeasure: number | null;
  leadsToMeasure: number | null;
}

const NONE: Measure = { periodsToMeasure: null, leadsToMeasure: null };

/** People needed at the step before, per period, to see a conversion change from p to q. */
export function peopleToMeasure(p: number, q: number): number {
  const mean = (p + q) / 2;
  const spread = Z_95 * Math.sqrt(2 * mean * (1 - mean)) + Z_POWER_80 * Math.sqrt(p * (1 - p) + q * (1 - q));
  return spread ** 2 / (q - p) ** 2;
}

/**
 * Periods and leads to see a step's change; `before` is the step before's result, `first` the top's.
 * Null for step 1 (no conversion), without a conversion or a change, and where the step before is 0.
 */
export function measureChange(
  conversion: number | null,
  forecastConversion: number | null,
  before: number,
  first: number,
): Measure {
  if (conversion === null || forecastConversion === null || !(before > 0)) return NONE;
  if (Math.abs(forecastConversion - conversion) < NO_CHANGE) return NONE;
  const periods = peopleToMeasure(conversion, forecastConversion) / before;
  return { periodsToMeasure: periods, leadsToMeasure: first > 0 ? periods * first : null };
}
