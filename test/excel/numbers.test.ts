/** After recalculate, every output cell (evaluated by HyperFormula in the simulation) equals forecastFunnel. */
import fc from "fast-check";
import { recalculate } from "../../src/excel";
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { planSheet } from "../../src/sheet";
import { expectClose } from "../helpers/close";
import { expectedCells, expectedNamedValues, moneyScale } from "../helpers/expected-cells";
import { funnelArbitrary } from "../helpers/generate";
import { contextOf, newWorkbook, supportsOf, typeFunnel, value } from "../helpers/simulated-excel";

function asNumber(v: unknown, label: string): number | null {
  if (v === "") return null;
  if (typeof v === "number") return v;
  throw new Error(`${label}: cell holds ${JSON.stringify(v)}`);
}

async function check(input: FunnelInput, headerRow: number): Promise<number> {
  const wb = newWorkbook();
  typeFunnel(
    wb,
    "Sheet1",
    headerRow,
    input.steps.map((s) => [s.name, s.result, s.improvement === 0 ? "" : s.improvement]),
    input.averageSaleValue,
  );
  const result = await recalculate(contextOf(wb), {
    improvementMode: input.improvementMode ?? "relative",
    isSetSupported: supportsOf(wb),
  });
  expect(result.outcome.errors).toEqual([]);
  const forecast = forecastFunnel(input).forecast!;
  const plan = planSheet(input, { headerRow });
  let compared = 0;
  for (const cell of expectedCells(input, plan, forecast)) {
    const label = `${cell.address} (${cell.what})`;
    expectClose(asNumber(value(wb, "Sheet1", cell.address), label), cell.expected, label, cell.scale);
    compared++;
  }
  const names = wb.sheet("Sheet1").names;
  for (const [name, expected] of Object.entries(expectedNamedValues(forecast, input))) {
    const target = names
      .find((n) => n.name === name)!
      .formula.split("!")[1]!
      .replace(/\$/g, "");
    expectClose(
      asNumber(value(wb, "Sheet1", target), name),
      expected,
      name,
      name.includes("Conversion") ? 1 : moneyScale(forecast),
    );
    compared++;
  }
  wb.destroy();
  return compared;
}

test("generated funnels in both modes, on any row", async () => {
  const samples = fc.sample(fc.tuple(funnelArbitrary({ maxSteps: 12 }), fc.integer({ min: 1, max: 30 })), {
    numRuns: 60,
    seed: 424242,
  });
  let compared = 0;
  for (const [input, headerRow] of samples) compared += await check(input, headerRow);
  expect(compared).toBeGreaterThan(1000);
});
