/**
 * planSheet: a pure description of everything the add-in writes for a funnel — each cell's formula
 * or value and number format, the header labels, the sheet-scoped names of the summary cells and the
 * chart's source ranges. The Office adapter, the .xlsx export and the formula tests all consume it.
 *
 * Every output is a live formula over B (results), D (improvements) and the sale value, so the sheet
 * keeps recalculating in Excel (or LibreOffice) without the add-in.
 */
import type { FunnelInput, ImprovementMode } from "../funnel/types";
import { planPeriods, type PeriodHistory, type PeriodName } from "./plan-periods";
import { englishSheetLabels, type SheetLabels } from "./sheet-labels";
import { planMoney, type MoneyInputName, type MoneyOutputName, type StepRangeName } from "./plan-money";
import { planRange, type RangeName } from "./plan-range";
import { planMeasure, type MeasureRangeName } from "./plan-measure";
import { MEASURE_COLUMNS, TABLE_NAME } from "./block-layout";
import { planCycle, type CycleInputName, type CycleOutputName } from "./plan-cycle";

export type CellRole =
  /** Typed by the user (A, B, D, the sale value): written only when creating a sheet or on explicit input. */
  | "input"
  /** Owned by the add-in: rewritten on every recalculation. */
  | "output";

export interface PlannedCell {
  address: string;
  row: number;
  column: string;
  role: CellRole;
  formula?: string;
  value?: string | number;
  /** Write as text even if it looks like a formula (step names). */
  text?: boolean;
  numberFormat?: string;
}

/** Every sheet-scoped name the plan gives a cell or a column of step rows. */
export type PlanName =
  | SummaryName
  | MoneyInputName
  | MoneyOutputName
  | StepRangeName
  | PeriodName
  | RangeName
  | MeasureRangeName
  | CycleInputName
  | CycleOutputName;

export interface PlannedName {
  name: PlanName;
  address: string;
}

export interface ChartSeriesPlan {
  name: string;
  values: string;
}

export interface ChartPlan {
  /** The funnel of today's results (native funnel chart, or stacked bars with an invisible spacer). */
  name: string;
  title: string;
  categories: string;
  /** Category names and today's results, side by side (A:B of the step rows). */
  source: string;
  results: ChartSeriesPlan;
  spacer: ChartSeriesPlan;
  /**
   * Conversion per step (from the second step) now versus forecast, as clustered bars labelled in
   * percent: on the same scale at every step, so the gain shows at the bottom of the funnel too.
   */
  comparisonName: string;
  comparisonTitle: string;
  comparison: { categories: string; now: ChartSeriesPlan; forecast: ChartSeriesPlan; numberFormat: string };
  /** Cells the two charts cover (top-left to bottom-right). */
  position: { start: string; end: string };
  comparisonPosition: { start: string; end: string };
  /**
   * Each step's conversion over the closed periods, a line per step (series by rows of the trend, the
   * period labels as categories), under the other two; null where the funnel has no closed period.
   */
  trend: {
    name: typeof TREND_CHART_NAME;
    title: string;
    source: string;
    position: { start: string; end: string };
  } | null;
}

export interface SheetPlan {
  /** Sheet-scoped name covering the whole block the add-in laid out (header row to last summary row). */
  tableName: typeof TABLE_NAME;
  tableRange: string;
  headerRow: number;
  firstStepRow: number;
  lastStepRow: number;
  summaryRow: number;
  /** Heading of the costs and target block (in A, under the summary); its inputs are the rows below. */
  moneyHeadingRow: number;
  /** The product and period block's heading row, and the cell of the funnel's name (FunnelName). */
  periodHeadingRow: number;
  nameCell: string;
  /** The last column the block uses (S: when a change will show, right of the period comparison). */
  lastColumn: string;
  lastRow: number;
  saleValueCell: string;
  cells: PlannedCell[];
  /** Column I: half the gap to the widest step, only written when the chart falls back to stacked bars. */
  spacerCells: PlannedCell[];
  names: PlannedName[];
  chart: ChartPlan;
  mode: ImprovementMode;
}

export { englishSheetLabels, type SheetLabels } from "./sheet-labels";

