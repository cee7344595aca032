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
import { partText, unescapeXml } from "./xlsx-parts";

export type CellReading = number | string | boolean | null | { error: string };

export interface RecalculatedSheet {
  value(address: string): CellReading;
  named(name: string): CellReading;
  /** Formula text LibreOffice kept for a cell (without "="), or null. */
  formula(address: string): string | null;
}

async function readRecalculated(path: string): Promise<RecalculatedSheet> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (name: string) => partText(zip, name, basename(path));
  const sheetXml = await text("xl/worksheets/sheet1.xml");
  const workbookXml = await text("xl/workbook.xml");
  const sharedXml = zip.file("xl/sharedStrings.xml") === null ? "" : await text("xl/sharedStrings.xml");
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const cells = new Map<string, { reading: CellReading; formula: string | null }>();
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
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<definedName([^>]*)>([^<]+)<\/definedName>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1]!)?.[1];
    if (name !== undefined) names.set(name, unescapeXml(m[2]!));
  }
  const value = (address: string) => cells.get(address)?.reading ?? null;
  return {
    value,
    formula: (address: string) => cells.get(address)?.formula ?? null,
    named: (name: string) => {
      const target = names.get(name);
      if (target === undefined) throw new Error(`${basename(path)}: no defined name ${name} after LibreOffice`);
      return value(target.split("!").pop()!.replace(/\$/g, ""));
    },
  };
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
export async function recalculateWithLibreOffice(paths: string[]): Promise<RecalculatedSheet[]> {
  const outDir = convertWithLibreOffice(paths, "xlsx");
  const produced = new Set(readdirSync(outDir));
  return Promise.all(
    paths.map((path) => {
      if (!produced.has(basename(path))) throw new Error(`LibreOffice did not convert ${basename(path)}`);
      return readRecalculated(join(outDir, basename(path)));
    }),
  );
}
