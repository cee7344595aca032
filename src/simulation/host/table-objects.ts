/**
 * The host side of Excel tables, as far as the add-in uses them: made from a range with headers, found
 * by name, rows appended and deleted, their header and body read. A table's cells are ordinary cells of
 * its sheet. The rows of one TableRowCollection.add must match the table's width, as in Excel.
 */
import { sheetOfReference } from "../../sheet/a1";
import { SimulatedError, type SheetModel, type TableModel } from "../workbook-model";
import { HostCollection, HostObject, stringArg, type HostEnv } from "./host-object";
import { RangeObject, parseRangeAddress } from "./range-objects";

export class TableCollectionObject extends HostCollection {
  readonly wireClass = "TableCollection";

  constructor(
    env: HostEnv,
    /** The sheet of a worksheet's collection; null for the workbook's. */
    readonly sheet: SheetModel | null,
  ) {
    super(env);
  }

  private tables(): TableModel[] {
    return this.workbook.tables.filter((t) => this.sheet === null || t.sheet === this.sheet);
  }

  override list(): HostObject[] {
    return this.tables().map((table) => new TableObject(this.env, table));
  }

  private find(name: string): TableObject | null {
    const table =
      this.tables().find((t) => t.id === name) ??
      this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
    return table === undefined ? null : new TableObject(this.env, table);
  }

  override index(args: unknown[]): HostObject | null {
    return this.call("getItem", args) as HostObject;
  }

  override call(method: string, args: unknown[]): unknown {
    switch (method) {
      case "add":
        return this.add(stringArg(args, 0, "The table's address"), args[1] === true);
      case "getItemOrNullObject":
        return this.find(stringArg(args, 0, "The table's name"));
      case "getItem": {
        const found = this.find(stringArg(args, 0, "The table's name"));
        if (found === null) throw new SimulatedError("ItemNotFound", `There is no table named '${String(args[0])}'.`);
        return found;
      }
      default:
        return super.call(method, args);
    }
  }

  private add(address: string, hasHeaders: boolean): TableObject {
    const wb = this.workbook;
    const sheet = this.sheet ?? wb.sheet(sheetOfReference(address) || wb.activeSheet);
    if (!hasHeaders) throw new SimulatedError("NotImplemented", "Tables without headers are not simulated.");
    const area = parseRangeAddress(address);
    const dataRows = area.last.row - area.first.row;
    let n = 1;
    while (wb.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: TableModel = {
      name: `Table${n}`,
      id: `{sim-table-${wb.tables.length + 1}-${n}}`,
      sheet,
      top: area.first.row,
      left: area.first.col,
      columns: area.last.col - area.first.col + 1,
      dataRows: Math.max(1, dataRows),
      // Made from a header row alone: Excel gives it one blank data row, which the first add fills.
      blankRow: dataRows === 0,
    };
    wb.tables.push(table);
    return new TableObject(this.env, table);
  }
}

export class TableObject extends HostObject {
  readonly wireClass = "Table";
  override readonly scalars = ["name", "id"];

  constructor(
    env: HostEnv,
    readonly table: TableModel,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    if (property === "name") return this.table.name;
    if (property === "id") return this.table.id ?? this.table.name;
    return super.read(property);
  }

  override write(property: string, value: unknown): void {
    if (property !== "name") {
      super.write(property, value);
      return;
    }
    const name = String(value);
    if (this.workbook.tables.some((t) => t !== this.table && t.name.toLowerCase() === name.toLowerCase()))
      throw new SimulatedError("InvalidArgument", `A table named '${name}' already exists.`);
    this.table.name = name;
  }

  override navigate(property: string): HostObject | null {
    if (property === "rows") return new TableRowCollectionObject(this.env, this.table);
    if (property === "worksheet") return this.env.worksheet(this.table.sheet);
    return super.navigate(property);
  }

  private rows(first: number, last: number): RangeObject {
    const { table } = this;
    return new RangeObject(this.env, table.sheet, {
      first: { row: first, col: table.left },
      last: { row: last, col: table.left + table.columns - 1 },
    });
  }

  override call(method: string, args: unknown[]): unknown {
    const { table } = this;
    if (method === "getHeaderRowRange") return this.rows(table.top, table.top);
    if (method === "getDataBodyRange") return this.rows(table.top + 1, table.top + table.dataRows);
    if (method === "getRange") return this.rows(table.top, table.top + table.dataRows);
    if (method === "delete") {
      this.workbook.tables.splice(this.workbook.tables.indexOf(table), 1);
      return null;
    }
    return super.call(method, args);
  }
}

class TableRowCollectionObject extends HostCollection {
  readonly wireClass = "TableRowCollection";

  constructor(
    env: HostEnv,
    readonly table: TableModel,
  ) {
    super(env);
  }

  override list(): HostObject[] {
    return Array.from({ length: this.table.dataRows }, (_, i) => new TableRowObject(this.env, this.table, i));
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "getItemAt") return new TableRowObject(this.env, this.table, Number(args[0]));
    if (method === "add") {
      this.add(args[0], args[1]);
      return new TableRowObject(this.env, this.table, this.table.dataRows - 1);
    }
    return super.call(method, args);
  }

  private add(index: unknown, values: unknown): void {
    const { table } = this;
    const wb = this.workbook;
    const rows = (Array.isArray(values) ? values : [[]]) as unknown[][];
    if (index !== null && index !== undefined && index !== table.dataRows)
      throw new SimulatedError("NotImplemented", "Only appending rows at the end of a table is simulated.");
    if (rows.some((row) => !Array.isArray(row) || row.length !== table.columns))
      throw new SimulatedError("InvalidArgument", "The number of values does not match the table's columns.");
    const fillBlank = table.blankRow ? 1 : 0;
    const added = rows.length - fillBlank;
    const firstNew = table.top + 1 + table.dataRows - fillBlank;
    // Rows below the table move down to make room, in the table's columns only.
    if (added > 0) wb.shiftColumnCells(table.sheet, table.left, table.columns, table.top + 1 + table.dataRows, added);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        // A row's values are read as typed input, as a range's (TableRow.values in the Office.js reference).
        wb.writeCell(table.sheet, firstNew + r, table.left + c, value);
      });
    });
    table.dataRows += added;
    table.blankRow = false;
  }
}

class TableRowObject extends HostObject {
  readonly wireClass = "TableRow";
  override readonly scalars = ["index", "values"];

  constructor(
    env: HostEnv,
    readonly table: TableModel,
    readonly rowIndex: number,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    if (property === "index") return this.rowIndex;
    return super.read(property);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method !== "delete") return super.call(method, args);
    const { table } = this;
    const wb = this.workbook;
    if (this.rowIndex < 0 || this.rowIndex >= table.dataRows)
      throw new SimulatedError("ItemNotFound", `The table has no row ${this.rowIndex}.`);
    const row = table.top + 1 + this.rowIndex;
    // The row's cells go; the rows below move up, in the table's columns only. A table keeps at least
    // one (then blank) data row.
    const blank = [Array.from({ length: table.columns }, () => null)];
    wb.hf.setCellContents({ sheet: table.sheet.id, row: row - 1, col: table.left - 1 }, blank);
    if (table.dataRows === 1) {
      table.blankRow = true;
      return null;
    }
    wb.shiftColumnCells(table.sheet, table.left, table.columns, row + 1, -1);
    table.dataRows -= 1;
    return null;
  }
}
