/**
 * The sheet is the truth (issue 19): an edit made in the sheet between the pane's read and its write —
 * by the user or by a co-author — is never written over silently, for every kind of input. The pane's
 * own edit of another cell is written; the same cell edited in both places stops the write with nothing
 * changed, naming the cell, until the user chooses. Runs on Microsoft's client over the simulated host.
 */
import { readFunnel, recalculate, writeInputs } from "../../src/excel";
import { moneyCellsAt } from "../../src/sheet/plan-money";
import { funnelFromForm, formFromRows, type FunnelForm } from "../../src/taskpane/form";
import { paneEdits, type Baseline } from "../../src/taskpane/follow-sheet";
import type { InputKey } from "../../src/sheet/three-way";
import type { SimulatedWorkbook } from "../../src/simulation";
import { articleWorkbook } from "../helpers/hosts";
import { contextOf, formula, supportsOf } from "../helpers/simulated-excel";

const TAG = "en-US";

async function laidOut(): Promise<{ wb: SimulatedWorkbook; baseline: Baseline }> {
  const wb = articleWorkbook("web");
  await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  const reading = await readFunnel(contextOf(wb));
  if (reading.rows === null || reading.location === null) throw new Error("no funnel read");
  return {
    wb,
    baseline: {
      form: formFromRows(reading.rows, TAG),
      rows: reading.rows,
      firstStepRow: reading.location.firstStepRow,
    },
  };
}

function edited(form: FunnelForm, change: (f: FunnelForm) => void): FunnelForm {
  const next = { ...form, steps: form.steps.map((s) => ({ ...s })), money: { ...form.money } };
  change(next);
  return next;
}

async function write(
  wb: SimulatedWorkbook,
  form: FunnelForm,
  baseline: Baseline,
  choices?: [InputKey, "sheet" | "pane"][],
) {
  const edits = paneEdits(form, baseline, "relative", TAG);
  return writeInputs(contextOf(wb), funnelFromForm(form, "relative", TAG), {
    isSetSupported: supportsOf(wb),
    paneEdits: choices === undefined ? edits : { ...edits, choices: new Map(choices) },
  });
}

// The article funnel under a title: steps on rows 5–10, the sale value in B12.
const costCell = moneyCellsAt(12).costs;
const cases: {
  what: string;
  cell: string;
  pane: (f: FunnelForm) => void;
  sheet: string | number;
  paneValue: unknown;
}[] = [
  { what: "a result", cell: "B7", pane: (f) => (f.steps[2]!.result = "170"), sheet: 150, paneValue: 170 },
  { what: "an improvement", cell: "D8", pane: (f) => (f.steps[3]!.improvement = "20"), sheet: 0.15, paneValue: 0.2 },
  {
    what: "a step name",
    cell: "A6",
    pane: (f) => (f.steps[1]!.name = "Qualified leads"),
    sheet: "MQL",
    paneValue: "Qualified leads",
  },
  { what: "the sale value", cell: "B12", pane: (f) => (f.saleValue = "1600"), sheet: 1400, paneValue: 1600 },
  { what: "the costs", cell: costCell, pane: (f) => (f.money.costs = "5000"), sheet: 4000, paneValue: 5000 },
];

describe.each(["the user", "a co-author"])("%s edits the sheet between the pane's read and its write", (who) => {
  const type = (wb: SimulatedWorkbook, cell: string, content: string | number) => {
    if (who === "the user") wb.setInput("Sheet1", cell, content);
    else wb.coauthorEdits("Sheet1", cell, content);
  };

  test.each(cases)(
    "$what: the same cell edited in the pane is a conflict; nothing in the workbook changes",
    async (c) => {
      const { wb, baseline } = await laidOut();
      type(wb, c.cell, c.sheet);
      const before = wb.fingerprint();
      const result = await write(wb, edited(baseline.form, c.pane), baseline);
      expect(result.written).toBe(false);
      expect(result.conflicts?.map((x) => [x.cell, x.sheet, x.pane])).toEqual([[c.cell, c.sheet, c.paneValue]]);
      expect(result.outcome.errors.map((e) => [e.code, e.params?.cell])).toEqual([["changed-in-sheet", c.cell]]);
      expect(wb.fingerprint()).toBe(before);
    },
  );

  test.each(cases)("$what: kept when the pane edited another cell, and the pane's edit written", async (c) => {
    const { wb, baseline } = await laidOut();
    type(wb, c.cell, c.sheet);
    // The pane changes B9 (Proposal discussed, 40) only.
    const result = await write(
      wb,
      edited(baseline.form, (f) => (f.steps[4]!.result = "33")),
      baseline,
    );
    expect(result.written).toBe(true);
    expect(formula(wb, "Sheet1", c.cell)).toBe(c.sheet);
    expect(formula(wb, "Sheet1", "B9")).toBe(33);
  });

  test.each(cases)("$what: the user's choice decides — theirs, or the sheet's", async (c) => {
    const mine = await laidOut();
    type(mine.wb, c.cell, c.sheet);
    const form = edited(mine.baseline.form, c.pane);
    const keys = [...paneEdits(form, mine.baseline, "relative", TAG).changed];
    const written = await write(mine.wb, form, mine.baseline, [[keys[0]!, "pane"]]);
    expect([written.written, formula(mine.wb, "Sheet1", c.cell)]).toEqual([true, c.paneValue]);
    const theirs = await laidOut();
    type(theirs.wb, c.cell, c.sheet);
    const kept = await write(theirs.wb, form, theirs.baseline, [[keys[0]!, "sheet"]]);
    expect([kept.written, formula(theirs.wb, "Sheet1", c.cell)]).toEqual([true, c.sheet]);
  });
});

