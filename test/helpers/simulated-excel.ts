/** Helpers for tests that drive the Excel adapter against the simulated workbook. */
import {
  SimulatedWorkbook,
  requestContext,
  sessionOf,
  typeFunnel as typeInto,
  type TypedStep,
  type WorkbookOptions,
} from "../../src/simulation";
import { parseArea } from "../../src/sheet/a1";

export function newWorkbook(options: WorkbookOptions = {}, sheetName = "Sheet1"): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook(options);
  workbook.addSheet(sheetName);
  return workbook;
}

/**
 * A request context of Microsoft's Excel client (the build of the workbook's host profile) whose
 * requests the simulated host answers. Outside Excel.run, as the client is: an object kept from one
 * request is not usable in the next unless its id addresses it.
 */
export function contextOf(workbook: SimulatedWorkbook): Excel.RequestContext {
  return requestContext(workbook);
}

/** Runs `job` in Excel.run on the workbook, as the add-in does in Excel (objects kept until it ends). */
export function runIn<T>(workbook: SimulatedWorkbook, job: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return sessionOf(workbook).run(job);
}

export function supportsOf(workbook: SimulatedWorkbook) {
  return (name: string, version: string) => workbook.isSetSupported(name, version);
}

/**
 * Runs one adapter call on a plain request context of Microsoft's client, as the pane does in Excel
 * (office-host.ts), and reports the requests the host answered for it.
 */
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
