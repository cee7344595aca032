/**
 * The state of a simulated workbook: cell contents live in HyperFormula (a real formula engine, GPL:
 * development and tests only, never in the production bundle), number formats, names, charts,
 * selection and settings beside it. The simulated host (host/wire-host.ts) reads and changes it for the
 * requests of Microsoft's Excel client.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import { registerExcelFunctions } from "./excel-functions";
import { absoluteReference, cellAddress, parseArea, quoteSheet as quoteSheetName, type AreaRef } from "../sheet/a1";
import { HOST_PROFILES, supportsExcelApi, type HostProfile } from "./host-profiles";
import { typedEntry } from "./typed-input";
import type { RequestBody } from "./host/wire-protocol";
import {
  columnWidthOf,
  moveChartsWithColumn,
  moveChartsWithRows,
  STANDARD_COLUMN_WIDTH,
  type ChartGeometry,
} from "./sheet-geometry";

export type { ChartGeometry } from "./sheet-geometry";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ChartSeriesModel {
  name: string;
  values: string;
  filled: boolean;
  /** The series' own category labels (ChartSeries.setXAxisValues); the chart's categories otherwise. */
  xValues?: string;
  /** ChartSeries.hasDataLabels: each bar shows its value. */
  dataLabels?: boolean;
}

/** Chart.dataLabels: values shown on every series. */
export interface ChartDataLabelsModel {
  showValue: boolean;
  position?: string;
  numberFormat?: string;
}

export interface ChartModel extends ChartGeometry {
  /** Chart.id: stable for the chart's life, never reused. */
  id: string;
  name: string;
  chartType: string;
  title: string;
  /** Category labels (the first column of the source). */
  categories: string;
  series: ChartSeriesModel[];
  reversePlotOrder: boolean;
  legendVisible: boolean;
  dataLabels?: ChartDataLabelsModel;
}

export interface NameModel {
  name: string;
  /** "=Sheet!$B$12" */
  formula: string;
}

export interface SheetModel {
  /** HyperFormula's sheet id. */
  id: number;
  /** Worksheet.id: stable for the sheet's life (renames included), never reused. */
  uid: string;
  name: string;
  formats: Map<string, string>;
  bold: Set<string>;
  italic: Set<string>;
  /** Font colours ("#C00000") and fill colours by cell, as RangeFont.color and RangeFill.color set them. */
  fontColors: Map<string, string>;
  fills: Map<string, string>;
  /** Column widths in points, by 1-based column, where they are not the standard width. */
  columnWidths: Map<number, number>;
  names: NameModel[];
  charts: ChartModel[];
  /** Merged areas (Range.merge): only each area's top-left cell holds anything. */
  merged: AreaRef[];
}

/** An Excel table: a header row at `top`, then `dataRows` rows, `columns` wide from `left`. */
export interface TableModel {
  name: string;
  /** Table.id: stable for the table's life, renames included (set by the host when it makes one). */
  id?: string;
  sheet: SheetModel;
  top: number;
  left: number;
  columns: number;
  dataRows: number;
  /**
   * Made from a header row alone: Excel gives such a table one blank data row, which the first
   * TableRowCollection.add fills instead of adding below it (the docs' create-a-table sample).
   */
  blankRow: boolean;
}

export interface WorkbookOptions {
  /** The host to behave like (default: Microsoft 365 on Windows). */
  profile?: HostProfile;
  /** Overrides the profile's ExcelApi minor version: 17 means ExcelApi 1.17. */
  excelApiMinor?: number;
  /** Make charts.add("Funnel", ...) fail at sync, as on hosts that refuse it. */
  funnelChartFails?: boolean;
  /** Today, for dates typed without a year ("1/2" is January 2 of this year); default: the clock's. */
  today?: () => Date;
}

/**
 * What the user has selected. A range (the usual case), a chart or shape, or several areas: Excel's
 * getSelectedRange throws InvalidSelection for the last two (see host-profiles.ts).
 */
