/**
 * What every output cell and named summary cell of a planned sheet must evaluate to, according to
 * forecastFunnel. Shared by the HyperFormula, LibreOffice and Office-simulation suites.
 */
import type { FunnelForecast, FunnelInput, SheetPlan, SummaryName } from "../../src/funnel";

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
  });
  return out;
}

export function expectedNamedValues(forecast: FunnelForecast, input: FunnelInput): Record<SummaryName, number | null> {
  return {
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
