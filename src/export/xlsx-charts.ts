/**
 * Charts inside an .xlsx written by exceljs (which writes none): DrawingML chart parts, a drawing that
 * anchors them on the sheet, and the relationships and content types that tie them in. Classic bar
 * and line charts only — the native funnel is a newer chart part LibreOffice does not draw — so the file shows
 * its charts in Excel, LibreOffice and every viewer. Series refer to the sheet's cells; the files carry
 * no cached values, so the charts are drawn from the recalculated formulas.
 */
import JSZip from "jszip";
import { withoutControlCharacters } from "../funnel/name-limits";

export interface ChartSeriesSpec {
  name: string;
  /** "'Funnel'!$C$5:$C$9" */
  values: string;
  /** Bar colour, RRGGBB; null for an invisible series (the funnel's spacer). */
  colour: string | null;
  /** Excel number format of the value labels; null for none. */
  labels: string | null;
}

export interface ChartSpec {
  /** The chart's name in Excel (Worksheet.charts.getItem finds it by this name). */
  name: string;
  /** Bars (default), or lines with markers, one colour per series chosen by the application. */
  kind?: "bar" | "line";
  title: string;
  categories: string;
  series: ChartSeriesSpec[];
  grouping: "clustered" | "stacked";
  /** Number format of the value axis; null hides the axis. */
  axisFormat: string | null;
  /**
   * How the series are told apart: a legend; their names on the bars of the first category (for bars
   * side by side: a legend's order differs between applications — LibreOffice lists a bar chart's
   * series bottom-up whatever the axis direction, Excel top-down — while a name on its bar cannot be
   * read against the wrong one); or not at all (one visible series).
   */
  seriesNames: "legend" | "first-bars" | "none";
  /** Zero-based columns and rows of the top-left and bottom-right corners. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const RELATION = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
};

/**
 * Text as XML content or attribute. A character XML cannot hold is left out: the names that reach a chart
 * were refused with such characters already (name-limits.ts), so only a label could still bring one.
 */
function escape(text: string): string {
  return withoutControlCharacters(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escape(text)}</a:t></a:r></a:p></c:rich>`;
}

/** What a data label shows: its value, its series' name, or both ("Forecast: 44.0%"). */
function labelContent(value: boolean, name: boolean): string {
  const flag = (on: boolean) => (on ? 1 : 0);
  return `<c:showLegendKey val="0"/><c:showVal val="${flag(value)}"/><c:showCatName val="0"/><c:showSerName val="${flag(name)}"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>${value && name ? "<c:separator>: </c:separator>" : ""}`;
}

/**
 * The series' data labels: its values where `spec.labels` gives their format; with `named`, the first
 * category's bar also carries the series' name.
 */
function labelsXml(spec: ChartSeriesSpec, stacked: boolean, named: boolean): string {
  if (spec.labels === null && !named) return "";
  // Labels inside stacked bars sit on a white box, readable however narrow the bar; clustered bars
  // have room for them just past their end.
  const labelBox = stacked
    ? `<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln>`
    : `<a:noFill/><a:ln><a:noFill/></a:ln>`;
  const look = [
    spec.labels === null ? "" : `<c:numFmt formatCode="${escape(spec.labels)}" sourceLinked="0"/>`,
    `<c:spPr>${labelBox}</c:spPr>`,
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="242424"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`,
    `<c:dLblPos val="${stacked ? "ctr" : "outEnd"}"/>`,
  ].join("");
  const values = spec.labels !== null;
  const first = named ? `<c:dLbl><c:idx val="0"/>${look}${labelContent(values, true)}</c:dLbl>` : "";
  return `<c:dLbls>${first}${look}${labelContent(values, false)}</c:dLbls>`;
}

function seriesXml(spec: ChartSeriesSpec, index: number, categories: string, chart: ChartSpec): string {
  const stacked = chart.grouping === "stacked";
  const fill = spec.colour === null ? "<a:noFill/>" : `<a:solidFill><a:srgbClr val="${spec.colour}"/></a:solidFill>`;
  const labels = labelsXml(spec, stacked, chart.seriesNames === "first-bars" && spec.colour !== null);
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    `<c:tx><c:v>${escape(spec.name)}</c:v></c:tx>`,
    `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`,
    labels,
    `<c:cat><c:strRef><c:f>${escape(categories)}</c:f></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escape(spec.values)}</c:f></c:numRef></c:val>`,
    "</c:ser>",
  ].join("");
}

/** One line of a line chart: markers on, its colour left to the application; #N/A points are left out. */
function lineSeriesXml(spec: ChartSeriesSpec, index: number, categories: string): string {
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    `<c:tx><c:v>${escape(spec.name)}</c:v></c:tx>`,
    `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`,
    `<c:cat><c:strRef><c:f>${escape(categories)}</c:f></c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escape(spec.values)}</c:f></c:numRef></c:val>`,
    `<c:smooth val="0"/></c:ser>`,
  ].join("");
}

