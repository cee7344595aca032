/**
 * Round trip 1: queues every read a recalculation needs on the active sheet, for one context.sync():
 *  - how far columns A..N and column B are used (addresses only, a few bytes);
 *  - the values, formulas and number formats of the first HEAD_ROWS rows of A..N — not the whole used
 *    range, which on a sheet full of other data would pass Excel on the web's 5 MB response limit (the
 *    formats tell the add-in's own from the user's, decide-writes.ts);
 *  - the sheet's own names (scope Worksheet: on the web Worksheet.names also lists workbook-scoped
 *    names, office-js issue 1011), its charts (name, id, type, place and size: decide-charts.ts), the
 *    workbook settings;
 *  - the selection, which Excel refuses to give (InvalidSelection) when a chart, a shape or several
 *    areas are selected: the read is then made again without it (office-js issue 2268).
 * When a decision needs rows beyond those (a funnel further down, a selection below them),
 * `readUntilLoaded` reads just those rows, one more round trip each time.
 */
import { HISTORY_TABLE_NAME } from "../funnel/periods";
import { localAddress, parseArea, sheetOfReference, type AreaRef } from "../sheet/a1";
import { RowsNotLoaded, type SheetBlock, type SheetSnapshot } from "../sheet/sheet-snapshot";
import { LAST_PLAN_COLUMN } from "../sheet/block-layout";
import { isSheet, parseRegistry, REGISTRY_SETTING } from "../sheet/funnel-registry";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";

export const SETTING_MODE = "FunnelForecast.improvementMode";
export const SETTING_CURRENCY = "FunnelForecast.currency";

/** Chart.id, name, chartType (1.7) and the place and size (1.1): what round trip 1 loads of each chart. */
export const CHART_READ = "items/name,items/id,items/chartType,items/top,items/left,items/width,items/height";

/** Rows of A..N read up front, and at least as many again whenever more are needed. */
export const HEAD_ROWS = 1_000;
/** Rows read above a missing row too: a funnel's header and first step sit just above where a walk starts. */
const ROWS_ABOVE = 50;
const COLUMNS = { first: "A", last: LAST_PLAN_COLUMN } as const;

interface BlockRead {
  firstRow: number;
  lastRow: number;
  /** The used part of those rows (null object when they are empty). */
  used: Excel.Range;
}

export interface SheetRead {
  sheet: Excel.Worksheet;
  extent: Excel.Range;
  extentOfB: Excel.Range;
  blocks: BlockRead[];
  names: Excel.NamedItemCollection;
  charts: Excel.ChartCollection;
  /** null when Excel would not give the selection (a chart or several areas selected). */
  selection: Excel.Range | null;
  mode: Excel.Setting;
  currency: Excel.Setting;
  /** Which sheets hold funnels (funnel-registry.ts), and the workbook's sheets now, to hold it against. */
  registry: Excel.Setting;
  sheets: Excel.WorksheetCollection;
  /** Merged areas starting in A..D of the first rows, slice by slice (ExcelApi 1.13); null where the host has none. */
  merged: Excel.RangeAreas[] | null;
  /** The sheet's tables: the history sheet is known by its table. */
  tables: Excel.TableCollection;
}

function queueBlock(sheet: Excel.Worksheet, firstRow: number, lastRow: number): BlockRead {
  const used = sheet.getRange(`${COLUMNS.first}${firstRow}:${COLUMNS.last}${lastRow}`).getUsedRangeOrNullObject(true);
  used.load("values,formulas,numberFormat,rowIndex,columnIndex");
  return { firstRow, lastRow, used };
}

