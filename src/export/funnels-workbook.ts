/**
 * Several funnels in one workbook (DESIGN.md "Several funnels and periods"): an Overview sheet, one
 * sheet per funnel and, where any funnel has closed periods, the history sheet with the FunnelHistory
 * table. Each funnel sheet then compares with its latest closed period, step by step and by name,
 * through the history's workbook-scoped column names. Used by `npm run export` for the
 * `{ "funnels": [...] }` shape; never part of the task pane.
 */
import { issueMessage } from "../funnel/issue-texts-en";
import ExcelJS from "exceljs";
import { forecastFunnel, type FunnelInput, type FunnelIssue } from "../funnel";
import { englishSheetLabels, NUMBER_FORMATS, type PlanOptions } from "../sheet";
import { absoluteReference, parseArea, quoteSheet } from "../sheet/a1";
import {
  HISTORY_COLUMNS,
  HISTORY_TABLE_NAME,
  MAX_PERIOD_LABEL,
  historyRowsFor,
  periodsOf,
  sameText,
  type HistoryRow,
} from "../funnel/periods";
import { cellReferences, OVERVIEW_COLUMNS, planOverview } from "../sheet/plan-overview";
import { hasControlCharacter, nameProblem, showable } from "../funnel/name-limits";
import { makeIssue } from "../funnel/validate";
import { historyHeaders } from "../sheet/workbook-labels";
import {
  addFunnelSheet,
  funnelNames,
  scopeNamesToSheets,
  type AddedFunnelSheet,
  type FunnelWorkbookOptions,
} from "./funnel-workbook";
import { FONT } from "./sheet-look";
import { CHART_COLOURS } from "./template-charts";
import { addCharts, type ChartSpec } from "./xlsx-charts";

export interface ClosedPeriod {
  period: string;
  averageSaleValue: number;
  steps: { name: string; result: number }[];
  /** yyyy-mm-dd; optional for history brought in from elsewhere. */
  closedOn?: string;
}

export interface FunnelSpec extends FunnelInput {
  /** The sheet's name; default: the funnel's name. */
  sheet?: string;
  /** Closed periods, oldest first. */
  history?: ClosedPeriod[];
}

export interface FunnelsSpec {
  funnels: FunnelSpec[];
}

export function isFunnelsSpec(value: unknown): value is FunnelsSpec {
  return typeof value === "object" && value !== null && Array.isArray((value as { funnels?: unknown }).funnels);
}

/**
 * Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with ';
 * and, as every text of the file, no character XML cannot hold (name-limits.ts).
 */
function sheetNameProblem(name: string): string | null {
  if (name.trim() === "" || name.length > 31) return "must be 1 to 31 characters long";
  if (/[:\\/?*[\]]/.test(name)) return "may not contain : \\ / ? * [ or ]";
  if (hasControlCharacter(name)) return "holds an invisible control character; type it again by hand";
  if (name.startsWith("'") || name.endsWith("'")) return "may not start or end with an apostrophe";
  return null;
}

/**
 * Every problem of a several-funnels file, each naming the funnel (and period) it is in, in English
 * (the command line's language). Empty when the file can be written.
 */