/** A chart part around its plot (the chart group and its axes): title, legend, how blanks are drawn. */
function chartSpaceXml(spec: ChartSpec, plot: string[], plotVisibleOnly: boolean): string {
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
    `<c:roundedCorners val="0"/>`,
    `<c:chart>`,
    `<c:title><c:tx>${richText(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>`,
    `<c:autoTitleDeleted val="0"/>`,
    `<c:plotArea><c:layout/>`,
    ...plot,
    `</c:plotArea>`,
    spec.seriesNames === "legend" ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "",
    `<c:plotVisOnly val="${plotVisibleOnly ? 1 : 0}"/><c:dispBlanksAs val="gap"/>`,
    `</c:chart>`,
    `</c:chartSpace>`,
  ].join("");
}

/** The chart part of a line chart: categories along the bottom, values on the left. */
function lineChartXml(spec: ChartSpec): string {
  return chartSpaceXml(
    spec,
    [
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`,
      spec.series.map((s, i) => lineSeriesXml(s, i, spec.categories)).join(""),
      `<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`,
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
      `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escape(spec.axisFormat ?? "General")}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    ],
    true,
  );
}

/** The chart part (xl/charts/chartN.xml) of one bar or line chart. */
export function chartXml(spec: ChartSpec): string {
  if (spec.kind === "line") return lineChartXml(spec);
  const stacked = spec.grouping === "stacked";
  const valueAxis =
    spec.axisFormat === null
      ? `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
      : `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${escape(spec.axisFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  // The funnel's spacer column may be hidden; its values still place the bars (plotVisOnly 0).
  return chartSpaceXml(
    spec,
    [
      `<c:barChart><c:barDir val="bar"/><c:grouping val="${spec.grouping}"/><c:varyColors val="0"/>`,
      spec.series.map((s, i) => seriesXml(s, i, spec.categories, spec)).join(""),
      `<c:gapWidth val="${stacked ? 30 : 60}"/>`,
      stacked ? `<c:overlap val="100"/>` : "",
      `<c:axId val="1"/><c:axId val="2"/></c:barChart>`,
      // Categories top-down, as the funnel reads.
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
      valueAxis,
    ],
    false,
  );
}

function anchorXml(spec: ChartSpec, index: number): string {
  const corner = (tag: string, at: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return [
    `<xdr:twoCellAnchor editAs="oneCell">`,
    corner("from", spec.from),
    corner("to", spec.to),
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escape(spec.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>`,
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  ].join("");
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file === null ? null : file.async("string");
}

/**
 * Adds `charts` to worksheet number `sheetNumber` (1-based, as exceljs numbers its parts) of an .xlsx made
 * by exceljs and returns the new file. The sheet must have no drawing yet (exceljs adds one only for
 * images, which these workbooks have none of); charts and drawings already added to other sheets keep
 * their numbers.
 */
export async function addCharts(xlsx: Uint8Array, charts: readonly ChartSpec[], sheetNumber = 1): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = `xl/worksheets/sheet${sheetNumber}.xml`;
  const chartBase = zip.file(/^xl\/charts\/chart\d+\.xml$/).length;
  const drawingNumber = zip.file(/^xl\/drawings\/drawing\d+\.xml$/).length + 1;
  const chartPath = (i: number) => `chart${chartBase + i + 1}.xml`;
  const sheet = await text(zip, sheetPath);
  const types = await text(zip, "[Content_Types].xml");
  if (sheet === null || types === null)
    throw new Error(`addCharts: not an exceljs workbook (no sheet${sheetNumber} or content types)`);
  if (sheet.includes("<drawing ")) throw new Error("addCharts: the sheet already has a drawing");

  charts.forEach((spec, i) => zip.file(`xl/charts/${chartPath(i)}`, chartXml(spec)));
  zip.file(
    `xl/drawings/drawing${drawingNumber}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${charts.map(anchorXml).join("")}</xdr:wsDr>`,
  );
  zip.file(
    `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}">${charts
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATION.chart}" Target="../charts/${chartPath(i)}"/>`)
      .join("")}</Relationships>`,
  );

  const relsPath = `xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`;
  const rels =
    (await text(zip, relsPath)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}"></Relationships>`;
  const drawingId = "rIdFunnelCharts";
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${drawingId}" Type="${RELATION.drawing}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
    ),
  );
  // <drawing> goes after the page set-up elements and before <legacyDrawing>/<tableParts>/<extLst>.
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheet);
  const drawing = `<drawing r:id="${drawingId}"/>`;
  const withDrawing =
    before === null
      ? sheet.replace("</worksheet>", `${drawing}</worksheet>`)
      : `${sheet.slice(0, before.index)}${drawing}${sheet.slice(before.index)}`;
  zip.file(
    sheetPath,
    withDrawing.includes('xmlns:r="')
      ? withDrawing
      : withDrawing.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `),
  );

  const overrides = [
    ...charts.map((_, i) => `<Override PartName="/xl/charts/${chartPath(i)}" ContentType="${TYPES.chart}"/>`),
    `<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="${TYPES.drawing}"/>`,
  ].join("");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
