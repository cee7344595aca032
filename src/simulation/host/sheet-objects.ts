/** The host side of Workbook, WorksheetCollection, Worksheet and the workbook's settings. */
import { SimulatedError, type SheetModel } from "../workbook-model";
import { ChartCollectionObject } from "./chart-objects";
import { HostCollection, HostObject, stringArg, type HostEnv } from "./host-object";
import { SheetNamesObject, WorkbookNamesObject } from "./name-objects";
import { RangeObject, parseRangeAddress } from "./range-objects";
import { TableCollectionObject } from "./table-objects";

export class WorkbookObject extends HostObject {
  readonly wireClass = "Workbook";

  override navigate(property: string): HostObject | null {
    switch (property) {
      case "worksheets":
        return new WorksheetCollectionObject(this.env);
      case "settings":
        return new SettingCollectionObject(this.env);
      case "tables":
        return new TableCollectionObject(this.env, null);
      case "names":
        return new WorkbookNamesObject(this.env);
      default:
        return super.navigate(property);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "getSelectedRange") return this.selectedRange();
    return super.call(method, args);
  }

  /**
   * InvalidSelection with a chart, a shape or several areas selected (office-js issues 2268 and 8;
   * office-js-docs-pr issue 2477).
   */
  private selectedRange(): RangeObject {
    const wb = this.workbook;
    const selection = wb.selection ?? { sheet: wb.activeSheet, address: "A1" };
    if (selection.kind === "chart" || selection.kind === "areas" || selection.address.includes(","))
      throw new SimulatedError("InvalidSelection", "The current selection is invalid for this operation.");
    return new RangeObject(this.env, wb.sheet(selection.sheet), parseRangeAddress(selection.address));
  }
}

export class WorksheetCollectionObject extends HostCollection {
  readonly wireClass = "WorksheetCollection";

  override list(): HostObject[] {
    return this.workbook.sheets.map((sheet) => new WorksheetObject(this.env, sheet));
  }

  override index(args: unknown[]): HostObject | null {
    return this.item(stringArg(args, 0, "The sheet's name or id"));
  }

  private item(key: string): WorksheetObject {
    const sheet = this.workbook.findSheetByKey(key);
    if (sheet === undefined) throw new SimulatedError("ItemNotFound", `There is no sheet '${key}'.`);
    return new WorksheetObject(this.env, sheet);
  }

  override call(method: string, args: unknown[]): unknown {
    const wb = this.workbook;
    switch (method) {
      case "getActiveWorksheet":
        return new WorksheetObject(this.env, wb.sheet(wb.activeSheet));
      case "getItem":
        return this.item(stringArg(args, 0, "The sheet's name or id"));
      case "getItemOrNullObject": {
        const sheet = wb.findSheetByKey(stringArg(args, 0, "The sheet's name or id"));
        return sheet === undefined ? null : new WorksheetObject(this.env, sheet);
      }
      case "getFirst": {
        const first = wb.sheets[0];
        return first === undefined ? null : new WorksheetObject(this.env, first);
      }
      case "add":
        return new WorksheetObject(this.env, wb.addSheet(stringArg(args, 0, "The sheet's name")));
      default:
        return super.call(method, args);
    }
  }
}

export class WorksheetObject extends HostObject {
  readonly wireClass = "Worksheet";
  override readonly scalars = ["id", "name", "position", "visibility"];

  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
  ) {
    super(env);
  }

  override addressKey(): string {
    return this.sheet.uid;
  }

  /** A sheet deleted earlier in the same request can no longer be used. */
  private live(): SheetModel {
    if (!this.workbook.sheets.includes(this.sheet))
      throw new SimulatedError("ItemNotFound", `The sheet '${this.sheet.name}' was deleted.`);
    return this.sheet;
  }

  override read(property: string): unknown {
    const sheet = this.live();
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.uid;
      case "position":
        return this.workbook.sheets.indexOf(sheet);
      case "visibility":
        return "Visible";
      default:
        return super.read(property);
    }
  }

  override write(property: string, value: unknown): void {
    const sheet = this.live();
    if (property === "name") this.workbook.renameSheet(sheet, String(value));
    else if (property === "position") this.workbook.moveSheet(sheet, Number(value));
    else super.write(property, value);
  }

  override navigate(property: string): HostObject | null {
    const sheet = this.live();
    switch (property) {
      case "names":
        return new SheetNamesObject(this.env, sheet);
      case "charts":
        return new ChartCollectionObject(this.env, sheet);
      case "tables":
        return new TableCollectionObject(this.env, sheet);
      default:
        return super.navigate(property);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    const sheet = this.live();
    switch (method) {
      case "getRange": {
        const address = typeof args[0] === "string" && args[0] !== "" ? args[0] : "A:XFD";
        return new RangeObject(this.env, sheet, parseRangeAddress(address));
      }
      case "getUsedRangeOrNullObject":
      case "getUsedRange":
        return new RangeObject(this.env, sheet, parseRangeAddress("A:XFD")).call(method, args);
      case "activate":
        // Excel raises onActivated for a sheet activated through the API too.
        this.workbook.activate(sheet.name);
        return null;
      case "delete":
        this.workbook.deleteSheet(sheet);
        return null;
      default:
        return super.call(method, args);
    }
  }
}

/** Workbook.settings (ExcelApi 1.4): JSON values by key, in the workbook's own store. */
export class SettingCollectionObject extends HostCollection {
  readonly wireClass = "SettingCollection";

  /** settings.getItem(key) travels as the collection's indexer. */
  override index(args: unknown[]): HostObject | null {
    return this.call("getItem", args) as HostObject;
  }

  override list(): HostObject[] {
    return [...this.workbook.settings.keys()].map((key) => new SettingObject(this.env, key));
  }

  override call(method: string, args: unknown[]): unknown {
    const settings = this.workbook.settings;
    switch (method) {
      case "add": {
        const key = stringArg(args, 0, "The setting's key");
        settings.set(key, JSON.parse(JSON.stringify(args[1] ?? null)) as unknown);
        return new SettingObject(this.env, key);
      }
      case "getItemOrNullObject": {
        const key = stringArg(args, 0, "The setting's key");
        return settings.has(key) ? new SettingObject(this.env, key) : null;
      }
      case "getItem": {
        const key = stringArg(args, 0, "The setting's key");
        if (!settings.has(key)) throw new SimulatedError("ItemNotFound", `There is no setting '${key}'.`);
        return new SettingObject(this.env, key);
      }
      default:
        return super.call(method, args);
    }
  }
}

export class SettingObject extends HostObject {
  readonly wireClass = "Setting";
  override readonly scalars = ["key", "value"];

  constructor(
    env: HostEnv,
    readonly key: string,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    if (property === "key") return this.key;
    if (property === "value") return this.workbook.settings.get(this.key);
    return super.read(property);
  }

  override write(property: string, value: unknown): void {
    if (property === "value")
      this.workbook.settings.set(this.key, JSON.parse(JSON.stringify(value ?? null)) as unknown);
    else super.write(property, value);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "delete") {
      this.workbook.settings.delete(this.key);
      return null;
    }
    return super.call(method, args);
  }
}
