/** The pane following the sheet: what a new reading changes in the pane, and what it leaves (issue 19). */
import type { RawFunnelRows } from "../../src/sheet/funnel-rows";
import { formFromRows, type FunnelForm } from "../../src/taskpane/form";
import { changedKeys, followSheet, paneEdits, type Baseline } from "../../src/taskpane/follow-sheet";

function rows(results: number[], saleValue = 100, names = ["Leads", "Offers", "Sales"]): RawFunnelRows {
  return {
    names: names.slice(0, results.length),
    results,
    improvements: results.map(() => ""),
    saleValue,
    money: {},
    name: "",
    merged: [],
  };
}

const read = (r: RawFunnelRows, firstStepRow = 5): Baseline => ({
  form: formFromRows(r, "en-US"),
  rows: r,
  firstStepRow,
});

function typed(form: FunnelForm, change: (f: FunnelForm) => void): FunnelForm {
  const next = { ...form, steps: form.steps.map((s) => ({ ...s })), money: { ...form.money } };
  change(next);
  return next;
}

test("nothing changed in the pane: the new reading is taken whole", () => {
  const baseline = read(rows([800, 80, 8]));
  const followed = followSheet(baseline.form, baseline, read(rows([800, 80, 12])), null, "relative", "en-US");
  expect(followed.form.steps.map((s) => s.result)).toEqual(["800", "80", "12"]);
  expect(followed.kept).toEqual([]);
});

test("a field the user changed keeps the user's value and its old baseline; the others follow the sheet", () => {
  const baseline = read(rows([800, 80, 8]));
  const mine = typed(baseline.form, (f) => {
    f.saleValue = "150";
  });
  // In the sheet meanwhile: B7 became 12 and the sale value 110.
  const followed = followSheet(mine, baseline, read(rows([800, 80, 12], 110)), null, "relative", "en-US");
  expect(followed.form.steps.map((s) => s.result)).toEqual(["800", "80", "12"]);
  expect(followed.form.saleValue).toBe("150");
  expect(followed.kept).toEqual(["saleValue"]);
  // Writing now compares the sale value with what the pane read before the user typed: 100, not 110.
  expect(followed.baseline.rows.saleValue).toBe(100);
  expect(followed.baseline.rows.results).toEqual([800, 80, 12]);
  const edits = paneEdits(followed.form, followed.baseline, "relative", "en-US");
  expect([...edits.changed]).toEqual(["saleValue"]);
});

test("the field being typed in is never changed under the cursor", () => {
  const baseline = read(rows([800, 80, 8]));
  const followed = followSheet(baseline.form, baseline, read(rows([800, 90, 8])), "result:1", "relative", "en-US");
  expect(followed.form.steps[1]?.result).toBe("80");
  expect(followed.kept).toEqual(["result:1"]);
});

test("rows moved in the sheet while the user has changes: the pane keeps its form and says so", () => {
  const baseline = read(rows([800, 80, 8]));
  const mine = typed(baseline.form, (f) => {
    f.steps[0]!.result = "900";
  });
  const followed = followSheet(mine, baseline, read(rows([800, 80, 8]), 6), null, "relative", "en-US");
  expect([followed.rowsMoved, followed.form.steps[0]?.result, followed.baseline]).toEqual([true, "900", baseline]);
});

test("changes are compared as values in the pane's locale, not as text", () => {
  const baseline = read(rows([1500, 80, 8]), 5);
  const de = formFromRows(baseline.rows, "de-DE");
  expect([...changedKeys(de, formFromRows(baseline.rows, "de-DE"), "relative", "de-DE")]).toEqual([]);
  const retyped = typed(de, (f) => {
    f.steps[0]!.result = "1500,0";
  });
  expect([...changedKeys(retyped, de, "relative", "de-DE")]).toEqual([]);
  const added = typed(de, (f) => {
    f.steps.push({ id: 99, name: "Repeat", result: "2", improvement: "" });
  });
  expect([...changedKeys(added, de, "relative", "de-DE")]).toEqual(["steps", "name:3", "result:3"]);
});

test("with a step added in the pane, the other inputs still follow the sheet", () => {
  const baseline = read(rows([800, 80, 8]));
  const mine = typed(baseline.form, (f) => {
    f.steps.push({ id: 99, name: "Repeat", result: "2", improvement: "" });
  });
  const followed = followSheet(mine, baseline, read(rows([800, 80, 8], 120)), null, "relative", "en-US");
  expect(followed.form.saleValue).toBe("120");
  expect(followed.form.steps.map((s) => s.name)).toEqual(["Leads", "Offers", "Sales", "Repeat"]);
  expect(followed.kept).toEqual([]);
  expect(followed.baseline.rows.names).toEqual(["Leads", "Offers", "Sales"]);
});

test("the cursor in a field the user did not change does not stop rows moved in the sheet coming in", () => {
  const baseline = read(rows([800, 80, 8]));
  const moved = read(rows([800, 80, 8]), 6);
  const followed = followSheet(baseline.form, baseline, moved, "result:1", "relative", "en-US");
  expect([followed.rowsMoved, followed.baseline.firstStepRow]).toEqual([false, 6]);
});
