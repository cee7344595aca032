/**
 * "Replace my edits": where a run stopped on cells of the add-in's block that someone changed by hand,
 * the pane offers to write over them — first listing each cell with what it holds and what the add-in
 * would write, then asking. Only the cells listed are replaced; an edit made since is refused again.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { FunnelIssue } from "../funnel/types";
import { fill, type PaneStrings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  /** The run's cell-edited issues. */
  edits: readonly FunnelIssue[];
  strings: PaneStrings;
  busy: boolean;
  onReplace: (cells: string[]) => void;
}

export function ReplaceEdits({ edits, strings, busy, onReplace }: Props) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const cells = edits.map((edit) => edit.cell ?? "").filter((cell) => cell !== "");
  if (cells.length === 0) return null;
  if (!asking) {
    return (
      <div className={styles.actions}>
        <Button
          disabled={busy}
          data-testid="replace-edits"
          onClick={() => {
            setAsking(true);
          }}
        >
          {strings.replaceEdits}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.section} data-testid="replace-edits-list">
      <span>{fill(strings.replaceEditsConfirm, { count: cells.length })}</span>
      <ul className={styles.list}>
        {edits.map((edit, i) => (
          <li key={i} className={styles.breakAnywhere}>
            {fill(strings.replaceEditsCell, {
              cell: edit.cell ?? "",
              value: String(edit.params?.value ?? ""),
              planned: String(edit.params?.planned ?? ""),
            })}
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          data-testid="replace-edits-yes"
          onClick={() => {
            setAsking(false);
            onReplace(cells);
          }}
        >
          {fill(strings.replaceEditsYes, { count: cells.length })}
        </Button>
        <Button
          onClick={() => {
            setAsking(false);
          }}
        >
          {strings.cancel}
        </Button>
      </div>
    </div>
  );
}
