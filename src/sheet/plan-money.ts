/**
 * The money, target and "how sure" part of the sheet plan (DESIGN.md "Money, target and how sure the
 * numbers are"): the four optional inputs and eleven outputs under the summary, and five columns per
 * step (J..N). Every output is a live formula over the inputs, with "" where an input is empty or a
 * divisor is 0, so a colleague without the add-in who types a cost or a target sees everything follow.
 * The formulas compute exactly what money.ts and wilson.ts compute, in the same order.
 */
import type { FunnelInput } from "../funnel/types";
import { absoluteCell } from "./a1";
import type { PartCell } from "./plan-part";
import {
  MONEY_INPUTS,
  MONEY_OUTPUT_NAMES,
  moneyCellsAt,
  moneyHeadingRowAt,
  moneyOutputAt,
  type MoneyInputName,
  type MoneyOutputName,
} from "./money-cells";

export {
  MONEY_INPUT_NAMES,
  MONEY_OUTPUT_NAMES,
  moneyCellsAt,
  moneyHeadingRowAt,
  moneyLastRowAt,
  moneyOutputAt,
  type MoneyInputName,
  type MoneyOutputName,
} from "./money-cells";
import { Z_95 } from "../funnel/wilson";

type BlockField = (typeof MONEY_INPUTS)[number]["field"];

/** Sheet-scoped names of the per-step columns, each covering the step rows. */
export const STEP_RANGE_NAMES = [
  "FunnelConversionLow",
  "FunnelConversionHigh",
  "FunnelCostPerResult",
  "FunnelNeededForTarget",
  "FunnelConversionNeeded",
] as const;
export type StepRangeName = (typeof STEP_RANGE_NAMES)[number];

/** Columns of the per-step outputs, in the order of STEP_RANGE_NAMES. */
export const MONEY_COLUMNS = ["J", "K", "L", "M", "N"] as const;
/** The last money column; the period columns follow it (plan-periods.ts). */
export const LAST_MONEY_COLUMN = "N";

export interface MoneyLabels {
  conversionLow: string;
  conversionHigh: string;
  costPerResult: string;
  neededForTarget: string;
  conversionNeeded: string;
  moneyHeading: string;
  costs: string;
  improvementCost: string;
  grossMargin: string;
  revenueTarget: string;
  costPerSale: string;
  forecastCostPerSale: string;
  profit: string;
  forecastProfit: string;
  roi: string;
  forecastRoi: string;
  improvementRoi: string;
  breakEvenSales: string;
  salesNeeded: string;
  leadsNeeded: string;
  leadsNeededForecast: string;
}

/** The gross margin as the formulas use it: 1 while its cell is empty. */
export function marginExpression(summaryRow: number): string {
  const cell = absoluteCell(moneyCellsAt(summaryRow).grossMargin);
  return `IF(${cell}="",1,${cell})`;
}

/** The rows of the plan the money part needs to know. */
export interface MoneyFrame {
  firstStepRow: number;
  lastStepRow: number;
  /** Row of the sale value; the revenue, forecast revenue and extra revenue follow it. */
  summaryRow: number;
  labels: MoneyLabels;
  moneyFormat: string;
  formats: { percent: string; count: string; margin: string };
}

export interface MoneyPlan {
  cells: PartCell[];
  names: { name: MoneyInputName | MoneyOutputName | StepRangeName; address: string }[];
  /** Row of the block's heading (the inputs follow it) and of its last output. */
  headingRow: number;
  lastRow: number;
}

/** z as the sheet's formulas spell it (turned into text once: that is not cheap, and it is used often). */
const Z_TEXT = String(Z_95);

/** The Wilson bound of step row k's conversion (C) out of the step before (B), as a live formula. */
function wilsonFormula(k: number, sign: "-" | "+"): string {
  const n = `B${k - 1}`;
  const p = `C${k}`;
  const z = Z_TEXT;
  const bound = `(${p}+${z}^2/(2*${n})${sign}${z}*SQRT(${p}*(1-${p})/${n}+${z}^2/(4*${n}^2)))/(1+${z}^2/${n})`;
  const clamped = sign === "-" ? `MAX(0,${bound})` : `MIN(1,${bound})`;
  return `=IF(AND(${n}>0,${n}=INT(${n}),B${k}=INT(B${k})),${clamped},"")`;
}