function queueSheetRead(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  withSelection: boolean,
  mergedAreas: boolean,
): SheetRead {
  sheet.load("name,id");
  const extent = sheet.getRange(`${COLUMNS.first}:${COLUMNS.last}`).getUsedRangeOrNullObject(true);
  extent.load("rowIndex,rowCount");
  const extentOfB = sheet.getRange("B:B").getUsedRangeOrNullObject(true);
  extentOfB.load("rowIndex");
  const names = sheet.names;
  names.load("items/name,items/formula,items/scope");
  const charts = sheet.charts;
  charts.load(CHART_READ);
  const tables = sheet.tables;
  tables.load("items/name");
  let selection: Excel.Range | null = null;
  if (withSelection) {
    selection = context.workbook.getSelectedRange();
    selection.load("rowIndex,rowCount,columnIndex,address");
  }
  const mode = context.workbook.settings.getItemOrNullObject(SETTING_MODE);
  mode.load("value");
  const currency = context.workbook.settings.getItemOrNullObject(SETTING_CURRENCY);
  currency.load("value");
  const registry = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registry.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  // A result typed into merged cells sits in the first of them only; the others read as empty.
  const merged = mergedAreas ? queueMergedAreas(sheet) : null;
  return {
    merged,
    tables,
    registry,
    sheets,
    sheet,
    extent,
    extentOfB,
    blocks: [queueBlock(sheet, 1, HEAD_ROWS)],
    names,
    charts,
    selection,
    mode,
    currency,
  };
}

/**
 * Rows of A..D per read of merged areas: Range.getMergedAreasOrNullObject fails on a range holding more
 * than 512 of them (Office.js reference), and 4 × 128 cells cannot hold more than 512 (each area has a
 * cell of its own there). So a sheet with any number of merged cells is still read in one round trip.
 */
const MERGED_ROWS = 128;

function queueMergedAreas(sheet: Excel.Worksheet): Excel.RangeAreas[] {
  const slices: Excel.RangeAreas[] = [];
  for (let top = 1; top <= HEAD_ROWS; top += MERGED_ROWS) {
    const bottom = Math.min(top + MERGED_ROWS - 1, HEAD_ROWS);
    const areas = sheet.getRange(`A${top}:D${bottom}`).getMergedAreasOrNullObject();
    areas.load("address");
    slices.push(areas);
  }
  return slices;
}

function isInvalidSelection(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "InvalidSelection";
}

/**
 * Round trip 1. `alsoQueue` adds reads of the caller's to the same batch (it is queued again if the
 * batch has to be made again without the selection). `mergedAreas`: the host has ExcelApi 1.13, so
 * the merged cells among the inputs can be found (elsewhere they read as empty, as they always did).
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  alsoQueue?: () => void,
  mergedAreas = false,
): Promise<SheetRead> {
  const read = queueSheetRead(context, sheet, true, mergedAreas);
  alsoQueue?.();
  try {
    await context.sync();
    return read;
  } catch (error) {
    if (!isInvalidSelection(error)) throw error;
  }
  // A chart, a shape or several areas are selected: read everything else; the funnel is then found
  // by its names or its layout.
  const again = queueSheetRead(context, sheet, false, mergedAreas);
  alsoQueue?.();
  await context.sync();
  return again;
}

function blockOf(read: BlockRead): SheetBlock {
  const empty = read.used.isNullObject;
  return {
    firstRow: read.firstRow,
    lastRow: read.lastRow,
    top: empty ? read.firstRow : read.used.rowIndex + 1,
    left: empty ? 1 : read.used.columnIndex + 1,
    values: empty ? [] : (read.used.values as unknown[][]),
    formulas: empty ? [] : (read.used.formulas as unknown[][]),
    numberFormats: empty ? [] : (read.used.numberFormat as unknown[][]),
  };
}

/** The sheet's own names that point at cells of this sheet, as local addresses. */
function ownNames(read: SheetRead, sheetName: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const item of read.names.items) {
    const formula: unknown = item.formula;
    if (item.scope !== "Worksheet" || typeof formula !== "string") continue;
    const text = formula.startsWith("=") ? formula.slice(1) : formula;
    const bang = text.lastIndexOf("!");
    if (bang >= 0 && sheetOfReference(text) !== sheetName) continue;
    const target = localAddress(formula);
    try {
      parseArea(target);
      names[item.name] = target;
    } catch {
      // Names that are not cell ranges (constants, #REF! after a deleted row) are not ours to follow.
    }
  }
  return names;
}

