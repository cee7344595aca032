/** Three-way writes: the pane's changes, the sheet's, and what the pane read (issue 19). */
import type { RawFunnelRows } from "../../src/sheet/funnel-rows";
import type { FunnelLocation } from "../../src/sheet/locate-funnel";
import { mergeWithSheet, sameInput, type InputKey, type PaneEdits } from "../../src/sheet/three-way";
import type { RawFunnel } from "../../src/funnel/validate";
import { moneyCellsAt } from "../../src/sheet/plan-money";
import { periodCellsOf } from "../../src/sheet/plan-periods";

const location: FunnelLocation = {
  sheetName: "Sheet1",
  headerRow: 4,
  firstStepRow: 5,
  lastStepRow: 7,
  summaryRow: 9,
  saleValueCell: "B9",
  source: "layout",
  previous: null,
};

function rows(results: unknown[], saleValue: unknown = 100, names = ["Leads", "Offers", "Sales"]): RawFunnelRows {
  return {
    names: names.slice(0, results.length),
    results,
    improvements: results.map(() => ""),
    saleValue,
    money: { costs: 500 },
    name: "",
    merged: [],
  };
}

function pane(results: unknown[], saleValue: unknown = 100, names = ["Leads", "Offers", "Sales"]): RawFunnel {
  return {
    name: "",
    steps: results.map((result, i) => ({ name: names[i], result, improvement: undefined })),
    averageSaleValue: saleValue,
    improvementMode: "relative",
    costs: 500,
  };
}

const base = { rows: rows([800, 80, 8]), firstStepRow: 5 };
const edits = (changed: InputKey[], choices?: [InputKey, "sheet" | "pane"][]): PaneEdits => ({
  base,
  changed: new Set(changed),
  ...(choices === undefined ? {} : { choices: new Map(choices) }),
});

test("a change made only in the pane is written", () => {
  const { funnel, conflicts } = mergeWithSheet(pane([800, 90, 8]), edits(["result:1"]), rows([800, 80, 8]), location);
  expect(conflicts).toEqual([]);
  expect(funnel.steps.map((s) => s?.result)).toEqual([800, 90, 8]);
});

test("a change made only in the sheet is kept: the pane's stale copy is not written back", () => {
  // The user typed 120 into B7 in the sheet; the pane still shows 8 and changed only the sale value.
  const { funnel, conflicts } = mergeWithSheet(
    pane([800, 80, 8], 150),
    edits(["saleValue"]),
    rows([800, 80, 120]),
    location,
  );
  expect(conflicts).toEqual([]);
  expect(funnel.steps.map((s) => s?.result)).toEqual([800, 80, 120]);
  expect(funnel.averageSaleValue).toBe(150);
});

test("the same cell changed in both places is a conflict naming the cell and both values, until a choice", () => {
  const sheetNow = rows([800, 80, 12]);
  const first = mergeWithSheet(pane([800, 80, 9]), edits(["result:2"]), sheetNow, location);
  expect(first.conflicts).toEqual([{ key: "result:2", cell: "B7", sheet: 12, pane: 9 }]);
  const mine = mergeWithSheet(pane([800, 80, 9]), edits(["result:2"], [["result:2", "pane"]]), sheetNow, location);
  expect([mine.conflicts, mine.funnel.steps[2]?.result]).toEqual([[], 9]);
  const theirs = mergeWithSheet(pane([800, 80, 9]), edits(["result:2"], [["result:2", "sheet"]]), sheetNow, location);
  expect([theirs.conflicts, theirs.funnel.steps[2]?.result]).toEqual([[], 12]);
});

test("both places changed to the same value: no conflict", () => {
  const { conflicts } = mergeWithSheet(pane([800, 80, 12]), edits(["result:2"]), rows([800, 80, 12]), location);
  expect(conflicts).toEqual([]);
});

test("names, the sale value, the product and the money inputs follow the same rule", () => {
  const sheetNow = { ...rows([800, 80, 8], 110, ["Leads", "Deals", "Sales"]), money: { costs: 700 }, name: "Shoes" };
  const mine = { ...pane([800, 80, 8], 120, ["Leads", "Offers made", "Sales"]), costs: 600, name: "Bags" };
  const { conflicts } = mergeWithSheet(
    mine,
    edits(["name:1", "saleValue", "money:costs", "product"]),
    sheetNow,
    location,
  );
  expect(conflicts.map((c) => [c.cell, c.sheet, c.pane])).toEqual([
    ["A6", "Deals", "Offers made"],
    ["B9", 110, 120],
    // Where the layout puts the product's name and the costs under a summary on row 9.
    [periodCellsOf(9).name, "Shoes", "Bags"],
    [moneyCellsAt(9).costs, 700, 600],
  ]);
});

test("rows inserted in the sheet since the read: one question for the whole block", () => {
  const inserted = rows([800, 200, 80, 8], 100, ["Leads", "Calls", "Offers", "Sales"]);
  const moved = { ...location, lastStepRow: 8, summaryRow: 10, saleValueCell: "B10" };
  const { conflicts } = mergeWithSheet(pane([800, 90, 8]), edits(["result:1"]), inserted, moved);
  expect(conflicts).toEqual([{ key: "steps", cell: "A5:D8", sheet: 4, pane: 3 }]);
  const kept = mergeWithSheet(pane([800, 90, 8]), edits(["result:1"], [["steps", "sheet"]]), inserted, moved);
  expect(kept.funnel.steps.map((s) => s?.result)).toEqual([800, 200, 80, 8]);
});

test("a step removed in the pane that the sheet changed meanwhile is a conflict; steps added in the pane are written", () => {
  const removed = mergeWithSheet(pane([800, 80]), edits(["steps"]), rows([800, 80, 9]), location);
  expect(removed.conflicts).toEqual([{ key: "result:2", cell: "B7", sheet: 9, pane: "" }]);
  const added = mergeWithSheet(
    pane([800, 80, 8, 2], 100, ["Leads", "Offers", "Sales", "Repeat"]),
    edits(["steps"]),
    rows([800, 80, 8]),
    location,
  );
  expect([added.conflicts, added.funnel.steps.map((s) => s?.name)]).toEqual([
    [],
    ["Leads", "Offers", "Sales", "Repeat"],
  ]);
});

test("blank, null and missing are the same input; numbers compare as numbers", () => {
  expect(sameInput("", null)).toBe(true);
  expect(sameInput(undefined, " ")).toBe(true);
  expect(sameInput(0, "")).toBe(false);
  expect(sameInput(0.1, 0.1 + 1e-17)).toBe(true);
  expect(sameInput(10, "10")).toBe(false);
});

test("keeping the sheet's for a step the pane removed keeps that step, as the sheet has it", () => {
  const kept = mergeWithSheet(pane([800, 80]), edits(["steps"], [["result:2", "sheet"]]), rows([800, 80, 9]), location);
  expect([kept.conflicts, kept.funnel.steps.map((s) => s?.result)]).toEqual([[], [800, 80, 9]]);
});

test("an answer counts only while the sheet still holds what the user saw: a later edit is asked again", () => {
  const answered = {
    ...edits(["result:2"], [["result:2", "pane"]]),
    seen: new Map<InputKey, unknown>([["result:2", 12]]),
  };
  expect(mergeWithSheet(pane([800, 80, 9]), answered, rows([800, 80, 12]), location).conflicts).toEqual([]);
  // A co-author typed 15 after the user answered about 12.
  expect(mergeWithSheet(pane([800, 80, 9]), answered, rows([800, 80, 15]), location).conflicts).toEqual([
    { key: "result:2", cell: "B7", sheet: 15, pane: 9 },
  ]);
});
