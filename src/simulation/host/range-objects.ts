/** The host side of Range, RangeFormat, RangeFont and RangeAreas. */
import { cellAddress, columnNumber, type AreaRef } from "../../sheet/a1";
import { MAX_COLUMNS, MAX_ROWS, SimulatedError, type SheetModel } from "../workbook-model";
import { autofitWidth, columnWidthOf } from "../sheet-geometry";
import { HostObject, invalidArgument, objectArg, type HostEnv } from "./host-object";

/** "A1", "A1:B2", "A:I", "3:5", with an optional "Sheet!" prefix. */
export function parseRangeAddress(address: string): AreaRef {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  const parse = (part: string, end: boolean) => {
    const match = /^([A-Z]*)(\d*)$/.exec(part);
    if (match === null || (match[1] === "" && match[2] === ""))
      throw new SimulatedError("InvalidArgument", `Bad address ${address}`);
    const col = match[1] === "" ? (end ? MAX_COLUMNS : 1) : columnNumber(match[1] ?? "");
    const row = match[2] === "" ? (end ? MAX_ROWS : 1) : Number(match[2]);
    if (row < 1 || row > MAX_ROWS || col < 1 || col > MAX_COLUMNS)
      throw new SimulatedError("InvalidArgument", `Bad address ${address}`);
    return { row, col };
  };
  const first = parse(parts[0] ?? "", false);
  const last = parts[1] === undefined ? parse(parts[0] ?? "", true) : parse(parts[1], true);
  if (parts[1] === undefined && /\d/.test(parts[0] ?? "") && /[A-Z]/.test(parts[0] ?? ""))
    return { first, last: first };
  return { first, last };
}

/** The most merged areas Range.getMergedAreasOrNullObject returns (see mergedAreas). */
export const MAX_MERGED_AREAS = 512;

/** Cells one load may return before the host refuses it (a whole sheet's values are never sent). */
const MAX_LOADED_CELLS = 5_000_000;

