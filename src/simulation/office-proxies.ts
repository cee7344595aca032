/**
 * Office.js-like proxies over a SimulatedWorkbook, for the subset the add-in uses. They behave like
 * Excel's: every method and property write is queued and runs at `context.sync()`; a property can be
 * read only after `load` and a `sync`, otherwise it throws PropertyNotLoaded; every sync is counted and
 * its payload measured; a failing operation rejects the sync after the operations before it took effect
 * (Excel batches are not transactions). The host profile (host-profiles.ts) adds what real hosts do:
 * requirement sets, the web's payload limit, InvalidSelection, newer chart types, cell-edit mode.
 */
import { columnNumber, cellAddress, sheetOfReference, type AreaRef } from "../funnel/a1";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  SimulatedError,
  type ChartDataLabelsModel,
  type ChartModel,
  type ChartSeriesModel,
  type NameModel,
  type SheetModel,
  type TableModel,
  type SimulatedWorkbook,
} from "./workbook-model";

type Op = () => number | undefined;

interface QueuedOp {
  label: string;
  run: Op;
  /** Bytes of the operation's arguments (written values, names). */
  bytes: number;
}

/** What one queued operation costs in a request beyond its arguments (object path, action type, ids). */
export const OPERATION_OVERHEAD_BYTES = 64;

/** Chart types the API only partly supports ("chartEx"): see host-profiles.ts [#2041] [#910] [#2971]. */
const NEWER_CHART_TYPES = new Set(["Funnel", "Waterfall", "Treemap", "Sunburst", "Histogram", "Pareto", "BoxWhisker"]);

function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export class SimulatedRequestContext {
  readonly workbook: WorkbookProxy;
  private queue: QueuedOp[] = [];

  constructor(readonly model: SimulatedWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Queues an operation; what it returns, when a number, is the bytes it adds to the response. */
  enqueue(label: string, run: () => unknown, bytes = 0): void {
    this.queue.push({
      label,
      run: () => {
        const answered = run();
        return typeof answered === "number" ? answered : undefined;
      },
      bytes,
    });
  }

  /** Queues a check that the host supports ExcelApi 1.`minor`: where it does not, the sync fails. */
  requires(minor: number, label: string): void {
    if (this.model.excelApiMinor >= minor) return;
    this.enqueue(label, () => {
      throw new SimulatedError(
        "ApiNotFound",
        `${label} needs ExcelApi 1.${minor}; ${this.model.profile.name} supports 1.${this.model.excelApiMinor}.`,
      );
    });
  }

  sync(): Promise<void> {
    const model = this.model;
    model.syncCount++;
    const syncNumber = model.syncCount;
    const ops = this.queue;
    this.queue = [];
    const request = ops.reduce((sum, op) => sum + op.bytes + OPERATION_OVERHEAD_BYTES, 0);
    const limit = model.profile.payloadLimitBytes;
    const record = { request, response: 0 };
    model.payloads.push(record);
    if (ops.length > 0 && model.cellEditMode) {
      return Promise.reject(
        new SimulatedError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        ),
      );
    }
    if (limit !== null && request > limit) {
      return Promise.reject(
        new SimulatedError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload (${request} bytes) exceeds the limit.`,
        ),
      );
    }
    try {
      ops.forEach((op, index) => {
        const fault = model.failOperation?.({ label: op.label, index, sync: syncNumber });
        if (fault !== undefined) throw fault;
        record.response += op.run() ?? 0;
      });
    } catch (error) {
      model.onChange?.();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (ops.length > 0) model.onChange?.();
    if (limit !== null && record.response > limit) {
      return Promise.reject(
        new SimulatedError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload (${record.response} bytes) exceeds the limit.`,
        ),
      );
    }
    return Promise.resolve();
  }
}

function notLoaded(property: string): SimulatedError {
  return new SimulatedError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function unsupported(what: string): SimulatedError {
  return new SimulatedError("UnsupportedOperation", `This operation is not supported: ${what}.`);
}

function propertyList(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

/** Base of every proxy: queued loads, reads that throw until loaded and synced, null objects. */
abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullChecked: boolean | null = null;
  protected abstract readonly typeName: string;

  constructor(
    readonly context: SimulatedRequestContext,
    protected readonly resolveTarget: () => T | null,
  ) {}

  protected target(): T {
    const target = this.resolveTarget();
    if (target === null)
      throw new SimulatedError("InvalidReference", "This object is a null object; check isNullObject first.");
    return target;
  }

  protected get(property: string): unknown {
    if (this.nullChecked === true)
      throw new SimulatedError("InvalidReference", `'${property}' read from a null object.`);
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property);
  }

  get isNullObject(): boolean {
    if (this.nullChecked === null) throw notLoaded("isNullObject");
    return this.nullChecked;
  }

  protected abstract read(target: T, property: string): unknown;

  /** Marks properties as loaded from `target`; returns the bytes they take in a response. */
  preloadFrom(target: T, properties: readonly string[]): number {
    this.nullChecked = false;
    let bytes = 0;
    for (const property of properties) {
      const value = this.read(target, property);
      this.loaded.set(property, value);
      bytes += property.length + jsonBytes(value);
    }
    return bytes;
  }

  load(spec?: string | string[]): this {
    const properties = propertyList(spec);
    this.context.enqueue(`${this.typeName}.load`, () => {
      const target = this.resolveTarget();
      this.nullChecked = target === null;
      if (target === null) return 8;
      return this.preloadFrom(target, properties);
    });
    return this;
  }

  protected queue(label: string, op: (target: T) => void, bytes = 0): void {
    this.context.enqueue(
      `${this.typeName}.${label}`,
      () => {
        op(this.target());
      },
      bytes,
    );
  }
}

