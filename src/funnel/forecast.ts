/**
 * The funnel math of DESIGN.md "The numbers", in O(n): every "recompute the funnel with only
 * step i changed" is the unchanged flow into step i, times the changed conversion, times the
 * product of the conversions after it (kept as suffix products).
 */
import { makeIssue, validateFunnel, displayName } from "./validate";
import { moneyForecast, stepMoney, targetForecast } from "./money";
import { THIN_DATA_WIDTH, wilsonInterval } from "./wilson";
import { measureChange } from "./measure";
import { revenueRange } from "./revenue-range";
import { lifetimeForecast, velocityForecast } from "./velocity";
import type {
  FunnelForecast,
  FunnelInput,
  FunnelLayout,
  FunnelOutcome,
  FunnelIssue,
  ImprovementMode,
  StepForecast,
} from "./types";

/** One more percentage point of conversion, for "revenue per +1 point". */
export const ONE_POINT = 0.01;

/** Relative tolerance under which two "per point" values count as a tie (ties go to the earliest step). */
const TIE_TOLERANCE = 1e-9;

export function improvedConversion(
  conversion: number,
  improvement: number,
  mode: ImprovementMode,
): { value: number; capped: boolean } {
  const raw = mode === "points" ? conversion + improvement : conversion * (1 + improvement);
  return { value: Math.min(1, Math.max(0, raw)), capped: raw > 1 };
}

function conversionsOf(results: readonly number[]): (number | null)[] {
  return results.map((result, i) => {
    if (i === 0) return null;
    const previous = results[i - 1] as number;
    return previous > 0 ? result / previous : null;
  });
}

/** suffix[i] = product of the conversions of steps i..n-1 (an undefined conversion counts as 0); suffix[n] = 1. */
function suffixProducts(conversions: readonly (number | null)[]): number[] {
  const suffix = new Array<number>(conversions.length + 1);
  suffix[conversions.length] = 1;
  for (let i = conversions.length - 1; i >= 1; i--) {
    suffix[i] = (conversions[i] ?? 0) * (suffix[i + 1] as number);
  }
  suffix[0] = suffix[1] as number;
  return suffix;
}

/**
 * The steps where one more point of conversion is worth most: every step within TIE_TOLERANCE of the
 * best (in the article's example three steps add exactly the same), earliest first; none when no step
 * gains anything.
 */
function pickBottlenecks(perPoint: readonly (number | null)[], revenue: number): number[] {
  const positive = TIE_TOLERANCE * Math.max(1, Math.abs(revenue));
  let best = Number.NEGATIVE_INFINITY;
  for (const value of perPoint) if (value !== null && value > positive && value > best) best = value;
  if (best === Number.NEGATIVE_INFINITY) return [];
  const indexes: number[] = [];
  perPoint.forEach((value, i) => {
    if (value !== null && best - value <= TIE_TOLERANCE * Math.abs(best)) indexes.push(i);
  });
  return indexes;
}

/** The numbers of a funnel already known to be valid. */
export function computeForecast(
  input: FunnelInput,
  layout?: FunnelLayout,
): { forecast: FunnelForecast; warnings: FunnelIssue[] } {
  const mode: ImprovementMode = input.improvementMode ?? "relative";
  const value = input.averageSaleValue;
  const results = input.steps.map((s) => s.result);
  const n = results.length;
  const first = results[0] as number;
  const last = results[n - 1] as number;
  const conversions = conversionsOf(results);
  const suffix = suffixProducts(conversions);
  const revenue = last * value;
  const warnings: FunnelIssue[] = [];

  const steps: StepForecast[] = [];
  let flow = first * (1 + (input.steps[0] as FunnelInput["steps"][number]).improvement);
  const perPoint: (number | null)[] = [];
  input.steps.forEach((step, i) => {
    const conversion = conversions[i] as number | null;
    let forecastConversion: number | null = null;
    let capped = false;
    let extraRevenueAlone: number;
    let revenuePerPoint: number | null = null;
    const after = suffix[i + 1] as number;
    if (i === 0) {
      extraRevenueAlone = step.improvement === 0 ? 0 : first * (1 + step.improvement) * after * value - revenue;
    } else {
      const before = results[i - 1] as number;
      if (conversion !== null) {
        const improved = improvedConversion(conversion, step.improvement, mode);
        forecastConversion = improved.value;
        capped = improved.capped;
        if (capped) {
          warnings.push(
            makeIssue("capped", i + 1, {
              step: i + 1,
              name: step.name,
              cell: layout === undefined ? "" : `D${layout.firstStepRow + i}`,
              conversion,
              value: step.improvement,
            }),
          );
        }
        const onePointMore = Math.min(1, conversion + ONE_POINT);
        revenuePerPoint = onePointMore === conversion ? 0 : before * onePointMore * after * value - revenue;
        extraRevenueAlone =
          forecastConversion === conversion ? 0 : before * forecastConversion * after * value - revenue;
      } else {
        extraRevenueAlone = 0;
      }
      flow *= forecastConversion ?? 0;
    }
    perPoint.push(revenuePerPoint);
    const interval = i === 0 ? null : wilsonInterval(step.result, results[i - 1] as number);
    if (interval !== null && interval.high - interval.low > THIN_DATA_WIDTH) {
      warnings.push(
        makeIssue("thin-data", i + 1, {
          step: i + 1,
          name: step.name,
          cell: layout === undefined ? "" : `C${layout.firstStepRow + i}`,
          value: conversion as number,
          base: results[i - 1] as number,
          low: interval.low,
          high: interval.high,
        }),
      );
    }
    steps.push({
      name: displayName(step.name, i + 1),
      result: step.result,
      conversion,
      shareOfTop: first > 0 ? step.result / first : null,
      improvement: step.improvement,
      forecastConversion,
      forecastResult: flow,
      extraRevenueAlone,
      revenuePerPoint,
      capped,
      ...stepMoney(input, step.result, conversion, revenue),
      conversionLow: interval?.low ?? null,
      conversionHigh: interval?.high ?? null,
      ...measureChange(conversion, forecastConversion, i === 0 ? 0 : (results[i - 1] as number), first),
    });
  });

  const firstForecast = (steps[0] as StepForecast).forecastResult;
  const forecastRevenue = flow * value;
  const totals = { firstResult: first, lastResult: last, firstForecast, lastForecast: flow, revenue, forecastRevenue };
  const money = moneyForecast(input, totals);
  return {
    forecast: {
      steps,
      revenue,
      forecastRevenue,
      extraRevenue: forecastRevenue - revenue,
      overallConversion: first > 0 ? last / first : null,
      forecastOverallConversion: firstForecast > 0 ? flow / firstForecast : null,
      bottleneckIndexes: pickBottlenecks(perPoint, revenue),
      money,
      target: targetForecast(input, totals),
      range: revenueRange(steps.slice(1), revenue, forecastRevenue, mode),
      velocity: velocityForecast(input, revenue, forecastRevenue),
      lifetime: lifetimeForecast(input, last, flow, money),
    },
    warnings,
  };
}

/**
 * Validates a funnel and computes its forecast. `forecast` is null exactly when there are errors.
 * Pass `layout` to have issues name the cells of the sheet the funnel came from.
 */
export function forecastFunnel(input: FunnelInput, layout?: FunnelLayout): FunnelOutcome {
  const validation = validateFunnel(input, layout);
  if (validation.input === null) {
    return { forecast: null, errors: validation.errors, warnings: validation.warnings };
  }
  const { forecast, warnings } = computeForecast(validation.input, layout);
  return { forecast, errors: [], warnings: [...validation.warnings, ...warnings] };
}
