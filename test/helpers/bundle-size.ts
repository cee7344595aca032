/**
 * Bytes of JavaScript that taskpane.html loads in production, gzipped: the scripts the page names, plus
 * the largest language chunk (one is loaded when the display language is not English). Office.js comes
 * from the CDN and is not counted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  entryFiles: string[];
  entryBytes: number;
  largestLanguage: { file: string; bytes: number } | null;
  total: number;
  /**
   * Chunks the pane loads only when the user first asks for what they hold (writing to the sheet,
   * closing a period, the Overview): every .js file no page names and that is not a language.
   */
  onDemand: { file: string; bytes: number }[];
  /** `total` plus every on-demand chunk: what the pane has loaded once everything was used. */
  totalAfterEverything: number;
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !src.startsWith("http"));
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function taskpaneBundleSize(dist: string): BundleSize {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const entryFiles = scriptsOf(html);
  const named = new Set(
    readdirSync(dist)
      .filter((f) => f.endsWith(".html"))
      .flatMap((f) => scriptsOf(readFileSync(join(dist, f), "utf8"))),
  );
  const entryBytes = entryFiles.reduce((sum, file) => sum + gz(join(dist, file)), 0);
  const languages = readdirSync(dist)
    .filter((f) => /^lang-[a-z]+\..*\.js$/.test(f))
    .map((file) => ({ file, bytes: gz(join(dist, file)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const largestLanguage = languages[0] ?? null;
  const onDemand = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !named.has(f) && !/^lang-/.test(f))
    .map((file) => ({ file, bytes: gz(join(dist, file)) }));
  const total = entryBytes + (largestLanguage?.bytes ?? 0);
  const totalAfterEverything = total + onDemand.reduce((sum, c) => sum + c.bytes, 0);
  return { entryFiles, entryBytes, largestLanguage, total, onDemand, totalAfterEverything };
}