export class RangeObject extends HostObject {
  readonly wireClass = "Range";
  override readonly scalars = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ];

  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    readonly area: AreaRef,
  ) {
    super(env);
  }

  private grid<V>(cell: (row: number, col: number) => V): V[][] {
    const { first, last } = this.area;
    if ((last.row - first.row + 1) * (last.col - first.col + 1) > MAX_LOADED_CELLS)
      throw new SimulatedError("ResponsePayloadSizeLimitExceeded", "The range is too large to load.");
    const rows: V[][] = [];
    for (let row = first.row; row <= last.row; row++) {
      const line: V[] = [];
      for (let col = first.col; col <= last.col; col++) line.push(cell(row, col));
      rows.push(line);
    }
    return rows;
  }

  private get height(): number {
    return this.area.last.row - this.area.first.row + 1;
  }

  private get width(): number {
    return this.area.last.col - this.area.first.col + 1;
  }

  override read(property: string): unknown {
    const wb = this.workbook;
    const { first } = this.area;
    switch (property) {
      case "values":
        return this.grid((r, c) => wb.valueAt(this.sheet, r, c));
      case "formulas":
        return this.grid((r, c) => wb.formulaAt(this.sheet, r, c));
      case "numberFormat":
        return this.grid((r, c) => wb.numberFormatAt(this.sheet, r, c));
      case "address":
        return wb.absolute(this.sheet, this.area).replace(/\$/g, "");
      case "rowIndex":
        return first.row - 1;
      case "columnIndex":
        return first.col - 1;
      case "rowCount":
        return this.height;
      case "columnCount":
        return this.width;
      default:
        return super.read(property);
    }
  }

  override write(property: string, value: unknown): void {
    if (property !== "values" && property !== "formulas" && property !== "numberFormat") {
      super.write(property, value);
      return;
    }
    const rows = value;
    if (
      !Array.isArray(rows) ||
      rows.length !== this.height ||
      rows.some((r) => !Array.isArray(r) || r.length !== this.width)
    )
      throw invalidArgument(
        `The ${property} array does not match the size of the range (${this.height}×${this.width}).`,
      );
    if (property !== "numberFormat") this.workbook.noteChange(this.sheet, this.area);
    (rows as unknown[][]).forEach((line, i) => {
      line.forEach((content, j) => {
        const row = this.area.first.row + i;
        const col = this.area.first.col + j;
        if (property === "numberFormat") {
          const key = cellAddress(row, col);
          if (content === "General" || content === "" || content === null) this.sheet.formats.delete(key);
          else this.sheet.formats.set(key, typeof content === "string" ? content : JSON.stringify(content));
        } else {
          this.workbook.writeCell(this.sheet, row, col, content);
        }
      });
    });
  }

  override navigate(property: string): HostObject | null {
    if (property === "format") return new RangeFormatObject(this);
    if (property === "worksheet") return null;
    return super.navigate(property);
  }

  private sub(area: AreaRef): RangeObject {
    if (area.first.row < 1 || area.first.col < 1 || area.last.row > MAX_ROWS || area.last.col > MAX_COLUMNS)
      throw invalidArgument("The range would lie outside the sheet.");
    return new RangeObject(this.env, this.sheet, area);
  }

  override call(method: string, args: unknown[]): unknown {
    const { first, last } = this.area;
    switch (method) {
      case "clear":
        this.clear(typeof args[0] === "string" ? args[0] : "All");
        return null;
      case "merge":
        this.merge(args[0] === true);
        return null;
      case "getMergedAreasOrNullObject":
        return this.mergedAreas();
      case "insert":
        if (args[0] !== "Down") throw notSimulatedShift("insert", args[0]);
        this.workbook.shiftRows(this.sheet, first.row, this.height);
        return this;
      case "delete":
        if (args[0] !== "Up") throw notSimulatedShift("delete", args[0]);
        this.workbook.shiftRows(this.sheet, first.row, -this.height);
        return null;
      case "getUsedRangeOrNullObject":
      case "getUsedRange": {
        const used = this.workbook.usedArea(this.sheet, this.area);
        if (used === null && method === "getUsedRange") return this.sub({ first, last: first });
        return used === null ? null : this.sub(used);
      }
      case "getCell":
        return this.sub({
          first: { row: first.row + Number(args[0]), col: first.col + Number(args[1]) },
          last: { row: first.row + Number(args[0]), col: first.col + Number(args[1]) },
        });
      case "getRow":
        return this.sub({
          first: { row: first.row + Number(args[0]), col: first.col },
          last: { row: first.row + Number(args[0]), col: last.col },
        });
      case "getColumn":
        return this.sub({
          first: { row: first.row, col: first.col + Number(args[0]) },
          last: { row: last.row, col: first.col + Number(args[0]) },
        });
      case "getBoundingRect": {
        const other = objectArg(args, 0, RangeObject);
        if (other.sheet !== this.sheet) throw invalidArgument("The ranges are on different sheets.");
        return this.sub({
          first: { row: Math.min(first.row, other.area.first.row), col: Math.min(first.col, other.area.first.col) },
          last: { row: Math.max(last.row, other.area.last.row), col: Math.max(last.col, other.area.last.col) },
        });
      }
      case "getResizedRange":
        return this.sub({ first, last: { row: last.row + Number(args[0]), col: last.col + Number(args[1]) } });
      case "getOffsetRange": {
        const [down, right] = [Number(args[0]), Number(args[1])];
        return this.sub({
          first: { row: first.row + down, col: first.col + right },
          last: { row: last.row + down, col: last.col + right },
        });
      }
      case "_ValidateArraySize":
        // The client's chunked write (over 1,500 cells) announces the whole array's size first.
        if (Number(args[0]) !== this.height || Number(args[1]) !== this.width)
          throw invalidArgument(
            `The array (${String(args[0])}×${String(args[1])}) does not match the range (${this.height}×${this.width}).`,
          );
        return null;
      default:
        return super.call(method, args);
    }
  }

  private clear(applyTo: string): void {
    const { first, last } = this.area;
    if (applyTo !== "Formats") this.workbook.noteChange(this.sheet, this.area);
    for (let row = first.row; row <= last.row; row++) {
      for (let col = first.col; col <= last.col; col++) {
        if (applyTo !== "Formats") this.workbook.writeCell(this.sheet, row, col, null);
        if (applyTo !== "Contents") clearFormats(this.sheet, cellAddress(row, col));
      }
    }
  }

  /** Home › Merge & Center (`across`: each row on its own): only the top-left cell keeps its content. */
  private merge(across: boolean): void {
    const { first, last } = this.area;
    const tops = across ? Array.from({ length: this.height }, (_, i) => first.row + i) : [first.row];
    for (const top of tops) {
      const area = { first: { row: top, col: first.col }, last: { row: across ? top : last.row, col: last.col } };
      for (let row = area.first.row; row <= area.last.row; row++)
        for (let col = area.first.col; col <= area.last.col; col++)
          if (row !== area.first.row || col !== area.first.col) this.workbook.writeCell(this.sheet, row, col, null);
      this.sheet.merged.push(area);
    }
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in this range — an area that only reaches
   * into it is left out, by design (office-js issue 3611) — or a null object where there is none. With
   * more than 512 merged areas in the range the method fails (Range.getMergedAreasOrNullObject in the
   * Office.js reference: "if the merged areas count in this range is more than 512, then this method
   * will fail to return the result"). The reference names no error code, so none is promised here;
   * every area that meets the range is counted, the stricter reading.
   */
  private mergedAreas(): RangeAreasObject | null {
    const { first, last } = this.area;
    const meeting = this.sheet.merged.filter(
      (a) => a.last.row >= first.row && a.first.row <= last.row && a.last.col >= first.col && a.first.col <= last.col,
    );
    if (meeting.length > MAX_MERGED_AREAS)
      throw new SimulatedError(
        "GeneralException",
        `The range holds ${meeting.length} merged areas; getMergedAreasOrNullObject returns at most ${MAX_MERGED_AREAS}.`,
      );
    const starting = meeting.filter((a) => a.first.row >= first.row && a.first.col >= first.col);
    return starting.length === 0 ? null : new RangeAreasObject(this.env, this.sheet, starting);
  }

  eachCell(visit: (row: number, col: number) => void): void {
    for (let row = this.area.first.row; row <= this.area.last.row; row++)
      for (let col = this.area.first.col; col <= this.area.last.col; col++) visit(row, col);
  }
}

function notSimulatedShift(method: string, shift: unknown): SimulatedError {
  return new SimulatedError(
    "NotImplemented",
    `Range.${method}(${JSON.stringify(shift)}) is not simulated; only whole rows are.`,
  );
}

export class RangeAreasObject extends HostObject {
  readonly wireClass = "RangeAreas";
  override readonly scalars = ["address", "areaCount"];

  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    readonly areas: AreaRef[],
  ) {
    super(env);
  }

  override read(property: string): unknown {
    if (property === "address")
      return this.areas.map((area) => this.workbook.absolute(this.sheet, area).replace(/\$/g, "")).join(", ");
    if (property === "areaCount") return this.areas.length;
    return super.read(property);
  }
}

