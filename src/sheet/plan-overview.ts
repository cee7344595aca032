/**
 * The Overview sheet (DESIGN.md "Several funnels and periods"): one row per funnel sheet, every figure a
 * live formula pointing at that sheet's own cells (revenue now, forecast, extra, overall conversion now
 * and forecast, cost per sale and return on costs; how sure the revenue is, at least and at most; revenue
 * per day and LTV:CAC), totals with workbook-scoped names, and the range a chart comparing the funnels
 * draws from. Pure: the export writes it, and so will the Excel adapter.
 */
import { absoluteCell, columnLetter, quoteSheet } from "./a1";
import { funnelExpression } from "./history-formulas";
import type { PlanName, SheetPlan } from "./plan-sheet";
import type { WorkbookLabels } from "./workbook-labels";

export const OVERVIEW_TOTAL_NAMES = ["FunnelsRevenue", "FunnelsForecastRevenue", "FunnelsExtraRevenue"] as const;
export type OverviewTotalName = (typeof OVERVIEW_TOTAL_NAMES)[number];

/** The plan names an Overview row reads from a funnel sheet. */
export type OverviewSource = PlanName;

export interface OverviewEntry {
  sheetName: string;
  /** How a formula on the Overview refers to that sheet's cell of `name` ("'Shoes'!$B$30", "'Shoes'!FunnelRevenue"). */
  reference: (name: OverviewSource) => string;
}

/**
 * References to the cells a funnel sheet's plan puts its names on: for a file made at once (the
 * export), where every address is known and LibreOffice, which cannot read another sheet's own names,
 * recalculates it.
 */
export function cellReferences(sheetName: string, plan: SheetPlan): OverviewEntry {
  return {
    sheetName,
    reference: (name) => {
      const found = plan.names.find((n) => n.name === name);
      if (found === undefined) throw new Error(`planOverview: the funnel plan has no ${name}`);
      return `${quoteSheet(sheetName)}!${absoluteCell(found.address)}`;
    },
  };
}

/**
 * References to a funnel sheet's own names ('Shoes'!FunnelRevenue): for the add-in, which does not read
 * every funnel sheet to update the Overview. Excel keeps them right when rows are inserted there or the
 * sheet is renamed.
 */
export function nameReferences(sheetName: string): OverviewEntry {
  return { sheetName, reference: (name) => `${quoteSheet(sheetName)}!${name}` };
}

export interface OverviewCell {
  address: string;
  formula?: string;
  value?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface OverviewPlan {
  cells: OverviewCell[];
  /** Workbook-scoped names of the totals. */
  names: { name: OverviewTotalName; address: string }[];
  /** Funnel names and their revenue now and forecast, for the comparison chart. */
  chart: { categories: string; now: string; forecast: string };
  headerRow: number;
  lastRow: number;
}

/** The figures per funnel, in column order: the plan name each column reads, and its format kind. */
const FIGURES: readonly {
  name: PlanName;
  label: (l: OverviewColumnLabels) => string;
  format: "money" | "percent" | "ratio";
}[] = [
  { name: "FunnelRevenue", label: (l) => l.revenue, format: "money" },
  { name: "FunnelForecastRevenue", label: (l) => l.forecastRevenue, format: "money" },
  { name: "FunnelExtraRevenue", label: (l) => l.extraRevenue, format: "money" },
  { name: "FunnelConversion", label: (l) => l.overallConversion, format: "percent" },
  { name: "FunnelForecastConversion", label: (l) => l.forecastOverallConversion, format: "percent" },
  { name: "FunnelCostPerSale", label: (l) => l.costPerSale, format: "money" },
  { name: "FunnelROI", label: (l) => l.roi, format: "percent" },
  { name: "FunnelRevenueLow", label: (l) => l.revenueLow, format: "money" },
  { name: "FunnelRevenueHigh", label: (l) => l.revenueHigh, format: "money" },
  { name: "FunnelRevenuePerDay", label: (l) => l.revenuePerDay, format: "money" },
  { name: "FunnelLtvToCac", label: (l) => l.ltvToCac, format: "ratio" },
];

export interface OverviewColumnLabels extends WorkbookLabels {
  revenue: string;
  forecastRevenue: string;
  extraRevenue: string;
  overallConversion: string;
  forecastOverallConversion: string;
  costPerSale: string;
  roi: string;
  revenueLow: string;
  revenueHigh: string;
  revenuePerDay: string;
  ltvToCac: string;
}

/** The funnel's name in A, then one column per figure. */
const COLUMNS = FIGURES.map((_, i) => columnLetter(2 + i));
/** The last column of the Overview's block. */
export const OVERVIEW_LAST_COLUMN = COLUMNS[COLUMNS.length - 1] as string;
/** Columns the Overview's block takes: the funnel's name and the figures. */
export const OVERVIEW_COLUMNS = 1 + FIGURES.length;

export function planOverview(
  entries: readonly OverviewEntry[],
  labels: OverviewColumnLabels,
  formats: { money: string; percent: string; ratio: string },
): OverviewPlan {
  const header = 3;
  const cells: OverviewCell[] = [
    { address: "A1", value: labels.overviewTitle, bold: true },
    { address: `A${header}`, value: labels.overviewFunnel, bold: true },
  ];
  FIGURES.forEach((figure, i) =>
    cells.push({ address: `${COLUMNS[i]}${header}`, value: figure.label(labels), bold: true }),
  );
  entries.forEach((entry, index) => {
    const row = header + 1 + index;
    cells.push({ address: `A${row}`, formula: `=${funnelExpression(entry.reference("FunnelName"), entry.sheetName)}` });
    FIGURES.forEach((figure, i) => {
      cells.push({
        address: `${COLUMNS[i]}${row}`,
        formula: `=${entry.reference(figure.name)}`,
        numberFormat: formats[figure.format],
      });
    });
  });
  const last = header + entries.length;
  const total = last + 1;
  cells.push({ address: `A${total}`, value: labels.overviewTotal, bold: true });
  const names: OverviewPlan["names"] = [];
  OVERVIEW_TOTAL_NAMES.forEach((name, i) => {
    const column = COLUMNS[i] as string;
    cells.push({
      address: `${column}${total}`,
      formula: `=SUM(${column}${header + 1}:${column}${last})`,
      numberFormat: formats.money,
      bold: true,
    });
    names.push({ name, address: `${column}${total}` });
  });
  return {
    cells,
    names,
    chart: {
      categories: `A${header + 1}:A${last}`,
      now: `B${header + 1}:B${last}`,
      forecast: `C${header + 1}:C${last}`,
    },
    headerRow: header,
    lastRow: total,
  };
}
