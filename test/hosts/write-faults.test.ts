/**
 * A batch is not a transaction: Excel may stop at any operation of the write round trip, leaving the
 * ones before it applied. Here each operation of that round trip is made to fail in turn, in several
 * situations, and after every one of them:
 *  - no chart is half-made and no two charts share a name; the user's own chart is untouched;
 *  - no cell shows an Excel error;
 *  - when the result says "written", every output equals the engine; when it says Excel stopped
 *    part-way, its lists of written and not-written cells are exactly right (checked cell by cell
 *    against a clean run), and when it says nothing was changed, the sheet is as it was;
 *  - one more Recalculate, with Excel behaving, gives exactly the sheet a clean run gives.
 */
import { issueMessage } from "../../src/funnel/issue-texts-en";
import { parseArea } from "../../src/sheet/a1";
import { recalculate, writeInputs } from "../../src/excel";
import { exampleFunnel } from "../../src/funnel/example";
import type { FunnelInput } from "../../src/funnel";
import type { ChartModel, HostId, SimulatedWorkbook } from "../../src/simulation";
import { articleWorkbook, expectSheetToMatchEngine } from "../helpers/hosts";
import { contextOf, formula, supportsOf } from "../helpers/simulated-excel";

const USER_CHART: ChartModel = {
  id: "{user-chart}",
  name: "Chart 1",
  chartType: "ColumnClustered",
  title: "My own chart",
  categories: "Sheet1!$A$40:$A$45",
  series: [{ name: "Sales", values: "Sheet1!$B$40:$B$45", filled: true }],
  top: 15,
  left: 864,
  width: 336,
  height: 195,
  reversePlotOrder: false,
  legendVisible: true,
};

const shorter: FunnelInput = { ...exampleFunnel, steps: exampleFunnel.steps.slice(0, 4), averageSaleValue: 900 };

interface Scenario {
  label: string;
  host: HostId;
  /** Prepares the workbook (a first clean run where the scenario is a rerun). */
  setup(wb: SimulatedWorkbook): Promise<void>;
  run(wb: SimulatedWorkbook): ReturnType<typeof recalculate>;
  /** The funnel the sheet should hold afterwards. */
  input: FunnelInput;
  /** The run changes cells' contents (a first run, new inputs), so Excel can stop between changed cells. */
  changesCells: boolean;
  /** The run makes or changes charts (a new currency changes number formats only). */
  drawsCharts: boolean;
}

const recalc = (wb: SimulatedWorkbook) => recalculate(contextOf(wb), { isSetSupported: supportsOf(wb) });

/** A funnel laid out by a clean first run, then run again by `run`. */
function afterFirstRun(label: string, host: HostId, run: Scenario["run"], input: FunnelInput): Scenario {
  return {
    label,
    host,
    setup: async (wb) => {
      await recalc(wb);
    },
    run,
    input,
    changesCells: true,
    drawsCharts: true,
  };
}

/** The example funnel with a step typed into a row the user inserted at row 8 (the fourth step). */
const withDemo: FunnelInput = {
  ...exampleFunnel,
  steps: [
    ...exampleFunnel.steps.slice(0, 3),
    { name: "Demo given", result: 100, improvement: 0 },
    ...exampleFunnel.steps.slice(3),
  ],
};

/** A first clean run, then the user inserts a step (a rerun with nothing to change would write nothing). */
function afterStepInserted(label: string, host: HostId): Scenario {
  return {
    ...afterFirstRun(label, host, recalc, withDemo),
    setup: async (wb) => {
      await recalc(wb);
      wb.shiftRows(wb.sheet("Sheet1"), 8, 1);
      wb.setInput("Sheet1", "A8", "Demo given");
      wb.setInput("Sheet1", "B8", 100);
    },
  };
}

