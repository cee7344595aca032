/** Helpers for tests that drive the Excel adapter against the simulated workbook. */
import {
  SimulatedRequestContext,
  SimulatedWorkbook,
  typeFunnel as typeInto,
  type TypedStep,
  type WorkbookOptions,
} from "../../src/simulation";
import { parseArea } from "../../src/funnel/a1";

export function newWorkbook(options: WorkbookOptions = {}, sheetName = "Sheet1"): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook(options);
  workbook.addSheet(sheetName);
  return workbook;
}

/** A request context over the simulation, typed as the real Office.js one the adapter expects. */
export function contextOf(workbook: SimulatedWorkbook): Excel.RequestContext {
  return new SimulatedRequestContext(workbook) as unknown as Excel.RequestContext;
}

export function supportsOf(workbook: SimulatedWorkbook) {
  return (name: string, version: string) => workbook.isSetSupported(name, version);
}

/** Runs one adapter call and reports how many context.sync() calls it made. */
export async function counted<T>(workbook: SimulatedWorkbook, call: (context: Excel.RequestContext) => Promise<T>) {
  const before = workbook.syncCount;
  const result = await call(contextOf(workbook));
  return { result, syncs: workbook.syncCount - before };
}

export type StepRow = [name: string | number | boolean, result: unknown, improvement?: unknown];

/** Types a funnel the way a user would: header row, steps, and optionally the sale value below. */
export function typeFunnel(
  workbook: SimulatedWorkbook,
  sheet: string,
  headerRow: number,
  steps: StepRow[],
  saleValue?: unknown,
): void {
  typeInto(
    workbook,
    sheet,
    headerRow,
    steps.map(([name, result, improvement]) => ({
      name,
      result: result as TypedStep["result"],
      improvement: improvement as TypedStep["improvement"],
    })),
    saleValue as TypedStep["result"],
  );
}

export function value(workbook: SimulatedWorkbook, sheet: string, address: string): unknown {
  const { first } = parseArea(address);
  return workbook.valueAt(workbook.sheet(sheet), first.row, first.col);
}

export function formula(workbook: SimulatedWorkbook, sheet: string, address: string): unknown {
  const { first } = parseArea(address);
  return workbook.formulaAt(workbook.sheet(sheet), first.row, first.col);
}

export const articleSteps: StepRow[] = [
  ["Leads", 800],
  ["Qualified", 320],
  ["Engaged", 160],
  ["Proposal made", 64, 0.1],
  ["Proposal discussed", 40],
  ["Purchase", 16],
];
