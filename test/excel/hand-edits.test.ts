/**
 * A colleague's edit inside the add-in's own block is never written over (issue 12): the record of
 * what the add-in wrote (written-record.ts, kept in the sheet's name FunnelForecastWritten) tells its
 * own cells from edited ones; "Replace my edits" writes over exactly the cells the user saw listed; a
 * sheet from before the record keeps working where its cells are exactly the add-in's.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { recalculate, writeInputs } from "../../src/excel";
import { closePeriod } from "../../src/excel/close-period";
import type { FunnelInput } from "../../src/funnel";
import { typeFunnelInput, type SimulatedWorkbook } from "../../src/simulation";
import {
  articleSteps,
  contextOf,
  counted,
  formula,
  newWorkbook,
  supportsOf,
  typeFunnel,
} from "../helpers/simulated-excel";

const options = (wb: SimulatedWorkbook, more: object = {}) => ({ isSetSupported: supportsOf(wb), ...more });

async function articleRecalculated(): Promise<SimulatedWorkbook> {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  const first = await recalculate(contextOf(wb), options(wb));
  if (!first.written) throw new Error("the first Recalculate should have written the sheet");
  return wb;
}

const recordOf = (wb: SimulatedWorkbook, sheet = "Sheet1") =>
  wb.sheet(sheet).names.find((n) => n.name === "FunnelForecastWritten")?.formula;

test("Replace my edits writes over exactly the cells listed, and nothing else", async () => {
  const wb = await articleRecalculated();
  const plannedF8 = formula(wb, "Sheet1", "F8");
  const plannedB14 = formula(wb, "Sheet1", "B14");
  wb.setInput("Sheet1", "F8", "=B8*2");
  wb.setInput("Sheet1", "B14", 99999);
  const refused = await recalculate(contextOf(wb), options(wb));
  expect(refused.written).toBe(false);
  const listed = refused.outcome.errors.filter((e) => e.code === "cell-edited").map((e) => e.cell ?? "");
  expect(listed).toEqual(["F8", "B14"]);

  // Agreeing to one of the two is not enough: the other is still an edit, and nothing changes.
  let before = wb.fingerprint();
  const half = await recalculate(contextOf(wb), options(wb, { replaceEdits: ["F8"] }));
  expect(half.outcome.errors.map((e) => e.cell)).toEqual(["B14"]);
  expect(wb.fingerprint()).toBe(before);

  // An edit made after the list was shown is not in it: refused, nothing changes.
  wb.setInput("Sheet1", "G7", "mine");
  before = wb.fingerprint();
  const late = await recalculate(contextOf(wb), options(wb, { replaceEdits: listed }));
  expect(late.outcome.errors.map((e) => e.cell)).toEqual(["G7"]);
  expect(wb.fingerprint()).toBe(before);

  wb.setInput("Sheet1", "G7", "");
  const { result, syncs } = await counted(wb, (ctx) => recalculate(ctx, options(wb, { replaceEdits: listed })));
  expect(result.written).toBe(true);
  expect(syncs).toBe(2);
  expect([formula(wb, "Sheet1", "F8"), formula(wb, "Sheet1", "B14")]).toEqual([plannedF8, plannedB14]);
  // And the next run knows them as its own again.
  expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
});

test("the pane's Recalculate (which writes the inputs) refuses an edit too, and replaces it when asked", async () => {
  const wb = await articleRecalculated();
  wb.setInput("Sheet1", "H9", "=1+1");
  const input: FunnelInput = {
    steps: articleSteps.map(([name, result, improvement]) => ({
      name: String(name),
      result: result as number,
      improvement: (improvement as number | undefined) ?? 0,
    })),
    averageSaleValue: 1500,
  };
  const before = wb.fingerprint();
  const refused = await writeInputs(contextOf(wb), input, options(wb));
  expect(refused.outcome.errors.map((e) => [e.code, e.cell])).toEqual([["cell-edited", "H9"]]);
  expect(wb.fingerprint()).toBe(before);
  const replaced = await writeInputs(contextOf(wb), input, options(wb, { replaceEdits: ["H9"] }));
  expect(replaced.written).toBe(true);
  expect(formula(wb, "Sheet1", "H9")).not.toBe("=1+1");
});

test("closing a period refuses an edited cell, and names it", async () => {
  const wb = await articleRecalculated();
  wb.setInput("Sheet1", "C7", "=0.5");
  const before = wb.fingerprint();
  const result = await closePeriod(contextOf(wb), "2026 Q3", options(wb, { closedOn: "2026-10-01" }));
  expect(result.status).toBe("refused");
  if (result.status === "refused") expect(result.errors.map((e) => [e.code, e.cell])).toEqual([["cell-edited", "C7"]]);
  expect(wb.fingerprint()).toBe(before);
});

test("a sheet from before the record: its cells as the add-in would write them are fine, anything else stops", async () => {
  const wb = await articleRecalculated();
  const dropRecord = () => {
    const names = wb.sheet("Sheet1").names;
    names.splice(
      names.findIndex((n) => n.name === "FunnelForecastWritten"),
      1,
    );
  };
  dropRecord();
  expect(recordOf(wb)).toBeUndefined();
  // Every cell is exactly what the add-in would write: the run goes through and, as it gives the
  // charts their data again (the sheet keeps no record of what they were given), leaves a record.
  expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
  expect(recordOf(wb)).toMatch(/^="FFW2;/);

  dropRecord();
  wb.setInput("Sheet1", "E7", "=C7*1.1");
  const before = wb.fingerprint();
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.outcome.errors.map((e) => [e.code, e.cell])).toEqual([["cell-edited", "E7"]]);
  expect(wb.fingerprint()).toBe(before);

  // A close on such a sheet: the latest period changes, which is the add-in's own doing, not an edit.
  wb.setInput("Sheet1", "E7", "");
  expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
  await closePeriod(contextOf(wb), "2026 Q2", options(wb, { closedOn: "2026-07-01" }));
  dropRecord();
  const closed = await closePeriod(contextOf(wb), "2026 Q3", options(wb, { closedOn: "2026-10-01" }));
  expect(closed.status === "refused" ? closed.errors.map((e) => issueMessage(e)) : closed.status).toBe("closed");
});

test("rows inserted above the block or inside the steps are not taken for edits; an edit made with them still is", async () => {
  const wb = await articleRecalculated();
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("2:3").insert("Down");
  await ctx.sync();
  expect((await recalculate(contextOf(wb), options(wb))).outcome.errors).toEqual([]);
  // The block now starts on row 6 (steps 7..12). A step added by inserting a row, and an edit beside it.
  const insert = contextOf(wb);
  insert.workbook.worksheets.getActiveWorksheet().getRange("10:10").insert("Down");
  await insert.sync();
  wb.setInput("Sheet1", "A10", "Demo given");
  wb.setInput("Sheet1", "B10", 100);
  wb.setInput("Sheet1", "G12", "=B12*10");
  const before = wb.fingerprint();
  const edited = await recalculate(contextOf(wb), options(wb));
  expect(edited.outcome.errors.map((e) => [e.code, e.cell])).toEqual([["cell-edited", "G12"]]);
  expect(wb.fingerprint()).toBe(before);
  wb.setInput("Sheet1", "G12", "");
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.outcome.errors).toEqual([]);
  expect(result.location).toMatchObject({ firstStepRow: 7, lastStepRow: 13 });
});

test.each([6, 60, 600])(
  "%i steps: 2 round trips with the record, a rerun the read alone, and the record does not grow with the steps",
  async (steps) => {
    const wb = newWorkbook();
    const input: FunnelInput = {
      steps: Array.from({ length: steps }, (_, i) => ({
        name: `Step ${i + 1}`,
        result: 1000 * (steps - i),
        improvement: i % 5 === 1 ? 0.05 : 0,
      })),
      averageSaleValue: 100,
    };
    typeFunnelInput(wb, "Sheet1", 2, input);
    // The first run lays the block out; the second reads the record back and checks every cell by it,
    // finds nothing to change and sends nothing, the record's name left as it is (the same name, not
    // one deleted and added again).
    const recordName = () => wb.sheet("Sheet1").names.find((n) => n.name === "FunnelForecastWritten");
    const names: unknown[] = [];
    for (const expected of [2, 1]) {
      const { result, syncs } = await counted(wb, (ctx) => recalculate(ctx, options(wb)));
      expect(result.written).toBe(true);
      expect(syncs).toBe(expected);
      names.push(recordName());
    }
    expect(names[1]).toBe(names[0]);
    const record = recordOf(wb) ?? "";
    // A few runs per column and one fingerprint per label, whatever the number of steps.
    expect(record.length).toBeGreaterThan(500);
    expect(record.length).toBeLessThan(2_600);
  },
);
