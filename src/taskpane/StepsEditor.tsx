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
  describe: (issue: FunnelIssue) => string;
  onChange: (steps: StepForm[]) => void;
  onAdd: () => void;
}

type Column = "name" | "result" | "improvement";

function messageId(index: number, column: Column): string {
  return `step-${index}-${column}-messages`;
}

export function StepsEditor({ steps, strings, issues, describe, onChange, onAdd }: Props) {
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
  const remove = (index: number) => {
    onChange(steps.filter((_, i) => i !== index));
  };
  const fieldIssues = (index: number, column: Column) => issues.byField.get(`${index}:${column}` as FieldKey) ?? [];

  return (
    <div className={styles.stepGrid} role="group" aria-label={strings.stepsHeading}>
      <span className={styles.columnHead} aria-hidden="true">
        {strings.stepColumn}
      </span>
      <span className={styles.columnHead} aria-hidden="true">
        {strings.resultColumn}
      </span>
      <span className={styles.columnHead} aria-hidden="true" style={{ gridColumn: "3 / span 2", whiteSpace: "nowrap" }}>
        {strings.improvementColumn}
      </span>
      {steps.map((step, index) => {
        const n = index + 1;
        const all = (["name", "result", "improvement"] as Column[]).flatMap((column) =>
          fieldIssues(index, column).map((issue) => ({ column, issue })),
        );
        const invalid = (column: Column) => fieldIssues(index, column).some((i) => !isWarning(i));
        const describedBy = (column: Column) =>
          fieldIssues(index, column).length > 0 ? messageId(index, column) : undefined;
        return (
          <div key={step.id} style={{ display: "contents" }} data-step={n}>
            <Input
              className={styles.input}
              aria-label={fill(strings.stepNameLabel, { n })}
              value={step.name}
              aria-invalid={invalid("name")}
              aria-describedby={describedBy("name")}
              onChange={(_e, data) => {
                update(index, { name: data.value });
              }}
            />
            <Input
              className={styles.numberInput}
              aria-label={fill(strings.resultLabel, { n })}
              inputMode="decimal"
              value={step.result}
              aria-invalid={invalid("result")}
              aria-describedby={describedBy("result")}
              onChange={(_e, data) => {
                update(index, { result: data.value });
              }}
            />
            <Input
              className={styles.numberInput}
              aria-label={fill(strings.improvementLabel, { n })}
              inputMode="decimal"
              value={step.improvement}
              aria-invalid={invalid("improvement")}
              aria-describedby={describedBy("improvement")}
              onChange={(_e, data) => {
                update(index, { improvement: data.value });
              }}
            />
            <span className={styles.rowTools}>
              {[
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
                  act: () => {
                    remove(index);
                  },
                },
              ].map((tool) => (
                <Button
                  key={tool.glyph}
                  size="small"
                  appearance="subtle"
                  className={styles.toolButton}
                  aria-label={fill(tool.label, { n })}
                  title={fill(tool.label, { n })}
                  disabled={tool.disabled}
                  onClick={tool.act}
                >
                  {tool.glyph}
                </Button>
              ))}
            </span>
            {all.length > 0 && (
              <div className={styles.fieldMessages}>
                {(["name", "result", "improvement"] as Column[]).map((column) => {
                  const list = fieldIssues(index, column);
                  if (list.length === 0) return null;
                  return (
                    <div key={column} id={messageId(index, column)}>
                      {list.map((issue, k) => (
                        <div
                          key={k}
                          className={isWarning(issue) ? styles.warningText : styles.errorText}
                          role={isWarning(issue) ? undefined : "alert"}
                        >
                          {describe(issue)}
                        </div>
                      ))}
                    </div>
                  );
                })}
              </div>
            )}
          </div>
        );
      })}
      <div style={{ gridColumn: "1 / -1" }}>
        <Button appearance="secondary" size="small" onClick={onAdd}>
          + {strings.addStep}
        </Button>
      </div>
    </div>
  );
}

const WARNINGS: ReadonlySet<string> = new Set(WARNING_CODES);
export function isWarning(issue: FunnelIssue): boolean {
  return WARNINGS.has(issue.code);
}
