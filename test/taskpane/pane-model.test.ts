/** The pane's model without React (issue 19): each transition, from readings built by hand. */
import type { FunnelReading } from "../../src/excel/read-funnel";
import type { RecalculateResult } from "../../src/excel/recalculate";
import type { FunnelLocation } from "../../src/sheet/locate-funnel";
import { makeIssue } from "../../src/funnel/validate";
import type { FunnelForecast } from "../../src/funnel/types";
import { formFromNames } from "../../src/taskpane/form";
import { initialPane, paneReducer, type PaneEvent, type PaneState } from "../../src/taskpane/pane-model";

const TAG = "en-US";
const location: FunnelLocation = {
  sheetName: "Sheet1",
  headerRow: 4,
  firstStepRow: 5,
  lastStepRow: 6,
  summaryRow: 8,
  saleValueCell: "B8",
  source: "layout",
  previous: null,
};
const forecast = { revenue: 1000 } as unknown as FunnelForecast;
const list = { funnels: [], activeId: "{s1}", overview: null } as unknown as FunnelReading["list"];

function reading(results: number[], extra: Partial<FunnelReading> = {}): FunnelReading {
  return {
    sheetName: "Sheet1",
    location,
    rows: {
      names: ["Leads", "Sales"],
      results,
      improvements: ["", ""],
      saleValue: 100,
      money: {},
      name: "",
      merged: [],
    },
    mode: "relative",
    currency: "EUR",
    labelTexts: [],
    outcome: { forecast, errors: [], warnings: [] },
    issue: null,
    comparison: null,
    list,
    ...extra,
  };
}

const run = (events: PaneEvent[], from: PaneState = initialPane(formFromNames(["A", "B"]))) =>
  events.reduce(paneReducer, from);

test("the sheet read: the form, the baseline and the figures are the sheet's; the pane is idle", () => {
  const state = run([{ type: "sheet-read", reading: reading([100, 10]), tag: TAG }]);
  expect(state.status).toBe("idle");
  expect(state.form.steps.map((s) => s.result)).toEqual(["100", "10"]);
  expect(state.baseline?.rows.results).toEqual([100, 10]);
  expect([state.stale, state.blocked, state.writtenTo, state.outcome?.forecast]).toEqual([
    false,
    false,
    null,
    forecast,
  ]);
});

test("a sheet that is not a funnel is said for what it is, not as an error; another issue is an error", () => {
  const noFunnel = makeIssue("no-funnel", null, { sheet: "Notes" });
  const empty = run([
    { type: "sheet-read", reading: reading([], { location: null, rows: null, issue: noFunnel }), tag: TAG },
  ]);
  expect([empty.sheetNote?.code, empty.general, empty.baseline]).toEqual(["no-funnel", [], null]);
  const gap = makeIssue("gap-in-steps", null, { row: 6, next: 7 });
  const broken = run([
    { type: "sheet-read", reading: reading([], { location: null, rows: null, issue: gap }), tag: TAG },
  ]);
  expect([broken.sheetNote, broken.general.map((i) => i.code)]).toEqual([null, ["gap-in-steps"]]);
});

test("a field edited marks the figures stale; the sheet changed elsewhere comes in, the edit stays", () => {
  const read = run([{ type: "sheet-read", reading: reading([100, 10]), tag: TAG }]);
  const form = { ...read.form, saleValue: "150", steps: read.form.steps.map((s) => ({ ...s })) };
  const edited = run([{ type: "field-edited", form }], read);
  expect(edited.stale).toBe(true);
  const followed = run([{ type: "sheet-changed", reading: reading([100, 12]), focused: null, tag: TAG }], edited);
  expect(followed.form.steps.map((s) => s.result)).toEqual(["100", "12"]);
  expect(followed.form.saleValue).toBe("150");
  expect(followed.keptCells).toEqual([]);
  expect(followed.stale).toBe(true);
});

