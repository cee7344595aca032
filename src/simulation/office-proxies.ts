/**
 * Office.js-like proxies over a SimulatedWorkbook, for the subset the add-in uses. They behave like
 * Excel's: every method and property write is queued and runs at `context.sync()`; a property can be
 * read only after `load` and a `sync`, otherwise it throws PropertyNotLoaded; every sync is counted;
 * a failing operation rejects the sync after the operations before it took effect (Excel batches are
 * not transactions).
 */
import { columnNumber, cellAddress, type AreaRef } from "../funnel/a1";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  SimulatedError,
  type ChartModel,
  type ChartSeriesModel,
  type NameModel,
  type SheetModel,
  type SimulatedWorkbook,
} from "./workbook-model";

type Op = () => void;

export class SimulatedRequestContext {
  readonly workbook: WorkbookProxy;
  private queue: Op[] = [];

  constructor(readonly model: SimulatedWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  sync(): Promise<void> {
    this.model.syncCount++;
    const ops = this.queue;
    this.queue = [];
    try {
      for (const op of ops) op();
    } catch (error) {
      this.model.onChange?.();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (ops.length > 0) this.model.onChange?.();
    return Promise.resolve();
  }
}

function notLoaded(property: string): SimulatedError {
  return new SimulatedError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
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

  /** Marks properties as loaded from `target`: collections use it for the items they load. */
  preloadFrom(target: T, properties: readonly string[]): this {
    this.nullChecked = false;
    for (const property of properties) this.loaded.set(property, this.read(target, property));
    return this;
  }

  load(spec?: string | string[]): this {
    const properties = propertyList(spec);
    this.context.enqueue(() => {
      const target = this.resolveTarget();
      this.nullChecked = target === null;
      if (target === null) return;
      for (const property of properties) this.loaded.set(property, this.read(target, property));
    });
    return this;
  }

  protected queue(op: (target: T) => void): void {
    this.context.enqueue(() => {
      op(this.target());
    });
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
    this.queue((target) => {
      const { first, last } = target.area;
      const height = last.row - first.row + 1;
      const width = last.col - first.col + 1;
      if (!Array.isArray(rows) || rows.length !== height || rows.some((r) => !Array.isArray(r) || r.length !== width)) {
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
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queue((target) => {
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

  /** Whole-row insert/delete, as Home › Insert/Delete Sheet Rows. */
  insert(shift: string): this {
    this.queue((target) => {
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
    this.queue((target) => {
      if (shift !== "Up") throw new SimulatedError("NotImplemented", "Only whole-row deletes are simulated.");
      this.context.model.shiftRows(
        target.sheet,
        target.area.first.row,
        -(target.area.last.row - target.area.first.row + 1),
      );
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.target();
      const used = this.context.model.usedArea(target.sheet, target.area);
      return used === null ? null : { sheet: target.sheet, area: used };
    });
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
    this.context.enqueue(() => {
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
    this.context.enqueue(() => {
      this.range.resolveNow();
    });
  }
}

/* ------------------------------------------------------------------------------------- worksheets */

export class WorksheetProxy extends ClientObject<SheetModel> {
  readonly names: NamedItemCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(context: SimulatedRequestContext, resolve: () => SheetModel | null) {
    super(context, resolve);
    this.names = new NamedItemCollectionProxy(context, () => this.target());
    this.charts = new ChartCollectionProxy(context, () => this.target());
  }

  protected read(target: SheetModel, property: string): unknown {
    if (property === "name") return target.name;
    throw new SimulatedError("NotImplemented", `Worksheet.${property} is not simulated.`);
  }

  get name(): string {
    return this.get("name") as string;
  }

  activate(): void {
    this.queue((sheet) => {
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

class WorksheetCollectionProxy extends ClientObject<SimulatedWorkbook> {
  private loadedItems: WorksheetProxy[] | null = null;

  protected read(): unknown {
    return undefined;
  }

  override load(spec?: string | string[]): this {
    const properties = propertyList(spec).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      this.loadedItems = this.context.model.sheets.map((sheet) =>
        new WorksheetProxy(this.context, () => sheet).preloadFrom(sheet, properties),
      );
    });
    return this;
  }

  get items(): WorksheetProxy[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheet(this.context.model.activeSheet));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheet(name));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.findSheet(name) ?? null);
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.context.enqueue(() => {
      created = this.context.model.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

/* ------------------------------------------------------------------------------------------ names */

export class NamedItemProxy extends ClientObject<NameModel> {
  constructor(
    context: SimulatedRequestContext,
    resolve: () => NameModel | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolve);
  }

  protected read(target: NameModel, property: string): unknown {
    if (property === "name") return target.name;
    if (property === "formula") return target.formula;
    if (property === "type") return "Range";
    if (property === "value") return target.formula.slice(1);
    throw new SimulatedError("NotImplemented", `NamedItem.${property} is not simulated.`);
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

  delete(): void {
    this.queue((target) => {
      const names = this.sheet().names;
      names.splice(names.indexOf(target), 1);
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.sheet(),
      area: parseRangeAddress(this.target().formula.slice(1)),
    }));
  }
}

class NamedItemCollectionProxy extends ClientObject<SheetModel> {
  private loadedItems: NamedItemProxy[] | null = null;

  protected read(): unknown {
    return undefined;
  }

  override load(spec?: string | string[]): this {
    const properties = propertyList(spec).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      const sheet = this.target();
      this.loadedItems = sheet.names.map((model) =>
        new NamedItemProxy(
          this.context,
          () => model,
          () => sheet,
        ).preloadFrom(model, properties),
      );
    });
    return this;
  }

  get items(): NamedItemProxy[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  add(name: string, reference: RangeProxy | string, _comment?: string): NamedItemProxy {
    let created: NameModel | null = null;
    this.queue((sheet) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
        throw new SimulatedError("InvalidArgument", `'${name}' is not a valid name.`);
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new SimulatedError("ItemAlreadyExists", `The name '${name}' already exists on this sheet.`);
      }
      const formula =
        typeof reference === "string"
          ? reference
          : `=${this.context.model.absolute(reference.resolveNow().sheet, reference.resolveNow().area)}`;
      created = { name, formula };
      sheet.names.push(created);
    });
    return new NamedItemProxy(
      this.context,
      () => created,
      () => this.target(),
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      () => this.target().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
      () => this.target(),
    );
  }
}

/* ----------------------------------------------------------------------------------------- charts */

class ChartSeriesProxy extends ClientObject<ChartSeriesModel> {
  readonly format: { fill: { clear(): void } };

  constructor(context: SimulatedRequestContext, resolve: () => ChartSeriesModel | null) {
    super(context, resolve);
    this.format = {
      fill: {
        clear: () => {
          this.queue((series) => {
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
    this.queue((series) => {
      series.name = value;
    });
  }

  setValues(source: RangeProxy): void {
    this.queue((series) => {
      const { sheet, area } = source.resolveNow();
      series.values = this.context.model.absolute(sheet, area);
    });
  }
}

class ChartSeriesCollectionProxy extends ClientObject<ChartModel> {
  protected read(target: ChartModel, property: string): unknown {
    if (property === "count") return target.series.length;
    throw new SimulatedError("NotImplemented", `ChartSeriesCollection.${property} is not simulated.`);
  }

  get count(): number {
    return this.get("count") as number;
  }

  add(name: string, index?: number): ChartSeriesProxy {
    let created: ChartSeriesModel | null = null;
    this.queue((chart) => {
      created = { name, values: "", filled: true };
      chart.series.splice(index ?? chart.series.length, 0, created);
    });
    return new ChartSeriesProxy(this.context, () => created);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => {
      const series = this.target().series[index];
      if (series === undefined) throw new SimulatedError("ItemNotFound", `The chart has no series ${index}.`);
      return series;
    });
  }
}

export class ChartProxy extends ClientObject<ChartModel> {
  readonly series: ChartSeriesCollectionProxy;
  readonly title: { text: string };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  readonly legend: { visible: boolean };

  constructor(
    context: SimulatedRequestContext,
    resolve: () => ChartModel | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolve);
    this.series = new ChartSeriesCollectionProxy(context, () => this.target());
    const setter =
      <K extends keyof ChartModel>(key: K) =>
      (value: ChartModel[K]) => {
        this.queue((chart) => {
          chart[key] = value;
        });
      };
    const setTitle = setter("title");
    const setReverse = setter("reversePlotOrder");
    const setLegend = setter("legendVisible");
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
    if (property === "chartType") return target.chartType;
    throw new SimulatedError("NotImplemented", `Chart.${property} is not simulated.`);
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.queue((chart) => {
      chart.name = value;
    });
  }
  get chartType(): string {
    return this.get("chartType") as string;
  }
  set chartType(value: string) {
    this.queue((chart) => {
      if (value === "Funnel" && this.context.model.funnelChartFails)
        throw new SimulatedError("GeneralException", "This chart type is not available.");
      chart.chartType = value;
    });
  }

  setData(source: RangeProxy, _seriesBy?: string): void {
    this.queue((chart) => {
      Object.assign(chart, seriesFromSource(this.context.model, source));
    });
  }

  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.queue((chart) => {
      const cell = (ref: RangeProxy | string) =>
        typeof ref === "string" ? ref : cellAddress(ref.resolveNow().area.first.row, ref.resolveNow().area.first.col);
      chart.position = { start: cell(start), end: end === undefined ? cell(start) : cell(end) };
    });
  }

  delete(): void {
    this.queue((chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

function seriesFromSource(model: SimulatedWorkbook, source: RangeProxy): Pick<ChartModel, "categories" | "series"> {
  const { sheet, area } = source.resolveNow();
  const column = (col: number) =>
    model.absolute(sheet, { first: { row: area.first.row, col }, last: { row: area.last.row, col } });
  const series: ChartSeriesModel[] = [];
  for (let col = area.first.col + 1; col <= area.last.col; col++) {
    series.push({ name: `Series${col - area.first.col}`, values: column(col), filled: true });
  }
  return { categories: column(area.first.col), series };
}

class ChartCollectionProxy extends ClientObject<SheetModel> {
  private loadedItems: ChartProxy[] | null = null;

  protected read(target: SheetModel, property: string): unknown {
    if (property === "count") return target.charts.length;
    throw new SimulatedError("NotImplemented", `ChartCollection.${property} is not simulated.`);
  }

  override load(spec?: string | string[]): this {
    const properties = propertyList(spec);
    const itemProperties = properties.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    super.load(properties.filter((p) => !p.startsWith("items/")));
    this.context.enqueue(() => {
      const sheet = this.target();
      this.loadedItems = sheet.charts.map((model) =>
        new ChartProxy(
          this.context,
          () => model,
          () => sheet,
        ).preloadFrom(model, itemProperties),
      );
    });
    return this;
  }

  get items(): ChartProxy[] {
    if (this.loadedItems === null) throw notLoaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.get("count") as number;
  }

  add(type: string, source: RangeProxy, _seriesBy?: string): ChartProxy {
    let created: ChartModel | null = null;
    this.queue((sheet) => {
      if (
        type === "Funnel" &&
        (this.context.model.funnelChartFails || !this.context.model.isSetSupported("ExcelApi", "1.9"))
      ) {
        throw new SimulatedError("GeneralException", "The funnel chart type is not available here.");
      }
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: type,
        title: "",
        position: null,
        reversePlotOrder: false,
        legendVisible: true,
        ...seriesFromSource(this.context.model, source),
      };
      sheet.charts.push(created);
    });
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
    this.context.enqueue(() => {
      this.context.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () =>
      this.context.model.settings.has(key) ? { key, value: this.context.model.settings.get(key) } : null,
    );
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(private readonly context: SimulatedRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context, () => context.model);
    this.settings = new SettingCollectionProxy(context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const model = this.context.model;
      const selection = model.selection ?? { sheet: model.activeSheet, address: "A1" };
      return { sheet: model.sheet(selection.sheet), area: parseRangeAddress(selection.address) };
    });
  }
}
