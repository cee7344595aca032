/**
 * Closing a period (DESIGN.md "Several funnels and periods"): the funnel's steps go into the
 * FunnelHistory table; closing the same label again replaces only that funnel's rows for that label,
 * after a yes; nothing else in the history ever changes; bad labels and a broken history are refused
 * with nothing written. The comparison on the sheet then follows the history, by step name.
 */
import type { ClosePeriodResult } from "../../src/excel/close-period";
import { recalculate, writeInputs } from "../../src/excel";
import { closePeriod } from "../../src/excel/close-period";
import { forecastFunnel, type FunnelInput } from "../../src/funnel";
import { comparePeriod, conversionTrend, type HistoryRow } from "../../src/funnel/periods";
import type { SimulatedWorkbook } from "../../src/simulation";
import { expectClose } from "../helpers/close";
import {
  articleSteps,
  contextOf,
  counted,
  formula,
  newWorkbook,
  supportsOf,
  typeFunnel,
  value,
} from "../helpers/simulated-excel";

const options = (wb: SimulatedWorkbook, more: object = {}) => ({ isSetSupported: supportsOf(wb), ...more });

/** Two funnel sheets (the article's funnel on Shoes and a small one on Bags), both recalculated. */
async function twoFunnels(): Promise<SimulatedWorkbook> {
  const wb = newWorkbook({}, "Shoes");
  wb.addSheet("Bags");
  typeFunnel(wb, "Shoes", 4, articleSteps, 1500);
  typeFunnel(
    wb,
    "Bags",
    2,
    [
      ["Visitors", 5000],
      ["Sign-ups", 400],
      ["Buyers", 40],
    ],
    60,
  );
  for (const sheet of ["Shoes", "Bags"]) {
    wb.userActivates(sheet);
    expect((await recalculate(contextOf(wb), options(wb))).written).toBe(true);
  }
  wb.userActivates("Shoes");
  return wb;
}

/** The history table's rows as the sheet holds them (header excluded). */
function historyTable(wb: SimulatedWorkbook): unknown[][] {
  const table = wb.tables.find((t) => t.name === "FunnelHistory");
  if (table === undefined) throw new Error("no FunnelHistory table");
  return Array.from({ length: table.dataRows }, (_, r) =>
    Array.from({ length: table.columns }, (_, c) => wb.valueAt(table.sheet, table.top + 1 + r, table.left + c)),
  );
}

/** The rows a "confirm" answer asked about, to say yes to them. */
function seenOf(result: ClosePeriodResult): string {
  if (result.status !== "confirm") throw new Error(`expected to be asked first, got ${result.status}`);
  return result.seen;
}

async function close(wb: SimulatedWorkbook, label: string, more: object = {}) {
  return counted(wb, (ctx) => closePeriod(ctx, label, { closedOn: "2026-10-01", ...options(wb, more) }));
}

test("the first close makes the history sheet, the table and its names, and the sheet compares with it", async () => {
  const wb = await twoFunnels();
  const { result, syncs } = await close(wb, "2026 Q3");
  expect(result.status).toBe("closed");
  expect(syncs).toBe(2); // no history yet: nothing to read from it
  expect(wb.sheets.map((s) => s.name)).toEqual(["Shoes", "Bags", "Funnel history"]);
  expect(formula(wb, "Funnel history", "A1")).toBe("Funnel");
  expect(historyTable(wb)).toEqual(
    articleSteps.map(([name, result], i) => ["Shoes", "2026 Q3", i + 1, name, result, 1500, "2026-10-01"]),
  );
  expect(wb.workbookNames.find((n) => n.name === "FunnelHistoryResult")?.formula).toBe("='Funnel history'!$E:$E");
  // Compared with itself: the conversions then are today's, the change 0 at every step.
  // The product rows: B37 name, B38 compare with (empty), B39 latest closed, B40 in use, B41 revenue then.
  expect([value(wb, "Shoes", "B39"), value(wb, "Shoes", "B40")]).toEqual(["2026 Q3", "2026 Q3"]);
  expect(value(wb, "Shoes", "B41")).toBe(16 * 1500);
  for (let row = 6; row <= 10; row++) expectClose(value(wb, "Shoes", `Q${row}`) as number, 0, `Q${row}`);
  expect(value(wb, "Shoes", "O10")).toBe(16);
});

