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
  expect(sheet).toContain("<f>IF(B4&gt;0,B5/B4,&quot;&quot;)</f>");
  expect(sheet).not.toMatch(/<f>[^<]*<\/f><v>/); // no cached values: the engine computes on open
  expect(workbook).toMatch(/<definedName name="FunnelRevenue" localSheetId="0">Funnel!\$B\$12<\/definedName>/);
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
