/** What both entries of the simulation (Node: ./index, browser: ./browser) export. */
export {
  SimulatedWorkbook,
  SimulatedError,
  type WorkbookOptions,
  type WorkbookEvent,
  type ChartModel,
  type ChartGeometry,
  type ChartSeriesModel,
  type SheetModel,
  type OperationInfo,
  type PayloadRecord,
  type SimulatedSelection,
} from "./workbook-model";
export {
  HOST_PROFILES,
  HOST_IDS,
  MODERN_HOST_IDS,
  WEB_PAYLOAD_LIMIT,
  type HostId,
  type HostProfile,
} from "./host-profiles";
export { createOfficeStandIn, installOfficeStandIn, type OfficeStandIn, type StandInOptions } from "./office-stand-in";
export { parseRangeAddress } from "./host/range-objects";
export { simulatedSession, type SimulatedSession } from "./session";
export { loadExcelClient, type ClientBuild, type ExcelClient } from "./client/load-client";
export { typeFunnel, typeFunnelInput, type TypedStep } from "./type-funnel";
export {
  cellsBox,
  columnWidthOf,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  DEFAULT_CHART_SIZE,
} from "./sheet-geometry";
export { chartOn, userShapesChart, userPastesChart } from "./user-charts";
