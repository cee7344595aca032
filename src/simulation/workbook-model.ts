/**
 * The state of a simulated workbook: cell contents live in HyperFormula (a real formula engine, GPL:
 * development and tests only, never in the production bundle), number formats, names, charts,
 * selection and settings beside it. The Office-like proxies in office-proxies.ts read and change it.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import { cellAddress, parseArea, quoteSheet, type AreaRef } from "../funnel/a1";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ChartSeriesModel {
  name: string;
  values: string;
  filled: boolean;
}

export interface ChartModel {
  name: string;
  chartType: string;
  title: string;
  /** Category labels (the first column of the source). */
  categories: string;
  series: ChartSeriesModel[];
  position: { start: string; end: string } | null;
  reversePlotOrder: boolean;
  legendVisible: boolean;
}

export interface NameModel {
  name: string;
  /** "=Sheet!$B$12" */
  formula: string;
}

export interface SheetModel {
  id: number;
  name: string;
  formats: Map<string, string>;
  bold: Set<string>;
  names: NameModel[];
  charts: ChartModel[];
}

export interface WorkbookOptions {
  /** Highest ExcelApi minor version Office.context.requirements reports: 17 means ExcelApi 1.17 (default). */
  excelApiMinor?: number;
  /** Make charts.add("Funnel", ...) fail at sync, as on hosts that refuse it. */
  funnelChartFails?: boolean;
}

