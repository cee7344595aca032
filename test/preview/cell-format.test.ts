/**
 * The preview grid shows a cell as Excel would under its number format, with the reader's separators.
 * Expected texts are worked out by hand from Excel's rules (the format's characters as written, only the
 * separators the reader's); the en-US ones are also printed by LibreOffice from an .xlsx holding the
 * same values and formats, and must read the same.
 *
 * @system-tools libreoffice
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatCell } from "../../src/preview/cell-format";
import { NUMBER_FORMATS } from "../../src/sheet";
import { excelMoneyFormat } from "../../src/i18n";
import { renderAsShownWithLibreOffice } from "../helpers/libreoffice";

/** [value, format, as shown in en-US] */
const EN_US: [number | string, string, string][] = [
  [0.15, NUMBER_FORMATS.percent, "15.0%"],
  [-0.05, NUMBER_FORMATS.percent, "-5.0%"],
  [0.0295, NUMBER_FORMATS.overallPercent, "2.95%"],
  [29700, excelMoneyFormat("en-US", "USD"), "$29,700.00"],
  [-1234.5, excelMoneyFormat("en-US", "USD"), "-$1,234.50"],
  [29700.5, excelMoneyFormat("de-DE", "EUR"), "29,700.50 €"],
  [-0.01821428571, NUMBER_FORMATS.points, "-1.8%"],
  [0.02045351474, NUMBER_FORMATS.points, "+2.0%"],
  [0.047979797, NUMBER_FORMATS.points, "+4.8%"],
  [0, NUMBER_FORMATS.points, "0.0%"],
  [3350, NUMBER_FORMATS.hidden, ""],
  [0, NUMBER_FORMATS.hidden, ""],
  [1138.5, NUMBER_FORMATS.forecastCount, "1,138.5"],
  [11200, NUMBER_FORMATS.count, "11,200"],
  [0.4, NUMBER_FORMATS.count, "0"],
  [12.5, NUMBER_FORMATS.fractionalCount, "12.5"],
  [12, NUMBER_FORMATS.fractionalCount, "12.0"],
  [12.345, NUMBER_FORMATS.fractionalCount, "12.35"],
  [0, "#,###", ""],
  [1234567, "#,##0,", "1,235"],
  [1.005, "0.00", "1.01"],
  [7, '0" steps"', "7 steps"],
  [-7, '0;(0);"none"', "(7)"],
  [0, '0;(0);"none"', "none"],
  [11200, "General", "11200"],
  [0.15, "General", "0.15"],
  ["Leads", "General", "Leads"],
];

test.each(EN_US)("%p in %p shows %p in en-US", (value, format, shown) => {
  expect(formatCell(value, format, "en-US")).toBe(shown);
});

test.each([
  [0.15, NUMBER_FORMATS.percent, "de-DE", "15,0%"],
  [29700, excelMoneyFormat("en-US", "USD"), "de-DE", "$29.700,00"],
  [29700, excelMoneyFormat("en-US", "USD"), "nl-NL", "$29.700,00"],
  [29700.5, excelMoneyFormat("de-DE", "EUR"), "de-DE", "29.700,50 €"],
  [2500, excelMoneyFormat("nl-NL", "EUR"), "nl-NL", "€ 2.500,00"],
  [-0.01821428571, NUMBER_FORMATS.points, "nl-NL", "-1,8%"],
  [1138.5, NUMBER_FORMATS.forecastCount, "nb-NO", "1\u00a0138,5"],
  [0.15, "General", "de-DE", "0,15"],
  [11200, "General", "de-DE", "11200"],
])("%p in %p shows as Excel would for a reader in %p: %p", (value, format, tag, shown) => {
  expect(formatCell(value, format, tag)).toBe(shown);
});

test("a decimal point with no digit after it stays, as Excel shows it (LibreOffice drops it)", () => {
  expect(formatCell(3350, "#,##0.#", "en-US")).toBe("3,350.");
  expect(formatCell(3350.25, "#,##0.#", "en-US")).toBe("3,350.3");
});

test("text sections, colours and currency tags; hidden cells hide text too; booleans and blanks", () => {
  expect(formatCell("x", '0;-0;0;"Step: "@', "en-US")).toBe("Step: x");
  expect(formatCell("x", "@", "en-US")).toBe("x");
  expect(formatCell("x", ";;;", "en-US")).toBe("");
  expect(formatCell(1, "[Red]0.0", "en-US")).toBe("1.0");
  expect(formatCell(5, "[$€-407] #,##0.00", "en-US")).toBe("€ 5.00");
  expect(formatCell(true, "General", "en-US")).toBe("TRUE");
  expect(formatCell("", "0.0%", "en-US")).toBe("");
  expect(formatCell(undefined, "0.0%", "en-US")).toBe("");
});

test("LibreOffice shows the en-US cases exactly as the preview does", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formats");
  EN_US.forEach(([value, format], i) => {
    const cell = sheet.getCell(`A${i + 1}`);
    cell.value = value;
    cell.numFmt = format;
  });
  const path = join(mkdtempSync(join(tmpdir(), "funnel-formats-")), "formats.xlsx");
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  const shown = renderAsShownWithLibreOffice(path)
    .split(/\r?\n/)
    .slice(0, EN_US.length)
    .map((line) => line.replace(/^"|"$/g, ""));
  expect(shown).toEqual(EN_US.map(([, , text]) => text));
}, 120_000);
