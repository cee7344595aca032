/**
 * npm run bench — measures and rewrites BENCHMARKS.md. Timings are medians of several runs on this
 * machine; they are reported, never asserted in tests.
 */
import { issueMessage } from "../src/funnel/issue-texts-en";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { forecastFunnel, type FunnelInput } from "../src/funnel";
import { planSheet } from "../src/sheet";
import { createFunnelSheet, readFunnel, recalculate } from "../src/excel";
import { watchWorkbook } from "../src/excel/workbook-events";
import { updateOverview } from "../src/excel/overview";
import { closePeriod } from "../src/excel/close-period";
import { exampleFunnel } from "../src/funnel/example";
import {
  HOST_PROFILES,
  SimulatedWorkbook,
  sessionOf,
  typeFunnelInput,
  WEB_PAYLOAD_LIMIT,
  type PayloadRecord,
} from "../src/simulation";
import { fillWithOtherData } from "../test/helpers/big-sheet";
import { taskpaneBundleSize } from "../test/helpers/bundle-size";
import { buildProduction } from "../test/helpers/production-build";
import { buildDevelopment } from "../test/helpers/dev-build";
import { serveDirectory } from "../test/helpers/static-server";
import { launchBrowser } from "../test/helpers/browser";

const COMMAND = "npm run bench";

/**
 * One job on a request context of Microsoft's client over the simulated workbook, as the pane runs it
 * (a plain context, not Excel.run: see src/excel/office-host.ts).
 */
function inExcel<T>(workbook: SimulatedWorkbook, job: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return job(sessionOf(workbook).context());
}

export function syntheticFunnel(steps: number): FunnelInput {
  // Slowly narrowing funnel that never reaches 0 people too early: 1e9 leads, about 0.9999 per step.
  let result = 1e9;
  return {
    steps: Array.from({ length: steps }, (_, i) => {
      if (i > 0) result = Math.floor(result * (i % 10 === 0 ? 0.9 : 0.99995));
      return { name: `Step ${i + 1}`, result, improvement: i % 7 === 3 ? 0.05 : 0 };
    }),
    averageSaleValue: 1500,
    improvementMode: "relative",
  };
}

/**
 * A funnel every step of which is reached, however long: 1e9 leads, 1,000 fewer at each step, so every
 * conversion has its Wilson interval and the revenue its range; a change of 5 points at every seventh
 * step (down: up would cap these conversions of 99.9999 % and build a warning for each).
 */
