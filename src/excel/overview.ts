/**
 * The Overview sheet from the add-in: one row per funnel sheet of the workbook, every figure a live
 * formula on that sheet's own names ('Shoes'!FunnelRevenue), workbook-scoped totals, and a chart
 * comparing the funnels (DESIGN.md "Several funnels and periods").
 *
 * Which sheets hold funnels comes from the registry (funnel-registry.ts) and, for a workbook the export
 * made, from the Overview's own formulas. The Overview is kept as the first sheet, so the one read can
 * take its cells without knowing its name (WorksheetCollection.getFirst, ExcelApi 1.5).
 *
 * Round trips: the sheets, the registry, the workbook's names and the first sheet's block (1); the
 * writes (2). One more read only when the user has moved the Overview away from the first place.
 * A funnel sheet that was renamed or deleted is reported, and its row rewritten or dropped: no #REF!
 * is left behind. A cell of the Overview's block holding something the add-in did not write stops the
 * update, naming the cell; nothing is written.
 */
import { localAddress, sheetOfReference } from "../sheet/a1";
import {
  parseRegistry,
  reconcile,
  REGISTRY_SETTING,
  type FunnelRegistry,
  type RegisteredFunnel,
  type SheetIdentity,
} from "../sheet/funnel-registry";
import { sameText } from "../funnel/periods";
import {
  nameReferences,
  OVERVIEW_COLUMNS,
  OVERVIEW_LAST_COLUMN,
  OVERVIEW_TOTAL_NAMES,
  planOverview,
  type OverviewPlan,
} from "../sheet/plan-overview";
import { NUMBER_FORMATS } from "../sheet/plan-sheet";
import type { FunnelIssue } from "../funnel/types";
import { makeIssue } from "../funnel/validate";
import { normalizeLabel } from "../sheet/labels";
import { uniqueSheetName } from "./new-funnel-sheet";
import { sheetLabels } from "../i18n/sheet-labels";
import { sheetLanguageOf } from "../i18n/sheet-language";
import { languageOfLabels, resolveOptions, workbookMoneyFormat, type ExcelOptions } from "./options";
import { SETTING_CURRENCY, settingValue } from "./read-sheet";
import { OVERVIEW_CHART_NAME, queueOverviewChart, queueOverviewWrites } from "./overview-writes";
import { decideOverviewWrites } from "../sheet/decide-overview";

export { OVERVIEW_CHART_NAME };
export const MAX_OVERVIEW_FUNNELS = 250;
/** Columns the Overview's block takes: the funnel's name and its figures. */
const BLOCK_COLUMNS = OVERVIEW_COLUMNS;
const LAST_COLUMN = OVERVIEW_LAST_COLUMN;
/** Rows of the first sheet read up front: title, header, the most funnels, total, and room to spare. */
const READ_ROWS = MAX_OVERVIEW_FUNNELS + 10;

export type OverviewResult =
  | {
      status: "updated";
      sheet: string;
      created: boolean;
      funnels: number;
      renamed: { from: string; to: string }[];
      gone: string[];
    }
  | { status: "refused"; errors: FunnelIssue[] };

export interface OverviewOptions extends ExcelOptions {
  /** Money format of the figures (default `#,##0.00`). */
  moneyFormat?: string;
}

interface FirstSheetRead {
  sheet: Excel.Worksheet;
  block: Excel.Range;
  charts: Excel.ChartCollection;
}

function queueBlockRead(sheet: Excel.Worksheet): FirstSheetRead {
  sheet.load("name,id");
  const block = sheet.getRange(`A1:${LAST_COLUMN}${READ_ROWS}`);
  block.load("formulas,values,numberFormat");
  const charts = sheet.charts;
  charts.load("items/name,items/id");
  return { sheet, block, charts };
}

/** Sheets the export's Overview (or an older one) points at: its figures read 'Sheet'!... */
function sheetsReferencedBy(formulas: readonly (readonly unknown[])[], headerRow: number, lastRow: number): string[] {
  const found: string[] = [];
  for (let row = headerRow + 1; row < lastRow; row++) {
    const formula = formulas[row - 1]?.[1];
    if (typeof formula !== "string" || !formula.startsWith("=") || formula.includes("#REF!")) continue;
    const sheet = sheetOfReference(formula);
    if (sheet !== "" && !found.some((f) => sameText(f, sheet))) found.push(sheet);
  }
  return found;
}

