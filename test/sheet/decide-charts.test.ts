/** Which chart is the add-in's, and what a run does to each (pure: src/sheet/decide-charts.ts). */
import { decideCharts, relativeRanges, type ChartDecision, type SheetChart } from "../../src/sheet/decide-charts";
import { planSheet } from "../../src/sheet";
import { chartKey, type RecordedCharts } from "../../src/sheet/written-record";
import { exampleFunnel } from "../../src/funnel/example";

const plan = planSheet(exampleFunnel, { headerRow: 4 });
const longer = planSheet(
  { ...exampleFunnel, steps: [...exampleFunnel.steps, { name: "Repeat", result: 8, improvement: 0 }] },
  { headerRow: 4 },
);

const chart = (id: string, name: string, chartType: string | null, top = 0): SheetChart => ({
  id,
  name,
  chartType,
  top,
  left: 10,
  width: 300,
  height: 200,
});

/** The record a run leaves where its funnel (native) and comparison have the ids given (null: not known yet). */
function recorded(funnel: string | null, comparison: string | null, known: string[] | null = null): RecordedCharts {
  return {
    byRole: new Map([
      ["funnel", { id: funnel, ranges: relativeRanges([plan.chart.source], 4) }],
      [
        "comparison",
        {
          id: comparison,
          ranges: relativeRanges(
            [plan.chart.comparison.categories, plan.chart.comparison.now.values, plan.chart.comparison.forecast.values],
            4,
          ),
        },
      ],
    ]),
    known: known === null ? null : new Set(known.map(chartKey)),
  };
}

/** What a run decides for `charts`, on a host with the native funnel unless said otherwise. */
const decide = (
  charts: readonly SheetChart[],
  record: RecordedCharts | null,
  options: { plan?: typeof plan; supportsNative?: boolean } = {},
): ChartDecision =>
  decideCharts({
    plan: options.plan ?? plan,
    charts,
    recorded: record,
    supportsNative: options.supportsNative ?? true,
  });

const ours = [chart("{f}", "FunnelForecastChart", null), chart("{c}", "FunnelForecastComparison", "BarClustered")];

test("a first run makes both charts at the plan's cells, and records them without ids but with the charts there before", () => {
  const users = [chart("{u}", "Chart 1", "BarClustered")];
  const decision = decide(users, null);
  expect(decision.actions).toEqual([
    { kind: "make", role: "funnel", chart: "native", place: { cells: plan.chart.position } },
    { kind: "make", role: "comparison", chart: "comparison", place: { cells: plan.chart.comparisonPosition } },
  ]);
  expect(decision.record.byRole.get("funnel")).toEqual({ id: null, ranges: "A1:B6" });
  expect(decision.record.byRole.get("comparison")).toEqual({ id: null, ranges: "A2:A6,C2:C6,E2:E6" });
  expect(decision.record.known).toEqual(new Set([chartKey("{u}")]));
});

test("nothing to do where the plan's ranges are the ones recorded; the ids found are recorded", () => {
  const decision = decide(ours, recorded(null, null, []));
  expect(decision.actions).toEqual([]);
  expect([...decision.record.byRole].map(([role, c]) => [role, c.id])).toEqual([
    ["funnel", "{f}"],
    ["comparison", "{c}"],
  ]);
  expect(decision.record.known).toBeNull();
});

test("new ranges: the comparison gets them in place, the native funnel is made again where it was", () => {
  const placed = [
    chart("{f}", "FunnelForecastChart", null, 500),
    chart("{c}", "FunnelForecastComparison", "BarClustered"),
  ];
  const decision = decide(placed, recorded("{f}", "{c}"), { plan: longer });
  expect(decision.actions).toEqual([
    { kind: "delete", id: "{f}" },
    {
      kind: "make",
      role: "funnel",
      chart: "native",
      place: { geometry: { top: 500, left: 10, width: 300, height: 200 } },
    },
    { kind: "update", role: "comparison", chart: "comparison", id: "{c}", rename: false },
  ]);
  // Without ExcelApi 1.9 the native funnel is left as it is (it cannot be made again there).
  const keep = decide(placed, recorded("{f}", "{c}"), { plan: longer, supportsNative: false });
  expect(keep.funnel).toBe("keep");
  expect(keep.actions).toEqual([{ kind: "update", role: "comparison", chart: "comparison", id: "{c}", rename: false }]);
});

test("a chart is found by its recorded id whatever its name; a copy bearing the add-in's name is the user's", () => {
  const charts = [
    chart("{copy}", "FunnelForecastComparison", "BarClustered"),
    chart("{f}", "FunnelForecastChart", null),
    chart("{c}", "Chart 3", "BarClustered"),
  ];
  const decision = decide(charts, recorded("{f}", "{c}"), { plan: longer });
  expect(decision.actions).toContainEqual({
    kind: "update",
    role: "comparison",
    chart: "comparison",
    id: "{c}",
    rename: true,
  });
  expect(JSON.stringify(decision.actions)).not.toContain("{copy}");
});

test("before its id was recorded, a renamed chart is the one new chart of its type; with two such, neither", () => {
  const renamed = [chart("{u}", "Chart 1", "BarClustered"), ours[0]!, chart("{c}", "Chart 2", "BarClustered")];
  const found = decide(renamed, recorded(null, null, ["{u}"]));
  expect(found.actions).toEqual([]);
  expect(found.record.byRole.get("comparison")?.id).toBe("{c}");
  // The user's chart was there before: never taken. Another new chart of the type makes it unclear: a new one is made.
  const two = [...renamed, chart("{v}", "Chart 3", "BarClustered")];
  const unclear = decide(two, recorded(null, null, ["{u}"]));
  expect(unclear.actions).toEqual([
    { kind: "make", role: "comparison", chart: "comparison", place: { cells: plan.chart.comparisonPosition } },
  ]);
});

test("stacked bars stay stacked bars; an older version's bars under the native name are made again where they were", () => {
  const bars = [chart("{b}", "FunnelForecastBars", "BarStacked"), ours[1]!];
  const decision = decide(bars, null, { plan: longer });
  expect(decision.funnel).toBe("bars");
  expect(decision.actions[0]).toEqual({ kind: "update", role: "funnel", chart: "bars", id: "{b}", rename: false });
  const legacy = [chart("{l}", "FunnelForecastChart", "BarStacked", 90), ours[1]!];
  const made = decide(legacy, null);
  expect(made.actions.slice(0, 2)).toEqual([
    { kind: "delete", id: "{l}" },
    {
      kind: "make",
      role: "funnel",
      chart: "native",
      place: { geometry: { top: 90, left: 10, width: 300, height: 200 } },
    },
  ]);
});

test("the trend chart goes with the funnel's last closed period", () => {
  const trend = chart("{t}", "FunnelForecastTrend", "LineMarkers");
  const decision = decide([...ours, trend], recorded("{f}", "{c}"));
  expect(decision.actions).toEqual([{ kind: "delete", id: "{t}" }]);
  expect(decision.record.byRole.has("trend")).toBe(false);
});
