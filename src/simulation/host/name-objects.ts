/** The host side of NamedItemCollection (a sheet's and the workbook's) and NamedItem. */
import { sheetOfReference } from "../../sheet/a1";
import { SimulatedError, type NameModel, type SheetModel } from "../workbook-model";
import { HostCollection, HostObject, stringArg, type HostEnv } from "./host-object";
import { RangeObject, parseRangeAddress } from "./range-objects";

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

/** The formula of a new name: a range argument, or a formula such as "='Funnel history'!$A:$A". */
function referenceFormula(env: HostEnv, reference: unknown): string {
  if (typeof reference === "string") return reference.startsWith("=") ? reference : `=${reference}`;
  if (reference instanceof RangeObject) return `=${env.workbook.absolute(reference.sheet, reference.area)}`;
  throw new SimulatedError("InvalidArgument", "A name needs a range or a formula.");
}

export class NamedItemObject extends HostObject {
  readonly wireClass = "NamedItem";
  override readonly scalars = ["name", "type", "value", "visible", "comment", "formula", "scope"];

  constructor(
    env: HostEnv,
    readonly model: NameModel,
    readonly scope: "Worksheet" | "Workbook",
    /** The sheet that owns a sheet-scoped name. */
    readonly owner: SheetModel | null,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    switch (property) {
      case "name":
        return this.model.name;
      case "formula":
        return this.model.formula;
      case "type":
        return "Range";
      case "scope":
        return this.scope;
      case "value":
        return this.model.formula.slice(1);
      case "visible":
        return true;
      case "comment":
        return "";
      default:
        return super.read(property);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "delete") {
      if (this.owner !== null) this.workbook.deleteSheetName(this.owner, this.model);
      else this.workbook.deleteWorkbookName(this.model);
      return null;
    }
    if (method === "getRange" || method === "getRangeOrNullObject") {
      const sheet = this.workbook.findSheet(sheetOfReference(this.model.formula)) ?? this.owner;
      if (sheet === null) throw new SimulatedError("InvalidReference", `The name '${this.model.name}' is not a range.`);
      return new RangeObject(this.env, sheet, parseRangeAddress(this.model.formula.slice(1)));
    }
    return super.call(method, args);
  }
}

abstract class NamesObject extends HostCollection {
  readonly wireClass = "NamedItemCollection";

  protected abstract visible(): NamedItemObject[];

  override list(): HostObject[] {
    return this.visible();
  }

  protected find(name: string): NamedItemObject | null {
    return this.visible().find((n) => n.model.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  protected abstract add(name: string, formula: string): NamedItemObject;

  /** names.getItem(name) travels as the collection's indexer. */
  override index(args: unknown[]): HostObject | null {
    return this.call("getItem", args) as HostObject;
  }

  override call(method: string, args: unknown[]): unknown {
    switch (method) {
      case "add":
      case "addFormulaLocal": {
        const name = stringArg(args, 0, "The name");
        if (!VALID_NAME.test(name)) throw new SimulatedError("InvalidArgument", `'${name}' is not a valid name.`);
        return this.add(name, referenceFormula(this.env, args[1]));
      }
      case "getItemOrNullObject":
        return this.find(stringArg(args, 0, "The name"));
      case "getItem": {
        const found = this.find(stringArg(args, 0, "The name"));
        if (found === null) throw new SimulatedError("ItemNotFound", `There is no name '${String(args[0])}'.`);
        return found;
      }
      default:
        return super.call(method, args);
    }
  }
}

/** Worksheet.names: the sheet's own names and, on the web, the workbook's too (office-js issue 1011). */
export class SheetNamesObject extends NamesObject {
  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
  ) {
    super(env);
  }

  protected visible(): NamedItemObject[] {
    const wb = this.workbook;
    const own = this.sheet.names.map((name) => new NamedItemObject(this.env, name, "Worksheet", this.sheet));
    if (!wb.profile.sheetNamesIncludeWorkbookNames) return own;
    return [...own, ...wb.workbookNames.map((name) => new NamedItemObject(this.env, name, "Workbook", null))];
  }

  protected add(name: string, formula: string): NamedItemObject {
    if (this.sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new SimulatedError("ItemAlreadyExists", `The name '${name}' already exists on this sheet.`);
    return new NamedItemObject(
      this.env,
      this.workbook.addSheetName(this.sheet, name, formula),
      "Worksheet",
      this.sheet,
    );
  }
}

/** Workbook.names: the names scoped to the workbook. */
export class WorkbookNamesObject extends NamesObject {
  protected visible(): NamedItemObject[] {
    return this.workbook.workbookNames.map((name) => new NamedItemObject(this.env, name, "Workbook", null));
  }

  protected add(name: string, formula: string): NamedItemObject {
    if (this.find(name) !== null)
      throw new SimulatedError("ItemAlreadyExists", `The name '${name}' already exists in this workbook.`);
    this.workbook.addWorkbookName(name, formula);
    const made = this.find(name);
    if (made === null) throw new Error(`the name ${name} was not added`);
    return made;
  }
}
