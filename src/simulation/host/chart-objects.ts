/**
 * The host side of charts: ChartCollection, Chart and its title, axes, legend and data labels,
 * ChartSeriesCollection, ChartSeries and its fill.
 *
 * Newer chart types ("chartEx": Funnel, Waterfall, ...) are only partly reachable through the API:
 * their title, series, axes, legend, data labels and setData throw UnsupportedOperation (office-js
 * issue 2041; office-js-docs issue 910), and chartType reads back null (office-js issue 2971).
 */
import { cellAddress } from "../../sheet/a1";
import { cellsBox, DEFAULT_CHART_SIZE } from "../sheet-geometry";
import { defaultChartName } from "../user-charts";
import {
  SimulatedError,
  type ChartGeometry,
  type ChartModel,
  type ChartSeriesModel,
  type SheetModel,
  type SimulatedWorkbook,
} from "../workbook-model";
import { HostCollection, HostObject, objectArg, stringArg, type HostEnv } from "./host-object";
import { RangeObject } from "./range-objects";

const NEWER_CHART_TYPES = new Set(["Funnel", "Waterfall", "Treemap", "Sunburst", "Histogram", "Pareto", "BoxWhisker"]);

/** Chart.top, left, width and height (points; ExcelApi 1.1), on every chart type. */
const GEOMETRY = new Set(["top", "left", "width", "height"]);

/** Excel draws at most 255 series in one chart ("Excel specifications and limits", Charts). */
const MAX_CHART_SERIES = 255;

function supported(chart: ChartModel, what: string): ChartModel {
  if (NEWER_CHART_TYPES.has(chart.chartType))
    throw new SimulatedError(
      "UnsupportedOperation",
      `This operation is not supported: ${what} on a ${chart.chartType} chart.`,
    );
  return chart;
}

/**
 * The series Excel makes of a source range. By columns (the default): the first column holds the
 * categories and every further column is a series; a single column is one series with no categories.
 * By rows: the first row holds the categories and every further row is a series, named by its first
 * cell. More than 255 series is refused.
 */
function seriesFromSource(
  wb: SimulatedWorkbook,
  source: RangeObject,
  seriesBy: unknown,
): Pick<ChartModel, "categories" | "series"> {
  const { sheet, area } = source;
  const span = (first: { row: number; col: number }, last: { row: number; col: number }) =>
    wb.absolute(sheet, { first, last });
  const series: ChartSeriesModel[] = [];
  let categories: string;
  if (seriesBy === "Rows") {
    categories = span({ row: area.first.row, col: area.first.col + 1 }, { row: area.first.row, col: area.last.col });
    for (let row = area.first.row + 1; row <= area.last.row; row++) {
      const name = String(wb.valueAt(sheet, row, area.first.col));
      series.push({ name, values: span({ row, col: area.first.col + 1 }, { row, col: area.last.col }), filled: true });
    }
  } else {
    const column = (col: number) => span({ row: area.first.row, col }, { row: area.last.row, col });
    if (area.first.col === area.last.col)
      return { categories: "", series: [{ name: "Series1", values: column(area.first.col), filled: true }] };
    categories = column(area.first.col);
    for (let col = area.first.col + 1; col <= area.last.col; col++)
      series.push({ name: `Series${col - area.first.col}`, values: column(col), filled: true });
  }
  if (series.length > MAX_CHART_SERIES)
    throw new SimulatedError(
      "InvalidArgument",
      `A chart can have at most ${MAX_CHART_SERIES} series, not ${series.length}.`,
    );
  return { categories, series };
}