/* ----------------------------------------------------------------------------------------- ranges */

interface RangeTarget {
  sheet: SheetModel;
  area: AreaRef;
}

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

function grid<V>(target: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  const { first, last } = target.area;
  if ((last.row - first.row + 1) * (last.col - first.col + 1) > 5_000_000) {
    throw new SimulatedError("ResponsePayloadSizeLimitExceeded", "The range is too large to load.");
  }
  const rows: V[][] = [];
  for (let row = first.row; row <= last.row; row++) {
    const line: V[] = [];
    for (let col = first.col; col <= last.col; col++) line.push(cell(row, col));
    rows.push(line);
  }
  return rows;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = "Range";
  readonly format: RangeFormatProxy;

  constructor(context: SimulatedRequestContext, resolve: () => RangeTarget | null) {
    super(context, resolve);
    this.format = new RangeFormatProxy(this, context);
  }

  /** The resolved sheet and area, for proxies built on this range. */
  resolveNow(): RangeTarget {
    return this.target();
  }

  protected read(target: RangeTarget, property: string): unknown {
    const model = this.context.model;
    const { first, last } = target.area;
    switch (property) {
      case "values":
        return grid(target, (r, c) => model.valueAt(target.sheet, r, c));
      case "formulas":
        return grid(target, (r, c) => model.formulaAt(target.sheet, r, c));
      case "numberFormat":
        return grid(target, (r, c) => model.numberFormatAt(target.sheet, r, c));
      case "address":
        return model.absolute(target.sheet, target.area).replace(/\$/g, "");
      case "rowIndex":
        return first.row - 1;
      case "columnIndex":
        return first.col - 1;
      case "rowCount":
        return last.row - first.row + 1;
      case "columnCount":
        return last.col - first.col + 1;
      default:
        throw new SimulatedError("NotImplemented", `Range.${property} is not simulated.`);
    }
  }

  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  set values(rows: unknown[][]) {
    this.writeGrid("values", rows);
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  set formulas(rows: unknown[][]) {
    this.writeGrid("formulas", rows);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat") as unknown[][];
  }
  set numberFormat(rows: unknown[][]) {
    this.writeGrid("numberFormat", rows);
  }
  get address(): string {
    return this.get("address") as string;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }

  private writeGrid(kind: "values" | "formulas" | "numberFormat", rows: unknown[][]): void {
    this.queue(
      kind,
      (target) => {
        const { first, last } = target.area;
        const height = last.row - first.row + 1;
        const width = last.col - first.col + 1;
        if (
          !Array.isArray(rows) ||
          rows.length !== height ||
          rows.some((r) => !Array.isArray(r) || r.length !== width)
        ) {
          throw new SimulatedError(
            "InvalidArgument",
            `The ${kind} array does not match the size of the range (${height}×${width}).`,
          );
        }
        rows.forEach((line, i) => {
          line.forEach((content, j) => {
            const row = first.row + i;
            const col = first.col + j;
            if (kind === "numberFormat") {
              const key = cellAddress(row, col);
              if (content === "General" || content === "" || content === null) target.sheet.formats.delete(key);
              else target.sheet.formats.set(key, typeof content === "string" ? content : JSON.stringify(content));
            } else {
              this.context.model.writeCell(target.sheet, row, col, content, false);
            }
          });
        });
      },
      jsonBytes(rows),
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queue("clear", (target) => {
      const { first, last } = target.area;
      for (let row = first.row; row <= last.row; row++) {
        for (let col = first.col; col <= last.col; col++) {
          if (applyTo !== "Formats") this.context.model.writeCell(target.sheet, row, col, null, false);
          if (applyTo !== "Contents") {
            target.sheet.formats.delete(cellAddress(row, col));
            target.sheet.bold.delete(cellAddress(row, col));
          }
        }
      }
    });
  }

  /**
   * ExcelApi 1.2, as Home › Merge & Center (`across`: each row of the range on its own): the cells
   * become one, and only the top-left one keeps its content — Excel drops the others.
   */
  merge(across = false): void {
    this.context.requires(2, "Range.merge");
    this.queue("merge", (target) => {
      const { first, last } = target.area;
      const rows = across ? Array.from({ length: last.row - first.row + 1 }, (_, i) => first.row + i) : [first.row];
      for (const top of rows) {
        const area = { first: { row: top, col: first.col }, last: { row: across ? top : last.row, col: last.col } };
        for (let row = area.first.row; row <= area.last.row; row++) {
          for (let col = area.first.col; col <= area.last.col; col++) {
            if (row !== area.first.row || col !== area.first.col)
              this.context.model.writeCell(target.sheet, row, col, null, false);
          }
        }
        target.sheet.merged.push(area);
      }
    });
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in this range — an area that only reaches
   * into it is left out, by design [#3611] — as one object whose `address` lists them
   * ("Sheet1!B6:B7, Sheet1!D9:D10"); a null object where there is none.
   */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.context.requires(13, "Range.getMergedAreasOrNullObject");
    return new MergedAreasProxy(this.context, () => {
      const target = this.target();
      const { first, last } = target.area;
      const meets = target.sheet.merged.filter(
        (a) =>
          a.first.row >= first.row && a.first.row <= last.row && a.first.col >= first.col && a.first.col <= last.col,
      );
      return meets.length === 0 ? null : { sheet: target.sheet, areas: meets };
    });
  }

  /** Whole-row insert/delete, as Home › Insert/Delete Sheet Rows. */
  insert(shift: string): this {
    this.queue("insert", (target) => {
      if (shift !== "Down") throw new SimulatedError("NotImplemented", "Only whole-row inserts are simulated.");
      this.context.model.shiftRows(
        target.sheet,
        target.area.first.row,
        target.area.last.row - target.area.first.row + 1,
      );
    });
    return this;
  }

  delete(shift: string): void {
    this.queue("delete", (target) => {
      if (shift !== "Up") throw new SimulatedError("NotImplemented", "Only whole-row deletes are simulated.");
      this.context.model.shiftRows(
        target.sheet,
        target.area.first.row,
        -(target.area.last.row - target.area.first.row + 1),
      );
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    this.context.requires(4, "Range.getUsedRangeOrNullObject");
    return new RangeProxy(this.context, () => {
      const target = this.target();
      const used = this.context.model.usedArea(target.sheet, target.area);
      return used === null ? null : { sheet: target.sheet, area: used };
    });
  }
}

/** Range.getMergedAreasOrNullObject's answer: the areas, read through `address` and `areaCount`. */
class MergedAreasProxy extends ClientObject<{ sheet: SheetModel; areas: AreaRef[] }> {
  protected readonly typeName = "RangeAreas";

  protected read(target: { sheet: SheetModel; areas: AreaRef[] }, property: string): unknown {
    if (property === "address")
      return target.areas.map((area) => this.context.model.absolute(target.sheet, area).replace(/\$/g, "")).join(", ");
    if (property === "areaCount") return target.areas.length;
    throw new SimulatedError("NotImplemented", `RangeAreas.${property} is not simulated.`);
  }

  get address(): string {
    return this.get("address") as string;
  }
  get areaCount(): number {
    return this.get("areaCount") as number;
  }
}

class FontProxy {
  constructor(
    private readonly range: RangeProxy,
    private readonly context: SimulatedRequestContext,
  ) {}

  get bold(): boolean {
    throw notLoaded("bold");
  }

  set bold(value: boolean) {
    this.context.enqueue("RangeFont.bold", () => {
      const target = this.range.resolveNow();
      for (let row = target.area.first.row; row <= target.area.last.row; row++) {
        for (let col = target.area.first.col; col <= target.area.last.col; col++) {
          if (value) target.sheet.bold.add(cellAddress(row, col));
          else target.sheet.bold.delete(cellAddress(row, col));
        }
      }
    });
  }
}

class RangeFormatProxy {
  readonly font: FontProxy;

  constructor(
    private readonly range: RangeProxy,
    private readonly context: SimulatedRequestContext,
  ) {
    this.font = new FontProxy(range, context);
  }

  autofitColumns(): void {
    this.context.requires(2, "RangeFormat.autofitColumns");
    this.context.enqueue("RangeFormat.autofitColumns", () => {
      this.range.resolveNow();
    });
  }
}

/** A collection's items for its load: a proxy per target with `properties` loaded, and their bytes. */
function loadItems<T, P extends ClientObject<T>>(
  targets: readonly T[],
  proxyOf: (target: T) => P,
  properties: readonly string[],
): { items: P[]; bytes: number } {
  let bytes = 0;
  const items = targets.map((target) => {
    const proxy = proxyOf(target);
    bytes += proxy.preloadFrom(target, properties);
    return proxy;
  });
  return { items, bytes };
}

/** A collection's `items`: filled by a load queued for the next sync, readable after it. */
class LoadedItems<T, P extends ClientObject<T>> {
  private items: P[] | null = null;

  queue(
    context: SimulatedRequestContext,
    label: string,
    properties: readonly string[],
    targets: () => readonly T[],
    proxyOf: (target: T) => P,
  ): void {
    context.enqueue(label, () => {
      const loaded = loadItems(targets(), proxyOf, properties);
      this.items = loaded.items;
      return loaded.bytes;
    });
  }

  get(): P[] {
    if (this.items === null) throw notLoaded("items");
    return this.items;
  }
}

/** "items/name,items/id" → ["name", "id"]. */
function itemProperties(spec?: string | string[]): string[] {
  return propertyList(spec).map((p) => p.replace(/^items\//, ""));
}

/* ------------------------------------------------------------------------------------- worksheets */

export class WorksheetProxy extends ClientObject<SheetModel> {
  protected readonly typeName = "Worksheet";
  readonly names: NamedItemCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(context: SimulatedRequestContext, resolve: () => SheetModel | null) {
    super(context, resolve);
    this.names = new NamedItemCollectionProxy(context, () => this.target());
    this.charts = new ChartCollectionProxy(context, () => this.target());
    this.tables = new TableCollectionProxy(context, () => this.target());
  }

  protected read(target: SheetModel, property: string): unknown {
    if (property === "name") return target.name;
    if (property === "id") return target.uid;
    if (property === "position") return this.context.model.sheets.indexOf(target);
    throw new SimulatedError("NotImplemented", `Worksheet.${property} is not simulated.`);
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue(
      "name",
      (sheet) => {
        this.context.model.renameSheet(sheet, value);
      },
      value.length,
    );
  }
  get id(): string {
    return this.get("id") as string;
  }
  get position(): number {
    return this.get("position") as number;
  }
  set position(value: number) {
    this.queue("position", (sheet) => {
      this.context.model.moveSheet(sheet, value);
    });
  }

  delete(): void {
    this.queue("delete", (sheet) => {
      this.context.model.deleteSheet(sheet);
    });
  }

  activate(): void {
    this.queue("activate", (sheet) => {
      this.context.model.activeSheet = sheet.name;
    });
  }

  getRange(address = ""): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.target(),
      area: parseRangeAddress(address === "" ? "A:XFD" : address),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
}

interface EventRegistration {
  context: SimulatedRequestContext;
  remove(): void;
}

class WorksheetCollectionProxy extends ClientObject<SimulatedWorkbook> {
  protected readonly typeName = "WorksheetCollection";
  private readonly loadedItems = new LoadedItems<SheetModel, WorksheetProxy>();
  readonly onActivated: {
    add(handler: (args: { type: string; worksheetId: string }) => Promise<unknown>): EventRegistration;
  };

  constructor(context: SimulatedRequestContext, resolve: () => SimulatedWorkbook | null) {
    super(context, resolve);
    this.onActivated = {
      add: (handler) => {
        context.requires(7, "WorksheetCollection.onActivated");
        const listener = (sheetName: string) => {
          void handler({ type: "WorksheetActivated", worksheetId: sheetName });
        };
        context.enqueue("WorksheetCollection.onActivated.add", () => {
          context.model.activationHandlers.add(listener);
        });
        return {
          context,
          remove: () => {
            context.enqueue("EventHandlerResult.remove", () => {
              context.model.activationHandlers.delete(listener);
            });
          },
        };
      },
    };
  }

  protected read(): unknown {
    return undefined;
  }

  override load(spec?: string | string[]): this {
    const model = this.context.model;
    this.loadedItems.queue(
      this.context,
      "WorksheetCollection.load",
      itemProperties(spec),
      () => model.sheets,
      (sheet) => new WorksheetProxy(this.context, () => sheet),
    );
    return this;
  }

  get items(): WorksheetProxy[] {
    return this.loadedItems.get();
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheet(this.context.model.activeSheet));
  }

  /** By name or by Worksheet.id, as Excel takes either. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.model.findSheetByKey(key);
      if (sheet === undefined) throw new SimulatedError("ItemNotFound", `There is no sheet '${key}'.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.findSheetByKey(key) ?? null);
  }

  /** The first sheet in the tab order (ExcelApi 1.5). */
  getFirst(): WorksheetProxy {
    this.context.requires(5, "WorksheetCollection.getFirst");
    return new WorksheetProxy(this.context, () => this.context.model.sheets[0] ?? null);
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.context.enqueue(
      "WorksheetCollection.add",
      () => {
        created = this.context.model.addSheet(name);
      },
      name.length,
    );
    return new WorksheetProxy(this.context, () => created);
  }
}

/* ------------------------------------------------------------------------------------------ names */

/** A name and where it lives: on a sheet, or in the workbook. */
interface NameTarget {
  model: NameModel;
  owner: NameModel[];
  scope: "Worksheet" | "Workbook";
}

export class NamedItemProxy extends ClientObject<NameTarget> {
  protected readonly typeName = "NamedItem";

  constructor(
    context: SimulatedRequestContext,
    resolve: () => NameTarget | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolve);
  }

  protected read(target: NameTarget, property: string): unknown {
    if (property === "name") return target.model.name;
    if (property === "formula") return target.model.formula;
    if (property === "type") return "Range";
    if (property === "scope") return target.scope;
    if (property === "value") return target.model.formula.slice(1);
    throw new SimulatedError("NotImplemented", `NamedItem.${property} is not simulated.`);
  }

  override load(spec?: string | string[]): this {
    if (propertyList(spec).includes("formula")) this.context.requires(7, "NamedItem.formula");
    return super.load(spec);
  }

  get name(): string {
    return this.get("name") as string;
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  get type(): string {
    return this.get("type") as string;
  }
  get scope(): string {
    return this.get("scope") as string;
  }

  delete(): void {
    this.queue("delete", (target) => {
      if (target.scope === "Worksheet") this.context.model.deleteSheetName(this.sheet(), target.model);
      else this.context.model.deleteWorkbookName(target.model);
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.sheet(),
      area: parseRangeAddress(this.target().model.formula.slice(1)),
    }));
  }
}

class NamedItemCollectionProxy extends ClientObject<SheetModel> {
  protected readonly typeName = "NamedItemCollection";
  private readonly loadedItems = new LoadedItems<NameTarget, NamedItemProxy>();

  protected read(): unknown {
    return undefined;
  }

  /** What Worksheet.names lists: the sheet's names and, on the web, the workbook's too [#1011]. */
  private visible(sheet: SheetModel): NameTarget[] {
    const model = this.context.model;
    const own = sheet.names.map((name) => ({ model: name, owner: sheet.names, scope: "Worksheet" as const }));
    if (!model.profile.sheetNamesIncludeWorkbookNames) return own;
    const shared = model.workbookNames.map((name) => ({
      model: name,
      owner: model.workbookNames,
      scope: "Workbook" as const,
    }));
    return [...own, ...shared];
  }

  override load(spec?: string | string[]): this {
    this.context.requires(4, "Worksheet.names");
    const properties = itemProperties(spec);
    if (properties.includes("formula")) this.context.requires(7, "NamedItem.formula");
    this.loadedItems.queue(
      this.context,
      "NamedItemCollection.load",
      properties,
      () => this.visible(this.target()),
      (target) =>
        new NamedItemProxy(
          this.context,
          () => target,
          () => this.target(),
        ),
    );
    return this;
  }

  get items(): NamedItemProxy[] {
    return this.loadedItems.get();
  }

  add(name: string, reference: RangeProxy | string, _comment?: string): NamedItemProxy {
    this.context.requires(4, "NamedItemCollection.add");
    let created: NameTarget | null = null;
    this.queue(
      "add",
      (sheet) => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
          throw new SimulatedError("InvalidArgument", `'${name}' is not a valid name.`);
        if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
          throw new SimulatedError("ItemAlreadyExists", `The name '${name}' already exists on this sheet.`);
        }
        const formula =
          typeof reference === "string"
            ? reference
            : `=${this.context.model.absolute(reference.resolveNow().sheet, reference.resolveNow().area)}`;
        const model = this.context.model.addSheetName(sheet, name, formula);
        created = { model, owner: sheet.names, scope: "Worksheet" };
      },
      name.length + 40,
    );
    return new NamedItemProxy(
      this.context,
      () => created,
      () => this.target(),
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this.context.requires(4, "NamedItemCollection.getItemOrNullObject");
    return new NamedItemProxy(
      this.context,
      () => this.visible(this.target()).find((n) => n.model.name.toLowerCase() === name.toLowerCase()) ?? null,
      () => this.target(),
    );
  }

  /** Throws ItemNotFound at sync when the sheet has no such name. */
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      () => {
        const found = this.visible(this.target()).find((n) => n.model.name.toLowerCase() === name.toLowerCase());
        if (found === undefined) throw new SimulatedError("ItemNotFound", `There is no name '${name}'.`);
        return found;
      },
      () => this.target(),
    );
  }
}

/* ----------------------------------------------------------------------------------------- charts */

class ChartSeriesProxy extends ClientObject<ChartSeriesModel> {
  protected readonly typeName = "ChartSeries";
  readonly format: { fill: { clear(): void } };

  constructor(context: SimulatedRequestContext, resolve: () => ChartSeriesModel | null) {
    super(context, resolve);
    this.format = {
      fill: {
        clear: () => {
          this.queue("format.fill.clear", (series) => {
            series.filled = false;
          });
        },
      },
    };
  }

  protected read(target: ChartSeriesModel, property: string): unknown {
    if (property === "name") return target.name;
    throw new SimulatedError("NotImplemented", `ChartSeries.${property} is not simulated.`);
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue(
      "name",
      (series) => {
        series.name = value;
      },
      value.length,
    );
  }

  setValues(source: RangeProxy): void {
    this.context.requires(7, "ChartSeries.setValues");
    this.queue("setValues", (series) => {
      const { sheet, area } = source.resolveNow();
      series.values = this.context.model.absolute(sheet, area);
    });
  }

  setXAxisValues(source: RangeProxy): void {
    this.context.requires(7, "ChartSeries.setXAxisValues");
    this.queue("setXAxisValues", (series) => {
      const { sheet, area } = source.resolveNow();
      series.xValues = this.context.model.absolute(sheet, area);
    });
  }

  get hasDataLabels(): boolean {
    throw notLoaded("hasDataLabels");
  }
  set hasDataLabels(value: boolean) {
    this.context.requires(7, "ChartSeries.hasDataLabels");
    this.queue("hasDataLabels", (series) => {
      series.dataLabels = value;
    });
  }
}

/** The chart behind a proxy, refusing what the API does not support on newer chart types. */
function supportedChart(chart: ChartModel, what: string): ChartModel {
  if (NEWER_CHART_TYPES.has(chart.chartType)) throw unsupported(`${what} on a ${chart.chartType} chart`);
  return chart;
}

class ChartSeriesCollectionProxy extends ClientObject<ChartModel> {
  protected readonly typeName = "ChartSeriesCollection";

  protected read(target: ChartModel, property: string): unknown {
    if (property === "count") return supportedChart(target, "Chart.series").series.length;
    throw new SimulatedError("NotImplemented", `ChartSeriesCollection.${property} is not simulated.`);
  }

  get count(): number {
    return this.get("count") as number;
  }

  add(name: string, index?: number): ChartSeriesProxy {
    this.context.requires(7, "ChartSeriesCollection.add");
    let created: ChartSeriesModel | null = null;
    this.queue(
      "add",
      (chart) => {
        supportedChart(chart, "Chart.series.add");
        created = { name, values: "", filled: true };
        chart.series.splice(index ?? chart.series.length, 0, created);
      },
      name.length,
    );
    return new ChartSeriesProxy(this.context, () => created);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => {
      const series = supportedChart(this.target(), "Chart.series").series[index];
      if (series === undefined) throw new SimulatedError("ItemNotFound", `The chart has no series ${index}.`);
      return series;
    });
  }
}

export class ChartProxy extends ClientObject<ChartModel> {
  protected readonly typeName = "Chart";
  readonly series: ChartSeriesCollectionProxy;
  readonly title: { text: string };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean; position: string; numberFormat: string };

  constructor(
    context: SimulatedRequestContext,
    resolve: () => ChartModel | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolve);
    this.series = new ChartSeriesCollectionProxy(context, () => this.target());
    const labels =
      <K extends keyof ChartDataLabelsModel>(key: K, minor: number) =>
      (value: ChartDataLabelsModel[K]) => {
        context.requires(minor, `ChartDataLabels.${key}`);
        this.queue(
          `dataLabels.${key}`,
          (chart) => {
            const target = supportedChart(chart, `Chart.dataLabels.${key}`);
            target.dataLabels = { showValue: false, ...target.dataLabels, [key]: value };
          },
          jsonBytes(value),
        );
      };
    const setShowValue = labels("showValue", 1);
    const setPosition = labels("position", 1);
    const setNumberFormat = labels("numberFormat", 8);
    this.dataLabels = {
      get showValue(): boolean {
        throw notLoaded("dataLabels/showValue");
      },
      set showValue(value: boolean) {
        setShowValue(value);
      },
      get position(): string {
        throw notLoaded("dataLabels/position");
      },
      set position(value: string) {
        setPosition(value);
      },
      get numberFormat(): string {
        throw notLoaded("dataLabels/numberFormat");
      },
      set numberFormat(value: string) {
        setNumberFormat(value);
      },
    };
    const setter =
      <K extends keyof ChartModel>(key: K, label: string, minor = 1) =>
      (value: ChartModel[K]) => {
        context.requires(minor, `Chart.${label}`);
        this.queue(
          label,
          (chart) => {
            supportedChart(chart, `Chart.${label}`)[key] = value;
          },
          jsonBytes(value),
        );
      };
    const setTitle = setter("title", "title.text");
    const setReverse = setter("reversePlotOrder", "axes.categoryAxis.reversePlotOrder", 7);
    const setLegend = setter("legendVisible", "legend.visible");
    this.title = {
      get text(): string {
        throw notLoaded("title/text");
      },
      set text(value: string) {
        setTitle(value);
      },
    };
    this.axes = {
      categoryAxis: {
        get reversePlotOrder(): boolean {
          throw notLoaded("axes/categoryAxis/reversePlotOrder");
        },
        set reversePlotOrder(value: boolean) {
          setReverse(value);
        },
      },
    };
    this.legend = {
      get visible(): boolean {
        throw notLoaded("legend/visible");
      },
      set visible(value: boolean) {
        setLegend(value);
      },
    };
  }

  protected read(target: ChartModel, property: string): unknown {
    if (property === "name") return target.name;
    if (property === "id") return target.id;
    // Newer chart types read back null [#2971].
    if (property === "chartType") return NEWER_CHART_TYPES.has(target.chartType) ? null : target.chartType;
    throw new SimulatedError("NotImplemented", `Chart.${property} is not simulated.`);
  }

  override load(spec?: string | string[]): this {
    if (propertyList(spec).includes("id")) this.context.requires(7, "Chart.id");
    return super.load(spec);
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue(
      "name",
      (chart) => {
        chart.name = value;
      },
      value.length,
    );
  }
  get id(): string {
    return this.get("id") as string;
  }
  get chartType(): string {
    return this.get("chartType") as string;
  }

  setData(source: RangeProxy, seriesBy?: string): void {
    this.queue("setData", (chart) => {
      Object.assign(supportedChart(chart, "Chart.setData"), seriesFromSource(this.context.model, source, seriesBy));
    });
  }

  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.queue("setPosition", (chart) => {
      const cell = (ref: RangeProxy | string) =>
        typeof ref === "string" ? ref : cellAddress(ref.resolveNow().area.first.row, ref.resolveNow().area.first.col);
      chart.position = { start: cell(start), end: end === undefined ? cell(start) : cell(end) };
    });
  }

  delete(): void {
    this.queue("delete", (chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

/** Excel draws at most 255 series in one chart [limits255]. */
const MAX_CHART_SERIES = 255;

/**
 * The series Excel makes of a source range. By columns (the default here): the first column holds the
 * categories and every further column is a series; a single column is one series with no categories
 * (Excel numbers them 1, 2, ...). By rows ("Rows"): the first row holds the categories and every further
 * row is a series, named by its first cell. More than 255 series is refused [limits255].
 */
function seriesFromSource(
  model: SimulatedWorkbook,
  source: RangeProxy,
  seriesBy?: string,
): Pick<ChartModel, "categories" | "series"> {
  const { sheet, area } = source.resolveNow();
  const span = (first: { row: number; col: number }, last: { row: number; col: number }) =>
    model.absolute(sheet, { first, last });
  const series: ChartSeriesModel[] = [];
  let categories: string;
  if (seriesBy === "Rows") {
    categories = span({ row: area.first.row, col: area.first.col + 1 }, { row: area.first.row, col: area.last.col });
    for (let row = area.first.row + 1; row <= area.last.row; row++) {
      const name = String(model.valueAt(sheet, row, area.first.col));
      series.push({ name, values: span({ row, col: area.first.col + 1 }, { row, col: area.last.col }), filled: true });
    }
  } else {
    const column = (col: number) => span({ row: area.first.row, col }, { row: area.last.row, col });
    if (area.first.col === area.last.col) {
      return { categories: "", series: [{ name: "Series1", values: column(area.first.col), filled: true }] };
    }
    categories = column(area.first.col);
    for (let col = area.first.col + 1; col <= area.last.col; col++) {
      series.push({ name: `Series${col - area.first.col}`, values: column(col), filled: true });
    }
  }
  if (series.length > MAX_CHART_SERIES) {
    throw new SimulatedError(
      "InvalidArgument",
      `A chart can have at most ${MAX_CHART_SERIES} series, not ${series.length}.`,
    );
  }
  return { categories, series };
}

class ChartCollectionProxy extends ClientObject<SheetModel> {
  protected readonly typeName = "ChartCollection";
  private readonly loadedItems = new LoadedItems<ChartModel, ChartProxy>();

  protected read(target: SheetModel, property: string): unknown {
    if (property === "count") return target.charts.length;
    throw new SimulatedError("NotImplemented", `ChartCollection.${property} is not simulated.`);
  }

  override load(spec?: string | string[]): this {
    const properties = propertyList(spec);
    const chartProperties = properties.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (chartProperties.includes("id")) this.context.requires(7, "Chart.id");
    super.load(properties.filter((p) => !p.startsWith("items/")));
    this.loadedItems.queue(
      this.context,
      "ChartCollection.load",
      chartProperties,
      () => this.target().charts,
      (model) =>
        new ChartProxy(
          this.context,
          () => model,
          () => this.target(),
        ),
    );
    return this;
  }

  get items(): ChartProxy[] {
    return this.loadedItems.get();
  }

  get count(): number {
    return this.get("count") as number;
  }

  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    let created: ChartModel | null = null;
    this.queue(
      "add",
      (sheet) => {
        if (
          type === "Funnel" &&
          (this.context.model.funnelChartFails || !this.context.model.isSetSupported("ExcelApi", "1.9"))
        ) {
          throw new SimulatedError("GeneralException", "The funnel chart type is not available here.");
        }
        created = {
          id: this.context.model.newChartId(),
          name: `Chart ${sheet.charts.length + 1}`,
          chartType: type,
          title: "",
          position: null,
          reversePlotOrder: false,
          legendVisible: true,
          ...seriesFromSource(this.context.model, source, seriesBy),
        };
        sheet.charts.push(created);
      },
      type.length + 40,
    );
    return new ChartProxy(
      this.context,
      () => created,
      () => this.target(),
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      () => this.target().charts.find((c) => c.name === name) ?? null,
      () => this.target(),
    );
  }
}

/* --------------------------------------------------------------------------------------- workbook */

class SettingProxy extends ClientObject<{ key: string; value: unknown }> {
  protected readonly typeName = "Setting";

  protected read(target: { key: string; value: unknown }, property: string): unknown {
    if (property === "value") return target.value;
    if (property === "key") return target.key;
    throw new SimulatedError("NotImplemented", `Setting.${property} is not simulated.`);
  }
  get value(): unknown {
    return this.get("value");
  }
}

class SettingCollectionProxy {
  constructor(private readonly context: SimulatedRequestContext) {}

  add(key: string, value: unknown): void {
    this.context.requires(4, "SettingCollection.add");
    this.context.enqueue(
      "SettingCollection.add",
      () => {
        this.context.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      },
      key.length + jsonBytes(value),
    );
  }

  getItemOrNullObject(key: string): SettingProxy {
    this.context.requires(4, "SettingCollection.getItemOrNullObject");
    return new SettingProxy(this.context, () =>
      this.context.model.settings.has(key) ? { key, value: this.context.model.settings.get(key) } : null,
    );
  }
}

/* ----------------------------------------------------------------------------------------- tables */

/**
 * Excel tables, as far as the add-in uses them: made from a range with headers, found by name, rows
 * appended and deleted, their body read. A table's cells are ordinary cells of its sheet.
 * Rows are added in one call: TableRowCollection.add is slow row by row (office-js issue 12), and the
 * simulation refuses an add whose rows do not match the table's width, as Excel does.
 */
class TableRowProxy {
  constructor(
    private readonly context: SimulatedRequestContext,
    private readonly table: () => TableModel,
    private readonly index: number,
  ) {}

  delete(): void {
    this.context.enqueue("TableRow.delete", () => {
      const table = this.table();
      if (this.index < 0 || this.index >= table.dataRows)
        throw new SimulatedError("ItemNotFound", `The table has no row ${this.index}.`);
      const row = table.top + 1 + this.index;
      // The row's cells go; the rows below move up, in the table's columns only. A table keeps at least
      // one (then blank) data row.
      const blank = [Array.from({ length: table.columns }, () => null)];
      this.context.model.hf.setCellContents({ sheet: table.sheet.id, row: row - 1, col: table.left - 1 }, blank);
      if (table.dataRows === 1) {
        table.blankRow = true;
        return;
      }
      this.context.model.shiftColumnCells(table.sheet, table.left, table.columns, row + 1, -1);
      table.dataRows -= 1;
    });
  }
}

class TableRowCollectionProxy {
  constructor(
    private readonly context: SimulatedRequestContext,
    private readonly table: () => TableModel,
  ) {}

  add(index?: number | null, values?: unknown[][]): void {
    this.context.requires(1, "TableRowCollection.add");
    this.context.enqueue(
      "TableRowCollection.add",
      () => {
        const table = this.table();
        const rows = values ?? [[]];
        if (index !== null && index !== undefined && index !== table.dataRows) {
          throw new SimulatedError("NotImplemented", "Only appending rows at the end of a table is simulated.");
        }
        if (rows.some((row) => row.length !== table.columns))
          throw new SimulatedError("InvalidArgument", "The number of values does not match the table's columns.");
        const model = this.context.model;
        const fillBlank = table.blankRow ? 1 : 0;
        const added = rows.length - fillBlank;
        const firstNew = table.top + 1 + table.dataRows - fillBlank;
        // Rows below the table move down to make room, in the table's columns only.
        if (added > 0)
          model.shiftColumnCells(table.sheet, table.left, table.columns, table.top + 1 + table.dataRows, added);
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            model.writeCell(table.sheet, firstNew + r, table.left + c, value, true);
          });
        });
        table.dataRows += added;
        table.blankRow = false;
      },
      jsonBytes(values ?? []),
    );
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.context, this.table, index);
  }
}

