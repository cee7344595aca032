/**
 * Money, target and how sure each conversion is (DESIGN.md "Money, target and how sure the numbers
 * are"): hand-derived figures for the article's example, a second naive implementation on random
 * funnels, and properties that must hold whatever the numbers.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import fc from "fast-check";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../../src/funnel";
import { wilsonInterval } from "../../src/funnel/wilson";
import { expectClose } from "../helpers/close";
import { funnelWithMoneyArbitrary } from "../helpers/generate";
import { naiveMoney, naiveWilson } from "../helpers/naive-money";
import { asNaive } from "../helpers/naive-metrics";
import { moneyCellsAt } from "../../src/sheet/plan-money";

function forecastOf(input: FunnelInput) {
  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) throw new Error(JSON.stringify(outcome.errors));
  return { forecast: outcome.forecast, warnings: outcome.warnings };
}

// The example: 800 → 320 → 160 → 64 → 40 → 16 at 1,500, Proposal made +10 % (relative).
// Forecast results 800, 320, 160, 70.4, 44, 17.6; revenue 24,000 now, 26,400 forecast, 2,400 extra.
const example: FunnelInput = {
  ...exampleFunnel,
  costs: 6000,
  improvementCost: 800,
  grossMargin: 0.6,
  revenueTarget: 36000,
};

describe("the example, worked by hand", () => {
  const { forecast } = forecastOf(example);

  test("money", () => {
    const money = forecast.money!;
    expectClose(money.costPerSale, 6000 / 16, "cost per sale"); // 375
    expectClose(money.forecastCostPerSale, 6800 / 17.6, "forecast cost per sale"); // 386.36
    expectClose(money.profit, 24000 * 0.6 - 6000, "profit"); // 8,400
    expectClose(money.forecastProfit, 26400 * 0.6 - 6800, "forecast profit"); // 9,040
    expectClose(money.roi, 8400 / 6000, "roi"); // 140 %
    expectClose(money.forecastRoi, 9040 / 6800, "forecast roi"); // 132.9 %
    expectClose(money.improvementRoi, (2400 * 0.6 - 800) / 800, "improvement roi"); // 80 %
    expectClose(money.breakEvenSales, 6000 / (1500 * 0.6), "break-even sales"); // 6.67
  });

  test("target: 36,000 is 1.5 times today's revenue", () => {
    const target = forecast.target!;
    expectClose(target.salesNeeded, 24, "sales needed");
    expectClose(target.leadsNeeded, 1200, "leads needed");
    expectClose(target.leadsNeededForecast, (800 * 36000) / 26400, "leads needed forecast"); // 1,090.9
    expect(forecast.steps.map((s) => s.neededForTarget)).toEqual([1200, 480, 240, 96, 60, 24]);
    const needed = forecast.steps.map((s) => s.conversionNeededAlone);
    expect(needed[0]).toBeNull();
    [0.6, 0.75, 0.6, 0.9375, 0.6].forEach((c, i) => {
      expectClose(needed[i + 1], c, `needed ${i + 2}`);
    });
  });

  test("a target only some steps can reach alone", () => {
    // 54,000 is 2.25 times today: 40 % steps need 90 %, Engaged 50 % → 112.5 %, 62.5 % → 140.6 %.
    const { forecast: far } = forecastOf({ ...example, revenueTarget: 54000 });
    const needed = far.steps.map((s) => s.conversionNeededAlone);
    [0.9, 1.125, 0.9, 1.40625, 0.9].forEach((c, i) => {
      expectClose(needed[i + 1], c, `needed ${i + 2}`);
    });
  });

  test("cost per result", () => {
    expect(forecast.steps.map((s) => s.costPerResult)).toEqual([7.5, 18.75, 37.5, 93.75, 150, 375]);
  });

  test("Wilson intervals against published values", () => {
    // 20 of 50 (40 %): 27.6 % to 53.8 % (the issue's example); 0 of 10 and 10 of 10 in closed form.
    const forty = wilsonInterval(20, 50)!;
    expect(forty.low).toBeCloseTo(0.2761, 4);
    expect(forty.high).toBeCloseTo(0.5382, 4);
    const z2 = 1.959963984540054 ** 2;
    const none = wilsonInterval(0, 10)!;
    const all = wilsonInterval(10, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(z2 / (10 + z2), 12);
    expect(all.low).toBeCloseTo(10 / (10 + z2), 12);
    expect(all.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(2.5, 10)).toBeNull();
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

test("step 1 has no conversion, so no interval; a fractional result gives none either", () => {
  const { forecast } = forecastOf({
    steps: [
      { name: "Leads", result: 100, improvement: 0 },
      { name: "Won", result: 12.5, improvement: 0 },
    ],
    averageSaleValue: 10,
  });
  expect(forecast.steps[0]!.conversionLow).toBeNull();
  expect(forecast.steps[1]!.conversionLow).toBeNull();
  expect(forecast.steps[1]!.conversionHigh).toBeNull();
});

describe("thin data", () => {
  test("the example warns at 40 of 64 and 16 of 40, not at 64 of 160", () => {
    const { warnings } = forecastOf(exampleFunnel);
    const thin = warnings.filter((w) => w.code === "thin-data");
    expect(thin.map((w) => w.step)).toEqual([5, 6]);
    const last = thin[1]!;
    expect(last.params).toMatchObject({ value: 0.4, base: 40 });
    // 16 of 40: centre (0.4 + z²/80)/(1 + z²/40) = 0.4088, half-width 0.1453: 26.4 % to 55.4 %.
    expect(issueMessage(last)).toBe(
      "Step 6 'Purchase': 40% of 40 — with so few, the true conversion could be anywhere from 26% to 55%. Count over a longer period before relying on this step.",
    );
  });

  test("the warning names the conversion's cell when the sheet is known", () => {
    const outcome = forecastFunnel(exampleFunnel, { firstStepRow: 4, saleValueCell: "B12" });
    const thin = outcome.warnings.filter((w) => w.code === "thin-data");
    expect(thin.map((w) => w.cell)).toEqual(["C8", "C9"]);
  });

  test("ten times the data is not thin", () => {
    const big = { ...exampleFunnel, steps: exampleFunnel.steps.map((s) => ({ ...s, result: s.result * 10 })) };
    expect(forecastOf(big).warnings.filter((w) => w.code === "thin-data")).toEqual([]);
  });
});

describe("inputs not given", () => {
  test("no costs: no money; no target: no target figures", () => {
    const { forecast } = forecastOf(exampleFunnel);
    expect(forecast.money).toBeNull();
    expect(forecast.target).toBeNull();
    for (const step of forecast.steps) {
      expect(step.costPerResult).toBeNull();
      expect(step.neededForTarget).toBeNull();
      expect(step.conversionNeededAlone).toBeNull();
    }
  });

  test("margin and cost of the improvements default to 100 % and 0", () => {
    const { forecast } = forecastOf({ ...exampleFunnel, costs: 6000 });
    expect(forecast.money!.profit).toBe(24000 - 6000);
    expectClose(forecast.money!.forecastProfit, 26400 - 6000, "forecast profit");
    expect(forecast.money!.improvementRoi).toBeNull(); // nothing spent on the improvements
  });

  test("divisions by zero give null, never Infinity or NaN", () => {
    const { forecast } = forecastOf({
      steps: [
        { name: "Leads", result: 50, improvement: 0 },
        { name: "Won", result: 0, improvement: 0 },
      ],
      averageSaleValue: 0,
      costs: 0,
      revenueTarget: 1000,
    });
    expect(forecast.money).toEqual({
      costPerSale: null,
      forecastCostPerSale: null,
      profit: 0,
      forecastProfit: 0,
      roi: null,
      forecastRoi: null,
      improvementRoi: null,
      breakEvenSales: null,
    });
    expect(forecast.target).toEqual({
      revenueTarget: 1000,
      salesNeeded: null,
      leadsNeeded: null,
      leadsNeededForecast: null,
    });
    expect(forecast.steps[1]!.costPerResult).toBeNull();
    expect(forecast.steps[0]!.neededForTarget).toBeNull();
  });
});

describe("bad money input names the cell", () => {
  const cells = moneyCellsAt(12);
  const layout = { firstStepRow: 4, saleValueCell: "B12", moneyCells: cells };
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["costs as text", { costs: "lots" }, "costs-invalid", 'The costs of the period (B20) are "lots".'],
    ["negative costs", { costs: -5 }, "costs-invalid", "The costs of the period (B20) are -5."],
    ["an error value", { improvementCost: "#REF!" }, "improvement-cost-invalid", '(B21) is "#REF!"'],
    ["margin 0", { grossMargin: 0 }, "margin-invalid", "The gross margin (B22) is 0%."],
    ["margin 150 %", { grossMargin: 1.5 }, "margin-invalid", "The gross margin (B22) is 150%."],
    ["margin typed as 40", { grossMargin: 40 }, "margin-invalid", "is 4,000%. Type a percentage above 0%"],
    ["target 0", { revenueTarget: 0 }, "target-invalid", "The revenue target (B23) is 0."],
    ["target as text", { revenueTarget: "50 000" }, "target-invalid", '(B23) is "50 000"'],
  ];
  test.each(cases)("%s", (_, money, code, text) => {
    const outcome = forecastFunnel({ ...exampleFunnel, ...(money as object) }, layout);
    expect(outcome.forecast).toBeNull();
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]!.code).toBe(code);
    expect(outcome.errors[0]!.cell).toBe(Object.entries(cells).find(([k]) => k in money)![1]);
    expect(issueMessage(outcome.errors[0]!)).toContain(text);
  });

  test("a margin of exactly 100 % and costs of 0 are fine", () => {
    expect(forecastFunnel({ ...exampleFunnel, grossMargin: 1, costs: 0 }).errors).toEqual([]);
  });
});

describe("random funnels", () => {
  const runs = { numRuns: 400 };

  test("agree with the naive implementation on every money, target and interval figure", () => {
    fc.assert(
      fc.property(funnelWithMoneyArbitrary(), (input) => {
        const { forecast } = forecastOf(input);
        const ref = naiveMoney(asNaive(input));
        const scale = Math.max(forecast.revenue, forecast.forecastRevenue, input.costs ?? 0, 1);
        if (ref.money === null) expect(forecast.money).toBeNull();
        else {
          for (const [key, value] of Object.entries(ref.money)) {
            const scaleOf = key.toLowerCase().includes("roi") ? 1 : scale;
            expectClose(forecast.money![key as keyof typeof ref.money], value, key, scaleOf);
          }
        }
        if (ref.target === null) expect(forecast.target).toBeNull();
        else {
          for (const [key, value] of Object.entries(ref.target)) {
            expectClose(forecast.target![key as keyof typeof ref.target], value, key);
          }
        }
        forecast.steps.forEach((step, i) => {
          const r = ref.steps[i]!;
          expectClose(step.costPerResult, r.costPerResult, `costPerResult ${i}`);
          expectClose(step.neededForTarget, r.neededForTarget, `neededForTarget ${i}`);
          expectClose(step.conversionNeededAlone, r.conversionNeededAlone, `conversionNeededAlone ${i}`);
          // Two algebraically equal forms of the interval: agree to 1e-9 absolute.
          expectClose(step.conversionLow, r.conversionLow, `low ${i}`, 1);
          expectClose(step.conversionHigh, r.conversionHigh, `high ${i}`, 1);
        });
      }),
      runs,
    );
  });

  test("the reverse funnel ends at the target, and the interval holds the conversion", () => {
    fc.assert(
      fc.property(funnelWithMoneyArbitrary(), (input) => {
        const { forecast } = forecastOf(input);
        const last = forecast.steps[forecast.steps.length - 1]!;
        if (input.revenueTarget !== undefined && forecast.revenue > 0) {
          expectClose(last.neededForTarget! * input.averageSaleValue, input.revenueTarget, "needed × value");
          expectClose(forecast.target!.leadsNeeded, forecast.steps[0]!.neededForTarget, "leads = step 1 needed");
        }
        for (const step of forecast.steps) {
          if (step.conversionLow === null) continue;
          expect(step.conversionLow).toBeGreaterThanOrEqual(0);
          expect(step.conversionHigh!).toBeLessThanOrEqual(1);
          expect(step.conversionLow).toBeLessThanOrEqual(step.conversion! + 1e-12);
          expect(step.conversionHigh!).toBeGreaterThanOrEqual(step.conversion! - 1e-12);
        }
      }),
      runs,
    );
  });

  test("cost per result grows down the funnel", () => {
    fc.assert(
      fc.property(funnelWithMoneyArbitrary(), (input) => {
        const costs = forecastOf(input).forecast.steps.map((s) => s.costPerResult);
        for (let i = 1; i < costs.length; i++) {
          if (costs[i] === null || costs[i - 1] === null) continue;
          expect(costs[i]!).toBeGreaterThanOrEqual(costs[i - 1]!);
        }
      }),
      runs,
    );
  });

  test("more data never widens the interval at the same conversion", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 100 }), (n, pct) => {
        const x = Math.round((n * pct) / 100);
        const small = naiveWilson(x, n)!;
        const large = wilsonInterval(x * 4, n * 4)!;
        expect(large.high - large.low).toBeLessThanOrEqual(small.high - small.low + 1e-12);
      }),
      runs,
    );
  });
});
