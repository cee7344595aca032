/** npm run export: writes a workbook for good input; for bad input prints the issues, exits 1, writes nothing. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readFileSync } from "node:fs";

const dir = mkdtempSync(join(tmpdir(), "funnel-cli-"));
const tsx = join(__dirname, "../../node_modules/.bin/tsx");
const script = join(__dirname, "../../scripts/export-workbook.ts");

function run(args: string[]) {
  return spawnSync(tsx, [script, ...args], { encoding: "utf8", timeout: 60_000 });
}

test("--example writes a workbook with live formulas and sheet-scoped names", async () => {
  const out = join(dir, "example.xlsx");
  const result = run(["--example", "--out", out]);
  // The example's last two steps count too few people to be sure of: said, not hidden.
  expect(result.stderr.split("\n").filter(Boolean)).toEqual([
    expect.stringMatching(/^warning: Step 5 'Proposal discussed': 63% of 64 .* from 50% to 73%/),
    expect.stringMatching(/^warning: Step 6 'Purchase': 40% of 40 .* from 26% to 55%/),
  ]);
  expect(result.status).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(sheet).toContain("<f>IF(B16&gt;0,B17/B16,&quot;&quot;)</f>");
  expect(sheet).not.toMatch(/<f>[^<]*<\/f><v>/); // no cached values: the engine computes on open
  expect(workbook).toMatch(/<definedName name="FunnelRevenue" localSheetId="0">Funnel!\$B\$24<\/definedName>/);
  // Ten lines on the computed columns above the table (rows 3-14), so the header is on row 15. The
  // example carries costs and a target, in their named input cells (heading on row 30).
  expect(workbook).toMatch(/<definedName name="FunnelCosts" localSheetId="0">Funnel!\$B\$31<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="FunnelCostPerResult" localSheetId="0">Funnel!\$L\$16:\$L\$21</);
  expect(sheet).toMatch(/<c r="B31"[^>]*><v>6000<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="B34"[^>]*><v>36000<\/v><\/c>/);
  // And a sales cycle and a lifetime value, beside them.
  expect(workbook).toMatch(/<definedName name="FunnelCycleDays" localSheetId="0">Funnel!\$E\$31<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="FunnelLifetimeValue" localSheetId="0">Funnel!\$E\$32<\/definedName>/);
  expect(sheet).toMatch(/<c r="E31"[^>]*><v>60<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="E32"[^>]*><v>4500<\/v><\/c>/);
  expect(workbook).toMatch(/<definedName name="FunnelRevenueLow" localSheetId="0">Funnel!\$E\$24<\/definedName>/);
  expect(workbook).toMatch(/<definedName name="FunnelPeriodsToMeasure" localSheetId="0">Funnel!\$R\$16:\$R\$21</);
});

/** A JSON file of a two-step funnel (`leads` down to `buyers`, 10 % hoped for, at 100) with `optional` inputs. */
function twoStepFile(file: string, leads: number, buyers: number, optional: Record<string, number>): string {
  const path = join(dir, `${file}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      steps: [
        { name: "Leads", result: leads, improvement: 0 },
        { name: "Buyers", result: buyers, improvement: 0.1 },
      ],
      averageSaleValue: 100,
      ...optional,
    }),
  );
  return path;
}

/** 1,000 leads and 200 buyers with `optional` inputs, exported: its sheet's XML. */
async function exportedTwoSteps(file: string, optional: Record<string, number>): Promise<string> {
  const out = join(dir, `${file}.xlsx`);
  const result = run(["--input", twoStepFile(file, 1000, 200, optional), "--out", out]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
}

test("--input with a sales cycle and a lifetime value writes them to their cells", async () => {
  const sheet = await exportedTwoSteps("cycle", { cycleDays: 35, lifetimeValue: 850 });
  // Notes on rows 3-14, header on row 15: summary from row 19, the costs and target heading on 26, the
  // cycle beside the costs in E27, then E28.
  expect(sheet).toMatch(/<c r="E27"[^>]*><v>35<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="E28"[^>]*><v>850<\/v><\/c>/);
  expect(sheet).not.toMatch(/<c r="B27"[^>]*><v>/); // no costs: left empty
});

test("--input with costs, margin and target writes them to their cells", async () => {
  const sheet = await exportedTwoSteps("money", { costs: 5000, grossMargin: 0.5, revenueTarget: 40000 });
  // Notes on rows 3-14, header on row 15, two steps, summary from row 19, costs and target from row 27.
  expect(sheet).toMatch(/<c r="B27"[^>]*><v>5000<\/v><\/c>/);
  expect(sheet).not.toMatch(/<c r="B28"[^>]*><v>/); // no cost of the improvements: left empty
  expect(sheet).toMatch(/<c r="B29"[^>]*><v>0.5<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="B30"[^>]*><v>40000<\/v><\/c>/);
});

test("--input with a valid file", () => {
  const input = join(dir, "ok.json");
  writeFileSync(
    input,
    JSON.stringify({
      steps: [
        { name: "Leads", result: 10, improvement: 0 },
        { name: "Buyers", result: 2, improvement: 0.5 },
      ],
      averageSaleValue: 100,
    }),
  );
  const out = join(dir, "ok.xlsx");
  const result = run(["--input", input, "--out", out, "--mode", "points"]);
  expect(result.status).toBe(0);
  expect(existsSync(out)).toBe(true);
});

test.each([
  ["a missing file", () => join(dir, "nope.json"), /cannot read .*nope\.json/],
  [
    "invalid JSON",
    () => {
      const p = join(dir, "bad.json");
      writeFileSync(p, "{ steps: ");
      return p;
    },
    /is not valid JSON/,
  ],
  [
    "a funnel with errors",
    () => {
      const p = join(dir, "errors.json");
      writeFileSync(
        p,
        JSON.stringify({
          steps: [
            { name: "Leads", result: 10, improvement: 0 },
            { name: "Buyers", result: 20, improvement: "x" },
          ],
          averageSaleValue: -1,
        }),
      );
      return p;
    },
    /3 problem\(s\)[\s\S]*Step 2 'Buyers' has 20, more than the 10[\s\S]*improvement of Step 2[\s\S]*sale value/,
  ],
  [
    "a margin of 150 % and a target of 0",
    () => twoStepFile("money-errors", 10, 2, { grossMargin: 1.5, revenueTarget: 0 }),
    /2 problem\(s\)[\s\S]*gross margin is 150%[\s\S]*revenue target is 0\./,
  ],
  [
    "a sales cycle of 0 days and a negative lifetime value",
    () => twoStepFile("cycle-errors", 10, 2, { cycleDays: 0, lifetimeValue: -5 }),
    /2 problem\(s\)[\s\S]*sales-cycle time is 0\.[\s\S]*lifetime value of a customer is -5\./,
  ],
])("%s: exit 1, message, no file", (_label, makeInput, message) => {
  const out = join(dir, `never-${Math.random()}.xlsx`);
  const result = run(["--input", makeInput(), "--out", out]);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(existsSync(out)).toBe(false);
});

test("missing --out is a usage error", () => {
  const result = run(["--example"]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("--out FILE.xlsx is required");
});

test("--help prints the usage with every option and exits 0, writing nothing", () => {
  const result = run(["--help"]);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe("");
  for (const option of ["--input", "--example", "--out", "--mode", "--locale", "--currency", "--help"]) {
    expect(result.stdout).toContain(option);
  }
  expect(result.stdout).toMatch(/^usage: npm run export --/);
  // The JSON fields of the costs and target block, the sales cycle and lifetime value among them.
  for (const field of ["costs", "improvementCost", "grossMargin", "revenueTarget", "cycleDays", "lifetimeValue"]) {
    expect(result.stdout).toContain(field);
  }
});

test("--locale and --currency: the labels in that language, money in that currency", async () => {
  const out = join(dir, "dutch.xlsx");
  const result = run(["--example", "--out", out, "--locale", "nl-NL", "--currency", "EUR"]);
  expect(result.status).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(strings).toContain("Gehoopte verbetering");
  expect(styles).toContain('formatCode="&quot;€&quot; #,##0.00"');
  expect(workbook).toMatch(/<sheet [^>]*name="Trechter"/);
});

test("an unknown currency is a usage error", () => {
  const out = join(dir, `never-${Math.random()}.xlsx`);
  const result = run(["--example", "--out", out, "--currency", "XYZ"]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("--currency must be one of EUR, USD, GBP, HUF, NOK, not XYZ");
  expect(existsSync(out)).toBe(false);
});
