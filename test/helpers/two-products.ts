/**
 * Two products with closed periods, as `npm run export` takes them: Shoes (two periods; in the latest
 * the steps were listed in another order and one name in capitals) and Bags (one period, whose last
 * step has since been renamed, so it has nothing to compare with). A step name with a "?" checks
 * that names are matched as text, not as wildcards. Shoes has costs, a sales cycle and a lifetime value;
 * Bags none of them.
 */
import type { FunnelsSpec } from "../../src/export/funnels-workbook";
import type { ImprovementMode } from "../../src/funnel";

export function twoProducts(mode: ImprovementMode = "relative"): FunnelsSpec {
  return {
    funnels: [
      {
        sheet: "Shoes",
        name: "Running shoes",
        steps: [
          { name: "Leads", result: 800, improvement: 0 },
          { name: "Qualified", result: 320, improvement: 0.05 },
          { name: "Demo?", result: 160, improvement: 0 },
          { name: "Proposal", result: 64, improvement: 0.1 },
          { name: "Purchase", result: 16, improvement: 0 },
        ],
        averageSaleValue: 120,
        improvementMode: mode,
        costs: 900,
        cycleDays: 21,
        lifetimeValue: 480,
        history: [
          {
            period: "2026 Q1",
            averageSaleValue: 110,
            closedOn: "2026-04-02",
            steps: [
              { name: "Leads", result: 700 },
              { name: "Qualified", result: 250 },
              { name: "Demo?", result: 100 },
              { name: "Proposal", result: 50 },
              { name: "Purchase", result: 12 },
            ],
          },
          {
            period: "2026 Q2",
            averageSaleValue: 115,
            closedOn: "2026-07-01",
            steps: [
              { name: "Leads", result: 760 },
              { name: "QUALIFIED", result: 300 },
              { name: "Proposal", result: 60 },
              { name: "Demo?", result: 140 },
              { name: "Purchase", result: 15 },
            ],
          },
        ],
      },
      {
        sheet: "Bags",
        steps: [
          { name: "Visitors", result: 5000, improvement: 0 },
          { name: "Sign-ups", result: 400, improvement: 0.02 },
          { name: "Buyers", result: 40, improvement: 0 },
        ],
        averageSaleValue: 60,
        improvementMode: mode,
        history: [
          {
            period: "2026 Q2",
            averageSaleValue: 55,
            steps: [
              { name: "Visitors", result: 4000 },
              { name: "Sign-ups", result: 300 },
              { name: "Customers", result: 30 },
            ],
          },
        ],
      },
    ],
  };
}
