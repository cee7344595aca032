/**
 * The workbook simulation: development preview and tests only. HyperFormula (GPL) lives here, so the
 * production build must never import this folder (a build test checks the bundle).
 */
export {
  SimulatedWorkbook,
  SimulatedError,
  type WorkbookOptions,
  type ChartModel,
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
export { SimulatedRequestContext, parseRangeAddress, OPERATION_OVERHEAD_BYTES } from "./office-proxies";
export { typeFunnel, typeFunnelInput, type TypedStep } from "./type-funnel";
