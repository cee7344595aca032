/**
 * The workbook simulation: development preview and tests only. HyperFormula (GPL) lives here, so the
 * production build must never import this folder (a build test checks the bundle).
 */
export {
  SimulatedWorkbook,
  SimulatedError,
  type WorkbookOptions,
  type ChartModel,
  type SheetModel,
} from "./workbook-model";
export { SimulatedRequestContext, parseRangeAddress } from "./office-proxies";
export { typeFunnel, typeFunnelInput, type TypedStep } from "./type-funnel";