function rangeFunnel(steps: number): FunnelInput {
  return {
    steps: Array.from({ length: steps }, (_, i) => ({
      name: `Step ${i + 1}`,
      result: 1e9 - 1_000 * i,
      improvement: i % 7 === 3 ? -0.05 : 0,
    })),
    averageSaleValue: 1500,
    improvementMode: "points",
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export function timeMs(runs: number, work: () => void): number {
  work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

interface Row {
  what: string;
  figure: string;
}

function engineRows(): Row[] {
  const rows: Row[] = [];
  for (const steps of [10, 1_000, 100_000]) {
    const input = syntheticFunnel(steps);
    const runs = steps >= 100_000 ? 9 : 51;
    const outcome = forecastFunnel(input);
    if (outcome.forecast === null) throw new Error(`benchmark funnel of ${steps} steps is invalid`);
    rows.push({
      what: `forecastFunnel, ${steps.toLocaleString("en-US")} steps (validate + forecast), median of ${runs}`,
      figure: formatMs(timeMs(runs, () => forecastFunnel(input))),
    });
    rows.push({
      what: `planSheet, ${steps.toLocaleString("en-US")} steps, median of ${runs}`,
      figure: formatMs(timeMs(runs, () => planSheet(input, { headerRow: 1 }))),
    });
    // The same funnel with costs, cost of the improvements, margin and a target: money, target, the
    // per-step costs and reverse funnel, and every conversion's Wilson interval.
    const withMoney: FunnelInput = {
      ...input,
      costs: 250_000,
      improvementCost: 20_000,
      grossMargin: 0.4,
      revenueTarget: 1_000_000,
    };
    const moneyOutcome = forecastFunnel(withMoney);
    if (moneyOutcome.forecast?.money == null || moneyOutcome.forecast.target === null) {
      const why = moneyOutcome.errors.map((e) => issueMessage(e)).join("; ");
      throw new Error(`benchmark funnel of ${steps} steps with money gave no money or target figures: ${why}`);
    }
    rows.push({
      what: `forecastFunnel with costs, margin and target, ${steps.toLocaleString("en-US")} steps, median of ${runs}`,
      figure: formatMs(timeMs(runs, () => forecastFunnel(withMoney))),
    });
    // With the revenue's range and when each change shows computed over every step (a funnel where every
    // step is reached, so no bound is missing), the sales cycle and the lifetime value.
    const counted: FunnelInput = { ...rangeFunnel(steps), costs: 250_000, cycleDays: 45, lifetimeValue: 6_000 };
    const rangeOutcome = forecastFunnel(counted);
    const range = rangeOutcome.forecast?.range;
    if (range?.revenueLow == null || range.forecastRevenueHigh === null || rangeOutcome.forecast?.lifetime == null) {
      throw new Error(`benchmark funnel of ${steps} steps gave no revenue range or lifetime figures`);
    }
    rows.push({
      what: `forecastFunnel with the revenue range, periods to measure, cycle and lifetime value, ${steps.toLocaleString("en-US")} steps, median of ${runs}`,
      figure: formatMs(timeMs(runs, () => forecastFunnel(counted))),
    });
  }
  return rows;
}

/** A simulated workbook holding `steps` steps laid out like the article, header on row 2. */
function simulatedFunnel(steps: number): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook();
  workbook.addSheet("Sheet1");
  const input = syntheticFunnel(steps);
  typeFunnelInput(workbook, "Sheet1", 2, input);
  return workbook;
}

const bytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;

/** The largest request and response among `records`. */
function largest(records: readonly PayloadRecord[]): { request: number; response: number } {
  return {
    request: Math.max(0, ...records.map((r) => r.request)),
    response: Math.max(0, ...records.map((r) => r.response)),
  };
}

/** "2 requests, 38,989 bytes written": the requests of one run and the bytes of the ones after its read. */
function requestsAndWrites(records: readonly PayloadRecord[]): string {
  const written = records.slice(1).reduce((sum, record) => sum + record.request, 0);
  return `${records.length} request${records.length === 1 ? "" : "s"}, ${bytes(written)} written`;
}

/**
 * A step added as a user adds one: a row inserted in the middle of the steps, its name and a result
 * between its neighbours' typed there.
 */
function addStep(workbook: SimulatedWorkbook, steps: number): void {
  const row = 3 + Math.floor(steps / 2);
  const sheet = workbook.sheet("Sheet1");
  const above = workbook.valueAt(sheet, row - 1, 2);
  workbook.shiftRows(sheet, row, 1);
  workbook.setInput("Sheet1", `A${row}`, "Step added");
  workbook.setInput("Sheet1", `B${row}`, above);
}

async function recalculateRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const steps of [6, 60, 600]) {
    const workbook = simulatedFunnel(steps);
    const supports = (name: string, version: string) => workbook.isSetSupported(name, version);
    /** One recalculation: its requests' bodies, its time. */
    const run = async (what: string) => {
      const before = workbook.payloads.length;
      const start = process.hrtime.bigint();
      const result = await inExcel(workbook, (context) => recalculate(context, { isSetSupported: supports }));
      const time = Number(process.hrtime.bigint() - start) / 1e6;
      if (!result.written) throw new Error(`benchmark recalculation of ${steps} steps (${what}) did not go through`);
      return { records: workbook.payloads.slice(before), time };
    };
    const runs = [await run("first run")];
    for (let again = 0; again < 6; again++) runs.push(await run("rerun"));
    const [first, rerun] = runs;
    const [readSync, writeSync] = first?.records ?? [];
    rows.push({
      what: `request bodies per recalculation as Microsoft's client sends them, ${steps} steps, first run: read / write`,
      figure: `${bytes(readSync?.request ?? 0)} / ${bytes(writeSync?.request ?? 0)}`,
    });
    rows.push({
      what: `response bodies per recalculation, ${steps} steps, first run: read / write`,
      figure: `${bytes(readSync?.response ?? 0)} / ${bytes(writeSync?.response ?? 0)}`,
    });
    rows.push({
      what: `requests per recalculation, ${steps} steps (first run and 6 reruns with nothing changed), every request the client sent`,
      figure: runs.map((r) => r.records.length).join(", "),
    });
    rows.push({
      what: `recalculate in the simulated workbook (HyperFormula), ${steps} steps, median of 6 reruns with nothing changed`,
      figure: formatMs(median(runs.slice(1).map((r) => r.time))),
    });
    // A result typed in B: the formulas are live, nothing needs writing. Then a step added.
    workbook.setInput("Sheet1", "B5", workbook.valueAt(workbook.sheet("Sheet1"), 4, 2));
    const newResult = await run("a new result in B");
    addStep(workbook, steps);
    const stepAdded = await run("a step added");
    rows.push({
      what: `what a recalculation sends, ${steps} steps: the first run / a rerun with nothing changed / after a new result in B / after a step added`,
      figure: [first, rerun, newResult, stepAdded].map((r) => requestsAndWrites(r?.records ?? [])).join(" / "),
    });
    const record = workbook.sheet("Sheet1").names.find((n) => n.name === "FunnelForecastWritten")?.formula ?? "";
    rows.push({
      what: `the record of what the add-in wrote (the name FunnelForecastWritten), ${steps} steps: its formula's length`,
      figure: `${record.length.toLocaleString("en-US")} characters`,
    });
    workbook.destroy();
  }
  return rows;
}