export const SUMMARY_NAMES = [
  "FunnelSaleValue",
  "FunnelRevenue",
  "FunnelForecastRevenue",
  "FunnelExtraRevenue",
  "FunnelConversion",
  "FunnelForecastConversion",
] as const;
export type SummaryName = (typeof SUMMARY_NAMES)[number];

export const CHART_NAME = "FunnelForecastChart";
/** The funnel as stacked bars, where the native funnel chart is missing, refused or not wanted. */
export const BARS_CHART_NAME = "FunnelForecastBars";
export const COMPARISON_CHART_NAME = "FunnelForecastComparison";
/** Each step's conversion over the closed periods (plan-trend.ts). */
export const TREND_CHART_NAME = "FunnelForecastTrend";
export { TABLE_NAME };
/** Column of the stacked-bar chart's invisible spacer series. */
export const SPACER_COLUMN = "I";
/**
 * The charts sit right of the last planned column, one column apart. (A sheet laid out before R and S
 * existed keeps its charts where they are, from S: they are the user's once made.)
 */
export const CHART_COLUMNS = { first: "U", last: "AA" } as const;

export const NUMBER_FORMATS = {
  count: "#,##0",
  fractionalCount: "#,##0.0#",
  forecastCount: "#,##0.0",
  percent: "0.0%",
  overallPercent: "0.00%",
  /** A change in conversion, in percentage points, with its sign. */
  points: "+0.0%;-0.0%;0.0%",
  money: "#,##0.00",
  /**
   * Shows nothing (every section empty): the bars funnel's spacer (column I) is styled away rather than
   * hidden, because a chart leaves out a hidden column's cells unless Chart.plotVisibleOnly is false,
   * which needs ExcelApi 1.8 — Excel 2019 for Mac stops at 1.7.
   */
  hidden: ";;;",
  /** A ratio such as LTV:CAC (12.5 means 12.5 to 1). */
  ratio: "0.0",
} as const;

export interface PlanAnchor {
  /** 1-based sheet row of the header row; the first step is on the row below it. */
  headerRow: number;
  /** Row of the summary block (sale value first); default: one empty row below the last step. */
  summaryRow?: number;
}

export interface PlanOptions {
  labels?: SheetLabels;
  /** Excel number format for money cells, e.g. `"€ "#,##0.00`. */
  moneyFormat?: string;
  /** The sheet's name: the funnel's name while FunnelName is empty. */
  sheetName?: string;
  /** Present where the workbook keeps a FunnelHistory table: the funnel's latest closed period ("" for none). */
  history?: PeriodHistory | null;
}

/** The forecast conversion formula of step row k (k > first step row); the only place the mode shows. */
function forecastConversionFormula(mode: ImprovementMode, k: number): string {
  const improved = mode === "points" ? `MAX(0,MIN(1,C${k}+D${k}))` : `MIN(1,C${k}*(1+D${k}))`;
  return `=IF(C${k}="","",${improved})`;
}

/**
 * The flow through step row k with step k's conversion replaced by `conversion`, to the last step row q:
 * the step before times that conversion times the conversions after it (B_q / B_k when B_k > 0, else 0).
 */
function flowWithConversion(conversion: string, k: number, q: number): string {
  if (k === q) return `B${k - 1}*${conversion}`;
  return `B${k - 1}*${conversion}*IF(B${k}>0,$B$${q}/B${k},0)`;
}

