/**
 * The revenue range against a simulation of the counts (DESIGN.md "How sure the forecast is"; see
 * test/helpers/range-simulation.ts): for large funnels the simulation's 2.5 % and 97.5 % quantiles of
 * today's and the forecast's revenue must be the range's bounds within TOLERANCE of the revenue.
 */
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { binomial, seededRandom } from "../helpers/binomial";
import { simulateInNode } from "../helpers/range-simulation";

/**
 * Bounds and quantiles may differ by 0.25 % of the revenue: a tenth to a twentieth of the ranges' half-
 * widths here (2.7 % to 4.4 % of the revenue). Measured: at most 0.11 % — the log-normal approximation's
 * skew, the Wilson interval's centre and the simulation's own noise (20,000 draws) together.
 */
const TOLERANCE = 0.0025;

const funnel = (
  results: number[],
  value: number,
  improvements: number[],
  mode: "relative" | "points",
): FunnelInput => ({
  steps: results.map((result, i) => ({ name: `Step ${i + 1}`, result, improvement: improvements[i] ?? 0 })),
  averageSaleValue: value,
  improvementMode: mode,
});
const large = (improvements: number[], mode: "relative" | "points") =>
  funnel([400_000, 160_000, 64_000, 19_200, 7_680, 2_304], 120, improvements, mode);

test("the binomial draws have the binomial's mean and variance", () => {
  const random = seededRandom(7);
  for (const [n, p] of [
    [30, 0.3],
    [5_000, 0.02],
    [400_000, 0.4],
  ] as const) {
    const draws = Array.from({ length: 4_000 }, () => binomial(n, p, random));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    const sd = Math.sqrt(n * p * (1 - p));
    // The mean within 4 standard errors; the variance within 10 % (its standard error is about 2.2 %).
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
    expect(Math.abs(variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.1);
    expect(draws.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
  }
});

test.each([
  ["no improvement", large([], "relative")],
  ["+20 % at step 4, relative", large([0, 0, 0, 0.2], "relative")],
  ["+5 points at steps 2 and 5", large([0, 0.05, 0, 0, 0.05], "points")],
  ["step 3 capped, +10 % more leads", large([0.1, 0, 2], "relative")],
  [
    "fewer steps and sales, +15 % at the last",
    funnel([60_000, 21_000, 6_300, 1_890], 900, [0, 0, 0, 0.15], "relative"),
  ],
  ["a wide funnel, -3 points at step 2", funnel([250_000, 25_000, 5_000], 40, [0, -0.03], "points")],
])("a large funnel (%s): the range is the simulation's 2.5 % and 97.5 % quantiles", (_, input) => {
  const f = forecastFunnel(input).forecast!;
  const simulated = simulateInNode({
    results: input.steps.map((s) => s.result),
    improvements: input.steps.map((s) => s.improvement),
    value: input.averageSaleValue,
    mode: input.improvementMode ?? "relative",
    draws: 20_000,
    seed: 20261123,
  });
  const off = (bound: number | null, quantile: number, centre: number) => Math.abs(bound! - quantile) / centre;
  const worst = Math.max(
    off(f.range.revenueLow, simulated.now.low, f.revenue),
    off(f.range.revenueHigh, simulated.now.high, f.revenue),
    off(f.range.forecastRevenueLow, simulated.forecast.low, f.forecastRevenue),
    off(f.range.forecastRevenueHigh, simulated.forecast.high, f.forecastRevenue),
  );
  expect(worst).toBeLessThan(TOLERANCE);
  // The range is not trivially close: its half-width is ten tolerances or more.
  expect((f.range.revenueHigh! - f.range.revenueLow!) / 2 / f.revenue).toBeGreaterThan(10 * TOLERANCE);
});
