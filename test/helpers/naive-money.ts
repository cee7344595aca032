/**
 * An independent reference for DESIGN.md "Money, target and how sure the numbers are", written from the
 * contract's sentences on top of the naive funnel. The Wilson interval is found another way than the
 * engine's: as the two roots of the quadratic |x/n − p| = z·√(p(1−p)/n), i.e.
 * (n + z²)p² − (2x + z²)p + x²/n = 0.
 */
import { naiveForecast, type NaiveFunnel } from "./naive-funnel";

export interface NaiveMoneyInput extends NaiveFunnel {
  costs?: number;
  improvementCost?: number;
  margin?: number;
  target?: number;
}

const div = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function naiveWilson(x: number, n: number): { low: number; high: number } | null {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n <= 0) return null;
  const z = 1.959963984540054;
  const a = n + z * z;
  const b = -(2 * x + z * z);
  const c = (x * x) / n;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return { low: Math.max(0, (-b - root) / (2 * a)), high: Math.min(1, (-b + root) / (2 * a)) };
}

export function naiveMoney(input: NaiveMoneyInput) {
  const f = naiveForecast(input);
  const r = input.steps.map((s) => s.result);
  const n = r.length;
  const v = input.value;
  const R = f.revenue;
  const R2 = f.forecastRevenue;
  const m = input.margin ?? 1;
  const K = input.improvementCost ?? 0;
  const C = input.costs;
  const T = input.target;
  const money =
    C === undefined
      ? null
      : {
          costPerSale: div(C, r[n - 1]!),
          forecastCostPerSale: div(C + K, f.forecastResult[n - 1]!),
          profit: R * m - C,
          forecastProfit: R2 * m - C - K,
          roi: div(R * m - C, C),
          forecastRoi: div(R2 * m - C - K, C + K),
          improvementRoi: div((R2 - R) * m - K, K),
          breakEvenSales: div(C, v * m),
        };
  const target =
    T === undefined
      ? null
      : {
          salesNeeded: div(T, v),
          leadsNeeded: div(r[0]! * T, R),
          leadsNeededForecast: div(f.forecastResult[0]! * T, R2),
        };
  const steps = r.map((result, i) => {
    const wilson = i === 0 ? null : naiveWilson(result, r[i - 1]!);
    return {
      costPerResult: C === undefined ? null : div(C, result),
      neededForTarget: T === undefined ? null : div(result * T, R),
      conversionNeededAlone: T === undefined || f.conversion[i] === null ? null : div(f.conversion[i]! * T, R),
      conversionLow: wilson?.low ?? null,
      conversionHigh: wilson?.high ?? null,
    };
  });
  return { money, target, steps };
}
