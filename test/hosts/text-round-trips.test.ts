/**
 * Every text the user gives reaches the sheet exactly as given and reads back so, on every host profile
 * (issue 21, item 2): step names written from the pane, product names, the labels of closed periods (in
 * the history table, the sheet's period rows and the trend), the period to compare with, and the
 * Overview's names. The corpus holds texts Excel would otherwise turn into numbers, dates, booleans or
 * formulas (test/helpers/text-corpus.ts). What the sheet holds is read straight from the host's cells;
 * what the add-in makes of it through its own reads (readFunnel, readPeriods).
 */
import { createFunnelSheet, readFunnel, recalculate, writeInputs } from "../../src/excel";
import { closePeriod } from "../../src/excel/close-period";
import { chooseComparePeriod, readPeriods } from "../../src/excel/funnel-list";
import { updateOverview } from "../../src/excel/overview";
import { exampleFunnel } from "../../src/funnel/example";
import { HOST_IDS, type HostId, type SimulatedWorkbook } from "../../src/simulation";
import { hostWorkbook } from "../helpers/hosts";
import { contextOf, formula, supportsOf, typeFunnel, value } from "../helpers/simulated-excel";
import { TEXT_CORPUS } from "../helpers/text-corpus";
import { formFromRows, funnelFromForm } from "../../src/taskpane/form";
import { paneEdits } from "../../src/taskpane/follow-sheet";

const TAG = "en-US";

const options = (wb: SimulatedWorkbook) => ({ isSetSupported: supportsOf(wb) });

/** The value and the formula of a cell as the host holds them: a text reads the same in both. */
function held(wb: SimulatedWorkbook, sheet: string, address: string): [unknown, unknown] {
  return [value(wb, sheet, address), formula(wb, sheet, address)];
}

const asHeld = (texts: readonly string[]) => texts.map((text) => [text, text]);