export function planMoney(input: FunnelInput, frame: MoneyFrame): MoneyPlan {
  const { firstStepRow: p, lastStepRow: q, summaryRow: s, labels, moneyFormat, formats } = frame;
  const inputs = moneyCellsAt(s);
  const C = absoluteCell(inputs.costs);
  const K = absoluteCell(inputs.improvementCost);
  const M = marginExpression(s);
  const T = absoluteCell(inputs.revenueTarget);
  const v = `$B$${s}`;
  const R = `$B$${s + 1}`;
  const R2 = `$B$${s + 2}`;
  const extra = `$B$${s + 3}`;
  const cells: PartCell[] = [];
  const names: MoneyPlan["names"] = [];

  // Per step: how sure the conversion is, what each result cost, the reverse funnel.
  const headers = [
    labels.conversionLow,
    labels.conversionHigh,
    labels.costPerResult,
    labels.neededForTarget,
    labels.conversionNeeded,
  ];
  MONEY_COLUMNS.forEach((column, i) => {
    cells.push({ column, row: p - 1, role: "output", value: headers[i], text: true });
    names.push({ name: STEP_RANGE_NAMES[i] as StepRangeName, address: `${column}${p}:${column}${q}` });
  });
  for (let k = p; k <= q; k++) {
    if (k > p) {
      cells.push({
        column: "J",
        row: k,
        role: "output",
        formula: wilsonFormula(k, "-"),
        numberFormat: formats.percent,
      });
      cells.push({
        column: "K",
        row: k,
        role: "output",
        formula: wilsonFormula(k, "+"),
        numberFormat: formats.percent,
      });
    }
    cells.push({
      column: "L",
      row: k,
      role: "output",
      formula: `=IF(OR(${C}="",B${k}=0),"",${C}/B${k})`,
      numberFormat: moneyFormat,
    });
    cells.push({
      column: "M",
      row: k,
      role: "output",
      formula: `=IF(OR(${T}="",${R}=0),"",B${k}*${T}/${R})`,
      numberFormat: formats.count,
    });
    if (k > p) {
      cells.push({
        column: "N",
        row: k,
        role: "output",
        formula: `=IF(OR(C${k}="",${T}="",${R}=0),"",C${k}*${T}/${R})`,
        numberFormat: formats.percent,
      });
    }
  }

  // Under the summary: a heading, the four inputs, then the outputs.
  const heading = moneyHeadingRowAt(s);
  cells.push({ column: "A", row: heading, role: "output", value: labels.moneyHeading, text: true });
  const inputFormat: Record<BlockField, string> = {
    costs: moneyFormat,
    improvementCost: moneyFormat,
    grossMargin: formats.margin,
    revenueTarget: moneyFormat,
  };
  MONEY_INPUTS.forEach(({ field, name }, i) => {
    const row = heading + 1 + i;
    cells.push({ column: "A", row, role: "output", value: labels[field], text: true });
    cells.push({ column: "B", row, role: "input", value: input[field] ?? "", numberFormat: inputFormat[field] });
    names.push({ name, address: `B${row}` });
  });
  const firstOutput = heading + 1 + MONEY_INPUTS.length;
  const at = (name: MoneyOutputName) => absoluteCell(moneyOutputAt(s, name));
  const outputs: Record<MoneyOutputName, { label: string; formula: string; format: string }> = {
    FunnelCostPerSale: {
      label: labels.costPerSale,
      formula: `=IF(OR(${C}="",B${q}=0),"",${C}/B${q})`,
      format: moneyFormat,
    },
    FunnelForecastCostPerSale: {
      label: labels.forecastCostPerSale,
      formula: `=IF(OR(${C}="",F${q}=0),"",(${C}+${K})/F${q})`,
      format: moneyFormat,
    },
    FunnelProfit: { label: labels.profit, formula: `=IF(${C}="","",${R}*${M}-${C})`, format: moneyFormat },
    FunnelForecastProfit: {
      label: labels.forecastProfit,
      formula: `=IF(${C}="","",${R2}*${M}-${C}-${K})`,
      format: moneyFormat,
    },
    FunnelROI: {
      label: labels.roi,
      formula: `=IF(OR(${C}="",${C}=0),"",${at("FunnelProfit")}/${C})`,
      format: formats.percent,
    },
    FunnelForecastROI: {
      label: labels.forecastRoi,
      formula: `=IF(OR(${C}="",${C}+${K}=0),"",${at("FunnelForecastProfit")}/(${C}+${K}))`,
      format: formats.percent,
    },
    FunnelImprovementROI: {
      label: labels.improvementRoi,
      // K="" spelled out: HyperFormula, unlike Excel, does not count an empty cell as equal to 0.
      formula: `=IF(OR(${C}="",${K}="",${K}=0),"",(${extra}*${M}-${K})/${K})`,
      format: formats.percent,
    },
    FunnelBreakEvenSales: {
      label: labels.breakEvenSales,
      formula: `=IF(OR(${C}="",${v}*${M}=0),"",${C}/(${v}*${M}))`,
      format: formats.count,
    },
    FunnelSalesNeeded: {
      label: labels.salesNeeded,
      formula: `=IF(OR(${T}="",${v}=0),"",${T}/${v})`,
      format: formats.count,
    },
    FunnelLeadsNeeded: {
      label: labels.leadsNeeded,
      formula: `=IF(OR(${T}="",${R}=0),"",B${p}*${T}/${R})`,
      format: formats.count,
    },
    FunnelLeadsNeededForecast: {
      label: labels.leadsNeededForecast,
      formula: `=IF(OR(${T}="",${R2}=0),"",F${p}*${T}/${R2})`,
      format: formats.count,
    },
  };
  MONEY_OUTPUT_NAMES.forEach((name, i) => {
    const row = firstOutput + i;
    const { label, formula, format } = outputs[name];
    cells.push({ column: "A", row, role: "output", value: label, text: true });
    cells.push({ column: "B", row, role: "output", formula, numberFormat: format });
    names.push({ name, address: `B${row}` });
  });
  return { cells, names, headingRow: heading, lastRow: firstOutput + MONEY_OUTPUT_NAMES.length - 1 };
}