/** The Overview made, then updated, for 1, 10 and 50 funnel sheets (each the example funnel). */
async function overviewRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [1, 10, 50]) {
    const workbook = new SimulatedWorkbook();
    workbook.addSheet("Sheet1");
    const supports = (name: string, version: string) => workbook.isSetSupported(name, version);
    for (let k = 1; k <= count; k++) {
      await inExcel(workbook, (context) =>
        createFunnelSheet(context, { ...exampleFunnel, name: `Product ${k}` }, { isSetSupported: supports }),
      );
    }
    const syncs: number[] = [];
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const before = workbook.syncCount;
      const start = process.hrtime.bigint();
      const result = await inExcel(workbook, (context) => updateOverview(context, { isSetSupported: supports }));
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== "updated") throw new Error(`benchmark Overview of ${count} funnels was refused`);
      syncs.push(workbook.syncCount - before);
    }
    rows.push({
      what: `requests to make the Overview of ${count} funnel sheet${count === 1 ? "" : "s"}, then to update it (6 times)`,
      figure: syncs.join(", "),
    });
    rows.push({
      what: `updateOverview in the simulated workbook (HyperFormula), ${count} funnel sheet${count === 1 ? "" : "s"}, median of 6 updates`,
      figure: formatMs(median(times.slice(1))),
    });
    workbook.destroy();
  }
  return rows;
}

/**
 * Closing three periods of one funnel, then recalculating it with its trend: round trips and time. Not
 * at 600 steps: HyperFormula took more than ten minutes for the second close there (the trend's 1,198
 * cells of COUNTIFS/SUMIFS over whole columns), which says nothing about Excel's speed.
 */
async function periodRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const steps of [6, 60]) {
    const workbook = simulatedFunnel(steps);
    const options = { isSetSupported: (name: string, version: string) => workbook.isSetSupported(name, version) };
    await inExcel(workbook, (context) => recalculate(context, options));
    const syncs: number[] = [];
    const times: number[] = [];
    for (const period of ["2026 Q1", "2026 Q2", "2026 Q3"]) {
      const before = workbook.syncCount;
      const start = process.hrtime.bigint();
      const result = await inExcel(workbook, (context) =>
        closePeriod(context, period, { ...options, closedOn: "2026-10-01" }),
      );
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== "closed")
        throw new Error(`benchmark close of ${period} at ${steps} steps: ${result.status}`);
      syncs.push(workbook.syncCount - before);
    }
    const before = workbook.syncCount;
    const start = process.hrtime.bigint();
    const again = await inExcel(workbook, (context) => recalculate(context, options));
    const recalcTime = Number(process.hrtime.bigint() - start) / 1e6;
    if (!again.written) throw new Error(`benchmark recalculation with a trend at ${steps} steps wrote nothing`);
    rows.push({
      what: `requests to close 3 periods in turn, ${steps} steps (the first makes the history)`,
      figure: syncs.join(", "),
    });
    rows.push({
      what: `closePeriod in the simulated workbook (HyperFormula), ${steps} steps, each of the 3 closes`,
      figure: times.map(formatMs).join(", "),
    });
    rows.push({
      what: `then a recalculation with the trend of 3 periods, ${steps} steps: requests, time`,
      figure: `${workbook.syncCount - before}, ${formatMs(recalcTime)}`,
    });
    workbook.destroy();
  }
  return rows;
}

