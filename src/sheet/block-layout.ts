/**
 * Where the add-in's block keeps things, without the formulas the plan-* modules write: the name of the
 * whole block, the product and period inputs under the costs and target block, the trend's rows and
 * columns, the columns a step row uses. Reading a sheet needs only these, so it does not load the code
 * that lays a sheet out.
 */
import { columnLetter } from "./a1";
import { moneyLastRowAt } from "./money-cells";

/** Sheet-scoped name covering the whole block the add-in laid out (header row to last row). */
export const TABLE_NAME = "FunnelForecastTable";

/** The two columns of when a change will show (plan-measure.ts), right of the period comparison (O..Q). */
export const MEASURE_COLUMNS = ["R", "S"] as const;

/** The last column the add-in ever writes in a step row (what it reads, and what its block may span). */
export const LAST_PLAN_COLUMN = MEASURE_COLUMNS[MEASURE_COLUMNS.length - 1] as string;

/** The first row of the trend when the rows above end on `afterRow`. */
export const trendHeaderRowAt = (afterRow: number): number => afterRow + 2;

/** Column of the trend's period number `index` (0-based): B onwards. */
export const trendColumn = (index: number): string => columnLetter(2 + index);

/** Where the product and period inputs sit when the block above ends on `afterRow`. */
export function periodCellsAt(afterRow: number): {
  name: string;
  comparePeriod: string;
  latestPeriod: string;
  /** The row of the trend's period labels (B onwards), where the funnel has closed periods. */
  trendHeaderRow: number;
} {
  const nameRow = afterRow + 3;
  return {
    name: `B${nameRow}`,
    comparePeriod: `B${nameRow + 1}`,
    latestPeriod: `B${nameRow + 2}`,
    // Under "compared with" and "revenue then".
    trendHeaderRow: trendHeaderRowAt(nameRow + 4),
  };
}

/** Where the product and period inputs of a funnel whose summary (sale value) is on `summaryRow` sit. */
export function periodCellsOf(summaryRow: number): ReturnType<typeof periodCellsAt> {
  return periodCellsAt(moneyLastRowAt(summaryRow));
}
