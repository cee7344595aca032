/**
 * What every output cell and named summary cell of a planned sheet must evaluate to, according to
 * forecastFunnel. Shared by the HyperFormula, LibreOffice and Office-simulation suites.
 */
import type { FunnelForecast, FunnelInput } from "../../src/funnel";
import type { PlanName, SheetPlan } from "../../src/sheet";

export interface ExpectedCell {
  address: string;
  /** null: the cell shows nothing (an empty-string formula result). */
  expected: number | null;
  /** Scale for near-zero comparisons (see close.ts). */
  scale: number;
  what: string;
}

export function expectedCells(input: FunnelInput, plan: SheetPlan, forecast: FunnelForecast): ExpectedCell[] {
  const money = moneyScale(forecast);
  const people = Math.max(1, input.steps[0]!.result * (1 + input.steps[0]!.improvement));
  const out: ExpectedCell[] = [];
  forecast.steps.forEach((step, i) => {
    const row = plan.firstStepRow + i;
    if (i > 0) {
      out.push({ address: `C${row}`, expected: step.conversion, scale: 1, what: `conversion of step ${i + 1}` });
      out.push({
        address: `E${row}`,
        expected: step.forecastConversion,
        scale: 1,
        what: `forecast conversion of step ${i + 1}`,
      });
      out.push({
        address: `H${row}`,
        expected: step.revenuePerPoint,
        scale: money,
        what: `revenue per point of step ${i + 1}`,
      });
    }
    out.push({
      address: `F${row}`,
      expected: step.forecastResult,
      scale: people,
      what: `forecast result of step ${i + 1}`,
    });
    out.push({
      address: `G${row}`,
      expected: step.extraRevenueAlone,
      scale: money,
      what: `extra revenue alone of step ${i + 1}`,
    });
    if (i > 0) {
      out.push({ address: `J${row}`, expected: step.conversionLow, scale: 1, what: `conversion low of step ${i + 1}` });
      out.push({
        address: `K${row}`,
        expected: step.conversionHigh,
        scale: 1,
        what: `conversion high of step ${i + 1}`,
      });
      out.push({
        address: `N${row}`,
        expected: step.conversionNeededAlone,
        scale: 1,
        what: `conversion needed alone at step ${i + 1}`,
      });
    }
    out.push({ address: `L${row}`, expected: step.costPerResult, scale: 1, what: `cost per result of step ${i + 1}` });
    if (i > 0) {
      out.push({ address: `R${row}`, expected: step.periodsToMeasure, scale: 1, what: `periods to measure ${i + 1}` });
      out.push({ address: `S${row}`, expected: step.leadsToMeasure, scale: 1, what: `leads to measure ${i + 1}` });
    }
    out.push({
      address: `M${row}`,
      expected: step.neededForTarget,
      scale: 1,
      what: `needed for the target at step ${i + 1}`,
    });
  });
  return out;
}

/** The names of how sure the revenue is, and of the sales cycle and lifetime value ("" = null). */
export function expectedRangeAndCycleValues(forecast: FunnelForecast): Partial<Record<PlanName, number | null>> {
  const v = forecast.velocity;
  const l = forecast.lifetime;
  return {
    FunnelRevenueLow: forecast.range.revenueLow,
    FunnelRevenueHigh: forecast.range.revenueHigh,
    FunnelForecastRevenueLow: forecast.range.forecastRevenueLow,
    FunnelForecastRevenueHigh: forecast.range.forecastRevenueHigh,
    FunnelRevenuePerDay: v?.revenuePerDay ?? null,
    FunnelForecastRevenuePerDay: v?.forecastRevenuePerDay ?? null,
    FunnelCustomersValue: l?.customersValue ?? null,
    FunnelForecastCustomersValue: l?.forecastCustomersValue ?? null,
    FunnelLtvToCac: l?.ltvToCac ?? null,
    FunnelForecastLtvToCac: l?.forecastLtvToCac ?? null,
    FunnelPaybackSales: l?.paybackSales ?? null,
  };
}

/** The money and target names: what each must show ("" = null) according to the engine. */
export function expectedMoneyValues(forecast: FunnelForecast): Partial<Record<PlanName, number | null>> {
  const m = forecast.money;
  const t = forecast.target;
  return {
    FunnelCostPerSale: m?.costPerSale ?? null,
    FunnelForecastCostPerSale: m?.forecastCostPerSale ?? null,
    FunnelProfit: m?.profit ?? null,
    FunnelForecastProfit: m?.forecastProfit ?? null,
    FunnelROI: m?.roi ?? null,
    FunnelForecastROI: m?.forecastRoi ?? null,
    FunnelImprovementROI: m?.improvementRoi ?? null,
    FunnelBreakEvenSales: m?.breakEvenSales ?? null,
    FunnelSalesNeeded: t?.salesNeeded ?? null,
    FunnelLeadsNeeded: t?.leadsNeeded ?? null,
    FunnelLeadsNeededForecast: t?.leadsNeededForecast ?? null,
  };
}

/** Scale for comparing a named money or target value (see close.ts). */
export function namedScale(name: string, forecast: FunnelForecast, input: FunnelInput): number {
  // (extra revenue × m − K) / K: an extra revenue that is 0 up to rounding (LibreOffice snaps such a
  // difference to 0) moves it by the revenue's rounding × m / K.
  if (name === "FunnelImprovementROI") {
    return Math.max(1, (moneyScale(forecast) * (input.grossMargin ?? 1)) / Math.max(1e-9, input.improvementCost ?? 0));
  }
  if (/Conversion|ROI|LtvToCac|PaybackSales/.test(name)) return 1;
  if (/PerDay$/.test(name)) return moneyScale(forecast) / (input.cycleDays ?? 1);
  if (/CustomersValue$/.test(name)) return Math.max(1, forecast.steps[0]!.forecastResult) * (input.lifetimeValue ?? 1);
  return Math.max(moneyScale(forecast), Math.abs(input.costs ?? 0) + Math.abs(input.improvementCost ?? 0));
}

export function expectedNamedValues(
  forecast: FunnelForecast,
  input: FunnelInput,
): Partial<Record<PlanName, number | null>> {
  return {
    ...expectedMoneyValues(forecast),
    ...expectedRangeAndCycleValues(forecast),
    FunnelSaleValue: input.averageSaleValue,
    FunnelRevenue: forecast.revenue,
    FunnelForecastRevenue: forecast.forecastRevenue,
    FunnelExtraRevenue: forecast.extraRevenue,
    FunnelConversion: forecast.overallConversion,
    FunnelForecastConversion: forecast.forecastOverallConversion,
  };
}

export function moneyScale(forecast: FunnelForecast): number {
  return Math.max(1, Math.abs(forecast.revenue), Math.abs(forecast.forecastRevenue));
}
