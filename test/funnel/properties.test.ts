import fc from "fast-check";
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { expectClose } from "../helpers/close";
import { funnelArbitrary } from "../helpers/generate";
import { naiveForecast } from "../helpers/naive-funnel";

function forecastOf(input: FunnelInput) {
  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) throw new Error(JSON.stringify(outcome.errors));
  return outcome.forecast;
}

const runs = { numRuns: 400 };

test("matches the independent O(n²) reference on every figure", () => {
  fc.assert(
    fc.property(funnelArbitrary(), (input) => {
      const f = forecastOf(input);
      const ref = naiveForecast({
        steps: input.steps,
        value: input.averageSaleValue,
        mode: input.improvementMode ?? "relative",
      });
      const money = Math.max(ref.revenue, ref.forecastRevenue, 1);
      f.steps.forEach((s, i) => {
        expectClose(s.conversion, ref.conversion[i]!, `conversion ${i}`);
        expectClose(s.forecastConversion, ref.forecastConversion[i]!, `forecastConversion ${i}`);
        expectClose(s.forecastResult, ref.forecastResult[i]!, `forecastResult ${i}`, input.steps[0]!.result);
        expectClose(s.extraRevenueAlone, ref.extraAlone[i]!, `alone ${i}`, money);
        expectClose(s.revenuePerPoint, ref.perPoint[i]!, `perPoint ${i}`, money);
      });
      expectClose(f.revenue, ref.revenue, "revenue");
      expectClose(f.forecastRevenue, ref.forecastRevenue, "forecastRevenue");
      expectClose(f.extraRevenue, ref.forecastRevenue - ref.revenue, "extraRevenue", money);
      expectClose(f.overallConversion, ref.overall, "overall");
      expectClose(f.forecastOverallConversion, ref.forecastOverall, "forecastOverall");
    }),
    runs,
  );
});

test("raising any improvement never lowers forecast revenue", () => {
  fc.assert(
    fc.property(funnelArbitrary(), fc.nat(), fc.double({ min: 0, max: 0.5, noNaN: true }), (input, pick, raise) => {
      const index = pick % input.steps.length;
      const raised = structuredClone(input);
      raised.steps[index]!.improvement += raise;
      const before = forecastOf(input).forecastRevenue;
      const after = forecastOf(raised).forecastRevenue;
      expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, before));
    }),
    runs,
  );
});

test("with no improvements the forecast equals today", () => {
  fc.assert(
    fc.property(funnelArbitrary(), (input) => {
      const flat = { ...input, steps: input.steps.map((s) => ({ ...s, improvement: 0 })) };
      const f = forecastOf(flat);
      expectClose(f.forecastRevenue, f.revenue, "forecastRevenue", Math.max(1, f.revenue));
      f.steps.forEach((s, i) => {
        expectClose(s.forecastResult, s.result, `forecastResult ${i}`, Math.max(1, input.steps[0]!.result));
        expect(s.extraRevenueAlone).toBe(0);
      });
    }),
    runs,
  );
});

test("a step's 'alone' figure equals the combined one when only that step is improved", () => {
  fc.assert(
    fc.property(funnelArbitrary(), fc.nat(), (input, pick) => {
      const index = pick % input.steps.length;
      const only = {
        ...input,
        steps: input.steps.map((s, i) => ({ ...s, improvement: i === index ? s.improvement : 0 })),
      };
      const f = forecastOf(only);
      expectClose(
        f.steps[index]!.extraRevenueAlone,
        f.extraRevenue,
        `alone ${index}`,
        Math.max(1, f.revenue, f.forecastRevenue),
      );
    }),
    runs,
  );
});

test("the bottleneck is the step with the largest positive value per point", () => {
  fc.assert(
    fc.property(funnelArbitrary(), (input) => {
      const f = forecastOf(input);
      const values = f.steps.map((s) => s.revenuePerPoint ?? -Infinity);
      const max = Math.max(...values);
      const first = f.bottleneckIndexes[0];
      if (first === undefined) {
        expect(max).toBeLessThanOrEqual(1e-9 * Math.max(1, f.revenue));
      } else {
        expect(values[first]).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        // no earlier step ties with it
        values.slice(0, first).forEach((v) => {
          expect(v).toBeLessThan(max * (1 - 1e-9) + 1e-300);
        });
      }
      // The tied set: exactly the steps within 1e-9 of the best, earliest first.
      const tied = values.flatMap((v, i) => (first !== undefined && max - v <= 1e-9 * Math.abs(max) ? [i] : []));
      expect(f.bottleneckIndexes).toEqual(tied);
    }),
    runs,
  );
});
