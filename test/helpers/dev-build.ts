/** A development build (with the browser preview) into a temporary folder, for end-to-end tests. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (
  env: unknown,
  argv: { mode: string },
) => webpack.Configuration;

export async function buildDevelopment(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "funnel-dev-"));
  const config = makeConfig({}, { mode: "development" });
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) reject(error);
      else if (result === undefined) reject(new Error("webpack returned no stats"));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return outDir;
}
