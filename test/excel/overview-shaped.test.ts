/**
 * What the user shaped on the Overview stays shaped, and an update writes only what must change — as on
 * the funnel sheets (issue 20), through Microsoft's client on the simulated host: a format, bold or
 * column width the user set stays; the comparison chart keeps its place, size, title and colours and
 * only follows the funnels' rows; a chart Excel on the web renamed is found again by its id; an update
 * with nothing changed writes no cell, format, name, chart or setting.
 */
import { createFunnelSheet } from "../../src/excel";
import { updateOverview } from "../../src/excel/overview";
import type { FunnelInput } from "../../src/funnel";
import { REGISTRY_SETTING } from "../../src/sheet/funnel-registry";
import { userPastesChart, userShapesChart, type HostId, type SimulatedWorkbook } from "../../src/simulation";
import { hostWorkbook } from "../helpers/hosts";
import { contextOf, counted, formula, supportsOf, value } from "../helpers/simulated-excel";
import { withRequests, writesOf } from "../helpers/request-writes";

const options = (wb: SimulatedWorkbook) => ({ isSetSupported: supportsOf(wb) });

function product(k: number): FunnelInput {
  return {
    name: `Product ${k}`,
    steps: [
      { name: "Leads", result: 1000 * k, improvement: 0 },
      { name: "Purchase", result: 50 * k, improvement: 0.1 },
    ],
    averageSaleValue: 100,
    improvementMode: "relative",
  };
}

async function withOverview(id: HostId, count: number): Promise<SimulatedWorkbook> {
  const wb = hostWorkbook(id);
  for (let k = 1; k <= count; k++)
    expect((await createFunnelSheet(contextOf(wb), product(k), options(wb))).written).toBe(true);
  const made = await counted(wb, (ctx) => updateOverview(ctx, options(wb)));
  expect(made.result.status).toBe("updated");
  return wb;
}

const update = (wb: SimulatedWorkbook) =>
  withRequests(wb, () => counted(wb, (ctx) => updateOverview(ctx, options(wb))));
const overviewChart = (wb: SimulatedWorkbook) => {
  const charts = wb.sheet("Overview").charts;
  expect(charts.length).toBe(1);
  return charts[0]!;
};

test("an update with nothing changed writes no cell, format, name, chart or setting", async () => {
  const wb = await withOverview("windows-m365", 2);
  // The first update after making it records the chart's id (made in that batch, it had none yet).
  await update(wb);
  const chartBefore = { ...overviewChart(wb) };
  const { requests, result } = await update(wb);
  expect(result.result.status).toBe("updated");
  const writes = requests.map(writesOf);
  expect(writes.flatMap((w) => [...w.contents, ...w.formats])).toEqual([]);
  expect(writes.flatMap((w) => w.other).filter((o) => !/Activate$/.test(o))).toEqual([]);
  expect(overviewChart(wb)).toEqual(chartBefore);
});

test("a funnel added: the user's formats, bold and chart stay; the new row and total are the add-in's", async () => {
  const wb = await withOverview("windows-m365", 2);
  const sheet = wb.sheet("Overview");
  // Header on row 3, funnels on 4–5, total on 6. The user formats B4 as whole numbers, makes A5
  // italic, widens A, and moves, resizes and retitles the chart.
  sheet.formats.set("B4", "#,##0");
  sheet.italic.add("A5");
  sheet.columnWidths.set(1, 200);
  const chart = overviewChart(wb);
  userShapesChart(wb, "Overview", chart.id, { top: 500, left: 40, width: 600, height: 320, title: "Our products" });
  const looks = { id: chart.id, top: 500, left: 40, width: 600, height: 320, title: "Our products" };

  expect((await createFunnelSheet(contextOf(wb), product(3), options(wb))).written).toBe(true);
  expect((await counted(wb, (ctx) => updateOverview(ctx, options(wb)))).result.status).toBe("updated");

  expect(value(wb, "Overview", "A6")).toBe("Product 3");
  expect(formula(wb, "Overview", "A7")).toBe("Total");
  expect(wb.numberFormatAt(sheet, 4, 2)).toBe("#,##0");
  expect(wb.numberFormatAt(sheet, 6, 2)).toBe(wb.numberFormatAt(sheet, 5, 2));
  expect(wb.numberFormatAt(sheet, 7, 2)).toBe(wb.numberFormatAt(sheet, 5, 2));
  // The total's bold moved with it: the old total row is a funnel's now.
  expect(["A6", "B6", "A7", "B7"].map((a) => sheet.bold.has(a))).toEqual([false, false, true, true]);
  expect([sheet.italic.has("A5"), sheet.columnWidths.get(1)]).toEqual([true, 200]);
  const after = overviewChart(wb);
  expect({
    id: after.id,
    top: after.top,
    left: after.left,
    width: after.width,
    height: after.height,
    title: after.title,
  }).toEqual(looks);
  // Its two series now cover the three funnels.
  expect(after.series.map((s) => s.values.replace(/^.*!/, "").replace(/\$/g, ""))).toEqual(["B4:B6", "C4:C6"]);
});

test("a funnel removed: its row goes, the total moves up and the row below is cleared", async () => {
  const wb = await withOverview("windows-m365", 3);
  wb.deleteSheet(wb.sheet("Funnel 2"));
  const sheet = wb.sheet("Overview");
  expect((await counted(wb, (ctx) => updateOverview(ctx, options(wb)))).result.status).toBe("updated");
  expect([value(wb, "Overview", "A5"), formula(wb, "Overview", "A6"), formula(wb, "Overview", "A7")]).toEqual([
    "Product 3",
    "Total",
    "",
  ]);
  expect([sheet.bold.has("A6"), sheet.bold.has("A7")]).toEqual([true, false]);
});

test("Excel on the web renamed the chart the user moved: it is found by its id, never made twice", async () => {
  const wb = await withOverview("web", 2);
  await update(wb);
  const { id, name } = overviewChart(wb);
  const moved = userPastesChart(wb, "Overview", id, { top: 400, left: 60 }, "cut");
  expect([name, moved.name]).toEqual(["FunnelsComparison", "Chart 1"]);
  expect((await createFunnelSheet(contextOf(wb), product(3), options(wb))).written).toBe(true);
  expect((await counted(wb, (ctx) => updateOverview(ctx, options(wb)))).result.status).toBe("updated");
  const after = overviewChart(wb);
  expect([after.name, after.top, after.left]).toEqual([moved.name, 400, 60]);
  expect(after.series[0]?.values.replace(/^.*!/, "").replace(/\$/g, "")).toBe("B4:B6");
  const registry = wb.settings.get(REGISTRY_SETTING) as { overview: { chartId?: string } };
  expect(registry.overview.chartId).toBe(after.id);
});
