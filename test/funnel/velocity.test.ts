/**
 * Sales-cycle time and lifetime value (DESIGN.md, wave 3): figures worked by hand for the issue's funnel,
 * a second implementation (test/helpers/naive-metrics) on random funnels, the properties the issue names,
 * and the two errors and the warning naming their cells.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import fc from "fast-check";
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { expectClose } from "../helpers/close";
import { countedFunnelArbitrary, funnelWithMoneyArbitrary } from "../helpers/generate";
import { issueFunnel } from "../helpers/issue-funnel";
import { asNaive, naiveVelocityAndLifetime } from "../helpers/naive-metrics";
import { moneyCellsAt } from "../../src/sheet/plan-money";

function forecastOf(input: FunnelInput) {
  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) throw new Error(JSON.stringify(outcome.errors));
  return { forecast: outcome.forecast, warnings: outcome.warnings };
}

/*
 * 1,200 leads → 600 → 300 → 120 → 60 → 18 purchases at 2,500: revenue 45,000; "Proposal made" +20 %, so the
 * forecast is 21.6 purchases, 54,000. Costs 9,000 and 1,800 for the improvement, margin 40 %, a cycle of
 * 45 days and 6,000 over a customer's lifetime:
 *   revenue per day 45,000 / 45 = 1,000 now, 54,000 / 45 = 1,200 forecast;
 *   customers' value 18 × 6,000 = 108,000 now, 21.6 × 6,000 = 129,600 forecast;
 *   cost per sale 9,000 / 18 = 500, so LTV:CAC 6,000 / 500 = 12; forecast (9,000 + 1,800) / 21.6 = 500, 12 again;
 *   payback 500 / (2,500 × 0.4) = 0.5 sales.
 */
const funnel = issueFunnel();

test("the issue's funnel, worked by hand", () => {
  const { forecast, warnings } = forecastOf(funnel);
  expect(forecast.velocity!.revenuePerDay).toBeCloseTo(1000, 9);
  expect(forecast.velocity!.forecastRevenuePerDay).toBeCloseTo(1200, 9);
  expect(forecast.lifetime!.customersValue).toBeCloseTo(108000, 9);
  expect(forecast.lifetime!.forecastCustomersValue).toBeCloseTo(129600, 9);
  expect(forecast.lifetime!.ltvToCac).toBeCloseTo(12, 12);
  expect(forecast.lifetime!.forecastLtvToCac).toBeCloseTo(12, 12);
  expect(forecast.lifetime!.paybackSales).toBeCloseTo(0.5, 12);
  expect(warnings.map((w) => w.code)).not.toContain("lifetime-below-sale");
});

describe("null cases", () => {
  test("without the inputs there is neither", () => {
    const { forecast } = forecastOf({ ...funnel, cycleDays: undefined, lifetimeValue: undefined });
    expect(forecast.velocity).toBeNull();
    expect(forecast.lifetime).toBeNull();
  });

  test("without costs: the customers' value, but no LTV:CAC or payback", () => {
    const { forecast } = forecastOf({ ...funnel, costs: undefined, improvementCost: undefined });
    expect(forecast.lifetime).toEqual({
      customersValue: 108000,
      forecastCustomersValue: expect.closeTo(129600, 9) as number,
      ltvToCac: null,
      forecastLtvToCac: null,
      paybackSales: null,
    });
  });

  test("costs of 0, no sales, a sale value of 0: each division by 0 is null", () => {
    expect(forecastOf({ ...funnel, costs: 0, improvementCost: 0 }).forecast.lifetime).toMatchObject({
      ltvToCac: null,
      forecastLtvToCac: null,
      paybackSales: 0,
    });
    const noSales = forecastOf({
      ...funnel,
      steps: funnel.steps.map((s, i) => ({ ...s, result: i === 5 ? 0 : s.result })),
    }).forecast;
    expect(noSales.lifetime).toMatchObject({ customersValue: 0, ltvToCac: null, paybackSales: null });
    expect(noSales.velocity).toEqual({ revenuePerDay: 0, forecastRevenuePerDay: 0 });
    const free = forecastOf({ ...funnel, averageSaleValue: 0, lifetimeValue: 0 }).forecast;
    expect(free.lifetime).toMatchObject({ ltvToCac: 0, paybackSales: null });
  });
});

