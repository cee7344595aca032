/** Runs `npm run build` into a temporary folder with a given production base URL. */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PRODUCTION_BASE_URL = "https://funnel.example.org/addin/";

export function buildProduction(baseUrl = PRODUCTION_BASE_URL): string {
  const outDir = mkdtempSync(join(tmpdir(), "funnel-dist-"));
  execFileSync(
    join(__dirname, "../../node_modules/.bin/tsx"),
    [join(__dirname, "../../scripts/build.ts"), "--out-dir", outDir],
    {
      env: { ...process.env, ADDIN_BASE_URL: baseUrl },
      stdio: "pipe",
      timeout: 300_000,
    },
  );
  return outDir;
}