export class TableProxy extends ClientObject<TableModel> {
  protected readonly typeName = "Table";
  readonly rows: TableRowCollectionProxy;

  constructor(context: SimulatedRequestContext, resolve: () => TableModel | null) {
    super(context, resolve);
    this.rows = new TableRowCollectionProxy(context, () => this.target());
  }

  protected read(table: TableModel, property: string): unknown {
    if (property === "name") return table.name;
    throw new SimulatedError("NotImplemented", `Table.${property} is not simulated.`);
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(name: string) {
    this.queue("name", (table) => {
      const taken = this.context.model.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase());
      if (taken) throw new SimulatedError("InvalidArgument", `A table named '${name}' already exists.`);
      table.name = name;
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().sheet);
  }

  private rangeOf(rows: (table: TableModel) => [number, number]): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.target();
      const [first, last] = rows(table);
      return {
        sheet: table.sheet,
        area: { first: { row: first, col: table.left }, last: { row: last, col: table.left + table.columns - 1 } },
      };
    });
  }

  getHeaderRowRange(): RangeProxy {
    return this.rangeOf((t) => [t.top, t.top]);
  }

  getDataBodyRange(): RangeProxy {
    return this.rangeOf((t) => [t.top + 1, t.top + t.dataRows]);
  }
}

