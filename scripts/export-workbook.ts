/**
 * npm run export -- --input funnel.json --out funnel.xlsx
 * npm run export -- --example --out funnel.xlsx
 *
 * Writes a funnel workbook with live formulas. Bad input prints every issue and exits 1 without
 * writing a file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { exampleFunnel, forecastFunnel, type FunnelInput } from "../src/funnel";
import { funnelWorkbookBuffer } from "../src/export/funnel-workbook";

const USAGE = "usage: npm run export -- (--input funnel.json | --example) --out funnel.xlsx [--mode relative|points]";

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function argsOf(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i] ?? "";
    if (!key.startsWith("--")) fail([`unexpected argument "${key}"`, USAGE]);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) args.set(key.slice(2), true);
    else {
      args.set(key.slice(2), next);
      i++;
    }
  }
  return args;
}

function readInput(path: string): FunnelInput {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail([`cannot read ${path}: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text) as FunnelInput;
  } catch (error) {
    fail([`${path} is not valid JSON: ${(error as Error).message}`]);
  }
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  const out = args.get("out");
  const inputPath = args.get("input");
  if (typeof out !== "string") fail(["--out FILE.xlsx is required", USAGE]);
  if (args.get("example") !== true && typeof inputPath !== "string")
    fail(["give --input FILE.json or --example", USAGE]);
  const input = args.get("example") === true ? structuredClone(exampleFunnel) : readInput(inputPath as string);
  const mode = args.get("mode");
  if (mode === "relative" || mode === "points") input.improvementMode = mode;
  else if (mode !== undefined) fail([`--mode must be relative or points, not ${String(mode)}`]);

  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) {
    fail([
      `${inputPath ?? "the funnel"} has ${outcome.errors.length} problem(s); nothing was written:`,
      ...outcome.errors.map((e) => `  - ${e.message}`),
    ]);
  }
  for (const warning of outcome.warnings) console.warn(`warning: ${warning.message}`);
  writeFileSync(out, await funnelWorkbookBuffer(input));
  console.log(`wrote ${out} (${input.steps.length} steps, extra revenue ${outcome.forecast.extraRevenue.toFixed(2)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
