/** Options shared by the Excel entry points, with their defaults. */
import { allSheetLabels } from "../i18n/sheet-labels";
import { labelSet } from "../sheet/labels";
import { englishSheetLabels, type SheetLabels } from "../sheet/sheet-labels";
import type { PlanOptions } from "../sheet/plan-sheet";
import type { PaneEdits } from "../sheet/three-way";
import type { ImprovementMode } from "../funnel/types";

export interface ExcelOptions {
  /** Overrides the mode stored in the workbook (default: the stored one, else relative). */
  improvementMode?: ImprovementMode;
  /** Header and summary labels written into the sheet (default English). */
  labels?: SheetLabels;
  /** Every label the add-in may have written before, in any language, to recognise its own cells. */
  knownLabels?: ReadonlySet<string>;
  /** Excel number format for money cells (default `#,##0.00`). */
  moneyFormat?: string;
  /** Currency chosen in the pane, stored in the workbook for colleagues (with writeInputs). */
  currency?: string;
  /** Money format for the currency stored in the workbook, used when `moneyFormat` is not given. */
  moneyFormatFor?: (currency: string) => string | undefined;
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

/** planSheet's options: the labels, and a money format when one is known. */
export function planOptionsOf(resolved: ResolvedOptions, moneyFormat = resolved.moneyFormat): PlanOptions {
  return moneyFormat === undefined ? { labels: resolved.labels } : { labels: resolved.labels, moneyFormat };
}

export function resolveOptions(options: ExcelOptions): ResolvedOptions {
  const labels = options.labels ?? englishSheetLabels;
  return {
    labels,
    // Labels the add-in wrote in any language are its own, whatever the pane's language is now.
    knownLabels:
      options.knownLabels ??
      labelSet([
        ...(Object.values(labels) as unknown[]).filter((v): v is string => typeof v === "string"),
        ...allSheetLabels(),
      ]),
    moneyFormat: options.moneyFormat,
    currency: options.currency,
    supportsFunnelChart: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.9"),
    supportsLabelFormat: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.8"),
    supportsMergedAreas: (options.isSetSupported ?? officeSupports)("ExcelApi", "1.13"),
  };
}
