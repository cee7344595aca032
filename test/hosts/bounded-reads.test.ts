/**
 * Reads are bounded (src/excel/read-sheet.ts): the first 1,000 rows of A:I up front, and exactly the
 * rows a decision needs after that — never the whole used range. A funnel below the rows read up front
 * costs one more round trip and is handled exactly like one at the top.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { readFunnel, recalculate } from "../../src/excel";
import { exampleFunnel } from "../../src/funnel/example";
import { typeFunnelInput } from "../../src/simulation";
import { expectSheetToMatchEngine, hostWorkbook } from "../helpers/hosts";
import { contextOf, counted, supportsOf, typeFunnel } from "../helpers/simulated-excel";

test("a funnel typed far down the sheet is found and written, with one more read", async () => {
  const wb = hostWorkbook("web");
  wb.setInput("Sheet1", "A1", "Funnel further down");
  typeFunnelInput(wb, "Sheet1", 2500, exampleFunnel);
  const run = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(run.result.written).toBe(true);
  expect(run.syncs).toBe(3);
  expect(run.result.location).toMatchObject({ headerRow: 2500, firstStepRow: 2501, lastStepRow: 2506 });
  expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 2500);
});

test("a laid-out funnel pushed below row 1,000 by inserted rows is found again by its names", async () => {
  const wb = hostWorkbook("windows-m365");
  typeFunnelInput(wb, "Sheet1", 4, exampleFunnel);
  await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
  wb.shiftRows(wb.sheet("Sheet1"), 1, 1500);
  for (let row = 1; row <= 1500; row += 100) wb.setInput("Sheet1", `A${row}`, `note ${row}`);
  const reading = await readFunnel(contextOf(wb));
  expect(reading.location).toMatchObject({ source: "names", headerRow: 1504, firstStepRow: 1505 });
  const run = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect([run.result.written, run.syncs]).toEqual([true, 3]);
  expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 1504);
});

test("a block of more than 10,000 rows is refused, naming where it starts, and nothing is written", async () => {
  const wb = hostWorkbook("web");
  const rows = Array.from({ length: 10_005 }, (_, i) => [`Row ${i + 1}`, 10_005 - i]);
  wb.setInput("Sheet1", "A1", "Step");
  wb.setInput("Sheet1", "B1", "Result");
  wb.hf.setCellContents({ sheet: wb.sheet("Sheet1").id, row: 1, col: 0 }, rows);
  const before = wb.fingerprint();
  const run = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(run.result.written).toBe(false);
  expect(run.result.outcome.errors[0]).toMatchObject({ code: "too-many-steps", cell: "A2" });
  expect(issueMessage(run.result.outcome.errors[0]!)).toContain("more than 10,000 rows");
  expect(wb.fingerprint()).toBe(before);
  expect(Math.max(...wb.payloads.map((p) => p.response))).toBeLessThan(1_000_000);
});

test("selected rows below the first 1,000 are read and win over the layout above", async () => {
  const wb = hostWorkbook("mac");
  typeFunnel(
    wb,
    "Sheet1",
    2,
    [
      ["Visitors", 1000],
      ["Buyers", 10],
    ],
    50,
  );
  typeFunnelInput(wb, "Sheet1", 1800, exampleFunnel);
  wb.selection = { sheet: "Sheet1", address: "A1801:D1806" };
  const run = await counted(wb, (ctx) => recalculate(ctx, { isSetSupported: supportsOf(wb) }));
  expect(run.result.location).toMatchObject({ source: "selection", firstStepRow: 1801, lastStepRow: 1806 });
  expect(run.syncs).toBe(3);
  expectSheetToMatchEngine(wb, "Sheet1", exampleFunnel, 1800);
});