describe("random funnels", () => {
  const runs = { numRuns: 300 };
  const withCycle = fc
    .record({
      input: funnelWithMoneyArbitrary(),
      cycleDays: fc.option(fc.oneof(fc.constantFrom(1, 30, 45), fc.double({ min: 0.5, max: 2000, noNaN: true })), {
        nil: undefined,
      }),
      lifetimeValue: fc.option(fc.oneof(fc.constantFrom(0, 6000), fc.integer({ min: 0, max: 10_000_000 })), {
        nil: undefined,
      }),
    })
    .map(({ input, cycleDays, lifetimeValue }): FunnelInput => {
      const out: FunnelInput = { ...input };
      if (cycleDays !== undefined) out.cycleDays = cycleDays;
      if (lifetimeValue !== undefined) out.lifetimeValue = lifetimeValue;
      return out;
    });

  test("agree with the naive implementation", () => {
    fc.assert(
      fc.property(withCycle, (input) => {
        const { forecast } = forecastOf(input);
        const ref = naiveVelocityAndLifetime(asNaive(input));
        if (ref.velocity === null) expect(forecast.velocity).toBeNull();
        else {
          const scale = Math.max(1, forecast.revenue, forecast.forecastRevenue) / input.cycleDays!;
          expectClose(forecast.velocity!.revenuePerDay, ref.velocity.revenuePerDay, "per day", scale);
          expectClose(forecast.velocity!.forecastRevenuePerDay, ref.velocity.forecastRevenuePerDay, "forecast", scale);
        }
        if (ref.lifetime === null) expect(forecast.lifetime).toBeNull();
        else {
          for (const [key, value] of Object.entries(ref.lifetime)) {
            expectClose(forecast.lifetime![key as keyof typeof ref.lifetime], value, key);
          }
        }
      }),
      runs,
    );
  });

  test("velocity scales with revenue, and a shorter cycle raises it", () => {
    fc.assert(
      fc.property(
        withCycle,
        fc.integer({ min: 2, max: 20 }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (input, times, shorter) => {
          const days = input.cycleDays ?? 30;
          const base = forecastOf({ ...input, cycleDays: days }).forecast;
          // Twice (or n times) the sale value: n times the revenue, n times the revenue per day.
          const richer = forecastOf({
            ...input,
            cycleDays: days,
            averageSaleValue: input.averageSaleValue * times,
          }).forecast;
          expectClose(richer.velocity!.revenuePerDay, base.velocity!.revenuePerDay * times, "scaled", 1);
          expectClose(richer.velocity!.forecastRevenuePerDay, base.velocity!.forecastRevenuePerDay * times, "f", 1);
          const faster = forecastOf({ ...input, cycleDays: days * shorter }).forecast;
          if (base.revenue > 0) expect(faster.velocity!.revenuePerDay).toBeGreaterThan(base.velocity!.revenuePerDay);
          else expect(faster.velocity!.revenuePerDay).toBe(0);
          if (base.forecastRevenue > 0)
            expect(faster.velocity!.forecastRevenuePerDay).toBeGreaterThan(base.velocity!.forecastRevenuePerDay);
        },
      ),
      runs,
    );
  });

  test("LTV:CAC × cost per sale is the lifetime value, now and forecast", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.oneof(withCycle, countedFunnelArbitrary()),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (input, lifetime, costs) => {
          const { forecast } = forecastOf({ ...input, lifetimeValue: lifetime, costs });
          const l = forecast.lifetime!;
          const money = forecast.money;
          if (l.ltvToCac !== null) {
            expectClose(l.ltvToCac * money!.costPerSale!, lifetime, "now");
            checked++;
          }
          if (l.forecastLtvToCac !== null) expectClose(l.forecastLtvToCac * money!.forecastCostPerSale!, lifetime, "f");
        },
      ),
      runs,
    );
    expect(checked).toBeGreaterThan(runs.numRuns / 4);
  });
});

describe("bad input names the cell", () => {
  // The article's layout: the sale value on row 12, so costs in B20 and the sales cycle in E20.
  const layout = { firstStepRow: 4, saleValueCell: "B12", moneyCells: moneyCellsAt(12) };
  const base = funnel;
  test.each([
    [
      "days as text",
      { cycleDays: "six weeks" },
      "cycle-days-invalid",
      "E20",
      'The sales-cycle time (E20) is "six weeks".',
    ],
    ["0 days", { cycleDays: 0 }, "cycle-days-invalid", "E20", "is 0. Type the average number of days"],
    ["negative days", { cycleDays: -5 }, "cycle-days-invalid", "E20", "(E20) is -5."],
    ["an error value in the days", { cycleDays: "#DIV/0!" }, "cycle-days-invalid", "E20", '"#DIV/0!"'],
    ["a negative lifetime value", { lifetimeValue: -6000 }, "lifetime-value-invalid", "E21", "(E21) is -6,000."],
    ["a lifetime value as text", { lifetimeValue: "6k" }, "lifetime-value-invalid", "E21", '"6k"'],
    ["an error value in the lifetime value", { lifetimeValue: "#N/A" }, "lifetime-value-invalid", "E21", '"#N/A"'],
  ])("%s", (_, patch, code, cell, text) => {
    const outcome = forecastFunnel({ ...base, ...(patch as object) }, layout);
    expect(outcome.forecast).toBeNull();
    expect(outcome.errors.map((e) => [e.code, e.cell])).toEqual([[code, cell]]);
    expect(issueMessage(outcome.errors[0]!)).toContain(text);
  });

  test("a lifetime value below one sale is a warning, not an error", () => {
    const outcome = forecastFunnel({ ...base, lifetimeValue: 250 }, layout);
    expect(outcome.forecast).not.toBeNull();
    const warning = outcome.warnings.find((w) => w.code === "lifetime-below-sale")!;
    expect(warning.cell).toBe("E21");
    expect(issueMessage(warning)).toBe(
      "The lifetime value of a customer (E21) is 250, less than one sale of 2,500. A customer brings in at least their first sale: check whether you meant the value over the whole relationship.",
    );
    // Equal to one sale is fine (a customer who buys once).
    expect(forecastFunnel({ ...base, lifetimeValue: 2500 }).warnings.map((w) => w.code)).not.toContain(
      "lifetime-below-sale",
    );
  });
});
