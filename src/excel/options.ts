/** Options shared by the Excel entry points, with their defaults. */
import { allSheetLabels, sheetLabels } from "../i18n/sheet-labels";
import { sheetLanguageOf } from "../i18n/sheet-language";
import { excelMoneyFormat, isCurrency, languageTag, type LanguageCode } from "../i18n";
import { labelSet, labelStrings } from "../sheet/labels";
import { englishSheetLabels, type SheetLabels } from "../sheet/sheet-labels";
import { currencyOfFormats, moneyFormatShowing } from "../sheet/format-currency";
import { labelTextsOf, moneyFormatsOf } from "../sheet/sheet-texts";
import type { FunnelLocation } from "../sheet/locate-funnel";
import type { SheetSnapshot } from "../sheet/sheet-snapshot";
import type { PlanOptions } from "../sheet/plan-sheet";
import type { PaneEdits } from "../sheet/three-way";
import type { ImprovementMode } from "../funnel/types";

export interface ExcelOptions {
  /** Overrides the mode stored in the workbook (default: the stored one, else relative). */
  improvementMode?: ImprovementMode;
  /**
   * Labels for a sheet laid out afresh (default English). A sheet already laid out keeps the language of
   * its own labels, unless `relabel` asks for these.
   */
  labels?: SheetLabels;
  /** Write `labels` over the sheet's own labels in another language: the user's explicit choice. */
  relabel?: boolean;
  /** Every label the add-in may have written before, in any language, to recognise its own cells. */
  knownLabels?: ReadonlySet<string>;
  /**
   * Excel number format for money cells. Default: the workbook's currency (`currency`, else the one
   * stored in the workbook, else the one its money cells show) as the sheet's language writes it;
   * `#,##0.00` when the workbook has none.
   */
  moneyFormat?: string;
  /** Currency chosen in the pane, stored in the workbook for colleagues (with writeInputs). */
  currency?: string;
  /** Office.context.requirements.isSetSupported; the native funnel chart needs ExcelApi 1.9. */
  isSetSupported?: (name: string, version: string) => boolean;
  /**
   * Cells edited by hand inside the block that the user saw listed and agreed to have written over
   * ("Replace my edits" in the pane). Only these: an edit made since is still refused.
   */
  replaceEdits?: readonly string[];
  /**
   * With writeInputs: what the pane last read and which inputs the user changed since. Only those are
   * written, and only where the sheet still holds what the pane read; anything else is a conflict
   * (src/funnel/three-way.ts). Without it, the pane's funnel is written as it is.
   */
  paneEdits?: PaneEdits;
}

export interface ResolvedOptions {
  labels: SheetLabels;
  relabel: boolean;
  knownLabels: ReadonlySet<string>;
  moneyFormat: string | undefined;
  currency: string | undefined;
  supportsFunnelChart: boolean;
  /**
   * ChartDataLabels.numberFormat (ExcelApi 1.8): Excel for Mac 16.9–16.16 and volume-licensed Excel
   * 2019 for Mac stop at 1.7, where setting it fails the whole write batch.
   */
  supportsLabelFormat: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): merged input cells can be named as such. */
  supportsMergedAreas: boolean;
}

function officeSupports(name: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
}

/** The money format of `currency` as `language` writes it; undefined for no currency the add-in offers. */
export function moneyFormatOf(currency: unknown, language: LanguageCode): string | undefined {
  return isCurrency(currency) ? excelMoneyFormat(languageTag(language), currency) : undefined;
}

/** The language `labels` are in (English when they tell none). */
export function languageOfLabels(labels: SheetLabels): LanguageCode {
  return (
    sheetLanguageOf(labelStrings(labels)) ?? "en"
  );
}

/** How a sheet is worded: its labels, the language they are in and the money format. */
export interface SheetWording {
  labels: SheetLabels;
  language: LanguageCode;
  moneyFormat: string | undefined;
}

/**
 * The workbook's wording for a funnel sheet already read: the language its own labels are in — not the
 * pane's, unless the user asked to relabel — and the money format of the workbook's currency (the one
 * chosen, else stored, else shown by the sheet's money cells): the one its money cells have where they
 * show that currency, else that currency as the sheet's language writes it.
 */
export function sheetWording(
  resolved: ResolvedOptions,
  storedCurrency: unknown,
  snapshot: SheetSnapshot,
  location: FunnelLocation,
): SheetWording {
  const own = resolved.relabel ? null : sheetLanguageOf(labelTextsOf(snapshot, location));
  const language = own ?? languageOfLabels(resolved.labels);
  const labels = own === null ? resolved.labels : sheetLabels[own];
  const moneyFormat = workbookMoneyFormat(resolved, storedCurrency, moneyFormatsOf(snapshot, location), language);
  return { labels, language, moneyFormat };
}

/**
 * The money format of a sheet whose money cells have `formats`: the one given, else the one those cells
 * have for the workbook's currency (the one chosen, else stored, else shown by them) — a format a
 * colleague's Excel wrote is not rewritten for another language's; relabelling words it afresh — else
 * that currency as `language` writes it; undefined where the workbook has no currency.
 */
export function workbookMoneyFormat(
  resolved: ResolvedOptions,
  storedCurrency: unknown,
  formats: readonly string[],
  language: LanguageCode,
): string | undefined {
  const currency = resolved.currency ?? storedCurrency ?? currencyOfFormats(formats);
  const kept = resolved.relabel || typeof currency !== "string" ? null : moneyFormatShowing(formats, currency);
  return resolved.moneyFormat ?? kept ?? moneyFormatOf(currency, language);
}

/** planSheet's options for a sheet worded so. */
export function planOptionsOf(wording: Pick<SheetWording, "labels" | "moneyFormat">): PlanOptions {
  const { labels, moneyFormat } = wording;
  return moneyFormat === undefined ? { labels } : { labels, moneyFormat };
}

export function resolveOptions(options: ExcelOptions): ResolvedOptions {
  const labels = options.labels ?? englishSheetLabels;
  return {
    labels,
    relabel: options.relabel ?? false,
    // Labels the add-in wrote in any language are its own, whatever the pane's language is now.
    knownLabels:
      options.knownLabels ??
      labelSet([
        ...labelStrings(labels),
        ...allSheetLabels(),
      ]),
    moneyFormat: options.moneyFormat,
    currency: options.currency,
    supportsFunnelChart: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.9"),
    supportsLabelFormat: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.8"),
    supportsMergedAreas: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.13"),
  };
}
