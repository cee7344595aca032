/**
 * One validator for every source of a funnel: raw cell values from Excel, a JSON file, the pane.
 * It reports every problem (not only the first), each naming the step and, when known, the cell.
 */
import { classifyRaw, describeUnknown } from "./raw-value";
import { lifetimeWarning, validateMoney, type RawMoney } from "./validate-money";
import { nameProblem } from "./name-limits";
import { uncappedSuggestion } from "./suggest-improvement";
import type { FunnelInput, FunnelIssue, FunnelLayout, ImprovementMode, IssueCode, IssueParams } from "./types";

/** Larger results or sale values are almost certainly typing errors (and lose integer precision soon after). */
export const MAX_RESULT = 1e12;
export const MAX_SALE_VALUE = 1e12;

export interface RawStep {
  name: unknown;
  result: unknown;
  improvement: unknown;
}

export interface RawFunnel extends RawMoney {
  /** Entries may be null or missing when the funnel comes from a JSON file. */
  steps: readonly (RawStep | null | undefined)[];
  averageSaleValue: unknown;
  improvementMode?: unknown;
  /** The funnel's name (FunnelName): any text; empty or missing = the sheet's name. */
  name?: unknown;
}

export interface Validation {
  /** The cleaned funnel; null when there are errors. */
  input: FunnelInput | null;
  errors: FunnelIssue[];
  warnings: FunnelIssue[];
}

/** The columns the user types into (the sheet contract); everything else is the add-in's. */
export const INPUT_COLUMNS = { name: "A", result: "B", improvement: "D" } as const;

export function makeIssue(code: IssueCode, step: number | null, params: IssueParams): FunnelIssue {
  const cell = typeof params.cell === "string" && params.cell !== "" ? params.cell : undefined;
  const issue: FunnelIssue = { code, step, params };
  if (cell !== undefined) issue.cell = cell;
  return issue;
}

function cellOf(layout: FunnelLayout | undefined, column: string, stepIndex: number): string {
  return layout === undefined ? "" : `${column}${layout.firstStepRow + stepIndex}`;
}

export function displayName(name: string, stepNumber: number): string {
  return name.trim() === "" ? `Step ${stepNumber}` : name.trim();
}

function nameText(raw: unknown): string {
  if (raw === undefined || raw === null) return "";
  return describeUnknown(raw).trim();
}

/** Validates a result cell; returns the number, or null after pushing an error. */
function checkResult(
  raw: unknown,
  base: IssueParams,
  stepNumber: number,
  errors: FunnelIssue[],
  warnings: FunnelIssue[],
): number | null {
  const value = classifyRaw(raw);
  switch (value.kind) {
    case "empty":
      errors.push(makeIssue("result-missing", stepNumber, base));
      return null;
    case "excel-error":
      errors.push(makeIssue("cell-error", stepNumber, { ...base, value: value.text }));
      return null;
    case "numeric-text":
      errors.push(makeIssue("text-number", stepNumber, { ...base, value: value.text, suggestion: value.value }));
      return null;
    case "percent-text":
    case "other":
      errors.push(makeIssue("result-not-number", stepNumber, { ...base, value: value.text }));
      return null;
    case "number":
      break;
  }
  const result = value.value;
  if (Number.isNaN(result)) {
    errors.push(makeIssue("result-not-number", stepNumber, { ...base, value: "NaN" }));
    return null;
  }
  if (!Number.isFinite(result)) {
    errors.push(makeIssue("not-finite", stepNumber, { ...base, value: String(result) }));
    return null;
  }
  if (result < 0) {
    errors.push(makeIssue("negative", stepNumber, { ...base, value: result }));
    return null;
  }
  if (result > MAX_RESULT) {
    errors.push(makeIssue("too-large", stepNumber, { ...base, value: result, max: MAX_RESULT }));
    return null;
  }
  // People come whole; 12.5 is kept as typed (it may be an average), but said out loud.
  if (!Number.isInteger(result)) warnings.push(makeIssue("result-not-whole", stepNumber, { ...base, value: result }));
  return result;
}

function checkImprovement(
  raw: unknown,
  base: IssueParams,
  stepNumber: number,
  alwaysRelative: boolean,
  mode: ImprovementMode,
  /** The step's conversion now, where its result and the one before are known (to suggest an uncapped value). */
  conversion: number | null,
  errors: FunnelIssue[],
  warnings: FunnelIssue[],
): number | null {
  const value = classifyRaw(raw);
  switch (value.kind) {
    case "empty":
      return 0;
    case "excel-error":
      errors.push(makeIssue("cell-error", stepNumber, { ...base, value: value.text }));
      return null;
    case "percent-text":
      errors.push(makeIssue("text-percent", stepNumber, { ...base, value: value.text, suggestion: value.fraction }));
      return null;
    case "numeric-text":
      errors.push(makeIssue("text-percent", stepNumber, { ...base, value: value.text, suggestion: value.value / 100 }));
      return null;
    case "other":
      errors.push(makeIssue("improvement-not-number", stepNumber, { ...base, value: value.text }));
      return null;
    case "number":
      break;
  }
  const improvement = value.value;
  if (!Number.isFinite(improvement)) {
    errors.push(makeIssue("improvement-not-number", stepNumber, { ...base, value: String(improvement) }));
    return null;
  }
  if (improvement <= -1 && (alwaysRelative || mode === "relative")) {
    errors.push(makeIssue("improvement-below-minus-100", stepNumber, { ...base, value: improvement }));
    return null;
  }
  if (improvement > 1) {
    // Most likely a percentage typed into a cell that is not one (10 for 10 %): a hundredth of it, or
    // less where that would still be capped.
    const suggestion = uncappedSuggestion(improvement / 100, conversion, alwaysRelative ? "relative" : mode);
    warnings.push(makeIssue("improvement-over-100", stepNumber, { ...base, value: improvement, suggestion }));
  }
  return improvement;
}

