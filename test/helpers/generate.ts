/** fast-check arbitraries for funnels this project has never seen. */
import fc from "fast-check";
import type { FunnelInput } from "../../src/funnel";

const improvement = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  // Typed percentages have a few decimals; Excel cannot even store subnormal doubles.
  { weight: 4, arbitrary: fc.double({ min: -0.6, max: 0.8, noNaN: true }).map((d) => Math.round(d * 1e6) / 1e6) },
  { weight: 1, arbitrary: fc.constantFrom(0.05, 0.1, 0.25, 1, 1.5) },
);

/** The funnel of these results; step 1's improvement is always relative, so it is kept above -100 %. */
function funnelOf(results: number[], improvements: number[], value: number, mode: "relative" | "points"): FunnelInput {
  return {
    steps: results.map((result, i) => ({
      name: `Step ${i + 1}`,
      result,
      improvement: i === 0 ? Math.max(improvements[i]!, -0.5) : improvements[i]!,
    })),
    averageSaleValue: Math.round(value * 100) / 100,
    improvementMode: mode,
  };
}

/** Valid funnels: each step is a share (possibly 0 or 1) of the one before, rounded to whole people. */
export function funnelArbitrary(options: { minSteps?: number; maxSteps?: number } = {}): fc.Arbitrary<FunnelInput> {
  const minSteps = options.minSteps ?? 2;
  const maxSteps = options.maxSteps ?? 14;
  return fc
    .record({
      top: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(1, 10, 100, 800)),
      shares: fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(0, 1) },
        ),
        { minLength: minSteps - 1, maxLength: maxSteps - 1 },
      ),
      improvements: fc.array(improvement, { minLength: maxSteps, maxLength: maxSteps }),
      value: fc.oneof(fc.double({ min: 0, max: 50_000, noNaN: true }), fc.constantFrom(0, 1, 1500)),
      mode: fc.constantFrom<"relative" | "points">("relative", "points"),
    })
    .map(({ top, shares, improvements, value, mode }) => {
      const results = [top];
      for (const share of shares) results.push(Math.floor(results[results.length - 1]! * share));
      return funnelOf(results, improvements, value, mode);
    });
}

/**
 * Funnels with any mix of the optional inputs of the costs and target block (each present or absent):
 * costs, margin, target, the sales cycle and the lifetime value; half of them with every step reached
 * (so that the revenue has a range).
 */
export function funnelWithMoneyArbitrary(options: { minSteps?: number; maxSteps?: number } = {}) {
  const amount = fc.oneof(fc.constantFrom(0, 1, 2500), fc.integer({ min: 0, max: 5_000_000 }));
  return fc
    .record({
      input: fc.oneof(funnelArbitrary(options), countedFunnelArbitrary({ maxSteps: options.maxSteps ?? 8 })),
      costs: fc.option(amount, { nil: undefined }),
      improvementCost: fc.option(amount, { nil: undefined }),
      grossMargin: fc.option(
        fc.oneof(
          fc.constantFrom(1, 0.4),
          fc.double({ min: 0.01, max: 1, noNaN: true }).map((m) => Math.round(m * 1e4) / 1e4),
        ),
        { nil: undefined },
      ),
      revenueTarget: fc.option(fc.oneof(fc.constantFrom(1, 50_000), fc.integer({ min: 1, max: 50_000_000 })), {
        nil: undefined,
      }),
      cycleDays: fc.option(
        fc.oneof(
          fc.constantFrom(1, 45, 90),
          fc.double({ min: 0.5, max: 1000, noNaN: true }).map((d) => Math.round(d * 10) / 10),
        ),
        { nil: undefined },
      ),
      lifetimeValue: fc.option(fc.oneof(fc.constantFrom(0, 6000), fc.integer({ min: 0, max: 10_000_000 })), {
        nil: undefined,
      }),
    })
    .map(({ input, ...money }): FunnelInput => {
      const out: FunnelInput = { ...input };
      for (const [key, value] of Object.entries(money)) {
        if (value !== undefined) out[key as "costs"] = value;
      }
      return out;
    });
}

/**
 * Funnels where every step is reached by someone and no conversion is 0 % or 100 %: the ones whose
 * revenue has a range (DESIGN.md "How sure the forecast is"), with any improvements, in either mode.
 */
export function countedFunnelArbitrary(options: { maxSteps?: number } = {}): fc.Arbitrary<FunnelInput> {
  const maxSteps = options.maxSteps ?? 8;
  return fc
    .record({
      top: fc.integer({ min: 40, max: 2_000_000 }),
      shares: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { minLength: 1, maxLength: maxSteps - 1 }),
      improvements: fc.array(improvement, { minLength: maxSteps, maxLength: maxSteps }),
      value: fc.oneof(fc.double({ min: 1, max: 50_000, noNaN: true }), fc.constantFrom(1, 1500)),
      mode: fc.constantFrom<"relative" | "points">("relative", "points"),
    })
    .map(({ top, shares, improvements, value, mode }) => {
      const results = [top];
      for (const share of shares) {
        const before = results[results.length - 1]!;
        if (before < 2) break;
        results.push(Math.min(before - 1, Math.max(1, Math.floor(before * share))));
      }
      return funnelOf(results, improvements, value, mode);
    })
    .filter((input) => input.steps.length >= 2);
}
