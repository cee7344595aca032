/**
 * npm run bench — measures and rewrites BENCHMARKS.md. Timings are medians of several runs on this
 * machine; they are reported, never asserted in tests.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { forecastFunnel, planSheet, type FunnelInput } from "../src/funnel";
import { recalculate } from "../src/excel";
import { SimulatedRequestContext, SimulatedWorkbook, typeFunnelInput } from "../src/simulation";
import { taskpaneBundleSize } from "../test/helpers/bundle-size";
import { buildProduction } from "../test/helpers/production-build";
import { buildDevelopment } from "../test/helpers/dev-build";
import { serveDirectory } from "../test/helpers/static-server";
import { launchBrowser } from "../test/helpers/browser";

const COMMAND = "npm run bench";

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

async function recalculateRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const steps of [6, 60, 600]) {
    const workbook = simulatedFunnel(steps);
    const supports = (name: string, version: string) => workbook.isSetSupported(name, version);
    const syncs: number[] = [];
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const before = workbook.syncCount;
      const start = process.hrtime.bigint();
      const result = await recalculate(new SimulatedRequestContext(workbook) as unknown as Excel.RequestContext, {
        isSetSupported: supports,
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.written) throw new Error(`benchmark recalculation of ${steps} steps wrote nothing`);
      syncs.push(workbook.syncCount - before);
    }
    rows.push({
      what: `context.sync() calls per recalculation, ${steps} steps (first run and 6 reruns)`,
      figure: syncs.join(", "),
    });
    rows.push({
      what: `recalculate in the simulated workbook (HyperFormula), ${steps} steps, median of 6 reruns`,
      figure: formatMs(median(times.slice(1))),
    });
    workbook.destroy();
  }
  return rows;
}

function sizeRows(): Row[] {
  const size = taskpaneBundleSize(buildProduction());
  return [
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
  ];
}

function table(rows: Row[]): string {
  return ["| measurement | result |", "| --- | --- |", ...rows.map((r) => `| ${r.what} | ${r.figure} |`)].join("\n");
}

async function main(): Promise<void> {
  const sections: string[] = [];
  sections.push(`## Funnel engine (pure TypeScript)\n\n${table(engineRows())}`);
  sections.push(
    `## Excel round trips (simulated workbook)\n\nThe simulation counts every \`context.sync()\`; in Excel each is one round trip to the host.\n\n${table(await recalculateRows())}`,
  );
  sections.push(`## Task pane size (production build)\n\n${table(sizeRows())}`);
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
