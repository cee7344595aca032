/**
 * Excel reads what is written into a cell's values or formulas as typed en-US input (office-js issue
 * 1559, by design; src/simulation/typed-input.ts holds the rules and their sources). The simulated host
 * does the same on every host profile, through Microsoft's client, strongly enough to fail the add-in's
 * old text guard — kept here as it was (write-cells.ts before issue 21) — while the text writer passes.
 */
import { textCell } from "../../src/excel/text-cell";
import { HOST_IDS, HOST_PROFILES, SimulatedWorkbook, type HostId } from "../../src/simulation";
import { contextOf } from "../helpers/simulated-excel";
import { TEXT_CORPUS } from "../helpers/text-corpus";

/** The old guard, as write-cells.ts had it: only "= + - @ '" and what JavaScript reads as a number. */
function oldAsText(text: string): string {
  if (/^[=+\-@']/.test(text)) return `'${text}`;
  if (text.trim() !== "" && !Number.isNaN(Number(text.trim()))) return `'${text}`;
  return text;
}

/** A fixed "today", so dates without a year are known: 2026-03-15. */
const today = () => new Date(2026, 2, 15);

function workbookOn(id: HostId): SimulatedWorkbook {
  const wb = new SimulatedWorkbook({ profile: HOST_PROFILES[id], today });
  wb.addSheet("Sheet1");
  return wb;
}

/** Writes `contents` down column A through Microsoft's client (Range.values), then reads A back. */
async function writeAndRead(wb: SimulatedWorkbook, contents: readonly string[], how: "values" | "formulas") {
  const ctx = contextOf(wb);
  const range = ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${contents.length}`);
  range[how] = contents.map((c) => [c]);
  await ctx.sync();
  const back = contextOf(wb).workbook.worksheets.getItem("Sheet1").getRange(`A1:A${contents.length}`);
  back.load("values,formulas,numberFormat");
  await back.context.sync();
  return contents.map((_, i) => ({
    value: back.values[i]?.[0] as unknown,
    formula: back.formulas[i]?.[0] as unknown,
    format: back.numberFormat[i]?.[0] as unknown,
  }));
}

/**
 * What Excel stores, worked out by hand from the sources in typed-input.ts. Dates are serial numbers of
 * the 1900 date system: 2024-01-01 is 45,292 (office-js and Excel agree: 45,292 days after 1899-12-30),
 * so 2026-01-01 is 45,292 + 366 + 365 = 46,023.
 */
const EXPECTED: [typed: string, value: unknown, format: string][] = [
  ["2025", 2025, "General"],
  ["007", 7, "General"],
  ["50%", 0.5, "0%"],
  ["12.5%", 0.125, "0.00%"],
  ["$5", 5, "$#,##0_);($#,##0)"],
  ["-$5.50", -5.5, "$#,##0.00_);($#,##0.00)"],
  ["($5)", -5, "$#,##0_);($#,##0)"],
  ["TRUE", true, "General"],
  ["false", false, "General"],
  ["1,000", 1000, "#,##0"],
  ["1,234,567.5", 1234567.5, "#,##0.00"],
  ["1,00", "1,00", "General"], // not a thousands grouping: text
  ["(5)", -5, "General"],
  ["1/2", 46024, "d-mmm"], // January 2 of this year (2026)
  ["0 1/2", 0.5, "# ?/?"],
  ["2 3/16", 2.1875, "# ??/??"],
  ["1/50", 18264, "mmm-yy"], // 1950-01-01: 50 is no day, so the year (two digits 30-99: 19xx)
  ["25/50", "25/50", "General"], // no month 25: text
  [" 1/2", " 1/2", "General"], // a leading space keeps it from being a date
  ["Jan 2024", 45292, "mmm-yy"],
  ["Jan 5", 46027, "d-mmm"],
  ["Dec 32", 12024, "mmm-yy"], // KB 214327: December 1, 1932 (1933-01-01 is 12,055)
  ["5-Jan-2024", 45296, "d-mmm-yy"],
  ["2024-01-05", 45296, "m/d/yyyy"],
  ["1/5/24", 45296, "m/d/yyyy"],
  ["19-8-2025", "19-8-2025", "General"], // a day-first date is text in en-US (Range.values reference)
  ["12:30", 0.5208333333333334, "h:mm"], // 12.5 hours of 24
  ["1:30 PM", 0.5625, "h:mm AM/PM"], // 13.5 / 24
  ["2024-01-05 12:00", 45296.5, "m/d/yyyy h:mm"],
  ["1e3", 1000, "0.00E+00"],
  [" 42 ", 42, "General"],
  ["Leads", "Leads", "General"],
];

describe.each(HOST_IDS)("%s: strings written to a cell are read as typed en-US input", (id) => {
  test("numbers, percents, money, booleans, fractions, dates and times get Excel's value and format", async () => {
    const results = await writeAndRead(
      workbookOn(id),
      EXPECTED.map(([typed]) => typed),
      "values",
    );
    expect(results.map((r, i) => [EXPECTED[i]![0], r.value, r.format])).toEqual(EXPECTED);
  });

  test("formulas are read the same way; a leading apostrophe is hidden from values and formulas", async () => {
    const results = await writeAndRead(workbookOn(id), ["50%", "'50%", "=1+1", "'=1+1", "-x"], "formulas");
    expect(results.map((r) => [r.value, r.formula])).toEqual([
      [0.5, 0.5],
      ["50%", "50%"],
      [2, "=1+1"],
      ["=1+1", "=1+1"],
      ["#NAME?", "=-x"],
    ]);
  });

  test("a cell formatted as Text keeps what is written, formulas included", async () => {
    const wb = workbookOn(id);
    const ctx = contextOf(wb);
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
    range.numberFormat = [["@"], ["@"], ["@"]];
    range.values = [["2025"], ["=1+1"], ["Jan 2024"]];
    range.load("values");
    await ctx.sync();
    expect(range.values).toEqual([["2025"], ["=1+1"], ["Jan 2024"]]);
  });

  test("an entry starting with + that is no formula Excel can read is refused (InvalidArgument)", async () => {
    const ctx = contextOf(workbookOn(id));
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["+49 30 1234"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the old text guard loses eight of the corpus; the text writer keeps every one as typed", async () => {
    const old = await writeAndRead(workbookOn(id), TEXT_CORPUS.map(oldAsText), "values");
    const lost = TEXT_CORPUS.filter((text, i) => old[i]!.value !== text);
    expect(lost).toEqual(["50%", "$5", "TRUE", "1,000", "(5)", "1/2", "Jan 2024", "12:30"]);
    const kept = await writeAndRead(workbookOn(id), TEXT_CORPUS.map(textCell), "values");
    expect(kept.map((r) => r.value)).toEqual(TEXT_CORPUS);
    expect(kept.map((r) => r.formula)).toEqual(TEXT_CORPUS);
    expect(kept.map((r) => r.format)).toEqual(TEXT_CORPUS.map(() => "General"));
  });
});

test("without a clock of its own, a date typed without a year falls in this year", () => {
  const year = new Date().getFullYear();
  // January 2, 2026 is 46,024 (see EXPECTED); each year after it adds its days.
  let expected = 46024;
  for (let y = 2026; y < year; y++) expected += y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365;
  const wb = new SimulatedWorkbook();
  wb.addSheet("Sheet1");
  wb.setInput("Sheet1", "A1", "1/2");
  expect(wb.valueAt(wb.sheet("Sheet1"), 1, 1)).toBe(expected);
  expect(wb.numberFormatAt(wb.sheet("Sheet1"), 1, 1)).toBe("d-mmm");
});
