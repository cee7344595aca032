/**
 * What `npm run export` writes opens in Excel without a repair prompt (issue 21, item 3): every XML part
 * of the files is well-formed XML (fast-xml-validator, which also refuses characters XML cannot hold),
 * and every defined name — print areas included — reads as Excel reads one (test/helpers/defined-names.ts:
 * sheet names quoted where Excel needs it, their apostrophes doubled), pointing at sheets the file has.
 * Names holding a control character are refused with a message naming them; a label that brings one
 * into a chart has it left out.
 */
import JSZip from "jszip";
import { SyntaxValidator } from "fast-xml-validator";
import { funnelWorkbookBuffer } from "../../src/export/funnel-workbook";
import { funnelsSpecProblems, funnelsWorkbookBuffer, type FunnelsSpec } from "../../src/export/funnels-workbook";
import { exampleFunnel, exampleFunnelWithMoney } from "../../src/funnel";
import { englishSheetLabels } from "../../src/sheet";
import { sheetLabels } from "../../src/i18n/sheet-labels";
import { parseDefinedName } from "../helpers/defined-names";
import { partText, unescapeXml } from "../helpers/xlsx-parts";

/** Funnels on sheets whose names need quoting (an apostrophe, a space, a name that reads as a cell). */
function awkwardSheets(): FunnelsSpec {
  const closed = (period: string) => ({
    period,
    averageSaleValue: 1400,
    steps: exampleFunnel.steps.map((step) => ({ name: step.name, result: Math.round(step.result * 0.9) })),
  });
  // Each funnel with steps of its own (the example's are shared).
  const funnel = (more: object) => ({ ...exampleFunnel, steps: exampleFunnel.steps.map((s) => ({ ...s })), ...more });
  return {
    funnels: [
      funnel({ name: "Men's shoes", history: [closed("2026 Q1"), closed("2026 Q2")] }),
      funnel({ name: "Q3", history: [closed("2026 Q2")] }),
      funnel({ name: "Kids' boots 'n' socks", sheet: "Kids' boots 'n' socks" }),
      funnel({ name: "Bags" }),
    ],
  };
}

/** Every XML part of `file`, by path. */
async function xmlParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
    parts.set(path, await partText(zip, path));
  }
  return parts;
}

/** The workbook's sheet names, in order, and its defined names with their scope. */
function workbookOf(xml: string) {
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
  const names = [...xml.matchAll(/<definedName([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: /\bname="([^"]+)"/.exec(m[1]!)?.[1] ?? "",
    localSheetId: /\blocalSheetId="(\d+)"/.exec(m[1]!)?.[1],
    text: unescapeXml(m[2]!),
  }));
  return { sheets, names };
}

const files: [label: string, build: () => Promise<Buffer>][] = [
  ["the example funnel", () => funnelWorkbookBuffer(exampleFunnelWithMoney)],
  [
    "the example funnel on a sheet named Men's shoes",
    () => funnelWorkbookBuffer(exampleFunnel, { sheetName: "Men's shoes" }),
  ],
  ["four funnels with awkward sheet names and a history", () => funnelsWorkbookBuffer(awkwardSheets())],
  [
    "the same in Dutch",
    () => funnelsWorkbookBuffer(awkwardSheets(), { labels: sheetLabels.nl, moneyFormat: '"€" #,##0.00' }),
  ],
  [
    "labels holding control characters (left out of the charts)",
    () =>
      funnelsWorkbookBuffer(awkwardSheets(), {
        labels: { ...englishSheetLabels, overviewChartTitle: "Funnels\u0001 compared", chartTitle: "The\u0007 funnel" },
      }),
  ],
];

