/** Types a funnel into a simulated sheet the way a person would: header row, steps, sale value below. */
import type { FunnelInput } from "../funnel/types";
import type { SimulatedWorkbook } from "./workbook-model";

type Typed = string | number | boolean | null;

export interface TypedStep {
  name: Typed;
  /** undefined leaves the cell empty. */
  result?: Typed;
  improvement?: Typed;
}

export function typeFunnel(
  workbook: SimulatedWorkbook,
  sheet: string,
  headerRow: number,
  steps: readonly TypedStep[],
  saleValue?: Typed,
  headers: readonly [string, string, string] = ["Step", "Result", "Improvement"],
): void {
  workbook.setInput(sheet, `A${headerRow}`, headers[0]);
  workbook.setInput(sheet, `B${headerRow}`, headers[1]);
  workbook.setInput(sheet, `D${headerRow}`, headers[2]);
  steps.forEach((step, i) => {
    const row = headerRow + 1 + i;
    workbook.setInput(sheet, `A${row}`, step.name);
    if (step.result !== undefined) workbook.setInput(sheet, `B${row}`, step.result);
    if (step.improvement !== undefined) workbook.setInput(sheet, `D${row}`, step.improvement);
  });
  if (saleValue !== undefined) workbook.setInput(sheet, `B${headerRow + steps.length + 2}`, saleValue);
}

/** Types a whole FunnelInput: improvements of 0 are left empty, as people leave them. */
export function typeFunnelInput(
  workbook: SimulatedWorkbook,
  sheet: string,
  headerRow: number,
  input: FunnelInput,
): void {
  typeFunnel(
    workbook,
    sheet,
    headerRow,
    input.steps.map((step) => ({
      name: step.name,
      result: step.result,
      improvement: step.improvement === 0 ? undefined : step.improvement,
    })),
    input.averageSaleValue,
  );
}
