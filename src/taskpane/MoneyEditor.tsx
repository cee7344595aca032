/**
 * The optional costs and target, typed in the pane, with the sales cycle and a customer's lifetime value:
 * a section that stays folded until it is used (it opens by itself when the sheet already holds any of
 * them). Errors sit under the field they concern.
 */
import { Field, Input } from "@fluentui/react-components";
import type { FunnelIssue, MoneyField } from "../funnel/types";
import type { PaneStrings } from "../i18n";
import type { MoneyForm } from "./form";
import type { PlacedIssues } from "./issues-by-field";
import { fieldMessages } from "./StepsEditor";
import { useStyles } from "./styles";

interface Props {
  money: MoneyForm;
  open: boolean;
  currency: string;
  strings: PaneStrings;
  issues: PlacedIssues;
  describe: (issue: FunnelIssue) => string;
  onToggle: (open: boolean) => void;
  onChange: (money: MoneyForm) => void;
}

export function MoneyEditor({ money, open, currency, strings, issues, describe, onToggle, onChange }: Props) {
  const styles = useStyles();
  const fields: { field: MoneyField; label: string; unit: string; hint?: string }[] = [
    { field: "costs", label: strings.costs, unit: currency, hint: strings.costsHelp },
    { field: "improvementCost", label: strings.improvementCost, unit: currency },
    { field: "grossMargin", label: strings.grossMargin, unit: "%", hint: strings.grossMarginHelp },
    { field: "revenueTarget", label: strings.revenueTarget, unit: currency },
    { field: "cycleDays", label: strings.cycleDays, unit: strings.daysUnit, hint: strings.cycleDaysHelp },
    { field: "lifetimeValue", label: strings.lifetimeValue, unit: currency, hint: strings.lifetimeValueHelp },
  ];
  return (
    <details
      className={styles.moneySection}
      open={open}
      data-testid="money"
      onToggle={(event) => {
        onToggle(event.currentTarget.open);
      }}
    >
      <summary className={styles.moneySummary}>{strings.moneyHeading}</summary>
      <span className={styles.subtle}>{strings.moneyIntro}</span>
      <div className={styles.moneyFields}>
        {fields.map(({ field, label, unit, hint }) => {
          const problems = issues.byField.get(field) ?? [];
          return (
            <Field
              key={field}
              className={styles.shrinkable}
              label={label}
              hint={hint}
              {...fieldMessages(problems, describe, strings)}
            >
              <Input
                className={styles.shrinkable}
                inputMode="decimal"
                value={money[field]}
                contentAfter={unit}
                data-testid={`money-${field}`}
                data-input-key={`money:${field}`}
                onChange={(_e, data) => {
                  onChange({ ...money, [field]: data.value });
                }}
              />
            </Field>
          );
        })}
      </div>
    </details>
  );
}
