/**
 * The optional money and target inputs (DESIGN.md "Money, target and how sure the numbers are", and
 * "Sales-cycle time and lifetime value"): costs C ≥ 0, cost of the improvements K ≥ 0, gross margin
 * 0 < m ≤ 1, revenue target T > 0, sales-cycle days D > 0, a customer's lifetime value L ≥ 0.
 * An empty cell means "not given". Anything else that is not such a number is an error naming the cell.
 */
import { classifyRaw } from "./raw-value";
import type { FunnelInput, FunnelIssue, MoneyCells, MoneyField, ErrorCode, IssueParams } from "./types";
import { MONEY_FIELDS } from "./types";

/** Amounts above this are typing errors (and lose cent precision). */
export const MAX_AMOUNT = 1e15;

export type RawMoney = Partial<Record<MoneyField, unknown>>;

interface FieldRule {
  code: ErrorCode;
  accepts: (value: number) => boolean;
}

const RULES: Record<MoneyField, FieldRule> = {
  costs: { code: "costs-invalid", accepts: (v) => v >= 0 && v <= MAX_AMOUNT },
  improvementCost: { code: "improvement-cost-invalid", accepts: (v) => v >= 0 && v <= MAX_AMOUNT },
  grossMargin: { code: "margin-invalid", accepts: (v) => v > 0 && v <= 1 },
  revenueTarget: { code: "target-invalid", accepts: (v) => v > 0 && v <= MAX_AMOUNT },
  cycleDays: { code: "cycle-days-invalid", accepts: (v) => v > 0 && v <= MAX_AMOUNT },
  lifetimeValue: { code: "lifetime-value-invalid", accepts: (v) => v >= 0 && v <= MAX_AMOUNT },
};

export type MoneyInput = Pick<FunnelInput, MoneyField>;

/**
 * Checks the four optional inputs; `issue` builds the error (validate.ts's makeIssue, passed in so
 * this module does not import the one that imports it). Returns the given values, or null on an error.
 */
export function validateMoney(
  raw: RawMoney,
  cells: MoneyCells | undefined,
  issue: (code: ErrorCode, params: IssueParams) => FunnelIssue,
  errors: FunnelIssue[],
): MoneyInput | null {
  const out: MoneyInput = {};
  let ok = true;
  for (const field of MONEY_FIELDS) {
    const value = classifyRaw(raw[field]);
    if (value.kind === "empty") continue;
    const cell = cells?.[field] ?? "";
    if (value.kind === "number" && Number.isFinite(value.value) && RULES[field].accepts(value.value)) {
      out[field] = value.value;
      continue;
    }
    ok = false;
    // Text is shown quoted, as typed; a number in the cell's own terms (a margin as a percentage).
    const shown = value.kind === "number" ? value.value : `"${value.text}"`;
    errors.push(issue(RULES[field].code, { cell, value: shown }));
  }
  return ok ? out : null;
}

/** The warning of a lifetime value below one sale's value (DESIGN.md "Sales-cycle time and lifetime value"). */
export function lifetimeWarning(
  money: MoneyInput,
  saleValue: number,
  cells: MoneyCells | undefined,
  issue: (params: IssueParams) => FunnelIssue,
): FunnelIssue[] {
  const lifetime = money.lifetimeValue;
  if (lifetime === undefined || lifetime >= saleValue) return [];
  return [issue({ cell: cells?.lifetimeValue ?? "", value: lifetime, saleValue })];
}
