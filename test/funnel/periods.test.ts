/** Comparing with a closed period: steps matched by name, any case, whatever their order then. */
import { comparePeriod, conversionTrend, latestPeriod, periodsOf, type HistoryRow } from "../../src/funnel/periods";
import { historyOf } from "../../src/export/funnels-workbook";
import { expectClose } from "../helpers/close";
import { twoProducts } from "../helpers/two-products";
import { kindOfLabel, periodKind } from "../../src/funnel/period-kind";

const history: HistoryRow[] = historyOf(twoProducts());
const shoes = [
  { name: "Leads", conversion: null },
  { name: "Qualified", conversion: 320 / 800 },
  { name: "Demo?", conversion: 160 / 320 },
  { name: "Proposal", conversion: 64 / 160 },
  { name: "Purchase", conversion: 16 / 64 },
];

test("the history rows: every step of every closed period, funnel by funnel, named by the funnel's name", () => {
  expect(history).toHaveLength(5 + 5 + 3);
  expect(history[0]).toEqual({
    funnel: "Running shoes",
    period: "2026 Q1",
    step: 1,
    stepName: "Leads",
    result: 700,
    saleValue: 110,
    closedOn: "2026-04-02",
  });
  // Bags has no name of its own: its sheet's name stands in.
  expect(history[10]!.funnel).toBe("Bags");
  expect(latestPeriod(history, "RUNNING SHOES")).toBe("2026 Q2");
  expect(latestPeriod(history, "Hats")).toBeNull();
});

test("2026 Q2, listed in another order and partly in capitals, compares step by step by name", () => {
  const q2 = comparePeriod(history, "running shoes", "2026 q2", shoes);
  expect(q2.previousResult).toEqual([760, 300, 140, 60, 15]);
  // By hand: 300/760, 140/300, 60/140, 15/60.
  [null, 300 / 760, 140 / 300, 60 / 140, 15 / 60].forEach((c, i) => {
    expectClose(q2.previousConversion[i], c, `conversion then ${i + 1}`);
  });
  expectClose(q2.conversionChange[1], 0.4 - 300 / 760, "Qualified: +0.5 points");
  expectClose(q2.conversionChange[3], 0.4 - 60 / 140, "Proposal: −2.9 points");
  expect(q2.conversionChange[0]).toBeNull();
  expect(q2.previousRevenue).toBe(15 * 115);
});

test("an older period, a renamed step and a period that does not exist", () => {
  const q1 = comparePeriod(history, "Running shoes", "2026 Q1", shoes);
  expect(q1.previousResult).toEqual([700, 250, 100, 50, 12]);
  expect(q1.previousRevenue).toBe(12 * 110);
  const bags = comparePeriod(history, "Bags", "2026 Q2", [
    { name: "Visitors", conversion: null },
    { name: "Sign-ups", conversion: 0.08 },
    { name: "Buyers", conversion: 0.1 },
  ]);
  expect(bags.previousResult).toEqual([4000, 300, null]);
  expect(bags.previousConversion).toEqual([null, 300 / 4000, null]);
  expect(bags.conversionChange[2]).toBeNull();
  expect(bags.previousRevenue).toBeNull(); // "Customers" then, "Buyers" now: nothing to compare
  const none = comparePeriod(history, "Bags", "2025 Q4", [{ name: "Visitors", conversion: null }]);
  expect(none.previousResult).toEqual([null]);
});

test("a name is text, not a pattern: 'Demo?' does not match 'Demos', and '*' matches only '*'", () => {
  const rows: HistoryRow[] = [
    { funnel: "F", period: "P", step: 1, stepName: "Demos", result: 5, saleValue: 1, closedOn: "" },
    { funnel: "F", period: "P", step: 2, stepName: "*", result: 3, saleValue: 1, closedOn: "" },
  ];
  const result = comparePeriod(rows, "F", "P", [
    { name: "Demo?", conversion: null },
    { name: "*", conversion: 0.5 },
  ]);
  expect(result.previousResult).toEqual([null, 3]);
});