export function funnelsSpecProblems(spec: FunnelsSpec, labels = englishSheetLabels): string[] {
  const problems: string[] = [];
  if (spec.funnels.length === 0) problems.push('"funnels" is empty: give at least one funnel.');
  const sheets = new Map<string, number>();
  const names = new Map<string, number>();
  const reserved = [labels.overviewSheet, labels.historySheet, "History"];
  spec.funnels.forEach((funnel, i) => {
    const label = `Funnel ${i + 1}${typeof funnel.name === "string" && funnel.name !== "" ? ` '${funnel.name}'` : ""}`;
    const outcome = forecastFunnel(funnel);
    for (const issue of outcome.errors) problems.push(`${label}: ${issueMessage(issue)}`);
    const sheet = sheetOf(funnel, i);
    const sheetProblem = sheetNameProblem(sheet);
    if (sheetProblem !== null) problems.push(`${label}: the sheet name "${showable(sheet)}" ${sheetProblem}.`);
    if (reserved.some((r) => sameText(r, sheet))) problems.push(`${label}: the sheet name "${sheet}" is taken.`);
    const earlierSheet = sheets.get(sheet.toLowerCase());
    if (earlierSheet !== undefined) {
      problems.push(`${label}: funnel ${earlierSheet + 1} already uses the sheet name "${sheet}"; give each its own.`);
    } else sheets.set(sheet.toLowerCase(), i);
    const name = nameOf(funnel, i);
    const earlierName = names.get(name.toLowerCase());
    if (earlierName !== undefined) {
      problems.push(`${label}: funnel ${earlierName + 1} has the same name "${name}"; give each funnel its own name.`);
    } else names.set(name.toLowerCase(), i);
    const periods = new Set<string>();
    (funnel.history ?? []).forEach((closed, p) => {
      const where = `${label}, history entry ${p + 1}`;
      const period = typeof closed.period === "string" ? closed.period.trim() : "";
      if (period === "") problems.push(`${where}: the period label is empty; give one such as "2026 Q2".`);
      else if (period.length > MAX_PERIOD_LABEL)
        problems.push(`${where}: the period label is longer than ${MAX_PERIOD_LABEL} characters.`);
      else if (periods.has(period.toLowerCase())) problems.push(`${where}: the period "${period}" appears twice.`);
      else if (hasControlCharacter(period)) problems.push(`${where}: ${nameIssue(period)}`);
      periods.add(period.toLowerCase());
      if (typeof closed.averageSaleValue !== "number" || !(closed.averageSaleValue >= 0))
        problems.push(`${where}: averageSaleValue must be a number of 0 or more.`);
      if (!Array.isArray(closed.steps) || closed.steps.length === 0) problems.push(`${where}: it has no steps.`);
      (Array.isArray(closed.steps) ? closed.steps : []).forEach((step, s) => {
        if (typeof step.result !== "number" || !Number.isFinite(step.result) || step.result < 0)
          problems.push(`${where}, step ${s + 1}: the result must be a number of 0 or more.`);
        if (typeof step.name !== "string" || step.name.trim() === "")
          problems.push(`${where}, step ${s + 1}: the step has no name, so it could not be matched.`);
        else if (nameProblem(step.name.trim(), "") !== null)
          problems.push(`${where}, step ${s + 1}: ${nameIssue(step.name.trim())}`);
      });
    });
  });
  return problems;
}

/** The sentence saying why a name of the file cannot be kept (nameProblem's issue). */
function nameIssue(name: string): string {
  const problem = nameProblem(name, "");
  return problem === null ? "" : issueMessage(makeIssue(problem.code, null, problem.params));
}

function nameOf(funnel: FunnelSpec, index: number): string {
  const name = typeof funnel.name === "string" ? funnel.name.trim() : "";
  return name !== "" ? name : sheetOf(funnel, index);
}

function sheetOf(funnel: FunnelSpec, index: number): string {
  if (typeof funnel.sheet === "string" && funnel.sheet !== "") return funnel.sheet;
  if (typeof funnel.name === "string" && funnel.name.trim() !== "") return funnel.name.trim().slice(0, 31);
  return `Funnel ${index + 1}`;
}

/** Every closed period of every funnel, as FunnelHistory rows, funnel by funnel, oldest first. */
export function historyOf(spec: FunnelsSpec): HistoryRow[] {
  return spec.funnels.flatMap((funnel, i) =>
    (funnel.history ?? []).flatMap((closed) =>
      historyRowsFor(
        nameOf(funnel, i),
        closed.period.trim(),
        closed.steps,
        closed.averageSaleValue,
        closed.closedOn ?? "",
      ),
    ),
  );
}

/** The issues of every funnel (warnings included), for the command line to print. */
export function funnelsWarnings(spec: FunnelsSpec): FunnelIssue[] {
  return spec.funnels.flatMap((funnel) => forecastFunnel(funnel).warnings);
}

export interface FunnelsWorkbook {
  workbook: ExcelJS.Workbook;
  funnels: AddedFunnelSheet[];
  history: HistoryRow[];
  /** Sheet numbers (1-based, as the parts are numbered) and the charts each gets. */
  charts: { sheetNumber: number; charts: ChartSpec[] }[];
}

/** The export's options: the plan's, and the lines above each funnel's table. */
export type FunnelsWorkbookOptions = PlanOptions & Pick<FunnelWorkbookOptions, "notes">;