/** The article's funnel on a sheet beside 300,000 cells of other data, in Excel on the web's profile. */
async function bigSheetRows(): Promise<Row[]> {
  const workbook = new SimulatedWorkbook({ profile: HOST_PROFILES.web });
  workbook.addSheet("Sheet1");
  typeFunnelInput(workbook, "Sheet1", 4, exampleFunnel);
  fillWithOtherData(workbook, "Sheet1", 300_000);
  const supports = (name: string, version: string) => workbook.isSetSupported(name, version);
  const rows: Row[] = [];
  for (const run of ["first run", "rerun"]) {
    const before = workbook.syncCount;
    const result = await inExcel(workbook, (context) => recalculate(context, { isSetSupported: supports }));
    if (!result.written) throw new Error("benchmark recalculation beside 300,000 cells wrote nothing");
    const most = largest(workbook.payloads.slice(before));
    rows.push({
      what: `recalculate beside 300,000 filled cells of other data (Excel on the web, limit ${bytes(WEB_PAYLOAD_LIMIT)}), ${run}: requests, largest request, largest response`,
      figure: `${workbook.syncCount - before}, ${bytes(most.request)}, ${bytes(most.response)}`,
    });
  }
  // What reading the whole used range of A:I, as the add-in used to, would have asked the host to send.
  const unlimited = new SimulatedWorkbook({ profile: HOST_PROFILES["windows-m365"] });
  unlimited.addSheet("Sheet1");
  typeFunnelInput(unlimited, "Sheet1", 4, exampleFunnel);
  fillWithOtherData(unlimited, "Sheet1", 300_000);
  await inExcel(unlimited, async (context) => {
    context.workbook.worksheets
      .getActiveWorksheet()
      .getRange("A:I")
      .getUsedRangeOrNullObject(true)
      .load("values,formulas");
    await context.sync();
  });
  rows.push({
    what: "the same sheet read the old way (values and formulas of the whole used range of A:I): response",
    figure: bytes(largest(unlimited.payloads).response),
  });
  workbook.destroy();
  unlimited.destroy();
  return rows;
}

function sizeRows(): Row[] {
  const dist = buildProduction();
  const size = taskpaneBundleSize(dist);
  return [
    {
      what: "the downloadable template (funnel-template.xlsx: example funnel, formulas, both charts)",
      figure: `${statSync(join(dist, "funnel-template.xlsx")).size.toLocaleString("en-US")} bytes`,
    },
    {
      what: `task pane entry (${size.entryFiles.join(", ")}), gzipped`,
      figure: `${size.entryBytes.toLocaleString("en-US")} bytes`,
    },
    {
      what: `largest language chunk (${size.largestLanguage?.file ?? "none"}), gzipped`,
      figure: `${(size.largestLanguage?.bytes ?? 0).toLocaleString("en-US")} bytes`,
    },
    {
      what: "all JavaScript taskpane.html loads in production, worst case (budget 120,000)",
      figure: `${size.total.toLocaleString("en-US")} bytes`,
    },
    ...size.onDemand.map((chunk) => ({
      what: `loaded on first use (writing, closing a period, the Overview): ${chunk.file}, gzipped`,
      figure: `${chunk.bytes.toLocaleString("en-US")} bytes`,
    })),
    {
      what: "everything the pane has loaded once every action was used, worst-case language",
      figure: `${size.totalAfterEverything.toLocaleString("en-US")} bytes`,
    },
  ];
}

