/**
 * The labels the add-in writes into a funnel sheet (headers, summary lines, the costs, cycle and period
 * blocks, the Overview's and the history's), and their English wording (the other languages are in
 * src/i18n). A module of their own, so that the pane, which shows them, opens without the code that lays
 * a sheet out (plan-sheet.ts).
 */
import type { MoneyLabels } from "./plan-money";
import type { PeriodLabels } from "./plan-periods";
import type { WorkbookLabels } from "./workbook-labels";
import type { RangeLabels } from "./plan-range";
import type { MeasureLabels } from "./plan-measure";
import type { CycleLabels } from "./plan-cycle";

export interface SheetLabels
  extends MoneyLabels, PeriodLabels, WorkbookLabels, RangeLabels, MeasureLabels, CycleLabels {
  step: string;
  result: string;
  conversion: string;
  improvement: string;
  forecastConversion: string;
  forecastResult: string;
  extraRevenueAlone: string;
  revenuePerPoint: string;
  saleValue: string;
  revenue: string;
  forecastRevenue: string;
  extraRevenue: string;
  overallConversion: string;
  forecastOverallConversion: string;
  /** Name of a new funnel sheet ("Funnel", "Funnel 2", ...), its title and one-line hint. */
  sheetName: string;
  sheetTitle: string;
  sheetHint: string;
  chartTitle: string;
  comparisonTitle: string;
  chartNow: string;
  chartForecast: string;
  chartSpacer: string;
}

export const englishSheetLabels: SheetLabels = {
  step: "Step",
  result: "Result",
  conversion: "Conversion",
  improvement: "Improvement hoped for",
  forecastConversion: "Forecast conversion",
  forecastResult: "Forecast result",
  extraRevenueAlone: "Extra revenue (this step alone)",
  revenuePerPoint: "Revenue per +1 point",
  saleValue: "Average sale value",
  revenue: "Revenue now",
  forecastRevenue: "Forecast revenue",
  extraRevenue: "Extra revenue",
  overallConversion: "Overall conversion now",
  forecastOverallConversion: "Overall conversion forecast",
  sheetName: "Funnel",
  sheetTitle: "Sales funnel",
  sheetHint: "Type results in column B and hoped-for improvements in column D; everything else recalculates.",
  chartTitle: "Sales funnel",
  comparisonTitle: "Conversion per step: now and forecast",
  chartNow: "Now",
  chartForecast: "Forecast",
  chartSpacer: "(chart spacer)",
  conversionLow: "Conversion at least (95% sure)",
  conversionHigh: "Conversion at most (95% sure)",
  costPerResult: "Cost per result",
  neededForTarget: "Needed for the target",
  conversionNeeded: "Conversion needed for the target (this step alone)",
  moneyHeading: "Costs and target (optional)",
  costs: "Costs of the period",
  improvementCost: "Cost of the improvements",
  grossMargin: "Gross margin",
  revenueTarget: "Revenue target",
  costPerSale: "Cost per sale now",
  forecastCostPerSale: "Cost per sale forecast",
  profit: "Profit now",
  forecastProfit: "Profit forecast",
  roi: "Return on costs now",
  forecastRoi: "Return on costs forecast",
  improvementRoi: "Return on the improvements",
  breakEvenSales: "Sales to break even",
  salesNeeded: "Sales needed for the target",
  leadsNeeded: "Leads needed now",
  leadsNeededForecast: "Leads needed with the improvements",
  revenueLow: "Revenue now at least (95% sure)",
  revenueHigh: "Revenue now at most (95% sure)",
  forecastRevenueLow: "Forecast revenue at least (95% sure)",
  forecastRevenueHigh: "Forecast revenue at most (95% sure)",
  periodsToMeasure: "Periods like this one to see the change",
  leadsToMeasure: "Leads to see the change in one period",
  cycleHeading: "Sales cycle and customer value (optional)",
  cycleDays: "Days from first contact to sale",
  lifetimeValue: "Lifetime value of one customer",
  revenuePerDay: "Revenue per day now",
  forecastRevenuePerDay: "Revenue per day forecast",
  customersValue: "Customers' lifetime value now",
  forecastCustomersValue: "Customers' lifetime value forecast",
  ltvToCac: "Lifetime value to cost per sale (LTV:CAC) now",
  forecastLtvToCac: "LTV:CAC forecast",
  paybackSales: "Sales to pay back winning one customer",
  periodHeading: "Product and period",
  funnelName: "Product (empty: the sheet's name)",
  comparePeriod: "Compare with period (empty: the latest closed)",
  latestPeriod: "Latest closed period",
  comparedPeriod: "Compared with",
  previousRevenue: "Revenue then",
  previousResult: "Result then",
  previousConversion: "Conversion then",
  conversionChange: "Change in conversion (points)",
  trendHeading: "Conversion per closed period",
  trendTitle: "Conversion per step over the closed periods",
  overviewSheet: "Overview",
  overviewTitle: "All funnels",
  overviewFunnel: "Funnel",
  overviewTotal: "Total",
  overviewChartTitle: "Revenue per funnel: now and forecast",
  historySheet: "Funnel history",
  historyFunnel: "Funnel",
  historyPeriod: "Period",
  historyStep: "Step",
  historyStepName: "Step name",
  historyResult: "Result",
  historySaleValue: "Average sale value",
  historyClosedOn: "Closed on",
};