export class SimulatedWorkbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  syncCount = 0;
  excelApiMinor: number;
  funnelChartFails: boolean;
  /** Called after every sync that changed something (the preview redraws its grid). */
  onChange: (() => void) | null = null;

  constructor(options: WorkbookOptions = {}) {
    // Excel keeps full doubles; HyperFormula would round results to 14 digits unless told not to.
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    this.excelApiMinor = options.excelApiMinor ?? 17;
    this.funnelChartFails = options.funnelChartFails ?? false;
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    const [major, minor] = (version ?? "1.1").split(".").map(Number);
    return major === 1 && (minor ?? 0) <= this.excelApiMinor;
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name) !== undefined)
      throw new SimulatedError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const hfName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(hfName);
    if (id === undefined) throw new Error(`HyperFormula did not create sheet ${name}`);
    const sheet: SheetModel = { id, name, formats: new Map(), bold: new Set(), names: [], charts: [] };
    this.sheets.push(sheet);
    if (this.activeSheet === "") this.activeSheet = name;
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (sheet === undefined) throw new SimulatedError("ItemNotFound", `There is no sheet named '${name}'.`);
    return sheet;
  }

  /** What a user types into a cell: numbers, text, "=formulas"; "" clears. */
  setInput(sheetName: string, address: string, content: string | number | boolean | null): void {
    const sheet = this.sheet(sheetName);
    const { first } = parseArea(address);
    this.writeCell(sheet, first.row, first.col, content, false);
  }

  /** Writes one cell the way Excel treats typed input; `asText` keeps a leading "=" as text. */
  writeCell(sheet: SheetModel, row: number, col: number, content: unknown, asText: boolean): void {
    const at = { sheet: sheet.id, row: row - 1, col: col - 1 };
    let stored: string | number | boolean | null;
    if (content === "" || content === null || content === undefined) stored = null;
    else if (typeof content === "number" || typeof content === "boolean") stored = content;
    else if (typeof content === "string") {
      const textFormat = sheet.formats.get(cellAddress(row, col)) === "@";
      if (content.startsWith("'")) stored = `'${content.slice(1)}`;
      else if (content.startsWith("=") && (asText || textFormat)) stored = `'${content}`;
      else stored = content;
    } else throw new SimulatedError("InvalidArgument", `Cannot write ${typeof content} into a cell.`);
    this.hf.setCellContents(at, [[stored]]);
  }

  /** Range.values for one cell: computed value, "" when empty, Excel error text such as "#DIV/0!". */
  valueAt(sheet: SheetModel, row: number, col: number): string | number | boolean {
    const value = this.hf.getCellValue({ sheet: sheet.id, row: row - 1, col: col - 1 });
    if (value === null) return "";
    if (value instanceof DetailedCellError) return value.value;
    return value;
  }

  /** Range.formulas for one cell: "=..." for formulas, otherwise the constant; text keeps no apostrophe. */
  formulaAt(sheet: SheetModel, row: number, col: number): string | number | boolean {
    const raw = this.hf.getCellSerialized({ sheet: sheet.id, row: row - 1, col: col - 1 });
    if (raw === null || raw === undefined) return "";
    if (typeof raw === "string" && raw.startsWith("'")) return raw.slice(1);
    if (raw instanceof Date) throw new Error("dates are not simulated");
    return raw;
  }

  numberFormatAt(sheet: SheetModel, row: number, col: number): string {
    return sheet.formats.get(cellAddress(row, col)) ?? "General";
  }

  /** The bounding box of non-empty cells inside `area`, or null. */
  usedArea(sheet: SheetModel, area: AreaRef): AreaRef | null {
    const dims = this.hf.getSheetDimensions(sheet.id);
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    const lastRow = Math.min(area.last.row, dims.height);
    const lastCol = Math.min(area.last.col, dims.width);
    for (let row = area.first.row; row <= lastRow; row++) {
      for (let col = area.first.col; col <= lastCol; col++) {
        if (this.hf.isCellEmpty({ sheet: sheet.id, row: row - 1, col: col - 1 })) continue;
        top = Math.min(top, row);
        left = Math.min(left, col);
        bottom = Math.max(bottom, row);
        right = Math.max(right, col);
      }
    }
    return bottom === 0 ? null : { first: { row: top, col: left }, last: { row: bottom, col: right } };
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows at `row`, shifting cells, formats and names. */
  shiftRows(sheet: SheetModel, row: number, count: number): void {
    if (count > 0) this.hf.addRows(sheet.id, [row - 1, count]);
    else this.hf.removeRows(sheet.id, [row - 1, -count]);
    const moved = new Map<string, string>();
    for (const [address, format] of sheet.formats) {
      const { first } = parseArea(address);
      if (count < 0 && first.row >= row && first.row < row - count) continue;
      const newRow = first.row >= row ? first.row + count : first.row;
      moved.set(cellAddress(newRow, first.col), format);
    }
    sheet.formats.clear();
    for (const [address, format] of moved) sheet.formats.set(address, format);
    const shiftRef = (ref: string) =>
      ref.replace(/\$([A-Z]+)\$(\d+)/g, (_m, col: string, r: string) => {
        const n = Number(r);
        return `$${col}$${n >= row ? Math.max(row, n + count) : n}`;
      });
    for (const name of sheet.names) name.formula = shiftRef(name.formula);
    for (const chart of sheet.charts) {
      chart.categories = shiftRef(chart.categories);
      for (const series of chart.series) series.values = shiftRef(series.values);
    }
  }

  /** "'Funnel 2'!$A$4:$A$9" */
  absolute(sheet: SheetModel, area: AreaRef): string {
    const one = (row: number, col: number) => `$${cellAddress(row, col).replace(/(\d+)$/, "$$$1")}`;
    const start = one(area.first.row, area.first.col);
    const range =
      area.first.row === area.last.row && area.first.col === area.last.col
        ? start
        : `${start}:${one(area.last.row, area.last.col)}`;
    return `${quoteSheet(sheet.name)}!${range}`;
  }

  /** Every cell's formula or constant and number format, for "nothing changed" comparisons. */
  fingerprint(): string {
    const sheets = this.sheets.map((sheet) => ({
      name: sheet.name,
      cells: this.hf.getSheetSerialized(sheet.id),
      formats: [...sheet.formats.entries()].sort(),
      names: sheet.names.map((n) => `${n.name}=${n.formula}`).sort(),
      charts: sheet.charts.map((c) => JSON.stringify(c)),
    }));
    return JSON.stringify({ sheets, active: this.activeSheet, settings: [...this.settings.entries()] });
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** An error shaped like OfficeExtension.Error (code + message). */
export class SimulatedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
