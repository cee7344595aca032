/**
 * The sheet keeps the language it was laid out in: a pane in another language says so under
 * Recalculate and offers to write the labels in its own language — only when asked.
 */
import { Button } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { fill, LANGUAGE_NAMES, type LanguageCode, type PaneStrings } from "../i18n";
import type { SheetLabels } from "../sheet/sheet-labels";
import { labelSet, labelStrings, normalizeLabel } from "../sheet/labels";
import { useStyles } from "./styles";

/** Labels of the pane's language found among the sheet's texts that settle it without the full check. */
const SAME_LANGUAGE_MATCHES = 2;

/**
 * The language of the sheet's labels (`texts`, as readFunnel gives them); null while unknown or where
 * the sheet holds none of the add-in's labels. A sheet in the pane's language is told from the pane's
 * own labels; any other needs every language's labels, which load with the code that writes.
 */
export function useSheetLanguage(
  texts: readonly string[],
  paneLabels: SheetLabels,
  paneLanguage: LanguageCode,
  onError: (error: unknown) => void,
): LanguageCode | null {
  // Keyed by the texts themselves: a new reading of the same labels keeps the answer (no flicker).
  const key = texts.join("\n");
  const [found, setFound] = useState<{ key: string; language: LanguageCode | null } | null>(null);
  const own = useMemo(() => labelSet(labelStrings(paneLabels)), [paneLabels]);
  const matches = texts.filter((text) => own.has(normalizeLabel(text))).length;
  const sameAsPane = matches >= SAME_LANGUAGE_MATCHES;
  useEffect(() => {
    if (texts.length === 0 || sameAsPane) return;
    let live = true;
    import(/* webpackChunkName: "write" */ "../i18n/sheet-language")
      .then((m) => {
        if (live) setFound({ key, language: m.sheetLanguageOf(texts) });
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [key, texts, sameAsPane, onError]);
  if (texts.length === 0) return null;
  if (sameAsPane) return paneLanguage;
  return found !== null && found.key === key ? found.language : null;
}

/** A language's name in the pane's language ("English", "Englisch"); its own name where Intl cannot say. */
function languageName(language: LanguageCode, tag: string): string {
  try {
    const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames([tag], { type: "language" }) : null;
    return names?.of(language) ?? LANGUAGE_NAMES[language];
  } catch (error) {
    // A webview without this locale's data: the language's own name says the same.
    if (error instanceof RangeError) return LANGUAGE_NAMES[language];
    throw error;
  }
}

interface Props {
  sheetLanguage: LanguageCode | null;
  paneLanguage: LanguageCode;
  tag: string;
  strings: PaneStrings;
  busy: boolean;
  onRelabel: () => void;
}

export function SheetLanguageNote({ sheetLanguage, paneLanguage, tag, strings, busy, onRelabel }: Props) {
  const styles = useStyles();
  if (sheetLanguage === null || sheetLanguage === paneLanguage) return null;
  return (
    <div className={styles.actions} data-testid="sheet-language">
      <span className={styles.subtle}>
        {fill(strings.sheetLanguageNote, { language: languageName(sheetLanguage, tag) })}
      </span>
      <Button size="small" disabled={busy} onClick={onRelabel} data-testid="relabel">
        {fill(strings.relabel, { language: languageName(paneLanguage, tag) })}
      </Button>
    </div>
  );
}
