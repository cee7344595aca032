/**
 * The formulas planSheet writes, evaluated by a real spreadsheet engine (HyperFormula), must give the
 * same numbers as forecastFunnel for funnels this project has never seen, in both modes.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { exampleFunnel, forecastFunnel, type FunnelForecast, type FunnelInput } from "../../src/funnel";
import { CYCLE_OUTPUT_NAMES, planSheet, RANGE_NAMES, type SheetPlan } from "../../src/sheet";
import { absoluteReference, parseArea } from "../../src/sheet/a1";
import { parseAddress } from "../helpers/cell-address";
import { expectClose } from "../helpers/close";
import { expectedCells, expectedNamedValues, expectedRangeAndCycleValues, namedScale } from "../helpers/expected-cells";
import { funnelWithMoneyArbitrary } from "../helpers/generate";
import { issueFunnel } from "../helpers/issue-funnel";
import { registerExcelFunctions } from "../../src/simulation/excel-functions";

// SUMPRODUCT evaluates arithmetic on ranges as Excel does (see excel-functions.ts).
registerExcelFunctions();

type Grid = (string | number | null)[][];

function gridOf(plan: SheetPlan): Grid {
  const grid: Grid = [];
  for (const cell of plan.cells) {
    const { row, col } = parseAddress(cell.address);
    while (grid.length <= row) grid.push([]);
    const line = grid[row]!;
    while (line.length <= col) line.push(null);
    line[col] = cell.formula ?? cell.value ?? null;
  }
  return grid;
}

function evaluate(input: FunnelInput, headerRow: number) {
  const plan = planSheet(input, { headerRow });
  const hf = HyperFormula.buildFromSheets({ Funnel: gridOf(plan) }, { licenseKey: "gpl-v3", smartRounding: false });
  const sheet = hf.getSheetId("Funnel")!;
  for (const name of plan.names) {
    hf.addNamedExpression(name.name, `=${absoluteReference("Funnel", parseArea(name.address))}`, sheet);
  }
  const valueAt = (address: string) => {
    const { row, col } = parseAddress(address);
    return hf.getCellValue({ sheet, row, col });
  };
  const named = (name: string) => hf.calculateFormula(`=${name}`, sheet);
  return { plan, hf, valueAt, named };
}

/** "" (a formula that shows nothing) stands for null; HyperFormula errors fail loudly. */
function asNumber(value: unknown): number | null {
  if (value === "") return null;
  if (typeof value === "number") return value;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

/** Compares every figure with the engine's; returns how many were numbers on both sides. */
function checkAgainstEngine(input: FunnelInput, headerRow: number): number {
  const outcome = forecastFunnel(input);
  const forecast = outcome.forecast!;
  const { plan, valueAt, named, hf } = evaluate(input, headerRow);
  const shown = compareWithEngine(input, forecast, plan, valueAt, named);
  hf.destroy();
  return shown;
}

function compareWithEngine(
  input: FunnelInput,
  forecast: FunnelForecast,
  plan: SheetPlan,
  valueAt: (address: string) => unknown,
  named: (name: string) => unknown,
): number {
  let shown = 0;
  for (const cell of expectedCells(input, plan, forecast)) {
    expectClose(asNumber(valueAt(cell.address)), cell.expected, `${cell.address} (${cell.what})`, cell.scale);
    if (cell.expected !== null) shown++;
  }
  for (const [name, expected] of Object.entries(expectedNamedValues(forecast, input))) {
    expectClose(asNumber(named(name)), expected, name, namedScale(name, forecast, input));
    if (expected !== null) shown++;
  }
  return shown;
}

test("the example funnel evaluates to the engine's numbers", () => {
  expect(checkAgainstEngine(exampleFunnel, 3)).toBeGreaterThan(40);
  const { valueAt } = evaluate(exampleFunnel, 3);
  // spot-check a few by hand: F9 = 17.6 buyers, summary revenue 24 000 -> 26 400
  expect(valueAt("F9")).toBeCloseTo(17.6, 10);
  expect(valueAt("B12")).toBe(24000);
  expect(valueAt("B13")).toBeCloseTo(26400, 8);
});

test("generated funnels, both modes, anywhere on the sheet", () => {
  const shownOf: Partial<Record<string, number>> = {};
  fc.assert(
    fc.property(funnelWithMoneyArbitrary({ maxSteps: 16 }), fc.integer({ min: 1, max: 40 }), (input, headerRow) => {
      checkAgainstEngine(input, headerRow);
      const f = forecastFunnel(input).forecast!;
      // Count how often the new figures were really there to compare (not "" on both sides).
      for (const [name, value] of Object.entries(expectedRangeAndCycleValues(f))) {
        if (value !== null) shownOf[name] = (shownOf[name] ?? 0) + 1;
      }
      if (f.steps.some((step) => step.periodsToMeasure !== null)) shownOf.measure = (shownOf.measure ?? 0) + 1;
    }),
    { numRuns: 150 },
  );
  for (const name of [...RANGE_NAMES, ...CYCLE_OUTPUT_NAMES, "measure"]) {
    expect({ name, shown: (shownOf[name] ?? 0) >= 15 }).toEqual({ name, shown: true });
  }
});

/*
 * The issue's funnel (range.test.ts and velocity.test.ts work it by hand): 28,723 to 70,500 now, 34,468 to
 * 84,600 forecast; "Proposal made" shows after 2.01 quarters, or with 2,413 leads; 1,000 → 1,200 a day;
 * LTV:CAC 12; payback 0.5 sales.
 */

test("the issue's funnel shows the figures worked by hand", () => {
  const { named, valueAt, plan, hf } = evaluate(issueFunnel(), 2);
  expect(named("FunnelRevenueLow")).toBeCloseTo(28723.4, 1);
  expect(named("FunnelRevenueHigh")).toBeCloseTo(70500.01, 1);
  expect(named("FunnelForecastRevenueLow")).toBeCloseTo(34468.08, 1);
  expect(named("FunnelForecastRevenueHigh")).toBeCloseTo(84600.02, 1);
  expect(valueAt(`R${plan.firstStepRow + 3}`)).toBeCloseTo(2.010612, 5);
  expect(valueAt(`S${plan.firstStepRow + 3}`)).toBeCloseTo(2412.734, 2);
  expect(valueAt(`R${plan.firstStepRow + 2}`)).toBe("");
  expect(named("FunnelRevenuePerDay")).toBeCloseTo(1000, 9);
  expect(named("FunnelForecastRevenuePerDay")).toBeCloseTo(1200, 9);
  expect(named("FunnelLtvToCac")).toBeCloseTo(12, 9);
  expect(named("FunnelForecastLtvToCac")).toBeCloseTo(12, 9);
  expect(named("FunnelPaybackSales")).toBeCloseTo(0.5, 9);
  hf.destroy();
});

test.each(["relative", "points"] as const)(
  "%s mode: a colleague who changes B, D, the cycle time and the lifetime value sees every figure follow",
  (mode) => {
    const start: FunnelInput = { ...issueFunnel(mode), cycleDays: undefined, lifetimeValue: undefined };
    const { plan, hf, valueAt, named } = evaluate(start, 2);
    // Before: no cycle and no lifetime value given, so their figures are empty.
    expect(named("FunnelRevenuePerDay")).toBe("");
    expect(named("FunnelLtvToCac")).toBe("");
    const set = (address: string, value: number) => {
      const { row, col } = parseAddress(address);
      hf.setCellContents({ sheet: 0, row, col }, value);
    };
    const days = plan.names.find((n) => n.name === "FunnelCycleDays")!.address;
    const lifetime = plan.names.find((n) => n.name === "FunnelLifetimeValue")!.address;
    set(days, 30);
    set(lifetime, 4500);
    set(`B${plan.firstStepRow + 4}`, 75); // Proposal discussed 60 → 75
    set(`B${plan.firstStepRow + 5}`, 24); // Purchase 18 → 24
    set(`D${plan.firstStepRow + 2}`, mode === "points" ? 0.05 : 0.1);
    set(`D${plan.firstStepRow + 3}`, 0);
    const edited: FunnelInput = {
      ...start,
      cycleDays: 30,
      lifetimeValue: 4500,
      steps: start.steps.map((step, i) => ({
        ...step,
        result: i === 4 ? 75 : i === 5 ? 24 : step.result,
        improvement: i === 2 ? (mode === "points" ? 0.05 : 0.1) : 0,
      })),
    };
    const forecast = forecastFunnel(edited).forecast!;
    expect(compareWithEngine(edited, forecast, plan, valueAt, named)).toBeGreaterThan(60);
    expect(named("FunnelRevenuePerDay")).toBeCloseTo((24 * 2500) / 30, 9);
    expect(asNumber(valueAt(`R${plan.firstStepRow + 2}`))).toBeGreaterThan(0);
    hf.destroy();
  },
);

test("points mode changes only the forecast conversions and the forecast's range", () => {
  const relative = planSheet({ ...exampleFunnel, improvementMode: "relative" }, { headerRow: 1 });
  const points = planSheet({ ...exampleFunnel, improvementMode: "points" }, { headerRow: 1 });
  const differing = relative.cells.filter((c, i) => c.formula !== points.cells[i]!.formula).map((c) => c.address);
  const forecastRange = points.names
    .filter((n) => n.name === "FunnelForecastRevenueLow" || n.name === "FunnelForecastRevenueHigh")
    .map((n) => n.address);
  const conversions = Array.from(
    { length: exampleFunnel.steps.length - 1 },
    (_, i) => `E${points.firstStepRow + 1 + i}`,
  );
  expect(differing.sort()).toEqual([...conversions, ...forecastRange].sort());
});

test("every output is a live formula over B, D and the sale value", () => {
  const plan = planSheet(exampleFunnel, { headerRow: 3 });
  const outputs = plan.cells.filter((c) => c.role === "output" && c.row > plan.headerRow && c.text !== true);
  expect(outputs.length).toBeGreaterThan(0);
  for (const cell of outputs) expect(cell.formula).toMatch(/^=/);
  // inputs are never formulas
  for (const cell of plan.cells.filter((c) => c.role === "input")) expect(cell.formula).toBeUndefined();
  // changing B and D in the engine is what the formulas see: bump a result and re-evaluate
  const { hf, valueAt } = evaluate(exampleFunnel, 3);
  hf.setCellContents({ sheet: 0, row: 8, col: 1 }, 20); // B9: 16 -> 20 buyers
  expect(valueAt("B12")).toBe(30000);
  hf.setCellContents({ sheet: 0, row: 10, col: 1 }, 1000); // sale value 1500 -> 1000
  expect(valueAt("B12")).toBe(20000);
  hf.destroy();
});
