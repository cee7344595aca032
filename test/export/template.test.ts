/**
 * The exported workbook (the downloadable template and `npm run export`) as a user opens it: the two
 * charts are real chart parts tied into the file, inputs are marked, headers fit, money carries the
 * currency, it prints one page wide — and the add-in, opening it later, updates those charts in place
 * without touching a typed cell.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SyntaxValidator } from "fast-xml-validator";
import { funnelWorkbookBuffer } from "../../src/export/funnel-workbook";
import { INPUT_FILL } from "../../src/export/sheet-look";
import { recalculate } from "../../src/excel";
import { officeHost } from "../../src/excel/office-host";
import { exampleFunnelWithMoney } from "../../src/funnel";
import { CYCLE_OUTPUT_NAMES, planSheet, RANGE_NAMES } from "../../src/sheet";
import { excelMoneyFormat, pickLocale } from "../../src/i18n";
import { templateInput, templateWorkbookBuffer } from "../../src/export/template-workbook";
import { resolveOptions } from "../../src/excel/options";
import { normalizeLabel } from "../../src/sheet/labels";
import { sheetLabels } from "../../src/i18n/sheet-labels";
import { HOST_PROFILES, type HostId } from "../../src/simulation";
import { expectSheetToMatchEngine, withOffice } from "../helpers/hosts";
import { formula } from "../helpers/simulated-excel";
import { partText } from "../helpers/xlsx-parts";
import { xlsxToSimulation } from "../helpers/xlsx-to-simulation";

const usd = excelMoneyFormat("en-US", "USD");

async function opened(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  return { zip, sheet: book.worksheets[0]! };
}

const text = (zip: JSZip, path: string) => partText(zip, path);

test("two bar charts are tied into the file: parts, drawing, relationships, content types, all well-formed", async () => {
  const { zip } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd }));
  const types = await text(zip, "[Content_Types].xml");
  const sheetXml = await text(zip, "xl/worksheets/sheet1.xml");
  const sheetRels = await text(zip, "xl/worksheets/_rels/sheet1.xml.rels");
  const drawing = await text(zip, "xl/drawings/drawing1.xml");
  const drawingRels = await text(zip, "xl/drawings/_rels/drawing1.xml.rels");
  const charts = [await text(zip, "xl/charts/chart1.xml"), await text(zip, "xl/charts/chart2.xml")];
  for (const xml of [types, sheetXml, sheetRels, drawing, drawingRels, ...charts]) {
    expect(() => new SyntaxValidator().validate(xml)).not.toThrow();
  }

  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  expect(sheetRels).toContain(
    `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
  );
  // The schema puts <drawing> after the page set-up.
  expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("<pageSetup"));
  for (const n of [1, 2]) {
    expect(types).toContain(
      `PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
    );
    expect(drawingRels).toContain(`Target="../charts/chart${n}.xml"`);
  }
  expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  // Named as the add-in names them, so a later Recalculate finds them.
  expect([...drawing.matchAll(/<xdr:cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1])).toEqual([
    "FunnelForecastBars",
    "FunnelForecastComparison",
  ]);

  const refs = (xml: string) => [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
  // Steps on rows 4-9 (header on row 3): spacer I and results B over names A; conversions C and E from step 2.
  expect(refs(charts[0]!)).toEqual(["Funnel!$A$4:$A$9", "Funnel!$I$4:$I$9", "Funnel!$A$4:$A$9", "Funnel!$B$4:$B$9"]);
  expect(charts[0]).toContain('<c:grouping val="stacked"/>');
  expect(charts[0]).toMatch(/<c:ser><c:idx val="0"\/>[\s\S]*?<c:spPr><a:noFill\/><\/c:spPr>/);
  expect(refs(charts[1]!)).toEqual(["Funnel!$A$5:$A$9", "Funnel!$C$5:$C$9", "Funnel!$A$5:$A$9", "Funnel!$E$5:$E$9"]);
  expect(charts[1]).toContain('<c:grouping val="clustered"/>');
  expect(charts[1]).toContain('<c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr>');
  expect(charts[1]).toContain("<a:t>Conversion per step: now and forecast</a:t>");
  // No legend, whose order LibreOffice and Excel draw differently for bars: each series' name is on its
  // first bar ("Now: 40.0%"), the other bars show their values only.
  expect(charts[1]).not.toContain("<c:legend>");
  const firstBars = [...charts[1]!.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>[\s\S]*?<\/c:dLbl>/g)];
  expect(firstBars.map((m) => m[1])).toEqual(["0", "0"]);
  for (const [label] of firstBars)
    expect(label).toContain('<c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="1"/>');
  expect(charts[1]!.match(/<c:showSerName val="0"\/>/g)).toHaveLength(2);
});

test("inputs are filled, outputs are not; headers wrap in columns wide enough for their longest word", async () => {
  const plan = planSheet(exampleFunnelWithMoney, { headerRow: 3 });
  const { sheet } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd }));
  const fillOf = (address: string) => {
    // exceljs types every cell's fill as present; a cell without one has none at run time.
    const fill = sheet.getCell(address).fill as ExcelJS.Fill | undefined;
    return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  };
  let inputs = 0;
  for (const cell of plan.cells.filter((c) => c.row !== plan.headerRow)) {
    expect([cell.address, fillOf(cell.address)]).toEqual([
      cell.address,
      cell.role === "input" ? `FF${INPUT_FILL}` : undefined,
    ]);
    if (cell.role === "input") inputs++;
  }
  // A, B and D of six steps, the sale value, costs, cost of the improvements, margin, target, the
  // sales-cycle days, the lifetime value and the product's name
  expect(inputs).toBe(6 * 3 + 1 + 4 + 2 + 1);

  const headerHeight = sheet.getRow(3).height;
  for (const cell of plan.cells.filter((c) => c.row === plan.headerRow)) {
    const width = sheet.getColumn(cell.column).width!;
    const header = String(cell.value);
    expect(sheet.getCell(cell.address).alignment).toMatchObject({ wrapText: true });
    const longest = Math.max(...header.split(" ").map((w) => w.length));
    expect([header, width > longest]).toEqual([header, true]);
    // Room for the header's characters over the lines the row is tall (15 pt a line).
    expect([header, Math.floor(headerHeight / 15) * (width - 1) >= header.length]).toEqual([header, true]);
  }
  // Column A fits the longest step name and summary label on one line.
  expect(sheet.getColumn("A").width).toBeGreaterThan("Overall conversion forecast".length);
});

test("money in the workbook's currency; the hint spread across the table; one page wide; spacer hidden", async () => {
  const plan = planSheet(exampleFunnelWithMoney, { headerRow: 3 });
  const { sheet } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd }));
  expect(usd).toBe('"$"#,##0.00');
  for (const address of ["G4", "H5", plan.saleValueCell, "B12", "B13", "B14"])
    expect(sheet.getCell(address).numFmt).toBe(usd);
  const { sheet: euros } = await opened(
    await funnelWorkbookBuffer(exampleFunnelWithMoney, {
      moneyFormat: excelMoneyFormat("nl-NL", "EUR"),
      labels: sheetLabels.nl,
    }),
  );
  expect(euros.name).toBe("Trechter");
  expect(euros.getCell("B14").numFmt).toBe('"€" #,##0.00');
  expect(euros.getCell("D3").value).toBe("Gehoopte verbetering");

  expect(sheet.getCell("A2").isMerged).toBe(true);
  expect(sheet.getCell("N2").master.address).toBe("A2");
  expect(sheet.getCell("A2").alignment).toMatchObject({ wrapText: true });
  expect(sheet.getColumn("I").hidden).toBe(true);
  expect(sheet.getCell("I4").numFmt).toBe(";;;");
  // One page, landscape: as wide as the page, and made smaller rather than split where it is taller.
  expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  // The printed area runs from the title across every column the plan writes, down to the bottom of the
  // charts, which reach below the block's last row (36, the product's name) to fill the page.
  expect(plan.lastRow).toBe(36);
  const { zip } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd }));
  const drawing = await text(zip, "xl/drawings/drawing1.xml");
  const chartRows = [
    ...drawing.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)</g),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  // From the summary (zero-based row 10: sheet row 11) in F and J, right of the costs and the sales
  // cycle beside them (A:E), to the same row at the bottom; the conversions reach the last column (S).
  const bottom = Number(/<xdr:to><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)/.exec(drawing)?.[1]);
  expect(chartRows).toEqual(["from 5 10", `to 9 ${bottom}`, "from 9 10", `to 19 ${bottom}`]);
  expect(bottom).toBeGreaterThan(plan.lastRow);
  expect(sheet.pageSetup.printArea).toBe(`A1:S${bottom}`);
});

test("without charts the sheet has no drawing and prints the table only", async () => {
  const { zip, sheet } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { charts: false }));
  expect(zip.file("xl/drawings/drawing1.xml")).toBeNull();
  expect(sheet.getCell("I4").value).toBeNull();
  expect(sheet.pageSetup.printArea).toBe("A1:S36");
});

test("the template carries the revenue's range, when a change shows, the sales cycle and the lifetime value", async () => {
  const plan = planSheet(exampleFunnelWithMoney, { headerRow: 3 });
  const { sheet } = await opened(await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd }));
  // The example's 60 days and 4,500 in the two yellow inputs beside the costs block, labelled in D.
  expect([sheet.getCell("E19").value, sheet.getCell("E20").value]).toEqual([60, 4500]);
  expect([sheet.getCell("D19").value, sheet.getCell("D20").value]).toEqual([
    "Days from first contact to sale",
    "Lifetime value of one customer",
  ]);
  for (const address of ["E19", "E20"])
    expect(sheet.getCell(address).fill).toMatchObject({ fgColor: { argb: `FF${INPUT_FILL}` } });
  // Every new figure is a formula in its named cell; the labels in D fit their column, unwrapped.
  const names = [...RANGE_NAMES, ...CYCLE_OUTPUT_NAMES];
  for (const name of names) {
    const address = plan.names.find((n) => n.name === name)!.address;
    expect([name, typeof (sheet.getCell(address).value as { formula?: unknown }).formula]).toEqual([name, "string"]);
  }
  const widest = Math.max(
    ...plan.cells
      .filter((c) => c.column === "D" && c.text === true && c.row > plan.headerRow)
      .map((c) => String(c.value).length),
  );
  expect(sheet.getColumn("D").width).toBeGreaterThanOrEqual(widest);
  expect(sheet.getCell("R3").value).toBe("Periods like this one to see the change");
  expect((sheet.getCell("R8").value as { formula?: string }).formula).toMatch(/^IF\(OR\(C8="",E8=""\)/);
});

describe.each(["web", "windows-2019-edgehtml"] as HostId[])("the add-in opening the template on %s", (id) => {
  test("Recalculate updates the file's charts in place, changes no typed cell, in 2 syncs", async () => {
    const file = await funnelWorkbookBuffer(exampleFunnelWithMoney, { moneyFormat: usd });
    const wb = await xlsxToSimulation(file, { profile: HOST_PROFILES[id] });
    const before = wb.sheet("Funnel").charts.map((c) => ({ name: c.name, id: c.id }));
    expect(before.map((c) => c.name)).toEqual(["FunnelForecastBars", "FunnelForecastComparison"]);
    const typed = ["A4", "B4", "D7", "A9", "B9", "B11"].map((a) => formula(wb, "Funnel", a));
    await withOffice(id, wb, async () => {
      const host = officeHost();
      const syncs = wb.syncCount;
      const result = await host.run((ctx) =>
        recalculate(ctx, { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) }),
      );
      expect(result.outcome.errors).toEqual([]);
      expect([result.written, result.chart]).toEqual([true, "stacked-bar"]);
      expect(wb.syncCount - syncs).toBe(2);
    });
    const after = wb.sheet("Funnel").charts;
    expect(after.map((c) => ({ name: c.name, id: c.id }))).toEqual(before);
    expect(["A4", "B4", "D7", "A9", "B9", "B11"].map((a) => formula(wb, "Funnel", a))).toEqual(typed);
    expect(expectSheetToMatchEngine(wb, "Funnel", exampleFunnelWithMoney, 3)).toBeGreaterThan(20);
  });
});

describe("the template as the build makes it (npm run export -- --example)", () => {
  const english = () => templateWorkbookBuffer(pickLocale("en-US"), "USD");

  test("says above its table what each computed column shows, in the sheet's language, and names its product", async () => {
    const { sheet } = await opened(await english());
    const column = (row: number) => sheet.getCell(`A${row}`).text;
    expect(column(3)).toBe("What the computed columns show");
    const lines = Array.from({ length: 10 }, (_, i) => column(4 + i));
    // One line per computed column of the table, each led by its letter and its header as the table has it.
    expect(lines.map((line) => line.split(" — ")[0])).toEqual([
      "C: Conversion",
      "E: Forecast conversion",
      "F: Forecast result",
      "G: Extra revenue (this step alone)",
      "H: Revenue per +1 point",
      "J: Conversion at least (95% sure)",
      "K: Conversion at most (95% sure)",
      "L: Cost per result",
      "M: Needed for the target",
      "N: Conversion needed for the target (this step alone)",
    ]);
    expect(lines[4]).toContain("one percentage point more (40% → 41%)");
    // Then an empty row, and the table, whose headers the lines name.
    expect(sheet.getCell("A14").value).toBeNull();
    expect(["A15", "C15", "H15"].map((a) => sheet.getCell(a).value)).toEqual([
      "Step",
      "Conversion",
      "Revenue per +1 point",
    ]);
    // The product's cell holds the example's product: no empty input left to wonder about.
    const plan = planSheet(templateInput(pickLocale("en-US")), { headerRow: 15 });
    expect(sheet.getCell(plan.nameCell).value).toBe("Consulting");
    // The add-in never takes these lines for labels of its own (which it would clear when they move).
    const known = resolveOptions({}).knownLabels;
    expect(lines.filter((line) => known.has(normalizeLabel(line)))).toEqual([]);

    const { sheet: german } = await opened(await templateWorkbookBuffer(pickLocale("de-DE"), "EUR"));
    expect(german.getCell("A3").text).toBe("Was die berechneten Spalten zeigen");
    expect(german.getCell("A4").text).toMatch(/^C: Konversion — der Anteil/);
    expect(german.getCell(plan.nameCell).value).toBe("Beratung");
  });

  test("the add-in opening it recalculates around the notes: they, the product and the typed cells stay", async () => {
    const wb = await xlsxToSimulation(await english(), { profile: HOST_PROFILES.web });
    const kept = ["A3", "A4", "A8", "A13", "A16", "B16", "D19", "B23", "B31", "B48"];
    const before = kept.map((a) => formula(wb, "Funnel", a));
    expect([before[7], before[9]]).toEqual([1500, "Consulting"]);
    await withOffice("web", wb, async () => {
      const host = officeHost();
      const result = await host.run((ctx) =>
        recalculate(ctx, { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) }),
      );
      expect([result.outcome.errors, result.written]).toEqual([[], true]);
      expect(result.location?.headerRow).toBe(15);
    });
    expect(kept.map((a) => formula(wb, "Funnel", a))).toEqual(before);
    expect(expectSheetToMatchEngine(wb, "Funnel", exampleFunnelWithMoney, 15)).toBeGreaterThan(20);
  });
});
