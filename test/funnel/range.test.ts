/**
 * How sure the forecast is, and when a change will show (DESIGN.md, wave 3): figures worked by hand for
 * a small funnel and for the issue's own example, a second implementation (test/helpers/naive-metrics)
 * on funnels this project has never seen, and properties that must hold whatever the numbers.
 */
import fc from "fast-check";
import { forecastFunnel, type FunnelInput, type FunnelForecast } from "../../src/funnel";
import { expectClose } from "../helpers/close";
import { countedFunnelArbitrary, funnelArbitrary } from "../helpers/generate";
import { naiveMeasure, naiveRange } from "../helpers/naive-metrics";

function forecastOf(input: FunnelInput): FunnelForecast {
  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) throw new Error(JSON.stringify(outcome.errors));
  return outcome.forecast;
}

/** Hand arithmetic is carried to 6 or 7 significant digits. */
function near(actual: number | null | undefined, expected: number, label: string): void {
  if (typeof actual !== "number") throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
  expect({ label, off: Math.abs(actual - expected) / Math.abs(expected) < 2e-6 }).toEqual({ label, off: true });
}

const steps = (results: number[], improvements: number[] = []) =>
  results.map((result, i) => ({ name: `Step ${i + 1}`, result, improvement: improvements[i] ?? 0 }));

/*
 * The small funnel: 100 leads → 50 → 20, at 10 a sale; revenue R = 20 × 10 = 200.
 * z = 1.959963984540054, z² = 3.841459.
 *
 * Wilson bounds, (p + z²/2n ∓ z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n):
 *   step 2, 50 of 100, p = 0.5: centre 0.5 + 0.019207 = 0.519207; spread 1.96 × √(0.0025 + 0.0000960) = 0.099863;
 *     scale 1.038415; low 0.419344 / 1.038415 = 0.403832, high 0.619070 / 1.038415 = 0.596168.
 *   step 3, 20 of 50, p = 0.4: centre 0.4 + 0.038415 = 0.438415; spread 1.96 × √(0.0048 + 0.000384) = 0.141119;
 *     scale 1.076829; low 0.297296 / 1.076829 = 0.276084, high 0.579534 / 1.076829 = 0.538186.
 * σ = (high − low) / 2z: σ₂ = 0.192336 / 3.919928 = 0.0490664, σ₃ = 0.262102 / 3.919928 = 0.0668639.
 * (σ/c)²: step 2 (0.0490664 / 0.5)² = 0.00963007, step 3 (0.0668639 / 0.4)² = 0.0279424.
 * S₀ = √0.0375725 = 0.193836; z·S₀ = 0.379912; e^−0.379912 = 0.683922, e^0.379912 = 1.462156.
 * Revenue low 200 × 0.683922 = 136.7843, high 200 × 1.462156 = 292.4312.
 */
