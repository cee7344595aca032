/**
 * Sheets of other data are said for what they are before anything is parsed as a funnel (issue 19):
 * a list of people, a log of periods and products, a table of dates and figures. A funnel under such a
 * block is still found; a funnel typed with mistakes is still read as one, so its cells can be named.
 * Through Microsoft's client on the simulated host; Recalculate writes nothing on such a sheet.
 */
import { recalculate } from "../../src/excel";
import { readFunnel } from "../../src/excel/read-funnel";
import type { SimulatedWorkbook } from "../../src/simulation";
import { articleSteps, contextOf, newWorkbook, runIn, supportsOf, typeFunnel } from "../helpers/simulated-excel";

function sheetWith(rows: (string | number)[][], top = 1): SimulatedWorkbook {
  const wb = newWorkbook();
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== "") wb.setInput("Sheet1", `${"ABCDEF"[c] ?? "A"}${top + r}`, cell);
    });
  });
  return wb;
}

const people = [
  ["Name", "E-mail", "", "Phone"],
  ["Ann de Vries", "ann@example.org", "", "+31 6 1234"],
  ["Bo Berg", "bo@example.org", "", "+47 900"],
  ["Cem Kaya", "cem@example.org", "", ""],
];
const log = [
  ["Period", "Product", "Amount"],
  ["2026 Q2", "Shoes", 1200],
  ["2026 Q2", "Bags", 800],
  ["2026 Q3", "Shoes", 1350],
];
// Dates typed in A (Excel keeps them as serial numbers), figures in B.
const figures = [
  ["Day", "Visits", "Orders"],
  [46023, 512, 12],
  [46024, 498, 9],
  [46025, 530, 14],
];

test.each([
  ["a list of people", people],
  ["a log of periods and products", log],
  ["a table of dates and figures", figures],
])(
  "%s is other data, named with the sheet and the cell it starts at; Recalculate writes nothing",
  async (_label, rows) => {
    const wb = sheetWith(rows);
    const reading = await runIn(wb, (context) => readFunnel(context, true));
    expect(reading.location).toBeNull();
    expect(reading.issue).toMatchObject({ code: "other-data", params: { sheet: "Sheet1", cell: "A2" } });
    expect(reading.outcome.errors).toEqual([]);
    const before = wb.fingerprint();
    const result = await recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });
    expect(result.written).toBe(false);
    expect(result.outcome.errors.map((e) => e.code)).toEqual(["other-data"]);
    expect(wb.fingerprint()).toBe(before);
  },
);

test("a funnel under a block of other data is found and read", async () => {
  const wb = sheetWith(people);
  typeFunnel(wb, "Sheet1", 8, articleSteps, 1500);
  const reading = await runIn(wb, (context) => readFunnel(context, true));
  expect(reading.issue).toBeNull();
  expect([reading.location?.headerRow, reading.location?.firstStepRow, reading.location?.lastStepRow]).toEqual([
    8, 9, 14,
  ]);
  expect(reading.outcome.forecast?.revenue).toBe(16 * 1500);
});

test("a funnel typed with mistakes stays a funnel: its bad cells are named, not the sheet", async () => {
  const wb = newWorkbook();
  typeFunnel(wb, "Sheet1", 4, articleSteps, 1500);
  wb.setInput("Sheet1", "B6", "320 qualified");
  wb.setInput("Sheet1", "B7", "1,60");
  const reading = await runIn(wb, (context) => readFunnel(context, true));
  expect(reading.issue).toBeNull();
  expect(reading.outcome.errors.map((e) => [e.code, e.cell])).toContainEqual(["result-not-number", "B6"]);
  // Results typed as text that reads as a number ("1,200") are a funnel too, whose cells are then named.
  const typedAsText = sheetWith([
    ["Step", "Result"],
    ["Leads", "1,200"],
    ["Sales", "60"],
  ]);
  expect((await runIn(typedAsText, (context) => readFunnel(context, true))).location).not.toBeNull();
});
