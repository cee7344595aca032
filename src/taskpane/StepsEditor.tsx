/**
 * The steps as the user types them: one block per step — the name on a line of its own (long names
 * stay readable at 300 px), then the result and the hoped-for improvement — with the issues of each
 * field right under it, errors and warnings told apart by colour, mark and word.
 */
import { Button, Input } from "@fluentui/react-components";
import { WARNING_CODES, type FunnelIssue } from "../funnel/types";
import { fill, type PaneStrings } from "../i18n";
import type { StepForm } from "./form";
import type { FieldKey, PlacedIssues } from "./issues-by-field";
import { useStyles } from "./styles";

interface Props {
  steps: StepForm[];
  strings: PaneStrings;
  issues: PlacedIssues;
  /** The pane's own hints about what was typed, by step index (e.g. 0.1 typed for 10 %). */
  hints: ReadonlyMap<number, string>;
  describe: (issue: FunnelIssue) => string;
  onChange: (steps: StepForm[]) => void;
  onAdd: () => void;
}

type Column = "name" | "result" | "improvement";
const COLUMNS: Column[] = ["name", "result", "improvement"];

function messageId(index: number, column: Column): string {
  return `step-${index}-${column}-messages`;
}

const WARNINGS: ReadonlySet<string> = new Set(WARNING_CODES);
export function isWarning(issue: FunnelIssue): boolean {
  return WARNINGS.has(issue.code);
}

/**
 * The messages of a field outside the steps (the sale value, the costs and target), in the same style
 * as the steps' own: for Fluent's Field, whose own icon is then left out.
 */
export function fieldMessages(
  issues: readonly FunnelIssue[],
  describe: (issue: FunnelIssue) => string,
  strings: PaneStrings,
) {
  if (issues.length === 0) return { validationState: "none" as const };
  return {
    validationState: issues.some((i) => !isWarning(i)) ? ("error" as const) : ("warning" as const),
    validationMessageIcon: null,
    validationMessage: (
      <>
        {issues.map((issue, k) => (
          <FieldMessage key={k} warning={isWarning(issue)} text={describe(issue)} strings={strings} />
        ))}
      </>
    ),
  };
}

/** One message under a field: "Fix:" in red with ✖, or "Check:" in amber with ⚠. */
export function FieldMessage({ warning, text, strings }: { warning: boolean; text: string; strings: PaneStrings }) {
  const styles = useStyles();
  return (
    <div
      className={warning ? styles.warningText : styles.errorText}
      role={warning ? undefined : "alert"}
      data-kind={warning ? "warning" : "error"}
    >
      <strong>
        {warning ? "⚠" : "✖"} {warning ? strings.warningPrefix : strings.errorPrefix}
      </strong>{" "}
      {text}
    </div>
  );
}

export function StepsEditor({ steps, strings, issues, hints, describe, onChange, onAdd }: Props) {
  const styles = useStyles();

  const update = (index: number, patch: Partial<StepForm>) => {
    onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  };
  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 0 || target >= steps.length) return;
    const next = [...steps];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(target, 0, moved);
    onChange(next);
  };
  const remove = (index: number, button: HTMLElement) => {
    const group = button.closest("[data-steps]");
    onChange(steps.filter((_, i) => i !== index));
    // The focus would fall to the page with the removed button: it goes to the name of the step that took
    // this one's place (else the one before it, else Add step), once React has drawn the change.
    const next = steps.length === 1 ? -1 : Math.min(index, steps.length - 2);
    window.setTimeout(() => {
      const fields = group?.querySelectorAll<HTMLElement>("input[data-name-field], [data-add-step]");
      fields?.[next < 0 ? fields.length - 1 : next]?.focus();
    }, 0);
  };
  const fieldIssues = (index: number, column: Column) => issues.byField.get(`${index}:${column}` as FieldKey) ?? [];

  return (
    <div className={styles.steps} role="group" aria-label={strings.stepsHeading} data-steps>
      <span className={styles.subtle}>{strings.stepsHint}</span>
      {steps.map((step, index) => {
        const n = index + 1;
        const hint = hints.get(index);
        const invalid = (column: Column) => fieldIssues(index, column).some((i) => !isWarning(i));
        const describedBy = (column: Column) =>
          fieldIssues(index, column).length > 0 || (column === "improvement" && hint !== undefined)
            ? messageId(index, column)
            : undefined;
        const tools = [
          {
            label: strings.moveUp,
            glyph: "↑",
            disabled: index === 0,
            act: () => {
              move(index, -1);
            },
          },
          {
            label: strings.moveDown,
            glyph: "↓",
            disabled: index === steps.length - 1,
            act: () => {
              move(index, 1);
            },
          },
          {
            label: strings.removeStep,
            glyph: "✕",
            disabled: false,
            act: (button: HTMLElement) => {
              remove(index, button);
            },
          },
        ];
        return (
          <div key={step.id} className={styles.stepBlock} data-step={n}>
            <span className={styles.stepNumber} aria-hidden="true">
              {n}
            </span>
            <Input
              className={styles.nameInput}
              aria-label={fill(strings.stepNameLabel, { n })}
              value={step.name}
              aria-invalid={invalid("name")}
              aria-describedby={describedBy("name")}
              data-name-field
              data-input-key={`name:${index}`}
              onChange={(_e, data) => {
                update(index, { name: data.value });
              }}
            />
            <span className={styles.rowTools}>
              {tools.map((tool) => (
                <Button
                  key={tool.glyph}
                  size="small"
                  appearance="subtle"
                  className={styles.toolButton}
                  aria-label={fill(tool.label, { n })}
                  title={fill(tool.label, { n })}
                  disabled={tool.disabled}
                  onClick={(event) => {
                    tool.act(event.currentTarget);
                  }}
                >
                  {tool.glyph}
                </Button>
              ))}
            </span>
            <Input
              className={styles.resultInput}
              aria-label={fill(strings.resultLabel, { n })}
              placeholder={strings.resultPlaceholder}
              inputMode="decimal"
              value={step.result}
              aria-invalid={invalid("result")}
              aria-describedby={describedBy("result")}
              data-input-key={`result:${index}`}
              onChange={(_e, data) => {
                update(index, { result: data.value });
              }}
            />
            <Input
              className={styles.improvementInput}
              aria-label={fill(strings.improvementLabel, { n })}
              inputMode="decimal"
              contentAfter="%"
              value={step.improvement}
              aria-invalid={invalid("improvement")}
              aria-describedby={describedBy("improvement")}
              data-input-key={`improvement:${index}`}
              onChange={(_e, data) => {
                update(index, { improvement: data.value });
              }}
            />
            {COLUMNS.map((column) => {
              const list = fieldIssues(index, column);
              const paneHint = column === "improvement" ? hint : undefined;
              if (list.length === 0 && paneHint === undefined) return null;
              return (
                <div key={column} id={messageId(index, column)} className={styles.fieldMessages}>
                  {list.map((issue, k) => (
                    <FieldMessage key={k} warning={isWarning(issue)} text={describe(issue)} strings={strings} />
                  ))}
                  {paneHint !== undefined && <FieldMessage warning text={paneHint} strings={strings} />}
                </div>
              );
            })}
          </div>
        );
      })}
      <div>
        <Button appearance="secondary" size="small" onClick={onAdd} data-add-step>
          + {strings.addStep}
        </Button>
      </div>
    </div>
  );
}