test("a later period is appended; the sheet then compares with it, step by step by name", async () => {
  const wb = await twoFunnels();
  await close(wb, "2026 Q3");
  // The next quarter: more qualified leads, one step renamed.
  wb.setInput("Shoes", "B6", 360);
  wb.setInput("Shoes", "A9", "Proposal DISCUSSED");
  await recalculate(contextOf(wb), options(wb));
  const { result, syncs } = await close(wb, "2026 Q4");
  expect(result.status === "refused" ? result.errors.map((e) => e.message) : result.status).toBe("closed");
  expect(syncs).toBe(3);
  expect(historyTable(wb)).toHaveLength(12);
  wb.setInput("Shoes", "B7", 200); // and then the current quarter moves on
  await recalculate(contextOf(wb), options(wb));
  const input: FunnelInput = {
    steps: [
      { name: "Leads", result: 800, improvement: 0 },
      { name: "Qualified", result: 360, improvement: 0 },
      { name: "Engaged", result: 200, improvement: 0 },
      { name: "Proposal made", result: 64, improvement: 0.1 },
      { name: "Proposal DISCUSSED", result: 40, improvement: 0 },
      { name: "Purchase", result: 16, improvement: 0 },
    ],
    averageSaleValue: 1500,
  };
  const forecast = forecastFunnel(input).forecast!;
  const history = historyRows(wb);
  const expected = comparePeriod(
    history,
    "Shoes",
    "2026 Q4",
    forecast.steps.map((s) => ({ name: s.name, conversion: s.conversion })),
  );
  forecast.steps.forEach((_, k) => {
    const row = 5 + k;
    expectClose(value(wb, "Shoes", `O${row}`) as number, expected.previousResult[k]!, `O${row}`);
    if (k > 0) expectClose(value(wb, "Shoes", `Q${row}`) as number, expected.conversionChange[k]!, `Q${row}`);
  });
  // By hand: Engaged 200 of 360 now, 160 of 360 then: +11.1 points.
  expectClose(value(wb, "Shoes", "Q7") as number, 200 / 360 - 160 / 360, "Q7");
  // Compared with the earlier period on request: Proposal discussed had another name then (case only).
  wb.setInput("Shoes", "B38", "2026 q3");
  expectClose(value(wb, "Shoes", "O9") as number, 40, "O9 in 2026 Q3");
  // The period the user chose stays through the pane's Recalculate (which writes the inputs), and a close.
  const written = await writeInputs(contextOf(wb), { ...input, name: "" }, options(wb));
  expect(written.written).toBe(true);
  expect(formula(wb, "Shoes", "B38")).toBe("2026 q3");
  await close(wb, "2027 Q1");
  expect([formula(wb, "Shoes", "B38"), value(wb, "Shoes", "B39"), value(wb, "Shoes", "B40")]).toEqual([
    "2026 q3",
    "2027 Q1",
    "2026 q3",
  ]);
});

test("closing a label again asks first, then replaces exactly this funnel's rows for it", async () => {
  const wb = await twoFunnels();
  await close(wb, "2026 Q3");
  wb.userActivates("Bags");
  await close(wb, "2026 Q3");
  wb.userActivates("Shoes");
  await close(wb, "2026 Q2");
  // The user's own work in the table: an edited result of another period, a row added by hand.
  const table = wb.tables.find((t) => t.name === "FunnelHistory")!;
  wb.setInput("Funnel history", `E${table.top + 1 + 8}`, 999); // Bags 2026 Q3, Buyers (its 9th row)
  const ctx = contextOf(wb);
  ctx.workbook.tables
    .getItemOrNullObject("FunnelHistory")
    .rows.add(undefined, [["Hats", "2026 Q3", 1, "Leads", 10, 5, "2026-09-30"]]);
  await ctx.sync();
  const before = historyTable(wb);
  const snapshot = wb.fingerprint();
  const asked = await close(wb, "2026 q3");
  expect(asked.result).toMatchObject({ status: "confirm", period: "2026 q3", existing: 6, changed: false });
  expect(wb.fingerprint()).toBe(snapshot); // asking changes nothing
  wb.setInput("Shoes", "B10", 20);
  await recalculate(contextOf(wb), options(wb));
  const { result } = await close(wb, "2026 Q3", { replace: seenOf(asked.result) });
  expect(result).toMatchObject({ status: "closed", replaced: 6, rows: 6 });
  const after = historyTable(wb);
  // Every row that is not Shoes' 2026 Q3 is exactly as it was, in the same order.
  const others = (rows: unknown[][]) => rows.filter((r) => !(r[0] === "Shoes" && r[1] === "2026 Q3"));
  expect(others(after)).toEqual(others(before));
  expect(after.filter((r) => r[0] === "Shoes" && r[1] === "2026 Q3").map((r) => r[4])).toEqual([
    800, 320, 160, 64, 40, 20,
  ]);
  expect(after.find((r) => r[0] === "Bags" && r[3] === "Buyers")?.[4]).toBe(999);
  expect(after.filter((r) => r[0] === "Hats")).toEqual([["Hats", "2026 Q3", 1, "Leads", 10, 5, "2026-09-30"]]);
});

