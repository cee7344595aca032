/**
 * The formulas planSheet writes, evaluated by a real spreadsheet engine (HyperFormula), must give the
 * same numbers as forecastFunnel for funnels this project has never seen, in both modes.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../../src/funnel";
import { planSheet, type SheetPlan } from "../../src/sheet";
import { absoluteReference, parseArea } from "../../src/sheet/a1";
import { parseAddress } from "../helpers/cell-address";
import { expectClose } from "../helpers/close";
import { expectedCells, expectedNamedValues, namedScale } from "../helpers/expected-cells";
import { funnelWithMoneyArbitrary } from "../helpers/generate";

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

function checkAgainstEngine(input: FunnelInput, headerRow: number): void {
  const outcome = forecastFunnel(input);
  const forecast = outcome.forecast!;
  const { plan, valueAt, named, hf } = evaluate(input, headerRow);
  for (const cell of expectedCells(input, plan, forecast)) {
    expectClose(asNumber(valueAt(cell.address)), cell.expected, `${cell.address} (${cell.what})`, cell.scale);
  }
  for (const [name, expected] of Object.entries(expectedNamedValues(forecast, input))) {
    expectClose(asNumber(named(name)), expected, name, namedScale(name, forecast, input));
  }
  hf.destroy();
}

test("the example funnel evaluates to the engine's numbers", () => {
  checkAgainstEngine(exampleFunnel, 3);
  const { valueAt } = evaluate(exampleFunnel, 3);
  // spot-check a few by hand: F9 = 17.6 buyers, summary revenue 24 000 -> 26 400
  expect(valueAt("F9")).toBeCloseTo(17.6, 10);
  expect(valueAt("B12")).toBe(24000);
  expect(valueAt("B13")).toBeCloseTo(26400, 8);
});

test("generated funnels, both modes, anywhere on the sheet", () => {
  fc.assert(
    fc.property(funnelWithMoneyArbitrary({ maxSteps: 16 }), fc.integer({ min: 1, max: 40 }), (input, headerRow) => {
      checkAgainstEngine(input, headerRow);
    }),
    { numRuns: 150 },
  );
});

test("points mode changes only column E", () => {
  const relative = planSheet({ ...exampleFunnel, improvementMode: "relative" }, { headerRow: 1 });
  const points = planSheet({ ...exampleFunnel, improvementMode: "points" }, { headerRow: 1 });
  const differing = relative.cells.filter((c, i) => c.formula !== points.cells[i]!.formula).map((c) => c.column);
  expect(new Set(differing)).toEqual(new Set(["E"]));
  expect(differing).toHaveLength(exampleFunnel.steps.length - 1);
});

test("every output is a live formula over B, D and the sale value", () => {
  const plan = planSheet(exampleFunnel, { headerRow: 3 });
  const outputs = plan.cells.filter((c) => c.role === "output" && c.row > plan.headerRow && c.column !== "A");
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