test("without the pane's edits, writeInputs writes the pane's funnel as it is (the ribbon and older callers)", async () => {
  const { wb, baseline } = await laidOut();
  wb.setInput("Sheet1", "B7", 150);
  const result = await writeInputs(contextOf(wb), funnelFromForm(baseline.form, "relative", TAG), {
    isSetSupported: supportsOf(wb),
  });
  expect([result.written, formula(wb, "Sheet1", "B7")]).toEqual([true, 160]);
});

test("a row inserted in the sheet since the read: one question for the block, then the sheet's funnel is kept", async () => {
  const { wb, baseline } = await laidOut();
  const ctx = contextOf(wb);
  ctx.workbook.worksheets.getActiveWorksheet().getRange("7:7").insert("Down");
  await ctx.sync();
  wb.setInput("Sheet1", "A7", "Demo given");
  wb.setInput("Sheet1", "B7", 200);
  const form = edited(baseline.form, (f) => (f.saleValue = "1600"));
  const before = wb.fingerprint();
  const asked = await write(wb, form, baseline);
  expect(asked.outcome.errors.map((e) => [e.code, e.params?.range, e.params?.sheetSteps, e.params?.paneSteps])).toEqual(
    [["rows-changed-in-sheet", "A5:D11", 7, 6]],
  );
  expect(wb.fingerprint()).toBe(before);
  const kept = await write(wb, form, baseline, [["steps", "sheet"]]);
  expect([kept.written, formula(wb, "Sheet1", "A7"), formula(wb, "Sheet1", "B7")]).toEqual([true, "Demo given", 200]);
});

test("a write refused for the pane's own bad value reports the funnel's own rows, not the laid-out block's", async () => {
  const { wb, baseline } = await laidOut();
  const before = wb.fingerprint();
  const result = await write(
    wb,
    edited(baseline.form, (f) => (f.steps[2]!.result = "lots")),
    baseline,
  );
  expect(result.written).toBe(false);
  expect([result.location?.firstStepRow, result.location?.lastStepRow]).toEqual([5, 10]);
  expect(result.outcome.errors.map((e) => e.cell)).toEqual(["B7"]);
  expect(wb.fingerprint()).toBe(before);
});

describe("a co-author's edit that arrives between the write's own read and its write request", () => {
  /** The co-author's edit lands just before the add-in's second request (its writes). */
  function coauthorBeforeWrite(wb: SimulatedWorkbook, cell: string, content: string | number): void {
    let requests = 0;
    wb.beforeRequest = () => {
      requests++;
      if (requests === 2) wb.coauthorEdits("Sheet1", cell, content);
    };
  }

  test.each(cases)("$what: kept, because the write holds only the cells the pane changed", async (c) => {
    const { wb, baseline } = await laidOut();
    coauthorBeforeWrite(wb, c.cell, c.sheet);
    const result = await write(
      wb,
      edited(baseline.form, (f) => (f.steps[4]!.result = "33")),
      baseline,
    );
    wb.beforeRequest = null;
    expect(result.written).toBe(true);
    expect(formula(wb, "Sheet1", c.cell)).toBe(c.sheet);
    expect(formula(wb, "Sheet1", "B9")).toBe(33);
  });

  test("a Recalculate writes no input at all, so a co-author's new result in that gap stays", async () => {
    const { wb } = await laidOut();
    wb.setInput("Sheet1", "B5", 900);
    coauthorBeforeWrite(wb, "B7", 150);
    // Another currency: the run has money formats to write, so it makes its second request.
    const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb), currency: "EUR" });
    wb.beforeRequest = null;
    expect([result.outcome.errors, result.written]).toEqual([[], true]);
    expect(wb.numberFormatAt(wb.sheet("Sheet1"), 13, 2)).toBe('"€"#,##0.00');
    expect([formula(wb, "Sheet1", "B5"), formula(wb, "Sheet1", "B7")]).toEqual([900, 150]);
  });
});
