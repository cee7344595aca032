/**
 * When a change will show (DESIGN.md "How sure the forecast is, and when a change will show"): two
 * columns per step from the second — the periods like this one, and the leads at the top in one period,
 * it takes to see the step's hoped-for change in the numbers (95 % two-sided, 80 % power) — as live
 * formulas over C (today's conversion), E (the forecast's) and B, computed as measure.ts computes them.
 * "" for the first step, without a conversion, or where the change is below 1e-12.
 */
import { Z_95 } from "../funnel/wilson";
import { Z_POWER_80 } from "../funnel/measure";
import type { PartCell } from "./plan-part";
import { MEASURE_COLUMNS } from "./block-layout";

export const MEASURE_RANGE_NAMES = ["FunnelPeriodsToMeasure", "FunnelLeadsToMeasure"] as const;
export type MeasureRangeName = (typeof MEASURE_RANGE_NAMES)[number];
export { MEASURE_COLUMNS };

export interface MeasureLabels {
  periodsToMeasure: string;
  leadsToMeasure: string;
}

export interface MeasureFrame {
  firstStepRow: number;
  lastStepRow: number;
  labels: MeasureLabels;
  formats: { periods: string; leads: string };
}

/** The people needed at the step before in each period to see step row k's change, as a formula. */
function peopleNeeded(k: number): string {
  const p = `C${k}`;
  const q = `E${k}`;
  const mean = `((${p}+${q})/2)`;
  const spread = `(${Z_95}*SQRT(2*${mean}*(1-${mean}))+${Z_POWER_80}*SQRT(${p}*(1-${p})+${q}*(1-${q})))`;
  return `${spread}^2/(${q}-${p})^2`;
}

export function planMeasure(frame: MeasureFrame): {
  cells: PartCell[];
  names: { name: MeasureRangeName; address: string }[];
} {
  const { firstStepRow: p, lastStepRow: q, labels, formats } = frame;
  const [periods, leads] = MEASURE_COLUMNS;
  const cells: PartCell[] = [
    { column: periods, row: p - 1, role: "output", value: labels.periodsToMeasure, text: true },
    { column: leads, row: p - 1, role: "output", value: labels.leadsToMeasure, text: true },
  ];
  for (let k = p + 1; k <= q; k++) {
    // Two IFs: OR evaluates every argument, and E − C on a "" is #VALUE! in Excel and LibreOffice.
    // |E − C| < 1e-12, spelled so that every host reads the formula back as written: Excel shows
    // 0.000000000001 as 1E-12, which HyperFormula cannot even parse.
    const noChange = `ABS(E${k}-C${k})*1000000000000<1`;
    cells.push({
      column: periods,
      row: k,
      role: "output",
      formula: `=IF(OR(C${k}="",E${k}=""),"",IF(${noChange},"",${peopleNeeded(k)}/B${k - 1}))`,
      numberFormat: formats.periods,
    });
    cells.push({
      column: leads,
      row: k,
      role: "output",
      formula: `=IF(OR(${periods}${k}="",$B$${p}<=0),"",${periods}${k}*$B$${p})`,
      numberFormat: formats.leads,
    });
  }
  return {
    cells,
    names: MEASURE_RANGE_NAMES.map((name, i) => ({
      name,
      address: `${MEASURE_COLUMNS[i]}${p}:${MEASURE_COLUMNS[i]}${q}`,
    })),
  };
}
