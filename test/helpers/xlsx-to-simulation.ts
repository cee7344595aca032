/**
 * Opens an .xlsx in the simulation, as Excel opens a file a colleague sent: every sheet's cells with
 * their formula or constant and number format, the names (scoped to their sheet or to the workbook) and
 * each sheet's bar charts (name, type, series and categories), read straight from the file's parts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress, parseArea } from "../../src/sheet/a1";
import { partText, unescapeXml } from "./xlsx-parts";
import {
  cellsBox,
  SimulatedWorkbook,
  type ChartModel,
  type ChartSeriesModel,
  type WorkbookOptions,
} from "../../src/simulation";

/** Each chart of sheet number `sheetNumber`'s drawing as the simulation models it. */
async function chartsOf(
  zip: JSZip,
  model: SimulatedWorkbook,
  sheetName: string,
  sheetNumber: number,
): Promise<ChartModel[]> {
  const sheetRels = zip.file(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`);
  if (sheetRels === null) return [];
  const drawingTarget = /Target="\.\.\/drawings\/([^"]+)"/.exec(await sheetRels.async("string"))?.[1];
  if (drawingTarget === undefined) return [];
  const drawing = await partText(zip, `xl/drawings/${drawingTarget}`);
  const rels = await partText(zip, `xl/drawings/_rels/${drawingTarget}.rels`);
  const sheet = model.sheet(sheetName);
  const absolute = (ref: string) => model.absolute(sheet, parseArea(unescapeXml(ref)));
  const charts: ChartModel[] = [];
  for (const block of drawing.split(/<xdr:twoCellAnchor\b/).slice(1)) {
    const anchor = /<xdr:cNvPr id="\d+" name="([^"]*)"\/>[\s\S]*?r:id="([^"]+)"/.exec(block);
    if (anchor === null) continue;
    const [, name, relation] = anchor;
    // The anchor's cells (0-based): the chart covers `from` up to the top-left corner of `to`.
    const corner = (tag: string) => {
      const part = new RegExp(
        `<xdr:${tag}>[\\s\\S]*?<xdr:col>(\\d+)</xdr:col>[\\s\\S]*?<xdr:row>(\\d+)</xdr:row>`,
      ).exec(block);
      return { col: Number(part?.[1] ?? 0), row: Number(part?.[2] ?? 0) };
    };
    const from = corner("from");
    const to = corner("to");
    const place = cellsBox(
      sheet,
      cellAddress(from.row + 1, from.col + 1),
      cellAddress(Math.max(from.row + 1, to.row), Math.max(from.col + 1, to.col)),
    );
    const target = new RegExp(`Id="${relation}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(rels)?.[1];
    if (target === undefined) throw new Error(`drawing relation ${relation} has no chart`);
    const xml = await partText(zip, `xl/charts/${target}`);
    const grouping = /<c:grouping val="(\w+)"\/>/.exec(xml)?.[1];
    const series: ChartSeriesModel[] = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, body]) => ({
      name: unescapeXml(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(body!)?.[1] ?? ""),
      values: absolute(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/.exec(body!)?.[1] ?? ""),
      filled: !/<c:spPr><a:noFill\/>/.test(body!),
      xValues: absolute(/<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/.exec(body!)?.[1] ?? ""),
      dataLabels: /<c:showVal val="1"\/>/.test(body!),
    }));
    charts.push({
      id: model.newChartId(),
      name: unescapeXml(name!),
      chartType: grouping === "stacked" ? "BarStacked" : "BarClustered",
      title: unescapeXml(/<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? ""),
      categories: series[0]?.xValues ?? "",
      series,
      ...place,
      reversePlotOrder: /<c:catAx>[\s\S]*?<c:orientation val="maxMin"\/>/.test(xml),
      legendVisible: xml.includes("<c:legend>"),
    });
  }
  return charts;
}

/** The workbook in `xlsx` opened in a simulated Excel; its sheets keep their names and order. */
export async function xlsxToSimulation(xlsx: Buffer, options: WorkbookOptions = {}): Promise<SimulatedWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  if (book.worksheets.length === 0) throw new Error("the workbook has no sheet");
  const model = new SimulatedWorkbook(options);
  const sheets = book.worksheets.map((source) => {
    const sheet = model.addSheet(source.name);
    source.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const raw = cell.value;
        if (raw !== null && typeof raw === "object" && "formula" in raw) {
          model.writeCell(sheet, r, c, `=${raw.formula}`);
        } else if (typeof raw === "string") {
          // A text cell of the file is text, whatever it looks like ("2025", "Jan 2024", "=x").
          model.writeCell(sheet, r, c, `'${raw}`);
        } else if (typeof raw === "number" || typeof raw === "boolean") {
          model.writeCell(sheet, r, c, raw);
        }
        if (cell.numFmt && cell.numFmt !== "General") sheet.formats.set(cell.address, cell.numFmt);
      });
    });
    return sheet;
  });
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await partText(zip, "xl/workbook.xml");
  for (const [, attributes, target] of workbookXml.matchAll(/<definedName([^>]*)>([^<]+)<\/definedName>/g)) {
    const name = /\bname="([^"]+)"/.exec(attributes!)?.[1];
    if (name === undefined || name.startsWith("_xlnm.")) continue;
    const reference = unescapeXml(target!);
    const local = /localSheetId="(\d+)"/.exec(attributes!)?.[1];
    if (local === undefined) {
      model.addWorkbookName(name, `=${reference}`);
      continue;
    }
    const sheet = sheets[Number(local)];
    if (sheet === undefined) throw new Error(`${name} is scoped to a sheet the file does not have`);
    model.addSheetName(sheet, name, `=${model.absolute(sheet, parseArea(reference))}`);
  }
  for (const [i, sheet] of sheets.entries()) sheet.charts.push(...(await chartsOf(zip, model, sheet.name, i + 1)));
  return model;
}