describe.each(HOST_IDS)("%s", (id: HostId) => {
  test("step names written from the pane stay as given, read back as given, and survive a Recalculate and a three-way write", async () => {
    const wb = hostWorkbook(id);
    typeFunnel(
      wb,
      "Sheet1",
      4,
      [
        ["Leads", 800],
        ["Buyers", 16],
      ],
      1500,
    );
    const steps = TEXT_CORPUS.map((name, i) => ({ name, result: 1000 - 10 * i, improvement: 0 }));
    const written = await writeInputs(contextOf(wb), { steps, averageSaleValue: 50 }, options(wb));
    expect(written.outcome.errors).toEqual([]);
    const rows = TEXT_CORPUS.map((_, i) => `A${5 + i}`);
    expect(rows.map((address) => held(wb, "Sheet1", address))).toEqual(asHeld(TEXT_CORPUS));
    const reading = await readFunnel(contextOf(wb), wb.isSetSupported("ExcelApi", "1.13"));
    expect(reading.rows?.names).toEqual([...TEXT_CORPUS]);
    expect(reading.outcome.forecast?.steps.map((s) => s.name)).toEqual([...TEXT_CORPUS]);
    // A Recalculate after it takes every name as the add-in left it (no cell "edited by hand"), and
    // leaves the names as they are.
    const again = await recalculate(contextOf(wb), options(wb));
    expect([again.written, again.outcome.errors]).toEqual([true, []]);
    expect(rows.map((address) => held(wb, "Sheet1", address))).toEqual(asHeld(TEXT_CORPUS));
    // A three-way write from the pane: its names are the sheet's, so only the edited result is written.
    const baseline = { form: formFromRows(reading.rows!, TAG), rows: reading.rows!, firstStepRow: 5 };
    const form = { ...baseline.form, steps: baseline.form.steps.map((step) => ({ ...step })) };
    form.steps[1]!.result = "985";
    const threeWay = await writeInputs(contextOf(wb), funnelFromForm(form, "relative", TAG), {
      ...options(wb),
      paneEdits: paneEdits(form, baseline, "relative", TAG),
    });
    expect([threeWay.written, threeWay.conflicts ?? [], threeWay.outcome.errors]).toEqual([true, [], []]);
    expect(value(wb, "Sheet1", "B6")).toBe(985);
    expect(rows.map((address) => held(wb, "Sheet1", address))).toEqual(asHeld(TEXT_CORPUS));
  });

  test("product names of new funnel sheets stay as given, in their sheets and in the Overview", async () => {
    const wb = hostWorkbook(id);
    for (const name of TEXT_CORPUS) {
      const made = await createFunnelSheet(contextOf(wb), { ...exampleFunnel, name }, options(wb));
      expect(made.outcome.errors).toEqual([]);
    }
    const sheets = wb.sheets.slice(1).map((s) => s.name);
    expect(sheets).toHaveLength(TEXT_CORPUS.length);
    const nameCells: unknown[][] = [];
    for (const sheet of sheets) {
      wb.userActivates(sheet);
      const reading = await readFunnel(contextOf(wb), wb.isSetSupported("ExcelApi", "1.13"));
      nameCells.push([reading.rows?.name, reading.outcome.errors.length]);
    }
    expect(nameCells).toEqual(TEXT_CORPUS.map((name) => [name, 0]));
    const overview = await updateOverview(contextOf(wb), options(wb));
    expect(overview).toMatchObject({ status: "updated", funnels: TEXT_CORPUS.length });
    if (overview.status !== "updated") return;
    // The Overview lists the funnels in the workbook's order, from row 4, by their product names.
    const listed = TEXT_CORPUS.map((_, i) => value(wb, overview.sheet, `A${4 + i}`));
    expect(listed).toEqual([...TEXT_CORPUS]);
    // Its own labels are texts too.
    expect(held(wb, overview.sheet, "A3")).toEqual(["Funnel", "Funnel"]);
  });

  test("period labels stay as given in the history, the period rows and the trend; the pane lists every one; the compare period too", async () => {
    const wb = hostWorkbook(id);
    typeFunnel(
      wb,
      "Sheet1",
      4,
      [
        ["Leads", 800],
        ["Qualified", 320],
        ["Buyers", 16],
      ],
      1500,
    );
    expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
    for (const label of TEXT_CORPUS) {
      const closed = await closePeriod(contextOf(wb), label, { ...options(wb), closedOn: "2026-07-01" });
      expect(closed.status).toBe("closed");
      // The sheet's latest closed period, in its own row (FunnelLatestPeriod).
      const latest = wb.sheet("Sheet1").names.find((n) => n.name === "FunnelLatestPeriod");
      expect(held(wb, "Sheet1", (latest?.formula ?? "").replace(/^=.*!/, "").replace(/\$/g, ""))).toEqual([
        label,
        label,
      ]);
    }
    const table = wb.tables.find((t) => t.name === "FunnelHistory")!;
    const periods = Array.from({ length: table.dataRows }, (_, r) =>
      wb.valueAt(table.sheet, table.top + 1 + r, table.left + 1),
    );
    // Three rows (one per step) per closed period, in the order they were closed.
    expect(periods).toEqual(TEXT_CORPUS.flatMap((label) => [label, label, label]));
    const names = Array.from({ length: 3 }, (_, r) => wb.valueAt(table.sheet, table.top + 1 + r, table.left + 3));
    expect(names).toEqual(["Leads", "Qualified", "Buyers"]);

    // The trend's labels: the latest twelve periods, oldest first, from B on the trend's first row.
    const trend = wb.sheet("Sheet1").names.find((n) => n.name === "FunnelConversionTrend")!;
    const trendRow = Number(/\$(\d+):/.exec(trend.formula)?.[1]);
    const shown = TEXT_CORPUS.slice(-12);
    expect(shown.map((_, j) => held(wb, "Sheet1", `${String.fromCharCode(66 + j)}${trendRow}`))).toEqual(asHeld(shown));

    // The pane's list of periods: every one, as given.
    expect(await readPeriods(contextOf(wb), "Sheet1")).toEqual([...TEXT_CORPUS]);
    // A label typed into the table by hand that Excel made a number is listed too, as it shows.
    wb.setInput(table.sheet.name, `B${table.top + 1}`, "2027");
    expect(wb.valueAt(table.sheet, table.top + 1, table.left + 1)).toBe(2027);
    expect((await readPeriods(contextOf(wb), "Sheet1"))[0]).toBe("2027");
    wb.setInput(table.sheet.name, `B${table.top + 1}`, `'${TEXT_CORPUS[0]}`);

    const compareCell = wb.sheet("Sheet1").names.find((n) => n.name === "FunnelComparePeriod")!;
    const compareAddress = compareCell.formula.replace(/^=.*!/, "").replace(/\$/g, "");
    for (const label of TEXT_CORPUS) {
      await chooseComparePeriod(contextOf(wb), label);
      expect(held(wb, "Sheet1", compareAddress)).toEqual([label, label]);
      const reading = await readFunnel(contextOf(wb), wb.isSetSupported("ExcelApi", "1.13"));
      expect(reading.comparison).toMatchObject({ chosen: label, period: label });
    }
  });
});