export interface SimulatedSelection {
  sheet: string;
  /** "B4:D9"; for several areas "A1:A3,C5". */
  address: string;
  kind?: "range" | "chart" | "areas";
}

/** One queued operation as the fault injector sees it. */
export interface OperationInfo {
  /** "Range.formulas", "ChartCollection.add", ... */
  label: string;
  /** 0-based position in the sync's queue. */
  index: number;
  /** 1-based number of the sync. */
  sync: number;
}

/**
 * An event the host raises to the clients that registered for it: a sheet activated, or cells of a
 * sheet changed — by this user typing, by a co-author (source "Remote"; Excel on the web delivers
 * co-authors' edits to Worksheet.onChanged), or by a request of the add-in itself (Excel raises
 * onChanged for changes made through the API too, with source "Local").
 */
export type WorkbookEvent =
  | { type: "activated"; worksheetId: string }
  | { type: "changed"; worksheetId: string; address: string; source: "Local" | "Remote"; changeType: string };

/** Bytes of one request as the client sent it and of the host's answer (JSON length of each body). */
export interface PayloadRecord {
  request: number;
  response: number;
}

/** Moves each entry of `map` to the key `to` gives (dropping it where that is null). */
function shiftKeys<V>(map: Map<string, V>, to: (key: string) => string | null): void {
  const moved = [...map].map(([key, value]) => [to(key), value] as const);
  map.clear();
  for (const [key, value] of moved) if (key !== null) map.set(key, value);
}