export class ChartCollectionObject extends HostCollection {
  readonly wireClass = "ChartCollection";

  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
  ) {
    super(env);
  }

  override list(): HostObject[] {
    return this.sheet.charts.map((chart) => new ChartObject(this.env, this.sheet, chart));
  }

  private find(key: string): ChartObject | null {
    const chart = this.sheet.charts.find((c) => c.name === key) ?? this.sheet.charts.find((c) => c.id === key);
    return chart === undefined ? null : new ChartObject(this.env, this.sheet, chart);
  }

  override index(args: unknown[]): HostObject | null {
    const found = this.find(stringArg(args, 0, "The chart's name or id"));
    if (found === null) throw new SimulatedError("ItemNotFound", `There is no chart '${String(args[0])}'.`);
    return found;
  }

  override call(method: string, args: unknown[]): unknown {
    switch (method) {
      case "add":
        return this.add(stringArg(args, 0, "The chart type"), objectArg(args, 1, RangeObject), args[2]);
      case "getItemOrNullObject":
        return this.find(stringArg(args, 0, "The chart's name"));
      case "getItem":
        return this.index(args);
      default:
        return super.call(method, args);
    }
  }

  private add(type: string, source: RangeObject, seriesBy: unknown): ChartObject {
    const wb = this.workbook;
    // The native funnel needs ExcelApi 1.9; some hosts refuse it even so.
    if (type === "Funnel" && (wb.funnelChartFails || !wb.isSetSupported("ExcelApi", "1.9")))
      throw new SimulatedError("GeneralException", "The funnel chart type is not available here.");
    const chart: ChartModel = {
      id: wb.newChartId(),
      name: defaultChartName(this.sheet),
      chartType: type,
      title: "",
      top: 0,
      left: 0,
      ...DEFAULT_CHART_SIZE,
      reversePlotOrder: false,
      legendVisible: true,
      ...seriesFromSource(wb, source, seriesBy),
    };
    this.sheet.charts.push(chart);
    return new ChartObject(this.env, this.sheet, chart);
  }
}

export class ChartObject extends HostObject {
  readonly wireClass = "Chart";
  override readonly scalars = ["chartType", "id", "name", "top", "left", "width", "height"];

  constructor(
    env: HostEnv,
    readonly sheet: SheetModel,
    readonly chart: ChartModel,
  ) {
    super(env);
  }

  override addressKey(): string {
    return this.chart.id;
  }

  private live(): ChartModel {
    if (!this.sheet.charts.includes(this.chart)) throw new SimulatedError("ItemNotFound", "The chart was deleted.");
    return this.chart;
  }

  override read(property: string): unknown {
    const chart = this.live();
    if (property === "name") return chart.name;
    if (property === "id") return chart.id;
    if (property === "chartType") return NEWER_CHART_TYPES.has(chart.chartType) ? null : chart.chartType;
    if (GEOMETRY.has(property)) return chart[property as keyof ChartGeometry];
    return super.read(property);
  }

  override write(property: string, value: unknown): void {
    const chart = this.live();
    if (property === "name") chart.name = String(value);
    else if (GEOMETRY.has(property)) {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
        throw new SimulatedError(
          "InvalidArgument",
          `Chart.${property} must be a number of points, not ${String(value)}.`,
        );
      chart[property as keyof ChartGeometry] = value;
    } else super.write(property, value);
  }

  override navigate(property: string): HostObject | null {
    const chart = this.live();
    switch (property) {
      case "series":
        return new ChartSeriesCollectionObject(this.env, supported(chart, "Chart.series"));
      case "title":
        return new ChartPartObject(this.env, "ChartTitle", supported(chart, "Chart.title"), { text: "title" });
      case "legend":
        return new ChartPartObject(this.env, "ChartLegend", supported(chart, "Chart.legend"), {
          visible: "legendVisible",
        });
      case "axes":
        return new ChartAxesObject(this.env, supported(chart, "Chart.axes"));
      case "dataLabels":
        return new ChartDataLabelsObject(this.env, supported(chart, "Chart.dataLabels"));
      default:
        return super.navigate(property);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    const chart = this.live();
    switch (method) {
      case "setData":
        Object.assign(
          supported(chart, "Chart.setData"),
          seriesFromSource(this.workbook, objectArg(args, 0, RangeObject), args[1]),
        );
        return null;
      case "setPosition": {
        // The chart's top-left goes to the start cell; with an end cell it covers both and all between.
        const cell = (ref: unknown, corner: "first" | "last") =>
          ref instanceof RangeObject ? cellAddress(ref.area[corner].row, ref.area[corner].col) : String(ref);
        const start = cell(args[0], "first");
        const box = cellsBox(
          this.sheet,
          start,
          args[1] === undefined || args[1] === null ? start : cell(args[1], "last"),
        );
        if (args[1] === undefined || args[1] === null) Object.assign(chart, { top: box.top, left: box.left });
        else Object.assign(chart, box);
        return null;
      }
      case "delete":
        this.sheet.charts.splice(this.sheet.charts.indexOf(chart), 1);
        return null;
      default:
        return super.call(method, args);
    }
  }
}

/** A part of a chart holding plain properties of the chart's model (its title, its legend). */
class ChartPartObject extends HostObject {
  override readonly scalars: readonly string[];

  constructor(
    env: HostEnv,
    readonly wireClass: string,
    readonly chart: ChartModel,
    private readonly fields: Record<string, "title" | "legendVisible" | "reversePlotOrder">,
  ) {
    super(env);
    this.scalars = Object.keys(fields);
  }