/** "Sheet1!B6:B7, 'Shoes, bags'!D9" as areas (a comma inside a quoted sheet name is the name's). */
function mergedAreasOf(merged: Excel.RangeAreas): AreaRef[] {
  if (merged.isNullObject) return [];
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of merged.address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => parseArea(localAddress(part.trim())));
}

export function snapshotOf(read: SheetRead): SheetSnapshot {
  const sheetName = read.sheet.name;
  const selection = read.selection;
  const onThisSheet = selection !== null && sheetOfReference(selection.address) === sheetName;
  return {
    sheetName,
    usedRows: read.extent.isNullObject
      ? null
      : { first: read.extent.rowIndex + 1, last: read.extent.rowIndex + read.extent.rowCount },
    firstUsedRowOfB: read.extentOfB.isNullObject ? null : read.extentOfB.rowIndex + 1,
    blocks: read.blocks.map(blockOf),
    names: ownNames(read, sheetName),
    ...(read.merged === null ? {} : { merged: read.merged.flatMap(mergedAreasOf) }),
    selection:
      selection !== null && onThisSheet
        ? { firstRow: selection.rowIndex + 1, rowCount: selection.rowCount, firstColumn: selection.columnIndex + 1 }
        : null,
  };
}

/**
 * Runs `decide` (pure) on the snapshot; whenever it needs rows that were not read, reads them (one
 * round trip) and runs it again. Ordinary funnels never need this: they lie in the first rows.
 */
export async function readUntilLoaded<T>(
  context: Excel.RequestContext,
  read: SheetRead,
  decide: (snapshot: SheetSnapshot) => T,
): Promise<T> {
  for (;;) {
    try {
      return decide(snapshotOf(read));
    } catch (error) {
      if (!(error instanceof RowsNotLoaded)) throw error;
      const above = read.blocks.filter((b) => b.lastRow < error.row).map((b) => b.lastRow + 1);
      const below = read.blocks.filter((b) => b.firstRow > error.row).map((b) => b.firstRow - 1);
      const firstRow = Math.max(error.row - ROWS_ABOVE, ...above);
      const lastRow = Math.min(error.row + HEAD_ROWS - 1, ...below);
      read.blocks.push(queueBlock(read.sheet, firstRow, lastRow));
      await context.sync();
    }
  }
}

/** The currency stored in the workbook (its code), if any. */
export function storedCurrencyOf(read: Pick<SheetRead, "currency">): string | undefined {
  const value = settingValue(read.currency);
  return typeof value === "string" ? value : undefined;
}

export function settingValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? undefined : (setting.value as unknown);
}

/** The improvement mode to use: the caller's, else the one stored in the workbook, else relative. */
export function storedMode(read: SheetRead, options: { improvementMode?: string }): unknown {
  return options.improvementMode ?? settingValue(read.mode) ?? "relative";
}

/** The issue when the sheet read is the add-in's Overview, which is never read as a funnel. */
/**
 * Sheets of the add-in that are not funnels, known before anything is parsed as one: the Overview (by
 * the registry) and the history sheet (by its table, FunnelHistory). Null on any other sheet.
 */
export function notFunnelSheetIssue(read: SheetRead): FunnelIssue | null {
  const overview = parseRegistry(settingValue(read.registry)).overview;
  const sheet = { id: read.sheet.id, name: read.sheet.name };
  if (overview !== null && isSheet(overview, sheet)) return makeIssue("overview-sheet", null, { sheet: sheet.name });
  if (read.tables.items.some((t) => t.name.toLowerCase() === HISTORY_TABLE_NAME.toLowerCase()))
    return makeIssue("history-sheet", null, { sheet: sheet.name });
  return null;
}
