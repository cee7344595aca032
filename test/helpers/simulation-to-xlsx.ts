/**
 * Saves a simulated workbook as .xlsx (cells with their formulas, number formats, sheet-scoped names),
 * as Excel would save it for a colleague. Formulas carry no cached values, so the reader recalculates.
 */
import ExcelJS from "exceljs";
import { scopeNamesToSheets } from "../../src/export/funnel-workbook";
import { cellAddress, localAddress, quoteSheet } from "../../src/sheet/a1";
import type { SimulatedWorkbook } from "../../src/simulation";

export function simulationToWorkbook(model: SimulatedWorkbook, sheetName: string): ExcelJS.Workbook {
  const sheet = model.sheet(sheetName);
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet(sheet.name);
  const grid = model.hf.getSheetSerialized(sheet.id);
  grid.forEach((line, r) => {
    line.forEach((raw, c) => {
      if (raw === null || raw === undefined) return;
      const cell = out.getCell(cellAddress(r + 1, c + 1));
      if (typeof raw === "string" && raw.startsWith("=")) cell.value = { formula: raw.slice(1), date1904: false };
      else if (typeof raw === "string" && raw.startsWith("'")) cell.value = raw.slice(1);
      else cell.value = raw;
    });
  });
  for (const [address, format] of sheet.formats) out.getCell(address).numFmt = format;
  for (const name of sheet.names) {
    workbook.definedNames.add(`${quoteSheet(out.name)}!${localAddress(name.formula)}`, name.name);
  }
  scopeNamesToSheets(workbook, new Set(sheet.names.map((n) => n.name)));
  return workbook;
}
