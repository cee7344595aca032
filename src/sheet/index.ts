/** The sheet's layout: where the funnel's cells, names and charts go, as live formulas over its inputs. */
export {
  planSheet,
  englishSheetLabels,
  SUMMARY_NAMES,
  BARS_CHART_NAME,
  CHART_NAME,
  COMPARISON_CHART_NAME,
  TABLE_NAME,
  SPACER_COLUMN,
  NUMBER_FORMATS,
  type SheetPlan,
  type PlannedCell,
  type PlannedName,
  type ChartPlan,
  type ChartSeriesPlan,
  type SheetLabels,
  type SummaryName,
  type PlanName,
  type PlanAnchor,
  type PlanOptions,
  type CellRole,
} from "./plan-sheet";
export {
  MONEY_INPUT_NAMES,
  MONEY_OUTPUT_NAMES,
  STEP_RANGE_NAMES,
  MONEY_COLUMNS,
  moneyCellsAt,
  type MoneyLabels,
} from "./plan-money";
export { RANGE_NAMES, type RangeName, type RangeLabels } from "./plan-range";
export { MEASURE_RANGE_NAMES, MEASURE_COLUMNS, type MeasureRangeName, type MeasureLabels } from "./plan-measure";
export {
  CYCLE_INPUT_NAMES,
  CYCLE_OUTPUT_NAMES,
  type CycleInputName,
  type CycleOutputName,
  type CycleLabels,
} from "./plan-cycle";