/** A cell's number format, font and fill go back to Excel's defaults (Range.clear "Formats" or "All"). */
function clearFormats(sheet: SheetModel, address: string): void {
  sheet.formats.delete(address);
  sheet.bold.delete(address);
  sheet.italic.delete(address);
  sheet.fontColors.delete(address);
  sheet.fills.delete(address);
}

/** What a range's cells have in common: the value, or null where they differ (Excel's reading of a mixed range). */
function common<V>(range: RangeObject, each: (row: number, col: number) => V): V | null {
  const seen = new Set<V>();
  range.eachCell((row, col) => seen.add(each(row, col)));
  return seen.size === 1 ? ([...seen][0] as V) : null;
}

export class RangeFormatObject extends HostObject {
  readonly wireClass = "RangeFormat";
  override readonly scalars = ["columnWidth"];

  constructor(readonly range: RangeObject) {
    super(range.env);
  }

  private columns(): number[] {
    const { first, last } = this.range.area;
    return Array.from({ length: last.col - first.col + 1 }, (_, i) => first.col + i);
  }

  override read(property: string): unknown {
    if (property !== "columnWidth") return super.read(property);
    const widths = new Set(this.columns().map((col) => columnWidthOf(this.range.sheet, col)));
    return widths.size === 1 ? [...widths][0] : null;
  }