export function buildFunnelsWorkbook(spec: FunnelsSpec, options: FunnelsWorkbookOptions = {}): FunnelsWorkbook {
  const labels = options.labels ?? englishSheetLabels;
  const money = options.moneyFormat ?? NUMBER_FORMATS.money;
  const history = historyOf(spec);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Funnel Forecast";
  workbook.calcProperties.fullCalcOnLoad = true;

  // The Overview comes first in the workbook, but is written last: it points at the funnels' cells.
  const overview = workbook.addWorksheet(labels.overviewSheet);
  const funnels = spec.funnels.map((funnel, i) => {
    const latest = [...(funnel.history ?? [])].pop()?.period.trim() ?? "";
    return addFunnelSheet(
      workbook,
      { ...funnel, name: nameOf(funnel, i) },
      {
        ...options,
        sheetName: sheetOf(funnel, i),
        history: history.length > 0 ? { latestPeriod: latest, periods: periodsOf(history, nameOf(funnel, i)) } : null,
      },
    );
  });

  if (history.length > 0) {
    const sheet = workbook.addWorksheet(labels.historySheet);
    const headers = historyHeaders(labels);
    sheet.addTable({
      name: HISTORY_TABLE_NAME,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: history.map((row) => HISTORY_COLUMNS.map((column) => row[column.key])),
    });
    headers.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 3 ? 24 : 16));
    sheet.getColumn(6).numFmt = money;
  }
  // The funnel sheets' formulas read the table through these workbook-wide names, so they follow the
  // sheet when it is renamed; whole columns, so they cover every row closed later.
  const historyNames =
    history.length === 0
      ? []
      : HISTORY_COLUMNS.map((column, i) => {
          const letter = String.fromCharCode(65 + i);
          return { name: column.name, range: `${quoteSheet(labels.historySheet)}!$${letter}:$${letter}` };
        });

  const plan = planOverview(
    funnels.map((f) => cellReferences(f.sheetName, f.plan)),
    labels,
    { money, percent: NUMBER_FORMATS.overallPercent, ratio: NUMBER_FORMATS.ratio },
  );
  for (const cell of plan.cells) {
    const target = overview.getCell(cell.address);
    if (cell.formula !== undefined) target.value = { formula: cell.formula.slice(1), date1904: false };
    else if (cell.value !== undefined) target.value = cell.value;
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    target.font = { ...FONT, bold: cell.bold === true, ...(cell.address === "A1" ? { size: 14 } : {}) };
  }
  overview.getColumn(1).width = 28;
  for (let c = 2; c <= OVERVIEW_COLUMNS; c++) overview.getColumn(c).width = 18;
  for (const { name, address } of plan.names) {
    workbook.definedNames.add(`${quoteSheet(labels.overviewSheet)}!${address}`, name);
  }
  scopeNamesToSheets(workbook, new Set(funnels.flatMap((f) => [...funnelNames(f.plan)])), historyNames);

  const ref = (range: string) => absoluteReference(labels.overviewSheet, parseArea(range));
  const comparison: ChartSpec = {
    name: "FunnelsComparison",
    title: labels.overviewChartTitle,
    categories: ref(plan.chart.categories),
    series: [
      { name: labels.revenue, values: ref(plan.chart.now), colour: CHART_COLOURS.now, labels: null },
      { name: labels.forecastRevenue, values: ref(plan.chart.forecast), colour: CHART_COLOURS.forecast, labels: null },
    ],
    grouping: "clustered",
    axisFormat: "#,##0",
    seriesNames: "first-bars",
    from: { col: 0, row: plan.lastRow + 1 },
    to: { col: 6, row: plan.lastRow + 1 + Math.max(12, 3 * funnels.length) },
  };
  return {
    workbook,
    funnels,
    history,
    charts: [
      { sheetNumber: 1, charts: [comparison] },
      ...funnels.map((f, i) => ({ sheetNumber: i + 2, charts: f.charts })),
    ],
  };
}

export async function funnelsWorkbookBuffer(spec: FunnelsSpec, options: FunnelsWorkbookOptions = {}): Promise<Buffer> {
  const built = buildFunnelsWorkbook(spec, options);
  let file: Buffer = Buffer.from(await built.workbook.xlsx.writeBuffer());
  for (const { sheetNumber, charts } of built.charts) {
    if (charts.length > 0) file = await addCharts(file, charts, sheetNumber);
  }
  return file;
}