class TableCollectionProxy {
  constructor(
    private readonly context: SimulatedRequestContext,
    /** The sheet of a worksheet's collection; null for the workbook's. */
    private readonly sheet: (() => SheetModel) | null,
  ) {}

  add(address: string, hasHeaders: boolean): TableProxy {
    this.context.requires(1, "TableCollection.add");
    let made: TableModel | null = null;
    this.context.enqueue("TableCollection.add", () => {
      const model = this.context.model;
      const sheet = this.sheet?.() ?? model.sheet(sheetOfReference(address) || model.activeSheet);
      const area = parseRangeAddress(address);
      if (!hasHeaders) throw new SimulatedError("NotImplemented", "Tables without headers are not simulated.");
      const columns = area.last.col - area.first.col + 1;
      const dataRows = area.last.row - area.first.row;
      let n = 1;
      while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      made = {
        name: `Table${n}`,
        sheet,
        top: area.first.row,
        left: area.first.col,
        columns,
        dataRows: Math.max(1, dataRows),
        blankRow: dataRows === 0,
      };
      model.tables.push(made);
    });
    return new TableProxy(this.context, () => made);
  }

  private find(name: string): TableModel | null {
    const sheet = this.sheet?.() ?? null;
    return (
      this.context.model.tables.find(
        (t) => t.name.toLowerCase() === name.toLowerCase() && (sheet === null || t.sheet === sheet),
      ) ?? null
    );
  }

