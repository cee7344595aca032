/**
 * Closing a period from the pane: a label (suggested from today's date, "2026 Q4"), the button, and —
 * when this funnel already has that label — the question whether to replace its rows, asked before
 * anything is written. What comes back is said in the pane's language.
 */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { SheetComparison } from "../sheet/funnel-rows";
import type { FunnelIssue } from "../funnel/types";
import { fill, type PaneStrings } from "../i18n";
import { Notice } from "./Notice";
import { useStyles } from "./styles";

export type PeriodStatus =
  | { kind: "idle" }
  /** `seen` identifies the rows asked about; `changed`: the user said yes, but the rows changed since. */
  | { kind: "confirm"; period: string; rows: number; seen: string; changed: boolean }
  | { kind: "closed"; period: string; rows: number }
  | { kind: "refused"; errors: FunnelIssue[] };

interface Props {
  label: string;
  status: PeriodStatus;
  busy: boolean;
  /** The pane holds edits not written to the sheet yet. */
  disabled: boolean;
  strings: PaneStrings;
  describe: (issue: FunnelIssue) => string;
  onLabel: (label: string) => void;
  onClose: (replace: boolean) => void;
  onCancel: () => void;
  /** The sheet's comparison, and the periods closed for this funnel (for the picker). */
  comparison: SheetComparison | null;
  periods: readonly string[];
  /** The user picked a period to compare with ("" = the latest closed). */
  onCompare: (period: string) => void;
}

export function PeriodSection(props: Props) {
  const { label, status, busy, disabled, strings, describe, onLabel, onClose, onCancel, comparison, periods } = props;
  const styles = useStyles();
  const problems = status.kind === "refused" ? status.errors : [];
  return (
    <section className={styles.section} aria-labelledby="periods-title" data-testid="periods">
      <h2 id="periods-title" className={styles.sectionTitle}>
        {strings.periodHeading}
      </h2>
      <span className={styles.subtle}>{strings.periodIntro}</span>
      {comparison !== null && periods.length > 0 && (
        <Field label={strings.compareWith}>
          <Select
            className={styles.fullWidth}
            value={comparison.chosen}
            disabled={busy}
            data-testid="compare-period"
            onChange={(_e, data) => {
              props.onCompare(data.value);
            }}
          >
            <option value="">{fill(strings.compareLatest, { period: comparison.latest })}</option>
            {[
              ...periods,
              ...(comparison.chosen === "" || periods.includes(comparison.chosen) ? [] : [comparison.chosen]),
            ].map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={strings.periodLabel}
        validationState={problems.length > 0 ? "error" : "none"}
        validationMessage={problems.length > 0 ? problems.map(describe).join(" ") : undefined}
      >
        <Input
          value={label}
          data-testid="period-label"
          onChange={(_e, data) => {
            onLabel(data.value);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={busy || disabled}
          data-testid="close-period"
          onClick={() => {
            onClose(false);
          }}
        >
          {busy ? strings.closing : strings.closePeriod}
        </Button>
        {status.kind === "closed" && (
          <span className={styles.subtle} role="status" data-testid="period-closed">
            {fill(strings.periodClosed, { period: status.period, rows: status.rows })}
          </span>
        )}
      </div>
      {status.kind === "confirm" && (
        <Notice
          intent="warning"
          title={fill(strings.periodReplaceConfirm, { period: status.period, rows: status.rows })}
          testId="period-confirm"
        >
          {status.changed && (
            <span className={styles.subtle} data-testid="period-rows-changed">
              {strings.periodRowsChanged}
            </span>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              data-testid="period-replace"
              onClick={() => {
                onClose(true);
              }}
            >
              {strings.periodReplaceYes}
            </Button>
            <Button onClick={onCancel}>{strings.cancel}</Button>
          </div>
        </Notice>
      )}
    </section>
  );
}