describe("a small funnel worked by hand", () => {
  test("today's range", () => {
    const f = forecastOf({ steps: steps([100, 50, 20]), averageSaleValue: 10 });
    near(f.range.revenueLow, 136.7843, "revenue low");
    near(f.range.revenueHigh, 292.4312, "revenue high");
    // No improvement: the forecast's range is today's.
    near(f.range.forecastRevenueLow, 136.7843, "forecast low");
    near(f.range.forecastRevenueHigh, 292.4312, "forecast high");
  });

  /*
   * Step 3 improved by 25 % (relative): c′₃ = 0.4 × 1.25 = 0.5, R′ = 100 × 0.5 × 0.5 × 10 = 250.
   * g₃ = 1.25 (0.5 ≤ 1, not capped): (g₃σ₃/c′₃)² = (1.25 × 0.0668639 / 0.5)² = 0.0279424 — in relative mode
   * the forecast's spread equals today's: S = 0.193836, so 250 × 0.683922 = 170.9804 to 250 × 1.462156 = 365.5389.
   *
   * When it shows: p = 0.4, q = 0.5, p̄ = 0.45;
   *   z·√(2 × 0.45 × 0.55) = 1.959964 × 0.703562 = 1.378957;
   *   z_β·√(0.4 × 0.6 + 0.5 × 0.5) = 0.841621 × 0.7 = 0.589135;
   *   N = (1.378957 + 0.589135)² / 0.1² = 3.873385 / 0.01 = 387.3385 people at step 2 in each period.
   * Step 2 has 50 a period: 387.3385 / 50 = 7.74677 periods; leads 387.3385 × 100 / 50 = 774.677.
   */
  test("an improvement of 25 % at step 3, relative", () => {
    const f = forecastOf({ steps: steps([100, 50, 20], [0, 0, 0.25]), averageSaleValue: 10 });
    expect(f.forecastRevenue).toBeCloseTo(250, 10);
    near(f.range.revenueLow, 136.7843, "revenue low");
    near(f.range.forecastRevenueLow, 170.9804, "forecast low");
    near(f.range.forecastRevenueHigh, 365.5389, "forecast high");
    near(f.steps[2]!.periodsToMeasure, 7.74677, "periods to measure");
    near(f.steps[2]!.leadsToMeasure, 774.677, "leads to measure");
    // Steps without a change, and the first step, have none.
    expect(f.steps.map((s) => s.periodsToMeasure).slice(0, 2)).toEqual([null, null]);
    expect(f.steps.map((s) => s.leadsToMeasure).slice(0, 2)).toEqual([null, null]);
  });

  /*
   * The same +10 points in points mode: c′₃ = 0.5 again, but g₃ = 1: (σ₃/c′₃)² = (0.0668639 / 0.5)² = 0.0178831.
   * S = √(0.00963007 + 0.0178831) = √0.0275132 = 0.165871; z·S = 0.325101; e^∓ = 0.722454, 1.384170:
   * 250 × 0.722454 = 180.6136 to 250 × 1.384170 = 346.0427. Periods and leads as above (same p and q).
   */
  test("10 points at step 3", () => {
    const f = forecastOf({ steps: steps([100, 50, 20], [0, 0, 0.1]), averageSaleValue: 10, improvementMode: "points" });
    near(f.range.forecastRevenueLow, 180.6136, "forecast low");
    near(f.range.forecastRevenueHigh, 346.0427, "forecast high");
    near(f.steps[2]!.periodsToMeasure, 7.74677, "periods to measure");
  });

  /*
   * Step 2 improved by 150 %: 0.5 × 2.5 > 1, capped at 100 %, g₂ = 0 — only step 3 is left uncertain:
   * S = √0.0279424 = 0.167160, z·S = 0.327628, e^∓ = 0.720631, 1.387671; R′ = 100 × 1 × 0.4 × 10 = 400:
   * 288.2527 to 555.0686.
   * When it shows: p = 0.5, q = 1, p̄ = 0.75: 1.959964 × √0.375 = 1.200228; 0.841621 × √0.25 = 0.420811;
   * N = 1.621039² / 0.25 = 10.51106; step 1 has 100: 0.1051106 periods, 10.51106 leads.
   */
  test("a capped step", () => {
    const f = forecastOf({ steps: steps([100, 50, 20], [0, 1.5, 0]), averageSaleValue: 10 });
    expect(f.steps[1]!.capped).toBe(true);
    near(f.range.forecastRevenueLow, 288.2527, "forecast low");
    near(f.range.forecastRevenueHigh, 555.0686, "forecast high");
    near(f.steps[1]!.periodsToMeasure, 0.1051106, "periods to measure");
    near(f.steps[1]!.leadsToMeasure, 10.51106, "leads to measure");
  });
});