test.each([
  ["an empty label", "  ", "period-label-empty", /Type one such as 2026 Q3/],
  ["a label of 41 characters", "x".repeat(41), "period-label-too-long", /longer than 40 characters/],
])("%s is refused and nothing changes", async (_what, label, code, message) => {
  const wb = await twoFunnels();
  const before = wb.fingerprint();
  const { result, syncs } = await close(wb, label);
  expect(result.status).toBe("refused");
  if (result.status !== "refused") return;
  expect(result.errors.map((e) => e.code)).toEqual([code]);
  expect(result.errors[0]!.message).toMatch(message);
  expect(wb.fingerprint()).toBe(before);
  expect(syncs).toBe(0);
});

test("a history row the user broke is named by its cell; a table gone while its names remain is said; nothing changes", async () => {
  const wb = await twoFunnels();
  await close(wb, "2026 Q3");
  wb.setInput("Funnel history", "E4", "lots");
  let before = wb.fingerprint();
  const broken = await close(wb, "2026 Q4");
  expect(broken.result.status).toBe("refused");
  if (broken.result.status === "refused") {
    expect(broken.result.errors.map((e) => e.cell)).toEqual(["'Funnel history'!E4"]);
    expect(broken.result.errors[0]!.message).toMatch(/holds "lots" where the history needs a number/);
  }
  expect(wb.fingerprint()).toBe(before);

  wb.setInput("Funnel history", "E4", 160);
  wb.tables.splice(0, wb.tables.length); // the table is deleted; its names stay
  before = wb.fingerprint();
  const gone = await close(wb, "2026 Q4");
  expect(gone.result.status).toBe("refused");
  if (gone.result.status === "refused") expect(gone.result.errors[0]!.code).toBe("history-table-missing");
  expect(wb.fingerprint()).toBe(before);
});

test("replacing the rows at the end of the table leaves no old row behind", async () => {
  const wb = await twoFunnels();
  await close(wb, "2026 Q3");
  wb.setInput("Shoes", "B10", 20);
  await recalculate(contextOf(wb), options(wb));
  const asked = await close(wb, "2026 Q3");
  const { result } = await close(wb, "2026 Q3", { replace: seenOf(asked.result) });
  expect(result).toMatchObject({ status: "closed", replaced: 6 });
  expect(historyTable(wb).map((r) => r[4])).toEqual([800, 320, 160, 64, 40, 20]);
});

/** The history table's rows as HistoryRow objects. */
function historyRows(wb: SimulatedWorkbook): HistoryRow[] {
  return historyTable(wb).map(([funnel, period, step, stepName, r, sale, closedOn]) => ({
    funnel: String(funnel),
    period: String(period),
    step: Number(step),
    stepName: String(stepName),
    result: Number(r),
    saleValue: Number(sale),
    closedOn: String(closedOn),
  }));
}

