/**
 * The funnel of issues 23 and 24: 1,200 leads → 600 → 300 → 120 → 60 → 18 purchases at 2,500 (revenue
 * 45,000), "Proposal made" hoped +20 %, with costs 9,000, 1,800 for the improvement, a 40 % margin, a
 * 45-day sales cycle and 6,000 over a customer's lifetime. test/funnel/range.test.ts and velocity.test.ts
 * work its figures out by hand.
 */
import type { FunnelInput } from "../../src/funnel";

export function issueFunnel(mode: "relative" | "points" = "relative"): FunnelInput {
  return {
    steps: [1200, 600, 300, 120, 60, 18].map((result, i) => ({
      name: `Step ${i + 1}`,
      result,
      // +20 % of 40 % is 8 points.
      improvement: i === 3 ? (mode === "points" ? 0.08 : 0.2) : 0,
    })),
    averageSaleValue: 2500,
    improvementMode: mode,
    costs: 9000,
    improvementCost: 1800,
    grossMargin: 0.4,
    cycleDays: 45,
    lifetimeValue: 6000,
  };
}
