/**
 * Hand-derived expectations: every figure below was worked out on paper from DESIGN.md's formulas
 * (the derivation is in the comments), not produced by running the engine.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { forecastFunnel, type FunnelForecast, type FunnelInput } from "../../src/funnel";
import { expectClose } from "../helpers/close";

function funnel(results: number[], improvements: number[], value: number, mode?: "relative" | "points"): FunnelInput {
  return {
    steps: results.map((result, i) => ({ name: `S${i + 1}`, result, improvement: improvements[i] ?? 0 })),
    averageSaleValue: value,
    ...(mode ? { improvementMode: mode } : {}),
  };
}

function run(input: FunnelInput): FunnelForecast {
  const outcome = forecastFunnel(input);
  expect(outcome.errors).toEqual([]);
  if (outcome.forecast === null) throw new Error("forecast missing");
  return outcome.forecast;
}

function expectSeries(actual: (number | null)[], expected: (number | null)[], label: string, scale = 1): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    expectClose(actual[i], value, `${label}[${i}]`, scale);
  });
}

test("the article's example: 10% more proposals made", () => {
  // c = -, .4, .5, .4, .625, .4 ; c'4 = .4 * 1.1 = .44 ; f = 800, 320, 160, 70.4, 44, 17.6
  const f = run(funnel([800, 320, 160, 64, 40, 16], [0, 0, 0, 0.1, 0, 0], 1500));
  expectSeries(
    f.steps.map((s) => s.conversion),
    [null, 0.4, 0.5, 0.4, 0.625, 0.4],
    "conversion",
  );
  expectSeries(
    f.steps.map((s) => s.forecastConversion),
    [null, 0.4, 0.5, 0.44, 0.625, 0.4],
    "forecastConversion",
  );
  expectSeries(
    f.steps.map((s) => s.forecastResult),
    [800, 320, 160, 70.4, 44, 17.6],
    "forecastResult",
  );
  expectSeries(
    f.steps.map((s) => s.shareOfTop),
    [1, 0.4, 0.2, 0.08, 0.05, 0.02],
    "shareOfTop",
  );
  expectClose(f.revenue, 24000, "revenue"); // 16 * 1500
  expectClose(f.forecastRevenue, 26400, "forecastRevenue"); // 17.6 * 1500
  expectClose(f.extraRevenue, 2400, "extraRevenue");
  expectSeries(
    f.steps.map((s) => s.extraRevenueAlone),
    [0, 0, 0, 2400, 0, 0],
    "alone",
    24000,
  );
  // +1 point: step2 .41 -> 16.4 buyers (+600); step3 .51 -> 16.32 (+480); step4 .41 -> 16.4 (+600);
  // step5 .635 -> 16.256 (+384); step6 .41 -> 16.4 (+600). Ties between 2, 4, 6 go to the earliest.
  expectSeries(
    f.steps.map((s) => s.revenuePerPoint),
    [null, 600, 480, 600, 384, 600],
    "perPoint",
    24000,
  );
  expect(f.bottleneckIndexes[0]).toBe(1);
  // Qualified, Proposal made and Purchase each add exactly $600: all three are named, not just the first.
  expect(f.bottleneckIndexes).toEqual([1, 3, 5]);
  expectClose(f.overallConversion, 0.02, "overall");
  expectClose(f.forecastOverallConversion, 0.022, "forecastOverall"); // 17.6 / 800
});

test("several improved steps compound", () => {
  // c = -, .5, .2, .2 ; c' = -, .6, .3, .2 ; f1 = 1000*1.1 = 1100 ; f = 1100, 660, 198, 39.6
  const f = run(funnel([1000, 500, 100, 20], [0.1, 0.2, 0.5, 0], 100));
  expectSeries(
    f.steps.map((s) => s.forecastResult),
    [1100, 660, 198, 39.6],
    "forecastResult",
  );
  expectClose(f.revenue, 2000, "revenue");
  expectClose(f.forecastRevenue, 3960, "forecastRevenue");
  expectClose(f.extraRevenue, 1960, "extraRevenue");
  // alone: 20*1.1 = 22 (+200), 20*1.2 = 24 (+400), 20*1.5 = 30 (+1000), none
  expectSeries(
    f.steps.map((s) => s.extraRevenueAlone),
    [200, 400, 1000, 0],
    "alone",
    2000,
  );
  // the combined effect exceeds the sum of the parts: 1960 > 1600
  expect(f.extraRevenue).toBeGreaterThan(1600);
  expectClose(f.forecastOverallConversion, 0.036, "forecastOverall"); // 39.6 / 1100
});

test("a conversion pushed over 100% is capped, with a warning", () => {
  // c2 = .9, .9 * 1.2 = 1.08 -> 1 ; c3 = 50/90 ; f = 100, 100, 55.5…
  const outcome = forecastFunnel(funnel([100, 90, 50], [0, 0.2, 0], 10));
  const f = outcome.forecast!;
  expect(f.steps[1]!.capped).toBe(true);
  expect(f.steps[1]!.forecastConversion).toBe(1);
  expectClose(f.steps[2]!.forecastResult, 500 / 9, "f3");
  expectClose(f.forecastRevenue, 5000 / 9, "forecastRevenue");
  // 50 of 90 is also too few to be sure of (55.6 %, 45 % to 66 %).
  expect(outcome.warnings.map((w) => [w.code, w.step])).toEqual([
    ["capped", 2],
    ["thin-data", 3],
  ]);
  expect(issueMessage(outcome.warnings[0]!)).toMatch(/Step 2 'S2'.*100%/);
});

test("zeros at the tail: nothing flows, nothing to gain, no bottleneck", () => {
  // c = -, .1, 0, undefined (after a 0) ; c' = -, .15, 0, undefined ; f = 100, 15, 0, 0
  const f = run(funnel([100, 10, 0, 0], [0, 0.5, 0.1, 0.2], 75));
  expectSeries(
    f.steps.map((s) => s.conversion),
    [null, 0.1, 0, null],
    "conversion",
  );
  expectSeries(
    f.steps.map((s) => s.forecastConversion),
    [null, 0.15, 0, null],
    "forecastConversion",
  );
  expectSeries(
    f.steps.map((s) => s.forecastResult),
    [100, 15, 0, 0],
    "forecastResult",
  );
  expectSeries(
    f.steps.map((s) => s.revenuePerPoint),
    [null, 0, 0, null],
    "perPoint",
  );
  expectSeries(
    f.steps.map((s) => s.shareOfTop),
    [1, 0.1, 0, 0],
    "shareOfTop",
  );
  expect(f.revenue).toBe(0);
  expect(f.forecastRevenue).toBe(0);
  expect(f.bottleneckIndexes[0]).toBeUndefined();
  expect(f.bottleneckIndexes).toEqual([]);
});

test("a zero last step: one more point at that step is the only thing that helps", () => {
  // step 3: c = 0 -> .01 ; 10 * .01 = .1 buyers * 50 = +5 ; step 2: 100 * .11 * 0 = 0
  const f = run(funnel([100, 10, 0], [0, 0, 0], 50));
  expectSeries(
    f.steps.map((s) => s.revenuePerPoint),
    [null, 0, 5],
    "perPoint",
  );
  expect(f.bottleneckIndexes[0]).toBe(2);
  expect(f.bottleneckIndexes).toEqual([2]);
  expect(f.overallConversion).toBe(0);
});

test("a first step of 0: shares and overall conversion are undefined", () => {
  const f = run(funnel([0, 0], [0.5, 0], 10));
  expect(f.steps.map((s) => s.shareOfTop)).toEqual([null, null]);
  expect(f.overallConversion).toBeNull();
  expect(f.forecastOverallConversion).toBeNull();
  expect(f.forecastRevenue).toBe(0);
});

test("points mode adds percentage points; step 1 stays a relative volume", () => {
  // c = -, .2, .25, .2 ; c' = -, .25, .35, .18 ; f1 = 1000 * 1.1 = 1100 ; f = 1100, 275, 96.25, 17.325
  const f = run(funnel([1000, 200, 50, 10], [0.1, 0.05, 0.1, -0.02], 100, "points"));
  expectSeries(
    f.steps.map((s) => s.forecastConversion),
    [null, 0.25, 0.35, 0.18],
    "forecastConversion",
  );
  expectSeries(
    f.steps.map((s) => s.forecastResult),
    [1100, 275, 96.25, 17.325],
    "forecastResult",
  );
  expectClose(f.forecastRevenue, 1732.5, "forecastRevenue");
  // alone: 11 buyers (+100) ; 1000*.25*.25*.2 = 12.5 (+250) ; 200*.35*.2 = 14 (+400) ; 50*.18 = 9 (-100)
  expectSeries(
    f.steps.map((s) => s.extraRevenueAlone),
    [100, 250, 400, -100],
    "alone",
    1000,
  );
  // +1 point: 1000*.21*.25*.2 = 10.5 (+50) ; 200*.26*.2 = 10.4 (+40) ; 50*.21 = 10.5 (+50) -> tie, earliest
  expectSeries(
    f.steps.map((s) => s.revenuePerPoint),
    [null, 50, 40, 50],
    "perPoint",
    1000,
  );
  expect(f.bottleneckIndexes[0]).toBe(1);
});

test("points mode clamps a large loss at 0%", () => {
  // c2 = .5, -.7 points -> 0 ; nobody buys
  const f = run(funnel([100, 50, 10], [0, -0.7, 0], 10, "points"));
  expect(f.steps[1]!.forecastConversion).toBe(0);
  expect(f.forecastRevenue).toBe(0);
  expectClose(f.extraRevenue, -100, "extra");
});

test("a pessimistic negative improvement lowers revenue", () => {
  // c3 = .25 * .8 = .2 ; f3 = 20 ; R = 25*200 = 5000 ; R' = 4000
  const f = run(funnel([500, 100, 25], [0, 0, -0.2], 200));
  expectClose(f.forecastRevenue, 4000, "forecastRevenue");
  expectClose(f.extraRevenue, -1000, "extraRevenue");
  expectClose(f.steps[2]!.extraRevenueAlone, -1000, "alone3", 5000);
});

test("a 14-step funnel: each step halves, each later step improved by 10%", () => {
  // r = 2^14 … 2^1 ; c = .5 everywhere ; c' = .55 for steps 2..14
  // f14 = 2^14 * .55^13 = 2 * 1.1^13 ; R = 2 * v ; R' = 2 * 1.1^13 * v
  const results = Array.from({ length: 14 }, (_, i) => 2 ** (14 - i));
  const improvements = results.map((_, i) => (i === 0 ? 0 : 0.1));
  const f = run(funnel(results, improvements, 30));
  expectClose(f.revenue, 60, "revenue");
  expectClose(f.forecastRevenue, 2 * 1.1 ** 13 * 30, "forecastRevenue");
  // each step alone: 2 * 1.1 buyers -> +0.2 * 30 = +6 ; the same for every step (see DESIGN.md)
  f.steps.slice(1).forEach((s, i) => {
    expectClose(s.extraRevenueAlone, 6, `alone${i + 2}`, 60);
  });
  // +1 point at any step: .51/.5 = 1.02 -> +2% of 60 = +1.2 ; all tie, the earliest (step 2) wins
  f.steps.slice(1).forEach((s, i) => {
    expectClose(s.revenuePerPoint, 1.2, `perPoint${i + 2}`, 60);
  });
  expect(f.bottleneckIndexes[0]).toBe(1);
});

test("a step already converting 100% gains nothing from another point", () => {
  const f = run(funnel([100, 100, 40], [0, 0, 0], 10));
  expect(f.steps[1]!.revenuePerPoint).toBe(0);
  expectClose(f.steps[2]!.revenuePerPoint, 10, "perPoint3"); // 100 * .41 = 41 -> +1 buyer * 10
  expect(f.bottleneckIndexes[0]).toBe(2);
});

test("names: a missing name is shown as 'Step N' with a warning", () => {
  const outcome = forecastFunnel({
    steps: [
      { name: "Leads", result: 10, improvement: 0 },
      { name: "  ", result: 5, improvement: 0 },
    ],
    averageSaleValue: 1,
  });
  expect(outcome.forecast!.steps[1]!.name).toBe("Step 2");
  // (5 of 10 is also thin data.)
  expect(outcome.warnings.map((w) => w.code)).toEqual(["name-missing", "thin-data"]);
});
