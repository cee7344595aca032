/**
 * What a user does to a chart in Excel's own window (not through the API): drags or resizes it, types
 * a title, copies it, or cuts and pastes it elsewhere on the sheet. Excel on the web gives a chart it
 * copies or moves that way a name of its own ("Chart 1"): the name the add-in gave it is lost, while
 * Excel on Windows and on Mac keep it (office-js issue 3034; see host-profiles.ts). A chart moved is
 * the same chart and keeps its id; a copy is a new chart with an id of its own.
 */
import {
  SimulatedError,
  type ChartGeometry,
  type ChartModel,
  type SheetModel,
  type SimulatedWorkbook,
} from "./workbook-model";

/** The name Excel gives a chart that has none of its own: "Chart N", the lowest N not taken on the sheet. */
export function defaultChartName(sheet: SheetModel): string {
  const taken = new Set(sheet.charts.map((c) => c.name.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`chart ${n}`)) return `Chart ${n}`;
}

/** A chart of `sheetName` by its name or its id. */
export function chartOn(workbook: SimulatedWorkbook, sheetName: string, key: string): ChartModel {
  const sheet = workbook.sheet(sheetName);
  const chart = sheet.charts.find((c) => c.name === key) ?? sheet.charts.find((c) => c.id === key);
  if (chart === undefined) throw new SimulatedError("ItemNotFound", `There is no chart '${key}' on ${sheetName}.`);
  return chart;
}

/** The user drags the chart, drags its edges, or types its title. */
export function userShapesChart(
  workbook: SimulatedWorkbook,
  sheetName: string,
  key: string,
  changes: Partial<ChartGeometry & { title: string }>,
): ChartModel {
  const chart = chartOn(workbook, sheetName, key);
  Object.assign(chart, changes);
  workbook.onChange?.();
  return chart;
}

/** The name a chart copied or moved by the user has afterwards, on this workbook's host. */
function nameAfterCopyOrMove(workbook: SimulatedWorkbook, sheet: SheetModel, chart: ChartModel): string {
  return workbook.profile.chartNameKeptOnCopyOrMove ? chart.name : defaultChartName(sheet);
}

/**
 * The user copies the chart (`paste` "copy": a new chart, with a new id) or cuts it ("cut": the same
 * chart, its id kept), and pastes it at `at`.
 */
export function userPastesChart(
  workbook: SimulatedWorkbook,
  sheetName: string,
  key: string,
  at: Pick<ChartGeometry, "top" | "left">,
  paste: "copy" | "cut",
): ChartModel {
  const sheet = workbook.sheet(sheetName);
  const chart = chartOn(workbook, sheetName, key);
  const others = { ...sheet, charts: sheet.charts.filter((c) => c !== chart) };
  const name = nameAfterCopyOrMove(workbook, paste === "cut" ? others : sheet, chart);
  const pasted: ChartModel =
    paste === "cut"
      ? Object.assign(chart, at, { name })
      : { ...structuredClone(chart), ...at, id: workbook.newChartId(), name };
  if (paste === "copy") sheet.charts.push(pasted);
  workbook.onChange?.();
  return pasted;
}