const scenarios: Scenario[] = [
  {
    label: "first run, native funnel (web)",
    host: "web",
    setup: () => Promise.resolve(),
    run: recalc,
    input: exampleFunnel,
    changesCells: true,
    drawsCharts: true,
  },
  afterStepInserted("a step inserted: the native funnel made again (Windows)", "windows-m365"),
  afterStepInserted("a step inserted: the stacked bars given new data (Excel 2019)", "windows-2019-edgehtml"),
  {
    ...afterFirstRun(
      "a new currency: number formats only (web)",
      "web",
      (wb) => recalculate(contextOf(wb), { isSetSupported: supportsOf(wb), moneyFormat: '"€ "#,##0.00' }),
      exampleFunnel,
    ),
    changesCells: false,
    drawsCharts: false,
  },
  afterFirstRun(
    "the pane writes a shorter funnel over a laid-out one (Mac)",
    "mac",
    (wb) => writeInputs(contextOf(wb), shorter, { isSetSupported: supportsOf(wb) }),
    shorter,
  ),
];

async function prepared(scenario: Scenario): Promise<SimulatedWorkbook> {
  const wb = articleWorkbook(scenario.host);
  wb.sheet("Sheet1").charts.push(structuredClone(USER_CHART));
  await scenario.setup(wb);
  return wb;
}

/** Runs the scenario, making operation `failing` of its write round trip (sync 2 of the run) fail. */
async function runWithFault(scenario: Scenario, wb: SimulatedWorkbook, failing: number | null) {
  const writeSync = wb.syncCount + 2;
  const labels: string[] = [];
  wb.failOperation = (op) => {
    if (op.sync !== writeSync) return undefined;
    labels[op.index] = op.label;
    return op.index === failing ? new Error(`Excel stopped at operation ${op.index} (${op.label}).`) : undefined;
  };
  const result = await scenario.run(wb);
  wb.failOperation = null;
  return { result, labels };
}

/** The sheets as the user sees them (chart ids left out: a chart made again by a recovery has a new one). */
const sheetState = (wb: SimulatedWorkbook) =>
  JSON.stringify((JSON.parse(wb.fingerprint({ chartIds: false })) as { sheets: unknown }).sheets);

/** The user's chart as it was before the run (Excel moves it with rows the user inserted). */
const userChartOf = (wb: SimulatedWorkbook) =>
  structuredClone(wb.sheet("Sheet1").charts.find((c) => c.id === USER_CHART.id));

function expectWholeCharts(wb: SimulatedWorkbook, userChart: ChartModel | undefined): void {
  const charts = wb.sheet("Sheet1").charts;
  const names = charts.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  expect(userChart).toBeDefined();
  expect(charts.find((c) => c.id === USER_CHART.id)).toEqual(userChart);
  for (const chart of charts) {
    if (chart.id === USER_CHART.id) continue;
    expect(chart.width * chart.height).toBeGreaterThan(0);
    switch (chart.name) {
      case "FunnelForecastChart":
        expect(chart.chartType).toBe("Funnel");
        break;
      case "FunnelForecastBars":
        expect([chart.chartType, chart.series.length, chart.series[0]?.filled, chart.reversePlotOrder]).toEqual([
          "BarStacked",
          2,
          false,
          true,
        ]);
        expect(chart.title).not.toBe("");
        break;
      case "FunnelForecastComparison":
        expect([chart.chartType, chart.series.map((s) => s.name), chart.reversePlotOrder]).toEqual([
          "BarClustered",
          ["Now", "Forecast"],
          true,
        ]);
        expect(chart.title).not.toBe("");
        // Labelled in percent, both series over the step names from step 2 (never half set up).
        expect(chart.dataLabels).toEqual({ showValue: true, position: "OutsideEnd", numberFormat: "0.0%" });
        expect(chart.series[0]?.xValues).toMatch(/^Sheet1!\$A\$6:\$A\$\d+$/);
        expect(chart.series[1]?.xValues).toBe(chart.series[0]?.xValues);
        break;
      default:
        throw new Error(`a chart the add-in made and left: ${chart.name}`);
    }
  }
}

