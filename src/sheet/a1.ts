/** A1-style addresses: "B12", "$B$12", "A3:H16", "'Funnel 2'!$B$12". 1-based rows and columns. */

export interface CellRef {
  row: number;
  col: number;
}

export interface AreaRef {
  first: CellRef;
  last: CellRef;
}

export function columnLetter(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Drops a leading "=", the sheet part and "$" signs: "='Funnel 2'!$B$12" -> "B12". */
export function localAddress(reference: string): string {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  return (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, "");
}

/** The sheet part of a reference, unquoted: "'Funnel 2'!$B$12" -> "Funnel 2"; "" without one. */
export function sheetOfReference(reference: string): string {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  return bang < 0 ? "" : text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
}

/** A cell address made absolute: "B12" -> "$B$12". */
export function absoluteCell(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

export function parseCell(address: string): CellRef {
  const match = /^([A-Z]+)(\d+)$/i.exec(localAddress(address));
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]), col: columnNumber(match[1] ?? "") };
}

export function parseArea(address: string): AreaRef {
  const [from, to] = localAddress(address).split(":");
  const first = parseCell(from ?? "");
  return { first, last: to === undefined ? first : parseCell(to) };
}

/**
 * Quotes a sheet name for use in a formula, an address or a defined name when Excel would, its
 * apostrophes doubled ('Men''s shoes'). Excel quotes a name holding anything but letters, digits, "_"
 * and "." or starting with a digit or ".", and a name that reads as a cell: an A1 reference ("Q3",
 * "AB12") or one starting like an R1C1 reference ("R2", "C5", "RC3x", "R", "C") — unquoted, Excel reads
 * Q3!$A$1 as a broken reference and repairs the file (rules observed from Excel's own files: XlsxWriter
 * issue 1078; Apache POI pull request 545). Quoting more than Excel does is harmless: a quoted name is
 * always read as a sheet; ASCII letters alone are left unquoted here.
 */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !readsAsCell(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** True for a name Excel would read as a cell reference (see quoteSheet). */
function readsAsCell(name: string): boolean {
  const upper = name.toUpperCase();
  const a1 = /^([A-Z]{1,3})(\d+)$/.exec(upper);
  if (a1 !== null && columnNumber(a1[1] ?? "") <= SHEET_COLUMNS && inRows(a1[2])) return true;
  const row = /^R(\d+)/.exec(upper);
  if (row !== null && inRows(row[1])) return true;
  const column = /^R?C(\d+)/.exec(upper);
  if (column !== null && Number(column[1]) >= 1 && Number(column[1]) <= SHEET_COLUMNS) return true;
  return upper === "R" || upper === "C" || upper === "RC";
}

const inRows = (digits: string | undefined) => Number(digits) >= 1 && Number(digits) <= SHEET_ROWS;

/** An area on a sheet as Excel writes a chart's or a name's reference: "'Funnel 2'!$A$4:$A$9", "Sheet1!$B$12". */
export function absoluteReference(sheetName: string, area: AreaRef): string {
  const one = ({ row, col }: CellRef) => `$${columnLetter(col)}$${row}`;
  const single = area.first.row === area.last.row && area.first.col === area.last.col;
  // Whole columns as Excel writes them: 'Funnel history'!$E:$E.
  if (area.first.row === 1 && area.last.row === SHEET_ROWS) {
    return `${quoteSheet(sheetName)}!$${columnLetter(area.first.col)}:$${columnLetter(area.last.col)}`;
  }
  return `${quoteSheet(sheetName)}!${single ? one(area.first) : `${one(area.first)}:${one(area.last)}`}`;
}

/** Rows and columns in a worksheet (Excel 2007 and later). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;