async function previewStartupRows(): Promise<Row[]> {
  const server = await serveDirectory(await buildDevelopment());
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let run = 0; run < 11; run++) {
      const page = await browser.newPage();
      const start = process.hrtime.bigint();
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    {
      what: "navigation to an enabled Recalculate button, browser preview (development build), headless Chromium, median of 10 after a warm-up",
      figure: formatMs(median(times.slice(1))),
    },
    ...(await followRows()),
  ];
}

/**
 * A result typed into the sheet until the pane shows it (issue 19): in the preview, from Enter in the
 * grid's formula bar to the pane's field holding the value (the pane waits 150 ms for more changes
 * before it reads); and the requests that takes, counted on the simulated host in Node.
 */
async function followRows(): Promise<Row[]> {
  const server = await serveDirectory(await buildDevelopment());
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/taskpane.html?sheet=Sheet1`);
    await page.waitForSelector('[data-testid="recalculate"]:not([disabled])');
    for (let run = 0; run < 11; run++) {
      const value = String(150 - run);
      await page.locator('[data-testid="grid"] td[data-address="B7"]').click();
      await page.getByTestId("formula-bar").fill(value);
      const start = process.hrtime.bigint();
      await page.getByTestId("formula-bar").press("Enter");
      await page.waitForFunction(
        (typed) => document.querySelector<HTMLInputElement>('[aria-label="Result of step 3"]')?.value === typed,
        value,
      );
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const workbook = simulatedFunnel(6);
  const session = sessionOf(workbook);
  let done: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => {
    done = resolve;
  });
  const stop = watchWorkbook(() => session.context(), {
    activated: () => undefined,
    changed: () => {
      void readFunnel(session.context()).then(() => {
        done();
      });
    },
    failed: (error) => {
      throw error;
    },
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = workbook.syncCount;
  workbook.setInput("Sheet1", "B7", 123);
  await shown;
  const requests = workbook.syncCount - before;
  stop();
  workbook.destroy();
  return [
    {
      what: "a result typed into B7 until the pane's field shows it, browser preview, headless Chromium (150 ms of it the pane's wait for more changes), median of 10 after a warm-up",
      figure: formatMs(median(times.slice(1))),
    },
    { what: "requests from a sheet edit to the pane holding the sheet's new state", figure: String(requests) },
  ];
}

function table(rows: Row[]): string {
  return ["| measurement | result |", "| --- | --- |", ...rows.map((r) => `| ${r.what} | ${r.figure} |`)].join("\n");
}

async function main(): Promise<void> {
  const sections: string[] = [];
  sections.push(`## Funnel engine (pure TypeScript)\n\n${table(engineRows())}`);
  sections.push(
    `## Excel round trips (Microsoft's client, simulated host)\n\nThe add-in runs on Microsoft's own Excel client (@microsoft/office-js); the simulated host counts every request the client sends and measures its body as sent. In Excel each request is one round trip. A recalculation is one read request and, where something in the sheet must change, one write request: the physical limit (the pane uses a plain request context, as Excel.run would add a third request to release the objects it keeps). A rerun with nothing to change — new results and improvements included, the formulas being live — writes nothing.\n\n${table(await recalculateRows())}`,
  );
  sections.push(
    `## The Overview (simulated workbook)\n\nMade by the add-in from its registry of funnel sheets, in one read and one write.\n\n${table(await overviewRows())}`,
  );
  sections.push(
    `## Periods and the trend (simulated workbook)\n\nClosing a period appends to the history table and lays the sheet out again with its comparison and trend.\n\n${table(await periodRows())}`,
  );
  sections.push(
    `## Request size beside other data (simulated Excel on the web)\n\nExcel on the web refuses a request or a response over 5 MB; the host measures each real body.\n\n${table(await bigSheetRows())}`,
  );
  sections.push(`## Sizes (production build)\n\n${table(sizeRows())}`);
  sections.push(`## Task pane start-up (preview)\n\n${table(await previewStartupRows())}`);
  const text = [
    "# Benchmarks",
    "",
    `Produced by \`${COMMAND}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}/${process.arch}).`,
    "Timings vary with the machine; rerun the command to refresh every figure in this file.",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
  writeFileSync(join(__dirname, "..", "BENCHMARKS.md"), text);
  console.log(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