function expectNoErrorShown(wb: SimulatedWorkbook): void {
  const sheet = wb.sheet("Sheet1");
  for (let row = 1; row <= 40; row++) {
    for (let col = 1; col <= 9; col++) {
      const shown = wb.valueAt(sheet, row, col);
      if (typeof shown === "string" && shown.startsWith("#"))
        throw new Error(`row ${row}, column ${col} shows ${shown}`);
    }
  }
}

/** "C6:C10, E6, FunnelRevenue" -> the cell addresses in it (names are left out). */
function cellsIn(list: string): string[] {
  return list
    .split(", ")
    .filter((part) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(part))
    .flatMap((part) => {
      const { first, last } = parseArea(part);
      const column = part.replace(/\d.*$/, "");
      return Array.from({ length: last.row - first.row + 1 }, (_, i) => `${column}${first.row + i}`);
    });
}

describe.each(scenarios)("$label", (scenario) => {
  let clean: SimulatedWorkbook;
  let operations: string[];

  beforeAll(async () => {
    clean = await prepared(scenario);
    const run = await runWithFault(scenario, clean, null);
    expect(run.result.written).toBe(true);
    operations = run.labels;
    expect(operations.length).toBeGreaterThan(scenario.changesCells ? 20 : 5);
  });

  test("Excel stopping at any operation of the write round trip leaves a consistent sheet and a true report", async () => {
    const outcomes = new Set<string>();
    for (let failing = 0; failing < operations.length; failing++) {
      const wb = await prepared(scenario);
      const before = sheetState(wb);
      const userChart = userChartOf(wb);
      const { result } = await runWithFault(scenario, wb, failing);
      const at = `operation ${failing} (${operations[failing]})`;
      try {
        expectWholeCharts(wb, userChart);
        expectNoErrorShown(wb);
        if (result.written) {
          expectSheetToMatchEngine(wb, "Sheet1", scenario.input, 4);
          outcomes.add(result.chart === null ? "written, charts missing" : "written");
        } else {
          const issue = result.outcome.errors[0]!;
          expect(["write-refused", "write-stopped"]).toContain(issue.code);
          expect(issueMessage(issue)).toContain(`Excel stopped at operation ${failing}`);
          if (issue.code === "write-refused") expect(sheetState(wb)).toBe(before);
          else {
            const written = cellsIn(String(issue.params?.written));
            const missing = cellsIn(String(issue.params?.missing));
            expect(written.length + missing.length).toBeGreaterThan(0);
            for (const address of written)
              expect(formula(wb, "Sheet1", address)).toEqual(formula(clean, "Sheet1", address));
            for (const address of missing)
              expect(formula(wb, "Sheet1", address)).not.toEqual(formula(clean, "Sheet1", address));
          }
          outcomes.add(issue.code);
        }
        const again = await scenario.run(wb);
        expect(again.written).toBe(true);
        expect(sheetState(wb)).toBe(sheetState(clean));
      } catch (error) {
        throw new Error(`${at}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      } finally {
        wb.destroy();
      }
    }
    // The sweep reached failures among the charts (redrawn) and, where cells change, among the cells.
    expect(outcomes.has("written")).toBe(true);
    expect(outcomes.has("write-stopped")).toBe(scenario.changesCells);
  }, 300_000);
});

describe.each(scenarios.filter((s) => s.drawsCharts))("$label", (scenario) => {
  test("when redrawing the charts fails too, the run says so and leaves no chart of its own", async () => {
    const wb = await prepared(scenario);
    const userChart = userChartOf(wb);
    const writeSync = wb.syncCount + 2;
    const drawing = new Set(["ChartCollection.add", "Chart.setData", "ChartSeries.setValues"]);
    wb.failOperation = (op) =>
      op.sync >= writeSync && drawing.has(op.label) ? new Error("The chart engine is unavailable.") : undefined;
    const result = await scenario.run(wb);
    wb.failOperation = null;
    expect(result.written).toBe(true);
    expect(result.outcome.warnings.map((w) => w.code)).toContain("charts-not-made");
    expectWholeCharts(wb, userChart);
    expectSheetToMatchEngine(wb, "Sheet1", scenario.input, 4);
    wb.destroy();
  });
});