export function planSheet(input: FunnelInput, anchor: PlanAnchor, options: PlanOptions = {}): SheetPlan {
  const labels = options.labels ?? englishSheetLabels;
  const money = options.moneyFormat ?? NUMBER_FORMATS.money;
  const mode: ImprovementMode = input.improvementMode ?? "relative";
  const n = input.steps.length;
  if (!Number.isInteger(anchor.headerRow) || anchor.headerRow < 1) {
    throw new RangeError(`planSheet: headerRow must be a positive whole row number, got ${anchor.headerRow}`);
  }
  if (n < 2) throw new RangeError(`planSheet: a funnel needs at least 2 steps, got ${n}`);
  const h = anchor.headerRow;
  const p = h + 1;
  const q = h + n;
  const s = anchor.summaryRow ?? q + 2;
  if (!Number.isInteger(s) || s <= q) {
    throw new RangeError(`planSheet: the summary must start below the last step (row ${q}), got ${s}`);
  }
  const sale = `$B$${s}`;
  const cells: PlannedCell[] = [];
  const add = (
    column: string,
    row: number,
    role: CellRole,
    content: Omit<PlannedCell, "address" | "row" | "column" | "role">,
  ) => cells.push({ address: `${column}${row}`, row, column, role, ...content });

  add("A", h, "input", { value: labels.step, text: true });
  add("B", h, "input", { value: labels.result, text: true });
  add("C", h, "output", { value: labels.conversion, text: true });
  add("D", h, "input", { value: labels.improvement, text: true });
  add("E", h, "output", { value: labels.forecastConversion, text: true });
  add("F", h, "output", { value: labels.forecastResult, text: true });
  add("G", h, "output", { value: labels.extraRevenueAlone, text: true });
  add("H", h, "output", { value: labels.revenuePerPoint, text: true });

  input.steps.forEach((step, i) => {
    const k = p + i;
    add("A", k, "input", { value: step.name, text: true });
    // A result that is not whole (it gets a warning) is shown as typed, not rounded to a whole person.
    const resultFormat = Number.isInteger(step.result) ? NUMBER_FORMATS.count : NUMBER_FORMATS.fractionalCount;
    add("B", k, "input", { value: step.result, numberFormat: resultFormat });
    // An improvement nobody typed stays an empty cell, not a 0 %.
    const improvement = step.improvementBlank === true ? "" : step.improvement;
    add("D", k, "input", { value: improvement, numberFormat: NUMBER_FORMATS.percent });
    if (i === 0) {
      add("F", k, "output", { formula: `=B${k}*(1+D${k})`, numberFormat: NUMBER_FORMATS.forecastCount });
      add("G", k, "output", { formula: `=$B$${q}*D${k}*${sale}`, numberFormat: money });
      return;
    }
    add("C", k, "output", { formula: `=IF(B${k - 1}>0,B${k}/B${k - 1},"")`, numberFormat: NUMBER_FORMATS.percent });
    add("E", k, "output", { formula: forecastConversionFormula(mode, k), numberFormat: NUMBER_FORMATS.percent });
    add("F", k, "output", { formula: `=IF(E${k}="",0,F${k - 1}*E${k})`, numberFormat: NUMBER_FORMATS.forecastCount });
    add("G", k, "output", {
      formula: `=IF(E${k}="",0,(${flowWithConversion(`E${k}`, k, q)}-$B$${q})*${sale})`,
      numberFormat: money,
    });
    add("H", k, "output", {
      formula: `=IF(C${k}="","",(${flowWithConversion(`MIN(1,C${k}+0.01)`, k, q)}-$B$${q})*${sale})`,
      numberFormat: money,
    });
  });

  const summary: { label: string; name: SummaryName; role: CellRole; content: Partial<PlannedCell> }[] = [
    {
      label: labels.saleValue,
      name: "FunnelSaleValue",
      role: "input",
      content: { value: input.averageSaleValue, numberFormat: money },
    },
    {
      label: labels.revenue,
      name: "FunnelRevenue",
      role: "output",
      content: { formula: `=B${q}*${sale}`, numberFormat: money },
    },
    {
      label: labels.forecastRevenue,
      name: "FunnelForecastRevenue",
      role: "output",
      content: { formula: `=F${q}*${sale}`, numberFormat: money },
    },
    {
      label: labels.extraRevenue,
      name: "FunnelExtraRevenue",
      role: "output",
      content: { formula: `=B${s + 2}-B${s + 1}`, numberFormat: money },
    },
    {
      label: labels.overallConversion,
      name: "FunnelConversion",
      role: "output",
      content: { formula: `=IF(B${p}>0,B${q}/B${p},"")`, numberFormat: NUMBER_FORMATS.overallPercent },
    },
    {
      label: labels.forecastOverallConversion,
      name: "FunnelForecastConversion",
      role: "output",
      content: { formula: `=IF(F${p}>0,F${q}/F${p},"")`, numberFormat: NUMBER_FORMATS.overallPercent },
    },
  ];
  const names: PlannedName[] = [];
  summary.forEach((line, i) => {
    const row = s + i;
    add("A", row, "output", { value: line.label, text: true });
    add("B", row, line.role, line.content);
    names.push({ name: line.name, address: `B${row}` });
  });

  const spacerCells: PlannedCell[] = [];
  for (let k = p; k <= q; k++) {
    spacerCells.push({
      address: `${SPACER_COLUMN}${k}`,
      row: k,
      column: SPACER_COLUMN,
      role: "output",
      formula: `=(MAX($B$${p}:$B$${q})-B${k})/2`,
      numberFormat: NUMBER_FORMATS.hidden,
    });
  }
  const moneyBlock = planMoney(input, {
    firstStepRow: p,
    lastStepRow: q,
    summaryRow: s,
    labels,
    moneyFormat: money,
    formats: { percent: NUMBER_FORMATS.percent, count: NUMBER_FORMATS.forecastCount, margin: NUMBER_FORMATS.percent },
  });
  const parts = [
    moneyBlock,
    planRange({ firstStepRow: p, lastStepRow: q, summaryRow: s, mode, labels, moneyFormat: money }),
    planMeasure({
      firstStepRow: p,
      lastStepRow: q,
      labels,
      formats: { periods: NUMBER_FORMATS.forecastCount, leads: NUMBER_FORMATS.count },
    }),
    planCycle(input, {
      lastStepRow: q,
      summaryRow: s,
      labels,
      formats: {
        money,
        days: NUMBER_FORMATS.forecastCount,
        ratio: NUMBER_FORMATS.ratio,
        sales: NUMBER_FORMATS.fractionalCount,
      },
    }),
  ];
  for (const part of parts) {
    for (const { column, row, role, ...content } of part.cells) add(column, row, role, content);
    names.push(...part.names);
  }
  const periodBlock = planPeriods({
    firstStepRow: p,
    lastStepRow: q,
    afterRow: moneyBlock.lastRow,
    sheetName: options.sheetName ?? labels.sheetName,
    labels,
    name: input.name ?? "",
    history: options.history ?? null,
    formats: {
      count: NUMBER_FORMATS.forecastCount,
      percent: NUMBER_FORMATS.percent,
      points: NUMBER_FORMATS.points,
      money,
    },
  });
  for (const { column, row, role, ...content } of periodBlock.cells) add(column, row, role, content);
  names.push(...periodBlock.names);
  const lastRow = periodBlock.lastRow;
  const lastColumn = MEASURE_COLUMNS[MEASURE_COLUMNS.length - 1] as string;
  const chartRows = Math.max(15, q - h + 1);

  return {
    tableName: TABLE_NAME,
    tableRange: `A${h}:${lastColumn}${lastRow}`,
    headerRow: h,
    firstStepRow: p,
    lastStepRow: q,
    summaryRow: s,
    moneyHeadingRow: moneyBlock.headingRow,
    periodHeadingRow: periodBlock.headingRow,
    nameCell: periodBlock.nameCell,
    lastColumn,
    lastRow,
    saleValueCell: `B${s}`,
    cells,
    spacerCells,
    names,
    mode,
    chart: {
      name: CHART_NAME,
      title: labels.chartTitle,
      categories: `A${p}:A${q}`,
      source: `A${p}:B${q}`,
      results: { name: labels.chartNow, values: `B${p}:B${q}` },
      spacer: { name: labels.chartSpacer, values: `${SPACER_COLUMN}${p}:${SPACER_COLUMN}${q}` },
      comparisonName: COMPARISON_CHART_NAME,
      comparisonTitle: labels.comparisonTitle,
      comparison: {
        categories: `A${p + 1}:A${q}`,
        now: { name: labels.chartNow, values: `C${p + 1}:C${q}` },
        forecast: { name: labels.chartForecast, values: `E${p + 1}:E${q}` },
        numberFormat: NUMBER_FORMATS.percent,
      },
      position: { start: `${CHART_COLUMNS.first}${h}`, end: `${CHART_COLUMNS.last}${h + chartRows - 1}` },
      comparisonPosition: {
        start: `${CHART_COLUMNS.first}${h + chartRows + 1}`,
        end: `${CHART_COLUMNS.last}${h + 2 * chartRows}`,
      },
      trend:
        periodBlock.trendSource === null
          ? null
          : {
              name: TREND_CHART_NAME,
              title: labels.trendTitle,
              source: periodBlock.trendSource,
              position: {
                start: `${CHART_COLUMNS.first}${h + 2 * chartRows + 2}`,
                end: `${CHART_COLUMNS.last}${h + 3 * chartRows + 1}`,
              },
            },
    },
  };
}