export class SimulatedWorkbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  activeSheet = "";
  selection: SimulatedSelection | null = null;
  readonly settings = new Map<string, unknown>();
  /** Names scoped to the workbook (the add-in writes none; users and other add-ins may). */
  readonly workbookNames: NameModel[] = [];
  /** Excel tables, workbook-wide (table names are unique in a workbook). */
  readonly tables: TableModel[] = [];
  /** Requests answered (a context.sync() that had something to send is one request). */
  syncCount = 0;
  /** Bytes of every request, in order. */
  readonly payloads: PayloadRecord[] = [];
  /** Test hook: each request body as the client sent it, before the host carries it out. */
  onRequest: ((body: RequestBody) => void) | null = null;
  readonly profile: HostProfile;
  excelApiMinor: number;
  funnelChartFails: boolean;
  readonly today: () => Date;
  /** The user is typing in a cell: every API call fails (see host-profiles.ts). */
  cellEditMode = false;
  /** Test hook: return an error to make that queued operation fail at sync. */
  failOperation: ((operation: OperationInfo) => Error | undefined) | null = null;
  /** Called after every sync that changed something (the preview redraws its grid). */
  onChange: (() => void) | null = null;
  /** Sessions listening for the workbook's events (registered through the client, e.g. onActivated). */
  readonly eventListeners = new Set<(event: WorkbookEvent) => void>();
  /**
   * Runs before the host answers each request: what happens in Excel between two requests of the
   * add-in (the user clicks another tab, a co-author edits a cell).
   */
  beforeRequest: (() => void) | null = null;
  private nextChartId = 1;
  private nextSheetUid = 1;

  constructor(options: WorkbookOptions = {}) {
    // Excel keeps full doubles; HyperFormula would round results to 14 digits unless told not to.
    registerExcelFunctions();
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    this.profile = options.profile ?? HOST_PROFILES["windows-m365"];
    this.excelApiMinor = options.excelApiMinor ?? this.profile.excelApiMinor;
    this.funnelChartFails = options.funnelChartFails ?? false;
    this.today = options.today ?? (() => new Date());
  }

  /**
   * A name scoped to the workbook, as a file brings it or the user adds it; formulas on every sheet can
   * use it (HyperFormula evaluates it as a global named expression).
   */
  addWorkbookName(name: string, formula: string): void {
    this.workbookNames.push({ name, formula });
    this.hf.addNamedExpression(name, formula);
  }

  /** Deletes a workbook-scoped name; formulas that used it show #NAME?, as in Excel. */
  deleteWorkbookName(model: NameModel): void {
    this.workbookNames.splice(this.workbookNames.indexOf(model), 1);
    this.hf.removeNamedExpression(model.name);
  }

  /**
   * Moves the cells of `columns` (from `left`) on rows `from`..the sheet's last row by `by` rows (up when
   * negative), as inserting or deleting a table row shifts only the table's own columns.
   */
  shiftColumnCells(sheet: SheetModel, left: number, columns: number, from: number, by: number): void {
    const last = this.hf.getSheetDimensions(sheet.id).height;
    if (last < from) return;
    const height = last - from + 1;
    const source = {
      start: { sheet: sheet.id, row: from - 1, col: left - 1 },
      end: { sheet: sheet.id, row: last - 1, col: left + columns - 2 },
    };
    const contents = this.hf.getRangeSerialized(source);
    const blank = Array.from({ length: height }, () => Array.from({ length: columns }, () => null));
    this.hf.setCellContents(source.start, blank);
    this.hf.setCellContents({ sheet: sheet.id, row: from - 1 + by, col: left - 1 }, contents);
  }

  /** A new chart id, as Excel gives one ("{…}"). */
  newChartId(): string {
    return `{sim-chart-${this.nextChartId++}}`;
  }

  /** The user clicks a sheet tab: the sheet becomes active and activation handlers run. */
  userActivates(sheetName: string): void {
    this.selection = null;
    this.activate(sheetName);
    this.onChange?.();
  }

  /** A sheet becomes the active one (a tab clicked, Worksheet.activate): onActivated is raised. */
  activate(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    if (this.activeSheet === sheet.name) return;
    this.activeSheet = sheet.name;
    this.emit({ type: "activated", worksheetId: sheet.uid });
  }

  isSetSupported(name: string, version?: string): boolean {
    return name === "ExcelApi" && supportsExcelApi(version, this.excelApiMinor);
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name) !== undefined)
      throw new SimulatedError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const hfName = this.hf.addSheet(name);
    const id = this.hf.getSheetId(hfName);
    if (id === undefined) throw new Error(`HyperFormula did not create sheet ${name}`);
    const sheet: SheetModel = {
      id,
      uid: `{sim-sheet-${this.nextSheetUid++}}`,
      name,
      formats: new Map(),
      bold: new Set(),
      italic: new Set(),
      fontColors: new Map(),
      fills: new Map(),
      columnWidths: new Map(),
      names: [],
      charts: [],
      merged: [],
    };
    this.sheets.push(sheet);
    if (this.activeSheet === "") this.activeSheet = name;
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet by its name or its Worksheet.id, as WorksheetCollection.getItem takes either. */
  findSheetByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.uid === key) ?? this.findSheet(key);
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (sheet === undefined) throw new SimulatedError("ItemNotFound", `There is no sheet named '${name}'.`);
    return sheet;
  }

  /** What a user types into a cell: numbers, text, "=formulas"; "" clears. Raises onChanged. */
  setInput(sheetName: string, address: string, content: string | number | boolean | null): void {
    this.typeInto(sheetName, address, content, "Local");
  }

  /** A co-author's edit arriving from Excel on the web's session: the cell changes, onChanged says "Remote". */
  coauthorEdits(sheetName: string, address: string, content: string | number | boolean | null): void {
    this.typeInto(sheetName, address, content, "Remote");
  }

  /**
   * The user picks a value from a cell's data-validation list: the cell changes, and Excel raises no
   * onChanged for it — on Windows desktop (office-js issue 420) and on the web (issue 4066, in backlog in
   * 2024); applied on every host, the records do not exempt one. The pane learns of such a change only by
   * reading the sheet, which it does before every write.
   */
  userPicksFromList(sheetName: string, address: string, value: string | number): void {
    const sheet = this.sheet(sheetName);
    const { first } = parseArea(address);
    this.writeCell(sheet, first.row, first.col, value);
  }

  private typeInto(
    sheetName: string,
    address: string,
    content: string | number | boolean | null,
    source: "Local" | "Remote",
  ) {
    const sheet = this.sheet(sheetName);
    const { first } = parseArea(address);
    this.writeCell(sheet, first.row, first.col, content);
    this.emit({
      type: "changed",
      worksheetId: sheet.uid,
      address: cellAddress(first.row, first.col),
      source,
      changeType: "RangeEdited",
    });
  }

  emit(event: WorkbookEvent): void {
    for (const listener of [...this.eventListeners]) listener(event);
  }

  /** Cells an API request changed, by sheet; raised as one onChanged per sheet when the request ends. */
  private readonly changedByRequest = new Map<SheetModel, AreaRef>();

  noteChange(sheet: SheetModel, area: AreaRef): void {
    const known = this.changedByRequest.get(sheet);
    this.changedByRequest.set(
      sheet,
      known === undefined
        ? area
        : {
            first: { row: Math.min(known.first.row, area.first.row), col: Math.min(known.first.col, area.first.col) },
            last: { row: Math.max(known.last.row, area.last.row), col: Math.max(known.last.col, area.last.col) },
          },
    );
  }

  /** Raises the onChanged events of the request that just ended. */
  flushChanges(): void {
    const changes = [...this.changedByRequest];
    this.changedByRequest.clear();
    for (const [sheet, area] of changes) {
      if (!this.sheets.includes(sheet)) continue;
      const address =
        area.first.row === area.last.row && area.first.col === area.last.col
          ? cellAddress(area.first.row, area.first.col)
          : `${cellAddress(area.first.row, area.first.col)}:${cellAddress(area.last.row, area.last.col)}`;
      this.emit({ type: "changed", worksheetId: sheet.uid, address, source: "Local", changeType: "RangeEdited" });
    }
  }

  /**
   * A sheet-scoped name as HyperFormula sees it. Excel lets a formula on another sheet use a sheet's own
   * name as 'Sheet'!Name; HyperFormula cannot, so each sheet-scoped name is mirrored as a global named
   * expression keyed by the sheet's id (which survives a rename), and formulas are translated both ways.
   */
  private mirrorName(sheet: SheetModel, name: string): string {
    return `_S${sheet.id}_${name}`;
  }

  /** Points a name's mirror at its formula (tests may have put the name in sheet.names directly). */
  private setMirror(sheet: SheetModel, name: NameModel): void {
    const mirror = this.mirrorName(sheet, name.name);
    if (this.hf.isItPossibleToChangeNamedExpression(mirror, name.formula))
      this.hf.changeNamedExpression(mirror, name.formula);
    else this.hf.addNamedExpression(mirror, name.formula);
  }

  /** Adds a sheet-scoped name (`formula` "='Sheet'!$B$12"). */
  addSheetName(sheet: SheetModel, name: string, formula: string): NameModel {
    const model = { name, formula };
    sheet.names.push(model);
    this.setMirror(sheet, model);
    return model;
  }

  deleteSheetName(sheet: SheetModel, model: NameModel): void {
    sheet.names.splice(sheet.names.indexOf(model), 1);
    // Formulas that used it show #NAME?, as in Excel.
    this.hf.removeNamedExpression(this.mirrorName(sheet, model.name));
  }

  /** Worksheet.name = ...: formulas elsewhere follow the sheet, as in Excel. */
  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.findSheet(name);
    if (other !== undefined && other !== sheet)
      throw new SimulatedError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name) || name.trim() === "")
      throw new SimulatedError("InvalidArgument", `'${name}' is not a valid sheet name.`);
    if (this.activeSheet === sheet.name) this.activeSheet = name;
    this.hf.renameSheet(sheet.id, name);
    sheet.name = name;
    for (const n of sheet.names) n.formula = n.formula.replace(/^=.*!/, `=${quoteSheetName(name)}!`);
  }

  /**
   * Worksheet.delete(): the sheet, its names, charts and tables go; formulas elsewhere that pointed at it
   * show #REF!. Excel refuses to delete the last visible sheet.
   */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1)
      throw new SimulatedError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    for (const name of [...sheet.names]) {
      sheet.names.splice(sheet.names.indexOf(name), 1);
      this.hf.changeNamedExpression(this.mirrorName(sheet, name.name), "=#REF!");
    }
    const kept = this.tables.filter((table) => table.sheet !== sheet);
    this.tables.splice(0, this.tables.length, ...kept);
    this.hf.removeSheet(sheet.id);
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    const next = this.sheets[Math.max(0, index - 1)];
    // Excel activates a neighbour of the deleted active sheet, and says so (onActivated).
    if (this.activeSheet === sheet.name && next !== undefined) {
      this.activeSheet = "";
      this.activate(next.name);
    }
  }

  /** Worksheet.position = n (0-based): the sheet moves, the others close up. */
  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw new SimulatedError("InvalidArgument", `There is no position ${position}.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** 'Sheet'!Name (a name scoped to that sheet) in a formula becomes the mirror HyperFormula knows. */
  private toEngine(formula: string): string {
    return formula.replace(
      /('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!$:])/g,
      (whole, quoted: string, name: string) => {
        const sheetName = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
        const sheet = this.findSheet(sheetName);
        if (sheet === undefined) return whole;
        const own = sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return own === undefined ? whole : this.mirrorName(sheet, own.name);
      },
    );
  }

  /**
   * The mirror back to 'Sheet'!Name, under the sheet's name now; a reference to a sheet that is gone
   * reads as Excel shows it: #REF!Name, #REF!$B$2.
   */
  private fromEngine(formula: string): string {
    return formula
      .replace(/\b_S(\d+)_([A-Za-z_][A-Za-z0-9_.]*)/g, (_whole, id: string, name: string) => {
        const sheet = this.sheets.find((s) => s.id === Number(id));
        return sheet === undefined ? "#REF!" : `${quoteSheetName(sheet.name)}!${name}`;
      })
      .replace(/(?<![#A-Za-z0-9_.])('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/g, (whole, quoted: string) => {
        const sheetName = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
        return this.findSheet(sheetName) === undefined ? "#REF!" : whole;
      });
  }

  /**
   * Writes one cell as Excel takes a value written through the API: a string is read as typed input
   * (typed-input.ts) — a number, a date, a boolean, a formula or text — and a cell of General format
   * gets the number format Excel gives such an entry ("50%" is 0.5 shown as 0%).
   */
  writeCell(sheet: SheetModel, row: number, col: number, content: unknown): void {
    const at = { sheet: sheet.id, row: row - 1, col: col - 1 };
    const address = cellAddress(row, col);
    let stored: string | number | boolean | null;
    if (content === "" || content === null || content === undefined) stored = null;
    else if (typeof content === "number" || typeof content === "boolean") stored = content;
    else if (typeof content === "string") {
      const entry = typedEntry(content, {
        textFormat: sheet.formats.get(address) === "@",
        year: this.today().getFullYear(),
      });
      switch (entry.kind) {
        case "empty":
          stored = null;
          break;
        case "boolean":
          stored = entry.value;
          break;
        case "number":
          stored = entry.value;
          if (entry.numberFormat !== null && !sheet.formats.has(address))
            sheet.formats.set(address, entry.numberFormat);
          break;
        case "formula":
          stored = this.toEngine(entry.formula);
          // Excel refuses an entry it cannot read as a formula ("There's a problem with this formula"):
          // the API call fails with InvalidArgument.
          if (entry.lotus && !this.hf.validateFormula(stored))
            throw new SimulatedError("InvalidArgument", `Excel cannot read ${JSON.stringify(content)} as a formula.`);
          break;
        case "text":
          // Kept as text in the engine too, which would otherwise read some texts as numbers itself.
          stored = `'${entry.text}`;
          break;
      }
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
    if (typeof raw === "string" && raw.startsWith("=")) return this.fromEngine(raw);
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

  /**
   * Inserts (count > 0) or deletes (count < 0) whole rows at `row`, shifting cells, their formats,
   * names, and the charts' references and places (charts move and size with cells: Excel's default).
   */
  shiftRows(sheet: SheetModel, row: number, count: number): void {
    if (count > 0) this.hf.addRows(sheet.id, [row - 1, count]);
    else this.hf.removeRows(sheet.id, [row - 1, -count]);
    const newRowOf = (address: string): string | null => {
      const { first } = parseArea(address);
      if (count < 0 && first.row >= row && first.row < row - count) return null;
      return cellAddress(first.row >= row ? first.row + count : first.row, first.col);
    };
    shiftKeys(sheet.formats, newRowOf);
    shiftKeys(sheet.fontColors, newRowOf);
    shiftKeys(sheet.fills, newRowOf);
    for (const set of [sheet.bold, sheet.italic]) {
      const moved = [...set].map(newRowOf).filter((a): a is string => a !== null);
      set.clear();
      for (const address of moved) set.add(address);
    }
    // Merged areas below move with their rows; one whose rows are deleted is gone.
    sheet.merged = sheet.merged
      .filter((area) => !(count < 0 && area.first.row >= row && area.last.row < row - count))
      .map((area) =>
        area.first.row >= row
          ? {
              first: { ...area.first, row: area.first.row + count },
              last: { ...area.last, row: area.last.row + count },
            }
          : area,
      );
    const shiftRef = (ref: string) =>
      ref.replace(/\$([A-Z]+)\$(\d+)/g, (_m, col: string, r: string) => {
        const n = Number(r);
        return `$${col}$${n >= row ? Math.max(row, n + count) : n}`;
      });
    for (const name of sheet.names) {
      name.formula = shiftRef(name.formula);
      this.setMirror(sheet, name);
    }
    for (const chart of sheet.charts) {
      chart.categories = shiftRef(chart.categories);
      for (const series of chart.series) {
        series.values = shiftRef(series.values);
        if (series.xValues !== undefined) series.xValues = shiftRef(series.xValues);
      }
    }
    moveChartsWithRows(sheet, row, count);
  }

  /** Range.format.columnWidth = points (the user dragging a column's edge, or the API): charts move with it. */
  setColumnWidth(sheet: SheetModel, col: number, points: number): void {
    if (!Number.isFinite(points) || points < 0)
      throw new SimulatedError("InvalidArgument", `A column width of ${points} is not valid.`);
    const before = columnWidthOf(sheet, col);
    if (points === STANDARD_COLUMN_WIDTH) sheet.columnWidths.delete(col);
    else sheet.columnWidths.set(col, points);
    moveChartsWithColumn(sheet, col, before, points);
  }

  /** "'Funnel 2'!$A$4:$A$9" */
  absolute(sheet: SheetModel, area: AreaRef): string {
    return absoluteReference(sheet.name, area);
  }

  /**
   * Every cell's formula or constant, number format, font and fill, column widths, names, charts (ids,
   * places, sizes and titles included) and settings, for "nothing changed" comparisons. `chartIds`
   * false leaves the ids out, to compare with another workbook, whose charts Excel numbered itself.
   */
  fingerprint(options: { chartIds?: boolean } = {}): string {
    const sorted = <T>(entries: Iterable<T>) => [...entries].sort();
    const sheets = this.sheets.map((sheet) => ({
      name: sheet.name,
      cells: this.hf.getSheetSerialized(sheet.id),
      formats: sorted(sheet.formats.entries()),
      bold: sorted(sheet.bold),
      italic: sorted(sheet.italic),
      fontColors: sorted(sheet.fontColors.entries()),
      fills: sorted(sheet.fills.entries()),
      columnWidths: sorted(sheet.columnWidths.entries()),
      names: sheet.names.map((n) => `${n.name}=${n.formula}`).sort(),
      charts: sheet.charts.map((c) => JSON.stringify(options.chartIds === false ? { ...c, id: undefined } : c)),
    }));
    return JSON.stringify({
      sheets,
      active: this.activeSheet,
      settings: [...this.settings.entries()],
      workbookNames: this.workbookNames.map((n) => `${n.name}=${n.formula}`).sort(),
    });
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