  private readonly loadedItems = new LoadedItems<TableModel, TableProxy>();

  load(spec?: string | string[]): this {
    const sheetOf = this.sheet;
    this.loadedItems.queue(
      this.context,
      "TableCollection.load",
      itemProperties(spec),
      () => this.context.model.tables.filter((t) => sheetOf === null || t.sheet === sheetOf()),
      (table) => new TableProxy(this.context, () => table),
    );
    return this;
  }

  get items(): TableProxy[] {
    return this.loadedItems.get();
  }

  /** Throws ItemNotFound at sync when there is no such table. */
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.find(name);
      if (table === null) throw new SimulatedError("ItemNotFound", `There is no table named '${name}'.`);
      return table;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    this.context.requires(4, "TableCollection.getItemOrNullObject");
    return new TableProxy(this.context, () => this.find(name));
  }
}

/** Workbook.names: the names scoped to the workbook. */
class WorkbookNamedItemCollectionProxy {
  private readonly loadedItems = new LoadedItems<NameTarget, NamedItemProxy>();

  constructor(private readonly context: SimulatedRequestContext) {}

  load(spec?: string | string[]): this {
    this.context.requires(4, "Workbook.names");
    const properties = itemProperties(spec);
    if (properties.includes("formula")) this.context.requires(7, "NamedItem.formula");
    const model = this.context.model;
    this.loadedItems.queue(
      this.context,
      "NamedItemCollection.load",
      properties,
      () =>
        model.workbookNames.map((name): NameTarget => ({ model: name, owner: model.workbookNames, scope: "Workbook" })),
      (target) =>
        new NamedItemProxy(
          this.context,
          () => target,
          () => this.sheetOf(target.model.formula),
        ),
    );
    return this;
  }

