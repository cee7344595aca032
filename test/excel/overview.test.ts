/**
 * The Overview from the add-in (issue 11): one row per funnel sheet, live formulas on each sheet's own
 * names, workbook-wide totals; 2 syncs for 1, 10 or 50 funnels; renamed and deleted funnel sheets
 * handled with a message and no #REF! left; what the user typed in the Overview never overwritten; two
 * funnels with one product name refused. Figures are compared with ones derived from the typed inputs
 * (last result × sale value), not with the add-in's own numbers.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { createFunnelSheet, readFunnel, recalculate } from "../../src/excel";
import { updateOverview } from "../../src/excel/overview";
import { funnelsWorkbookBuffer } from "../../src/export/funnels-workbook";
import { REGISTRY_SETTING } from "../../src/sheet/funnel-registry";
import type { FunnelInput } from "../../src/funnel";
import type { SimulatedWorkbook } from "../../src/simulation";
import { expectClose } from "../helpers/close";
import { contextOf, counted, formula, newWorkbook, supportsOf, typeFunnel, value } from "../helpers/simulated-excel";
import { naiveForecast } from "../helpers/naive-funnel";
import { naiveRange } from "../helpers/naive-metrics";
import { OVERVIEW_COLUMNS } from "../../src/sheet/plan-overview";
import { twoProducts } from "../helpers/two-products";
import { xlsxToSimulation } from "../helpers/xlsx-to-simulation";

const options = (wb: SimulatedWorkbook) => ({ isSetSupported: supportsOf(wb) });

/**
 * Funnel k: leads 1000 + 100k, then 40 % and 25 %, sale value 50 + k; improvement 10 % at step 2; costs
 * 2000 + 10k, a sales cycle of 30 + k days, a customer's lifetime value of 300 + k.
 */
function product(k: number): FunnelInput {
  const leads = 1000 + 100 * k;
  return {
    costs: 2000 + 10 * k,
    cycleDays: 30 + k,
    lifetimeValue: 300 + k,
    name: `Product ${k}`,
    steps: [
      { name: "Leads", result: leads, improvement: 0 },
      { name: "Qualified", result: leads * 0.4, improvement: 0.1 },
      { name: "Purchase", result: leads * 0.1, improvement: 0 },
    ],
    averageSaleValue: 50 + k,
    improvementMode: "relative",
  };
}

async function withFunnels(count: number): Promise<SimulatedWorkbook> {
  const wb = newWorkbook();
  for (let k = 1; k <= count; k++) {
    const made = await createFunnelSheet(contextOf(wb), product(k), options(wb));
    expect(made.outcome.errors).toEqual([]);
  }
  return wb;
}

/** Every value on the Overview sheet, to look for errors left behind. */
function overviewValues(wb: SimulatedWorkbook, sheet = "Overview"): unknown[] {
  const model = wb.sheet(sheet);
  const out: unknown[] = [];
  for (let row = 1; row <= 60; row++) {
    for (let col = 1; col <= OVERVIEW_COLUMNS; col++) out.push(wb.valueAt(model, row, col));
  }
  return out;
}

function expectRow(wb: SimulatedWorkbook, row: number, k: number) {
  const p = product(k);
  const naive = naiveForecast({
    steps: p.steps.map((s) => ({ result: s.result, improvement: s.improvement })),
    value: p.averageSaleValue,
    mode: "relative",
  });
  expect(value(wb, "Overview", `A${row}`)).toBe(`Product ${k}`);
  expectClose(value(wb, "Overview", `B${row}`) as number, p.steps[2]!.result * p.averageSaleValue, `B${row}`);
  expectClose(value(wb, "Overview", `C${row}`) as number, naive.forecastRevenue, `C${row}`);
  expectClose(value(wb, "Overview", `D${row}`) as number, naive.forecastRevenue - naive.revenue, `D${row}`);
  expectClose(value(wb, "Overview", `E${row}`) as number, 0.1, `E${row}`);
  // How sure the revenue is (I, J), revenue per day (K) and LTV:CAC (L), from the typed inputs.
  const range = naiveRange({
    steps: p.steps.map((s) => ({ result: s.result, improvement: s.improvement })),
    value: p.averageSaleValue,
    mode: "relative",
  });
  expectClose(value(wb, "Overview", `I${row}`) as number, range.revenueLow, `I${row}`);
  expectClose(value(wb, "Overview", `J${row}`) as number, range.revenueHigh, `J${row}`);
  expectClose(value(wb, "Overview", `K${row}`) as number, naive.revenue / p.cycleDays!, `K${row}`);
  expectClose(
    value(wb, "Overview", `L${row}`) as number,
    p.lifetimeValue! / (p.costs! / p.steps[2]!.result),
    `L${row}`,
  );
}

