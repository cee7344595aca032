/**
 * Round trip 1: queues every read a recalculation needs on the active sheet — used cells of A:I
 * (values and formulas), the sheet's names, its charts, the selection and the workbook settings —
 * for one context.sync(), then turns the answers into a pure SheetSnapshot.
 */
import { localAddress } from "../funnel/a1";
import type { SheetSnapshot } from "../funnel/sheet-snapshot";
import { parseArea } from "../funnel/a1";

export const SETTING_MODE = "FunnelForecast.improvementMode";
export const SETTING_CURRENCY = "FunnelForecast.currency";

export interface SheetRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  names: Excel.NamedItemCollection;
  charts: Excel.ChartCollection;
  selection: Excel.Range;
  mode: Excel.Setting;
  currency: Excel.Setting;
}

/** Queues the reads; call context.sync() once, then snapshotOf(). */
export function queueSheetRead(context: Excel.RequestContext, sheet: Excel.Worksheet): SheetRead {
  sheet.load("name");
  const used = sheet.getRange("A:I").getUsedRangeOrNullObject(true);
  used.load("values,formulas,rowIndex,columnIndex");
  const names = sheet.names;
  names.load("items/name,items/formula");
  const charts = sheet.charts;
  charts.load("items/name,items/chartType");
  const selection = context.workbook.getSelectedRange();
  selection.load("rowIndex,rowCount,columnIndex,address");
  const mode = context.workbook.settings.getItemOrNullObject(SETTING_MODE);
  mode.load("value");
  const currency = context.workbook.settings.getItemOrNullObject(SETTING_CURRENCY);
  currency.load("value");
  return { sheet, used, names, charts, selection, mode, currency };
}

function selectionSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? "" : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
}

export function snapshotOf(read: SheetRead): SheetSnapshot {
  const sheetName = read.sheet.name;
  const names: Record<string, string> = {};
  for (const item of read.names.items) {
    const formula: unknown = item.formula;
    if (typeof formula !== "string") continue;
    const target = localAddress(formula);
    try {
      parseArea(target);
      names[item.name] = target;
    } catch {
      // Names that are not cell ranges (constants, #REF! after a deleted row) are not ours to follow.
    }
  }
  const onThisSheet = selectionSheet(read.selection.address) === sheetName;
  return {
    sheetName,
    top: read.used.isNullObject ? 1 : read.used.rowIndex + 1,
    left: read.used.isNullObject ? 1 : read.used.columnIndex + 1,
    values: read.used.isNullObject ? [] : (read.used.values as unknown[][]),
    formulas: read.used.isNullObject ? [] : (read.used.formulas as unknown[][]),
    names,
    selection: onThisSheet
      ? {
          firstRow: read.selection.rowIndex + 1,
          rowCount: read.selection.rowCount,
          firstColumn: read.selection.columnIndex + 1,
        }
      : null,
  };
}

export function settingValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? undefined : (setting.value as unknown);
}