test("the trend: each step's conversion per closed period, by step name, with a line chart; a recalculation keeps it", async () => {
  const wb = await twoFunnels();
  await close(wb, "2026 Q2");
  wb.setInput("Shoes", "B6", 360);
  wb.setInput("Shoes", "A9", "Proposal discussed again"); // a step renamed: no conversion for it in Q2
  await recalculate(contextOf(wb), options(wb));
  await close(wb, "2026 Q3");
  wb.setInput("Shoes", "B7", 200);
  await recalculate(contextOf(wb), options(wb));
  const { result, syncs } = await close(wb, "2026 Q4");
  expect(result.status).toBe("closed");
  expect(syncs).toBe(3);
  // The product rows end with "revenue then" on row 41; the trend's labels row is 43.
  expect([
    value(wb, "Shoes", "A43"),
    value(wb, "Shoes", "B43"),
    value(wb, "Shoes", "C43"),
    value(wb, "Shoes", "D43"),
  ]).toEqual(["Conversion per closed period", "2026 Q2", "2026 Q3", "2026 Q4"]);
  expect(value(wb, "Shoes", "E43")).toBe("");
  const names = ["Leads", "Qualified", "Engaged", "Proposal made", "Proposal discussed again", "Purchase"];
  const expected = conversionTrend(historyRows(wb), "Shoes", ["2026 Q2", "2026 Q3", "2026 Q4"], names);
  const check = () => {
    names.slice(1).forEach((name, i) => {
      const row = 44 + i;
      expect(value(wb, "Shoes", `A${row}`)).toBe(name);
      ["B", "C", "D"].forEach((column, j) => {
        const want = expected[i]?.[j] ?? null;
        const got = value(wb, "Shoes", `${column}${row}`);
        if (want === null) expect(got).toBe("#N/A");
        else expectClose(got as number, want, `${column}${row}`);
      });
    });
  };
  check();
  // By hand: Qualified 320 of 800 in Q2, 360 of 800 in Q3; Engaged 160 of 360 in Q3, 200 of 360 in Q4.
  expectClose(value(wb, "Shoes", "B44") as number, 0.4, "B44");
  expectClose(value(wb, "Shoes", "C44") as number, 0.45, "C44");
  expectClose(value(wb, "Shoes", "D45") as number, 200 / 360, "D45");
  // The renamed step had another name in Q2: nothing to draw there, and none for the step after it.
  expect([value(wb, "Shoes", "B47"), value(wb, "Shoes", "B48")]).toEqual(["#N/A", "#N/A"]);
  expectClose(value(wb, "Shoes", "C48") as number, 16 / 40, "C48");

  const trend = () => wb.sheet("Shoes").charts.find((c) => c.name === "FunnelForecastTrend");
  expect(trend()?.chartType).toBe("LineMarkers");
  expect(trend()?.categories).toBe("Shoes!$B$43:$D$43");
  expect(trend()?.series.map((s) => [s.name, s.values])).toEqual(
    names.slice(1).map((name, i) => [name, `Shoes!$B$${44 + i}:$D$${44 + i}`]),
  );

  // A recalculation reads the periods back from the sheet and keeps the trend, still in 2 syncs.
  wb.setInput("Shoes", "B8", 70);
  const again = await counted(wb, (ctx) => recalculate(ctx, options(wb)));
  expect(again.result.written).toBe(true);
  expect(again.syncs).toBe(2);
  check();
  expect(wb.sheet("Shoes").charts.filter((c) => c.name === "FunnelForecastTrend")).toHaveLength(1);

  // Closing an older label again keeps its place in the trend.
  const redo = await close(wb, "2026 Q2", { replace: seenOf((await close(wb, "2026 Q2")).result) });
  expect(redo.result.status).toBe("closed");
  expect(["B43", "C43", "D43"].map((a) => value(wb, "Shoes", a))).toEqual(["2026 Q2", "2026 Q3", "2026 Q4"]);
  // Bags closed nothing: no trend, no trend chart.
  expect(wb.sheet("Bags").charts.map((c) => c.name)).not.toContain("FunnelForecastTrend");
});

describe.each(["the user", "a co-author"])(
  "%s changes the period's history rows between the question and the yes",
  (who) => {
    const edit = (wb: SimulatedWorkbook, address: string, content: number) => {
      if (who === "a co-author") wb.coauthorEdits("Funnel history", address, content);
      else wb.setInput("Funnel history", address, content);
    };

    test("an edited row: nothing is replaced, and the question is asked again about the rows as they are", async () => {
      const wb = await twoFunnels();
      await close(wb, "2026 Q3");
      const asked = await close(wb, "2026 Q3");
      const table = wb.tables.find((t) => t.name === "FunnelHistory")!;
      edit(wb, `E${table.top + 2}`, 777); // Shoes 2026 Q3, Qualified
      const before = wb.fingerprint();
      const again = await close(wb, "2026 Q3", { replace: seenOf(asked.result) });
      expect(again.result).toMatchObject({ status: "confirm", existing: 6, changed: true });
      expect(wb.fingerprint()).toBe(before);
      expect(historyTable(wb)[1]?.[4]).toBe(777);
      // Said yes to the rows as they are now, they are replaced.
      const { result } = await close(wb, "2026 Q3", { replace: seenOf(again.result) });
      expect(result).toMatchObject({ status: "closed", replaced: 6 });
      expect(historyTable(wb).map((r) => r[4])).toEqual(articleSteps.map(([, r]) => r));
    });
  },
);
