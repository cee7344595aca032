/**
 * Sales-cycle time and lifetime value (DESIGN.md "Sales-cycle time and lifetime value"): two more
 * optional inputs of the costs and target block — the days from a lead's first contact to the purchase,
 * and what one customer brings in over the whole relationship — and their figures, beside the block's
 * own (SIDE_COLUMNS): revenue per day, the customers' lifetime value, LTV:CAC (now and forecast) and the
 * sales that pay back winning one customer. Live formulas giving "" while their inputs are empty, computed
 * as velocity.ts computes them.
 */
import type { FunnelInput } from "../funnel/types";
import { absoluteCell, parseCell } from "./a1";
import { marginExpression } from "./plan-money";
import {
  CYCLE_INPUTS,
  moneyCellsAt,
  moneyHeadingRowAt,
  moneyOutputAt,
  type CycleField,
  type CycleInputName,
} from "./money-cells";
import { SIDE_COLUMNS, type PartCell } from "./plan-part";

export { CYCLE_INPUT_NAMES, type CycleField, type CycleInputName } from "./money-cells";

export const CYCLE_OUTPUT_NAMES = [
  "FunnelRevenuePerDay",
  "FunnelForecastRevenuePerDay",
  "FunnelCustomersValue",
  "FunnelForecastCustomersValue",
  "FunnelLtvToCac",
  "FunnelForecastLtvToCac",
  "FunnelPaybackSales",
] as const;
export type CycleOutputName = (typeof CYCLE_OUTPUT_NAMES)[number];

export interface CycleLabels {
  cycleHeading: string;
  cycleDays: string;
  lifetimeValue: string;
  revenuePerDay: string;
  forecastRevenuePerDay: string;
  customersValue: string;
  forecastCustomersValue: string;
  ltvToCac: string;
  forecastLtvToCac: string;
  paybackSales: string;
}

export interface CycleFrame {
  lastStepRow: number;
  summaryRow: number;
  labels: CycleLabels;
  formats: { money: string; days: string; ratio: string; sales: string };
}

export function planCycle(
  input: FunnelInput,
  frame: CycleFrame,
): { cells: PartCell[]; names: { name: CycleInputName | CycleOutputName; address: string }[] } {
  const { lastStepRow: q, summaryRow: s, labels, formats } = frame;
  // Beside the costs and target block: its heading's row, then the inputs where moneyCellsAt puts them.
  const heading = moneyHeadingRowAt(s);
  const inputs = moneyCellsAt(s);
  const days = absoluteCell(inputs.cycleDays);
  const lifetime = absoluteCell(inputs.lifetimeValue);
  // The costs and target block's cost per sale, now and forecast ("" without costs), and its margin.
  const cost = absoluteCell(moneyOutputAt(s, "FunnelCostPerSale"));
  const forecastCost = absoluteCell(moneyOutputAt(s, "FunnelForecastCostPerSale"));
  const margin = marginExpression(s);
  const sale = `$B$${s}`;
  const cells: PartCell[] = [
    { column: SIDE_COLUMNS.label, row: heading, role: "output", value: labels.cycleHeading, text: true },
  ];
  const names: { name: CycleInputName | CycleOutputName; address: string }[] = [];
  const inputFormat: Record<CycleField, string> = { cycleDays: formats.days, lifetimeValue: formats.money };
  CYCLE_INPUTS.forEach(({ field, name }) => {
    const row = parseCell(inputs[field]).row;
    cells.push({ column: SIDE_COLUMNS.label, row, role: "output", value: labels[field], text: true });
    cells.push({
      column: SIDE_COLUMNS.value,
      row,
      role: "input",
      value: input[field] ?? "",
      numberFormat: inputFormat[field],
    });
    names.push({ name, address: inputs[field] });
  });
  const perDay = (revenue: string) => `=IF(OR(${days}="",${days}<=0),"",${revenue}/${days})`;
  const ofLifetime = (value: string) => `=IF(${lifetime}="","",${value})`;
  const ratioTo = (divisor: string) => `=IF(OR(${lifetime}="",${divisor}="",${divisor}=0),"",${lifetime}/${divisor})`;
  const outputs: Record<CycleOutputName, { label: string; formula: string; format: string }> = {
    FunnelRevenuePerDay: { label: labels.revenuePerDay, formula: perDay(`$B$${s + 1}`), format: formats.money },
    FunnelForecastRevenuePerDay: {
      label: labels.forecastRevenuePerDay,
      formula: perDay(`$B$${s + 2}`),
      format: formats.money,
    },
    FunnelCustomersValue: {
      label: labels.customersValue,
      formula: ofLifetime(`B${q}*${lifetime}`),
      format: formats.money,
    },
    FunnelForecastCustomersValue: {
      label: labels.forecastCustomersValue,
      formula: ofLifetime(`F${q}*${lifetime}`),
      format: formats.money,
    },
    FunnelLtvToCac: { label: labels.ltvToCac, formula: ratioTo(cost), format: formats.ratio },
    FunnelForecastLtvToCac: { label: labels.forecastLtvToCac, formula: ratioTo(forecastCost), format: formats.ratio },
    FunnelPaybackSales: {
      label: labels.paybackSales,
      formula: `=IF(OR(${lifetime}="",${cost}="",${sale}*${margin}=0),"",${cost}/(${sale}*${margin}))`,
      format: formats.sales,
    },
  };
  const firstOutput = Math.max(...CYCLE_INPUTS.map(({ field }) => parseCell(inputs[field]).row)) + 1;
  CYCLE_OUTPUT_NAMES.forEach((name, i) => {
    const row = firstOutput + i;
    const { label, formula, format } = outputs[name];
    cells.push({ column: SIDE_COLUMNS.label, row, role: "output", value: label, text: true });
    cells.push({ column: SIDE_COLUMNS.value, row, role: "output", formula, numberFormat: format });
    names.push({ name, address: `${SIDE_COLUMNS.value}${row}` });
  });
  return { cells, names };
}
