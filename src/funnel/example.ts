/** The example funnel, in the spirit of the article in shared/seeds (lead to purchase). */
import type { FunnelInput } from "./types";

export const exampleFunnel: FunnelInput = {
  steps: [
    { name: "Leads", result: 800, improvement: 0 },
    { name: "Qualified", result: 320, improvement: 0 },
    { name: "Engaged", result: 160, improvement: 0 },
    { name: "Proposal made", result: 64, improvement: 0.1 },
    { name: "Proposal discussed", result: 40, improvement: 0 },
    { name: "Purchase", result: 16, improvement: 0 },
  ],
  averageSaleValue: 1500,
  improvementMode: "relative",
};

/**
 * The example with what it costs and where it should get to: 6,000 of costs in the period, 800 for the
 * improvement, a 60 % margin and a revenue target of 36,000 (one and a half times today's 24,000); a
 * sale takes 60 days from the first contact, and a customer brings in 4,500 over the whole relationship
 * (three purchases).
 */
export const exampleFunnelWithMoney: FunnelInput = {
  ...exampleFunnel,
  costs: 6000,
  improvementCost: 800,
  grossMargin: 0.6,
  revenueTarget: 36000,
  cycleDays: 60,
  lifetimeValue: 4500,
};
