/** The only code that touches Office.js / Excel.*: read a funnel, apply a sheet plan, charts, settings. */
export { recalculate, type RecalculateResult } from "./recalculate";
export { createFunnelSheet, uniqueSheetName } from "./new-funnel-sheet";
export { writeInputs } from "./write-inputs";
export { readFunnel, type FunnelReading, type RawFunnelRows } from "./read-funnel";
export type { ExcelOptions } from "./options";
export type { FunnelChartKind } from "./charts";
export { SETTING_MODE, SETTING_CURRENCY } from "./read-sheet";
export { chooseComparePeriod, readPeriods, showSheet, type FunnelList, type FunnelListEntry } from "./funnel-list";