/** The planned content of each cell of the block, by address. */
function plannedContent(plan: OverviewPlan): Map<string, string> {
  const planned = new Map<string, string>();
  for (const cell of plan.cells) planned.set(cell.address, cell.formula ?? cell.value ?? "");
  return planned;
}

/** Cells of the existing block that hold what the user typed: a value that is neither ours nor a label. */
function takenCells(
  formulas: readonly (readonly unknown[])[],
  lastRow: number,
  plan: OverviewPlan,
  knownLabels: ReadonlySet<string>,
  sheetName: string,
  purpose: string,
): FunnelIssue[] {
  const planned = plannedContent(plan);
  const taken: FunnelIssue[] = [];
  for (let row = 1; row <= lastRow; row++) {
    for (let col = 0; col < BLOCK_COLUMNS; col++) {
      const content = formulas[row - 1]?.[col];
      if (typeof content !== "string" && typeof content !== "number" && typeof content !== "boolean") continue;
      const text = String(content);
      if (text === "") continue;
      const address = `${String.fromCharCode(65 + col)}${row}`;
      if (text.startsWith("=") || planned.get(address) === text || knownLabels.has(normalizeLabel(text))) continue;
      taken.push(makeIssue("cell-taken", null, { cell: `'${sheetName}'!${address}`, value: text, purpose }));
    }
  }
  return taken;
}

