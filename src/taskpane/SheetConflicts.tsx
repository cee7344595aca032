/**
 * Inputs changed both in the sheet and in the pane since it read them (each is named, with both
 * values, in the list above): the user keeps the sheet's values or writes the pane's. Nothing in the
 * workbook changes until they choose.
 */
import { Button } from "@fluentui/react-components";
import type { Choice } from "../sheet/three-way";
import type { PaneStrings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  count: number;
  strings: PaneStrings;
  busy: boolean;
  onChoose: (choice: Choice) => void;
}

export function SheetConflicts({ count, strings, busy, onChoose }: Props) {
  const styles = useStyles();
  if (count === 0) return null;
  return (
    <div className={styles.actions} data-testid="sheet-conflicts">
      <Button
        disabled={busy}
        data-testid="keep-sheet"
        onClick={() => {
          onChoose("sheet");
        }}
      >
        {strings.keepSheetValues}
      </Button>
      <Button
        appearance="primary"
        disabled={busy}
        data-testid="write-mine"
        onClick={() => {
          onChoose("pane");
        }}
      >
        {strings.writeMyValues}
      </Button>
    </div>
  );
}
