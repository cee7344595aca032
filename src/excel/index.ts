/** The only code that touches Office.js / Excel.*: read a funnel, apply a sheet plan, charts, settings. */
export { recalculate, type RecalculateResult } from "./recalculate";
export { createFunnelSheet, uniqueSheetName } from "./new-funnel-sheet";
export { writeInputs } from "./write-inputs";
export { closePeriod, checkPeriodLabel, suggestedPeriodLabel, type ClosePeriodResult } from "./close-period";
export { readFunnel, type FunnelReading, type RawFunnelRows } from "./read-funnel";
export type { ExcelOptions } from "./options";
export type { FunnelChartKind } from "./charts";
export { SETTING_MODE, SETTING_CURRENCY } from "./read-sheet";
export { updateOverview, MAX_OVERVIEW_FUNNELS, type OverviewResult } from "./overview";