test("a write refused: the last good figures stay, dimmed (stale) and blocked, with the conflicts", () => {
  const read = run([{ type: "sheet-read", reading: reading([100, 10]), tag: TAG }]);
  const conflict = { key: "result:1" as const, cell: "B6", sheet: 12, pane: 11 };
  const refused: RecalculateResult = {
    outcome: {
      forecast: null,
      errors: [makeIssue("changed-in-sheet", 2, { cell: "B6", sheet: "12", pane: "11" })],
      warnings: [],
    },
    location,
    input: null,
    written: false,
    chart: null,
    conflicts: [conflict],
  };
  const state = run([{ type: "working" }, { type: "write-done", result: refused, after: null, tag: TAG }], read);
  expect([state.status, state.blocked, state.stale, state.outcome?.forecast]).toEqual(["idle", true, true, forecast]);
  expect(state.conflicts).toEqual([conflict]);
  expect(state.outcome?.errors.map((e) => e.code)).toEqual(["changed-in-sheet"]);
});

test("a write done: the pane shows the sheet as read after it, says where it wrote, and is not stale", () => {
  const read = run([{ type: "sheet-read", reading: reading([100, 10]), tag: TAG }]);
  const written: RecalculateResult = {
    outcome: { forecast, errors: [], warnings: [] },
    location,
    input: null,
    written: true,
    chart: "funnel",
  };
  const state = run(
    [
      { type: "field-edited", form: read.form },
      { type: "working" },
      { type: "write-done", result: written, after: reading([100, 20]), tag: TAG },
    ],
    read,
  );
  expect([state.status, state.stale, state.blocked, state.writtenTo]).toEqual(["idle", false, false, "Sheet1"]);
  expect(state.form.steps.map((s) => s.result)).toEqual(["100", "20"]);
  expect(state.baseline?.rows.results).toEqual([100, 20]);
});

test("Excel failing is shown and ends the busy state; the next action clears it", () => {
  const failed = run([{ type: "working" }, { type: "failed", error: new Error("InvalidOperationInCellEditMode") }]);
  expect([failed.status, (failed.failure?.error as Error).message]).toEqual(["idle", "InvalidOperationInCellEditMode"]);
  expect(run([{ type: "working" }], failed).failure).toBeNull();
});

test("a language change re-writes the baseline too: the same numbers do not read as changed", () => {
  const read = run([
    {
      type: "sheet-read",
      reading: { ...reading([100, 10]), rows: { ...reading([100, 10]).rows!, saleValue: 49.9 } },
      tag: TAG,
    },
  ]);
  const de = run([{ type: "relocalized", from: TAG, to: "de-DE" }], read);
  expect([de.form.saleValue, de.baseline?.form.saleValue]).toEqual(["49,9", "49,9"]);
  const followed = run([{ type: "sheet-changed", reading: reading([100, 12]), focused: null, tag: "de-DE" }], de);
  expect(followed.form.saleValue).toBe("100");
});

test("a failure while following the sheet is shown without ending an action under way", () => {
  const state = run([{ type: "working" }, { type: "background-failed", error: new Error("busy") }]);
  expect([state.status, (state.failure?.error as Error).message]).toEqual(["working", "busy"]);
});

test("the same funnel read again while the pane holds unwritten edits (a compare period chosen): the edits stay", () => {
  const read = run([{ type: "sheet-read", reading: reading([100, 10]), tag: TAG }]);
  const form = { ...read.form, steps: read.form.steps.map((s, i) => ({ ...s, result: i === 1 ? "20" : s.result })) };
  const edited = run([{ type: "field-edited", form }], read);
  // The sheet meanwhile holds a new first result (a co-author): it comes in; the user's 20 stays.
  const again = run([{ type: "loading" }, { type: "sheet-read", reading: reading([120, 10]), tag: TAG }], edited);
  expect(again.form.steps.map((s) => s.result)).toEqual(["120", "20"]);
  expect([again.stale, again.status]).toEqual([true, "idle"]);
  // Its baseline for the edited result is still what the user typed over, for the three-way write.
  expect(again.baseline?.rows.results).toEqual([120, 10]);
  // Another sheet read replaces the form: those edits belonged to the other funnel.
  const other = run(
    [
      {
        type: "sheet-read",
        reading: reading([5, 1], { sheetName: "Bags", location: { ...location, sheetName: "Bags" } }),
        tag: TAG,
      },
    ],
    edited,
  );
  expect([other.form.steps.map((s) => s.result), other.stale]).toEqual([["5", "1"], false]);
});