function checkSaleValue(raw: unknown, layout: FunnelLayout | undefined, errors: FunnelIssue[]): number | null {
  const cell = layout?.saleValueCell ?? "";
  const value = classifyRaw(raw);
  if (value.kind === "empty") {
    errors.push(makeIssue("sale-value-missing", null, { cell }));
    return null;
  }
  if (value.kind !== "number" || !Number.isFinite(value.value) || value.value < 0 || value.value > MAX_SALE_VALUE) {
    const shown = value.kind === "number" ? String(value.value) : value.text;
    errors.push(makeIssue("sale-value-invalid", null, { cell, value: shown }));
    return null;
  }
  return value.value;
}

function checkMode(raw: unknown, errors: FunnelIssue[]): ImprovementMode {
  if (raw === undefined || raw === null || raw === "" || raw === "relative") return "relative";
  if (raw === "points") return "points";
  errors.push(makeIssue("improvement-mode-invalid", null, { value: describeUnknown(raw) }));
  return "relative";
}

export function validateFunnel(raw: RawFunnel, layout?: FunnelLayout): Validation {
  const errors: FunnelIssue[] = [];
  const warnings: FunnelIssue[] = [];
  const mode = checkMode(raw.improvementMode, errors);
  const steps: RawFunnel["steps"] = Array.isArray(raw.steps) ? raw.steps : [];
  if (steps.length < 2) {
    // Where the sheet is known, say which cells the next step goes in (the row under the last one).
    const next = layout === undefined ? null : layout.firstStepRow + steps.length;
    errors.push(
      next === null
        ? makeIssue("too-few-steps", null, { count: steps.length })
        : makeIssue("too-few-steps-at", null, {
            count: steps.length,
            cell: `${INPUT_COLUMNS.name}${next}`,
            nameCell: `${INPUT_COLUMNS.name}${next}`,
            resultCell: `${INPUT_COLUMNS.result}${next}`,
          }),
    );
  }

  const cleaned: FunnelInput["steps"] = [];
  let previous: number | null = null;
  steps.forEach((step, index) => {
    const stepNumber = index + 1;
    const name = nameText(step?.name);
    const problem = nameProblem(name, cellOf(layout, INPUT_COLUMNS.name, index));
    if (problem !== null) errors.push(makeIssue(problem.code, stepNumber, problem.params));
    if (name === "") {
      warnings.push(
        makeIssue("name-missing", stepNumber, { step: stepNumber, cell: cellOf(layout, INPUT_COLUMNS.name, index) }),
      );
    }
    const base = (column: string): IssueParams => ({ step: stepNumber, name, cell: cellOf(layout, column, index) });
    const result = checkResult(step?.result, base(INPUT_COLUMNS.result), stepNumber, errors, warnings);
    if (result !== null && previous !== null) {
      if (previous === 0 && result > 0) {
        errors.push(makeIssue("after-zero", stepNumber, { ...base(INPUT_COLUMNS.result), value: result }));
      } else if (result > previous) {
        errors.push(
          makeIssue("step-exceeds-previous", stepNumber, { ...base(INPUT_COLUMNS.result), value: result, previous }),
        );
      }
    }
    const conversion = index > 0 && result !== null && previous !== null && previous > 0 ? result / previous : null;
    // A bad cell breaks the chain: the next step is compared with nothing rather than with a guess.
    previous = result;
    const improvement = checkImprovement(
      step?.improvement,
      base(INPUT_COLUMNS.improvement),
      stepNumber,
      index === 0,
      mode,
      conversion,
      errors,
      warnings,
    );
    const blank = classifyRaw(step?.improvement).kind === "empty";
    cleaned.push({
      name,
      result: result ?? 0,
      improvement: improvement ?? 0,
      ...(blank ? { improvementBlank: true } : {}),
    });
  });

  const saleValue = checkSaleValue(raw.averageSaleValue, layout, errors);
  const money = validateMoney(raw, layout?.moneyCells, (code, params) => makeIssue(code, null, params), errors);
  const name = nameText(raw.name);
  const problem = nameProblem(name, layout?.nameCell ?? "");
  if (problem !== null) errors.push(makeIssue(problem.code, null, problem.params));
  if (errors.length > 0 || saleValue === null || money === null) return { input: null, errors, warnings };
  warnings.push(
    ...lifetimeWarning(money, saleValue, layout?.moneyCells, (params) =>
      makeIssue("lifetime-below-sale", null, params),
    ),
  );
  return {
    input: {
      ...(name === "" ? {} : { name }),
      steps: cleaned,
      averageSaleValue: saleValue,
      improvementMode: mode,
      ...money,
    },
    errors,
    warnings,
  };
}
