/**
 * What every export is written with in a language (labels, money in the currency, the notes on the
 * computed columns), and the downloadable template itself: the example funnel with its costs and
 * target, naming its product, so nothing in it is an empty row to puzzle over.
 */
import { exampleFunnelWithMoney, type FunnelInput } from "../funnel";
import { excelMoneyFormat, type Currency, type Locale } from "../i18n";
import { sheetLabels } from "../i18n/sheet-labels";
import { templateNotes } from "../i18n/template-notes";
import { funnelWorkbookBuffer, type FunnelWorkbookOptions } from "./funnel-workbook";

export function exportOptions(locale: Locale, currency: Currency): FunnelWorkbookOptions {
  return {
    labels: sheetLabels[locale.language],
    moneyFormat: excelMoneyFormat(locale.tag, currency),
    notes: templateNotes[locale.language],
  };
}

/** The example funnel as the template holds it, its product named in the template's language. */
export function templateInput(locale: Locale): FunnelInput {
  return { ...structuredClone(exampleFunnelWithMoney), name: templateNotes[locale.language].exampleProduct };
}

export function templateWorkbookBuffer(locale: Locale, currency: Currency): Promise<Buffer> {
  return funnelWorkbookBuffer(templateInput(locale), exportOptions(locale, currency));
}
