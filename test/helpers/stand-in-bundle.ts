/** The stand-in office.js (test/stand-in/office-stand-in.browser.ts) bundled for the browser with esbuild. */
import { join } from "node:path";
import { build } from "esbuild";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export async function bundleStandIn(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "..", "stand-in", "office-stand-in.browser.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("esbuild produced no stand-in bundle");
  return file.text;
}
