/**
 * npm run export -- --input funnel.json --out funnel.xlsx
 * npm run export -- --example --out funnel.xlsx
 *
 * Writes a funnel workbook with live formulas and its charts. Bad input prints every issue and exits 1
 * without writing a file; --help prints the usage and exits 0.
 */
import { issueMessage } from "../src/funnel/issue-texts-en";
import { readFileSync, writeFileSync } from "node:fs";
import { forecastFunnel, type FunnelInput } from "../src/funnel";
import { funnelWorkbookBuffer } from "../src/export/funnel-workbook";
import { exportOptions, templateInput } from "../src/export/template-workbook";
import {
  funnelsSpecProblems,
  funnelsWarnings,
  funnelsWorkbookBuffer,
  isFunnelsSpec,
  type FunnelsSpec,
} from "../src/export/funnels-workbook";
import { CURRENCIES, defaultCurrency, isCurrency, pickLocale } from "../src/i18n";

const USAGE = [
  "usage: npm run export -- (--input funnel.json | --example) --out funnel.xlsx [options]",
  "",
  "  --input FILE      the funnel as JSON: {steps: [{name, result, improvement}], averageSaleValue, improvementMode,",
  "                    and optionally costs, improvementCost, grossMargin (0.4 = 40%), revenueTarget,",
  "                    cycleDays (average days from a lead's first contact to the purchase) and",
  "                    lifetimeValue (what one customer brings in over the whole relationship)};",
  '                    or several: {"funnels": [{sheet, name, ...that funnel, history: [{period,',
  "                    averageSaleValue, steps: [{name, result}]}] (oldest first)}]} for an Overview,",
  "                    one sheet per funnel and the history sheet they compare with",
  "  --example         the example funnel instead (800 leads down to 16 purchases, with costs, a target,",
  "                    a 60-day sales cycle and a lifetime value)",
  "  --out FILE        where to write the .xlsx",
  "  --mode MODE       relative (10% better: 20% -> 22%) or points (20% -> 30%); default: the file's, else relative",
  "  --locale TAG      language of the labels and currency style, e.g. en-US, nl-NL, de-DE, hu-HU, nb-NO; default en-US",
  `  --currency CODE   ${CURRENCIES.join(", ")}; default: the locale's`,
  "  --help            this text",
].join("\n");

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

function readInput(path: string): FunnelInput | FunnelsSpec {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail([`cannot read ${path}: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text) as FunnelInput | FunnelsSpec;
  } catch (error) {
    fail([`${path} is not valid JSON: ${(error as Error).message}`]);
  }
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2));
  if (args.has("help")) {
    console.log(USAGE);
    return;
  }
  const out = args.get("out");
  const inputPath = args.get("input");
  if (typeof out !== "string") fail(["--out FILE.xlsx is required", USAGE]);
  if (args.get("example") !== true && typeof inputPath !== "string")
    fail(["give --input FILE.json or --example", USAGE]);
  const locale = pickLocale(typeof args.get("locale") === "string" ? (args.get("locale") as string) : "en-US");
  const input = args.get("example") === true ? templateInput(locale) : readInput(inputPath as string);
  const mode = args.get("mode");
  if (mode !== undefined && mode !== "relative" && mode !== "points")
    fail([`--mode must be relative or points, not ${String(mode)}`]);
  const funnels = isFunnelsSpec(input) ? input.funnels : [input];
  if (mode === "relative" || mode === "points") for (const funnel of funnels) funnel.improvementMode = mode;

  const currency = args.get("currency") ?? defaultCurrency(locale);
  if (!isCurrency(currency)) fail([`--currency must be one of ${CURRENCIES.join(", ")}, not ${String(currency)}`]);
  // Every exported sheet says above its table what each computed column shows.
  const options = exportOptions(locale, currency);

  if (isFunnelsSpec(input)) {
    const problems = funnelsSpecProblems(input, options.labels);
    if (problems.length > 0) {
      fail([
        `${String(inputPath)} has ${problems.length} problem(s); nothing was written:`,
        ...problems.map((p) => `  - ${p}`),
      ]);
    }
    for (const warning of funnelsWarnings(input)) console.warn(`warning: ${issueMessage(warning)}`);
    writeFileSync(out, await funnelsWorkbookBuffer(input, options));
    console.log(`wrote ${out} (${input.funnels.length} funnels)`);
    return;
  }

  const outcome = forecastFunnel(input);
  if (outcome.forecast === null) {
    fail([
      `${inputPath ?? "the funnel"} has ${outcome.errors.length} problem(s); nothing was written:`,
      ...outcome.errors.map((e) => `  - ${issueMessage(e)}`),
    ]);
  }
  for (const warning of outcome.warnings) console.warn(`warning: ${issueMessage(warning)}`);
  writeFileSync(out, await funnelWorkbookBuffer(input, options));
  console.log(`wrote ${out} (${input.steps.length} steps, extra revenue ${outcome.forecast.extraRevenue.toFixed(2)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