describe.each([1, 10, 50])("%i funnels", (count) => {
  test("the Overview is built in 2 syncs, first in the tab order, every figure the funnel's own", async () => {
    const wb = await withFunnels(count);
    const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
    expect(result).toMatchObject({ status: "updated", created: true, funnels: count, renamed: [], gone: [] });
    expect(syncs).toBe(2);
    expect(wb.sheets[0]?.name).toBe("Overview");
    expect(wb.activeSheet).toBe("Overview");
    expectRow(wb, 4, 1);
    expectRow(wb, 3 + count, count);
    // Revenue now of funnel k: its purchases (a tenth of its leads) times its sale value.
    const revenue = Array.from({ length: count }, (_, i) => (1000 + 100 * (i + 1)) * 0.1 * (51 + i));
    expectClose(
      value(wb, "Overview", `B${4 + count}`) as number,
      revenue.reduce((a, b) => a + b, 0),
      "total",
    );
    // Updating again is 2 syncs too (it records the Overview's id, which its first batch could not
    // know); once more with nothing changed leaves the workbook exactly as it was (but for the id of
    // the Overview's chart, which an update draws again).
    await updateOverview(contextOf(wb), options(wb));
    const before = wb.fingerprint({ chartIds: false });
    const again = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
    expect(again.result).toMatchObject({ status: "updated", created: false, funnels: count });
    expect(again.syncs).toBe(2);
    expect(wb.fingerprint({ chartIds: false })).toBe(before);
  });
});

test("the figures are live formulas on each sheet's names, with workbook-wide totals and a chart", async () => {
  const wb = await withFunnels(2);
  await updateOverview(contextOf(wb), options(wb));
  expect(formula(wb, "Overview", "B4")).toBe("=Funnel!FunnelRevenue");
  expect(formula(wb, "Overview", "C5")).toBe("='Funnel 2'!FunnelForecastRevenue");
  expect(["I4", "J4", "K4", "L4"].map((a) => formula(wb, "Overview", a))).toEqual([
    "=Funnel!FunnelRevenueLow",
    "=Funnel!FunnelRevenueHigh",
    "=Funnel!FunnelRevenuePerDay",
    "=Funnel!FunnelLtvToCac",
  ]);
  expect(wb.workbookNames.map((n) => [n.name, n.formula]).sort()).toEqual([
    ["FunnelsExtraRevenue", "=Overview!$D$6"],
    ["FunnelsForecastRevenue", "=Overview!$C$6"],
    ["FunnelsRevenue", "=Overview!$B$6"],
  ]);
  expect(wb.sheet("Overview").charts.map((c) => c.name)).toEqual(["FunnelsComparison"]);
  // A colleague changes a result on a funnel sheet, without the add-in: the Overview follows.
  wb.setInput("Funnel", "B6", 200);
  wb.setInput("Funnel", "B5", 400);
  expectClose(value(wb, "Overview", "B4") as number, 200 * 51, "B4 after the edit");
});

