/**
 * The defined names of an exceljs workbook written as Excel writes them, so that Excel reads every one
 * without offering to repair the file:
 *  - each range's sheet is quoted as in every other reference (quoteSheet: apostrophes doubled, names that
 *    read as a cell such as Q3 quoted); exceljs leaves 'Q3' unquoted, which Excel reads as cell Q3;
 *  - the print areas: exceljs makes each sheet's pageSetup.printArea a name _xlnm.Print_Area with the
 *    sheet's name in apostrophes but the name's own apostrophes left single ('Men's shoes'!$A1:$Q60),
 *    which Excel drops after a repair prompt and LibreOffice cannot read (exceljs pull request 3071
 *    describes it), and with relative rows. Each becomes a name of its own, quoted as above and absolute
 *    ('Men''s shoes'!$A$1:$Q$60), and exceljs is left no print area to write.
 */
import { absoluteReference, parseArea, quoteSheet, sheetOfReference } from "../sheet/a1";

/** A defined name in exceljs's workbook model. */
export interface NamedRange {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface SheetModel {
  name: string;
  pageSetup?: { printArea?: string } & Record<string, unknown>;
}

export interface WorkbookModel {
  worksheets: (SheetModel | undefined)[];
  definedNames: NamedRange[];
}

/** "Q3!$B$11" as Excel writes it: 'Q3'!$B$11. */
function requoted(range: string): string {
  const bang = range.lastIndexOf("!");
  return bang < 0 ? range : `${quoteSheet(sheetOfReference(range))}${range.slice(bang)}`;
}

/** Rewrites the names of `model` (a workbook model about to be written) as Excel writes them. */
export function namesAsExcelWrites(model: WorkbookModel): void {
  for (const named of model.definedNames) named.ranges = named.ranges.map(requoted);
  let index = 0;
  for (const sheet of model.worksheets) {
    if (sheet === undefined) continue;
    const area = sheet.pageSetup?.printArea;
    if (area !== undefined && area !== "") {
      const ranges = area.split("&&").map((part) => absoluteReference(sheet.name, parseArea(part)));
      model.definedNames.push({ name: "_xlnm.Print_Area", ranges, localSheetId: index });
      // A copy: the worksheet itself keeps its print area.
      sheet.pageSetup = { ...sheet.pageSetup, printArea: undefined };
    }
    index++;
  }
}
