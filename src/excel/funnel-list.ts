/**
 * What the pane needs to move between funnels and periods:
 *  - the workbook's funnels, from the registry the first read of every run loads anyway (no extra round
 *    trip), with their sheets' names now;
 *  - the sheet of one of them activated (one round trip);
 *  - the periods closed for a funnel, read from the FunnelHistory table (two round trips, made only for
 *    a sheet that compares with a history);
 *  - the period a sheet compares with, written into its FunnelComparePeriod cell on the user's choice
 *    (one round trip); Excel's formulas do the rest.
 */
import { parseRegistry, reconcile } from "../sheet/funnel-registry";
import { HISTORY_TABLE_NAME, periodLabel, sameText } from "../funnel/periods";
import { settingValue, type SheetRead } from "./read-sheet";
import { textCell } from "./text-cell";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";

export interface FunnelListEntry {
  id: string;
  sheet: string;
  product: string;
}

export interface FunnelList {
  funnels: FunnelListEntry[];
  /** The Overview's sheet, when there is one. */
  overview: string | null;
  activeId: string;
}

/** The funnels of the workbook as the registry and the sheets read with `read` give them. */
export function funnelListOf(read: SheetRead): FunnelList {
  const registry = parseRegistry(settingValue(read.registry));
  const reconciled = reconcile(
    registry,
    read.sheets.items.map((s) => ({ id: s.id, name: s.name })),
  );
  return {
    funnels: reconciled.funnels.map(({ id, sheet, product }) => ({ id, sheet, product })),
    overview: reconciled.overview?.name ?? null,
    activeId: read.sheet.id,
  };
}

/** Activates the sheet with that id (or name). */
export async function showSheet(context: Excel.RequestContext, key: string): Promise<void> {
  context.workbook.worksheets.getItem(key).activate();
  await context.sync();
}

/** The periods closed for `funnel` (names match without regard to case), oldest row first, each once. */
export async function readPeriods(context: Excel.RequestContext, funnel: string): Promise<string[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  if (!tables.items.some((t) => t.name === HISTORY_TABLE_NAME)) return [];
  const body = tables.getItem(HISTORY_TABLE_NAME).getDataBodyRange();
  body.load("values");
  await context.sync();
  const periods: string[] = [];
  for (const [name, value] of body.values as unknown[][]) {
    // Every label, whatever it looks like: one Excel turned into a number is listed as it shows.
    const period = periodLabel(value);
    if (period === "" || !sameText(String(name), funnel)) continue;
    if (!periods.some((p) => sameText(p, period))) periods.push(period);
  }
  return periods;
}

/**
 * Writes the period the active sheet compares with ("" = the latest closed) into FunnelComparePeriod —
 * only while the cell still holds `seen`, the period the pane showed as chosen (three-way, issue 19): a
 * period chosen in the sheet since, by the user or a co-author, is named and kept, and nothing is written.
 * Two requests: the cell is read, then written. Without `seen` (no pane), one request writes.
 */
export async function chooseComparePeriod(
  context: Excel.RequestContext,
  period: string,
  seen?: string,
): Promise<{ written: true } | { written: false; issue: FunnelIssue }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  // Its id loaded, the client addresses the sheet by it: the write lands on the sheet read, even if the
  // user clicks another tab in between.
  sheet.load("id");
  // A range lives for one request outside Excel.run (the client refuses it afterwards): one per request.
  const cellOf = () => sheet.names.getItem("FunnelComparePeriod").getRange();
  if (seen !== undefined) {
    const cell = cellOf();
    cell.load("values,address");
    await context.sync();
    const now: unknown = (cell.values as unknown[][])[0]?.[0];
    const held = typeof now === "string" || typeof now === "number" || typeof now === "boolean" ? String(now) : "";
    if (held !== seen) {
      const address = cell.address.slice(cell.address.lastIndexOf("!") + 1);
      return {
        written: false,
        issue: makeIssue("changed-in-sheet", null, { cell: address, sheet: held, pane: period }),
      };
    }
  }
  cellOf().values = [[textCell(period)]];
  await context.sync();
  return { written: true };
}