test("a renamed funnel sheet keeps its row under its new name, and is reported", async () => {
  const wb = await withFunnels(2);
  await updateOverview(contextOf(wb), options(wb));
  wb.renameSheet(wb.sheet("Funnel 2"), "Bags");
  const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(syncs).toBe(2);
  expect(result).toMatchObject({ status: "updated", renamed: [{ from: "Funnel 2", to: "Bags" }], gone: [] });
  expect(formula(wb, "Overview", "B5")).toBe("=Bags!FunnelRevenue");
  expectRow(wb, 5, 2);
  expect(overviewValues(wb).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
});

test("a deleted funnel sheet: its row goes, it is reported, no #REF! is left", async () => {
  const wb = await withFunnels(3);
  await updateOverview(contextOf(wb), options(wb));
  wb.deleteSheet(wb.sheet("Funnel 2"));
  // Until the update, Excel shows #REF! where the sheet was; the update clears it.
  expect(value(wb, "Overview", "B5")).toBe("#REF!");
  const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(syncs).toBe(2);
  expect(result).toMatchObject({ status: "updated", funnels: 2, gone: ["Product 2"] });
  expectRow(wb, 4, 1);
  expectRow(wb, 5, 3);
  expect(value(wb, "Overview", "A6")).toBe("Total");
  expect(value(wb, "Overview", "A7")).toBe("");
  expect(overviewValues(wb).filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
  expect(wb.workbookNames.find((n) => n.name === "FunnelsRevenue")?.formula).toBe("=Overview!$B$6");
});

test("what the user typed in the Overview's block stops the update, naming the cell; nothing changes", async () => {
  const wb = await withFunnels(2);
  await updateOverview(contextOf(wb), options(wb));
  wb.setInput("Overview", "C5", 1234);
  wb.setInput("Overview", "H2", "note: Q3 targets");
  // Outside the block: the user's own, never looked at.
  wb.setInput("Overview", "A9", "kept");
  wb.deleteSheet(wb.sheet("Funnel 2"));
  const before = wb.fingerprint();
  const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(syncs).toBe(1);
  expect(result.status).toBe("refused");
  if (result.status !== "refused") return;
  expect(result.errors.map((e) => e.cell)).toEqual(["'Overview'!H2", "'Overview'!C5"]);
  expect(issueMessage(result.errors[1]!)).toContain('holds "1234"');
  expect(wb.fingerprint()).toBe(before);
});

test("an Overview the user moved away from the first place is still found (one more read)", async () => {
  const wb = await withFunnels(2);
  await updateOverview(contextOf(wb), options(wb));
  wb.moveSheet(wb.sheet("Overview"), 2);
  const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(result).toMatchObject({ status: "updated", created: false, sheet: "Overview", funnels: 2 });
  expect(syncs).toBe(3);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Funnel", "Overview", "Funnel 2"]);
});

test("no funnel yet: a clear message, nothing written", async () => {
  const wb = newWorkbook();
  const before = wb.fingerprint();
  const result = await updateOverview(contextOf(wb), options(wb));
  expect(result.status === "refused" && result.errors[0]?.code).toBe("overview-no-funnels");
  expect(wb.fingerprint()).toBe(before);
});

test("two funnels with one product name: the second is refused, naming its name cell; nothing changes", async () => {
  const wb = await withFunnels(1);
  wb.addSheet("Typed");
  typeFunnel(
    wb,
    "Typed",
    3,
    [
      ["Leads", 100],
      ["Sales", 10],
    ],
    20,
  );
  wb.userActivates("Typed");
  expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
  const nameCell = wb
    .sheet("Typed")
    .names.find((n) => n.name === "FunnelName")
    ?.formula.replace(/^=Typed!|\$/g, "");
  wb.setInput("Typed", nameCell!, "product 1");
  const before = wb.fingerprint();
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.written).toBe(false);
  expect(result.outcome.errors.map((e) => [e.code, e.cell])).toEqual([["funnel-name-taken", `Typed!${nameCell}`]]);
  expect(issueMessage(result.outcome.errors[0]!)).toContain("sheet 'Funnel'");
  expect(wb.fingerprint()).toBe(before);
  // Once the other funnel's sheet is gone, the name is free.
  wb.deleteSheet(wb.sheet("Funnel"));
  expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
});

test("a workbook the export made: the add-in takes over its Overview and lists every funnel", async () => {
  const spec = twoProducts();
  const wb = await xlsxToSimulation(await funnelsWorkbookBuffer(spec));
  expect(wb.settings.has(REGISTRY_SETTING)).toBe(false);
  const before = ["B4", "C4", "B5", "C5"].map((a) => value(wb, "Overview", a));
  const { result, syncs } = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(result).toMatchObject({ status: "updated", created: false, funnels: 2 });
  expect(syncs).toBe(2);
  expect(formula(wb, "Overview", "B4")).toBe("=Shoes!FunnelRevenue");
  ["B4", "C4", "B5", "C5"].forEach((a, i) => {
    expectClose(value(wb, "Overview", a) as number, before[i] as number, a);
  });
  expect(value(wb, "Overview", "A4")).toBe("Running shoes");
});

test("the Overview is never read or recalculated as a funnel (its names and figures would look like one)", async () => {
  const wb = await withFunnels(2);
  await updateOverview(contextOf(wb), options(wb));
  expect(wb.activeSheet).toBe("Overview");
  const chart = wb.sheet("Overview").charts[0];
  expect(chart?.series.map((s) => [s.name, s.values])).toEqual([
    ["Revenue now", "Overview!$B$4:$B$5"],
    ["Forecast revenue", "Overview!$C$4:$C$5"],
  ]);
  const before = wb.fingerprint();
  const result = await recalculate(contextOf(wb), options(wb));
  expect(result.written).toBe(false);
  expect(result.outcome.errors.map((e) => e.code)).toEqual(["overview-sheet"]);
  const reading = await readFunnel(contextOf(wb));
  expect([reading.location, reading.issue?.code]).toEqual([null, "overview-sheet"]);
  expect(wb.fingerprint()).toBe(before);
});