/*
 * The issue's own example: 1,200 leads → 600 → 300 → 120 → 60 → 18 purchases at 2,500 (revenue 45,000),
 * "Proposal made" (120 of 300, 40 %) hoped +20 %. The Wilson terms (σ/c)² are 0.000831, 0.001656, 0.004939,
 * 0.008075 and 0.036968 (18 of 60 is thin): S = √0.052469 = 0.229061, e^±z·S = 0.638298, 1.566667 — 28,723 to
 * 70,500, "about 29,000 to 70,000". The forecast is 45,000 × 1.2 = 54,000, its range 34,468 to 84,600.
 * At Proposal made p = 0.4, q = 0.48: N = (1.959964 × √(2 × 0.44 × 0.56) + 0.841621 × √(0.24 + 0.2496))² / 0.08²
 * = (1.375797 + 0.589202)² / 0.0064 = 603.18: 603.18 / 300 = 2.01 quarters, or 603.18 × 1,200 / 300 = 2,413 leads.
 */
test("the issue's example: about 29,000 to 70,000, and two quarters", () => {
  const f = forecastOf({
    steps: steps([1200, 600, 300, 120, 60, 18], [0, 0, 0, 0.2, 0, 0]),
    averageSaleValue: 2500,
  });
  near(f.range.revenueLow, 28723.4, "revenue low");
  near(f.range.revenueHigh, 70500.01, "revenue high");
  near(f.range.forecastRevenueLow, 34468.08, "forecast low");
  near(f.range.forecastRevenueHigh, 84600.02, "forecast high");
  near(f.steps[3]!.periodsToMeasure, 2.010612, "periods to measure");
  near(f.steps[3]!.leadsToMeasure, 2412.734, "leads to measure");
});

describe("null cases", () => {
  test("a count that is not whole: no range", () => {
    const f = forecastOf({ steps: steps([100, 50.5, 20], [0, 0.1, 0]), averageSaleValue: 10 });
    expect(f.range).toEqual({
      revenueLow: null,
      revenueHigh: null,
      forecastRevenueLow: null,
      forecastRevenueHigh: null,
    });
    // The change still shows after a number of periods: that needs no whole counts.
    expect(f.steps[1]!.periodsToMeasure).not.toBeNull();
  });

  test("a step of 0: no range; nothing to measure after it", () => {
    const f = forecastOf({ steps: steps([100, 0, 0], [0, 0, 0.2]), averageSaleValue: 10 });
    expect(Object.values(f.range)).toEqual([null, null, null, null]);
    expect(f.steps[2]!.periodsToMeasure).toBeNull();
    expect(f.steps[2]!.leadsToMeasure).toBeNull();
  });

  test("a conversion of 0 with a points improvement: today has no range, the forecast has one", () => {
    const f = forecastOf({
      steps: steps([100, 40, 0], [0, 0, 0.05]),
      averageSaleValue: 10,
      improvementMode: "points",
    });
    expect(f.range.revenueLow).toBeNull();
    expect(f.range.revenueHigh).toBeNull();
    expect(f.range.forecastRevenueLow).not.toBeNull();
    expect(f.steps[2]!.periodsToMeasure).not.toBeNull();
  });

  test("a sale value of 0: revenue 0, no range", () => {
    const f = forecastOf({ steps: steps([100, 50], [0, 0.1]), averageSaleValue: 0 });
    expect(Object.values(f.range)).toEqual([null, null, null, null]);
    expect(f.steps[1]!.periodsToMeasure).not.toBeNull();
  });

  test("a step clamped at 0 %: the forecast has no range", () => {
    const f = forecastOf({
      steps: steps([100, 50, 20], [0, -0.6, 0]),
      averageSaleValue: 10,
      improvementMode: "points",
    });
    expect(f.range.revenueLow).not.toBeNull();
    expect(f.range.forecastRevenueLow).toBeNull();
    expect(f.range.forecastRevenueHigh).toBeNull();
  });

  test("a change below 1e-12 is no change", () => {
    const f = forecastOf({ steps: steps([100, 50], [0, 1e-13]), averageSaleValue: 10 });
    expect(f.steps[1]!.periodsToMeasure).toBeNull();
    expect(f.steps[1]!.leadsToMeasure).toBeNull();
  });
});

