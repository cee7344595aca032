/** Places each issue next to the field it concerns (by step and column), the rest in a general list. */
import type { FunnelIssue, IssueCode, MoneyField } from "../funnel/types";
import { INPUT_COLUMNS } from "../funnel/validate";

export type FieldKey = `${number}:name` | `${number}:result` | `${number}:improvement` | "saleValue" | MoneyField;

/** The money inputs' errors (and the lifetime value's warning), by the field they concern. */
const MONEY_CODES: Partial<Record<IssueCode, MoneyField>> = {
  "costs-invalid": "costs",
  "improvement-cost-invalid": "improvementCost",
  "margin-invalid": "grossMargin",
  "target-invalid": "revenueTarget",
  "cycle-days-invalid": "cycleDays",
  "lifetime-value-invalid": "lifetimeValue",
  "lifetime-below-sale": "lifetimeValue",
};

export interface PlacedIssues {
  byField: Map<FieldKey, FunnelIssue[]>;
  general: FunnelIssue[];
}

type InputField = keyof typeof INPUT_COLUMNS;
const COLUMN_FIELDS: Record<string, InputField | undefined> = Object.fromEntries(
  (Object.entries(INPUT_COLUMNS) as [InputField, string][]).map(([field, letter]) => [letter, field]),
);

export function placeIssues(issues: readonly FunnelIssue[], stepCount: number): PlacedIssues {
  const byField = new Map<FieldKey, FunnelIssue[]>();
  const general: FunnelIssue[] = [];
  const put = (key: FieldKey, issue: FunnelIssue) => byField.set(key, [...(byField.get(key) ?? []), issue]);
  for (const issue of issues) {
    if (issue.code.startsWith("sale-value")) {
      put("saleValue", issue);
      continue;
    }
    const money = MONEY_CODES[issue.code];
    if (money !== undefined) {
      put(money, issue);
      continue;
    }
    const column = issue.cell?.replace(/\d+$/, "") ?? "";
    const field = COLUMN_FIELDS[column];
    if (issue.step !== null && issue.step >= 1 && issue.step <= stepCount && field !== undefined) {
      put(`${issue.step - 1}:${field}`, issue);
    } else {
      general.push(issue);
    }
  }
  return { byField, general };
}
