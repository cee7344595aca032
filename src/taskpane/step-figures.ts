/**
 * A step card's figures from the costs and target and from how sure its conversion is: its 95 % range,
 * what it alone would need to reach the target, what each result cost, and the note of a step with too
 * little data.
 */
import type { StepForecast } from "../funnel/types";
import { THIN_DATA_WIDTH } from "../funnel/wilson";
import { fill, type Formatters, type PaneStrings } from "../i18n";

/** A step card's extra figures: the 95 % range and, with a target, what this step alone would need. */
export function stepMoneyCells(
  step: StepForecast,
  strings: PaneStrings,
  format: Formatters,
): { label: string; value: string }[] {
  const cells: { label: string; value: string }[] = [];
  if (step.conversionLow !== null && step.conversionHigh !== null) {
    cells.push({
      label: strings.range,
      value: `${format.percent(step.conversionLow, 0)}–${format.percent(step.conversionHigh, 0)}`,
    });
  }
  if (step.conversionNeededAlone !== null) {
    const needed = step.conversionNeededAlone;
    cells.push({
      label: strings.neededAlone,
      value: needed > 1 ? strings.notReachable : format.percent(needed),
    });
  }
  if (step.costPerResult !== null) {
    cells.push({ label: strings.costPerResult, value: format.unitMoney(step.costPerResult) });
  }
  return cells;
}

/** "40% of 50 — could be anywhere from 28% to 54%", for a step whose 95 % range is wider than 20 points. */
export function thinDataNote(
  step: StepForecast,
  before: number,
  strings: PaneStrings,
  format: Formatters,
): string | null {
  const { conversion, conversionLow: low, conversionHigh: high } = step;
  if (conversion === null || low === null || high === null || high - low <= THIN_DATA_WIDTH) return null;
  return fill(strings.thinData, {
    conversion: format.percent(conversion, 0),
    base: format.count(before),
    low: format.percent(low, 0),
    high: format.percent(high, 0),
  });
}
