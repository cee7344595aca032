/** What the pane's write buttons run, in a chunk of its own (see App.tsx `writing`). */
export { writeInputs } from "../excel/write-inputs";
import { createFunnelSheet } from "../excel/new-funnel-sheet";
import type { ExcelOptions } from "../excel/options";
import type { RecalculateResult } from "../excel/recalculate";
import { exampleFunnel } from "../funnel/example";

export { createFunnelSheet };

/** A new funnel sheet with the example funnel, its steps named in the pane's language. */
export function createExampleSheet(
  context: Excel.RequestContext,
  stepNames: readonly string[],
  options: ExcelOptions,
): Promise<RecalculateResult> {
  const example = {
    ...exampleFunnel,
    steps: exampleFunnel.steps.map((s, i) => ({ ...s, name: stepNames[i] ?? s.name })),
  };
  return createFunnelSheet(context, example, options);
}
