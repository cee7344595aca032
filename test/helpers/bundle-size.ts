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
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function taskpaneBundleSize(dist: string): BundleSize {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const entryFiles = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !src.startsWith("http"));
  const entryBytes = entryFiles.reduce((sum, file) => sum + gz(join(dist, file)), 0);
  const languages = readdirSync(dist)
    .filter((f) => /^lang-[a-z]+\..*\.js$/.test(f))
    .map((file) => ({ file, bytes: gz(join(dist, file)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const largestLanguage = languages[0] ?? null;
  return { entryFiles, entryBytes, largestLanguage, total: entryBytes + (largestLanguage?.bytes ?? 0) };
}