/** Creates or updates the Overview. */
export async function updateOverview(
  context: Excel.RequestContext,
  options: OverviewOptions = {},
): Promise<OverviewResult> {
  const resolved = resolveOptions(options);
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/id");
  const registrySetting = workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  registrySetting.load("value");
  const currencySetting = workbook.settings.getItemOrNullObject(SETTING_CURRENCY);
  currencySetting.load("value");
  const bookNames = workbook.names;
  bookNames.load("items/name,items/formula");
  let first = queueBlockRead(sheets.getFirst());
  await context.sync();

  const identities: SheetIdentity[] = sheets.items.map((s) => ({ id: s.id, name: s.name }));
  const registry: FunnelRegistry = parseRegistry(settingValue(registrySetting));
  const reconciled = reconcile(registry, identities);

  // Where the Overview is: the registry's, else one the export made (its totals' names point at it).
  let overview: { id: string; name: string; lastRow: number } | null = reconciled.overview;
  const total = bookNames.items.find((n) => n.name === OVERVIEW_TOTAL_NAMES[0]);
  if (overview === null && total !== undefined && typeof total.formula === "string") {
    const at = identities.find((s) => sameText(s.name, sheetOfReference(total.formula as string)));
    const row = Number(/(\d+)$/.exec(total.formula)?.[1] ?? "0");
    if (at !== undefined && row > 0) overview = { ...at, lastRow: row };
  }
  if (overview !== null && overview.id !== first.sheet.id) {
    // The user moved it away from the first place: read it where it is.
    first = queueBlockRead(sheets.getItem(overview.id));
    await context.sync();
  }
  const existing = overview === null ? null : first;

  // The funnels: the registry's, then any the old Overview lists that the registry does not know.
  const funnels: RegisteredFunnel[] = [...reconciled.funnels];
  if (existing !== null && overview !== null) {
    const formulas = existing.block.formulas as unknown[][];
    for (const name of sheetsReferencedBy(formulas, 3, overview.lastRow)) {
      const sheet = identities.find((s) => sameText(s.name, name));
      if (sheet === undefined || sheet.id === overview.id || funnels.some((f) => f.id === sheet.id)) continue;
      funnels.push({ id: sheet.id, sheet: sheet.name, product: sheet.name, nameCell: "" });
    }
  }
  const ordered = funnels
    .map((f) => ({ funnel: f, position: identities.findIndex((s) => s.id === f.id) }))
    .sort((a, b) => a.position - b.position)
    .map((f) => f.funnel);
  if (ordered.length === 0) return { status: "refused", errors: [makeIssue("overview-no-funnels", null, {})] };
  if (ordered.length > MAX_OVERVIEW_FUNNELS) {
    const issue = makeIssue("overview-too-many", null, { count: ordered.length, max: MAX_OVERVIEW_FUNNELS });
    return { status: "refused", errors: [issue] };
  }

  // An Overview made before keeps its language (unless the user asked to relabel); money is in the
  // workbook's currency, as that language writes it.
  const own =
    existing === null || resolved.relabel
      ? null
      : sheetLanguageOf(
          (existing.block.formulas as unknown[][]).flat().filter((v): v is string => typeof v === "string"),
        );
  const labels = own === null ? resolved.labels : sheetLabels[own];
  const shownFormats =
    existing === null
      ? []
      : (existing.block.numberFormat as unknown[][]).flat().filter((f): f is string => typeof f === "string");
  const money =
    workbookMoneyFormat(
      resolved,
      settingValue(currencySetting),
      shownFormats,
      own ?? languageOfLabels(resolved.labels),
    ) ?? NUMBER_FORMATS.money;
  const plan = planOverview(
    ordered.map((f) => nameReferences(f.sheet)),
    labels,
    { money, percent: NUMBER_FORMATS.overallPercent, ratio: NUMBER_FORMATS.ratio },
  );
  const rows = Math.max(plan.lastRow, overview?.lastRow ?? 0);
  if (existing !== null && overview !== null) {
    const taken = takenCells(
      existing.block.formulas as unknown[][],
      rows,
      plan,
      resolved.knownLabels,
      overview.name,
      labels.overviewTitle,
    );
    if (taken.length > 0) return { status: "refused", errors: taken };
  }

  // Round trip 2: every write.
  const created = overview === null;
  const name =
    overview?.name ??
    uniqueSheetName(
      identities.map((s) => s.name),
      labels.overviewSheet,
    );
  const target = overview === null ? sheets.add(name) : sheets.getItem(overview.id);
  if (created) target.position = 0;
  // Only what differs from the plan is written (decide-overview.ts): a format, bold or chart the user
  // gave the Overview stays, and an unchanged Overview costs no write.
  const ownFormats = [money, NUMBER_FORMATS.money, NUMBER_FORMATS.overallPercent, NUMBER_FORMATS.ratio];
  const state =
    existing === null
      ? null
      : {
          formulas: existing.block.formulas as unknown[][],
          values: existing.block.values as unknown[][],
          numberFormats: existing.block.numberFormat as unknown[][],
        };
  const decided = decideOverviewWrites(plan, state, BLOCK_COLUMNS, overview?.lastRow ?? null, ownFormats);
  queueOverviewWrites(target, decided);
  for (const { name: totalName, address } of plan.names) {
    const now = bookNames.items.find((n) => n.name === totalName);
    const points = typeof now?.formula === "string" ? now.formula : "";
    if (sameText(sheetOfReference(points), name) && localAddress(points) === address) continue;
    if (now !== undefined) workbook.names.getItemOrNullObject(totalName).delete();
    workbook.names.add(totalName, target.getRange(address));
  }
  const chartId = queueOverviewChart(
    target,
    existing?.charts ?? null,
    registry.overview?.chartId,
    plan,
    labels,
    { rowsMoved: overview?.lastRow !== plan.lastRow, relabelled: resolved.relabel && existing !== null },
    LAST_COLUMN,
  );
  if (created) target.getRange(`A:${LAST_COLUMN}`).format.autofitColumns();
  const kept = ordered.map(({ id, sheet, product, nameCell }) => ({ id, sheet, product, nameCell }));
  const registered: FunnelRegistry = {
    funnels: kept,
    overview: {
      id: overview?.id ?? null,
      sheet: name,
      lastRow: plan.lastRow,
      ...(chartId === null ? {} : { chartId }),
    },
  };
  if (JSON.stringify(registered) !== JSON.stringify(parseRegistry(settingValue(registrySetting)))) {
    workbook.settings.add(REGISTRY_SETTING, registered);
  }
  target.activate();
  await context.sync();

  return {
    status: "updated",
    sheet: name,
    created,
    funnels: ordered.length,
    renamed: reconciled.renamed,
    gone: reconciled.gone.map((f) => f.product),
  };
}
