/**
 * An independent reference for DESIGN.md "How sure the forecast is, and when a change will show" and
 * "Sales-cycle time and lifetime value", written from the contract's sentences on top of the naive
 * funnel and the naive Wilson interval (test/helpers). It shares no code with src: the range is built as
 * a product of per-step factors e^(±z·√(term)) would not be, so it sums the terms first, as the contract
 * says, but walks the steps its own way and spells every null case out.
 */
import type { FunnelInput } from "../../src/funnel";
import { naiveForecast, type NaiveFunnel } from "./naive-funnel";
import { naiveMoney, naiveWilson, type NaiveMoneyInput } from "./naive-money";

const Z = 1.959963984540054;
const Z_BETA = 0.8416212335729143;

export interface NaiveRange {
  revenueLow: number | null;
  revenueHigh: number | null;
  forecastRevenueLow: number | null;
  forecastRevenueHigh: number | null;
}

export function naiveRange(funnel: NaiveFunnel): NaiveRange {
  const f = naiveForecast(funnel);
  const r = funnel.steps.map((s) => s.result);
  let nowSum: number | null = 0;
  let forecastSum: number | null = 0;
  for (let i = 1; i < r.length; i++) {
    const w = naiveWilson(r[i]!, r[i - 1]!);
    const c = f.conversion[i] ?? null;
    const c2 = f.forecastConversion[i] ?? null;
    if (w === null || c === null) {
      nowSum = null;
      forecastSum = null;
      break;
    }
    const sigma = (w.high - w.low) / (2 * Z);
    if (nowSum !== null) nowSum = c > 0 ? nowSum + (sigma / c) ** 2 : null;
    const d = funnel.steps[i]!.improvement;
    let g: number;
    if (funnel.mode === "relative") g = c * (1 + d) > 1 ? 0 : 1 + d;
    else g = c + d <= 0 || c + d >= 1 ? 0 : 1;
    if (forecastSum !== null) forecastSum = c2 !== null && c2 > 0 ? forecastSum + ((g * sigma) / c2) ** 2 : null;
  }
  const around = (centre: number, sum: number | null, sign: 1 | -1) =>
    sum === null || centre <= 0 ? null : centre * Math.exp(sign * Z * Math.sqrt(sum));
  return {
    revenueLow: around(f.revenue, nowSum, -1),
    revenueHigh: around(f.revenue, nowSum, 1),
    forecastRevenueLow: around(f.forecastRevenue, forecastSum, -1),
    forecastRevenueHigh: around(f.forecastRevenue, forecastSum, 1),
  };
}

/** Per step: [periodsToMeasure, leadsToMeasure], each null where the contract says so. */
export function naiveMeasure(funnel: NaiveFunnel): [number | null, number | null][] {
  const f = naiveForecast(funnel);
  const r = funnel.steps.map((s) => s.result);
  return r.map((_, i) => {
    if (i === 0) return [null, null];
    const p = f.conversion[i];
    const q = f.forecastConversion[i];
    if (p === null || p === undefined || q === null || q === undefined || r[i - 1]! === 0) return [null, null];
    if (Math.abs(q - p) < 1e-12) return [null, null];
    const pBar = (p + q) / 2;
    const root = Z * Math.sqrt(2 * pBar * (1 - pBar)) + Z_BETA * Math.sqrt(p * (1 - p) + q * (1 - q));
    const people = (root * root) / ((q - p) * (q - p));
    return [people / r[i - 1]!, r[0]! === 0 ? null : (people * r[0]!) / r[i - 1]!];
  });
}

export interface NaiveCycleInput extends NaiveMoneyInput {
  cycleDays?: number;
  lifetimeValue?: number;
}

export function naiveVelocityAndLifetime(input: NaiveCycleInput) {
  const f = naiveForecast(input);
  const money = naiveMoney(input).money;
  const n = input.steps.length;
  const D = input.cycleDays;
  const L = input.lifetimeValue;
  const m = input.margin ?? 1;
  const over = (a: number, b: number | null | undefined) => (b === null || b === undefined || b === 0 ? null : a / b);
  return {
    velocity: D === undefined ? null : { revenuePerDay: f.revenue / D, forecastRevenuePerDay: f.forecastRevenue / D },
    lifetime:
      L === undefined
        ? null
        : {
            customersValue: input.steps[n - 1]!.result * L,
            forecastCustomersValue: f.forecastResult[n - 1]! * L,
            ltvToCac: over(L, money?.costPerSale),
            forecastLtvToCac: over(L, money?.forecastCostPerSale),
            paybackSales:
              money === null || money.costPerSale === null ? null : over(money.costPerSale, input.value * m),
          },
  };
}

/** A funnel input in the naive helpers' own terms. */
export function asNaive(input: FunnelInput): NaiveCycleInput {
  return {
    steps: input.steps,
    value: input.averageSaleValue,
    mode: input.improvementMode ?? "relative",
    costs: input.costs,
    improvementCost: input.improvementCost,
    margin: input.grossMargin,
    target: input.revenueTarget,
    cycleDays: input.cycleDays,
    lifetimeValue: input.lifetimeValue,
  };
}
