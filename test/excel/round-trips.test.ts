/**
 * At most 2 context.sync() calls per recalculation, whatever the number of steps: one read, and one
 * write where something must change. A rerun with nothing to change is the read alone.
 */
import { createFunnelSheet, recalculate, writeInputs } from "../../src/excel";
import type { FunnelInput } from "../../src/funnel";
import { counted, newWorkbook, supportsOf, typeFunnel, type StepRow } from "../helpers/simulated-excel";

function steps(count: number): StepRow[] {
  let result = 1_000_000;
  return Array.from({ length: count }, (_, i) => {
    if (i > 0) result = Math.floor(result * 0.97);
    return [`Step ${i + 1}`, result, i % 5 === 2 ? 0.05 : ""];
  });
}

test.each([6, 60, 600])(
  "recalculate with %i steps: 2 syncs the first time, 1 for a rerun and for a new result, 2 for a step added",
  async (count) => {
    const wb = newWorkbook();
    typeFunnel(wb, "Sheet1", 2, steps(count), 99);
    const run = () => counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
    const syncs: number[] = [];
    for (const change of [
      () => undefined,
      () => undefined,
      () => {
        wb.setInput("Sheet1", "B4", 999_000);
      },
      () => {
        wb.shiftRows(wb.sheet("Sheet1"), 5, 1);
        wb.setInput("Sheet1", "A5", "Step added");
        wb.setInput("Sheet1", "B5", 998_000);
      },
    ]) {
      change();
      const { result, syncs: made } = await run();
      expect(result.outcome.errors).toEqual([]);
      expect(result.written).toBe(true);
      syncs.push(made);
    }
    expect(syncs).toEqual([2, 1, 1, 2]);
  },
);

test.each([6, 60, 600])("writeInputs with %i steps: 2 syncs", async (count) => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 2, steps(6), 99);
  const input: FunnelInput = {
    steps: steps(count).map(([name, result]) => ({ name: String(name), result: result as number, improvement: 0.01 })),
    averageSaleValue: 10,
  };
  const run = await counted(wb, (ctx) => writeInputs(ctx, input, { isSetSupported: supportsOf(wb) }));
  expect(run.result.outcome.errors).toEqual([]);
  expect(run.syncs).toBe(2);
});

test("createFunnelSheet: 2 syncs", async () => {
  const wb = newWorkbook();
  const run = await counted(wb, (ctx) => createFunnelSheet(ctx, undefined, { isSetSupported: supportsOf(wb) }));
  expect(run.result.written).toBe(true);
  expect(run.syncs).toBe(2);
});

test("bad input: 1 sync, nothing queued for writing", async () => {
  const wb = newWorkbook();
  typeFunnel(
    wb,
    "Sheet1",
    2,
    [
      ["Leads", 10],
      ["Buyers", 20],
    ],
    5,
  );
  const run = await counted(wb, (ctx) => recalculate(ctx));
  expect(run.result.written).toBe(false);
  expect(run.syncs).toBe(1);
});

test("a refused native funnel chart costs four more syncs once (read back, try again, clear, draw bars), then none", async () => {
  const wb = newWorkbook({ funnelChartFails: true });
  typeFunnel(wb, "Sheet1", 2, steps(60), 99);
  const run = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(run.result.chart).toBe("stacked-bar");
  expect(run.syncs).toBe(6);
  const rerun = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(rerun.result.chart).toBe("stacked-bar");
  expect(rerun.syncs).toBe(1);
});
