/**
 * The language a sheet was laid out in, told by its labels: a sheet keeps it whatever language the pane
 * that recalculates it speaks (relabelling is the user's explicit choice). Loaded with the code that
 * writes: it needs every language's sheet labels.
 */
import { sheetLabels } from "./sheet-labels";
import type { LanguageCode } from "./types";
import type { SheetLabels } from "../sheet/sheet-labels";
import { labelStrings, normalizeLabel } from "../sheet/labels";

/** Each label that only one language uses, with that language ("Leads" or "LTV:CAC" tell nothing). */
function telling(): Map<string, LanguageCode> {
  const owners = new Map<string, Set<LanguageCode>>();
  for (const [language, labels] of Object.entries(sheetLabels) as [LanguageCode, SheetLabels][]) {
    for (const label of labelStrings(labels)) {
      const text = normalizeLabel(label);
      if (text !== "") owners.set(text, (owners.get(text) ?? new Set()).add(language));
    }
  }
  const unique = new Map<string, LanguageCode>();
  for (const [text, languages] of owners) {
    const [only] = languages;
    if (languages.size === 1 && only !== undefined) unique.set(text, only);
  }
  return unique;
}

let tellingLabels: Map<string, LanguageCode> | null = null;

/**
 * The language most of `texts` (a sheet's label cells) are written in; null when none of them is a
 * label of the add-in's, or two languages count the same.
 */
export function sheetLanguageOf(texts: readonly string[]): LanguageCode | null {
  tellingLabels ??= telling();
  const counts = new Map<LanguageCode, number>();
  for (const text of texts) {
    const language = tellingLabels.get(normalizeLabel(text));
    if (language !== undefined) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return null;
  return first[0];
}
