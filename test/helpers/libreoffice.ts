/**
 * Recalculates .xlsx files in headless LibreOffice and reads the computed values back.
 * LibreOffice computes formulas that carry no cached value when it loads the file; converting to
 * .xlsx again stores those results as each cell's <v>. They are read straight from the sheet XML
 * (exceljs drops a cached result of 0, so it cannot be used to read them).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { requireSystemTool, SYSTEM_TOOLS } from "./system-tool";
import { sheetOfReference } from "../../src/sheet/a1";
import { partText, unescapeXml } from "./xlsx-parts";

export type CellReading = number | string | boolean | null | { error: string };

export interface RecalculatedSheet {
  value(address: string): CellReading;
  /** A name's value: the one scoped to this sheet, else the workbook-wide one (on whatever sheet). */
  named(name: string): CellReading;
  /** Formula text LibreOffice kept for a cell (without "="), or null. */
  formula(address: string): string | null;
}

/** The first sheet, and every sheet by its 1-based number in the workbook. */
export interface RecalculatedWorkbook extends RecalculatedSheet {
  sheet(number: number): RecalculatedSheet;
}

type Cells = Map<string, { reading: CellReading; formula: string | null }>;

function readCells(sheetXml: string, shared: readonly string[]): Cells {
  const cells: Cells = new Map();
  for (const match of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, address, attributes, body = ""] = match;
    const type = /\bt="([a-z]+)"/.exec(attributes!)?.[1] ?? "n";
    const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const formulaText = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
    let reading: CellReading = null;
    if (raw !== undefined) {
      const value = unescapeXml(raw);
      if (type === "n") reading = Number(value);
      else if (type === "s") reading = shared[Number(value)] ?? null;
      else if (type === "b") reading = value === "1";
      else if (type === "e") reading = { error: value };
      else reading = value;
    } else if (type === "inlineStr") {
      reading = unescapeXml(/<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? "");
    }
    cells.set(address!, { reading, formula: formulaText === undefined ? null : unescapeXml(formulaText) });
  }
  return cells;
}

async function readRecalculated(path: string): Promise<RecalculatedWorkbook> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (name: string) => partText(zip, name, basename(path));
  const workbookXml = await text("xl/workbook.xml");
  const sharedXml = zip.file("xl/sharedStrings.xml") === null ? "" : await text("xl/sharedStrings.xml");
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const sheetNames = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => unescapeXml(m[1]!));
  const sheets: Cells[] = [];
  for (let n = 1; n <= sheetNames.length; n++)
    sheets.push(readCells(await text(`xl/worksheets/sheet${n}.xml`), shared));
  /** name -> (sheet index or -1 for workbook-wide) -> target */
  const names = new Map<string, Map<number, string>>();
  for (const m of workbookXml.matchAll(/<definedName([^>]*)>([^<]+)<\/definedName>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1]!)?.[1];
    const local = /\blocalSheetId="(\d+)"/.exec(m[1]!)?.[1];
    if (name === undefined) continue;
    const scopes = names.get(name) ?? new Map<number, string>();
    scopes.set(local === undefined ? -1 : Number(local), unescapeXml(m[2]!));
    names.set(name, scopes);
  }
  const valueOn = (index: number, address: string) => sheets[index]?.get(address)?.reading ?? null;
  const sheetView = (index: number): RecalculatedSheet => ({
    value: (address) => valueOn(index, address),
    formula: (address) => sheets[index]?.get(address)?.formula ?? null,
    named: (name) => {
      const scopes = names.get(name);
      const target = scopes?.get(index) ?? scopes?.get(-1);
      if (target === undefined) throw new Error(`${basename(path)}: no defined name ${name} after LibreOffice`);
      const bang = target.lastIndexOf("!");
      const on = bang < 0 ? index : sheetNames.indexOf(sheetOfReference(target));
      return valueOn(
        on,
        target
          .slice(bang + 1)
          .replace(/\$/g, "")
          .split(":")[0]!,
      );
    },
  });
  return { ...sheetView(0), sheet: (number) => sheetView(number - 1) };
}

/** Runs headless LibreOffice once to convert `paths` with `filter`; returns the folder of the results. */
function convertWithLibreOffice(paths: string[], filter: string): string {
  const soffice = requireSystemTool(SYSTEM_TOOLS.libreoffice!);
  const work = mkdtempSync(join(tmpdir(), "funnel-lo-"));
  const outDir = join(work, "out");
  mkdirSync(outDir);
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...paths,
    ],
    { stdio: "pipe", timeout: 300_000, env: { ...process.env, HOME: work } },
  );
  return outDir;
}

/** Converts one workbook's first sheet to CSV as LibreOffice shows it (number formats applied). */
export function renderAsShownWithLibreOffice(path: string): string {
  const outDir = convertWithLibreOffice([path], "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true");
  return readFileSync(join(outDir, basename(path).replace(/\.xlsx$/, ".csv")), "utf8");
}

/** Prints workbooks to PDF as LibreOffice does (their print set-up applied), in one run; the PDFs' paths. */
export function printWithLibreOffice(paths: string[]): string[] {
  const outDir = convertWithLibreOffice(paths, "pdf");
  const produced = new Set(readdirSync(outDir));
  return paths.map((path) => {
    const pdf = basename(path).replace(/\.xlsx$/, ".pdf");
    if (!produced.has(pdf)) throw new Error(`LibreOffice did not print ${basename(path)}`);
    return join(outDir, pdf);
  });
}

/** Recalculates every given workbook in one LibreOffice run (start-up is the slow part). */
export async function recalculateWithLibreOffice(paths: string[]): Promise<RecalculatedWorkbook[]> {
  const outDir = convertWithLibreOffice(paths, "xlsx");
  const produced = new Set(readdirSync(outDir));
  return Promise.all(
    paths.map((path) => {
      if (!produced.has(basename(path))) throw new Error(`LibreOffice did not convert ${basename(path)}`);
      return readRecalculated(join(outDir, basename(path)));
    }),
  );
}