const runs = { numRuns: 300 };
const modeOf = (input: FunnelInput) => input.improvementMode ?? "relative";
const naive = (input: FunnelInput) => ({ steps: input.steps, value: input.averageSaleValue, mode: modeOf(input) });

test("matches the independent reference on every figure", () => {
  fc.assert(
    fc.property(fc.oneof(funnelArbitrary(), countedFunnelArbitrary()), (input) => {
      const f = forecastOf(input);
      const range = naiveRange(naive(input));
      const scale = Math.max(1, f.revenue, f.forecastRevenue);
      for (const key of Object.keys(range) as (keyof typeof range)[]) {
        expectClose(f.range[key], range[key], key, scale);
      }
      naiveMeasure(naive(input)).forEach(([periods, leads], i) => {
        expectClose(f.steps[i]!.periodsToMeasure, periods, `periods ${i + 1}`);
        expectClose(f.steps[i]!.leadsToMeasure, leads, `leads ${i + 1}`);
      });
    }),
    runs,
  );
});

describe("properties", () => {
  test("the range contains the revenue, now and forecast", () => {
    fc.assert(
      fc.property(fc.oneof(funnelArbitrary(), countedFunnelArbitrary()), (input) => {
        const { range, revenue, forecastRevenue } = forecastOf(input);
        if (range.revenueLow !== null) {
          expect(range.revenueLow).toBeLessThanOrEqual(revenue);
          expect(range.revenueHigh!).toBeGreaterThanOrEqual(revenue);
        }
        if (range.forecastRevenueLow !== null) {
          expect(range.forecastRevenueLow).toBeLessThanOrEqual(forecastRevenue);
          expect(range.forecastRevenueHigh!).toBeGreaterThanOrEqual(forecastRevenue);
        }
      }),
      runs,
    );
  });

  test("more data at the same conversions narrows it", () => {
    let checked = 0;
    fc.assert(
      fc.property(countedFunnelArbitrary(), fc.integer({ min: 2, max: 50 }), (input, times) => {
        const more = { ...input, steps: input.steps.map((s) => ({ ...s, result: s.result * times })) };
        const before = forecastOf(input);
        const after = forecastOf(more);
        const width = (f: FunnelForecast, low: number | null, high: number | null, centre: number) =>
          low === null || high === null ? null : (high - low) / centre;
        const was = width(before, before.range.revenueLow, before.range.revenueHigh, before.revenue);
        const now = width(after, after.range.revenueLow, after.range.revenueHigh, after.revenue);
        if (was !== null && was > 0) {
          expect(now!).toBeLessThan(was);
          checked++;
        }
        const fWas = width(
          before,
          before.range.forecastRevenueLow,
          before.range.forecastRevenueHigh,
          before.forecastRevenue,
        );
        const fNow = width(
          after,
          after.range.forecastRevenueLow,
          after.range.forecastRevenueHigh,
          after.forecastRevenue,
        );
        if (fWas !== null && fWas > 0) expect(fNow!).toBeLessThan(fWas);
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(runs.numRuns / 3);
  });

  /** S², read back from the forecast's range: (ln(high / R′) / z)². */
  const forecastSpread = (f: FunnelForecast) =>
    f.range.forecastRevenueHigh === null
      ? null
      : (Math.log(f.range.forecastRevenueHigh / f.forecastRevenue) / 1.959963984540054) ** 2;

  test("a capped step adds nothing to the forecast's range", () => {
    let checked = 0;
    fc.assert(
      fc.property(countedFunnelArbitrary(), fc.nat(), (input, pick) => {
        const k = 1 + (pick % (input.steps.length - 1));
        const base = input.steps.map((s, i) => ({ ...s, improvement: i === k ? 0 : s.improvement }));
        const c = input.steps[k]!.result / input.steps[k - 1]!.result;
        if (!(c > 0 && c < 1)) return;
        const points = modeOf(input) === "points";
        // Capped: relative c(1 + d) > 1, points c + d > 1 (the forecast conversion is 100 % either way).
        const cappedBy = points ? 1 : 2 / c;
        const capped = base.map((s, i) => (i === k ? { ...s, improvement: cappedBy } : s));
        const withStep = forecastSpread(forecastOf({ ...input, steps: base }));
        const without = forecastSpread(forecastOf({ ...input, steps: capped }));
        // Step k's own term, at d = 0: the spread of the two-step funnel of its counts alone.
        const alone = forecastOf({
          steps: [input.steps[k - 1]!, input.steps[k]!].map((s) => ({ ...s, improvement: 0 })),
          averageSaleValue: 1,
        });
        const term =
          alone.range.revenueHigh === null
            ? null
            : (Math.log(alone.range.revenueHigh / alone.revenue) / 1.959963984540054) ** 2;
        if (withStep === null || without === null || term === null) return;
        expect(Math.abs(withStep - without - term)).toBeLessThan(1e-9 * Math.max(1, withStep));
        checked++;
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(runs.numRuns / 3);
  });

  test("with every step capped the forecast is certain", () => {
    const f = forecastOf({ steps: steps([1000, 300, 90, 20], [0, 3, 3, 5]), averageSaleValue: 50 });
    expect(f.steps.slice(1).every((s) => s.capped)).toBe(true);
    expect(f.range.forecastRevenueLow).toBeCloseTo(f.forecastRevenue, 9);
    expect(f.range.forecastRevenueHigh).toBeCloseTo(f.forecastRevenue, 9);
    // Today is as unsure as ever.
    expect(f.range.revenueHigh! - f.range.revenueLow!).toBeGreaterThan(100);
  });

  test("a bigger hoped-for change needs fewer periods", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        countedFunnelArbitrary({ maxSteps: 6 }),
        fc.nat(),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.double({ min: 1.05, max: 4, noNaN: true }),
        fc.boolean(),
        (input, pick, change, factor, down) => {
          const k = 1 + (pick % (input.steps.length - 1));
          const c = input.steps[k - 1]!.result > 0 ? input.steps[k]!.result / input.steps[k - 1]!.result : null;
          if (c === null) return;
          const sign = down ? -1 : 1;
          const small = sign * change;
          const big = sign * change * factor;
          const at = (d: number) => {
            const f = forecastOf({
              ...input,
              improvementMode: "points",
              steps: input.steps.map((s, i) => ({ ...s, improvement: i === k ? d : 0 })),
            });
            return f.steps[k]!;
          };
          const a = at(small);
          const b = at(big);
          // Both within 0..100 %: a bigger move of the conversion is seen sooner.
          if (a.forecastConversion === null || b.forecastConversion === null) return;
          if (Math.abs(b.forecastConversion - c) <= Math.abs(a.forecastConversion - c) + 1e-12) return;
          if (a.periodsToMeasure === null || b.periodsToMeasure === null) return;
          expect(b.periodsToMeasure).toBeLessThan(a.periodsToMeasure);
          expect(b.leadsToMeasure!).toBeLessThan(a.leadsToMeasure!);
          checked++;
        },
      ),
      runs,
    );
    expect(checked).toBeGreaterThan(runs.numRuns / 4);
  });

  test("periods times the step before's people, and leads, say the same thing", () => {
    fc.assert(
      fc.property(funnelArbitrary(), (input) => {
        const f = forecastOf(input);
        f.steps.forEach((s, i) => {
          if (s.periodsToMeasure === null || s.leadsToMeasure === null) return;
          const before = input.steps[i - 1]!.result;
          expectClose(s.periodsToMeasure * input.steps[0]!.result, s.leadsToMeasure, `step ${i + 1}`);
          expect(before).toBeGreaterThan(0);
        });
      }),
      runs,
    );
  });
});