test("the trend's periods: as first closed, a label closed again keeps its place, the latest 12 at most", () => {
  const rows = (funnel: string, periods: string[]) => periods.map((period) => ({ funnel, period }));
  const table = [...rows("Shoes", ["2026 Q1", "2026 Q2"]), ...rows("Bags", ["2026 Q1"]), ...rows("shoes", ["2026 q1"])];
  expect(periodsOf(table, "SHOES")).toEqual(["2026 Q1", "2026 Q2"]);
  // Q1 closed again went to the end of the table; the trend shown keeps it first.
  const reclosed = [...rows("Shoes", ["2026 Q2", "2026 Q1"])];
  expect(periodsOf(reclosed, "Shoes", ["2026 Q1", "2026 Q2"])).toEqual(["2026 Q1", "2026 Q2"]);
  // A period whose rows the user deleted from the table leaves the trend.
  expect(periodsOf(rows("Shoes", ["2026 Q2"]), "Shoes", ["2026 Q1", "2026 Q2"])).toEqual(["2026 Q2"]);
  const many = Array.from({ length: 14 }, (_, i) => `P${i + 1}`);
  expect(periodsOf(rows("Shoes", many), "Shoes")).toEqual(many.slice(2));
  // The trend showed P2..P13; P14 is closed: P2 drops out, P1 (which dropped out before) stays out.
  expect(periodsOf(rows("Shoes", many), "Shoes", many.slice(1, 13))).toEqual(many.slice(2));
  // A trend from before there were several shows the latest alone: the earlier ones come before it.
  expect(periodsOf(rows("Shoes", many.slice(0, 5)), "Shoes", ["P4"])).toEqual(["P1", "P2", "P3", "P4", "P5"]);
});

test("the trend's conversions: per step from the second, per period, by step name (hand-checked)", () => {
  const trend = conversionTrend(
    history,
    "Running shoes",
    ["2026 Q1", "2026 Q2"],
    shoes.map((s) => s.name),
  );
  // Q1: 250/700, 100/250, 50/100, 12/50; Q2: 300/760, 140/300, 60/140, 15/60.
  const byHand = [
    [250 / 700, 300 / 760],
    [100 / 250, 140 / 300],
    [50 / 100, 60 / 140],
    [12 / 50, 15 / 60],
  ];
  expect(trend).toHaveLength(4);
  trend.forEach((row, i) => {
    row.forEach((c, j) => {
      expectClose(c, byHand[i]![j]!, `step ${i + 2} period ${j + 1}`);
    });
  });
  // Bags' last step had another name then: no conversion for it.
  expect(conversionTrend(history, "Bags", ["2026 Q2"], ["Visitors", "Sign-ups", "Buyers"])).toEqual([
    [300 / 4000],
    [null],
  ]);
});

describe("what the closed periods are: quarters, half years or months, in the pane's five languages", () => {
  test.each([
    ["2026 Q3", "quarter"],
    ["Q1 2027", "quarter"],
    ["K3 2026", "quarter"],
    ["3. kvartal 2026", "quarter"],
    ["2026 III. negyedév", "quarter"],
    ["2. Quartal 2026", "quarter"],
    ["2026 H1", "half"],
    ["First half 2027", "half"],
    ["1e helft 2026", "half"],
    ["1. Halbjahr 2026", "half"],
    ["2026 I. félév", "half"],
    ["1. halvår 2026", "half"],
    ["2026-07", "month"],
    ["07/2026", "month"],
    ["Jul 2026", "month"],
    ["juli 2026", "month"],
    ["März 2026", "month"],
    ["2026. július", "month"],
    ["des. 2026", "month"],
    ["Spring sale", null],
    ["2026", null],
    ["Q5 2026", null],
  ] as const)("%s is a %s", (label, kind) => {
    expect(kindOfLabel(label)).toBe(kind);
  });

  test("the labels must agree", () => {
    expect(periodKind(["2026 Q1", "2026 Q2"])).toBe("quarter");
    expect(periodKind(["2026 H1", "2026 H2"])).toBe("half");
    expect(periodKind(["2026 Q1", "2026 H2"])).toBeNull();
    expect(periodKind(["2026 Q1", "Launch"])).toBeNull();
    expect(periodKind([])).toBeNull();
  });
});