  override read(property: string): unknown {
    const field = this.fields[property];
    return field === undefined ? super.read(property) : this.chart[field];
  }

  override write(property: string, value: unknown): void {
    const field = this.fields[property];
    if (field === undefined) super.write(property, value);
    else if (field === "title") this.chart.title = String(value);
    else this.chart[field] = value === true;
  }
}

class ChartAxesObject extends HostObject {
  readonly wireClass = "ChartAxes";

  constructor(
    env: HostEnv,
    readonly chart: ChartModel,
  ) {
    super(env);
  }

  override navigate(property: string): HostObject | null {
    if (property === "categoryAxis")
      return new ChartPartObject(this.env, "ChartAxis", this.chart, { reversePlotOrder: "reversePlotOrder" });
    return super.navigate(property);
  }
}

class ChartDataLabelsObject extends HostObject {
  readonly wireClass = "ChartDataLabels";
  override readonly scalars = ["showValue", "position", "numberFormat"];

  constructor(
    env: HostEnv,
    readonly chart: ChartModel,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    const labels = this.chart.dataLabels ?? { showValue: false };
    if (property === "showValue") return labels.showValue;
    if (property === "position") return labels.position ?? "BestFit";
    if (property === "numberFormat") return labels.numberFormat ?? "General";
    return super.read(property);
  }

  override write(property: string, value: unknown): void {
    const labels = { showValue: false, ...this.chart.dataLabels };
    if (property === "showValue") labels.showValue = value === true;
    else if (property === "position") labels.position = String(value);
    else if (property === "numberFormat") labels.numberFormat = String(value);
    else {
      super.write(property, value);
      return;
    }
    this.chart.dataLabels = labels;
  }
}

class ChartSeriesCollectionObject extends HostCollection {
  readonly wireClass = "ChartSeriesCollection";

  constructor(
    env: HostEnv,
    readonly chart: ChartModel,
  ) {
    super(env);
  }

  override list(): HostObject[] {
    return this.chart.series.map((series) => new ChartSeriesObject(this.env, series));
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "add") {
      const series: ChartSeriesModel = { name: stringArg(args, 0, "The series' name"), values: "", filled: true };
      const at = typeof args[1] === "number" ? args[1] : this.chart.series.length;
      this.chart.series.splice(at, 0, series);
      if (this.chart.series.length > MAX_CHART_SERIES)
        throw new SimulatedError("InvalidArgument", `A chart can have at most ${MAX_CHART_SERIES} series.`);
      return new ChartSeriesObject(this.env, series);
    }
    return super.call(method, args);
  }
}

class ChartSeriesObject extends HostObject {
  readonly wireClass = "ChartSeries";
  override readonly scalars = ["name", "hasDataLabels"];

  constructor(
    env: HostEnv,
    readonly series: ChartSeriesModel,
  ) {
    super(env);
  }

  override read(property: string): unknown {
    if (property === "name") return this.series.name;
    if (property === "hasDataLabels") return this.series.dataLabels === true;
    return super.read(property);
  }

  override write(property: string, value: unknown): void {
    if (property === "name") this.series.name = String(value);
    else if (property === "hasDataLabels") this.series.dataLabels = value === true;
    else super.write(property, value);
  }

  override navigate(property: string): HostObject | null {
    if (property === "format") return new SeriesFormatObject(this.env, this.series);
    return super.navigate(property);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "setValues" || method === "setXAxisValues") {
      const source = objectArg(args, 0, RangeObject);
      const reference = this.workbook.absolute(source.sheet, source.area);
      if (method === "setValues") this.series.values = reference;
      else this.series.xValues = reference;
      return null;
    }
    return super.call(method, args);
  }
}

class SeriesFormatObject extends HostObject {
  readonly wireClass = "ChartSeriesFormat";

  constructor(
    env: HostEnv,
    readonly series: ChartSeriesModel,
  ) {
    super(env);
  }

  override navigate(property: string): HostObject | null {
    if (property === "fill") return new SeriesFillObject(this.env, this.series);
    return super.navigate(property);
  }
}

class SeriesFillObject extends HostObject {
  readonly wireClass = "ChartFill";

  constructor(
    env: HostEnv,
    readonly series: ChartSeriesModel,
  ) {
    super(env);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === "clear") {
      this.series.filled = false;
      return null;
    }
    return super.call(method, args);
  }
}
