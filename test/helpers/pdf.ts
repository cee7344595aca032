/** What a printed PDF holds, read with poppler's tools: its pages, its text and its pixels. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { requireSystemTool, SYSTEM_TOOLS } from "./system-tool";

/** A poppler command (pdfinfo, pdftotext, pdftoppm); they come together in poppler-utils. */
function poppler(command: string): string {
  return join(dirname(requireSystemTool(SYSTEM_TOOLS.poppler!)), command);
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync(poppler("pdfinfo"), [pdf], { encoding: "utf8" });
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages);
}

/** The PDF's text in reading order, laid out roughly as printed. */
export function pdfText(pdf: string): string {
  return execFileSync(poppler("pdftotext"), ["-layout", pdf, "-"], { encoding: "utf8" });
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, three bytes a pixel, row by row. */
  pixels: Buffer;
}

/** Renders the first page at `dpi` with pdftoppm, as PPM or PNG; the image file's path. */
function renderFirstPage(pdf: string, dpi: number, format: "ppm" | "png"): string {
  const base = join(mkdtempSync(join(tmpdir(), "funnel-pdf-")), "page");
  const args = ["-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", ...(format === "png" ? ["-png"] : [])];
  execFileSync(poppler("pdftoppm"), [...args, pdf, base]);
  return `${base}.${format}`;
}

/** The first page as a PNG file at `dpi` (for pictures). */
export function pdfPagePng(pdf: string, dpi: number): string {
  return renderFirstPage(pdf, dpi, "png");
}

/** The first page's pixels at `dpi` (an uncompressed PPM, parsed here). */
export function pdfRaster(pdf: string, dpi: number): Raster {
  const file = renderFirstPage(pdf, dpi, "ppm");
  const bytes = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString("latin1"));
  if (header === null) throw new Error(`${file} is not a binary PPM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** How many pixels are within `tolerance` of the colour "RRGGBB" on each channel. */
export function pixelsOf(raster: Raster, colour: string, tolerance = 12): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i + 2 < raster.pixels.length; i += 3) {
    if (
      Math.abs(raster.pixels[i]! - r) <= tolerance &&
      Math.abs(raster.pixels[i + 1]! - g) <= tolerance &&
      Math.abs(raster.pixels[i + 2]! - b) <= tolerance
    )
      count++;
  }
  return count;
}

/** The first and last pixel rows holding anything darker than paper (any channel below 235), or null. */
export function inkedRows(raster: Raster): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  const stride = raster.width * 3;
  for (let row = 0; row < raster.height; row++) {
    const line = raster.pixels.subarray(row * stride, (row + 1) * stride);
    if (line.some((channel) => channel < 235)) {
      if (first < 0) first = row;
      last = row;
    }
  }
  return first < 0 ? null : { first, last };
}