  get items(): NamedItemProxy[] {
    return this.loadedItems.get();
  }

  private targetOf(name: string): NameTarget | null {
    const model = this.context.model;
    const found = model.workbookNames.find((n) => n.name.toLowerCase() === name.toLowerCase());
    return found === undefined ? null : { model: found, owner: model.workbookNames, scope: "Workbook" };
  }

  private sheetOf(formula: string): SheetModel {
    return this.context.model.sheet(sheetOfReference(formula));
  }

  /** `reference`: a range, or a formula such as "='Funnel history'!$A:$A". */
  add(name: string, reference: RangeProxy | string): NamedItemProxy {
    this.context.requires(4, "NamedItemCollection.add");
    this.context.enqueue("NamedItemCollection.add", () => {
      const model = this.context.model;
      if (this.targetOf(name) !== null)
        throw new SimulatedError("ItemAlreadyExists", `The name '${name}' already exists in this workbook.`);
      const formula =
        typeof reference === "string"
          ? reference
          : `=${model.absolute(reference.resolveNow().sheet, reference.resolveNow().area)}`;
      model.addWorkbookName(name, formula);
    });
    return this.getItemOrNullObject(name);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this.context.requires(4, "NamedItemCollection.getItemOrNullObject");
    return new NamedItemProxy(
      this.context,
      () => this.targetOf(name),
      () => this.sheetOf(this.targetOf(name)?.model.formula ?? ""),
    );
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: WorkbookNamedItemCollectionProxy;

  constructor(private readonly context: SimulatedRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context, () => context.model);
    this.settings = new SettingCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, null);
    this.names = new WorkbookNamedItemCollectionProxy(context);
  }

  /** Throws InvalidSelection at sync when a chart, a shape or several areas are selected [#2268] [#2477]. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const model = this.context.model;
      const selection = model.selection ?? { sheet: model.activeSheet, address: "A1" };
      if (selection.kind === "chart" || selection.kind === "areas" || selection.address.includes(",")) {
        throw new SimulatedError("InvalidSelection", "The current selection is invalid for this operation.");
      }
      return { sheet: model.sheet(selection.sheet), area: parseRangeAddress(selection.address) };
    });
  }
}