  override write(property: string, value: unknown): void {
    if (property !== "columnWidth") {
      super.write(property, value);
      return;
    }
    for (const col of this.columns()) this.workbook.setColumnWidth(this.range.sheet, col, Number(value));
  }

  override navigate(property: string): HostObject | null {
    if (property === "font") return new RangeFontObject(this.range);
    if (property === "fill") return new RangeFillObject(this.range);
    return super.navigate(property);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "autofitRows") return null; // row heights are not modelled (sheet-geometry.ts)
    if (method !== "autofitColumns") return super.call(method, args);
    const { sheet, area } = this.range;
    const used = this.workbook.usedArea(sheet, {
      first: { row: 1, col: area.first.col },
      last: { row: MAX_ROWS, col: area.last.col },
    });
    for (const col of this.columns()) {
      const texts: string[] = [];
      for (let row = used?.first.row ?? 1; row <= (used?.last.row ?? 0); row++) {
        const shown = this.workbook.valueAt(sheet, row, col);
        if (shown !== "") texts.push(String(shown));
      }
      this.workbook.setColumnWidth(sheet, col, autofitWidth(texts));
    }
    return null;
  }
}

export class RangeFontObject extends HostObject {
  readonly wireClass = "RangeFont";
  override readonly scalars = ["bold", "italic", "color"];

  constructor(readonly range: RangeObject) {
    super(range.env);
  }

  override read(property: string): unknown {
    const sheet = this.range.sheet;
    switch (property) {
      // Excel reads a property the range's cells do not share as null.
      case "bold":
        return common(this.range, (row, col) => sheet.bold.has(cellAddress(row, col)));
      case "italic":
        return common(this.range, (row, col) => sheet.italic.has(cellAddress(row, col)));
      case "color":
        return common(this.range, (row, col) => sheet.fontColors.get(cellAddress(row, col)) ?? "#000000");
      default:
        return super.read(property);
    }
  }

  override write(property: string, value: unknown): void {
    const sheet = this.range.sheet;
    const flags = property === "bold" ? sheet.bold : property === "italic" ? sheet.italic : null;
    if (flags !== null) {
      this.range.eachCell((row, col) => {
        if (value === true) flags.add(cellAddress(row, col));
        else flags.delete(cellAddress(row, col));
      });
    } else if (property === "color") {
      this.range.eachCell((row, col) => sheet.fontColors.set(cellAddress(row, col), String(value)));
    } else super.write(property, value);
  }
}

export class RangeFillObject extends HostObject {
  readonly wireClass = "RangeFill";
  override readonly scalars = ["color"];

  constructor(readonly range: RangeObject) {
    super(range.env);
  }

  override read(property: string): unknown {
    if (property !== "color") return super.read(property);
    // No fill reads as white, as in Excel.
    return common(this.range, (row, col) => this.range.sheet.fills.get(cellAddress(row, col)) ?? "#FFFFFF");
  }

  override write(property: string, value: unknown): void {
    if (property !== "color") {
      super.write(property, value);
      return;
    }
    this.range.eachCell((row, col) => this.range.sheet.fills.set(cellAddress(row, col), String(value)));
  }

  override call(method: string, args: unknown[]): unknown {
    if (method !== "clear") return super.call(method, args);
    this.range.eachCell((row, col) => this.range.sheet.fills.delete(cellAddress(row, col)));
    return null;
  }
}