describe.each(files)("%s", (_label, build) => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await xmlParts(await build());
  });

  test("every XML part is well-formed XML, with no character XML cannot hold", () => {
    expect(parts.size).toBeGreaterThan(8);
    const broken = [...parts].flatMap(([path, xml]) => {
      try {
        new SyntaxValidator().validate(xml);
        return [];
      } catch (error) {
        return [`${path}: ${String(error)}`];
      }
    });
    expect(broken).toEqual([]);
  });

  test("every defined name reads as Excel reads it and points at a sheet of the file", () => {
    const { sheets, names } = workbookOf(parts.get("xl/workbook.xml")!);
    expect(names.length).toBeGreaterThan(10);
    for (const { name, localSheetId, text } of names) {
      const areas = parseDefinedName(text);
      for (const area of areas) expect([name, sheets]).toEqual([name, expect.arrayContaining([area.sheet])]);
      if (localSheetId !== undefined) expect(Number(localSheetId)).toBeLessThan(sheets.length);
    }
    // Each funnel sheet prints its own area, named on that sheet.
    const printAreas = names.filter((n) => n.name === "_xlnm.Print_Area");
    expect(printAreas.length).toBeGreaterThan(0);
    for (const area of printAreas) {
      expect(parseDefinedName(area.text).map((a) => a.sheet)).toEqual([sheets[Number(area.localSheetId)]]);
    }
  });
});

test("the Men's shoes print area is written as Excel writes it", async () => {
  const parts = await xmlParts(await funnelsWorkbookBuffer(awkwardSheets()));
  const { names } = workbookOf(parts.get("xl/workbook.xml")!);
  expect(names.filter((n) => n.name === "_xlnm.Print_Area").map((n) => n.text.replace(/\d+$/, "N"))).toEqual([
    "'Men''s shoes'!$A$1:$S$N",
    "'Q3'!$A$1:$S$N",
    "'Kids'' boots ''n'' socks'!$A$1:$S$N",
    "Bags!$A$1:$S$N",
  ]);
});

describe("the defined-name reader refuses what Excel would repair", () => {
  test.each([
    ["'Men's shoes'!$A$1", /is no sheet name|not closed|after the sheet name/],
    ["Men's shoes!$A$1", /"!" after the sheet name/],
    ["Q3!$A$1", /reads as a cell/],
    ["RC2x!$A$1", /reads as a cell/],
    ["'Sheet1!$A$1", /not closed/],
    ["Sheet1!$A$1:", /cell or area/],
    ["Sheet1!$XFE$1", /beyond XFD/],
    ["Sheet1!$A$0", /outside the sheet/],
    ["Sheet1!$A", /incomplete area/],
  ])("%s", (text, why) => {
    expect(() => parseDefinedName(text)).toThrow(why);
  });

  test("and reads what Excel writes", () => {
    expect(parseDefinedName("'Men''s shoes'!$A$1:$Q$60")).toEqual([
      { sheet: "Men's shoes", top: 1, left: 1, bottom: 60, right: 17 },
    ]);
    expect(parseDefinedName("'Funnel history'!$E:$E,Bags!$B$7")).toEqual([
      { sheet: "Funnel history", top: 1, left: 5, bottom: 1048576, right: 5 },
      { sheet: "Bags", top: 7, left: 2, bottom: 7, right: 2 },
    ]);
    expect(parseDefinedName("Overview!$3:$5")[0]).toMatchObject({ top: 3, bottom: 5, left: 1, right: 16384 });
  });
});

test("names holding a control character are refused, each named, and no file is written", () => {
  const spec = awkwardSheets();
  spec.funnels[0]!.steps[1]!.name = "Qualified\u0001";
  spec.funnels[0]!.history![0]!.steps[2]!.name = "Engaged\u0002";
  spec.funnels[1]!.history![0]!.period = "2026\u0003Q2";
  spec.funnels[3]!.sheet = "Bags\u0004";
  const problems = funnelsSpecProblems(spec);
  expect(problems).toEqual([
    expect.stringMatching(/^Funnel 1 'Men's shoes': "Qualified\uFFFD" holds an invisible control character/),
    expect.stringMatching(/^Funnel 1 'Men's shoes', history entry 1, step 3: "Engaged\uFFFD" holds an invisible/),
    expect.stringMatching(/^Funnel 2 'Q3', history entry 1: "2026\uFFFDQ2" holds an invisible control character/),
    expect.stringMatching(/^Funnel 4 'Bags': the sheet name "Bags\uFFFD" holds an invisible control character/),
  ]);
});
