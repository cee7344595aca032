/**
 * Sheet labels in every language, so the add-in recognises cells it wrote in any of them. Loaded with the
 * code that writes (and with the language packs), not with the pane itself.
 */
import { englishSheetLabels, type SheetLabels } from "../sheet/sheet-labels";
import type { LanguageCode } from "./types";
import { labelStrings } from "../sheet/labels";
import { nlSheetLabels } from "./sheet-labels-nl";
import { deSheetLabels } from "./sheet-labels-de";
import { nbSheetLabels } from "./sheet-labels-nb";
import { huSheetLabels } from "./sheet-labels-hu";

export const sheetLabels: Record<LanguageCode, SheetLabels> = {
  en: englishSheetLabels,
  nl: nlSheetLabels,
  de: deSheetLabels,
  hu: huSheetLabels,
  nb: nbSheetLabels,
};

/** Every label the add-in may have written into a sheet, in every language (to recognise its cells). */
export function allSheetLabels(): string[] {
  return Object.values(sheetLabels).flatMap(labelStrings);
}
